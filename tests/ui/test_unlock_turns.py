"""What runs beside what during an unlock.

The UI thread and the workers share one interpreter lock. While a worker runs Python (the
case list's read, the sync status read), each of the UI thread's calls into Qt that lets
the lock go may wait up to the interpreter's switch interval (5 ms) to get it back: building
the main window took 10 to 17 ms of CPU and 125 to 450 ms of wall time beside the list's
read (docs/desktop.md, "An enrolled vault's unlock"). So the unlock reads the list on its own
worker before the window is built, the window is built with no job running, and the jobs the
window starts for itself (the deadline reminders, an enrolled vault's sync status) wait until
the whole list is in the model.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import vigil.ui.controller as controller_module
import vigil.ui.worker as worker
from tests.support.dialogs import ScriptedDialogs
from tests.support.enrolled_unlock import CASES, JsonKeyring, enrolled_vault
from tests.support.ui_flow import unlock
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.settings import Settings
from vigil.ui.case_list import CaseListModel
from vigil.ui.controller import AppController
from vigil.ui.i18n import Languages
from vigil.ui.worker import Runner


class Jobs:
    """Each background job: its name, when its work began and ended on the worker, and how
    many case rows the list held when it was started."""

    def __init__(self) -> None:
        self.started: list[tuple[str, int, float]] = []  # (name, rows in the list then, when)
        self.ran: list[tuple[str, float, float]] = []
        self.rows = lambda: -1
        self._lock = threading.Lock()

    def wrap(self, task: worker.Task) -> None:
        fn, name = task.fn, task.fn.__qualname__
        self.started.append((name, self.rows(), time.perf_counter()))

        def timed(progress: worker.Progress) -> Any:
            begin = time.perf_counter()
            try:
                return fn(progress)
            finally:
                with self._lock:
                    self.ran.append((name, begin, time.perf_counter()))

        task.fn = timed


@pytest.fixture
def jobs(monkeypatch: Any) -> Jobs:
    seen = Jobs()
    real = worker.Task.run

    def run(task: worker.Task, runner: Runner, owner: Any = None) -> Any:
        seen.wrap(task)
        return real(task, runner, owner)

    monkeypatch.setattr(worker.Task, "run", run)
    return seen


@pytest.fixture
def enrolled(qapp: QApplication, tmp_path: Path) -> Iterator[AppController]:
    """An app over an enrolled field device's vault, its keyring a stand-in."""
    credential = enrolled_vault(tmp_path / "vault", PASSPHRASE, FAST_KDF)
    runner = Runner()
    ctl = AppController(
        qapp, Settings(), tmp_path / "vault", runner, ScriptedDialogs(), Languages(qapp),
        settings_path=tmp_path / "settings.json", credential_store=JsonKeyring(credential),
    )  # fmt: skip
    ctl.wipe_also = (tmp_path / "settings.json",)
    yield ctl
    ctl.shutdown()
    ctl.gate.close()
    ctl.gate.deleteLater()
    runner.wait()


def unlock_and_fill(qtbot: Any, ctl: AppController, jobs: Jobs, monkeypatch: Any) -> list[float]:
    """Unlock; return when the main window's build began and ended (perf_counter)."""
    built: list[float] = []
    real = controller_module.open_window

    def open_window(*args: Any) -> Any:
        built.append(time.perf_counter())
        window = real(*args)
        built.append(time.perf_counter())
        model = window.main.cases.model
        jobs.rows = lambda: len(model.rows)
        return window

    monkeypatch.setattr(controller_module, "open_window", open_window)
    ctl.start(schedule_sync=False)
    qtbot.waitExposed(ctl.gate)
    qtbot.waitUntil(lambda: len(jobs.ran) == 2, timeout=10_000)  # the keyring probe, imports
    jobs.started.clear()
    jobs.ran.clear()
    unlock(qtbot, ctl, PASSPHRASE.decode())
    qtbot.waitUntil(lambda: ctl.main is not None, timeout=20_000)
    main = ctl.main
    assert main is not None
    qtbot.waitUntil(lambda: main.cases.model.rowCount() == CASES, timeout=10_000)
    qtbot.waitUntil(lambda: main.sync_label.text() != "Sync: not checked yet", timeout=10_000)
    qtbot.wait(100)
    return built


def test_the_main_window_is_built_while_no_job_runs(
    qtbot: Any, enrolled: AppController, jobs: Jobs, monkeypatch: Any
) -> None:
    built = unlock_and_fill(qtbot, enrolled, jobs, monkeypatch)
    begin, end = built
    assert [name for name, _rows, when in jobs.started if begin <= when <= end] == []
    assert [name for name, start, stop in jobs.ran if start < end and stop > begin] == []
    # the list was read by the unlock's own job, before the window was built
    assert sorted(name for name, _rows, _when in jobs.started) == [
        "AppController._unlock.<locals>.work",
        "DeadlineReminders.check.<locals>.work",
        "SyncMenu.refresh.<locals>.work",
    ]


def test_the_windows_own_jobs_wait_for_the_whole_list(
    qtbot: Any, enrolled: AppController, jobs: Jobs, monkeypatch: Any
) -> None:
    """The list fills in turns (here 5 rows, then 10 a turn); the deadline reminders' check and
    the sync status read start only once every row is in, not beside the fill's turns."""
    monkeypatch.setattr(CaseListModel, "FIRST_ROWS", 5)
    monkeypatch.setattr(CaseListModel, "CHUNK_ROWS", 10)
    unlock_and_fill(qtbot, enrolled, jobs, monkeypatch)
    unlocking = "AppController._unlock.<locals>.work"
    after = {name: rows for name, rows, _when in jobs.started if name != unlocking}
    assert after == {
        "DeadlineReminders.check.<locals>.work": CASES,
        "SyncMenu.refresh.<locals>.work": CASES,
    }
    main = enrolled.main
    assert main is not None
    assert main.sync_label.text() == "Synced on 2026-01-02"  # the status read still comes


def test_a_lock_before_the_list_is_shown_leaves_nothing_to_run(
    qtbot: Any, enrolled: AppController, jobs: Jobs
) -> None:
    """Locked in the turn the window appears, before its list is put in: the list is not put
    in, and no job of the window starts on the closed vault (pytest-qt fails the test on an
    exception in the event loop)."""
    ctl = enrolled
    ctl.unlocked.connect(lambda: ctl.lock("at once"))
    ctl.start(schedule_sync=False)
    qtbot.waitExposed(ctl.gate)
    qtbot.waitUntil(lambda: len(jobs.ran) == 2, timeout=10_000)  # the keyring probe, imports
    jobs.started.clear()
    with qtbot.waitSignal(ctl.locked, timeout=20_000):
        unlock(qtbot, ctl, PASSPHRASE.decode())
    qtbot.wait(200)
    assert ctl.main is None and ctl.vault is None
    assert [name for name, _rows, _when in jobs.started] == [
        "AppController._unlock.<locals>.work",
        "AppController._probe_keyring.<locals>.work",  # the unlock window's, shown again
    ]
