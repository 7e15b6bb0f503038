"""Notes: a plain-text/Markdown editor that saves as you type, and a preview.

Typing is coalesced: a save happens after a pause (1.5 s by default), when another note is
chosen, and before the vault locks, so a revision is a thought, not a keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from vigil.crypto.errors import VigilError
from vigil.ui.clipboard import SensitiveTextEdit
from vigil.ui.context import UiContext
from vigil.ui.tabs import CaseTab
from vigil.ui.widgets import plain_label
from vigil.vault.merge import conflicts

ID = Qt.ItemDataRole.UserRole
SAVE_DELAY_MS = 1500


class SafePreview(QTextBrowser):
    """Markdown preview that renders no HTML and loads nothing: no file, no network."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, _type: int, _name: QUrl) -> object:
        return None

    def show_markdown(self, text: str) -> None:
        self.document().setMarkdown(
            text,
            QTextDocument.MarkdownFeature.MarkdownDialectGitHub
            | QTextDocument.MarkdownFeature.MarkdownNoHTML,
        )


class NotesTab(CaseTab):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Notes"))
        self.editor = SensitiveTextEdit(ctx.clipboard)
        self.editor.setAccessibleName(self.tr("Note text"))
        self.editor.setPlaceholderText(self.tr("Write here. Markdown is fine. Saved as you go."))
        self.preview = SafePreview()
        self.preview.setAccessibleName(self.tr("Note preview"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self.editor)
        self.pages.addWidget(self.preview)
        self.status = plain_label(name=self.tr("Save status"))
        self.new_button = QPushButton(self.tr("New note"))
        self.new_button.setAccessibleName(self.tr("New note"))
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setAccessibleName(self.tr("Show the preview"))
        self.preview_button.setCheckable(True)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the note (the clipboard is cleared soon)"))
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setAccessibleName(self.tr("History of the note"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.new_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.pages)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        for b in (self.copy_button, self.preview_button, self.history_button):
            row.addWidget(b)
        right_layout.addLayout(row)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([200, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.note_id: str | None = None
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._edited)
        self.list.currentItemChanged.connect(self._switch)
        self.new_button.clicked.connect(self.new_note)
        self.preview_button.toggled.connect(self._toggle_preview)
        self.copy_button.clicked.connect(self._copy)
        self.history_button.clicked.connect(
            lambda: self.show_history(self.note_id) if self.note_id else None
        )
        self._set_enabled(False)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.editor, self.preview_button, self.copy_button, self.history_button):
            widget.setEnabled(enabled)

    def load(self, case_id: str) -> None:
        self.flush()
        super().load(case_id)
        self._fill(select=None)

    def _fill(self, select: str | None, shown: str | None = None) -> None:
        assert self.case_id
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for note in self.ctx.vault.items("note", self.case_id):
            entry = QListWidgetItem(self.mark(note.id, note.title or self.tr("(empty note)")))
            entry.setData(ID, note.id)
            self.list.addItem(entry)
            if note.id == select:
                chosen = entry
        self.list.blockSignals(False)
        if chosen is None and self.list.count():
            chosen = self.list.item(0)
        if chosen is not None:
            self.list.blockSignals(True)
            self.list.setCurrentItem(chosen)
            self.list.blockSignals(False)
            self._show(str(chosen.data(ID)), same_note=str(chosen.data(ID)) == shown)
        else:
            self._show(None)

    def refresh(self) -> None:
        """After a restore: show the restored text. The editor's text is already saved (the
        history dialog flushes first), so it must not be saved again over the restore."""
        if not self.case_id:
            return
        self.timer.stop()
        self.conflicted = set(conflicts(self.ctx.vault))
        keep, self.note_id = self.note_id, None
        self._fill(select=keep)

    def show_synced(self) -> None:
        """What is being typed is saved first (it is the newest edit), then the list and the
        note show what the round brought; the editor keeps its cursor when its text stays."""
        if not self.case_id:
            return
        if self.timer.isActive():
            self.flush()
        self.conflicted = set(conflicts(self.ctx.vault))
        keep, self.note_id = self.note_id, None
        self._fill(select=keep, shown=keep)

    def _switch(self, current: QListWidgetItem | None, _previous: object) -> None:
        self.flush()
        self._show(str(current.data(ID)) if current else None)

    def _show(self, note_id: str | None, same_note: bool = False) -> None:
        self._loading = True
        self.note_id = note_id
        item = self.ctx.vault.get(note_id) if note_id else None
        text = str(item.payload.get("text", "")) if item else ""
        if not same_note or self.editor.toPlainText() != text:
            self.editor.setPlainText(text)  # the same text stays put: cursor, undo, selection
        self._loading = False
        self._set_enabled(item is not None)
        self.status.clear()
        if self.preview_button.isChecked():
            self.preview.show_markdown(self.editor.toPlainText())

    def new_note(self) -> None:
        if not self.case_id:
            return
        self.flush()
        try:
            rev = self.ctx.vault.save("note", {"text": ""}, case_id=self.case_id)
        except VigilError as exc:
            self.fail(exc)
            return
        self._fill(select=rev.item)
        self.editor.setFocus()
        self.changed.emit()

    def _edited(self) -> None:
        if not self._loading and self.note_id:
            self.status.setText(self.tr("Editing…"))
            self.timer.start()

    def flush(self) -> None:
        """Save the note being edited now, if it changed."""
        self.timer.stop()
        if not self.note_id or not self.case_id:
            return
        current = self.ctx.vault.get(self.note_id)
        text = self.editor.toPlainText()
        if current is None or current.payload.get("text") == text:
            return
        payload = {**current.payload, "text": text}
        try:
            self.ctx.vault.save("note", payload, item_id=self.note_id)
        except VigilError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("Saved, encrypted."))
        entry = self.list.currentItem()
        if entry is not None and str(entry.data(ID)) == self.note_id:
            updated = self.ctx.vault.get(self.note_id)
            entry.setText((updated.title if updated else "") or self.tr("(empty note)"))

    def _toggle_preview(self, on: bool) -> None:
        if on:
            self.preview.show_markdown(self.editor.toPlainText())
        self.pages.setCurrentWidget(self.preview if on else self.editor)

    def _copy(self) -> None:
        cursor = self.editor.textCursor()
        text = cursor.selectedText().replace("\u2029", "\n") or self.editor.toPlainText()
        self.ctx.clipboard.copy(text)
        seconds = self.ctx.clipboard.clear_after_ms // 1000
        self.status.setText(
            self.tr("Copied; the clipboard is cleared in %n second(s).", "", seconds)
        )

    def clear(self) -> None:
        self.timer.stop()
        super().clear()
        self.note_id = None
        self._loading = True
        self.editor.clear()
        self.preview.clear()
        self.editor.document().clearUndoRedoStacks()
        self._loading = False
        self.list.clear()
