"""Deadline reminders in the unlocked window: checked at unlock, then every hour.

The check reads the urgent actions and writes the "reminded today" marks on a worker, as the
Urgent actions area reads its list (vigil.appeals.reminders holds the rules). A reminder
shows inside the window as a button in the status bar ("FI 046/19-3: 2 days left", which
opens the Urgent actions area), and in the tray when there is one. The tray is visible over
a locked screen, so its words are fixed: "Urgent action deadline soon", never the action's
number, the person's name or anything else of the case.

Owned by the main window: locking destroys the window, and with it the timer and the text.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QToolButton

from vigil.appeals.reminders import Reminder, take_due
from vigil.ui.appeal_texts import days_left
from vigil.ui.context import UiContext
from vigil.ui.worker import Progress, Task

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000


class DeadlineReminders(QObject):
    shown = Signal(str)  # the line shown in the window (for tests and screen readers)

    def __init__(
        self,
        window: QMainWindow,
        ctx: UiContext,
        days_before: Callable[[], int],
        tray: Any = None,
    ) -> None:
        super().__init__(window)
        # days_before is read at each check, so a changed setting applies from the next one
        self.window, self.ctx, self.days_before, self.tray = window, ctx, days_before, tray
        self.tray_text = ""  # the last tray message (shown only when a tray exists)
        self.button = QToolButton()
        self.button.setAccessibleName(self.tr("Deadline reminder"))
        self.button.setAutoRaise(True)
        self.button.hide()
        self.button.clicked.connect(self._open_actions)
        window.statusBar().addPermanentWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self.timer.start()

    def check(self, today: datetime.date | None = None) -> None:
        days, vault = self.days_before(), self.ctx.vault
        if days <= 0 or not vault.is_open:
            return

        def work(_progress: Progress) -> list[Reminder]:
            return take_due(vault, days, today)

        Task(work).success(self._show).failure(
            lambda exc: log.warning("deadline reminder check failed: %s", type(exc).__name__)
        ).run(self.ctx.runner, owner=self)

    def line(self, reminder: Reminder) -> str:
        # the countdown words of the Urgent actions list (ui/appeal_texts.countdown), already
        # translated with their plural forms
        if reminder.days_left == 0:
            left = QCoreApplication.translate("Appeals", "today is the last day")
        else:
            left = days_left(reminder.days_left)
        return self.tr("%1: %2").replace("%1", reminder.number).replace("%2", left)

    def _show(self, reminders: list[Reminder]) -> None:
        if not reminders:
            return
        text = " · ".join(self.line(r) for r in reminders)
        self.button.setText(text)
        self.button.setToolTip(self.tr("Deadlines of urgent actions you follow"))
        self.button.show()
        # Fixed words only: a tray message shows over a locked screen and in the
        # notification history, where the vault's lock does not reach.
        self.tray_text = self.tr("Urgent action deadline soon")
        if self.tray is not None:
            self.tray.showMessage(self.tr("Vigil"), self.tray_text)
        self.shown.emit(text)

    def _open_actions(self) -> None:
        show = getattr(self.window, "show_appeals", None)
        if callable(show):
            show()
