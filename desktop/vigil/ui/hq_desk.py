"""The HQ desk window: shown only when the unlocked vault is the organisation's HQ desk.

Everything ``vigil hq …`` does, without a terminal: devices and enrolment codes
(ui/hq_devices.py), publishing urgent actions and alerts (ui/hq_publish.py), and here the
records the desk reads (letter counts per urgent action and language, the integrity log).
Every call to the server runs on the one worker helper, through the same core functions the
command line calls (vigil/sync/hq.py, vigil/alerts/publish.py); every action that changes
something asks first, saying what it will do and to whom (ui/hq_link.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vigil.ui.context import UiContext
from vigil.ui.hq_link import HqLink, fill, table
from vigil.ui.widgets import named, plain_label


class _TablePage(QWidget):
    """A read-only table the desk fills on the worker: what it is, the table, what an empty
    one means, and Refresh. Subclasses pass their texts already translated (tr() takes its
    context from the class that calls it) and say how rows are fetched and shown."""

    def __init__(
        self,
        link: HqLink,
        intro: str,
        headers: list[str],
        name: str,
        empty: str,
        refresh: tuple[str, str],  # the button's text and its accessible name
    ) -> None:
        super().__init__()
        self.link = link
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(intro))
        self.table = table(headers, name)
        layout.addWidget(self.table)
        self.empty = plain_label(empty)
        layout.addWidget(self.empty)
        button = named(QPushButton(refresh[0]), refresh[1])
        button.clicked.connect(self.load)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout.addLayout(row)

    def fetch(self) -> list[dict[str, Any]]:  # on the worker
        raise NotImplementedError

    def cells(self, row: dict[str, Any]) -> list[str]:
        raise NotImplementedError

    def load(self) -> None:
        self.link.run(self, self.fetch, self._loaded)

    def _loaded(self, rows: list[dict[str, Any]]) -> None:
        fill(self.table, [self.cells(r) for r in rows])
        self.empty.setVisible(not rows)


class CountsPage(_TablePage):
    """Letters the field confirmed sent, per urgent action and language (no names ever)."""

    def __init__(self, link: HqLink) -> None:
        super().__init__(
            link,
            self.tr(
                "Letters the field confirmed as sent, per urgent action and language. Devices "
                "report numbers only, never who signed."
            ),
            [self.tr("Urgent action"), self.tr("Language"), self.tr("Letters sent"),
             self.tr("Devices reporting")],
            self.tr("Letter counts"),
            self.tr("No counts yet: they arrive when field devices sync after sending letters."),
            (self.tr("&Refresh"), self.tr("Refresh letter counts")),
        )  # fmt: skip

    def fetch(self) -> list[dict[str, Any]]:
        from vigil.alerts.inbox import hq_counts

        return hq_counts(self.link.ctx.vault)

    def cells(self, row: dict[str, Any]) -> list[str]:
        return [str(row["ua"]), str(row["lang"]), str(row["sent"]), str(row["devices"])]


class FieldAlertsPage(_TablePage):
    """The urgent alerts field devices raised, newest first, each naming the device that
    raised it: the label HQ gave it and the start of its id (sync/device_names.py)."""

    def __init__(self, link: HqLink) -> None:
        super().__init__(
            link,
            self.tr(
                "Urgent alerts raised by field devices, newest first. Each names the device "
                "by the label you gave it and the start of its id; the alert is signed with "
                "that device's key."
            ),
            [self.tr("Received (UTC)"), self.tr("Device"), self.tr("Situation"),
             self.tr("Case"), self.tr("Text")],
            self.tr("Field alerts"),
            self.tr("No alert from the field so far: they arrive at the desk's next sync."),
            (self.tr("&Refresh"), self.tr("Refresh field alerts")),
        )  # fmt: skip

    def fetch(self) -> list[dict[str, Any]]:
        from vigil.alerts.inbox import alerts

        return [r for r in alerts(self.link.ctx.vault) if r["kind"] == "field-alert"]

    def cells(self, row: dict[str, Any]) -> list[str]:
        from vigil.sync.device_names import shown

        sent = row["payload"]
        return [
            str(row["received"])[:16].replace("T", " "),
            shown(str(row["from"]), str(row.get("from_label", ""))),
            str(sent.get("situation", "")),
            str(sent.get("case_title", "")),
            str(sent.get("text", "")),
        ]


class IntegrityPage(_TablePage):
    """What this desk's sync found wrong with the server: the newest first."""

    def __init__(self, link: HqLink) -> None:
        super().__init__(
            link,
            self.tr(
                "Each line is something the server did that it should not: served older, "
                "missing or forked data, or a note that failed its signature. Compare with the "
                "field devices' logs; if the server may be compromised, stop syncing and call "
                "your technical contact."
            ),
            [self.tr("Time (UTC)"), self.tr("Kind"), self.tr("Detail")],
            self.tr("Integrity log"),
            self.tr("Nothing wrong found so far."),
            (self.tr("&Refresh"), self.tr("Refresh the integrity log")),
        )

    def fetch(self) -> list[dict[str, Any]]:
        from vigil.vault.merge import integrity_log

        return integrity_log(self.link.ctx.vault, 500)

    def cells(self, row: dict[str, Any]) -> list[str]:
        return [row["time"][:19].replace("T", " "), row["kind"], row["detail"]]


