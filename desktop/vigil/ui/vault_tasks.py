"""The Vault menu's keeping tasks: Back up…, Change passphrase…, Rotate keys…, Export….

Each is the core function the command line calls (vault/backup.py, vault/rekey.py,
cases/transfer.py) run on the one worker helper; nothing here re-implements them. Every task
that needs the passphrase proves it first, even when the vault was opened from the keyring:
a person who walked up to an unlocked laptop must not be able to change its locks.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigil.crypto.errors import VigilError, WrongPassphrase
from vigil.sizes import human_size
from vigil.ui.errors import error_text, said
from vigil.ui.gate import RecoverDialog
from vigil.ui.widgets import named, plain_label
from vigil.ui.worker import Cancelled, Progress, Task
from vigil.vault import backup_words
from vigil.vault.store import Vault

if TYPE_CHECKING:
    from vigil.ui.controller import AppController
    from vigil.ui.main_window import MainWindow

# How often the backup's bar moves: every thousandth of the way, not every 64 KiB chunk.
_STEPS = 1000


# What a backup would be with and without the X25519 choice: (post-quantum, its warning).
Plans = dict[bool, tuple[bool, str]]


class BackupDialog(QDialog):
    """Where the backup goes and what it will be (post-quantum, or X25519 keys for age 1.1,
    with the command line's own warnings and which tools open it); then a bar, Cancel, and
    what was written and where, or why not."""

    start_requested = Signal(bool)  # x25519
    recovery_requested = Signal()

    def __init__(self, parent: QWidget, target: Path, plans: Plans) -> None:
        super().__init__(parent)
        self.plans = plans
        self.setWindowTitle(self.tr("Back up the vault"))
        self.setAccessibleName(self.tr("Back up the vault"))
        layout = QVBoxLayout(self)
        self.where = plain_label(
            self.tr("An encrypted backup of the vault goes to %1").replace("%1", str(target)),
            name=self.tr("Backup destination"),
        )
        layout.addWidget(self.where)
        self.x25519 = QCheckBox(said(backup_words.CONTEXT, backup_words.X25519_CHOICE))
        named(self.x25519, said(backup_words.CONTEXT, backup_words.X25519_CHOICE))
        self.x25519.toggled.connect(self._chosen)
        layout.addWidget(self.x25519)
        self.warning = plain_label(name=self.tr("Backup warning"))
        self.warning.setStyleSheet("font-weight: bold")
        layout.addWidget(self.warning)
        # An upgraded vault that does not know its recovery key's post-quantum form yet: the
        # key, typed once, lets this backup be post-quantum (as 'vigil keys upgrade' does).
        self.recovery_button = QPushButton(self.tr("&Give the recovery key…"))
        named(self.recovery_button, self.tr("Give the recovery key"))
        self.recovery_button.clicked.connect(self.recovery_requested)
        recovery_row = QHBoxLayout()
        recovery_row.addWidget(self.recovery_button)
        recovery_row.addStretch(1)
        layout.addLayout(recovery_row)
        self.opens = plain_label(name=self.tr("Which tools open the backup"))
        layout.addWidget(self.opens)
        self.bar = QProgressBar()
        self.bar.setRange(0, _STEPS)
        self.bar.setAccessibleName(self.tr("Backup progress"))
        self.bar.hide()  # until Back up is pressed: empty, it read as a text field to fill in
        layout.addWidget(self.bar)
        self.result = plain_label(name=self.tr("Backup result"))
        layout.addWidget(self.result)
        self.buttons = QDialogButtonBox()
        self.start_button = QPushButton(self.tr("&Back up"))
        named(self.start_button, self.tr("Start the backup"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        named(self.cancel_button, self.tr("Cancel the backup"))
        self.close_button = QPushButton(self.tr("Close"))
        named(self.close_button, self.tr("Close"))
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.hide()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self._start)
        self.close_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.progress: Progress | None = None
        self.started = False
        self.finished_ok: bool | None = None  # None while running (or not started)
        self._chosen(False)
        self.resize(560, self.sizeHint().height())

    def _chosen(self, x25519: bool) -> None:
        post_quantum, warning = self.plans[x25519]
        self.recovery_button.setVisible(
            not self.started and self.plans[False][1] == backup_words.RECOVERY_UNKNOWN
        )
        self.show_kind(post_quantum, warning)

    def set_plans(self, plans: Plans) -> None:
        """What a backup would be now (the recovery key was given)."""
        self.plans = plans
        self._chosen(self.x25519.isChecked())

    def show_kind(self, post_quantum: bool, warning: str) -> None:
        """The plan's (or, once written, the backup's own) keys: which tools open it, and
        the command line's warning word for word in this language."""
        self.opens.setText(said(backup_words.CONTEXT, backup_words.opens_with(post_quantum)))
        self.warning.setText(said(backup_words.CONTEXT, warning) if warning else "")
        self.warning.setVisible(bool(warning))
        self._fit()

    def _fit(self) -> None:
        """Grow to the wrapped text: a warning shown later must not overlap the next line."""
        layout = self.layout()
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def _start(self) -> None:
        self.started = True
        self.x25519.setEnabled(False)
        self.recovery_button.hide()
        self.start_button.hide()
        self.bar.show()
        self._fit()
        self.cancel_button.setFocus()
        self.start_requested.emit(self.x25519.isChecked())

    def reject(self) -> None:
        """Cancel (or Escape, or closing the window) stops a running backup; it does not
        leave it running behind a closed window. Before the start it only closes."""
        if self.finished_ok is None and self.progress is not None:
            self.progress.cancel()
            self.cancel_button.setEnabled(False)
            self.result.setText(self.tr("Stopping…"))
            return
        super().reject()

    def moved(self, done: int, total: int) -> None:
        self.bar.setValue(done * _STEPS // total if total else 0)

    def show_result(self, text: str, ok: bool) -> None:
        self.finished_ok = ok
        self.result.setText(text)
        if ok:
            self.bar.setValue(_STEPS)
        self.start_button.hide()
        self.cancel_button.hide()
        self.close_button.show()
        self.close_button.setFocus()


class PassphraseChangeDialog(RecoverDialog):
    """The current passphrase, then the new one twice (with the creation screen's rules)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            title=self.tr("Change passphrase"),
            intro=self.tr(
                "Type your current passphrase, then choose a new one. The recovery key keeps "
                "working. Old backups still open with the old passphrase: if it may have "
                "leaked, use Rotate keys… as well."
            ),
            key_name=self.tr("Current passphrase"),
            key_label=self.tr("Current passphrase:"),
        )
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("")
        self.current = self.key
        self.ok_button.setText(self.tr("Change passphrase"))  # not the recovery's "Recover"
        self.ok_button.setAccessibleName(self.tr("Change passphrase"))


class VaultTasks(QObject):
    """Adds the four tasks to the main window's Vault menu and runs them."""

    def __init__(self, ctl: AppController, main: MainWindow) -> None:
        super().__init__(main)
        self.ctl, self.main, self.ctx = ctl, main, main.ctx
        self.backup_action = QAction(self.tr("&Back up…"), main)
        self.passphrase_action = QAction(self.tr("Change &passphrase…"), main)
        self.rotate_action = QAction(self.tr("&Rotate keys…"), main)
        self.export_action = QAction(self.tr("&Export decrypted…"), main)
        self.backup_action.triggered.connect(self.back_up)
        self.passphrase_action.triggered.connect(self.change_passphrase)
        self.rotate_action.triggered.connect(self.rotate_keys)
        self.export_action.triggered.connect(self.export)
        self.backup_dialog: BackupDialog | None = None
        # Locking stops a backup under way: what is left of it is removed, and nobody is
        # there to be told it finished.
        ctl.locked.connect(self.stop_backup)

    def stop_backup(self) -> None:
        dialog = self.backup_dialog
        if dialog is not None and dialog.progress is not None and dialog.finished_ok is None:
            dialog.progress.cancel()
        elif dialog is not None and not dialog.started:
            dialog.reject()  # not started: nothing to stop, and no start after the lock

    @property
    def actions(self) -> list[QAction]:
        return [self.backup_action, self.passphrase_action, self.rotate_action, self.export_action]

    # -- back up ----------------------------------------------------------------------------

    def back_up(self) -> None:
        suggested = f"vigil-backup-{datetime.now(UTC):%Y-%m-%d}.age"
        chosen = self.ctx.dialogs.save_file(
            self.main, self.tr("Back up to a file or a USB stick"), suggested
        )
        if not chosen:
            return
        target = Path(chosen)
        vault = self.ctx.vault
        from vigil.vault.backup import plan

        # one small read of the vault's keys, the same choice write_backup makes
        dialog = BackupDialog(self.main, target, {False: plan(vault), True: plan(vault, True)})
        self.backup_dialog = dialog
        dialog.start_requested.connect(lambda x25519: self._write(dialog, target, x25519))
        dialog.recovery_requested.connect(lambda: self._learn_recovery(dialog))
        dialog.open()

    def _learn_recovery(self, dialog: BackupDialog) -> None:
        text, ok = QInputDialog.getText(
            dialog, self.tr("Give the recovery key"),
            self.tr("The recovery key you wrote down when the vault was made (or last "
                    "rotated):"),
            QLineEdit.EchoMode.Password,
        )  # fmt: skip
        if not ok or not text.strip():
            return
        vault = self.ctx.vault
        dialog.recovery_button.setEnabled(False)

        def work(_progress: Progress) -> Plans:
            from vigil.vault.backup import plan
            from vigil.vault.hybrid import learn_recovery

            with vault.kept_open():
                learn_recovery(vault, text)
                return {False: plan(vault), True: plan(vault, True)}

        def learned(plans: Plans) -> None:
            dialog.recovery_button.setEnabled(True)
            dialog.result.setText(self.tr("The recovery key is known now: backups are "
                                          "post-quantum for it too."))  # fmt: skip
            dialog.set_plans(plans)

        def failed(exc: BaseException) -> None:
            dialog.recovery_button.setEnabled(True)
            dialog.result.setText(error_text(exc))

        Task(work).success(learned).failure(failed).run(self.ctx.runner, owner=dialog)

    def _write(self, dialog: BackupDialog, target: Path, x25519: bool) -> None:
        vault = self.ctx.vault
        last = [-1]

        def work(progress: Progress) -> dict[str, object]:
            from vigil.vault.backup import write_backup

            def heard(done: int, total: int) -> None:
                progress.check()  # Cancel: write_backup stops and removes what it wrote
                step = done * _STEPS // total if total else 0
                if step != last[0]:
                    last[0] = step
                    progress.report(done, total)

            counts = write_backup(vault, target, heard, x25519=x25519)
            return {**counts, "size": target.stat().st_size}

        def written(counts: dict[str, object]) -> None:
            dialog.show_kind(bool(counts["post_quantum"]), str(counts["warning"]))
            dialog.show_result(
                self.tr("Backup written: %1 revisions, %2 attachments, %3.\nSaved as: %4")
                .replace("%1", str(counts["revisions"]))
                .replace("%2", str(counts["attachments"]))
                .replace("%3", human_size(int(str(counts["size"]))))
                .replace("%4", str(target)),
                True,
            )

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                text = self.tr("Cancelled. Nothing was written; an older file there is untouched.")
            elif isinstance(exc, OSError):
                # The message names the path only: no case text can be in an OSError here.
                text = (
                    self.tr(
                        "The backup could not be written to %1 (%2). Check that the stick is "
                        "plugged in, writable and has room, then try again."
                    )
                    .replace("%1", str(target))
                    .replace("%2", exc.strerror or type(exc).__name__)
                )
            else:
                text = error_text(exc)
            dialog.show_result(text, False)

        dialog.progress = (
            Task(work).on_progress(dialog.moved).success(written).failure(failed)
            .run(self.ctx.runner, owner=dialog)
        )  # fmt: skip

    # -- the passphrase and the keys --------------------------------------------------------

    def _ask_passphrase(self, title: str, prompt: str) -> str:
        text, ok = QInputDialog.getText(self.main, title, prompt, QLineEdit.EchoMode.Password)
        return text if ok else ""

    def change_passphrase(self) -> None:
        dialog = PassphraseChangeDialog(self.main)
        try:
            if not dialog.exec():
                return
            current = dialog.current.text().encode()
            new = dialog.passphrase.text().encode()
            for field in (dialog.current, dialog.passphrase, dialog.repeat):
                field.clear()
        finally:
            dialog.deleteLater()
        vault, title = self.ctx.vault, self.tr("Change passphrase")

        def work(_progress: Progress) -> None:
            from vigil.vault.rekey import change_passphrase

            _prove(vault, current)
            with vault.kept_open():
                change_passphrase(vault, new)

        def changed(_none: None) -> None:
            self.ctx.dialogs.inform(
                self.main, title,
                self.tr("Passphrase changed. The recovery key still works. Backups made "
                        "before today still open with the old passphrase."),
            )  # fmt: skip

        Task(work).success(changed).failure(lambda exc: self._failed(title, exc)).run(
            self.ctx.runner, owner=self.main
        )

    def rotate_keys(self) -> None:
        title = self.tr("Rotate keys")
        explained = self.tr(
            "Rotating makes a new master key and a new recovery key; your passphrase stays. "
            "Do it when the passphrase or the recovery key may have leaked: old backups, with "
            "the old secrets, then open nothing you write from now on.\n\n"
            "The old recovery key stops working. You will write down the new one next."
        )
        from vigil.sync import escrow

        if escrow.is_enabled(self.ctx.vault.path):
            explained += "\n\n" + self.tr(
                "HQ escrow holds the old key: turn escrow on again afterwards."
            )
        if not self.ctx.dialogs.confirm(self.main, title, explained):
            return
        passphrase = self._ask_passphrase(title, self.tr("Type your passphrase to go on:"))
        if not passphrase:
            return
        vault = self.ctx.vault

        def work(_progress: Progress) -> str:
            from vigil.vault.rekey import rotate_recovery

            _prove(vault, passphrase.encode())
            with vault.kept_open():
                return rotate_recovery(vault, passphrase.encode())

        def rotated(recovery_key: str) -> None:
            # the keyring held the old master key, which opens nothing any more; no keyring
            # here: nothing was remembered
            with contextlib.suppress(VigilError):
                self.ctl.keys.refresh(vault)
            self.ctl.show_recovery_key(recovery_key, lambda: None)

        Task(work).success(rotated).failure(lambda exc: self._failed(title, exc)).run(
            self.ctx.runner, owner=self.main
        )

    def _failed(self, title: str, exc: BaseException) -> None:
        text = (
            self.tr("That is not the passphrase of this vault. Nothing was changed.")
            if isinstance(exc, WrongPassphrase)
            else error_text(exc)
        )
        self.ctx.dialogs.inform(self.main, title, text, warning=True)

    # -- export -----------------------------------------------------------------------------

    def export(self) -> None:
        title = self.tr("Export decrypted")
        if not self.ctx.dialogs.confirm(
            self.main,
            title,
            self.tr(
                "Export writes every case and attachment UNENCRYPTED. Anyone with access to the "
                "folder can read them, and deleting files does not always erase them from a "
                "disk or a USB stick. For a copy that stays encrypted, use Back up… instead.\n\n"
                "Export anyway?"
            ),
        ):
            return
        chosen = self.ctx.dialogs.folder(self.main, self.tr("Export into which folder?"))
        if not chosen:
            return
        # A new folder inside the chosen one: an export never writes over files it did not make.
        target = Path(chosen) / f"vigil-export-{datetime.now(UTC):%Y%m%d-%H%M%S}"
        vault = self.ctx.vault

        def work(_progress: Progress) -> tuple[int, int]:
            from vigil.cases.transfer import export_plaintext

            if target.exists():
                raise VigilError(f"{target} exists already; nothing was exported.")
            # Not under the vault's lock for the whole export: a panic wipe must not wait for
            # it. Each read takes the lock itself; a lock midway stops the export.
            return export_plaintext(vault, target)

        def exported(counts: tuple[int, int]) -> None:
            self.ctx.dialogs.inform(
                self.main, title,
                self.tr("Exported %1 cases and %2 attachments, unencrypted, to %3. Delete "
                        "them securely when you no longer need them.")
                .replace("%1", str(counts[0])).replace("%2", str(counts[1]))
                .replace("%3", str(target)),
            )  # fmt: skip

        Task(work).success(exported).failure(lambda exc: self._failed(title, exc)).run(
            self.ctx.runner, owner=self.main
        )


def _prove(vault: Vault, passphrase: bytes) -> None:
    """The passphrase opens this vault's header (the KDF runs; nothing is changed)."""
    vault.header.unwrap_with_passphrase(passphrase)


__all__ = ["BackupDialog", "PassphraseChangeDialog", "VaultTasks"]
