"""The two states the status bar always shows: is the vault open, and how sync went.

Each is said in words, and coloured as well (green: fine, amber: something waits, red: act),
never by colour alone. The sync state is fed by the scheduler's status signal (the dict of
vigil.sync.status.status) and ages by itself: "Synced 5 min ago" becomes "6 min ago".
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from enum import Enum

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from vigil.ui.look import is_dark

SHORT = 80  # the failure's reason in the status bar; a longer one would widen the window
TIP = 500  # and in its tooltip


def one_line(text: str) -> str:
    """A reason fit for one line: the server may have written part of it, so no control or
    direction-override characters (which could make the line read as something else), no line
    breaks, runs of spaces made one."""
    kept = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    return " ".join(kept.split())


class Level(Enum):
    PLAIN = "plain"
    GOOD = "good"
    WAITING = "waiting"
    PROBLEM = "problem"


# (on a light window, on a dark one): each above 4.5:1 against the status bar behind it
_COLOURS = {
    Level.GOOD: ("#1b6e20", "#81c784"),
    Level.WAITING: ("#8a5300", "#ffcc66"),
    Level.PROBLEM: ("#b3261e", "#ff8a80"),
}


class StateLabel(QLabel):
    """A one-line plain-text label whose colour follows its level and the theme."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restyling = False  # first: the calls below already send change events
        self.level = Level.PLAIN
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(name)
        self.setContentsMargins(6, 0, 6, 0)  # the two states read as two, not one run of words

    def set_state(self, text: str, level: Level) -> None:
        self.setText(text)
        self.level = level
        self._restyle()

    def _restyle(self) -> None:
        self._restyling = True
        try:
            parent = self.parentWidget()
            palette = QPalette(parent.palette() if parent else QApplication.palette(self))
            if self.level in _COLOURS:
                light, dark = _COLOURS[self.level]
                colour = QColor(dark if is_dark(palette) else light)
                palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)
        finally:
            self._restyling = False

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if not self._restyling and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self._restyle()  # the theme changed: the same level, in this theme's shade


class StatusLine(QObject):
    """The lock state and the sync state, as two labels for the status bar."""

    def __init__(self, parent: QWidget, auto_lock_minutes: int) -> None:
        super().__init__(parent)
        self.lock_label = StateLabel(self.tr("Lock state"), parent)
        self.sync_label = StateLabel(self.tr("Sync status"), parent)
        self.lock_label.setToolTip(
            self.tr(
                "Locks after %n minute(s) without use; Ctrl+L locks now.", "", auto_lock_minutes
            )
        )
        self.info: dict[str, object] | None = None
        # While the window exists the vault is open: locking destroys the window and shows
        # the unlock screen, so "Locked" is never shown here, where it would be a lie.
        self.lock_label.set_state(self.tr("Unlocked"), Level.GOOD)
        self.sync_label.set_state(self.tr("Sync: not checked yet"), Level.PLAIN)
        self.timer = QTimer(self)  # "5 min ago" must not stay true for an hour
        self.timer.timeout.connect(self._age)
        self.timer.start(30_000)

    def show_sync(self, info: dict[str, object], now: datetime | None = None) -> None:
        self.info = info
        text, level, tip = self.describe(info, now or datetime.now(UTC))
        self.sync_label.set_state(text, level)
        self.sync_label.setToolTip(tip)

    def _age(self) -> None:
        if self.info is not None:
            self.show_sync(self.info)

    def describe(self, info: dict[str, object], now: datetime) -> tuple[str, Level, str]:
        """The words, the level and the tooltip for one status dict."""
        if not info.get("enrolled", True):
            return (
                self.tr("Not enrolled"),
                Level.PLAIN,
                self.tr("This vault does not sync with an HQ. Join one from the Sync menu."),
            )
        error = str(info.get("last_error") or "")
        last = str(info.get("last_success") or "")
        level = Level.GOOD
        tip = ""
        if error:
            reason = one_line(error)
            short = reason if len(reason) <= SHORT else reason[: SHORT - 1] + "…"
            parts = [self.tr("Sync failed: %1").replace("%1", short)]
            level = Level.PROBLEM
            tip = (
                reason[:TIP]
                + "\n"
                + self.tr("Vigil tries again by itself; Sync now tries at once.")
            )
        elif last:
            parts = [self.synced_ago(last, now)]
            tip = self.tr("Last sync: %1").replace("%1", last[:16].replace("T", " ") + " UTC")
        else:
            parts = [self.tr("Never synced")]
            level = Level.WAITING
        pending = int(str(info.get("pending", 0) or 0))
        if pending:
            parts.append(self.tr("%n waiting", "", pending))
            if level is Level.GOOD:
                level = Level.WAITING
        alerts = info.get("integrity_alerts") or []
        if isinstance(alerts, list) and alerts:
            # the server may be lying or hiding data: say so where the person looks
            parts.append("⚠ " + self.tr("%n integrity alert(s)", "", len(alerts)))
            level = Level.PROBLEM
        conflicts = int(str(info.get("conflicts", 0) or 0))
        if conflicts:
            parts.append(self.tr("%n conflict(s) to resolve", "", conflicts))
            if level is not Level.PROBLEM:
                level = Level.WAITING
        return " · ".join(parts), level, tip

    def synced_ago(self, last: str, now: datetime) -> str:
        try:
            when = datetime.fromisoformat(last)
        except ValueError:
            return self.tr("Synced %1").replace("%1", last)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        seconds = max(0, int((now - when).total_seconds()))
        if seconds < 60:
            return self.tr("Synced just now")
        if seconds < 3600:
            return self.tr("Synced %n min ago", "", seconds // 60)
        if seconds < 86400:
            return self.tr("Synced %n h ago", "", seconds // 3600)
        return self.tr("Synced on %1").replace("%1", when.date().isoformat())
