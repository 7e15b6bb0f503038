"""A heartbeat on the UI thread that slow work elsewhere can wait for.

A test that wants to show the UI thread is not blocked while some step runs makes the step
deliberately slow in a way that depends on the UI thread: the step waits until the heartbeat
has ticked a few more times. If the step runs on the UI thread, or the UI thread is blocked
while it runs, the heartbeat cannot tick, the wait gives up and the step says so. Nothing is
timed: the timeout only bounds how long a broken build takes to fail.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer


class Heartbeat:
    def __init__(self, interval_ms: int = 10) -> None:
        self.ticks = 0
        self.gui_thread = threading.get_ident()
        self.timer = QTimer()
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self.waits: list[bool] = []  # one per wait_for_ticks: whether the ticks came

    def _tick(self) -> None:
        self.ticks += 1

    def wait_for_ticks(self, count: int = 5, timeout_s: float = 8.0) -> bool:
        """Block the calling thread until the UI thread has ticked ``count`` more times.
        Returns (and records) False when it did not within ``timeout_s``, which is what
        happens when this is called on the UI thread or the UI thread is blocked."""
        target = self.ticks + count
        deadline = time.monotonic() + timeout_s
        ok = threading.get_ident() != self.gui_thread
        while ok and self.ticks < target:
            if time.monotonic() > deadline:
                ok = False
                break
            time.sleep(0.002)
        self.waits.append(ok)
        return ok

    def stop(self) -> None:
        self.timer.stop()
