"""Dialogs that edit one person, source or event. They validate with the core's rules."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vigil.cases import model
from vigil.ui.labels import label
from vigil.ui.widgets import plain_label
from vigil.vault.items import Item


def _combo(name: str, options: tuple[str, ...], current: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for option in options:
        combo.addItem(label(option), option)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _line(name: str, text: str = "") -> QLineEdit:
    field = QLineEdit(text)
    field.setAccessibleName(name)
    return field


class ItemDialog(QDialog):
    """Shared frame: a form, an error line, OK/Cancel; OK only closes on a valid payload."""

    kind = ""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = plain_label(name=self.tr("Problems"))
        self.layout_.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        self.resize(600, 440)

    def payload(self) -> dict[str, Any]:
        raise NotImplementedError

    def _accept(self) -> None:
        problems = model.validate(self.kind, model.with_defaults(self.kind, self.payload()))
        if problems:
            self.error.setText("\n".join(f"{where}: {what}" for where, what in problems))
            return
        self.accept()


class PersonDialog(ItemDialog):
    kind = "person"
    SCRIPTS = ("Latn", "Cyrl", "Arab", "Hans", "Hant", "Grek", "Hebr", "Geor", "Armn")

    def __init__(self, item: Item | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Person"), parent)
        p = dict(item.payload) if item else {}
        self.names = QTableWidget(0, 3)
        self.names.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside
        self.names.setAccessibleName(self.tr("Names"))
        self.names.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Script"), self.tr("Language")]
        )
        self.names.horizontalHeader().setStretchLastSection(True)
        self.names.setColumnWidth(0, 220)
        self.names.setColumnWidth(1, 80)
        for name in p.get("names", []) or [{"text": "", "script": "Latn"}]:
            self._add_name(name)
        self.names.setRowCount(self.names.rowCount() + 1)
        self.pronouns = _line(self.tr("Pronouns"), str(p.get("pronouns", "")))
        self.gender = _combo(
            self.tr("Grammatical gender"),
            model.GRAMMATICAL_GENDERS,
            str(p.get("grammatical_gender", "unspecified")),
        )
        self.role = _line(self.tr("Role"), str(p.get("role", "")))
        self.descriptor = _line(self.tr("Descriptor"), str(p.get("descriptor", "")))
        self.form.addRow(self.tr("Names (one per script or language):"), self.names)
        self.form.addRow(self.tr("Pronouns:"), self.pronouns)
        self.form.addRow(self.tr("Grammatical gender:"), self.gender)
        self.form.addRow(self.tr("Role:"), self.role)
        self.form.addRow(self.tr("Descriptor:"), self.descriptor)

    def _add_name(self, name: dict[str, Any]) -> None:
        row = self.names.rowCount()
        self.names.insertRow(row)
        for column, key in enumerate(("text", "script", "lang")):
            self.names.setItem(row, column, QTableWidgetItem(str(name.get(key, ""))))

    def payload(self) -> dict[str, Any]:
        names = []
        for row in range(self.names.rowCount()):
            cells = [self.names.item(row, c) for c in range(3)]
            text, script, lang = (c.text().strip() if c else "" for c in cells)
            if not text:
                continue
            entry = {"text": text, "script": script or "Latn"}
            if lang:
                entry["lang"] = lang
            names.append(entry)
        payload: dict[str, Any] = {"names": names, "grammatical_gender": self.gender.currentData()}
        for key, field in (
            ("pronouns", self.pronouns),
            ("role", self.role),
            ("descriptor", self.descriptor),
        ):
            if field.text().strip():
                payload[key] = field.text().strip()
        return payload


class SourceDialog(ItemDialog):
    kind = "source"

    def __init__(self, item: Item | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Source"), parent)
        p = dict(item.payload) if item else {}
        self.title_ = _line(self.tr("What the source is"), str(p.get("title", "")))
        self.publisher = _line(self.tr("Who published it"), str(p.get("publisher", "")))
        self.url = _line(self.tr("Address"), str(p.get("url", "")))
        self.date = _line(self.tr("Date"), str(p.get("date", "")))
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.reliability = _combo(
            self.tr("Reliability"), model.RELIABILITY, str(p.get("reliability", "unverified"))
        )
        self.form.addRow(self.tr("What:"), self.title_)
        self.form.addRow(self.tr("Who:"), self.publisher)
        self.form.addRow(self.tr("Address:"), self.url)
        self.form.addRow(self.tr("Date:"), self.date)
        self.form.addRow(self.tr("Reliability:"), self.reliability)

    def payload(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "title": self.title_.text().strip(),
            "reliability": self.reliability.currentData(),
        }
        for key, field in (("publisher", self.publisher), ("url", self.url), ("date", self.date)):
            if field.text().strip():
                payload[key] = field.text().strip()
        return payload


class EventDialog(ItemDialog):
    kind = "event"

    def __init__(
        self, item: Item | None, sources: list[Item], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Event"), parent)
        p = dict(item.payload) if item else {}
        self._extra = {k: v for k, v in p.items() if k in ("people", "other_dates")}
        self.date = _line(self.tr("Date"), str(p.get("date", "")))
        self.date.setPlaceholderText(self.tr("YYYY, YYYY-MM or YYYY-MM-DD"))
        self.type_ = _combo(self.tr("Type"), model.EVENT_TYPES, str(p.get("type", "other")))
        self.place = _line(self.tr("Place"), str(p.get("place", "")))
        self.text = QPlainTextEdit(str(p.get("text", "")))
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("What happened"))
        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Sources of this event"))
        self.sources.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        chosen = set(p.get("sources", []))
        for source in sources:
            entry = QListWidgetItem(source.title)
            entry.setData(Qt.ItemDataRole.UserRole, source.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked if source.id in chosen else Qt.CheckState.Unchecked
            )
            self.sources.addItem(entry)
        self.form.addRow(self.tr("Date:"), self.date)
        self.form.addRow(self.tr("Type:"), self.type_)
        self.form.addRow(self.tr("Place:"), self.place)
        self.form.addRow(self.tr("What happened:"), self.text)
        self.form.addRow(self.tr("Sources:"), self.sources)

    def payload(self) -> dict[str, Any]:
        chosen = [
            str(self.sources.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.sources.count())
            if self.sources.item(i).checkState() == Qt.CheckState.Checked
        ]
        payload: dict[str, Any] = {
            "date": self.date.text().strip(),
            "type": self.type_.currentData(),
            "text": self.text.toPlainText().strip(),
            "sources": chosen,
            **self._extra,
        }
        if self.place.text().strip():
            payload["place"] = self.place.text().strip()
        return payload
