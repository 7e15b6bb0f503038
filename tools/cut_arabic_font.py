#!/usr/bin/env python3
"""Makes the bundled Uyghur interface font from Debian's Noto Naskh Arabic UI.

    uv run python tools/cut_arabic_font.py /usr/share/fonts/truetype/noto resources/fonts

The interface puts this font in front of the desktop's font while it is in Uyghur (see
vigil.ui.i18n). Noto Naskh Arabic UI also maps the ASCII digits, the space, the comma, the full
stop and the colon, drawn to sit with Arabic letters: in front of the desktop's font they would
turn every date and sentence end of Latin text (names, the English summary of a case) into
raised, small Naskh forms. The cut keeps the Arabic-script code points only, with the marks
Arabic text needs (zero-width joiners, direction marks, the dotted circle, « »); everything
else comes from the desktop's font. Glyphs, layout tables and names are kept as they are.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FILES = ("NotoNaskhArabicUI-Regular.ttf", "NotoNaskhArabicUI-Bold.ttf")
# « and », which Uyghur text uses; zero-width joiners and direction marks; the dotted circle
# a lone vowel mark is shown on; the reversed comma of Arabic-script punctuation.
KEEP = {0xAB, 0xBB, *range(0x200B, 0x2010), 0x25CC, 0x2E41}
GENERAL_PUNCTUATION_TO_SUPPLEMENTAL = range(0x2000, 0x2E80)


def keep(code: int) -> bool:
    """Arabic-script code points (U+0600 and above, but not the general punctuation and
    symbols between U+2000 and the CJK blocks), and the marks above."""
    return code in KEEP or (code >= 0x0600 and code not in GENERAL_PUNCTUATION_TO_SUPPLEMENTAL)


def cut(source: Path, target: Path) -> None:
    font = TTFont(source)
    codes = [code for code in font.getBestCmap() if keep(code)]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    options.hinting = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codes)
    subsetter.subset(font)
    font.save(target)


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, target = Path(sys.argv[1]), Path(sys.argv[2])
    for name in FILES:
        cut(source / name, target / name)
        print(target / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
