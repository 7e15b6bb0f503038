"""A window with deliberate accessibility faults, for the walker's negative check: the
accessibility-tree test must see each fault from outside, and nothing else.

    python -m tests.support.a11y_faulty
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from tests.support.a11y_app import show


def main() -> int:
    app = QApplication(["vigil"])
    app.setApplicationName("Vigil")
    window = QWidget()
    window.setWindowTitle("Faults")
    form = QFormLayout(window)
    named = QLineEdit()
    label = QLabel("&Name:")
    label.setBuddy(named)  # named by its label, as a screen reader reads it: not a fault
    form.addRow(label, named)
    form.addRow(QLineEdit())  # fault: a field with no label and no name
    form.addRow(QCheckBox())  # fault: a box with no text and no name
    choice = QComboBox()
    choice.addItems(["red", "green"])
    choice.setAccessibleName("Colour")  # fault: on Linux Qt says only "red", from no label
    form.addRow(choice)
    labelled = QComboBox()
    labelled.addItems(["small", "large"])
    form.addRow("&Size:", labelled)  # named by its label: not a fault
    form.addRow(QPushButton("Go"))  # named by its text: not a fault
    mouse_only = QPushButton("Mouse only")
    mouse_only.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # fault: Tab never reaches it
    form.addRow(mouse_only)
    traps = QPlainTextEdit()
    traps.setAccessibleName("Takes Tab")  # fault: Tab types a tab character here
    form.addRow(traps)
    table = QTableWidget(2, 2)
    table.setAccessibleName("Cells")  # fault: Tab walks from cell to cell
    form.addRow(table)
    # fault: made last, shown second: Tab reaches it after the table, then jumps back up
    form.insertRow(1, QPushButton("Out of order"))
    window.resize(500, 600)
    show("faults", window)
    print("A11Y done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
