"""The overview, people and timeline tabs of an open case."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vigil.cases import model
from vigil.crypto.errors import VigilError
from vigil.ui.context import UiContext
from vigil.ui.editors import EventDialog, PersonDialog, SourceDialog
from vigil.ui.errors import error_text
from vigil.ui.history import HistoryDialog
from vigil.ui.labels import label
from vigil.ui.widgets import named, plain_label
from vigil.vault.items import Item
from vigil.vault.merge import conflicts

ID = Qt.ItemDataRole.UserRole


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    return button


class CaseTab(QWidget):
    """A tab shows one case; ``load`` fills it, ``clear`` empties it (on lock)."""

    changed = Signal()

    def __init__(self, ctx: UiContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.case_id: str | None = None

    def load(self, case_id: str) -> None:
        self.case_id = case_id
        self.conflicted = set(conflicts(self.ctx.vault))

    def mark(self, item_id: str, text: str) -> str:
        """Items changed on two devices at once carry a sign until a person resolves them."""
        return f"⚠ {text}" if item_id in getattr(self, "conflicted", set()) else text

    def clear(self) -> None:
        self.case_id = None

    def flush(self) -> None:
        """Save whatever is pending (before lock, switch or quit)."""

    def refresh(self) -> None:
        """Show the vault's current state, discarding nothing (everything is saved first)."""
        if self.case_id:
            self.load(self.case_id)

    def editing(self) -> bool:
        """Whether the person typed something not saved yet, which a reload would lose."""
        return False

    def show_synced(self) -> None:
        """A sync round changed this case: show what it brought, keeping an edit in progress
        (the person saves it, or sees the merged state at the next load)."""
        if self.case_id and not self.editing():
            self.load(self.case_id)

    def show_history(self, item_id: str) -> None:
        self.flush()  # the history must include what was just typed
        dialog = HistoryDialog(self.ctx.vault, item_id, self)
        dialog.restored.connect(self.refresh)
        dialog.restored.connect(self.changed)
        dialog.exec()

    def fail(self, exc: BaseException) -> None:
        text = error_text(exc)
        self.ctx.dialogs.inform(self, self.tr("Not saved"), text, warning=True)


