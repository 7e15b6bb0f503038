"""When to lock: after idle time, when the screen locks, and on request.

Idle is measured inside the app (any key, mouse or wheel event restarts the timer), which works
on every platform. Where the desktop reports screen locking over D-Bus (freedesktop, GNOME,
KDE, Cinnamon, MATE), that locks too; elsewhere the idle timer is the fallback.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot

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

    def watch_screen_lock(self) -> str:
        """Subscribe to the desktop's screen-lock signal; return which service answered."""
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return ""
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return ""
        for service, path, interface in SCREENSAVER_SERVICES:
            if bus.connect(
                service, path, interface, "ActiveChanged", self, "_screen_changed(bool)"
            ):
                self.screen_lock_source = service
                log.info("watching %s for screen lock", service)
        return self.screen_lock_source

    @Slot(bool)
    def _screen_changed(self, active: bool) -> None:
        if active and self.active:
            self.lock_requested.emit("screen")
