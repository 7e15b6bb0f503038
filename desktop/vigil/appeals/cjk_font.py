"""The font of Chinese letters: the system's Noto Sans CJK SC, cut down to a letter's characters.

Decisions:
- Not bundled: Noto Sans CJK is about 19 MB per weight, more than the rest of the app. It comes
  from the system (Debian's ``fonts-noto-cjk``; ``make test`` installs it), and a letter with
  Chinese characters on a computer without it is refused with the package to install, never
  printed with boxes or in whatever font the system falls back to.
- Simplified Chinese, chosen by name: the collection holds the Japanese, Korean, simplified and
  traditional Chinese faces, and Qt's own fallback takes the first, Japanese one, whose glyphs
  differ from the forms a reader in China expects.
- Cut down before Qt sees it (fontTools, in memory, never through a file). Qt's PDF engine
  subsets and embeds fonts itself, but writes each glyph's text as the lowest code point the
  font maps to it, and Noto Sans CJK maps the Kangxi radicals (U+2F00...) to the same glyphs as
  the common ideographs: 人 would extract as ⼈ (U+2F08), 木 as ⽊, and a search for 人权 in
  the PDF, a copy and paste, or a screen reader would miss the word. A font holding only the
  letter's own characters maps each glyph from one code point. The cut takes about a second
  per weight and is kept for the life of the process, keyed by the characters.
- Each cut gets its own family name (the digest of its characters), so two cuts never stand in
  for each other; the PostScript name, which the PDF shows, stays Noto's.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import threading
from pathlib import Path

from vigil.crypto.errors import VigilError

FAMILY = "Noto Sans CJK SC"
# Letter languages written in Chinese characters: their PDFs put this font first, and a city
# written for them is in Chinese characters.
LANGS = frozenset({"zh"})
# Where Linux distributions put fonts; the user's own folders last.
FONT_DIRS = (
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local" / "share" / "fonts",
    Path.home() / ".fonts",
)
# The collection (Debian, Fedora, Arch) or the single simplified-Chinese file (other packagings).
FILE_NAMES = {
    False: ("NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf"),
    True: ("NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold.otf"),
}
INSTALL_HINT = "install Noto Sans CJK (Debian and Ubuntu: sudo apt install fonts-noto-cjk)"

_lock = threading.Lock()
_cuts: dict[tuple[str, bool], bytes] = {}


class CjkFontMissing(VigilError):
    """A letter holds Chinese characters and this computer has no font to write them with."""

    exit_code = 2


def is_cjk(char: str) -> bool:
    """A character of Chinese writing (ideographs, their punctuation and full-width forms),
    which the bundled DejaVu Sans does not have."""
    code = ord(char)
    return (
        0x2E80 <= code <= 0x2FDF  # radicals
        or 0x3000 <= code <= 0x303F  # CJK punctuation: 、。《》「」
        or 0x3400 <= code <= 0x4DBF  # extension A
        or 0x4E00 <= code <= 0x9FFF  # unified ideographs
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0xFE30 <= code <= 0xFE4F  # vertical forms
        or 0xFF00 <= code <= 0xFFEF  # full-width forms: ，：！（）
        or 0x20000 <= code <= 0x3134F  # extensions B to G
    )


def needs_cjk(text: str) -> bool:
    return any(is_cjk(c) for c in text)


@functools.cache
def find_source(bold: bool) -> tuple[Path, int] | None:
    """The system's Noto Sans CJK file for the weight, and the number of the simplified
    Chinese face in it; None when there is none. Looked up once per process."""
    from fontTools.ttLib import TTFont

    for folder in FONT_DIRS:
        if not folder.is_dir():
            continue
        for root, _dirs, files in os.walk(folder):
            for name in FILE_NAMES[bold]:
                if name not in files:
                    continue
                path = Path(root) / name
                count = _faces(path)
                for number in range(count):
                    face = TTFont(path, fontNumber=number, lazy=True)
                    try:
                        if face["name"].getDebugName(1) == FAMILY:
                            return path, number
                    finally:
                        face.close()
    return None


def _faces(path: Path) -> int:
    """How many faces a font file holds: a collection (ttcf) says so in its header."""
    with path.open("rb") as file:
        head = file.read(12)
    if head[:4] == b"ttcf" and len(head) == 12:
        return int.from_bytes(head[8:12], "big")
    return 1


def family_for(chars: str) -> str:
    """The family name a cut of these characters is registered under."""
    digest = hashlib.sha256(chars.encode("utf-8")).hexdigest()[:12]
    return f"{FAMILY} {digest}"


def cut(chars: str, bold: bool) -> bytes:
    """Noto Sans CJK SC holding only ``chars`` (sorted, without repeats), as font bytes named
    ``family_for(chars)``; made once per process."""
    key = (chars, bold)
    with _lock:
        made = _cuts.get(key)
    if made is not None:
        return made
    source = find_source(bold)
    if source is None:
        raise CjkFontMissing(
            f"This letter has Chinese characters, and this computer has no {FAMILY} font "
            f"to write them with: {INSTALL_HINT}."
        )
    from fontTools import subset
    from fontTools.ttLib import TTFont

    path, number = source
    font = TTFont(path, fontNumber=number)
    options = subset.Options()
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6]  # copyright, names, version: what the OFL asks
    options.notdef_outline = True
    # No substitutions: the face's own glyphs are already the simplified Chinese forms, and its
    # 'locl' swaps the digits of a Latin run ("FI 046/19-3") for glyphs no code point maps to,
    # which would then be missing from the PDF's text.
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    family = family_for(chars)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16):
            names.setName(family, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 4:
            style = "Bold" if bold else "Regular"
            names.setName(
                f"{family} {style}", 4, record.platformID, record.platEncID, record.langID
            )
    out = io.BytesIO()
    font.save(out)
    font.close()
    data = out.getvalue()
    with _lock:
        _cuts[key] = data
    return data
