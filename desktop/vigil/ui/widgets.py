"""Small widgets that make the safe choice the easy one.

Untrusted text (names, notes, anything imported) goes only through these: QLabel's default
text format guesses, and would render a name that looks like HTML as HTML.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def plain_label(text: str = "", parent: QWidget | None = None, name: str = "") -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    if name:
        label.setAccessibleName(name)
    return label


def named(widget: QWidget, name: str) -> QWidget:
    """Give a control its accessible name (screen readers read it; tests check it)."""
    widget.setAccessibleName(name)
    return widget


def message(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Information,
    buttons: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
    default: QMessageBox.StandardButton = QMessageBox.StandardButton.NoButton,
) -> QMessageBox:
    """A message box whose text is always plain."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAccessibleName(title)
    if default != QMessageBox.StandardButton.NoButton:
        box.setDefaultButton(default)
    return box
