"""The HQ desk's "Seized…" button on the Devices tab (``vigil hq seize``, sync/seize.py).

What the laptop held is shown by count; its ids go to the desk's status line only as counts
too: the full list is the command line's (``vigil hq seize --json``), for the person who
warns the people named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QPushButton

from vigil.ui.widgets import named

if TYPE_CHECKING:
    from vigil.ui.hq_devices import DevicesPage


class SeizeAction(QObject):
    def __init__(self, page: DevicesPage, row_layout: Any) -> None:
        super().__init__(page)
        self.page = page
        self.button = named(QPushButton(self.tr("&Seized…")), self.tr("Seized device"))
        row_layout.addWidget(self.button)
        self.button.clicked.connect(self.seize)

    def enable(self, usable: bool) -> None:
        self.button.setEnabled(usable)

    def seize(self) -> None:
        from vigil.sync.seize import seize

        page, link = self.page, self.page.link
        row = page.selected()
        if row is None:
            return
        what = self.tr(
            "record this laptop as seized: the server refuses it, every device is told in a "
            "note signed by HQ, nothing is encrypted to its keys any more, and what the server "
            "received from it from now on is set aside, not merged"
        )
        if not link.confirm(page, self.tr("Seized?"), what, page.who(row), self.button):
            return
        vault, store, proxy, device = link.ctx.vault, link.store, link.proxy, row

        def work() -> Any:
            return seize(vault, store, device.id, None, proxy)

        def done(result: Any) -> None:
            held = result.held
            text = self.tr(
                "Recorded as seized: %1. It had sent %2 case(s), %3 people and %4 "
                "attachment(s): 'vigil hq seize --json' lists them, to warn the people named."
            )
            text = (text.replace("%1", page.who(device)).replace("%2", str(len(held.cases)))
                    .replace("%3", str(len(held.people)))
                    .replace("%4", str(len(held.attachments))))  # fmt: skip
            page._busy(False, text)
            page.load(quiet=True)

        page._busy(True)
        link.run(page, work, done, page._failed)
