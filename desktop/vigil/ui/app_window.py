"""The unlocked app's window and what hangs on it: the Vault, Sync and HQ menus, the alerts
badge and the deadline reminders.

Built at each unlock and torn down at each lock or language switch as one piece, so that the
controller (controller.py) keeps only the states and what moves between them: the gate,
unlocking, locking and wiping.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from vigil.ui.context import UiContext
from vigil.ui.escrow_view import EscrowUi
from vigil.ui.worker import retire

if TYPE_CHECKING:
    from vigil.ui.alerts_view import AlertsUi
    from vigil.ui.controller import AppController
    from vigil.ui.hq_desk import HqUi
    from vigil.ui.main_window import MainWindow
    from vigil.ui.reminders_view import DeadlineReminders
    from vigil.ui.sync_panel import SyncMenu
    from vigil.ui.vault_tasks import VaultTasks
    from vigil.vault.listing import CaseRow
    from vigil.vault.store import Vault

log = logging.getLogger(__name__)


@dataclass
class AppWindow:
    main: MainWindow
    escrow: EscrowUi
    vault_tasks: VaultTasks
    sync_menu: SyncMenu
    hq: HqUi | None  # the HQ desk's menu, on a desk only
    alerts: AlertsUi
    reminders: DeadlineReminders

    def wipe(self) -> None:
        """No case text left in a widget: codes shown on the desk go first."""
        if self.hq is not None:
            self.hq.wipe()
        self.main.wipe_views()
        self.main.hide()

    def close(self) -> None:
        """Save what is typed, wipe, and let the window go; work it started drops its results
        (the vault may close right after)."""
        self.main.flush()
        self.wipe()
        retire(self.main)
        self.main.deleteLater()


def load_modules() -> None:
    """Import the modules of the unlocked app (appeals, templates, Babel: a few hundred ms)
    on a worker, instead of before the unlock window can appear or on the UI thread while
    it builds the main window. Started once the unlock window is up (the person is typing a
    passphrase meanwhile), and again by the unlock job, which then waits for what is still
    loading. Only modules load here; no widget is made off the GUI thread."""
    import vigil.alerts.notify  # these four: read by the alerts badge, the sync and HQ menus
    import vigil.alerts.state
    import vigil.sync.enrolment
    import vigil.sync.hq
    import vigil.ui.alerts_view
    import vigil.ui.evidence_view
    import vigil.ui.hq_desk
    import vigil.ui.main_window
    import vigil.ui.reminders_view
    import vigil.ui.sync_panel
    import vigil.ui.vault_tasks
    import vigil.vault.wipe  # noqa: F401 - a panic at the unlock window imports nothing


def first_rows(vault: Vault) -> list[CaseRow] | None:
    """The case list, read on the unlock's worker right after the open, so that no worker
    runs beside the window's build (MainWindow.__init__). None when the read fails: the vault
    is open all the same, and the window reads the list again and says what went wrong."""
    from vigil.vault.listing import case_rows

    try:
        return case_rows(vault)
    except Exception as exc:  # the unlock must still hand over the open vault
        log.warning("the case list could not be read at unlock: %s", type(exc).__name__)
        return None


def open_window(ctl: AppController, vault: Vault, rows: list[CaseRow] | None = None) -> AppWindow:
    """The main window over ``vault``, its menus connected to the controller and the sync
    schedule; ``rows``: its case list, when read already. The modules load on the unlock
    worker (load_modules). Work the window does in the background starts once its list is
    shown (MainWindow.cases_listed), not beside the build or the list's fill."""
    from vigil.ui.alerts_view import AlertsUi
    from vigil.ui.evidence_view import EvidenceUi
    from vigil.ui.hq_desk import install as install_hq
    from vigil.ui.main_window import MainWindow
    from vigil.ui.reminders_view import DeadlineReminders
    from vigil.ui.sync_panel import SyncMenu
    from vigil.ui.vault_tasks import VaultTasks

    ctx = UiContext(vault, ctl.runner, ctl.dialogs, ctl.clipboard, ctl.settings)
    main = MainWindow(ctx, rows)
    main.lock_requested.connect(lambda: ctl.lock("shortcut"))
    main.quit_requested.connect(ctl.app.quit)
    main.settings_requested.connect(ctl.edit_settings)
    main.sync_requested.connect(ctl.scheduler.sync_now)
    main.panic_requested.connect(ctl.panic)
    escrow = EscrowUi(main, ctx, ctl.scheduler)
    vault_tasks = VaultTasks(ctl, main)
    main.add_vault_actions(vault_tasks.actions)
    evidence = EvidenceUi(main, getattr(ctl.scheduler, "proxy", "") or None)
    main.add_vault_actions(evidence.actions)  # a child of main: lives as long
    sync_menu = SyncMenu(ctl, main)
    hq = install_hq(main, ctx, ctl.scheduler)
    if hq is not None:
        hq.menu.addAction(evidence.stamp_action)
        ctl.scheduler.stamped.connect(evidence.round_stamped)  # evidence is the receiver
    alerts = AlertsUi(main, ctx, ctl.scheduler)
    ctl.scheduler.changed.connect(main.sync_changed)  # main is the receiver: dies with it
    # the setting is read at each check: Settings replaces ctl.settings when saved
    reminders = DeadlineReminders(
        main, ctx, lambda: ctl.settings.remind_days_before, alerts.notifier.tray
    )
    main.cases_listed.connect(reminders.start, Qt.ConnectionType.SingleShotConnection)
    main.status_bar_last()  # the alert and reminder buttons just joined the status bar
    return AppWindow(main, escrow, vault_tasks, sync_menu, hq, alerts, reminders)
