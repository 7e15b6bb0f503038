"""The background-work helper: results by signal on the GUI thread, cancel, and the rule
that work functions never touch widgets (which fails the test that breaks it)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from vigil.ui.worker import Cancelled, Progress, Runner, Task, WidgetTouchedFromWorker


def test_result_arrives_on_the_gui_thread(qtbot: Any) -> None:
    runner = Runner()
    seen: dict[str, Any] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.get_ident()
        progress.report(1, 2)
        return 42

    Task(work).success(lambda r: seen.update(result=r, gui=threading.get_ident())).run(runner)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5_000)
    assert seen["result"] == 42
    assert seen["gui"] == threading.get_ident() != seen["worker"]
    runner.wait()


def test_cancel_is_cooperative(qtbot: Any) -> None:
    runner = Runner()
    started = threading.Event()
    outcome: list[BaseException] = []

    def work(progress: Progress) -> None:
        started.set()
        while True:
            progress.check()
            threading.Event().wait(0.01)

    job = Task(work).failure(outcome.append).run(runner)
    assert started.wait(5)
    job.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
    assert isinstance(outcome[0], Cancelled)
    runner.wait()


@pytest.mark.qt_log_ignore("a background job touched widgets")
def test_touching_a_widget_from_a_worker_is_reported(qtbot: Any) -> None:
    runner = Runner()
    label = QLabel("before")
    qtbot.addWidget(label)
    outcome: list[BaseException] = []
    Task(lambda _p: label.setText("from a worker")).failure(outcome.append).run(runner)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5_000)
    assert isinstance(outcome[0], WidgetTouchedFromWorker)
    assert "setText" in str(outcome[0])
    runner.wait()


def test_a_test_whose_worker_touches_a_widget_fails(tmp_path: Path) -> None:
    """Run a small test file under this project's pytest configuration and watch it fail."""
    root = Path(__file__).resolve().parents[2]
    probe = tmp_path / "test_probe.py"
    probe.write_text(
        textwrap.dedent("""
        import os
        os.environ["VIGIL_STRICT_THREADS"] = "1"
        from PySide6.QtWidgets import QLabel
        from vigil.ui.worker import Runner, Task

        def test_bad_worker(qtbot):
            runner = Runner()
            label = QLabel("x")
            qtbot.addWidget(label)
            done = []
            Task(lambda _p: label.setText("y")).failure(done.append).run(runner)
            qtbot.waitUntil(lambda: bool(done), timeout=5000)
            runner.wait()
    """)
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-c",
            str(root / "pyproject.toml"),
            "--rootdir",
            str(tmp_path),
            str(probe),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 1, result.stdout[-2000:]
    assert "1 failed" in result.stdout
    assert "background job touched widgets" in result.stdout


def test_results_for_a_retired_window_are_dropped(qtbot: Any) -> None:
    """Locking retires the main window before Qt deletes it: a list that finishes loading in
    that moment must not reach a view that would read the closed vault."""
    from PySide6.QtWidgets import QWidget

    from vigil.ui.worker import retire

    runner = Runner()
    window = QWidget()
    qtbot.addWidget(window)
    child = QLabel(window)
    release = threading.Event()
    seen: list[str] = []

    Task(lambda _p: release.wait(5) and "rows").success(seen.append).run(runner, owner=child)
    other = QLabel()  # a window that stays
    qtbot.addWidget(other)
    Task(lambda _p: "kept").success(seen.append).run(runner, owner=other)
    retire(window)
    release.set()
    runner.wait()
    qtbot.waitUntil(lambda: "kept" in seen, timeout=5_000)
    qtbot.wait(50)
    assert seen == ["kept"]
