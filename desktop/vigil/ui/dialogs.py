"""The operating-system dialogs, behind one object so that tests can stand in for them.

Everything the app asks the OS for (a file to open, a place to save, a folder, printing)
goes through ``SystemDialogs``. Tests pass a subclass that answers without a real dialog.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from vigil.ui.widgets import message

# Qt's own file dialogs, not the desktop's: a native (GTK) dialog records the files it saw in
# the desktop's recent-files list, outside the vault.
_PRIVATE = QFileDialog.Option.DontUseNativeDialog


class SystemDialogs:
    def open_files(self, parent: QWidget, title: str) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(parent, title, options=_PRIVATE)
        return list(files)

    def open_file(self, parent: QWidget, title: str, filter_: str = "") -> str:
        name, _ = QFileDialog.getOpenFileName(parent, title, "", filter_, options=_PRIVATE)
        return str(name)

    def save_file(self, parent: QWidget, title: str, suggested: str) -> str:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, options=_PRIVATE)
        return str(name)

    def folder(self, parent: QWidget, title: str) -> str:
        options = _PRIVATE | QFileDialog.Option.ShowDirsOnly
        return str(QFileDialog.getExistingDirectory(parent, title, "", options=options))

    def confirm(self, parent: QWidget, title: str, text: str, action: str = "") -> bool:
        """Yes or Cancel (the default); ``action`` names the Yes button ("Revoke and wipe")."""
        box = message(
            parent,
            title,
            text,
            QMessageBox.Icon.Warning,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if action:
            yes = box.button(QMessageBox.StandardButton.Yes)
            yes.setText(action)
            yes.setAccessibleName(action.replace("&", ""))
        return box.exec() == QMessageBox.StandardButton.Yes

    def choose(self, parent: QWidget, title: str, text: str, choices: list[str]) -> int:
        """One of several answers (their index), or -1 for Cancel, which is the default."""
        box = message(parent, title, text, QMessageBox.Icon.Question)
        buttons = [box.addButton(c, QMessageBox.ButtonRole.AcceptRole) for c in choices]
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return next((i for i, b in enumerate(buttons) if b is clicked), -1)

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
