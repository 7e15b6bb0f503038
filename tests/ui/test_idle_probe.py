"""Idle and screen-lock detection beyond Linux: the probe for the platform is used when it
loads and answers; when it is missing or fails (at selection or later), the app's own idle
timer takes over and locks after the idle time. The Windows and macOS probes themselves have
not run here (see vigil/idle_probe.py); on this machine they must fail to load, not crash."""

from __future__ import annotations

import sys
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from vigil import idle_probe
from vigil.ui.lock_guard import LockGuard


class FakeProbe:
    """Stands in for the OS: its answers are set by the test."""

    name = "fake"

    def __init__(self, idle: float = 0.0, locked: bool = False, fail: bool = False) -> None:
        self.idle, self.locked, self.fail = idle, locked, fail
        self.polls = 0  # how often the guard asked

    def seconds_idle(self) -> float:
        self.polls += 1
        if self.fail:
            raise OSError("the call was refused")
        return self.idle

    def screen_locked(self) -> bool:
        self.polls += 1
        return self.locked


def _broken() -> Any:
    raise OSError("user32 not found")


def test_selection_falls_back_when_the_probe_is_missing_or_fails() -> None:
    assert idle_probe.select("linux") is None  # D-Bus and the app's timer there
    assert idle_probe.select("win32", {}) is None  # no probe for the platform
    assert idle_probe.select("win32", {"win32": _broken}) is None  # does not load
    assert idle_probe.select("darwin", {"darwin": lambda: FakeProbe(fail=True)}) is None
    assert idle_probe.select("darwin", {"darwin": lambda: FakeProbe(idle=-5)}) is None
    working = FakeProbe(idle=3)
    assert idle_probe.select("darwin", {"darwin": lambda: working}) is working


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the real probe may work there")
def test_the_real_probes_fail_cleanly_off_their_platform() -> None:
    assert idle_probe.select("win32") is None
    assert idle_probe.select("darwin") is None


KEPT: list[QWidget] = []  # the windows' widgets, alive until the test ends


def _focused_window(qtbot: Any) -> QWindow:
    widget = QWidget()
    KEPT.append(widget)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is widget.windowHandle(), timeout=5_000)
    window = widget.windowHandle()
    assert window is not None
    return window


def _move(window: QWindow) -> None:
    """A mouse move as the desktop delivers it: to the window, which passes it on."""
    move = QMouseEvent(
        QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5),
        Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(window, move)


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="a real probe replaces the timer")
def test_fallback_timer_locks_after_the_idle_time(qtbot: Any, qapp: QApplication) -> None:
    guard = LockGuard(1)
    guard.timer.setInterval(5_000)  # a minute is too long for a test; the logic is the same
    # A coarse timer rounds its expiry to a shared boundary, so a restart moments after a stray
    # input event (left queued by an earlier test in this process) could read as no restart at
    # all; a precise timer reports the time the restart really gave.
    guard.timer.setTimerType(Qt.TimerType.PreciseTimer)
    try:
        # what the app does here (Linux): no probe, the app's own timer
        assert guard.use_system_probe() == ""
        first = _focused_window(qtbot)
        guard.start()
        # input keeps it open: each event starts the idle time again (read from the timer,
        # not raced against it, so a slow machine cannot make this fail), in the window that
        # had the focus at the start and in one that gets it later (a dialog)
        later = _focused_window(qtbot)
        for window in (first, later, first):
            qtbot.wait(120)
            before = guard.timer.remainingTime()
            _move(window)
            assert guard.timer.isActive() and guard.timer.remainingTime() > before
        # ...and without input it locks
        guard.timer.setInterval(300)
        with qtbot.waitSignal(guard.lock_requested, timeout=5_000) as locked:
            pass
        assert locked.args == ["idle"]
    finally:
        guard.stop()
        KEPT.clear()


def test_the_idle_timer_does_not_filter_every_event_of_the_app(
    qtbot: Any, qapp: QApplication
) -> None:
    """An event filter on the application runs, in Python, for every paint and layout of every
    widget: the idle timer reads input on the windows instead. A paint reaches no filter of
    the guard; a locked guard ignores input."""
    guard = LockGuard(1)
    seen: list[QEvent.Type] = []
    original = guard.eventFilter

    def counting(watched: QObject, event: QEvent) -> bool:
        seen.append(event.type())
        return original(watched, event)

    guard.eventFilter = counting  # type: ignore[method-assign]
    window = _focused_window(qtbot)
    guard.start()
    try:
        widget = QWidget()
        qtbot.addWidget(widget)
        widget.show()
        widget.repaint()  # a paint and its layout: none of the guard's business
        assert QEvent.Type.Paint not in seen
        guard.stop()
        _move(window)
        assert QEvent.Type.MouseMove in seen and not guard.timer.isActive()
    finally:
        guard.stop()
        KEPT.clear()


def test_probe_locks_on_system_idle_and_screen_lock(qtbot: Any) -> None:
    probe = FakeProbe(idle=0)
    guard = LockGuard(1)
    guard.poll.setInterval(50)
    assert guard.use_system_probe(probe) == "fake"
    requests: list[str] = []
    guard.lock_requested.connect(requests.append)
    guard.start()
    assert not guard.timer.isActive() and guard.poll.isActive()
    qtbot.waitUntil(lambda: probe.polls >= 6, timeout=5_000)  # it polls...
    assert requests == []  # ...and someone active at the computer is not locked out
    probe.idle = 61
    with qtbot.waitSignal(guard.lock_requested, timeout=2_000) as idle:
        pass
    assert idle.args == ["idle"]
    probe.idle, probe.locked = 0, True
    with qtbot.waitSignal(guard.lock_requested, timeout=2_000) as screen:
        pass
    assert screen.args == ["screen"]
    guard.stop()


def test_a_probe_that_fails_later_hands_over_to_the_timer(qtbot: Any) -> None:
    probe = FakeProbe()
    guard = LockGuard(1)
    guard.poll.setInterval(50)
    guard.use_system_probe(probe)
    guard.start()
    guard.timer.setInterval(300)
    probe.fail = True
    qtbot.waitUntil(lambda: guard.probe is None, timeout=2_000)
    assert guard.timer.isActive() and not guard.poll.isActive()
    with qtbot.waitSignal(guard.lock_requested, timeout=2_000) as locked:
        pass
    assert locked.args == ["idle"]
    guard.stop()


def test_screen_lock_from_the_probe_respects_the_setting(qtbot: Any) -> None:
    probe = FakeProbe(locked=True)
    guard = LockGuard(1)
    guard.poll.setInterval(50)
    guard.use_system_probe(probe, screen=False)
    requests: list[str] = []
    guard.lock_requested.connect(requests.append)
    guard.start()
    qtbot.waitUntil(lambda: probe.polls >= 6, timeout=5_000)  # it really polls a locked screen
    assert requests == []  # and does not lock for it when the setting is off
    probe.idle = 61
    with qtbot.waitSignal(guard.lock_requested, timeout=2_000) as idle:
        pass  # idleness still locks
    assert idle.args == ["idle"]
    guard.stop()
