"""Search everywhere (Ctrl+K): results as you type, grouped by kind, the match highlighted.

The highlight is drawn by a delegate from the markers the core puts around each match; the
text itself is never interpreted as rich text. The snippet is laid out as one line of text with
the matches in bold, so the bidi algorithm orders it: painted piece by piece from the right, an
English snippet in the Uyghur interface came out with its pieces in reverse order.

Typing never waits for the vault: a pause of 120 ms starts the query on a worker, and only
the answer to the latest query is shown (an older one that comes back late is dropped).
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QPainter,
    QStandardItem,
    QStandardItemModel,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from vigil.ui.errors import error_text
from vigil.ui.widgets import plain_label
from vigil.ui.worker import Runner, Task
from vigil.vault.search import HIT_END, HIT_START, SearchHit
from vigil.vault.store import Vault

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 4


def segments(snippet: str) -> list[tuple[str, bool]]:
    """Split a snippet at the core's markers into (text, is_match) runs."""
    out: list[tuple[str, bool]] = []
    rest = snippet.replace("\n", " ")
    while rest:
        start = rest.find(HIT_START)
        if start < 0:
            out.append((rest, False))
            break
        if start:
            out.append((rest[:start], False))
        end = rest.find(HIT_END, start)
        end = len(rest) if end < 0 else end
        out.append((rest[start + 1 : end], True))
        rest = rest[end + 1 :]
    return [(text, hit) for text, hit in out if text]


def _starts_right_to_left(text: str) -> bool:
    """Whether the first letter with a direction of its own is written right to left."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("L", "R", "AL"):
            return kind != "L"
    return False


def snippet_layout(snippet: str, font: QFont, rtl: bool, width: int) -> tuple[QTextLayout, float]:
    """The snippet as one laid-out line, matches in bold, and where it starts within ``width``:
    at the window's leading edge when it fits, else at its own text's start (so an English
    snippet in a right-to-left window shows its beginning)."""
    parts = segments(snippet)
    text = "".join(part for part, _hit in parts)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    ranges, position = [], 0
    for part, hit in parts:
        if hit:
            bold = QTextLayout.FormatRange()
            bold.start, bold.length = position, len(part)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            bold.format = fmt
            ranges.append(bold)
        position += len(part)
    layout.setFormats(ranges)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    natural = line.naturalTextWidth() if line.isValid() else 0.0
    from_right = rtl if natural <= width else _starts_right_to_left(text)
    return layout, (width - natural if from_right else 0.0)


class HighlightDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""  # type: ignore[attr-defined]
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        rect: QRect = option.rect.adjusted(4, 0, -4, 0)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        base: QFont = option.font  # type: ignore[attr-defined]
        rtl = option.direction == Qt.LayoutDirection.RightToLeft  # type: ignore[attr-defined]
        layout, x = snippet_layout(str(snippet), base, rtl, rect.width())
        height = layout.boundingRect().height()
        painter.setClipRect(rect)
        layout.draw(painter, QPointF(rect.left() + x, rect.top() + (rect.height() - height) / 2))
        painter.restore()


class SearchDialog(QDialog):
    opened = Signal(str, str, str)  # case id, item id, kind
    results_shown = Signal(str)  # the query whose results the list now shows

    def __init__(self, vault: Vault, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.runner = runner
        self._asked = 0  # the number of the latest query; answers to older ones are dropped
        self._open_answer = -1  # the query whose first result Enter asked to open
        self.setWindowTitle(self.tr("Search"))
        self.setAccessibleName(self.tr("Search"))
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Search the vault"))
        self.query.setPlaceholderText(self.tr("Search cases, people, events, sources, notes…"))
        self.model = QStandardItemModel(self)
        self.view = QTreeView()
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setItemDelegate(HighlightDelegate(self.view))
        self.view.setUniformRowHeights(True)
        self.status = plain_label(name=self.tr("Search status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.view)
        layout.addWidget(self.status)
        self.resize(640, 460)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(120)
        self.timer.timeout.connect(self.run_query)
        self.query.textChanged.connect(lambda _: self.timer.start())
        self.query.returnPressed.connect(self._open_first)
        self.view.activated.connect(self._open)

    def kind_label(self, kind: str) -> str:
        labels = {
            "case": self.tr("Cases"),
            "person": self.tr("People"),
            "event": self.tr("Events"),
            "source": self.tr("Sources"),
            "note": self.tr("Notes"),
            "attachment": self.tr("Attachments"),
        }
        return labels.get(kind, kind)

    def run_query(self) -> None:
        """Start a query for the text as it is now (the debounce timer calls this)."""
        self.timer.stop()
        self._asked += 1
        asked, text, vault = self._asked, self.query.text(), self.vault

        def answered(hits: list[SearchHit]) -> None:
            if asked != self._asked:
                return  # overtaken by a later query
            self.show_hits(hits)
            self.results_shown.emit(text)
            if asked == self._open_answer:
                self._open_answer = -1
                self._open_first_shown()

        def failed(exc: BaseException) -> None:
            if asked == self._asked:
                self.status.setText(error_text(exc))

        Task(lambda _progress: vault.search(text, limit=100)).success(answered).failure(failed).run(
            self.runner, owner=self
        )

    def show_hits(self, hits: list[SearchHit]) -> None:
        self.model.clear()
        groups: dict[str, QStandardItem] = {}
        for hit in hits:
            group = groups.get(hit.kind)
            if group is None:
                group = QStandardItem(self.kind_label(hit.kind))
                group.setEditable(False)
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                groups[hit.kind] = group
                self.model.appendRow(group)
            row = QStandardItem(hit.title)
            row.setEditable(False)
            row.setData(hit.id, ITEM_ROLE)
            row.setData(hit.case_id or hit.id, CASE_ROLE)
            row.setData(hit.kind, KIND_ROLE)
            row.setData(f"{hit.title} — {hit.snippet}", SNIPPET_ROLE)
            row.setData(hit.title, Qt.ItemDataRole.AccessibleTextRole)
            group.appendRow(row)
        self.view.expandAll()
        if self.query.text().strip():
            self.status.setText(self.tr("%n result(s)", "", len(hits)))
        else:
            self.status.clear()

    def _open_first(self) -> None:
        """Enter: open the first result for what is typed, once its answer is in."""
        self.run_query()
        self._open_answer = self._asked

    def _open_first_shown(self) -> None:
        group = self.model.item(0)
        if group is not None and group.rowCount():
            self._open(group.child(0).index())

    def _open(self, index: QModelIndex) -> None:
        item_id = index.data(ITEM_ROLE)
        if item_id:
            self.opened.emit(str(index.data(CASE_ROLE)), str(item_id), str(index.data(KIND_ROLE)))
            self.accept()

    def clear(self) -> None:
        self._asked += 1  # an answer still on its way is dropped
        self.model.clear()
        self.query.clear()
        self.timer.stop()  # clearing the text started it: nothing is to be searched now
