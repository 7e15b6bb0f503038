"""The operating-system dialogs, behind one object so that tests can stand in for them.

Everything the app asks the OS for (a file to open, a place to save, a folder, printing)
goes through ``SystemDialogs``. Tests pass a subclass that answers without a real dialog.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vigil.ui.widgets import message


class SystemDialogs:
    def open_files(self, parent: QWidget, title: str) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(parent, title)
        return list(files)

    def open_file(self, parent: QWidget, title: str, filter_: str = "") -> str:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filter_)
        return str(name)

    def save_file(self, parent: QWidget, title: str, suggested: str) -> str:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested)
        return str(name)

    def folder(self, parent: QWidget, title: str) -> str:
        return str(QFileDialog.getExistingDirectory(parent, title))

    def confirm(self, parent: QWidget, title: str, text: str) -> bool:
        box = message(
            parent,
            title,
            text,
            QMessageBox.Icon.Warning,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return box.exec() == QMessageBox.StandardButton.Yes

    def inform(self, parent: QWidget, title: str, text: str, warning: bool = False) -> None:
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        message(parent, title, text, icon).exec()

    def print_text(self, parent: QWidget, text: str) -> bool:
        printer = QPrinter()
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        document = QTextDocument()
        document.setPlainText(text)
        document.print_(printer)
        return True
