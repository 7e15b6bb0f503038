"""The open case: its tabs (overview, people, timeline, notes, attachments).

Only the tab a case opens on, the overview, is built with the view; each other tab is built
the first time it is shown or used, and then shows the open case. The view itself is built
in a turn of its own at every unlock (ui/main_window.py), and building all five tabs there
was most of that turn. A tab not built yet holds nothing of a case, so locking, flushing
and reloading concern only the tabs that exist.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from vigil.ui.attachments import AttachmentsTab
from vigil.ui.context import UiContext
from vigil.ui.notes import NotesTab
from vigil.ui.tabs import CaseTab, OverviewTab, PeopleTab, TimelineTab

T = TypeVar("T", bound=CaseTab)


class CaseView(QTabWidget):
    changed = Signal()  # a tab saved something: the case list's row may need updating
    # A tab built later joins the end of the window's focus chain, behind the status bar:
    # the window puts its status bar last again (MainWindow.status_bar_last).
    tab_built = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setAccessibleName(self.tr("Open case"))
        self.case_id: str | None = None
        self._built: dict[type[CaseTab], CaseTab] = {}
        # each tab's place, in order, with a stand-in until the tab is built
        self._slots: dict[type[CaseTab], QWidget] = {}
        for kind, title in (
            (OverviewTab, self.tr("Overview")),
            (PeopleTab, self.tr("People")),
            (TimelineTab, self.tr("Timeline")),
            (NotesTab, self.tr("Notes")),
            (AttachmentsTab, self.tr("Attachments")),
        ):
            slot = QWidget()
            self._slots[kind] = slot
            self.addTab(slot, title)
        self.currentChanged.connect(self._shown)
        self._tab(OverviewTab)

    # -- the tabs, built when first needed --------------------------------------------------

    @property
    def overview(self) -> OverviewTab:
        return self._tab(OverviewTab)

    @property
    def people(self) -> PeopleTab:
        return self._tab(PeopleTab)

    @property
    def timeline(self) -> TimelineTab:
        return self._tab(TimelineTab)

    @property
    def notes(self) -> NotesTab:
        return self._tab(NotesTab)

    @property
    def attachments(self) -> AttachmentsTab:
        return self._tab(AttachmentsTab)

    @property
    def tabs(self) -> list[CaseTab]:
        """The tabs built so far, in their order."""
        return [self._built[kind] for kind in self._slots if kind in self._built]

    def _tab(self, kind: type[T]) -> T:
        tab = self._built.get(kind)
        if tab is None:
            tab = kind(self.ctx)
            tab.changed.connect(self.changed)
            slot = self._slots[kind]
            index, current = self.indexOf(slot), self.currentIndex()
            self.blockSignals(True)  # the same tab in its place: no change to announce
            self.insertTab(index, tab, self.tabText(index))
            self.removeTab(index + 1)
            self.setCurrentIndex(current)
            self.blockSignals(False)
            slot.deleteLater()
            self._built[kind] = tab
            if self.case_id is not None:
                tab.load(self.case_id)
            self.tab_built.emit()
        assert isinstance(tab, kind)
        return tab

    def _shown(self, index: int) -> None:
        for kind, slot in self._slots.items():
            if self.widget(index) is slot and kind not in self._built:
                self._tab(kind)
                return

    # -- the open case ----------------------------------------------------------------------

    def load(self, case_id: str) -> None:
        self.flush()
        self.case_id = case_id
        for tab in self.tabs:
            tab.load(case_id)

    def flush(self) -> None:
        for tab in self.tabs:
            tab.flush()

    def clear(self) -> None:
        self.case_id = None
        for tab in self.tabs:
            tab.clear()

    def show_synced(self) -> None:
        for tab in self.tabs:
            tab.show_synced()

    def show_item(self, kind: str) -> None:
        """Show the tab of an item of ``kind`` (a search result opened)."""
        tab: type[CaseTab] = {
            "person": PeopleTab,
            "event": TimelineTab,
            "source": TimelineTab,
            "note": NotesTab,
            "attachment": AttachmentsTab,
        }.get(kind, OverviewTab)
        self.setCurrentWidget(self._tab(tab))


__all__ = ["CaseView"]
