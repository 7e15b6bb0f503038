"""When to lock: after idle time, when the screen locks, and on request.

Idle is measured inside the app (any key, mouse or wheel event restarts the timer), which works
on every platform. Where the desktop reports screen locking over D-Bus (freedesktop, GNOME,
KDE, Cinnamon, MATE), that locks too; elsewhere the idle timer is the fallback.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}

SCREENSAVER_SERVICES = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("org.cinnamon.ScreenSaver", "/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
)


class LockGuard(QObject):
    lock_requested = Signal(str)  # the reason: "idle", "screen"

    def __init__(self, idle_minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.lock_requested.emit("idle"))
        self.set_idle_minutes(idle_minutes)
        self.active = False
        self.screen_lock_source = ""

    def set_idle_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)

    def start(self) -> None:
        self.active = True
        self.timer.start()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and event.type() in INPUT_EVENTS:
            self.timer.start()
        return False

    def watch_screen_lock(self, bus: Any = None) -> str:
        """Subscribe to the desktop's screen-lock signals on the session bus (or ``bus``).

        Any sender is accepted: the worst a process on our own session bus can do with a fake
        signal is lock the vault early, which is safe; filtering by the screensaver's name
        would miss desktops whose locker runs under another name.
        """
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return ""
        bus = bus if bus is not None else QDBusConnection.sessionBus()
        if not bus.isConnected():
            return ""
        for _service, path, interface in SCREENSAVER_SERVICES:
            slot = SLOT("_screen_changed(bool)")  # Qt's SLOT() marker, or connect() refuses
            if bus.connect("", path, interface, "ActiveChanged", self, slot):
                self.screen_lock_source = interface
                log.info("watching %s for screen lock", interface)
        return self.screen_lock_source

    @Slot(bool)
    def _screen_changed(self, active: bool) -> None:
        if active and self.active:
            self.lock_requested.emit("screen")
