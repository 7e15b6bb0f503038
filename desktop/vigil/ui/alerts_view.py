"""The alert inbox in the main window: an unread badge in the status bar, an inbox dialog,
"Raise urgent alert…" on the open case, and tray notifications.

Work on the vault runs through the one worker helper; workers never touch widgets. A
notification while the vault is locked reads only the marker beside it and says "New urgent
action", "New field alert" or "New alert": never a title, a name or any text of a note.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSystemTrayIcon,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vigil.ui.worker import Progress, Task

SITUATIONS = ("detained", "disappeared", "hearing", "threatened", "injured", "other")


class Notifier(QObject):
    """Tray messages, when the desktop has a tray; the words depend on kinds only."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(parent.windowIcon(), self)
            self.tray.show()
        self.last_unread = 0

    def words(self, message: str) -> str:
        return {
            "New urgent action": self.tr("New urgent action"),
            "New field alert": self.tr("New field alert"),
            "New alert": self.tr("New alert"),
        }.get(message, "")

    def marker_changed(self, marker: dict[str, Any]) -> str:
        """Show a message when the unread count grew; returns what was shown (for tests)."""
        from vigil.alerts.notify import locked_message, unread_count

        unread = unread_count(marker)
        grew, self.last_unread = unread > self.last_unread, unread
        text = self.words(locked_message(marker)) if grew else ""
        if text and self.tray is not None:
            self.tray.showMessage(self.tr("Vigil"), text)
        return text


class InboxDialog(QDialog):
    def __init__(self, parent: QWidget, ctx: Any) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Alert inbox"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Alerts"))
        read = QPushButton(self.tr("Mark all read"))
        read.clicked.connect(self.mark_read)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(read)
        self.resize(640, 420)
        self.load()

    def load(self) -> None:
        vault = self.ctx.vault

        def work(_progress: Progress) -> list[str]:
            from vigil.alerts import inbox
            from vigil.cli_alerts import summary

            return [
                f"{'' if r['read'] else '● '}{r['received'][:16]}  {r['kind']}  {summary(r)}"
                for r in inbox.alerts(vault)
            ]

        Task(work).success(self._loaded).run(self.ctx.runner, self)

    def _loaded(self, lines: list[str]) -> None:
        self.list.clear()
        self.list.addItems(lines or [self.tr("No alerts.")])

    def mark_read(self) -> None:
        vault = self.ctx.vault

        def work(_progress: Progress) -> int:
            from vigil.alerts import inbox

            return inbox.mark_read(vault)

        Task(work).success(lambda _n: self.load()).run(self.ctx.runner, self)


class RaiseDialog(QDialog):
    """What happened, and a short text for HQ."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raise urgent alert"))
        self.kind = QComboBox()
        labels = {
            "detained": self.tr("Detained"),
            "disappeared": self.tr("Disappeared"),
            "hearing": self.tr("Hearing soon"),
            "threatened": self.tr("Threatened"),
            "injured": self.tr("Injured"),
            "other": self.tr("Other"),
        }
        for key in SITUATIONS:
            self.kind.addItem(labels[key], key)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        form = QFormLayout(self)
        form.addRow(self.tr("What happened"), self.kind)
        form.addRow(self.tr("For HQ"), self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AlertsUi(QObject):
    """Installed on the main window: badge, inbox, raise action, notifications."""

    def __init__(self, window: QMainWindow, ctx: Any, scheduler: Any = None) -> None:
        super().__init__(window)
        self.window, self.ctx, self.scheduler = window, ctx, scheduler
        self.notifier = Notifier(window)
        self.badge = QToolButton()
        self.badge.setAccessibleName(self.tr("Alert inbox"))
        self.badge.clicked.connect(self.open_inbox)
        window.statusBar().addPermanentWidget(self.badge)
        self.inbox_action = QAction(self.tr("Alert inbox…"), window)
        self.inbox_action.triggered.connect(self.open_inbox)
        self.raise_action = QAction(self.tr("Raise urgent alert…"), window)
        self.raise_action.triggered.connect(self.raise_alert)
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        if menus:  # the first menu (Vault)
            menus[0].addSeparator()
            menus[0].addAction(self.inbox_action)
            menus[0].addAction(self.raise_action)
        self.refresh()
        if scheduler is not None:
            # This object is the receiver: the connection dies with the window at lock.
            scheduler.finished.connect(self.round_finished)

    @Slot(object)
    def round_finished(self, _report: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        from vigil.alerts.notify import unread_count
        from vigil.alerts.state import read_marker

        marker = read_marker(self.ctx.vault.path)
        self.badge.setText(self.tr("Alerts (%n)", "", unread_count(marker)))
        self.notifier.marker_changed(marker)

    def open_inbox(self) -> None:
        InboxDialog(self.window, self.ctx).exec()
        self.refresh()

    def raise_alert(self) -> None:
        case_id = getattr(getattr(self.window, "case_view", None), "case_id", None)
        if not case_id:
            self.window.statusBar().showMessage(self.tr("Open a case first."))
            return
        dialog = RaiseDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        vault, kind, text = self.ctx.vault, dialog.kind.currentData(), dialog.text.toPlainText()

        def work(_progress: Progress) -> None:
            from vigil.alerts.publish import raise_alert

            raise_alert(vault, case_id, kind, text)

        def done(_result: Any) -> None:
            self.window.statusBar().showMessage(self.tr("Urgent alert queued; sending now."))
            if self.scheduler is not None:
                self.scheduler.sync_urgent()

        def failed(exc: BaseException) -> None:
            self.window.statusBar().showMessage(str(exc))

        Task(work).success(done).failure(failed).run(self.ctx.runner, self)
