"""Restore from backup, from the unlock (or welcome) screen: the backup file, a new or empty
folder, the printed recovery key and a new passphrase. The restore is the core's
(vault/backup.py restore_with_recovery_key, the same as 'vigil restore'), run on the worker;
it refuses any folder that is not new or empty, so it can never write over files, and a
failed restore removes only what it made."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from vigil.ui.errors import error_text
from vigil.ui.gate import RecoverDialog
from vigil.ui.widgets import named
from vigil.ui.worker import Progress, Task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from vigil.ui.controller import AppController
    from vigil.vault.store import Vault


class RestoreDialog(RecoverDialog):
    """The recovery dialog (key, new passphrase twice) with the backup file and the folder."""

    def __init__(self, parent: QWidget | None, suggested_folder: Path) -> None:
        super().__init__(
            parent,
            title=self.tr("Restore from backup"),
            intro=self.tr(
                "Choose the backup file and a new or empty folder for the vault, then type the "
                "recovery key you wrote down and choose a new passphrase. Nothing outside that "
                "folder is changed."
            ),
        )
        self.file = QLineEdit()
        self.file.setAccessibleName(self.tr("Backup file"))
        self.browse_file = QPushButton(self.tr("Choose…"))
        named(self.browse_file, self.tr("Choose the backup file"))
        self.folder = QLineEdit(str(suggested_folder))
        self.folder.setAccessibleName(self.tr("Restore into folder"))
        self.browse_folder = QPushButton(self.tr("Choose…"))
        named(self.browse_folder, self.tr("Choose the folder to restore into"))
        form = QFormLayout()
        for label, field, button in (
            (self.tr("Backup file:"), self.file, self.browse_file),
            (self.tr("Restore into:"), self.folder, self.browse_folder),
        ):
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(button)
            form.addRow(label, row)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(1, form)
        self.ok_button.setText(self.tr("Restore"))
        named(self.ok_button, self.tr("Restore"))
        self.resize(620, self.sizeHint().height())

    def _check(self) -> None:
        if not self.file.text().strip() or not self.folder.text().strip():
            self.error.setText(self.tr("Choose the backup file and the folder first."))
            return
        super()._check()


def _tr(text: str) -> str:
    return QCoreApplication.translate("RestoreDialog", text)


def restore(ctl: AppController) -> None:
    """Ask, restore on the worker, then open the restored vault as if it had been unlocked."""
    from vigil.vault.folder import vault_exists

    # The folder this app would use, if nothing is there yet; else one beside it.
    suggested = ctl.vault_dir if not vault_exists(ctl.vault_dir) else ctl.vault_dir.with_name(
        ctl.vault_dir.name + "-restored"
    )  # fmt: skip
    dialog = RestoreDialog(ctl.gate, suggested)
    dialog.browse_file.clicked.connect(
        lambda: dialog.file.setText(
            ctl.dialogs.open_file(dialog, _tr("Choose the backup file")) or dialog.file.text()
        )
    )
    dialog.browse_folder.clicked.connect(
        lambda: dialog.folder.setText(
            ctl.dialogs.folder(dialog, _tr("Restore into which folder?"))
            or dialog.folder.text()
        )
    )
    try:
        if not dialog.exec():
            return
        backup, target = Path(dialog.file.text().strip()), Path(dialog.folder.text().strip())
        key, new = dialog.key.text(), dialog.passphrase.text().encode()
        for field in (dialog.key, dialog.passphrase, dialog.repeat):
            field.clear()
        busy = _tr("Restoring the backup…")
        failed_title = _tr("Nothing was restored")
    finally:
        dialog.deleteLater()
    ctl.gate.show_busy(busy)

    def work(_progress: Progress) -> Vault:
        from vigil.ui.app_window import load_modules
        from vigil.vault.backup import restore_with_recovery_key

        load_modules()  # the main window's modules load here, as at unlock
        return restore_with_recovery_key(backup, target, key, new)

    def done(vault: Vault) -> None:
        ctl.use_vault_dir(target)
        ctl.open_restored(vault)

    def failed(exc: BaseException) -> None:
        ctl.show_gate()
        ctl.dialogs.inform(ctl.gate, failed_title, error_text(exc), True)

    Task(work).success(done).failure(failed).run(ctl.runner)


__all__ = ["RestoreDialog", "restore"]
