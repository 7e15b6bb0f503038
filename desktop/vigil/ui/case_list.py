"""The case list: one item model over the vault's cases, a filter proxy, and the pane."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vigil.cases.model import CASE_STATUSES
from vigil.ui.labels import label
from vigil.vault.items import Item
from vigil.vault.listing import CaseRow

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def row_from_item(item: Item) -> CaseRow:
    p = item.payload
    return CaseRow(
        item.id,
        str(p.get("title", "")),
        str(p.get("status", "")),
        str(p.get("country", "")),
        tuple(str(t) for t in p.get("tags", [])),
        item.updated[:10],
    )


class CaseListModel(QAbstractTableModel):
    """Rows are plain tuples; the model never holds a vault reference, so locking can drop
    every row with ``clear()`` and nothing of a case stays behind in the view.

    A long list is filled in turns of the event loop: the first FIRST_ROWS at once, then
    CHUNK_ROWS a turn. Resetting the view (and its filter proxy) over 10,000 rows at once was
    the largest single piece of the UI thread's stall at unlock. Anything that changes,
    sorts or looks up rows finishes the fill first, so it never sees half a list.

    The turns are few and large: each is followed by a repaint of the main window, which at
    load 11 took longer than appending 9,000 rows (benchmarks/ui.py prints both), so smaller
    turns made the list slower to fill without making the longest stall shorter."""

    # The fill's last turn put every row in (not said by set_rows: its rows are in at once;
    # nor by clear(), which drops the rows still to come).
    filled = Signal()

    COLUMNS = ("title", "status", "country", "updated")
    FIRST_ROWS = 1000
    CHUNK_ROWS = 9000

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CaseRow] = []
        self._pending: list[CaseRow] = []  # rows still to be appended, in order

    def headers(self) -> list[str]:
        return [self.tr("Title"), self.tr("Status"), self.tr("Country"), self.tr("Updated")]

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.rows, self._pending = rows[: self.FIRST_ROWS], rows[self.FIRST_ROWS :]
        self.endResetModel()
        if self._pending:
            QTimer.singleShot(0, self, self._fill_more)

    @property
    def filling(self) -> bool:
        return bool(self._pending)

    def _fill_more(self, everything: bool = False) -> None:
        if not self._pending:
            return
        size = len(self._pending) if everything else self.CHUNK_ROWS
        chunk, self._pending = self._pending[:size], self._pending[size:]
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(chunk) - 1)
        self.rows.extend(chunk)
        self.endInsertRows()
        if self._pending:
            QTimer.singleShot(0, self, self._fill_more)
        else:
            self.filled.emit()

    def finish_filling(self) -> None:
        self._fill_more(everything=True)

    def clear(self) -> None:
        self.set_rows([])

    def upsert(self, row: CaseRow) -> None:
        self.finish_filling()
        for position, existing in enumerate(self.rows):
            if existing.id == row.id:
                self.rows[position] = row
                self.dataChanged.emit(self.index(position, 0), self.index(position, 3))
                return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def remove(self, case_id: str) -> None:
        self.finish_filling()
        for position, existing in enumerate(self.rows):
            if existing.id == case_id:
                self.beginRemoveRows(QModelIndex(), position, position)
                del self.rows[position]
                self.endRemoveRows()
                return

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = getattr(row, self.COLUMNS[index.column()])
            return label(value) if self.COLUMNS[index.column()] == "status" else value
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in Python, once: a proxy sort would call data() hundreds of thousands of
        times for 10,000 rows."""
        self.finish_filling()
        name = self.COLUMNS[column]
        shown = {status: label(status).casefold() for status in CASE_STATUSES}

        def key(row: CaseRow) -> str:
            value = str(getattr(row, name))
            return shown.get(value, value) if name == "status" else value.casefold()

        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        ids = [self.rows[index.row()].id if index.isValid() else None for index in old]
        self.rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        positions = {row.id: number for number, row in enumerate(self.rows)}
        new = [
            self.index(positions[i], index.column()) if i is not None else QModelIndex()
            for i, index in zip(ids, old, strict=True)
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def row_of(self, case_id: str) -> int:
        self.finish_filling()
        return next((i for i, r in enumerate(self.rows) if r.id == case_id), -1)


class CaseFilter(QSortFilterProxyModel):
    """Filters in Python, once per row: about 1 ms per 1,000 rows, also while no filter is
    set. Qt's own filter, on a key per row, skipped that, but asking the model for each
    row's key made a change of filter four times slower (benchmarks: docs/desktop.md).
    Dynamic, so that a row changed in place (a case synced into another status) is filtered
    again; sorting stays the model's (``sort``), so nothing is re-sorted here."""

    def __init__(self) -> None:
        super().__init__()
        self.status = ""
        self.country = ""
        self.tag = ""
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        model = self.sourceModel()
        if isinstance(model, CaseListModel) and column >= 0:
            model.sort(column, order)

    def set_filters(self, status: str, country: str, tag: str) -> None:
        self.beginFilterChange()  # Qt 6.10's way; invalidateRowsFilter() is deprecated
        self.status, self.country, self.tag = status, country.upper(), tag.casefold().strip()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not (self.status or self.country or self.tag):
            # No filter, as at every unlock: asking the model for the row and checking its
            # type was a third of the fill's 9,000-row turn (about 7 of 20 ms of CPU).
            return True
        model = self.sourceModel()
        assert isinstance(model, CaseListModel)
        row = model.rows[source_row]
        if self.status and row.status != self.status:
            return False
        if self.country and row.country != self.country:
            return False
        return not self.tag or any(self.tag in t.casefold() for t in row.tags)


class CaseListPane(QWidget):
    case_selected = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.model = CaseListModel()
        self.proxy = CaseFilter()
        self.proxy.setSourceModel(self.model)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("All statuses"), "")
        for status in CASE_STATUSES:
            self.status.addItem(label(status), status)
        self.country = QLineEdit()
        self.country.setAccessibleName(self.tr("Filter by country code"))
        self.country.setPlaceholderText(self.tr("Country"))
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(80)
        self.tag = QLineEdit()
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.tag.setPlaceholderText(self.tr("Tag"))
        # The filter's label is its buddy: on Linux a screen reader names a combo box only
        # by its label (Qt gives the combo's own name its current choice, "All statuses").
        status_label = QLabel(self.tr("Status:"))
        status_label.setBuddy(self.status)
        filters = QHBoxLayout()
        filters.addWidget(status_label)
        filters.addWidget(self.status)
        filters.addWidget(self.country)
        filters.addWidget(self.tag, 1)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Cases"))
        self.view.setModel(self.proxy)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside
        self.view.setSortingEnabled(True)
        header_sort = self.view.horizontalHeader()
        header_sort.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths from the font: measuring 10,000 rows' contents would stall the UI.
        metrics = self.fontMetrics()
        widest_status = max(metrics.horizontalAdvance(label(s)) for s in CASE_STATUSES)
        for column, width in ((1, widest_status), (2, metrics.horizontalAdvance("WWW")),
                              (3, metrics.horizontalAdvance("2026-12-31"))):  # fmt: skip
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header_width = metrics.horizontalAdvance(self.model.headers()[column])
            self.view.setColumnWidth(column, max(width, header_width) + 24)
        self.view.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        self.status.currentIndexChanged.connect(self._refilter)
        self.country.textChanged.connect(self._refilter)
        self.tag.textChanged.connect(self._refilter)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)

    def _refilter(self) -> None:
        self.proxy.set_filters(str(self.status.currentData()), self.country.text(), self.tag.text())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.case_selected.emit(str(self.proxy.data(current, ID_ROLE)))

    def select(self, case_id: str) -> None:
        row = self.model.row_of(case_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return str(self.proxy.data(index, ID_ROLE)) if index.isValid() else None