class OverviewTab(CaseTab):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        form = QFormLayout()
        self.title_ = QLineEdit()
        self.title_.setAccessibleName(self.tr("Case title"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Case status"))
        for status in model.CASE_STATUSES:
            self.status.addItem(label(status), status)
        self.country = QLineEdit()
        self.country.setAccessibleName(self.tr("Country code"))
        self.country.setMaxLength(2)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.confidentiality = QComboBox()
        self.confidentiality.setAccessibleName(self.tr("Confidentiality"))
        for level in model.CONFIDENTIALITY:
            self.confidentiality.addItem(label(level), level)
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)  # Tab moves on: a tab character traps the keyboard
        self.summary.setAccessibleName(self.tr("Summary"))
        form.addRow(self.tr("Title:"), self.title_)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.tr("Tags:"), self.tags)
        form.addRow(self.tr("Confidentiality:"), self.confidentiality)
        form.addRow(self.tr("Summary:"), self.summary)
        self.error = plain_label(name=self.tr("Problems"))
        self.save_button = _button(self.tr("Save"), self.tr("Save the case"))
        self.history_button = _button(self.tr("History…"), self.tr("History of the case"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.history_button.clicked.connect(
            lambda: self.show_history(self.case_id) if self.case_id else None
        )

    def load(self, case_id: str) -> None:
        super().load(case_id)
        item = self.ctx.vault.get(case_id)
        if item is None:
            return
        p = item.payload
        self.title_.setText(str(p.get("title", "")))
        self.status.setCurrentIndex(max(0, self.status.findData(p.get("status", "open"))))
        self.country.setText(str(p.get("country", "")))
        self.tags.setText(", ".join(p.get("tags", [])))
        level = p.get("confidentiality", "confidential")
        self.confidentiality.setCurrentIndex(max(0, self.confidentiality.findData(level)))
        self.summary.setPlainText(str(p.get("summary", "")))
        self.error.clear()
        self.shown = self.payload()

    def editing(self) -> bool:
        return self.case_id is not None and self.payload() != getattr(self, "shown", None)

    def payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "title": self.title_.text().strip(),
            "status": self.status.currentData(),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
            "confidentiality": self.confidentiality.currentData(),
        }
        if self.country.text().strip():
            payload["country"] = self.country.text().strip().upper()
        if self.summary.toPlainText().strip():
            payload["summary"] = self.summary.toPlainText()
        return payload

    def save(self) -> None:
        if not self.case_id:
            return
        problems = model.validate("case", model.with_defaults("case", self.payload()))
        if problems:
            self.error.setText("; ".join(f"{w}: {m}" for w, m in problems))
            return
        current = self.ctx.vault.get(self.case_id)
        if current is not None and dict(current.payload) == model.with_defaults(
            "case", self.payload()
        ):
            return
        try:
            self.ctx.vault.save("case", self.payload(), item_id=self.case_id)
        except VigilError as exc:
            self.fail(exc)
            return
        self.error.setText(self.tr("Saved."))
        self.shown = self.payload()
        self.changed.emit()

    def clear(self) -> None:
        super().clear()
        for field in (self.title_, self.country, self.tags):
            field.clear()
        self.summary.clear()


class PeopleTab(CaseTab):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("People"))
        self.add_button = _button(self.tr("Add person…"), self.tr("Add a person"))
        self.edit_button = _button(self.tr("Edit…"), self.tr("Edit the person"))
        self.history_button = _button(self.tr("History…"), self.tr("History of the person"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.history_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self._current()))
        self.list.itemActivated.connect(lambda _: self.edit(self._current()))
        self.history_button.clicked.connect(
            lambda: self.show_history(self._current() or "") if self._current() else None
        )

    def _current(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID)) if item else None

    def load(self, case_id: str) -> None:
        super().load(case_id)
        self.list.clear()
        for person in self.ctx.vault.items("person", case_id):
            extra = ", ".join(
                str(person.payload[k]) for k in ("role", "pronouns") if person.payload.get(k)
            )
            entry = QListWidgetItem(
                self.mark(person.id, person.title + (f"  ({extra})" if extra else ""))
            )
            entry.setData(ID, person.id)
            self.list.addItem(entry)

    def edit(self, item_id: str | None) -> None:
        if not self.case_id:
            return
        item = self.ctx.vault.get(item_id) if item_id else None
        dialog = PersonDialog(item, self)
        if dialog.exec():
            try:
                self.ctx.vault.save(
                    "person", dialog.payload(), item_id=item_id, case_id=self.case_id
                )
            except VigilError as exc:
                self.fail(exc)
            self.load(self.case_id)
            self.changed.emit()

    def clear(self) -> None:
        super().clear()
        self.list.clear()