class HqDesk(QMainWindow):
    """One window, one tab per task; it belongs to the main window and goes when it goes."""

    def __init__(self, parent: QWidget, ctx: UiContext, store: Any, proxy: str | None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # the pages (and the sync client under them) load when the desk first opens, not at
        # every unlock: this module is imported for the menu on every vault
        from vigil.ui.hq_devices import DevicesPage
        from vigil.ui.hq_publish import AlertPage, PublishPage
        from vigil.ui.hq_tsa import TsaPage

        self.setWindowTitle(self.tr("HQ desk"))
        self.setAccessibleName(self.tr("HQ desk"))
        self.link = HqLink(ctx, store, proxy, self.show_status)
        self.devices = DevicesPage(self.link)
        self.publish = PublishPage(self.link)
        self.alert = AlertPage(self.link)
        self.counts = CountsPage(self.link)
        self.field_alerts = FieldAlertsPage(self.link)
        self.integrity = IntegrityPage(self.link)
        self.tsa = TsaPage(self.link)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("HQ tasks"))
        self.tabs.addTab(self.devices, self.tr("&Devices"))
        self.tabs.addTab(self.publish, self.tr("&Publish urgent action"))
        self.tabs.addTab(self.alert, self.tr("Send &alert"))
        self.tabs.addTab(self.field_alerts, self.tr("&Field alerts"))
        self.tabs.addTab(self.counts, self.tr("Letter &counts"))
        self.tabs.addTab(self.integrity, self.tr("&Integrity log"))
        self.tabs.addTab(self.tsa, self.tr("Ti&me-stamping"))
        self.tabs.currentChanged.connect(self._shown)
        self.setCentralWidget(self.tabs)
        self.status = plain_label(name=self.tr("HQ desk status"))
        self.status.setWordWrap(False)
        self.statusBar().addWidget(self.status, 1)
        self.resize(1000, 640)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def show_page(self, page: QWidget) -> None:
        self.tabs.setCurrentWidget(page)
        self._shown(self.tabs.currentIndex())
        self.show()
        self.raise_()
        self.activateWindow()

    def _shown(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        if page is self.devices and not self.devices.loaded:
            self.devices.load()
        elif page in (self.field_alerts, self.counts, self.integrity, self.tsa):
            page.load()  # type: ignore[attr-defined]

    def wipe(self) -> None:
        """Forget the codes shown (at lock): an escrow code is a key to a person's vault."""
        self.devices.forget_codes()


class HqUi(QObject):
    """Installed on the main window of an HQ desk: the "HQ" menu. Nothing on a field device."""

    def __init__(self, window: QMainWindow, ctx: UiContext, store: Any, proxy: str | None) -> None:
        super().__init__(window)
        self.window, self.ctx, self.store, self.proxy = window, ctx, store, proxy
        self.desk: HqDesk | None = None
        self.menu = window.menuBar().addMenu(self.tr("&HQ"))
        self.open_action = self._add(self.tr("HQ &desk…"), "Ctrl+Shift+H", "devices")
        # each entry goes where its task starts: the label of the new device, the file
        # chooser, the alert's text (the whole desk works from the keyboard from there)
        self.code_action = self._add(
            self.tr("Make an &enrolment code…"), None, "devices",
            lambda desk: desk.devices.label.setFocus(),
        )  # fmt: skip
        self.publish_action = self._add(
            self.tr("&Publish an urgent action…"), None, "publish",
            lambda desk: desk.publish.choose(),
        )  # fmt: skip
        self.alert_action = self._add(
            self.tr("Send an &alert…"), None, "alert", lambda desk: desk.alert.text.setFocus()
        )
        self.tsa_action = self._add(
            self.tr("Time-stamping a&uthority…"), None, "tsa", lambda desk: desk.tsa.url.setFocus()
        )

    def _add(
        self, text: str, shortcut: str | None, page: str,
        then: Callable[[HqDesk], None] | None = None,
    ) -> QAction:  # fmt: skip
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))

        def go() -> None:
            desk = self.open(page)
            if then is not None:
                then(desk)

        action.triggered.connect(go)
        self.menu.addAction(action)
        return action

    def open(self, page: str = "devices") -> HqDesk:
        if self.desk is None:
            self.desk = HqDesk(self.window, self.ctx, self.store, self.proxy)
        self.desk.show_page(getattr(self.desk, page))
        return self.desk

    def wipe(self) -> None:
        if self.desk is not None:
            self.desk.wipe()
            self.desk.close()


def install(window: QMainWindow, ctx: UiContext, scheduler: Any) -> HqUi | None:
    """The HQ menu when this vault is the HQ desk; None (and no menu) otherwise."""
    from vigil.sync.hq import is_desk
    from vigil.ui.escrow_view import sync_store

    if not is_desk(ctx.vault):
        return None
    return HqUi(window, ctx, sync_store(scheduler), getattr(scheduler, "proxy", "") or None)


__all__ = ["CountsPage", "FieldAlertsPage", "HqDesk", "HqUi", "IntegrityPage", "install"]
