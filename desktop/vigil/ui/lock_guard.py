"""When to lock: after idle time, when the screen locks, and on request.

On Windows and macOS a system probe (vigil/idle_probe.py) is polled: the computer's own idle
time and screen lock. Where there is none, or it fails, idle is measured inside the app (any
key, mouse or wheel event restarts the timer), which works on every platform. Where the desktop
reports screen locking over D-Bus (freedesktop, GNOME, KDE, Cinnamon, MATE), that locks too.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow

log = logging.getLogger(__name__)
POLL_MS = 5_000

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
        self.probe: Any = None  # an idle_probe.IdleProbe, polled instead of the timer
        self.probe_screen = True
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)
        self.watched: set[int] = set()  # the windows whose input restarts the idle timer
        self.following = False  # watching each window that gets the focus

    def use_system_probe(self, probe: Any = None, screen: bool = True) -> str:
        """Poll the platform's idle and lock probe (or ``probe``); "" means the app's timer.
        ``screen``: also lock when the probe says the screen is locked (a setting)."""
        self.probe_screen = screen
        if probe is None:
            from vigil import idle_probe

            probe = idle_probe.select()
        self.probe = probe
        if probe is not None:
            log.info("using the %s idle and screen-lock probe", probe.name)
        if self.active:
            self.start()
        return "" if probe is None else str(probe.name)

    def _poll(self) -> None:
        if not self.active or self.probe is None:
            return
        try:
            locked = self.probe.screen_locked()
            idle = self.probe.seconds_idle()
        except Exception as exc:
            log.warning("idle probe failed (%s); using the app's timer", type(exc).__name__)
            self.probe = None
            self.poll.stop()
            self.timer.start()
            self._watch_windows()
            return
        if locked and self.probe_screen:
            self.lock_requested.emit("screen")
        elif idle * 1000 >= self.timer.interval():
            self.lock_requested.emit("idle")

    def set_idle_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)

    def start(self) -> None:
        self.active = True
        if self.probe is not None:
            self.timer.stop()
            self.poll.start()
        else:
            self.timer.start()
            self._watch_windows()

    def stop(self) -> None:
        self.active = False
        self.timer.stop()
        self.poll.stop()

    def _watch_windows(self) -> None:
        """Input restarts the app's own idle timer. It is read on the windows, where the
        desktop delivers every key, click and wheel turn, not on the application: an event
        filter there is called, in Python, for every event of every widget (each paint and
        layout), which was the largest cost of the UI thread's first unlock after a start
        (benchmarks/ui.py). A window is watched from when it first has the focus; only
        while the timer runs (unlocked, no system probe) does its input count."""
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            return
        if not self.following:
            app.focusWindowChanged.connect(self._watch_window)
            self.following = True
        self._watch_window(QGuiApplication.focusWindow())

    def _watch_window(self, window: QWindow | None) -> None:
        if window is None or id(window) in self.watched:
            return
        key = id(window)
        window.installEventFilter(self)
        self.watched.add(key)
        window.destroyed.connect(lambda _=None: self.watched.discard(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.active and self.probe is None and event.type() in INPUT_EVENTS:
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
