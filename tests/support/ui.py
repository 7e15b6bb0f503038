"""Driving modal dialogs and finding text left in widgets, for the UI tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)


def answer_modal(
    qtbot: Any, trigger: Callable[[], object], handler: Callable[[QWidget], None]
) -> None:
    """Run ``trigger`` (which opens a modal dialog) and let ``handler`` fill and close it."""
    handled: list[bool] = []

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, attempt)
            return
        handler(widget)
        handled.append(True)

    QTimer.singleShot(0, attempt)
    trigger()
    qtbot.waitUntil(lambda: bool(handled), timeout=10_000)


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def texts_in_widgets() -> list[str]:
    """Every piece of text any live widget or item view holds."""
    found: list[str] = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLineEdit | QLabel):
            found.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            found.append(widget.toPlainText())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            stack = [(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
            for row, column in stack:
                value = model.index(row, column).data()
                if value is not None:
                    found.append(str(value))
        found.append(widget.windowTitle())
        found.append(widget.toolTip())
    return found


def unnamed_controls(window: QWidget) -> list[str]:
    """Controls a screen reader would announce without a name (buttons may use their text)."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit,
             QAbstractItemView, QTabWidget)  # fmt: skip
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, kinds) or widget.window() is not window:
            continue  # a combo box's popup list is its own window, named by the combo
        if isinstance(widget.parent(), QAbstractItemView | QAbstractSpinBox | QComboBox):
            continue  # Qt's own parts of a named control (scroll bars, spin arrows...)
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            missing.append(f"{type(widget).__name__} {widget.objectName()}")
    return missing
