"""The main window: the case list on one side, the open case on the other."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QWidget,
)

from vigil.crypto.errors import VigilError
from vigil.ui.appeals import AppealsArea
from vigil.ui.case_list import CaseListPane, row_from_item
from vigil.ui.case_view import CaseView
from vigil.ui.context import UiContext
from vigil.ui.empty_state import EmptyState
from vigil.ui.errors import error_text
from vigil.ui.look import svg_icon
from vigil.ui.search import SearchDialog
from vigil.ui.status_line import StatusLine
from vigil.ui.worker import Progress, Task, retired
from vigil.vault.listing import CaseRow, case_rows


class MainWindow(QMainWindow):
    lock_requested = Signal()
    sync_requested = Signal()
    panic_requested = Signal()
    settings_requested = Signal()
    quit_requested = Signal()
    cases_listed = Signal()  # the case list was read and shown whole (or its read failed)

    def __init__(self, ctx: UiContext, rows: list[CaseRow] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        # The title never names a case: it shows in task bars and window lists.
        self.setWindowTitle(self.tr("Vigil"))
        self.setAccessibleName(self.tr("Vigil"))
        self.cases = CaseListPane()
        # The list comes read (``rows``: at unlock, by the unlock's worker) or is read on a
        # worker once the window is built, never beside the build: while a worker runs
        # Python, each Qt call of the build that lets the interpreter's lock go waits up to
        # its switch interval (5 ms) to get it back, and the build's 10 to 17 ms of CPU took
        # 125 to 450 ms (docs/desktop.md, "An enrolled vault's unlock").
        self._changed_while_loading: set[str] | None = set()  # cases a round changed meanwhile
        self._rows_read = rows  # put in two turns after the build (_build_later)
        self._case_view: CaseView | None = None  # see _build_later
        self._appeals: AppealsArea | None = None
        self.right = QStackedWidget()  # the empty state (below) until a case is open
        splitter = QSplitter()
        splitter.addWidget(self.cases)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 720])
        # Cases and urgent actions side by side as two areas of one window: a campaigner
        # moves between a case and its appeals often, and the title never names either.
        self.areas = QTabWidget()
        self.areas.setAccessibleName(self.tr("Areas"))
        self.areas.setDocumentMode(True)
        self.areas.addTab(splitter, self.tr("Cases"))
        self._appeals_slot = QWidget()  # the urgent actions' tab until the area is built
        self.areas.addTab(self._appeals_slot, self.tr("Urgent actions"))
        self.areas.currentChanged.connect(self._area_changed)
        self._appeals_loaded = False
        self.setCentralWidget(self.areas)
        self.search_dialog: SearchDialog | None = None
        self._build_menus()
        self.empty = EmptyState(self.new_case_action, self.import_action)
        self.right.addWidget(self.empty)
        for changed in (
            self.cases.model.modelReset,
            self.cases.model.rowsInserted,
            self.cases.model.rowsRemoved,
        ):
            changed.connect(lambda *_: self.empty.show_cases(self.cases.model.rowCount()))
        self.cases.case_selected.connect(self.open_case)
        # the lock and sync states, always in view, in words and colour (ui/status_line.py)
        self.status_line = StatusLine(self, ctx.settings.auto_lock_minutes)
        self.sync_label = self.status_line.sync_label
        self.statusBar().addPermanentWidget(self.status_line.sync_label)
        self.statusBar().addPermanentWidget(self.status_line.lock_label)
        self._build_toolbar()
        self.resize(1180, 760)
        self.statusBar().showMessage(self.tr("Loading cases…"))
        self._build_later()

    # -- built in turns of their own --------------------------------------------------------

    def _build_later(self) -> None:
        """The open-case pane is built once the window is up, in a turn of the event loop of
        its own, or earlier when first used; the urgent-actions area when it is first shown
        (``_area_changed``) or used. Built with the rest of the window they held the UI thread
        for most of the unlock's longest stall (benchmarks/ui.py); the area, in a turn of its
        own, was still the largest block of a start's first unlock (195 ms at load 9, where
        its later builds took 35 to 51 ms), and most sessions are about cases.

        The list's rows go in the turn after the pane's, which is also the window's first
        paint: in the same turn as that paint they made it the unlock's longest turn."""

        def pane() -> None:
            self.case_view  # noqa: B018 - built on first use
            rows, self._rows_read = self._rows_read, None
            QTimer.singleShot(0, self, lambda: self._first_fill(rows))

        QTimer.singleShot(0, self, pane)

    @property
    def case_view(self) -> CaseView:
        if self._case_view is None:
            view = CaseView(self.ctx)
            view.changed.connect(self._refresh_current_row)
            view.tab_built.connect(self.status_bar_last)
            self.right.addWidget(view)
            self._case_view = view
            self.status_bar_last()
        return self._case_view

    @property
    def appeals(self) -> AppealsArea:
        if self._appeals is None:
            area = AppealsArea(self.ctx)
            area.status.connect(lambda text: self.statusBar().showMessage(text))
            index = self.areas.indexOf(self._appeals_slot)
            current = self.areas.currentIndex()
            self.areas.blockSignals(True)  # the same area in its place: no change to announce
            self.areas.removeTab(index)
            self.areas.insertTab(index, area, self.tr("Urgent actions"))
            self.areas.setCurrentIndex(current)
            self.areas.blockSignals(False)
            self._appeals_slot.deleteLater()
            self._appeals = area
            self.status_bar_last()
        return self._appeals

    def status_bar_last(self) -> None:
        """Keep the status bar's buttons (the alert inbox) the last Tab stops: a part built
        later joins the end of the window's focus chain, and Tab would go from the bottom
        of the window back up into it. Tab follows reading order, top to bottom."""
        for widget in self.statusBar().findChildren(QWidget):
            if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            last = self.previousInFocusChain()  # the chain is a ring through the window
            while last is not self and last.focusPolicy() == Qt.FocusPolicy.NoFocus:
                last = last.previousInFocusChain()  # setTabOrder ignores a NoFocus widget
            if last is not self and last is not widget:
                QWidget.setTabOrder(last, widget)

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: object) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        vault_menu = bar.addMenu(self.tr("&Vault"))
        self.vault_menu = vault_menu
        self.new_case_action = self._action(self.tr("&New case…"), "Ctrl+N", self.new_case)
        self.import_action = self._action(self.tr("&Import cases…"), None, self.import_cases)
        self.import_ua_action = self._action(
            self.tr("Import &urgent action…"), None, self.import_urgent_action
        )
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock_requested)
        self.sync_action = self._action(self.tr("S&ync now"), "Ctrl+Shift+S", self.sync_requested)
        self.panic_action = self._action(
            self.tr("&Panic wipe…"), "Ctrl+Shift+Del", self.panic_requested
        )
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.quit_requested
        )
        for action in (self.new_case_action, self.import_action, self.import_ua_action):
            vault_menu.addAction(action)
        # the keeping tasks (ui/vault_tasks.py) go in above this line: add_vault_actions
        self._vault_tasks_end = vault_menu.addSeparator()
        vault_menu.addAction(self.lock_action)
        vault_menu.addAction(self.panic_action)
        vault_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu = edit_menu
        self.search_action = self._action(
            self.tr("&Search everywhere…"), "Ctrl+K", self.open_search
        )
        self.settings_action = self._action(
            self.tr("S&ettings…"), QKeySequence.StandardKey.Preferences, self.settings_requested
        )
        edit_menu.addAction(self.search_action)
        edit_menu.addAction(self.settings_action)

    def _build_toolbar(self) -> None:
        """The four things done most, one click away, each the same action as its menu entry."""
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("main-toolbar")  # saved window state finds it by this name
        bar.setAccessibleName(self.tr("Main toolbar"))
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.setIconSize(QSize(20, 20))
        for action, icon in (
            (self.new_case_action, "new-case"),
            (self.search_action, "search"),
            (self.sync_action, "sync"),
            (self.lock_action, "lock"),
        ):
            action.setIcon(svg_icon(icon))
            name = action.text().replace("&", "").rstrip("…")
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{name} ({keys})")
            bar.addAction(action)
            bar.widgetForAction(action).setAccessibleName(name)
        self.toolbar = bar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def add_menu(self, title: str) -> QMenu:
        """A menu made elsewhere (Sync: ui/sync_panel.py), between Vault and Edit."""
        menu = QMenu(title, self)
        self.menuBar().insertMenu(self.edit_menu.menuAction(), menu)
        return menu

    def add_vault_actions(self, actions: list[QAction]) -> None:
        """Entries of the Vault menu made elsewhere (back up, passphrase...), above Lock."""
        self.vault_menu.insertSeparator(self._vault_tasks_end)
        for action in actions:
            self.vault_menu.insertAction(self._vault_tasks_end, action)
            self.addAction(action)

    # -- loading ----------------------------------------------------------------------------

    def _first_fill(self, rows: list[CaseRow] | None) -> None:
        """The list, in the turn after the build; not once the window is retired (locked
        before it got here: the vault is closed)."""
        if not retired(self):
            self.load_cases(rows)

    def load_cases(self, rows: list[CaseRow] | None = None) -> None:
        """Fill the list: with rows read already (at unlock, in the same worker), or read now."""
        if rows is not None:
            self._cases_loaded(rows)
            return
        vault = self.ctx.vault
        if self._changed_while_loading is None:
            self._changed_while_loading = set()
        Task(lambda _p: case_rows(vault)).success(self._cases_loaded).failure(
            self._load_failed
        ).run(self.ctx.runner, owner=self)

    def _cases_loaded(self, rows: list[CaseRow]) -> None:
        model = self.cases.model
        model.set_rows(rows)
        # A sync round that merged while the list was read may not be in what was read.
        late, self._changed_while_loading = self._changed_while_loading, None
        if late:
            self._show_changed_rows(late)
        self.statusBar().showMessage(self.tr("%n case(s)", "", len(rows)))
        # Focus goes to the filter, not the list: focusing the list would make its first row
        # current and open a case nobody asked for.
        self.cases.tag.setFocus()
        # What waits for the list (the sync status, the reminders) starts once every row is
        # in: a job beside the fill's turns slows them as one beside the build would.
        if model.filling:
            model.filled.connect(self._listed_when_idle, Qt.ConnectionType.SingleShotConnection)
        else:
            self._listed_when_idle()

    def _listed_when_idle(self) -> None:
        """``cases_listed``, once the events queued by now are handled: the relayout and the
        repaint that follow the last rows call the model's Python, and a job started beside
        them would make each call wait for the interpreter. A timer of 0 ms fires when the
        event queue is empty (a queued call would come before the repaint)."""
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: None if retired(self) else self.cases_listed.emit())
        timer.timeout.connect(timer.deleteLater)
        timer.start(0)

    def _load_failed(self, exc: BaseException) -> None:
        self._changed_while_loading = None
        text = error_text(exc)
        self.statusBar().showMessage(text)
        self.cases_listed.emit()

    def open_case(self, case_id: str) -> None:
        self.areas.setCurrentIndex(0)
        self.case_view.load(case_id)
        self.right.setCurrentWidget(self.case_view)

    def _refresh_current_row(self) -> None:
        case_id = self.case_view.case_id
        item = self.ctx.vault.get(case_id) if case_id else None
        if item is not None:
            self.cases.model.upsert(row_from_item(item))

    @Slot(object, object)
    def sync_changed(self, _items: frozenset[str], cases: frozenset[str]) -> None:
        """A sync round merged changes: the list and the open case show them at once. Rows
        are updated in place, so the selection, the filter and the focus stay where they are."""
        if self._changed_while_loading is not None:  # shown once the list is read
            self._changed_while_loading.update(cases)
        else:
            self._show_changed_rows(cases)
        if self._case_view is not None and self._case_view.case_id in cases:
            self._case_view.show_synced()

    def _show_changed_rows(self, cases: Iterable[str]) -> None:
        for case_id in cases:
            item = self.ctx.vault.get(case_id)
            if item is None or item.kind != "case" or item.deleted:
                self.cases.model.remove(case_id)
            else:
                self.cases.model.upsert(row_from_item(item))

    def show_sync_status(self, info: dict[str, object]) -> None:
        self.status_line.show_sync(info)

    # -- actions ----------------------------------------------------------------------------

    def new_case(self) -> None:
        title, ok = QInputDialog.getText(
            self, self.tr("New case"), self.tr("Title of the case:"), QLineEdit.EchoMode.Normal
        )
        if not ok or not title.strip():
            return
        try:
            rev = self.ctx.vault.save("case", {"title": title.strip()})
        except VigilError as exc:
            self.ctx.dialogs.inform(self, self.tr("Not saved"), str(exc), warning=True)
            return
        item = self.ctx.vault.get(rev.item)
        assert item is not None
        self.cases.model.upsert(row_from_item(item))
        self.cases.select(rev.item)
        self.open_case(rev.item)

    def import_cases(self) -> None:
        path = self.ctx.dialogs.open_file(self, self.tr("Import cases"), "JSON (*.json)")
        if not path:
            return
        from vigil.cases.transfer import already_there, load_import_file_hashed, plan_import

        vault = self.ctx.vault

        def check(_progress: Progress) -> tuple[Any, str, dict[int, str]]:
            document, digest = load_import_file_hashed(Path(path))
            plan_import(document)  # a file with problems is refused as a whole, first
            return document, digest, already_there(vault, document)

        def checked(result: tuple[Any, str, dict[int, str]]) -> None:
            document, digest, found = result
            skip: dict[int, str] = {}
            if found:
                answer = self._ask_about_duplicates(document, found)
                if answer < 0:
                    self.statusBar().showMessage(self.tr("Nothing was imported."))
                    return
                skip = found if answer == 0 else {}
            self._import(document, digest, skip, failed)

        def failed(exc: BaseException) -> None:
            problems = getattr(exc, "problems", None)
            text = error_text(exc)
            if problems:
                text += "\n\n" + "\n".join(f"{w}: {m}" for w, m in problems[:20])
            self.ctx.dialogs.inform(self, self.tr("Nothing was imported"), text, warning=True)

        Task(check).success(checked).failure(failed).run(self.ctx.runner, owner=self)

    def _ask_about_duplicates(self, document: Any, found: dict[int, str]) -> int:
        """The cases of the file this vault already holds (the same check as 'vigil import'):
        0 imports only the others, 1 imports them all as new cases, -1 nothing."""
        titles = [str(document["cases"][i].get("title", "")) for i in sorted(found)]
        shown = "; ".join(titles[:5]) + (" …" if len(titles) > 5 else "")
        text = (
            self.tr(
                "%1 of the %2 cases in this file are already in this vault: %3. Import only the "
                "others, or all of them again as new cases?"
            )
            .replace("%1", str(len(found)))
            .replace("%2", str(len(document["cases"])))
        )
        return self.ctx.dialogs.choose(
            self,
            self.tr("Cases already here"),
            text.replace("%3", shown),
            [self.tr("Import only the others"), self.tr("Import all as new cases")],
        )

    def _import(self, document: Any, digest: str, skip: dict[int, str], failed: Any) -> None:
        from vigil.cases.transfer import import_document

        vault = self.ctx.vault

        def work(_progress: Progress) -> tuple[list[str], list[CaseRow]]:
            ids = import_document(vault, document, skip, digest)
            return ids, case_rows(vault)

        def done(result: tuple[list[str], list[CaseRow]]) -> None:
            ids, rows = result
            # The list first: its own "N case(s)" line would replace what the import says.
            self.load_cases(rows)
            message = self.tr("Imported %n case(s).", "", len(ids))
            if skip:
                message += " " + self.tr("Left out %n already here.", "", len(skip))
            self.statusBar().showMessage(message)

        Task(work).success(done).failure(failed).run(self.ctx.runner, owner=self)

    def _area_changed(self, index: int) -> None:
        # The urgent actions are read when first shown, not at unlock: most sessions are
        # about cases, and unlocking should not wait for them.
        shown = self.areas.widget(index)
        if shown in (self._appeals_slot, self._appeals) and not self._appeals_loaded:
            self._appeals_loaded = True
            self.appeals.load()

    def show_appeals(self) -> None:
        self.areas.setCurrentWidget(self.appeals)

    def import_urgent_action(self) -> None:
        path = self.ctx.dialogs.open_file(
            self, self.tr("Import urgent action"), self.tr("Urgent actions (*.json)")
        )
        if not path:
            return
        self._appeals_loaded = True  # the import reloads the list itself
        self.show_appeals()
        self.appeals.import_file(path)

    def open_search(self) -> None:
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.ctx.vault, self.ctx.runner, self)
            self.search_dialog.opened.connect(self.go_to)
        self.search_dialog.query.selectAll()
        self.search_dialog.query.setFocus()
        self.search_dialog.show()
        self.search_dialog.raise_()

    def go_to(self, case_id: str, _item_id: str, kind: str) -> None:
        self.cases.select(case_id)
        self.open_case(case_id)
        self.case_view.show_item(kind)

    # -- lock and close ---------------------------------------------------------------------

    def flush(self) -> None:
        if self._case_view is not None:
            self._case_view.flush()
        if self._appeals is not None:
            self._appeals.flush()

    def wipe_views(self) -> None:
        """Forget every piece of case text the window shows (called before it is destroyed)."""
        if self._case_view is not None:
            self._case_view.clear()
        self.cases.model.clear()
        if self._appeals is not None:
            self._appeals.clear()
        if self.search_dialog is not None:
            self.search_dialog.clear()
            self.search_dialog.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.quit_requested.emit()
        event.ignore()


__all__ = ["MainWindow", "QWidget"]
