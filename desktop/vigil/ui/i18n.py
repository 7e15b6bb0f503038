"""Interface languages: English, Russian and Kazakh through Qt's translators.

Compiled ``.qm`` files are built from ``resources/i18n/*.ts`` by the build (``make``). A
pseudo-locale (``VIGIL_PSEUDO_LOCALE=1``) stretches every string by 40% and turns the layout
right-to-left, to show what would clip or overlap in a longer or mirrored language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from vigil.resources import resource

log = logging.getLogger(__name__)
SUPPORTED = ("en", "ru", "kk")


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


def resolve(language: str) -> str:
    if language in SUPPORTED:
        return language
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


class Languages:
    """Holds the installed translators so they can be swapped at run time."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []
        self.current = "en"

    def apply(self, language: str, pseudo: bool = False) -> str:
        for translator in self.installed:
            QCoreApplication.removeTranslator(translator)
        self.installed = []
        self.current = resolve(language)
        if pseudo:
            translator = PseudoTranslator(self.app)
            QCoreApplication.installTranslator(translator)
            self.installed.append(translator)
            self.app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
            return "pseudo"
        self.app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # English too: its .qm carries the plural forms ("1 case", "2 cases").
        ours = QTranslator(self.app)
        path = resource("i18n", f"vigil_{self.current}.qm")
        if ours.load(str(path)):
            QCoreApplication.installTranslator(ours)
            self.installed.append(ours)
        else:
            log.warning("no compiled translation for %s; run make", self.current)
        if self.current != "en":
            qt = QTranslator(self.app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{self.current}", qt_dir):
                QCoreApplication.installTranslator(qt)
                self.installed.append(qt)
        return self.current
