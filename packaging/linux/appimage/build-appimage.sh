#!/bin/sh
# Assemble an AppDir from the PyInstaller output, and an AppImage from it when appimagetool
# is given. Nothing is downloaded: appimagetool (with its runtime) must already be on this
# machine, named by APPIMAGETOOL or found on PATH.
#
#   packaging/linux/appimage/build-appimage.sh [DIST_DIR [OUT_DIR]]
#
# DIST_DIR is PyInstaller's one-folder app (default dist/vigil, made by `make package`);
# OUT_DIR receives Vigil.AppDir and, with appimagetool, Vigil-<version>-<arch>.AppImage
# (default build/appimage). Needs rsvg-convert for the icons (Debian: librsvg2-bin).
set -eu
root=$(cd "$(dirname "$0")/../../.." && pwd)
dist=${1:-$root/dist/vigil}
out=${2:-$root/build/appimage}
linux="$root/packaging/linux"
id=org.vigil.Vigil

[ -x "$dist/vigil" ] || {
    echo "build-appimage.sh: no PyInstaller build in $dist (run 'make package' first)" >&2
    exit 1
}
appdir="$out/Vigil.AppDir"
rm -rf "$appdir"
mkdir -p "$appdir/usr/lib" "$appdir/usr/bin" "$appdir/usr/share/applications" \
    "$appdir/usr/share/metainfo"
cp -a "$dist" "$appdir/usr/lib/vigil"
ln -s ../lib/vigil/vigil "$appdir/usr/bin/vigil"
"$linux/make-icons.sh" "$appdir/usr/share/icons" >/dev/null
cp "$linux/$id.desktop" "$appdir/usr/share/applications/"
cp "$linux/$id.metainfo.xml" "$appdir/usr/share/metainfo/"
# appimagetool reads the entry and icon at the top of the AppDir.
ln -s "usr/share/applications/$id.desktop" "$appdir/$id.desktop"
ln -s "usr/share/icons/hicolor/256x256/apps/$id.png" "$appdir/$id.png"
ln -s "$id.png" "$appdir/.DirIcon"
cat > "$appdir/AppRun" <<'RUN'
#!/bin/sh
# The AppImage's entry: the same program as `vigil` (no command opens the app).
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/vigil/vigil" "$@"
RUN
chmod 755 "$appdir/AppRun"
echo "AppDir in $appdir"

tool=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [ -z "$tool" ]; then
    echo "appimagetool not found: set APPIMAGETOOL to make the AppImage (the AppDir is ready)" >&2
    exit 0
fi
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/pyproject.toml" | head -n 1)
arch=$(uname -m)
ARCH=$arch "$tool" "$appdir" "$out/Vigil-$version-$arch.AppImage"
echo "AppImage: $out/Vigil-$version-$arch.AppImage"
