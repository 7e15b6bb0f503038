"""The HQ desk's devices: the list, enrolment codes, revoke, revoke and wipe, escrow codes,
and a seized laptop (hq_seize.py).

A code shown here (enrolment or escrow) is handed to a person over a safe channel; the box
that shows it is read-only, its Copy goes through the clipboard guard (cleared after the
set delay), and it is forgotten when the desk locks or the person presses Forget.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vigil.sizes import human_size, quota_size
from vigil.sync.hq import DEFAULT_WIPE_DAYS, DeviceRow
from vigil.ui.hq_link import HqLink, fill, table
from vigil.ui.hq_seize import SeizeAction
from vigil.ui.widgets import named, plain_label

WIPE_DAYS_MAX = 365  # vigil.sync.wipe_order.MAX_DAYS
CODE_HOURS_MAX = 30 * 24  # the server's limit on an enrolment code's life


class DevicesPage(QWidget):
    def __init__(self, link: HqLink) -> None:
        super().__init__()
        self.link = link
        self.rows: list[DeviceRow] = []
        self.loaded = False
        self.busy = False
        layout = QVBoxLayout(self)
        self.table = table(
            [self.tr("Label"), self.tr("Device"), self.tr("Role"), self.tr("State"),
             self.tr("Last seen (UTC)"), self.tr("Stored"), self.tr("Quota (a day / in all)"),
             self.tr("Enrolled (UTC)")], self.tr("Devices"),
        )  # fmt: skip
        self.table.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.table, 1)
        self.empty = plain_label(self.tr(
            "No field devices yet. Make an enrolment code below and give it to the field "
            "worker; their device appears here once it joins."
        ))  # fmt: skip
        self.empty.hide()
        layout.addWidget(self.empty)

        actions = QHBoxLayout()
        self.refresh_button = named(QPushButton(self.tr("&Refresh")), self.tr("Refresh devices"))
        self.revoke_button = named(QPushButton(self.tr("Re&voke…")), self.tr("Revoke"))
        self.wipe_button = named(
            QPushButton(self.tr("Revoke and &wipe…")), self.tr("Revoke and wipe")
        )
        self.escrow_button = named(
            QPushButton(self.tr("&Escrow code…")), self.tr("Escrow recovery code")
        )
        for button in (self.refresh_button, self.revoke_button, self.wipe_button,
                       self.escrow_button):  # fmt: skip
            actions.addWidget(button)
        self.seize = SeizeAction(self, actions)
        actions.addStretch(1)
        self.push_first = QCheckBox(self.tr("Wipe only after it pushes what is waiting"))
        self.push_first.setChecked(True)
        self.push_first.setAccessibleName(self.tr("Push first"))
        self.wipe_days = QSpinBox()
        self.wipe_days.setRange(1, WIPE_DAYS_MAX)
        self.wipe_days.setValue(int(DEFAULT_WIPE_DAYS))
        self.wipe_days.setSuffix(self.tr(" days"))
        self.wipe_days.setAccessibleName(self.tr("Wipe order valid for"))
        actions.addWidget(self.push_first)
        actions.addWidget(plain_label(self.tr("Order valid for")))
        actions.addWidget(self.wipe_days)
        layout.addLayout(actions)
        self.refresh_button.clicked.connect(lambda: self.load())
        self.revoke_button.clicked.connect(lambda: self.revoke(wipe=False))
        self.wipe_button.clicked.connect(lambda: self.revoke(wipe=True))
        self.escrow_button.clicked.connect(self.escrow_code)

        quota = QGroupBox(self.tr("Storage quota of the chosen field device"))
        quota_row = QHBoxLayout(quota)
        self.quota_daily = QLineEdit()
        self.quota_total = QLineEdit()
        for field, name in ((self.quota_daily, self.tr("Quota in any 24 hours")),
                            (self.quota_total, self.tr("Quota in all"))):  # fmt: skip
            field.setPlaceholderText(self.tr("default"))
            field.setAccessibleName(name)
            field.setToolTip(self.tr("A size such as 500MiB or 8GiB; empty: the server's default"))
        self.quota_button = named(QPushButton(self.tr("Set &quota…")), self.tr("Set quota"))
        self.quota_button.clicked.connect(self.set_quota)
        quota_row.addWidget(plain_label(self.tr("In any 24 hours:")))
        quota_row.addWidget(self.quota_daily)
        quota_row.addWidget(plain_label(self.tr("In all:")))
        quota_row.addWidget(self.quota_total)
        quota_row.addWidget(self.quota_button)
        layout.addWidget(quota)

        new = QGroupBox(self.tr("A new field device"))
        form = QFormLayout(new)
        self.label = QLineEdit()
        self.label.setMaxLength(100)
        self.label.setPlaceholderText(self.tr("e.g. Almaty laptop 2"))
        self.label.setAccessibleName(self.tr("Device label"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(1, CODE_HOURS_MAX)
        self.hours.setDecimals(0)
        self.hours.setValue(24)
        self.hours.setSuffix(self.tr(" hours"))
        self.hours.setAccessibleName(self.tr("Code valid for"))
        self.code_button = named(
            QPushButton(self.tr("&Make enrolment code…")), self.tr("Make enrolment code")
        )
        self.code_button.clicked.connect(self.make_code)
        form.addRow(self.tr("&Label (shown in this list):"), self.label)
        form.addRow(self.tr("Valid f&or:"), self.hours)
        form.addRow(self.code_button)
        layout.addWidget(new)

        self.code_box = QGroupBox(self.tr("Code"))
        box = QVBoxLayout(self.code_box)
        self.code_intro = plain_label(name=self.tr("What the code is"))
        self.code = QPlainTextEdit()
        self.code.setTabChangesFocus(True)
        self.code.setReadOnly(True)
        # a code has no words: break it anywhere, not after its "vigil-" prefix
        self.code.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.code.setAccessibleName(self.tr("Code"))
        self.code.setMaximumHeight(90)
        row = QHBoxLayout()
        self.copy_button = named(QPushButton(self.tr("&Copy")), self.tr("Copy the code"))
        self.print_button = named(QPushButton(self.tr("&Print a page…")), self.tr("Print the code"))
        self.forget_button = named(QPushButton(self.tr("&Forget")), self.tr("Forget the code"))
        for button in (self.copy_button, self.print_button, self.forget_button):
            row.addWidget(button)
        row.addStretch(1)
        box.addWidget(self.code_intro)
        box.addWidget(self.code)
        box.addLayout(row)
        self.copy_button.clicked.connect(lambda: self.link.ctx.clipboard.copy(self.code_text))
        self.print_button.clicked.connect(self.print_code)
        self.forget_button.clicked.connect(self.forget_codes)
        layout.addWidget(self.code_box)
        self.code_text = ""
        self.page_text = ""
        self.forget_codes()
        self._enable()

    # -- the list ---------------------------------------------------------------------------

    def load(self, quiet: bool = False) -> None:
        """Read the list from the server; ``quiet`` after an action, whose outcome stays on
        the status line instead of the count."""
        from vigil.sync import hq

        self.loaded = True
        vault, store, proxy = self.link.ctx.vault, self.link.store, self.link.proxy
        if not quiet:
            self.link.say(self.tr("Asking the server for the devices…"))
        self.link.run(
            self, lambda: hq.devices(vault, store, proxy), lambda rows: self._loaded(rows, quiet)
        )

    def _loaded(self, rows: list[DeviceRow], quiet: bool = False) -> None:
        chosen = self.selected()
        self.rows = rows
        fill(self.table, [self._cells(r) for r in rows])
        self.empty.setVisible(not [r for r in rows if r.role == "field"])
        if chosen is not None:
            self.select(chosen.id)
        if not quiet:
            self.link.say(self.tr("%n device(s).", "", len(rows)))
        self._enable()

    def _cells(self, row: DeviceRow) -> list[str]:
        role = self.tr("HQ desk") if row.role == "hq" else self.tr("field device")
        if row.status == "active":
            state = self.tr("active")
        elif row.wipe:
            state = self.tr("revoked, wipe order waiting")
        else:
            state = self.tr("revoked")
        quota = (
            ""
            if row.quota_daily is None or row.quota_total is None  # an HQ desk: none
            else f"{human_size(row.quota_daily)} / {human_size(row.quota_total)}"
        )
        return [row.label, row.id, role, state, row.last_seen or self.tr("never"),
                human_size(row.stored_bytes), quota,
                row.created_at[:16].replace("T", " ")]  # fmt: skip

    def selected(self) -> DeviceRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def select(self, device_id: str) -> None:
        for index, row in enumerate(self.rows):
            if row.id == device_id:
                self.table.selectRow(index)

    def _enable(self) -> None:
        row = self.selected()
        # a field device that is still active; the desk's own entry is revoked from the
        # server's command line, not from the desk that would cut itself off
        usable = row is not None and row.role == "field" and not self.busy
        self.revoke_button.setEnabled(usable and row is not None and row.status == "active")
        self.wipe_button.setEnabled(usable and row is not None and not row.wipe)
        self.escrow_button.setEnabled(usable)
        self.seize.enable(usable)
        self.quota_button.setEnabled(usable)
        self.code_button.setEnabled(not self.busy)

    def _busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        if text:
            self.link.say(text)
        self._enable()

    @staticmethod
    def who(row: DeviceRow) -> str:
        return f"{row.label} ({row.id})" if row.label else row.id

    # -- actions ----------------------------------------------------------------------------

    def revoke(self, wipe: bool) -> None:
        from vigil.sync import hq

        row = self.selected()
        if row is None:
            return
        push_first, days = self.push_first.isChecked(), float(self.wipe_days.value())
        if wipe:
            what = self.tr(
                "revoke this device and send it an order, signed with the HQ key, to destroy "
                "its vault at its next contact with the server (within %1 days)"
            ).replace("%1", str(self.wipe_days.value()))
            if push_first:
                what += self.tr(", after it pushes what is waiting to leave")
            title = self.tr("Revoke and wipe?")
        else:
            what = self.tr(
                "revoke this device: the server refuses it from now on; its vault stays "
                "on the device"
            )
            title = self.tr("Revoke?")
        button = self.wipe_button if wipe else self.revoke_button
        if not self.link.confirm(self, title, what, self.who(row), button):
            return
        vault, store, proxy, device = self.link.ctx.vault, self.link.store, self.link.proxy, row
        self._busy(True, self.tr("Revoking %1…").replace("%1", self.who(row)))

        def work() -> None:
            hq.revoke(vault, store, device.id, wipe, wipe and push_first, days, proxy)

        def done(_result: None) -> None:
            self._busy(False, self.tr("Revoked: %1.").replace("%1", self.who(device)) + (
                " " + self.tr("It wipes itself at its next contact.") if wipe else ""
            ))  # fmt: skip
            self.load(quiet=True)

        self.link.run(self, work, done, self._failed)

    def set_quota(self) -> None:
        """What the chosen field device may store on the server ('vigil hq quota')."""
        from vigil.sync import hq

        row = self.selected()
        if row is None:
            return
        try:
            daily = quota_size(self.quota_daily.text())
            total = quota_size(self.quota_total.text())
        except ValueError as exc:
            self.link.say(self.tr("Not a size: %1.").replace("%1", str(exc)))
            return
        default = self.tr("the server's default")
        what = self.tr(
            "let this device store on the server %1 in any 24 hours and %2 in all; what it "
            "already stored stays"
        ).replace("%1", human_size(daily) if daily else default)
        what = what.replace("%2", human_size(total) if total else default)
        if not self.link.confirm(
            self, self.tr("Set the quota?"), what, self.who(row), self.quota_button
        ):
            return
        vault, store, proxy, device = self.link.ctx.vault, self.link.store, self.link.proxy, row
        self._busy(True, self.tr("Setting the quota of %1…").replace("%1", self.who(row)))

        def done(_row: DeviceRow) -> None:
            self._busy(False, self.tr("Quota set: %1.").replace("%1", self.who(device)))
            self.quota_daily.clear()
            self.quota_total.clear()
            self.load(quiet=True)

        self.link.run(
            self, lambda: hq.set_quota(vault, store, device.id, daily, total, proxy), done,
            self._failed,
        )  # fmt: skip

    def _failed(self, exc: BaseException) -> None:
        from vigil.ui.errors import sync_error_text

        self._busy(False, sync_error_text(exc))

    def make_code(self) -> None:
        from vigil.sync.session import hq_enrol_code

        label = self.label.text().strip()
        hours = int(self.hours.value())
        what = self.tr(
            "make a one-time enrolment code, valid for %1 hours, that lets one new field "
            "device join this organisation"
        ).replace("%1", str(hours))
        whom = label or self.tr("a new field device (no label)")
        if not self.link.confirm(
            self, self.tr("Make an enrolment code?"), what, whom, self.code_button
        ):
            return
        vault, store, proxy = self.link.ctx.vault, self.link.store, self.link.proxy
        self._busy(True, self.tr("Asking the server for a code…"))

        def work() -> tuple[str, Any]:
            from vigil.sync.codes import parse

            code = hq_enrol_code(vault, store, hours * 3600, proxy, label or None)
            return code, parse(code)

        def done(result: tuple[str, Any]) -> None:
            code, parsed = result
            self._busy(False, self.tr("Enrolment code made."))
            intro = self.tr(
                "One-time enrolment code for %1. Give it to the field worker over a safe "
                "channel; in Vigil they choose Join HQ and paste it. It works once."
            ).replace("%1", whom)
            page = "\n".join([
                self.tr("Vigil enrolment code"), "",
                self.tr("For: %1").replace("%1", whom),
                self.tr("Organisation: %1").replace("%1", parsed.org or "—"),
                self.tr("Server: %1").replace("%1", parsed.url),
                self.tr("Valid until %1 (UTC); it works once.").replace(
                    "%1", parsed.expires.replace("T", " ").rstrip("Z")
                ),
                "", code, "",
                self.tr("In Vigil: choose Join HQ, paste or type the code, and check that the "
                        "organisation and server shown are the ones above."),
                self.tr("Destroy this page once the device has joined."),
            ])  # fmt: skip
            self.show_code(intro, code, page)
            self.label.clear()
            self.load(quiet=True)

        self.link.run(self, work, done, self._failed)

    def escrow_code(self) -> None:
        from vigil.sync.escrow import hq_code

        row = self.selected()
        if row is None:
            return
        what = self.tr(
            "fetch this device's escrow unlock code from the server and open it with the HQ "
            "key. Whoever holds the code and the laptop can open the vault: give it to the "
            "field worker in person or on a call where you recognise each other"
        )
        if not self.link.confirm(
            self, self.tr("Escrow recovery code?"), what, self.who(row), self.escrow_button
        ):
            return
        vault, store, proxy, device = self.link.ctx.vault, self.link.store, self.link.proxy, row
        self._busy(True, self.tr("Fetching the escrow code…"))

        def done(code: str) -> None:
            self._busy(False, self.tr("Escrow code ready."))
            intro = self.tr(
                "Escrow unlock code for %1. It opens that vault once, with a new passphrase. "
                "Never send it by the same route as the laptop."
            ).replace("%1", self.who(device))
            self.show_code(intro, code, "")

        self.link.run(self, lambda: hq_code(vault, store, device.id, proxy), done, self._failed)

    # -- the code box -----------------------------------------------------------------------

    def show_code(self, intro: str, code: str, page: str) -> None:
        self.code_text, self.page_text = code, page
        self.code_intro.setText(intro)
        self.code.setPlainText(code)
        self.print_button.setVisible(bool(page))  # an escrow code is never printed
        self.code_box.show()
        self.code.setFocus()

    def print_code(self) -> None:
        if self.page_text:
            self.link.ctx.dialogs.print_text(self, self.page_text)

    def forget_codes(self) -> None:
        self.code_text = self.page_text = ""
        self.code.clear()
        self.code_intro.clear()
        self.code_box.hide()


__all__ = ["DevicesPage"]
