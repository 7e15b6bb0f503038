"""What every page of the HQ desk shares: the link to the vault, the server and the person
(ask before acting, run on the worker, say the outcome), and the plain-text tables."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from vigil.ui.context import UiContext
from vigil.ui.errors import sync_error_text
from vigil.ui.worker import Task


@dataclass
class HqLink:
    """What every page of the desk is handed: the vault's context, the credential store and
    proxy the app syncs with, and the one way to ask before acting and to report after."""

    ctx: UiContext
    store: Any
    proxy: str | None
    say: Callable[[str], None] = print

    def confirm(
        self, parent: QWidget, title: str, what: str, to_whom: str, button: Any = None
    ) -> bool:
        """Ask before an HQ action, naming what it does and to whom; False is "do nothing".
        ``button``, the button that asked: its words (without the "…") go on the button that
        goes ahead, as KeePassXC's questions say "Delete" rather than "Yes"; Cancel stays the
        default, so Enter does nothing."""
        text = "\n".join([
            QCoreApplication.translate("HqDesk", "This will: %1").replace("%1", what),
            QCoreApplication.translate("HqDesk", "Who: %1").replace("%1", to_whom),
            "",
            QCoreApplication.translate("HqDesk", "Go ahead?"),
        ])  # fmt: skip
        if button is None:
            return bool(self.ctx.dialogs.confirm(parent, title, text))
        action = str(button.text()).replace("…", "").strip()
        return bool(self.ctx.dialogs.confirm(parent, title, text, action=action))

    def run(
        self,
        owner: QWidget,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work`` (plain data in and out, never a widget) on the worker. A failure goes
        to ``failed``, or by default to the desk's status line, worded by the one sync-error
        text (not enrolled, unreachable, refused, or the core's own words)."""

        def on_failure(exc: BaseException) -> None:
            if failed is not None:
                failed(exc)
            else:
                self.say(sync_error_text(exc))

        Task(lambda _p: work()).success(done).failure(on_failure).run(self.ctx.runner, owner)


def table(headers: list[str], name: str) -> QTableWidget:
    view = QTableWidget(0, len(headers))
    view.setHorizontalHeaderLabels(headers)
    view.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside
    view.setAccessibleName(name)
    return view


def fill(view: QTableWidget, rows: list[list[str]]) -> None:
    view.setRowCount(0)
    for values in rows:
        row = view.rowCount()
        view.insertRow(row)
        for column, value in enumerate(values):
            # QTableWidgetItem shows plain text only: a hostile label cannot render as HTML
            view.setItem(row, column, QTableWidgetItem(value))


__all__ = ["HqLink", "fill", "table"]