class TimelineTab(CaseTab):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.events = QTreeWidget()
        self.events.setAccessibleName(self.tr("Timeline"))
        self.events.setHeaderLabels(
            [self.tr("Date"), self.tr("Type"), self.tr("What happened"), self.tr("Sources")]
        )
        self.events.setRootIsDecorated(False)
        self.events.setWordWrap(True)
        header = self.events.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.events.setColumnWidth(2, 380)
        self.events.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.detail = plain_label(name=self.tr("The chosen event"))
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_scroll = QScrollArea()
        detail_scroll.setWidget(self.detail)
        detail_scroll.setWidgetResizable(True)
        # A Tab stop with a name: the arrows scroll a long text from the keyboard.
        detail_scroll.setAccessibleName(self.tr("The chosen event"))
        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Sources"))
        self.sources.setWordWrap(True)
        lower = QSplitter()
        for title, widget in (
            (self.tr("The chosen event"), detail_scroll),
            (self.tr("Sources"), self.sources),
        ):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.addWidget(plain_label(title))
            box_layout.addWidget(widget)
            lower.addWidget(box)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.events)
        splitter.addWidget(lower)
        splitter.setSizes([300, 200])
        self._event_texts: dict[str, str] = {}
        self.add_event = _button(self.tr("Add event…"), self.tr("Add an event"))
        self.edit_event = _button(self.tr("Edit event…"), self.tr("Edit the event"))
        self.add_source = _button(self.tr("Add source…"), self.tr("Add a source"))
        self.edit_source = _button(self.tr("Edit source…"), self.tr("Edit the source"))
        self.history_button = _button(self.tr("History…"), self.tr("History of the event"))
        buttons = QHBoxLayout()
        for b in (
            self.add_event,
            self.edit_event,
            self.history_button,
            self.add_source,
            self.edit_source,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addLayout(buttons)
        self.add_event.clicked.connect(lambda: self.edit_event_item(None))
        self.edit_event.clicked.connect(lambda: self.edit_event_item(self._event()))
        self.events.itemActivated.connect(lambda *_: self.edit_event_item(self._event()))
        self.add_source.clicked.connect(lambda: self.edit_source_item(None))
        self.edit_source.clicked.connect(lambda: self.edit_source_item(self._source()))
        self.sources.itemActivated.connect(lambda _: self.edit_source_item(self._source()))
        self.history_button.clicked.connect(
            lambda: self.show_history(self._event() or "") if self._event() else None
        )
        self.events.currentItemChanged.connect(
            lambda *_: self.detail.setText(self._event_texts.get(self._event() or "", ""))
        )

    def _event(self) -> str | None:
        item = self.events.currentItem()
        return str(item.data(0, ID)) if item else None

    def _source(self) -> str | None:
        item = self.sources.currentItem()
        return str(item.data(ID)) if item else None

    def load(self, case_id: str) -> None:
        super().load(case_id)
        sources = {s.id: s for s in self.ctx.vault.items("source", case_id)}
        self.events.clear()
        self.detail.clear()
        self._event_texts = {}
        events = sorted(self.ctx.vault.items("event", case_id), key=lambda e: e.payload["date"])
        for event in events:
            p = event.payload
            when = str(p["date"])
            if p.get("other_dates"):
                when += " / " + " / ".join(str(o["date"]) for o in p["other_dates"])
            cited = [sources[s].title for s in p.get("sources", []) if s in sources]
            row = QTreeWidgetItem(
                [self.mark(event.id, when), label(str(p["type"])), str(p["text"]), "; ".join(cited)]
            )
            row.setData(0, ID, event.id)
            self.events.addTopLevelItem(row)
            self._event_texts[event.id] = self._describe(p, sources, cited)
        self.sources.clear()
        for source in sources.values():
            who = source.payload.get("publisher")
            entry = QListWidgetItem(source.title + (f" ({who})" if who else ""))
            entry.setData(ID, source.id)
            self.sources.addItem(entry)

    def _describe(self, p: Any, sources: dict[str, Item], cited: list[str]) -> str:
        lines = [f"{p['date']}  ·  {label(str(p['type']))}", "", str(p["text"])]
        if p.get("place"):
            lines += ["", self.tr("Place: %1").replace("%1", str(p["place"]))]
        for other in p.get("other_dates", []):
            by = ", ".join(sources[s].title for s in other.get("sources", []) if s in sources)
            lines.append(
                self.tr("Also dated %1 by %2").replace("%1", str(other["date"])).replace("%2", by)
            )
        if cited:
            lines += ["", self.tr("Sources:")] + [f"  • {title}" for title in cited]
        return "\n".join(lines)

    def _sources(self) -> list[Item]:
        return self.ctx.vault.items("source", self.case_id) if self.case_id else []

    def edit_event_item(self, item_id: str | None) -> None:
        if not self.case_id:
            return
        item = self.ctx.vault.get(item_id) if item_id else None
        dialog = EventDialog(item, self._sources(), self)
        if dialog.exec():
            self._save("event", dialog.payload(), item_id)

    def edit_source_item(self, item_id: str | None) -> None:
        if not self.case_id:
            return
        item = self.ctx.vault.get(item_id) if item_id else None
        dialog = SourceDialog(item, self)
        if dialog.exec():
            self._save("source", dialog.payload(), item_id)

    def _save(self, kind: str, payload: dict[str, Any], item_id: str | None) -> None:
        assert self.case_id
        try:
            self.ctx.vault.save(kind, payload, item_id=item_id, case_id=self.case_id)
        except VigilError as exc:
            self.fail(exc)
        self.load(self.case_id)
        self.changed.emit()

    def clear(self) -> None:
        super().clear()
        self.events.clear()
        self.sources.clear()
        self.detail.clear()
        self._event_texts = {}


__all__ = ["CaseTab", "OverviewTab", "PeopleTab", "TimelineTab", "named"]
