"""Interface languages: English, Russian, Kazakh and Uyghur through Qt's translators.

Compiled ``.qm`` files are built from ``resources/i18n/*.ts`` by the build (``make``). A
pseudo-locale (``VIGIL_PSEUDO_LOCALE=1``) stretches every string by 40% and turns the layout
right-to-left, to show what would clip or overlap in a longer or mirrored language.

Decisions:
- The layout direction comes from the language's locale (Qt's ``QLocale.textDirection``), so
  Uyghur, written in Arabic script, lays out right to left without a list of our own.
- Uyghur is shown in the bundled Noto Naskh Arabic UI (``resources/fonts``, SIL OFL): a desktop
  often has no Arabic-script font, or one without the Uyghur letters (ې ۆ ۇ ۈ ۋ ڭ ە), and a
  box for a missing glyph makes a word unreadable. The UI cut of the family, because its
  vertical metrics fit a widget's line height where the book cut's tall marks would be clipped.
  It is cut to the Arabic-script characters (``tools/cut_arabic_font.py``), so the desktop's
  own font, behind it, draws Latin text such as names, addresses, digits and full stops.
- In a right-to-left language every value a translation inserts (%1, %2...) is wrapped in a bidi
  isolate (U+2068 ... U+2069) as it is translated, whoever wrote the .ts: after Arabic letters
  the digits of 2019-08-26 count as Arabic numbers and the hyphens split them, so a date showed
  as 26-08-2019; a Latin name or path next to punctuation moves about the same way.
- A label aligns its text by the direction of the text itself, so in a right-to-left window a
  value that starts with Latin letters or digits ("2026-12-07 09:42 UTC") sat at the far left,
  away from its caption. While the layout is right to left, labels aligned to the leading edge
  are aligned to the right instead (``LeadingEdgeLabels``).
- Qt has no translation of its own buttons (OK, Cancel...) for Uyghur; ours is
  ``resources/i18n/qtbase_ug.ts``, used only when Qt ships none for the language.
"""

from __future__ import annotations

import functools
import logging
import re

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel

from vigil.resources import resource

log = logging.getLogger(__name__)
SUPPORTED = ("en", "ru", "kk", "ug")
# Interface languages whose script needs a bundled font: regular first, then bold.
FONTS = {"ug": ("NotoNaskhArabicUI-Regular.ttf", "NotoNaskhArabicUI-Bold.ttf")}


class PseudoTranslator(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        text = source.replace("%n", str(n)) if n >= 0 else source
        return "[" + text + "·" * max(2, len(text) * 2 // 5) + "]"

    def isEmpty(self) -> bool:
        return False


_VALUE = re.compile(r"(?<!\u2068)%\d")


class IsolatingTranslator(QTranslator):
    """A right-to-left language's translations, each inserted value in its own bidi isolate
    (see the module docstring)."""

    def __init__(self, inner: QTranslator, parent: QApplication) -> None:
        super().__init__(parent)
        self.inner = inner

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        text = self.inner.translate(context, source, disambiguation, n)
        # None, not "": Qt takes any string from a translator, the empty one too, as the
        # translation, so every string the inner one lacks (Qt's own, a page size's name)
        # came out empty; None reaches Qt as "no translation here".
        return _VALUE.sub("\u2068\\g<0>\u2069", text) if text else None

    def isEmpty(self) -> bool:
        return self.inner.isEmpty()


def resolve(language: str) -> str:
    if language in SUPPORTED:
        return language
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def direction(language: str) -> Qt.LayoutDirection:
    """Right to left for a language written right to left (Uyghur), else left to right."""
    if QLocale(language).textDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


@functools.cache  # Qt keeps a registered font for the life of the process
def bundled_family(language: str) -> str | None:
    """Registers the bundled font of a language (once per process) and returns its family;
    None for a language the desktop's own fonts show."""
    files = FONTS.get(language)
    if files is None:
        return None
    families: list[str] = []
    for name in files:
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        if font_id < 0:
            log.warning("the bundled font %s could not be loaded", name)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families[0] if families else None


def fixed_width_font() -> QFont:
    """A fixed-width font for keys, codes and fingerprints. While the interface is in a
    language with a bundled font, that font comes first: the words around a key are then in
    it, where a fixed-width font's own Arabic letters would be stretched to one width each; it
    holds no Latin letters or digits, so the key itself stays fixed-width."""
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    first = QApplication.font().families()[:1]
    ours = {bundled_family(language) for language in FONTS}
    if first and first[0] in ours:
        font.setFamilies([first[0], "monospace"])
    return font


class LeadingEdgeLabels(QObject):
    """Installed on the application while the layout is right to left: a label left at the
    leading edge (Qt's default) is aligned right, whatever the direction of its text."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QLabel):
            align = watched.alignment()
            horizontal = align & Qt.AlignmentFlag.AlignHorizontal_Mask
            if horizontal == Qt.AlignmentFlag.AlignLeft:
                rest = align & ~Qt.AlignmentFlag.AlignHorizontal_Mask
                watched.setAlignment(
                    rest | Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
                )
        return False


class Languages:
    """Holds the installed translators so they can be swapped at run time."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []
        self.current = "en"
        self.labels = LeadingEdgeLabels(app)
        # The desktop's own font, not app.font(): another Languages may have put a bundled
        # font in front of it already.
        self.desktop_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)

    def apply(self, language: str, pseudo: bool = False) -> str:
        for translator in self.installed:
            QCoreApplication.removeTranslator(translator)
        self.installed = []
        self.current = resolve(language)
        if pseudo:
            translator = PseudoTranslator(self.app)
            QCoreApplication.installTranslator(translator)
            self.installed.append(translator)
            self._set_direction(Qt.LayoutDirection.RightToLeft)
            self.app.setFont(self.desktop_font)
            return "pseudo"
        self._set_direction(direction(self.current))
        self.app.setFont(self.font_for(self.current))
        # English too: its .qm carries the plural forms ("1 case", "2 cases").
        ours = QTranslator(self.app)
        path = resource("i18n", f"vigil_{self.current}.qm")
        if ours.load(str(path)):
            if direction(self.current) == Qt.LayoutDirection.RightToLeft:
                ours = IsolatingTranslator(ours, self.app)
            QCoreApplication.installTranslator(ours)
            self.installed.append(ours)
        else:
            log.warning("no compiled translation for %s; run make", self.current)
        if self.current != "en":
            qt = QTranslator(self.app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{self.current}", qt_dir) or qt.load(
                str(resource("i18n", f"qtbase_{self.current}.qm"))
            ):
                QCoreApplication.installTranslator(qt)
                self.installed.append(qt)
        return self.current

    def _set_direction(self, layout: Qt.LayoutDirection) -> None:
        self.app.setLayoutDirection(layout)
        for labels in self.app.findChildren(LeadingEdgeLabels):  # another Languages' too
            self.app.removeEventFilter(labels)
        if layout == Qt.LayoutDirection.RightToLeft:
            self.app.installEventFilter(self.labels)

    def font_for(self, language: str) -> QFont:
        """The desktop's font, with the language's bundled font in front of it if it has one."""
        font = QFont(self.desktop_font)
        family = bundled_family(language)
        if family is not None:
            font.setFamilies([family, self.desktop_font.family()])
        return font
