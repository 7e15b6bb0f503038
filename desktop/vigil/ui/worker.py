"""The one way to run background work in the UI.

    Task(fn).success(on_done).failure(on_error).run(runner)

``fn`` runs on a pool thread and receives a ``Progress`` it may report to and poll for
cancellation. Its result or exception travels back by a queued signal, so ``on_done`` and
``on_error`` run on the GUI thread.

The rule: **work functions never touch widgets.** They get plain data in and return plain
data out. With strict checking on (tests, and ``VIGIL_STRICT_THREADS=1``), a work function
that calls a QWidget method is reported as a failure and logged as a Qt warning, which fails
a pytest-qt test.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, qWarning
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside a work function that noticed its cancellation."""


class WidgetTouchedFromWorker(RuntimeError):
    pass


class Progress:
    def __init__(self, emit: Callable[[int, int], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        self._emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


def strict_threads() -> bool:
    return os.environ.get("VIGIL_STRICT_THREADS") == "1"


class _Runnable(QRunnable):
    def __init__(
        self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress
    ) -> None:
        super().__init__()
        self.fn = fn
        self.signals = signals
        self.progress = progress
        self.setAutoDelete(True)

    def run(self) -> None:
        touched: list[str] = []

        def guard(_frame: Any, event: str, arg: Any) -> None:
            if event == "c_call" and isinstance(getattr(arg, "__self__", None), QWidget):
                touched.append(getattr(arg, "__name__", "?"))

        strict = strict_threads()
        if strict:
            sys.setprofile(guard)
        try:
            result = self.fn(self.progress)
        except BaseException as exc:
            outcome: tuple[bool, Any] = (False, exc)
        else:
            outcome = (True, result)
        finally:
            if strict:
                sys.setprofile(None)
        if touched:
            message = f"a background job touched widgets: {', '.join(sorted(set(touched)))}"
            qWarning(message)
            outcome = (False, WidgetTouchedFromWorker(message))
        if outcome[0]:
            self.signals.succeeded.emit(outcome[1])
        else:
            self.signals.failed.emit(outcome[1])


class Runner:
    """Owns the thread pool. One per app, made by the composition root."""

    def __init__(self, max_threads: int = 2) -> None:
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(max_threads)
        self._live: set[_Signals] = set()

    def wait(self, msecs: int = 30_000) -> bool:
        return bool(self.pool.waitForDone(msecs))

    def _track(self, signals: _Signals) -> None:
        self._live.add(signals)

    def _release(self, signals: _Signals) -> None:
        self._live.discard(signals)


class Task:
    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        self.fn = fn
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress: Callable[[int, int], None] | None = None

    def success(self, callback: Callable[[Any], None]) -> Task:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Task:
        self._failure = callback
        return self

    def on_progress(self, callback: Callable[[int, int], None]) -> Task:
        self._progress = callback
        return self

    def run(self, runner: Runner, owner: QObject | None = None) -> Progress:
        """Start the work. With an ``owner`` (the widget that shows the result), the callbacks
        are dropped if the owner was destroyed meanwhile (locking destroys the main window
        while a list may still be loading)."""
        signals = _Signals()
        progress = Progress(signals.progressed.emit)
        runner._track(signals)

        def alive() -> bool:
            return _alive(owner)

        def done(result: Any) -> None:
            runner._release(signals)
            if self._success and alive():
                self._success(result)

        def failed(exc: BaseException) -> None:
            runner._release(signals)
            if not alive():
                return
            if self._failure:
                self._failure(exc)
            elif not isinstance(exc, Cancelled):
                log.error("background job failed: %s", type(exc).__name__)

        signals.succeeded.connect(done)
        signals.failed.connect(failed)
        if self._progress:
            signals.progressed.connect(self._progress)
        runner.pool.start(_Runnable(self.fn, signals, progress))
        return progress


RETIRED = "vigilRetired"


def retire(widget: QObject) -> None:
    """Mark a widget that is about to go (``deleteLater``): work it started drops its results
    from now on, not only once Qt gets round to deleting it. Locking retires the main window,
    so a case list that finishes loading a moment later never reads the closed vault."""
    widget.setProperty(RETIRED, True)


def retired(widget: QObject) -> bool:
    """Whether ``widget``, or a parent of it, was retired (``retire``) or destroyed: what it
    queued for later should not run any more."""
    return not _alive(widget)


def _alive(owner: QObject | None) -> bool:
    node = owner
    while node is not None:
        if not Shiboken.isValid(node) or node.property(RETIRED):
            return False
        node = node.parent()
    return True
