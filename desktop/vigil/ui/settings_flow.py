"""The settings dialog's round trip: open it, apply what changed, and the two actions it
offers (quick unlock on this device, recalibrating the key derivation).

Split from the controller, whose state it reads and sets. Strings keep the controller's
translation context, where they were first translated.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from vigil.crypto.errors import VigilError
from vigil.crypto.kdf import KdfParams, calibrate
from vigil.settings import save as save_settings
from vigil.ui.errors import error_text
from vigil.ui.settings_dialog import SettingsDialog
from vigil.ui.worker import Progress, Task
from vigil.vault.keyring_id import keyring_id
from vigil.vault.store import Vault

if TYPE_CHECKING:
    from vigil.ui.controller import AppController

# the same warning as vigil.remember.WARNING, written here so that lupdate can translate it
REMEMBER_WARNING = QT_TRANSLATE_NOOP(
    "AppController",
    "Remembering the vault key lets anyone who can read this computer's keyring open the vault "
    "without the passphrase: programs running as you while you are logged in, or anyone who "
    "logs in as you. Use it only on a computer you alone use, with a strong login password.",
)


def edit_settings(ctl: AppController) -> None:
    parent = ctl.main
    dialog = SettingsDialog(ctl.settings, parent, ctl._remembered())
    dialog.choose_vault_requested.connect(
        lambda: dialog.vault_dir.setText(
            ctl.dialogs.folder(
                dialog, QCoreApplication.translate("AppController", "Choose a vault folder")
            )
            or dialog.vault_dir.text()
        )
    )
    dialog.recalibrate_requested.connect(lambda: recalibrate(ctl, dialog))
    if not dialog.exec():
        return
    apply_remember(ctl, dialog.remember.isChecked(), parent)
    old_language = ctl.settings.language
    chosen = dialog.result_settings(ctl.settings)
    if not confirm_wipe_after(ctl, ctl.settings.wipe_after_failures, chosen.wipe_after_failures):
        chosen = replace(chosen, wipe_after_failures=ctl.settings.wipe_after_failures)
    ctl.settings = chosen
    ctl.guard.set_idle_minutes(ctl.settings.auto_lock_minutes)
    ctl.theme.apply(ctl.settings.theme)
    ctl.scheduler.minutes = ctl.settings.sync_minutes
    ctl.scheduler.proxy = ctl.settings.sync_proxy
    ctl.clipboard.clear_after_ms = ctl.settings.clipboard_clear_seconds * 1000
    if ctl.main is not None:
        ctl.reminders.check()  # more days ahead may make a reminder due now
    try:
        save_settings(ctl.settings, ctl.settings_path)
    except OSError:
        ctl.dialogs.inform(
            parent,
            QCoreApplication.translate("AppController", "Settings"),
            QCoreApplication.translate("AppController", "The settings could not be saved."),
            True,
        )
    if ctl.settings.language != old_language:
        ctl.switch_language(ctl.settings.language)


def confirm_wipe_after(ctl: AppController, old: int, new: int) -> bool:
    """Turning the wipe on, or making it fire sooner, is asked once more: it destroys the
    vault on the person's own typing mistakes as surely as on a stranger's guesses."""
    if new == 0 or (old != 0 and new >= old):
        return True
    return ctl.dialogs.confirm(
        ctl.main,
        QCoreApplication.translate("AppController", "Wipe after wrong passphrases"),
        QCoreApplication.translate(
            "AppController",
            "Wrong passphrases in a row before the wipe: %1. Then Vigil destroys this vault, "
            "keys first. Your own typing mistakes count as much as a stranger's guesses, and "
            "only a backup brings the cases back. Turn this on?",
        ).replace("%1", str(new)),
    )


def apply_remember(ctl: AppController, wanted: bool, parent: QWidget | None) -> None:
    if wanted == ctl._remembered() or ctl.vault is None:
        return
    title = QCoreApplication.translate("AppController", "Quick unlock")
    try:
        if not wanted:
            ctl.keys.forget(keyring_id(ctl.vault.path, ctl.vault.header.vault_id))
        elif ctl.dialogs.confirm(
            parent, title, QCoreApplication.translate("AppController", REMEMBER_WARNING)
        ):
            ctl.keys.remember(ctl.vault)
    except VigilError as exc:
        ctl.dialogs.inform(parent, title, str(exc), True)


def recalibrate(ctl: AppController, parent: SettingsDialog) -> None:

    vault = ctl.vault
    if vault is None:
        return
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    title = QCoreApplication.translate("AppController", "Recalibrate")
    passphrase, ok = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate("AppController", "Type the passphrase to re-wrap the key:"),
        QLineEdit.EchoMode.Password,
    )
    if not ok or not passphrase:
        return

    def work(_progress: Progress) -> KdfParams:
        Vault.open(vault.path, passphrase.encode()).close()  # proves the passphrase
        params = calibrate()
        vault.change_passphrase(passphrase.encode(), params)
        return params

    def done(params: KdfParams) -> None:
        ctl.dialogs.inform(
            parent,
            QCoreApplication.translate("AppController", "Recalibrated"),
            QCoreApplication.translate(
                "AppController", "Key derivation now uses %1 MiB and %2 passes."
            )
            .replace("%1", str(params.memory_kib // 1024))
            .replace("%2", str(params.iterations)),
        )

    Task(work).success(done).failure(
        lambda exc: ctl.dialogs.inform(parent, title, error_text(exc), True)
    ).run(ctl.runner)
