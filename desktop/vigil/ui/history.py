"""An item's revisions: who wrote each and when, a side-by-side diff, and restore."""

from __future__ import annotations

import difflib
import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from vigil.crypto.envelope import Revision
from vigil.crypto.errors import VigilError
from vigil.ui.widgets import plain_label
from vigil.vault.merge import conflicts, resolve
from vigil.vault.store import Vault


def revision_text(rev: Revision) -> str:
    """A readable, stable rendering of a revision's payload for diffing."""
    payload: dict[str, Any] = dict(rev.payload)
    lines = []
    body = payload.pop("text", None)
    for key in sorted(payload):
        value = payload[key]
        shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        lines.append(f"{key}: {shown}")
    if body is not None:
        lines += ["", str(body)]
    if rev.deleted:
        lines.insert(0, "(deleted)")
    return "\n".join(lines)


def _mark(editor: QPlainTextEdit, line_numbers: set[int], colour: QColor) -> None:
    selections = []
    for number in sorted(line_numbers):
        block = editor.document().findBlockByNumber(number)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        fmt.setProperty(QTextCharFormat.Property.FullWidthSelection, True)
        selection.format = fmt  # type: ignore[attr-defined]
        cursor = QTextCursor(block)
        selection.cursor = cursor  # type: ignore[attr-defined]
        selections.append(selection)
    editor.setExtraSelections(selections)


class HistoryDialog(QDialog):
    restored = Signal(str)

    def __init__(self, vault: Vault, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.item_id = item_id
        self.setWindowTitle(self.tr("History"))
        self.setAccessibleName(self.tr("History"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Revisions"))
        self.before = QPlainTextEdit()
        self.before.setTabChangesFocus(True)
        self.before.setReadOnly(True)
        self.before.setAccessibleName(self.tr("The revision before"))
        self.after = QPlainTextEdit()
        self.after.setTabChangesFocus(True)
        self.after.setReadOnly(True)
        self.after.setAccessibleName(self.tr("The chosen revision"))
        self.summary = plain_label(name=self.tr("Revision details"))
        self.conflict_note = plain_label(
            self.tr(
                "This item was changed on two devices at once. Compare the versions, then keep "
                "one: the others stay in the history."
            ),
            name=self.tr("Conflict"),
        )
        self.conflict_note.setStyleSheet("font-weight: bold;")
        self.conflict_note.hide()
        sides = QHBoxLayout()
        for title, editor in (
            (self.tr("Before"), self.before),
            (self.tr("This revision"), self.after),
        ):
            column = QVBoxLayout()
            column.addWidget(plain_label(title))
            column.addWidget(editor)
            sides.addLayout(column)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("Restore this revision"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore this revision"))
        self.keep_button = buttons.addButton(
            self.tr("Keep this version"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.keep_button.setAccessibleName(self.tr("Keep this version and resolve the conflict"))
        self.keep_button.hide()
        self.keep_button.clicked.connect(self.keep)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.restore_button.clicked.connect(self.restore)
        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict_note)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        layout.addLayout(sides, 3)
        layout.addWidget(buttons)
        self.resize(900, 600)
        self.revisions: list[Revision] = []
        self.list.currentRowChanged.connect(self._show)
        self.reload()

    def reload(self) -> None:
        try:
            self.revisions = self.vault.history(self.item_id)
        except VigilError as exc:
            self.summary.setText(str(exc))
            self.revisions = []
        self.list.clear()
        self.siblings = set(conflicts(self.vault).get(self.item_id, []))
        self.conflict_note.setVisible(bool(self.siblings))
        self.keep_button.setVisible(bool(self.siblings))
        own = self.vault.device.hex()
        for number, rev in enumerate(self.revisions, start=1):
            who = self.tr("this device") if rev.device.hex() == own else rev.device.hex()[:8]
            when = rev.time[:19].replace("T", " ")
            entry = QListWidgetItem(
                self.tr("#%1  %2 UTC  by %3")
                .replace("%1", str(number))
                .replace("%2", when)
                .replace("%3", who)
            )
            if rev.id in self.siblings:
                entry.setText("⚠ " + entry.text())
            entry.setData(Qt.ItemDataRole.UserRole, rev.id)
            self.list.addItem(entry)
        if self.revisions:
            self.list.setCurrentRow(len(self.revisions) - 1)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.revisions):
            return
        rev = self.revisions[row]
        old = revision_text(self.revisions[row - 1]) if row > 0 else ""
        new = revision_text(rev)
        self.before.setPlainText(old)
        self.after.setPlainText(new)
        removed, added = set(), set()
        matcher = difflib.SequenceMatcher(a=old.splitlines(), b=new.splitlines(), autojunk=False)
        for tag, a0, a1, b0, b1 in matcher.get_opcodes():
            if tag in ("replace", "delete"):
                removed.update(range(a0, a1))
            if tag in ("replace", "insert"):
                added.update(range(b0, b1))
        _mark(self.before, removed, QColor(255, 200, 200))
        _mark(self.after, added, QColor(200, 240, 200))
        self.summary.setText(
            self.tr("Revision %1, device %2, sequence %3")
            .replace("%1", rev.id[:16])
            .replace("%2", rev.device.hex()[:8])
            .replace("%3", str(rev.seq))
        )
        head = self.vault.get(self.item_id)
        self.restore_button.setEnabled(head is not None and head.head != rev.id)
        if self.siblings:
            # side by side: the version shown now, and the chosen one
            if head is not None and head.head != rev.id:
                shown = next((r for r in self.revisions if r.id == head.head), None)
                if shown is not None:
                    self.before.setPlainText(revision_text(shown))
            self.keep_button.setEnabled(
                head is not None and (rev.id in self.siblings or rev.id == head.head)
            )

    def keep(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.revisions):
            return
        try:
            new = resolve(self.vault, self.item_id, dict(self.revisions[row].payload))
        except VigilError as exc:
            self.summary.setText(str(exc))
            return
        self.reload()
        self.restored.emit(new.id)

    def restore(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.revisions):
            return
        rev = self.revisions[row]
        try:
            new = self.vault.restore_revision(self.item_id, rev.id)
        except VigilError as exc:
            self.summary.setText(str(exc))
            return
        self.reload()
        self.restored.emit(new.id)
