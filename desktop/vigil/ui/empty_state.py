"""What the open-case pane says when no case is open: what to do next, with the buttons for it.

The buttons trigger the window's own actions (new case, import), so they do exactly what the
menu and the toolbar do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from vigil.ui.widgets import plain_label

SPACING = 12  # the one gap between a pane's parts; margins are twice that


class EmptyState(QWidget):
    def __init__(self, new_case: QAction, import_cases: QAction) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("No case open"))
        self.title = plain_label(name=self.tr("No case open"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = plain_label()
        self.new_button = QPushButton(self.tr("New case…"))
        self.import_button = QPushButton(self.tr("Import cases…"))
        self.new_button.clicked.connect(new_case.trigger)
        self.import_button.clicked.connect(import_cases.trigger)
        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING)
        buttons.addStretch(1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(2 * SPACING, 2 * SPACING, 2 * SPACING, 2 * SPACING)
        column.setSpacing(SPACING)
        column.addStretch(1)
        for label in (self.title, self.hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(label)
        column.addLayout(buttons)
        column.addStretch(2)
        self.show_cases(0)

    def show_cases(self, count: int) -> None:
        """Say what to do next: with no case at all, how to get one; else, how to open one."""
        if count == 0:
            self.title.setText(self.tr("No cases yet"))
            self.hint.setText(
                self.tr(
                    "Add a case, or import one from a file another Vigil exported. "
                    "Cases stay encrypted in this vault."
                )
            )
            self.import_button.show()
        else:
            self.title.setText(self.tr("No case open"))
            self.hint.setText(self.tr("Choose a case from the list, or add a new one with Ctrl+N."))
            self.import_button.hide()
