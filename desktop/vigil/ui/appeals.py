"""The "Urgent actions" area: each action with its state and deadline countdown; for the chosen
one, the letter composer, the status board, the signatories and what the action is about."""

from __future__ import annotations

import dataclasses
import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vigil.appeals.model import UrgentAction
from vigil.appeals.store import AppealStore, StoredAction
from vigil.crypto.errors import VigilError
from vigil.ui.appeal_board import StatusBoard
from vigil.ui.appeal_texts import countdown, state_text, target_check
from vigil.ui.composer import Composer
from vigil.ui.context import UiContext
from vigil.ui.errors import error_text
from vigil.ui.i18n import resolve
from vigil.ui.signatories_view import SignatoriesView
from vigil.ui.widgets import plain_label
from vigil.ui.worker import Progress, Task

ID = Qt.ItemDataRole.UserRole


def problem_lines(exc: BaseException, limit: int = 20) -> str:
    """An import error as one line per problem, each naming its file, line or field."""
    problems = getattr(exc, "problems", None) or []
    lines = [f"{where}: {what}" for where, what in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"… (+{len(problems) - limit})")
    return "\n".join(lines)


class AppealsArea(QWidget):
    status = Signal(str)  # a line for the window's status bar

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.store = AppealStore(ctx.vault)
        self.lang = resolve(ctx.settings.language)
        self.stored: dict[str, StoredAction] = {}
        self._select_next: str | None = None
        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Urgent actions"))
        self.list.setRootIsDecorated(False)
        # Two columns of two lines (number over person, state over countdown): four columns
        # did not fit beside the composer, and the countdown was the one cut off.
        self.list.setHeaderLabels([self.tr("Urgent action"), self.tr("State and deadline")])
        self.list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.setWordWrap(True)  # a long state wraps within its column instead of clipping
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumWidth(300)
        self.empty = plain_label(
            self.tr("No urgent actions yet. Import one with Vault › Import urgent action…")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.header = plain_label(name=self.tr("Urgent action"))
        self.header.setStyleSheet("font-weight: bold;")
        # Followed actions get deadline reminders (ui/reminders_view.py, docs/appeals.md).
        self.follow = QCheckBox(self.tr("Follow this urgent action (remind me of its deadline)"))
        self.follow.setAccessibleName(self.tr("Follow this urgent action"))
        self.follow.toggled.connect(self._follow_toggled)
        self.composer = Composer(ctx, self.store)
        self.board = StatusBoard(ctx, self.store)
        self.signatories = SignatoriesView(ctx, self.store)
        self.about = QPlainTextEdit()
        self.about.setTabChangesFocus(True)
        self.about.setReadOnly(True)
        self.about.setAccessibleName(self.tr("About the urgent action"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Urgent action"))
        self.tabs.addTab(self.composer, self.tr("Letter"))
        self.tabs.addTab(self.board, self.tr("Status board"))
        self.tabs.addTab(self.signatories, self.tr("Signatories"))
        self.tabs.addTab(self.about, self.tr("About"))
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.header)
        column.addWidget(self.follow)
        column.addWidget(self.tabs, 1)
        self.right = QStackedWidget()
        self.right.addWidget(self.empty)
        self.right.addWidget(detail)
        self.detail = detail
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 860])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list.currentItemChanged.connect(self._chosen)
        self.composer.appeals_changed.connect(self.board.reload)
        self.board.changed.connect(self._refresh_row)
        self.signatories.changed.connect(self.composer.signatories_changed)

    # -- loading ----------------------------------------------------------------------------

    def load(self) -> None:
        store = self.store
        Task(lambda _p: store.actions()).success(self._loaded).failure(
            lambda exc: self.status.emit(
                error_text(exc)
            )
        ).run(self.ctx.runner, owner=self)

    def _loaded(self, actions: list[StoredAction]) -> None:
        chosen, self._select_next = self._select_next or self.current_id(), None
        self.stored = {a.id: a for a in actions}
        self.list.blockSignals(True)
        self.list.clear()
        today = datetime.date.today()
        for stored in actions:
            self.list.addTopLevelItem(self._row(stored.ua, stored.id, today))
        self.list.blockSignals(False)
        self.signatories.reload()
        if not actions:
            self.right.setCurrentWidget(self.empty)
            return
        self.select(chosen if chosen in self.stored else actions[0].id)

    def _row(self, ua: UrgentAction, action_id: str, today: datetime.date) -> QTreeWidgetItem:
        item = QTreeWidgetItem([
            f"{ua.number}\n{ua.person_for(self.lang)}",
            f"{state_text(ua, today)}\n{countdown(ua, today)}",
        ])  # fmt: skip
        item.setData(0, ID, action_id)
        if ua.deadline:
            item.setToolTip(1, ua.deadline)
        return item

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(0, ID)) if item is not None else None

    def select(self, action_id: str) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.data(0, ID) == action_id:
                self.list.setCurrentItem(item)
                return

    def _chosen(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        stored = self.stored.get(str(item.data(0, ID))) if item is not None else None
        if stored is None:
            self.right.setCurrentWidget(self.empty)
            return
        ua = stored.ua
        self.header.setText(
            " · ".join(p for p in (ua.number, ua.person_for(self.lang), state_text(ua),
                                   countdown(ua)) if p)
        )  # fmt: skip
        self.about.setPlainText(self._about(ua))
        self.follow.blockSignals(True)  # showing the stored flag is not a change to store
        self.follow.setChecked(stored.followed)
        self.follow.blockSignals(False)
        self.right.setCurrentWidget(self.detail)
        self.board.set_action(stored.id, ua)
        self.composer.set_action(stored.id, ua)

    def _about(self, ua: UrgentAction) -> str:
        parts = [ua.summary, "", self.tr("Targets:")]
        for target in ua.targets:
            check, _warn = target_check(target)
            title = target.title.get(self.lang) or next(iter(target.title.values()))
            contact = ", ".join(p for p in (*target.address, target.email) if p)
            parts += [f"• {target.name_for(self.lang)}, {title}", f"  {contact}", f"  {check}"]
        parts += ["", self.tr("Letter languages: %1").replace("%1", ", ".join(ua.languages))]
        if ua.deadline:
            parts.append(self.tr("Deadline: %1").replace("%1", ua.deadline))
        return "\n".join(parts)

    def _follow_toggled(self, followed: bool) -> None:
        """One UPDATE on the GUI thread, as the board's status changes are."""
        stored = self.stored.get(self.current_id() or "")
        if stored is None:
            return
        try:
            self.store.follow(stored.id, followed)
        except VigilError as exc:
            self.status.emit(str(exc))
            return
        self.stored[stored.id] = dataclasses.replace(stored, followed=followed)

    def _refresh_row(self) -> None:
        """The board changed an appeal: the countdown line stays, the composer's draft may not."""
        self.composer.board_changed()

    # -- import -----------------------------------------------------------------------------

    def import_file(self, path: str) -> None:
        """Import an urgent-action file: every action and template checked first, or nothing."""
        store, name = self.store, Path(path).name

        def work(_progress: Progress) -> list[tuple[str, str, bool]]:
            return store.import_bytes(Path(path).read_bytes(), name)

        def done(results: list[tuple[str, str, bool]]) -> None:
            self.status.emit(self.tr("Imported %n urgent action(s).", "", len(results)))
            self._select_next = results[0][0] if results else None  # show what came in
            self.load()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, OSError):
                text = self.tr("Cannot read %1: %2").replace("%1", name).replace(
                    "%2", exc.strerror or type(exc).__name__)  # fmt: skip
            else:
                text = error_text(exc)
            details = problem_lines(exc)
            if details:
                text += "\n\n" + details
            self.ctx.dialogs.inform(self, self.tr("Nothing was imported"), text, warning=True)

        Task(work).success(done).failure(failed).run(self.ctx.runner, owner=self)

    # -- lock -------------------------------------------------------------------------------

    def flush(self) -> None:
        self.composer.flush()

    def clear(self) -> None:
        """Forget every name and letter shown (before locking)."""
        self.composer.clear()
        self.board.clear()
        self.signatories.clear()
        self.about.clear()
        self.header.clear()
        self.list.clear()
        self.stored = {}
