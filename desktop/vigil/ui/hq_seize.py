"""The HQ desk's "Seized…" button on the Devices tab (``vigil hq seize``, sync/seize.py).

Its dialog asks when the laptop was taken, as ``--since`` does: now by default, earlier when
HQ learns late (what the server accepted from the laptop after that time is set aside, and
what HQ had merged of it since is taken back out); never later than now. Times are UTC, the
server's clock being the one that decides. What the laptop held is shown by count; its ids go
to the desk's status line only as counts too: the full list is the command line's (``vigil
hq seize --json``), for the person who warns the people named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Qt, QTimeZone
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from vigil.ui.widgets import named, plain_label

if TYPE_CHECKING:
    from vigil.sync.hq import DeviceRow
    from vigil.ui.hq_devices import DevicesPage


class SeizeDialog(QDialog):
    """What a seizure does, to whom, and from when (UTC, now by default, never later)."""

    def __init__(self, parent: QWidget, what: str, to_whom: str, action: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Seized?"))
        self.setAccessibleName(self.tr("Seized?"))
        # The desk's shared question words (hq_link.confirm).
        self.text = plain_label("\n".join([
            QCoreApplication.translate("HqDesk", "This will: %1").replace("%1", what),
            QCoreApplication.translate("HqDesk", "Who: %1").replace("%1", to_whom),
        ]))  # fmt: skip
        now = QDateTime.currentDateTimeUtc()
        self.when = QDateTimeEdit()
        # A time is read left to right in every language the app speaks: in a right-to-left
        # layout Qt reverses the sections, and 21:58:18 on 2026-12-07 read "18:58:21
        # 07-12-2026" (tests/ui/test_uyghur.py). Set before the format, which it reverses.
        self.when.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.when.setTimeZone(QTimeZone.utc())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
        self.when.setDateTime(now)
        self.when.setCalendarPopup(True)
        self.when.setMaximumDateTime(now)  # a time to come is no time a laptop was taken
        self.when.setAccessibleName(self.tr("Taken at (UTC)"))
        label = QLabel(self.tr("&Taken at (UTC):"))
        label.setBuddy(self.when)
        hint = plain_label(self.tr(
            "Earlier if it was taken before HQ learnt of it: what the server received from it "
            "after this time is set aside, and what HQ had already merged of it since is taken "
            "back out and kept aside. Nothing is deleted."
        ))  # fmt: skip
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        go = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        go.setText(action)
        go.setAccessibleName(action.replace("&", ""))
        go.setAutoDefault(False)
        go.setDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter does nothing, as every desk question
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.setVerticalSpacing(12)
        self.setMinimumWidth(560)  # wrapped lines under a narrow dialog were cut off (ug)
        form.addRow(self.text)
        form.addRow(label, self.when)
        form.addRow(hint)
        form.addRow(self.buttons)

    def since(self) -> str:
        """The time given, in the form ``--since`` takes (UTC, to the second)."""
        return self.when.dateTime().toUTC().toString("yyyy-MM-ddTHH:mm:ssZ")


class SeizeAction(QObject):
    def __init__(self, page: DevicesPage, row_layout: Any) -> None:
        super().__init__(page)
        self.page = page
        self.button = named(QPushButton(self.tr("&Seized…")), self.tr("Seized device"))
        row_layout.addWidget(self.button)
        self.button.clicked.connect(self.seize)

    def enable(self, usable: bool) -> None:
        self.button.setEnabled(usable)

    def dialog(self, row: DeviceRow) -> SeizeDialog:
        """The question for one device; the go-ahead button says what the button that asked
        says (as every desk question: hq_link.confirm)."""
        what = self.tr(
            "record this laptop as seized: the server refuses it, every device is told in a "
            "note signed by HQ, nothing is encrypted to its keys any more, and what the server "
            "received from it after the time below is set aside, not merged"
        )
        action = str(self.button.text()).replace("…", "").strip()
        return SeizeDialog(self.page, what, self.page.who(row), action)

    def seize(self) -> None:
        from vigil.sync.seize import seize

        page, link = self.page, self.page.link
        row = page.selected()
        if row is None:
            return
        dialog = self.dialog(row)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        since = dialog.since()
        vault, store, proxy, device = link.ctx.vault, link.store, link.proxy, row

        def work() -> Any:
            return seize(vault, store, device.id, since, proxy)

        def done(result: Any) -> None:
            held = result.held
            text = self.tr(
                "Recorded as seized: %1. It had sent %2 case(s), %3 people and %4 "
                "attachment(s): 'vigil hq seize --json' lists them, to warn the people named."
            )
            text = (text.replace("%1", page.who(device)).replace("%2", str(len(held.cases)))
                    .replace("%3", str(len(held.people)))
                    .replace("%4", str(len(held.attachments))))  # fmt: skip
            if result.undone:
                text += " " + self.tr(
                    "%1 change(s) HQ had merged from it since that time were taken back out "
                    "and kept aside: 'vigil hq quarantined' lists them."
                ).replace("%1", str(result.undone))
            if result.unchecked:
                text += " " + self.tr(
                    "The server could not say when it received the rest: mark it seized "
                    "again later."
                )
            page._busy(False, text)
            page.load(quiet=True)

        page._busy(True)
        link.run(page, work, done, page._failed)
