"""The case list: one item model over the vault's cases, a filter proxy, and the pane."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vigil.cases.model import CASE_STATUSES
from vigil.vault.store import Item

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class CaseRow:
    id: str
    title: str
    status: str
    country: str
    tags: tuple[str, ...]
    updated: str

    @classmethod
    def from_item(cls, item: Item) -> CaseRow:
        p = item.payload
        return cls(
            item.id,
            str(p.get("title", "")),
            str(p.get("status", "")),
            str(p.get("country", "")),
            tuple(str(t) for t in p.get("tags", [])),
            item.updated[:10],
        )


class CaseListModel(QAbstractTableModel):
    """Rows are plain tuples; the model never holds a vault reference, so locking can drop
    every row with ``clear()`` and nothing of a case stays behind in the view."""

    COLUMNS = ("title", "status", "country", "updated")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[CaseRow] = []

    def headers(self) -> list[str]:
        return [self.tr("Title"), self.tr("Status"), self.tr("Country"), self.tr("Updated")]

    def set_rows(self, rows: list[CaseRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def upsert(self, row: CaseRow) -> None:
        for position, existing in enumerate(self.rows):
            if existing.id == row.id:
                self.rows[position] = row
                self.dataChanged.emit(self.index(position, 0), self.index(position, 3))
                return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(row)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return getattr(row, self.COLUMNS[index.column()])
        if role == ID_ROLE:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def row_of(self, case_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == case_id), -1)


class CaseFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.status = ""
        self.country = ""
        self.tag = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_filters(self, status: str, country: str, tag: str) -> None:
        self.status, self.country, self.tag = status, country.upper(), tag.casefold().strip()
        self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
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
        labels = {
            "open": self.tr("Open"),
            "monitoring": self.tr("Monitoring"),
            "closed": self.tr("Closed"),
        }
        for status in CASE_STATUSES:
            self.status.addItem(labels[status], status)
        self.country = QLineEdit()
        self.country.setAccessibleName(self.tr("Filter by country code"))
        self.country.setPlaceholderText(self.tr("Country"))
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(80)
        self.tag = QLineEdit()
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.tag.setPlaceholderText(self.tr("Tag"))
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.country)
        filters.addWidget(self.tag, 1)
        self.view = QTableView()
        self.view.setAccessibleName(self.tr("Cases"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
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
