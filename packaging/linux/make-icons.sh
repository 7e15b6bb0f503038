#!/bin/sh
# Render the one SVG source into the hicolor PNG sizes a Linux desktop looks up.
#   packaging/linux/make-icons.sh OUT_DIR
# OUT_DIR receives hicolor/<N>x<N>/apps/org.vigil.Vigil.png for every size, and
# hicolor/scalable/apps/org.vigil.Vigil.svg. Needs rsvg-convert (Debian: librsvg2-bin).
# The PNGs are build products, not committed: they can never drift from the SVG.
set -eu
out=${1:?usage: make-icons.sh OUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
svg="$here/../../resources/icons/org.vigil.Vigil.svg"  # shared with the app's window icon
command -v rsvg-convert >/dev/null 2>&1 || {
    echo "make-icons.sh: rsvg-convert is missing (Debian: apt-get install librsvg2-bin)" >&2
    exit 1
}
for size in 16 24 32 48 64 128 256 512; do
    dir="$out/hicolor/${size}x${size}/apps"
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" --format png \
        --output "$dir/org.vigil.Vigil.png" "$svg"
done
mkdir -p "$out/hicolor/scalable/apps"
cp "$svg" "$out/hicolor/scalable/apps/org.vigil.Vigil.svg"
echo "icons in $out/hicolor"
