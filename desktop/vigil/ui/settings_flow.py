"""The settings dialog's round trip: show it, ask what its answer calls for, return a decision.

The rules (what is asked again, what a refusal keeps) are plain values in settings_change.py;
this module only shows the dialog and the two questions, and offers recalibrating the key
derivation. It writes nothing of the controller's: the controller applies the ``Decision``
(AppController.use_settings). Strings keep the controller's translation context, where they
were first translated.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from vigil.crypto.kdf import KdfParams, calibrate
from vigil.settings import Settings
from vigil.ui.dialogs import SystemDialogs
from vigil.ui.errors import error_text
from vigil.ui.settings_change import Decision, SettingsChange
from vigil.ui.settings_dialog import SettingsDialog
from vigil.ui.worker import Progress, Runner, Task
from vigil.vault.store import Vault

# the same warning as vigil.remember.WARNING, written here so that lupdate can translate it
REMEMBER_WARNING = QT_TRANSLATE_NOOP(
    "AppController",
    "Remembering the vault key lets anyone who can read this computer's keyring open the vault "
    "without the passphrase: programs running as you while you are logged in, or anyone who "
    "logs in as you. Use it only on a computer you alone use, with a strong login password.",
)


def ask(
    parent: QWidget | None,
    settings: Settings,
    remembered: bool,
    dialogs: SystemDialogs,
    vault: Vault | None,
    runner: Runner,
) -> Decision | None:
    """The person's answer, every question it calls for asked; None when they cancel."""
    dialog = SettingsDialog(settings, parent, remembered)
    dialog.choose_vault_requested.connect(
        lambda: dialog.vault_dir.setText(
            dialogs.folder(
                dialog, QCoreApplication.translate("AppController", "Choose a vault folder")
            )
            or dialog.vault_dir.text()
        )
    )
    if vault is not None:
        dialog.recalibrate_requested.connect(lambda: recalibrate(vault, dialog, dialogs, runner))
    if not dialog.exec():
        return None
    change = SettingsChange(
        settings, dialog.result_settings(settings), remembered, dialog.remember.isChecked()
    )
    remember_ok = change.asks_remember and dialogs.confirm(
        parent,
        QCoreApplication.translate("AppController", "Quick unlock"),
        QCoreApplication.translate("AppController", REMEMBER_WARNING),
    )
    wipe_ok = change.asks_wipe and dialogs.confirm(
        parent,
        QCoreApplication.translate("AppController", "Wipe after wrong passphrases"),
        QCoreApplication.translate(
            "AppController",
            "Wrong passphrases in a row before the wipe: %1. Then Vigil destroys this vault, "
            "keys first. Your own typing mistakes count as much as a stranger's guesses, and "
            "only a backup brings the cases back. Turn this on?",
        ).replace("%1", str(change.chosen.wipe_after_failures)),
    )
    return change.decided(wipe_confirmed=wipe_ok, remember_confirmed=remember_ok)


def recalibrate(vault: Vault, parent: QWidget, dialogs: SystemDialogs, runner: Runner) -> None:
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
        dialogs.inform(
            parent,
            QCoreApplication.translate("AppController", "Recalibrated"),
            QCoreApplication.translate(
                "AppController", "Key derivation now uses %1 MiB and %2 passes."
            )
            .replace("%1", str(params.memory_kib // 1024))
            .replace("%2", str(params.iterations)),
        )

    Task(work).success(done).failure(
        lambda exc: dialogs.inform(parent, title, error_text(exc), True)
    ).run(runner)
