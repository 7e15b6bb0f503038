"""The Sync menu (Join HQ…, Sync now, Sync panel…, the bundle actions of sync_bundle.py)
and the Sync panel.

The panel shows what 'vigil sync status' shows, in words: the server, the last sync, what is
waiting to leave (count and size), conflicts, and each integrity alert with what it means
and what to do; and the proxy (Tor/SOCKS5) setting. Its figures come from the core status
(sync/status.py) read on the worker; "Sync now" is the scheduler's round, the same as the
timer's, so the panel refreshes from the scheduler's status signal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vigil.settings import save as save_settings
from vigil.sizes import human_size
from vigil.sync.enrolment import is_enrolled
from vigil.ui.errors import proxy_problem
from vigil.ui.join_hq import JoinHqDialog
from vigil.ui.sync_bundle import BundleActions
from vigil.ui.widgets import named, plain_label
from vigil.ui.worker import Progress, Task

if TYPE_CHECKING:
    from vigil.ui.controller import AppController
    from vigil.ui.main_window import MainWindow


class SyncPanel(QDialog):
    """One look at the sync state; refreshed after every round while it is open."""

    def __init__(self, parent: QWidget, proxy: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync"))
        self.setAccessibleName(self.tr("Sync panel"))
        layout = QVBoxLayout(self)
        self.server = plain_label(name=self.tr("Server"))
        self.last = plain_label(name=self.tr("Last sync"))
        self.waiting = plain_label(name=self.tr("Waiting to leave"))
        self.conflicts = plain_label(name=self.tr("Conflicts"))
        form = QFormLayout()
        form.addRow(self.tr("HQ:"), self.server)
        form.addRow(self.tr("Last sync:"), self.last)
        form.addRow(self.tr("Waiting to leave:"), self.waiting)
        form.addRow(self.tr("Conflicts:"), self.conflicts)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("Integrity alerts (newest first):")))
        self.alerts = QListWidget()
        self.alerts.setAccessibleName(self.tr("Integrity alerts"))
        self.alerts.setWordWrap(True)
        layout.addWidget(self.alerts, 1)
        proxy_row = QHBoxLayout()
        self.proxy = QLineEdit(proxy)
        self.proxy.setAccessibleName(self.tr("Sync through a proxy"))
        self.proxy.setPlaceholderText("socks5://127.0.0.1:9050")
        self.save_proxy = QPushButton(self.tr("Use this proxy"))
        named(self.save_proxy, self.tr("Use this proxy"))
        proxy_row.addWidget(plain_label(self.tr("Proxy (Tor):")))
        proxy_row.addWidget(self.proxy, 1)
        proxy_row.addWidget(self.save_proxy)
        layout.addLayout(proxy_row)
        self.proxy_status = plain_label(name=self.tr("Proxy status"))
        layout.addWidget(self.proxy_status)
        buttons = QDialogButtonBox()
        self.join_button = buttons.addButton(
            self.tr("Join HQ…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        named(self.join_button, self.tr("Join HQ"))
        self.sync_button = buttons.addButton(
            self.tr("Sync now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        named(self.sync_button, self.tr("Sync now"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        named(close, self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def show_status(self, info: dict[str, Any]) -> None:
        enrolled = bool(info.get("enrolled"))
        gone = info.get("credential_gone") is not None
        self.join_button.setVisible(not enrolled or gone)
        self.sync_button.setEnabled(enrolled)
        if not enrolled:
            self.server.setText(self.tr(
                "Not joined. Ask HQ for an enrolment code, then Join HQ…. Until then "
                "everything stays on this computer only."
            ))  # fmt: skip
        else:
            self.server.setText(
                self.tr("%1 at %2 (this device: %3)")
                .replace("%1", str(info.get("org") or "?"))
                .replace("%2", str(info.get("url", "")))
                .replace("%3", str(info.get("device_id", ""))[:12])
            )  # fmt: skip
        last = str(info.get("last_success") or "")
        text = (self.tr("%1 UTC").replace("%1", last[:16].replace("T", " ")) if last
                else self.tr("never"))  # fmt: skip
        if info.get("last_error"):
            text += "\n" + self.tr("The last attempt failed: %1").replace(
                "%1", str(info["last_error"])
            )
        self.last.setText(text)
        pending = int(info.get("pending") or 0)
        size = human_size(int(info.get("pending_bytes") or 0))
        self.waiting.setText(
            self.tr("%n item(s)", "", pending) + ", " + size
            if pending else self.tr("nothing: everything has left")
        )  # fmt: skip
        conflicts = int(info.get("conflicts") or 0)
        self.conflicts.setText(
            self.tr("%n item(s) have two versions: open the item and choose one in History.",
                    "", conflicts)
            if conflicts else self.tr("none")
        )  # fmt: skip
        self.alerts.clear()
        entries = info.get("integrity_alerts") or []
        if not entries:
            self.alerts.addItem(self.tr("None. Nothing the server sent looked wrong."))
        for entry in entries:
            kind = str(entry.get("kind", ""))
            self.alerts.addItem(
                f"{str(entry.get('time', ''))[:16].replace('T', ' ')}  {self.explain(kind)}\n"
                f"    {entry.get('detail', '')}"
            )

    def explain(self, kind: str) -> str:
        """What an integrity alert means and what to do, in plain words."""
        texts = {
            "rollback": self.tr(
                "The server, or a copy of this vault's files, went back in time: data you had "
                "may be hidden. Tell HQ by another channel; keep syncing."
            ),
            "withheld": self.tr(
                "The server held back revisions it had already announced. Tell HQ by another "
                "channel; nothing of yours was lost."
            ),
            "forked": self.tr(
                "The server showed two different histories of one device. Tell HQ by another "
                "channel: the server may be compromised."
            ),
            "refused": self.tr(
                "A revision failed its signature or checks and was refused. Nothing was "
                "changed; tell HQ if it happens again."
            ),
            "server": self.tr("The server answered something an honest server would not. "
                              "Tell HQ by another channel."),
            "alert": self.tr("An alert that was not signed by HQ, or expired, was refused."),
            "attachment-quarantined": self.tr(
                "An attachment arrived damaged or altered and was set aside. Ask the sender "
                "to attach it again."
            ),
            "mark-missing": self.tr(
                "This vault's last-use mark was missing: its files may have been replaced by "
                "an older copy. If you did not restore a backup, tell HQ."
            ),
            "older-database-accepted": self.tr(
                "An older copy of the database was accepted, as you asked."
            ),
        }  # fmt: skip
        return texts.get(kind, self.tr("Something looked wrong (%1).").replace("%1", kind))

    def proxy_problem(self) -> str:
        return proxy_problem(self.proxy.text().strip())


class SyncMenu(QObject):
    """The Sync menu of the main window, and the windows it opens."""

    def __init__(self, ctl: AppController, main: MainWindow) -> None:
        super().__init__(main)
        self.ctl, self.main, self.ctx = ctl, main, main.ctx
        self.join_action = QAction(self.tr("&Join HQ…"), main)
        self.panel_action = QAction(self.tr("Sync &panel…"), main)
        self.panel_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.join_action.triggered.connect(self.open_join)
        self.panel_action.triggered.connect(self.open_panel)
        menu = main.add_menu(self.tr("&Sync"))
        menu.addAction(self.join_action)
        menu.addAction(main.sync_action)  # the window's own action: its shortcut stays
        menu.addAction(self.panel_action)
        for action in (self.join_action, self.panel_action):
            main.addAction(action)
        self.menu = menu
        self.bundles = BundleActions(main, menu)
        self.join_dialog: JoinHqDialog | None = None
        self.credential_gone: Any = None  # the SyncConfig of an enrolled vault whose key is gone
        self.panel: SyncPanel | None = None
        ctl.scheduler.status_changed.connect(self._status)  # dies with the window (lock)
        self._show_enrolled(is_enrolled(self.ctx.vault))  # one meta row, at once
        # The rest of the status (the state file, a keyring look-up) is read once the case list
        # is shown: at unlock it would compete with the list's read for the interpreter.
        main.cases_listed.connect(self.refresh, Qt.ConnectionType.SingleShotConnection)

    def refresh(self) -> None:
        """Read the status on the worker (the vault under its lock) and show it."""
        vault, path = self.ctx.vault, self.ctx.vault.path
        store = self.ctl.scheduler.credential_store  # made on the worker: it loads the keyring

        def work(_progress: Progress) -> dict[str, Any]:
            from vigil.sync.status import credential_gone, status

            with vault.kept_open() as is_open:
                info = status(path, vault if is_open else None)
                if is_open and info.get("enrolled"):  # the keyring is asked here, on the worker
                    info["credential_gone"] = credential_gone(vault, store())
                return info

        if self.panel is None and not is_enrolled(vault):
            # Nothing more to learn: a vault not enrolled misses no credential, and no panel
            # shows the rest. No job either: every job started at unlock slows the others.
            self._read({"enrolled": False})
            return
        Task(work).success(self._read).run(self.ctx.runner, owner=self.main)

    def _read(self, info: dict[str, Any]) -> None:
        self._status(info)
        self.main.show_sync_status(info)  # the status line too: it needs no round to be right

    def _show_enrolled(self, enrolled: bool) -> None:
        self.join_action.setEnabled(not enrolled or self.credential_gone is not None)
        self.main.sync_action.setEnabled(enrolled)

    def _status(self, info: dict[str, Any]) -> None:
        if "credential_gone" in info or info.get("enrolled") is False:
            self.credential_gone = info.get("credential_gone")
        if "enrolled" in info:
            self._show_enrolled(bool(info["enrolled"]))
        if self.panel is not None and "enrolled" in info:
            self.panel.show_status({**info, "credential_gone": self.credential_gone})

    def open_join(self) -> None:
        if self.join_dialog is None:
            dialog = JoinHqDialog(
                self.main, self.ctx, self.ctl.scheduler.credential_store(),
                self.ctl.settings.sync_proxy,
                self.credential_gone,
            )  # fmt: skip
            dialog.joined.connect(self._joined)
            dialog.finished.connect(lambda _code: self._forget_join())
            self.join_dialog = dialog
        self.join_dialog.show()
        self.join_dialog.raise_()
        self.join_dialog.code.setFocus()

    def _forget_join(self) -> None:
        if self.join_dialog is not None:
            self.join_dialog.deleteLater()
            self.join_dialog = None

    def _joined(self, cred: Any) -> None:
        self.credential_gone = None
        window = self.ctl.window
        if cred.role == "hq" and window is not None and window.hq is None:
            from vigil.ui.hq_desk import install

            window.hq = install(self.main, self.ctx, self.ctl.scheduler)  # the desk, at once
        self.join_action.setEnabled(False)
        self.main.sync_action.setEnabled(True)
        self.bundles.refresh()
        self.ctl.scheduler.sync_now()  # the first round now; the schedule follows from it

    def open_panel(self) -> None:
        if self.panel is None:
            panel = SyncPanel(self.main, self.ctl.settings.sync_proxy)
            panel.sync_button.clicked.connect(self.ctl.scheduler.sync_now)
            panel.join_button.clicked.connect(self.open_join)
            panel.save_proxy.clicked.connect(self._save_proxy)
            panel.finished.connect(lambda _code: self._forget_panel())
            self.panel = panel
        self.panel.show()
        self.panel.raise_()
        self.refresh()

    def _forget_panel(self) -> None:
        if self.panel is not None:
            self.panel.deleteLater()
            self.panel = None

    def _save_proxy(self) -> None:
        panel = self.panel
        if panel is None:
            return
        problem = panel.proxy_problem()
        if problem:
            panel.proxy_status.setText(problem)
            return
        ctl = self.ctl
        ctl.settings = replace(ctl.settings, sync_proxy=panel.proxy.text().strip())
        ctl.scheduler.proxy = ctl.settings.sync_proxy
        try:
            save_settings(ctl.settings, ctl.settings_path)
        except OSError:
            panel.proxy_status.setText(self.tr("Used now, but the settings could not be saved."))
            return
        panel.proxy_status.setText(
            self.tr("Syncing through %1.").replace("%1", ctl.settings.sync_proxy)
            if ctl.settings.sync_proxy else self.tr("Syncing directly, without a proxy.")
        )  # fmt: skip


__all__ = ["SyncMenu", "SyncPanel"]
