"""The panic wipe in the app: a short countdown anyone can cancel, then keys first."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from vigil.ui.widgets import plain_label

COUNTDOWN_SECONDS = 5


class PanicDialog(QDialog):
    """Counts down, then emits ``confirmed``. Cancel, Escape or closing stops it."""

    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None, seconds: int = COUNTDOWN_SECONDS) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Panic wipe"))
        self.setAccessibleName(self.tr("Panic wipe"))
        self.remaining = seconds
        self.label = plain_label(name=self.tr("Countdown"))
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setAccessibleName(self.tr("Cancel the wipe"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                self.tr(
                    "Everything in this vault will be destroyed: the keys first, then the cases, "
                    "notes and attachments. It cannot be undone."
                )
            )
        )
        layout.addWidget(self.label)
        layout.addWidget(buttons)
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self._show_remaining()

    def start(self) -> None:
        self.timer.start()
        self.show()
        self.cancel_button.setFocus()

    def _show_remaining(self) -> None:
        self.label.setText(self.tr("Wiping in %n second(s)…", "", self.remaining))

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self._show_remaining()
            return
        self.timer.stop()
        self.label.setText(self.tr("Wiping…"))
        self.confirmed.emit()

    def reject(self) -> None:
        self.timer.stop()
        super().reject()
