"""Copying case text without leaving it on the clipboard.

KeePassXC's recipe: mark the data as sensitive with the MIME hints clipboard managers honour
(so they do not keep a history of it), clear it after a delay only if the clipboard still holds
what we put there, and clear it on quit.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit

SENSITIVE_HINTS = {
    "x-kde-passwordManagerHint": b"secret",
    "application/x-nspasteboard-concealed-type": b"secret",
    "ExcludeClipboardContentFromMonitorProcessing": b"1",
    "CanIncludeInClipboardHistory": b"\x00\x00\x00\x00",
}


def mark_sensitive(mime: QMimeData) -> QMimeData:
    for kind, value in SENSITIVE_HINTS.items():
        mime.setData(kind, QByteArray(value))
    return mime


class ClipboardGuard(QObject):
    def __init__(self, clear_after_seconds: int = 30) -> None:
        super().__init__()
        self.clear_after_ms = clear_after_seconds * 1000
        self._ours: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    @property
    def clipboard(self) -> QClipboard:
        return QGuiApplication.clipboard()

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        self.clipboard.setMimeData(mark_sensitive(mime))
        self.track(text)

    def track(self, text: str) -> None:
        self._ours = text
        self._timer.start(self.clear_after_ms)

    def clear_if_ours(self) -> None:
        if self._ours is not None and self.clipboard.text() == self._ours:
            self.clipboard.clear()
        self._ours = None
        self._timer.stop()


class SensitiveTextEdit(QPlainTextEdit):
    """A plain-text editor whose copies are marked sensitive and cleared by the guard."""

    def __init__(self, guard: ClipboardGuard) -> None:
        super().__init__()
        self.guard = guard
        self.setTabChangesFocus(True)  # Tab moves on: a tab character would trap the keyboard

    def createMimeDataFromSelection(self) -> QMimeData:
        mime = super().createMimeDataFromSelection()
        self.guard.track(mime.text())
        return mark_sensitive(mime)
