"""The application's states and what moves between them.

    no vault ─create─▶ recovery key ─▶ unlocked ◀─unlock─ locked
                                         │  ▲
                                         └──┘ lock (Ctrl+L, idle, screen lock)

Unlocking runs Argon2id on a worker; locking saves pending edits, wipes and destroys the
main window (so no case text stays in a widget, model or cache) and closes the vault.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from vigil.crypto.errors import VigilError, WrongPassphrase
from vigil.logs import LOG_NAME
from vigil.settings import Settings
from vigil.settings import save as save_settings
from vigil.settings import settings_path as default_settings_path
from vigil.ui.app_window import AppWindow, first_rows, load_modules, open_window
from vigil.ui.clipboard import ClipboardGuard
from vigil.ui.dialogs import SystemDialogs
from vigil.ui.errors import error_text
from vigil.ui.escrow_view import ask_escrow_code, escrow_unopened_text, has_escrow
from vigil.ui.gate import GateWindow, RecoverDialog, RecoveryKeyDialog
from vigil.ui.i18n import Languages
from vigil.ui.lock_guard import LockGuard
from vigil.ui.look import Theme
from vigil.ui.panic import COUNTDOWN_SECONDS as PANIC_SECONDS
from vigil.ui.panic import PanicDialog
from vigil.ui.sync_scheduler import SyncScheduler
from vigil.ui.worker import Progress, Runner, Task
from vigil.unlock import (
    KeySource,
    Passphrase,
    RecoveredNotOpened,
    RecoveryKey,
    Remembered,
    Unlocked,
    WipedAfterFailures,
)
from vigil.unlock import unlock as unlock_vault
from vigil.vault import scratch
from vigil.vault.files import default_log_dir, default_vault_dir
from vigil.vault.folder import vault_exists

if TYPE_CHECKING:  # the vault's modules load on the workers that open or create one
    from vigil.crypto.kdf import KdfParams
    from vigil.ui.hq_desk import HqUi
    from vigil.ui.main_window import MainWindow
    from vigil.ui.settings_change import Decision
    from vigil.vault.listing import CaseRow
    from vigil.vault.store import Vault

log = logging.getLogger(__name__)


class AppController(QObject):
    unlocked = Signal()
    locked = Signal()
    unlock_failed = Signal(str)
    wiped = Signal(str)

    def __init__(
        self,
        app: QApplication,
        settings: Settings,
        vault_dir: Path,
        runner: Runner,
        dialogs: SystemDialogs,
        languages: Languages,
        settings_path: Path | None = None,
        kdf: KdfParams | None = None,
        demo_passphrase: str | None = None,
        credential_store: Any = None,
    ) -> None:
        super().__init__()
        self.app = app
        self.settings = settings
        self.vault_dir = vault_dir
        self.runner = runner
        self.dialogs = dialogs
        self.languages = languages
        self.settings_path = settings_path
        self.kdf = kdf  # None: calibrate at creation
        self.demo_passphrase = demo_passphrase
        self.clipboard = ClipboardGuard(settings.clipboard_clear_seconds)
        self.theme = Theme(app, self)  # light, dark or the desktop's: the gate is drawn in it too
        self.theme.apply(settings.theme)
        self.guard = LockGuard(settings.auto_lock_minutes, self)
        self.guard.lock_requested.connect(self._auto_lock)  # watches input while unlocked
        if settings.lock_on_screen_lock:
            self.guard.watch_screen_lock()
        # Windows and macOS; elsewhere, or when the probe fails, the app's own idle timer
        self.guard.use_system_probe(screen=settings.lock_on_screen_lock)
        self.vault: Vault | None = None
        self.window: AppWindow | None = None  # the unlocked app's window and its menus
        self.recovery_dialog = None
        self.panic_dialog: PanicDialog | None = None
        self._keys: Any = None  # RememberedKeys, made on first use (keyring is slow to import)
        # what a wipe removes besides the vault: settings and logs (tests point these elsewhere)
        self.wipe_also: tuple[Path, ...] = (
            settings_path or default_settings_path(),
            default_log_dir() / LOG_NAME,
        )
        self.gate = self._new_gate()
        # credential_store: None is the OS keyring; the demo passes its own (vigil.demo_server)
        self.scheduler = SyncScheduler(
            runner, vault_dir, settings.sync_minutes, store=credential_store,
            proxy=settings.sync_proxy,
        )  # fmt: skip
        self.scheduler.status_changed.connect(self._sync_status)
        # A wipe order signed by the pinned HQ key (checked in vigil.sync.engine) is obeyed.
        self.scheduler.finished.connect(
            lambda report: self.wipe_now("remote") if getattr(report, "wipe", False) else None
        )
        self.last_sync_status: dict[str, object] = {}
        app.aboutToQuit.connect(self.shutdown)

    @property
    def main(self) -> MainWindow | None:
        return self.window.main if self.window is not None else None

    @property
    def hq_ui(self) -> HqUi | None:
        return self.window.hq if self.window is not None else None

    # -- the gate ---------------------------------------------------------------------------

    def _new_gate(self) -> GateWindow:
        gate = GateWindow()
        gate.welcome.create_requested.connect(lambda: gate.show_page(gate.create))
        gate.welcome.open_requested.connect(self._choose_vault)
        gate.unlock.other_vault_requested.connect(self._choose_vault)
        gate.create.submitted.connect(self.create_vault)
        gate.unlock.submitted.connect(self.unlock)
        gate.unlock.recover_requested.connect(self.recover)
        gate.unlock.escrow_requested.connect(self.recover_with_escrow)
        gate.unlock.keyring_requested.connect(self.unlock_with_keyring)
        gate.unlock.restore_requested.connect(self.restore_from_backup)
        gate.welcome.restore_requested.connect(self.restore_from_backup)
        # The panic shortcut works on the unlock screen too: a locked laptop may need it most.
        QShortcut(QKeySequence("Ctrl+Shift+Del"), gate, lambda: self.panic())
        return gate

    def start(self, schedule_sync: bool = True) -> None:
        scratch.wipe(self.vault_dir)  # what a crash left of copies opened in other programs
        self.show_gate()
        QTimer.singleShot(0, lambda: Task(lambda _p: load_modules()).run(self.runner))
        if schedule_sync and vault_exists(self.vault_dir):
            self.scheduler.start()

    def _sync_status(self, info: dict[str, object]) -> None:
        self.last_sync_status = info
        if self.main is not None:
            self.main.show_sync_status(info)

    def show_gate(self) -> None:
        if vault_exists(self.vault_dir):
            self.gate.unlock.where.setText(self.tr("Vault: %1").replace("%1", str(self.vault_dir)))
            if self.demo_passphrase:
                self.gate.unlock.demo_hint.setText(
                    self.tr("This is the demo vault. Its passphrase is: %1").replace(
                        "%1", self.demo_passphrase
                    )
                )
                self.gate.unlock.demo_hint.show()
            self.gate.unlock.error.clear()
            self.gate.unlock.passphrase.clear()
            # on a worker, after the window is up: importing keyring and asking it over D-Bus
            # takes a few hundred ms, which must not delay or freeze the unlock screen
            QTimer.singleShot(0, self._probe_keyring)
            self.gate.unlock.escrow_button.setVisible(has_escrow(self.vault_dir))
            self.gate.show_page(self.gate.unlock)
        else:
            self.gate.show_page(self.gate.welcome)
        self.gate.show()
        self.gate.raise_()

    def _choose_vault(self) -> None:
        folder = self.dialogs.folder(self.gate, self.tr("Choose a vault folder"))
        if not folder:
            return
        path = Path(folder)
        if not vault_exists(path):
            self.dialogs.inform(
                self.gate,
                self.tr("No vault there"),
                self.tr("That folder holds no Vigil vault."),
                warning=True,
            )
            return
        self.vault_dir = path
        self.show_gate()

    def create_vault(self, passphrase: str) -> None:
        self.gate.show_busy(self.tr("Creating the vault: measuring this computer…"))
        path, kdf = self.vault_dir, self.kdf

        def work(_progress: Progress) -> tuple[Vault, str]:
            load_modules()
            from vigil.crypto.kdf import calibrate
            from vigil.vault.store import Vault

            return Vault.create(path, passphrase.encode(), kdf or calibrate())

        Task(work).success(self._created).failure(self._create_failed).run(self.runner)

    def _created(self, result: tuple[Vault, str]) -> None:
        vault, recovery_key = result
        self.gate.create.clear()
        self.show_recovery_key(recovery_key, lambda: self._open_main(vault))

    def show_recovery_key(self, key: str, then: Callable[[], None]) -> None:
        """The new recovery key, shown once (print, "I have written it down"), then ``then``.
        Over the main window when the vault is open (a rotation), else over the gate."""
        dialog = RecoveryKeyDialog(key, self.main if self.main is not None else self.gate)
        dialog.print_requested.connect(
            lambda: self.dialogs.print_text(dialog, self._recovery_sheet(key))
        )
        self.recovery_dialog: RecoveryKeyDialog | None = dialog

        def confirmed() -> None:
            self.recovery_dialog = None
            dialog.key_label.clear()
            dialog.deleteLater()
            then()

        dialog.accepted.connect(confirmed)
        dialog.open()

    def _recovery_sheet(self, key: str) -> str:
        return (
            self.tr("Vigil recovery key")
            + "\n\n"
            + key
            + "\n\n"
            + self.tr("Vault: %1").replace("%1", str(self.vault_dir))
            + "\n"
            + self.tr("Keep this paper away from the computer.")
        )

    def _create_failed(self, exc: BaseException) -> None:
        self.gate.show_page(self.gate.create)
        self.dialogs.inform(self.gate, self.tr("The vault was not created"), error_text(exc), True)

    def unlock(self, passphrase: str) -> None:
        self._unlock(Passphrase(passphrase.encode()), self.tr("Unlocking…"))

    @property
    def keys(self) -> Any:
        if self._keys is None:
            from vigil.remember import RememberedKeys

            self._keys = RememberedKeys()
        return self._keys

    def _remembered(self, vault_dir: Path | None = None) -> bool:
        try:
            return bool(self.keys.is_remembered(vault_dir or self.vault_dir))
        except VigilError:
            return False  # no keyring here: the button stays hidden

    def _probe_keyring(self) -> None:
        """Show the keyring button when this vault's key is remembered on this device."""
        gate, path = self.gate, self.vault_dir

        def work(_progress: Progress) -> bool:
            return self._remembered(path)

        def answered(remembered: bool) -> None:
            if gate is self.gate and path == self.vault_dir:  # not a vault chosen since
                gate.unlock.keyring_button.setVisible(remembered)

        Task(work).success(answered).run(self.runner, owner=gate)

    def unlock_with_keyring(self) -> None:
        self._unlock(Remembered(self.keys), self.tr("Unlocking…"))

    def recover(self) -> None:
        dialog = RecoverDialog(self.gate)
        if not dialog.exec():
            return
        key, new = dialog.key.text(), dialog.passphrase.text().encode()
        self._unlock(RecoveryKey(key, new), self.tr("Recovering…"))

    def recover_with_escrow(self) -> None:
        asked = ask_escrow_code(self.gate)  # ui/escrow_view.py: the code and a new passphrase
        if asked is not None:
            self._unlock(*asked)

    def _unlock(self, source: KeySource, busy: str) -> None:
        """Every way in is one background job (vigil/unlock.py: open, count failures, prepare
        sync) and one failure handler. The same job then reads the case list, so that the
        window is built with no worker running beside it (MainWindow.__init__ says why)."""
        self.gate.show_busy(busy)
        path, limit, also = self.vault_dir, self.settings.wipe_after_failures, self.wipe_also

        def work(_progress: Progress) -> tuple[Unlocked, list[CaseRow] | None]:
            load_modules()
            opened = unlock_vault(path, source, limit, also)
            return opened, first_rows(opened.vault)

        Task(work).success(self._unlocked).failure(self._unlock_failed).run(self.runner)

    def _unlocked(self, outcome: tuple[Unlocked, list[CaseRow] | None]) -> None:
        opened, rows = outcome
        if opened.new_recovery_key:  # escrow: the header has a new recovery key
            self.show_recovery_key(
                opened.new_recovery_key, lambda: self._open_main(opened.vault, rows)
            )
            return
        self._open_main(opened.vault, rows)

    def _unlock_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WipedAfterFailures):
            self._stop_everything()
            self._wiped("failures")
            return
        if isinstance(exc, RecoveredNotOpened):
            # The header already carries the new key: it must reach the person all the same.
            self.show_recovery_key(
                exc.recovery_key, lambda: self._gate_error(escrow_unopened_text())
            )
            return
        self._gate_error(self.tr("Wrong passphrase.") if isinstance(exc, WrongPassphrase)
                         else error_text(exc))  # fmt: skip

    def _gate_error(self, text: str) -> None:
        self.gate.show_page(self.gate.unlock)
        self.gate.unlock.show_error(text)
        self.unlock_failed.emit(text)

    def restore_from_backup(self) -> None:
        from vigil.ui import restore_view  # loads when first asked for, not at start

        restore_view.restore(self)

    def use_vault_dir(self, path: Path) -> None:
        """From now on this app's vault is ``path`` (a restore made it), also at next start."""
        self.vault_dir = path
        self.scheduler.vault_dir = path
        wanted = "" if path == default_vault_dir() else str(path)
        if self.settings.vault_dir != wanted:
            self.settings.vault_dir = wanted
            try:
                save_settings(self.settings, self.settings_path)
            except OSError:
                log.warning("the restored vault's folder could not be saved in the settings")

    def open_restored(self, vault: Vault) -> None:
        """A restored vault is open already (its new passphrase set): show it."""
        self._open_main(vault)

    # -- unlocked ---------------------------------------------------------------------------

    def _open_main(self, vault: Vault, rows: list[CaseRow] | None = None) -> None:
        """Show the main window over ``vault``; ``rows``: its case list, read already on the
        unlock's worker (None: the window reads it once it is built)."""
        self.vault = vault
        self.scheduler.vault = vault  # fetched envelopes merge at once while unlocked
        self.scheduler.vault_dir = vault.path
        self.window = open_window(self, vault, rows)
        self.gate.unlock.passphrase.clear()
        self.gate.hide()
        self.window.main.show()
        self.guard.start()
        self.unlocked.emit()

    def _auto_lock(self, reason: str) -> None:
        self.lock(reason)

    def lock(self, reason: str = "request") -> None:
        """Save, forget, close. Safe to call when already locked."""
        self.guard.stop()
        if self.window is not None:
            self.window.close()  # work it started drops its results: the vault closes now
            self.window = None
        self.scheduler.vault = None  # the schedule goes on, locked: push and fetch only
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.clipboard.clear_if_ours()
        scratch.wipe(self.vault_dir)  # copies opened in other programs (ui/attachments.py)
        gc.collect()
        log.info("locked (%s)", reason)
        self.show_gate()
        self.locked.emit()

    def edit_settings(self) -> None:
        from vigil.ui import settings_flow  # its dialog loads when first asked for, not at start

        decision = settings_flow.ask(
            self.main, self.settings, self._remembered(), self.dialogs, self.vault, self.runner
        )
        if decision is not None:
            self.use_settings(decision)

    def use_settings(self, decision: Decision) -> None:
        """From now on: the keyring as decided, the running parts, the file, the language."""
        if decision.keyring is not None and self.vault is not None:
            self._keyring_change(decision.keyring == "remember")
        self.settings = decision.settings
        self.guard.set_idle_minutes(self.settings.auto_lock_minutes)
        self.theme.apply(self.settings.theme)
        self.scheduler.minutes = self.settings.sync_minutes
        self.scheduler.proxy = self.settings.sync_proxy
        self.clipboard.clear_after_ms = self.settings.clipboard_clear_seconds * 1000
        if self.window is not None:
            self.window.reminders.check()  # more days ahead may make a reminder due now
        try:
            save_settings(self.settings, self.settings_path)
        except OSError:
            self.dialogs.inform(
                self.main, self.tr("Settings"), self.tr("The settings could not be saved."), True
            )
        if decision.language_changed:
            self.switch_language(self.settings.language)

    def _keyring_change(self, remember: bool) -> None:
        assert self.vault is not None
        try:
            if remember:
                self.keys.remember(self.vault)
            else:
                from vigil.vault.keyring_id import keyring_id

                self.keys.forget(keyring_id(self.vault.path, self.vault.header.vault_id))
        except VigilError as exc:
            self.dialogs.inform(self.main, self.tr("Quick unlock"), str(exc), True)

    def switch_language(self, language: str) -> None:
        """Rebuild the windows in the new language; no restart, nothing unsaved is lost."""
        self.languages.apply(language)
        vault = self.vault
        case_id = self.main.case_view.case_id if self.main else None
        if self.window is not None:
            self.window.close()
            self.window = None
        self.gate.deleteLater()
        self.gate = self._new_gate()
        if vault is not None:
            self._open_main(vault)
            if case_id and self.main is not None:
                self.main.open_case(case_id)
        else:
            self.show_gate()

    # -- panic ------------------------------------------------------------------------------

    def panic(self, seconds: int = PANIC_SECONDS) -> PanicDialog:
        parent = self.main if self.main is not None else self.gate
        dialog = PanicDialog(parent, seconds)
        dialog.confirmed.connect(lambda: self.wipe_now("panic"))
        self.panic_dialog = dialog
        dialog.start()
        return dialog

    def wipe_now(self, reason: str) -> None:
        """Keys first, then everything; then quit. No saving, no questions."""
        from vigil.remember import forget_keyring_secrets  # the keyring: slow to import
        from vigil.vault.wipe import wipe_vault  # loaded by then: _load_main_window

        self._stop_everything()
        try:
            report = wipe_vault(self.vault_dir, forget_keyring_secrets, self.wipe_also)
            log.warning("wipe (%s) complete: %s", reason, report.complete)
        except VigilError:  # not a vault (any more): nothing of ours to destroy but copies
            log.warning("wipe (%s) found no vault", reason)
        self._wiped(reason)

    def _stop_everything(self) -> None:
        self.scheduler.stop()
        self.guard.stop()
        if self.window is not None:
            self.window.wipe()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        self.clipboard.clear_if_ours()

    def _wiped(self, reason: str) -> None:
        scratch.wipe(self.vault_dir)
        log.warning("wiped (%s)", reason)
        self.wiped.emit(reason)
        self.app.quit()

    def shutdown(self) -> None:
        self.scheduler.stop()
        if self.main is not None or self.vault is not None:
            self.lock("quit")
        scratch.wipe(self.vault_dir)
        self.clipboard.clear_if_ours()
        self.runner.wait(10_000)
