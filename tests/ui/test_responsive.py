"""The UI thread is never the one that waits: unlocking (Argon2id), asking the keyring at
start and searching all run elsewhere while the window keeps answering.

Each test makes one step deliberately slow in a way that needs the UI thread: the step waits
for a heartbeat timer on the UI thread to tick (tests/support/heartbeat.py). If the step ran
on the UI thread, or blocked it, the heartbeat could not tick and the step records a failure.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget

import vigil.crypto.header
from tests.support.heartbeat import Heartbeat
from tests.support.ui_flow import PASSPHRASE, unlock
from tests.support.vaults import FAST_KDF
from vigil.crypto.errors import VigilError
from vigil.ui.controller import AppController
from vigil.ui.main_window import MainWindow
from vigil.vault.search import SearchHit
from vigil.vault.store import Vault

TITLES = ("Almaty detention", "Almaty hunger strike", "Astana protest", "Zhanaozen trial")


@pytest.fixture
def heartbeat() -> Any:
    beat = Heartbeat()
    yield beat
    beat.stop()


def make_vault(path: Path) -> None:
    vault, _recovery = Vault.create(path, PASSPHRASE.encode(), FAST_KDF)
    with vault:
        for title in TITLES:
            vault.save("case", {"title": title})


def unlocked(qtbot: Any, controller: AppController) -> MainWindow:
    if not controller.vault_dir.exists():
        make_vault(controller.vault_dir)
    controller.start(schedule_sync=False)
    qtbot.waitExposed(controller.gate)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20_000)
    main = controller.main
    assert main is not None
    qtbot.waitUntil(lambda: main.cases.model.rowCount() == len(TITLES), timeout=5_000)
    return main


def test_the_window_answers_while_the_key_is_derived(
    qtbot: Any, controller: AppController, heartbeat: Heartbeat, monkeypatch: Any
) -> None:
    real = vigil.crypto.header.derive

    def slow_derive(*args: Any) -> bytes:
        key = real(*args)
        heartbeat.wait_for_ticks(10)
        return key

    make_vault(controller.vault_dir)
    monkeypatch.setattr(vigil.crypto.header, "derive", slow_derive)
    unlocked(qtbot, controller)
    assert heartbeat.waits == [True]


class SlowKeyring:
    """The keyring's answer to 'is a key remembered for this vault?', slow as D-Bus can be."""

    def __init__(self, heartbeat: Heartbeat) -> None:
        self.heartbeat = heartbeat

    def is_remembered(self, _vault_dir: Path) -> bool:
        self.heartbeat.wait_for_ticks(10)
        return True


def test_the_unlock_window_answers_while_the_keyring_is_asked(
    qtbot: Any, controller: AppController, heartbeat: Heartbeat
) -> None:
    make_vault(controller.vault_dir)
    controller._keys = SlowKeyring(heartbeat)
    controller.start(schedule_sync=False)
    button = controller.gate.unlock.keyring_button
    qtbot.waitUntil(button.isVisible, timeout=10_000)
    assert heartbeat.waits == [True]


def _slow_search(
    monkeypatch: Any, heartbeat: Heartbeat, hold: dict[str, threading.Event] | None = None
) -> list[str]:
    """Make Vault.search wait for the heartbeat (and for ``hold[query]``, when given);
    return the list of queries that finished, in order."""
    real = Vault.search
    finished: list[str] = []

    def slow(vault: Vault, query: str, limit: int = 50) -> list[SearchHit]:
        heartbeat.wait_for_ticks(3)
        if hold and query in hold:
            assert hold[query].wait(10)
        hits = real(vault, query, limit)
        finished.append(query)
        return hits

    monkeypatch.setattr(Vault, "search", slow)
    return finished


def shown_titles(main: MainWindow) -> list[str]:
    dialog = main.search_dialog
    assert dialog is not None
    model = dialog.model
    return sorted(
        model.item(g).child(r).text()
        for g in range(model.rowCount())
        for r in range(model.item(g).rowCount())
    )


def test_typing_in_search_does_not_wait_for_the_vault(
    qtbot: Any, controller: AppController, heartbeat: Heartbeat, monkeypatch: Any
) -> None:
    main = unlocked(qtbot, controller)
    _slow_search(monkeypatch, heartbeat)
    main.open_search()
    dialog = main.search_dialog
    assert dialog is not None
    dialog.query.setText("almaty")
    qtbot.waitUntil(lambda: shown_titles(main) == sorted(TITLES[:2]), timeout=10_000)
    assert heartbeat.waits and all(heartbeat.waits)


def test_a_late_answer_to_an_older_query_is_not_shown(
    qtbot: Any, controller: AppController, heartbeat: Heartbeat, monkeypatch: Any
) -> None:
    main = unlocked(qtbot, controller)
    release = threading.Event()
    finished = _slow_search(monkeypatch, heartbeat, {"astana": release})
    main.open_search()
    dialog = main.search_dialog
    assert dialog is not None
    shown: list[str] = []
    dialog.results_shown.connect(shown.append)
    dialog.query.setText("astana")
    dialog.run_query()  # what the debounce would do; the answer is held back
    dialog.query.setText("zhanaozen")
    dialog.run_query()
    qtbot.waitUntil(lambda: shown == ["zhanaozen"], timeout=10_000)
    assert shown_titles(main) == ["Zhanaozen trial"]
    release.set()
    qtbot.waitUntil(lambda: "astana" in finished, timeout=10_000)
    controller.runner.wait()
    # The held answer was posted to the UI thread before this query started, so it has
    # been delivered (and dropped) by the time this one is shown.
    dialog.query.setText("almaty")
    dialog.run_query()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    assert shown == ["zhanaozen", "almaty"]
    assert shown_titles(main) == sorted(TITLES[:2])
    assert all(heartbeat.waits)


def test_enter_before_the_results_opens_the_first_result(
    qtbot: Any, controller: AppController, heartbeat: Heartbeat, monkeypatch: Any
) -> None:
    main = unlocked(qtbot, controller)
    _slow_search(monkeypatch, heartbeat)
    main.open_search()
    dialog = main.search_dialog
    assert dialog is not None
    dialog.query.setText("zhanaozen")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert main.case_view.overview.title_.text() == "Zhanaozen trial"
    assert all(heartbeat.waits)


def test_the_window_is_built_in_turns_with_the_event_loop_running_between(
    qtbot: Any, controller: AppController, monkeypatch: Any
) -> None:
    """Unlocking builds the window with its case list first; the open-case pane comes in a
    later turn of the event loop (a call queued when the window started has run by then),
    and the urgent-actions area only when it is first shown, so the UI thread is never held
    for all of it."""
    import vigil.ui.main_window as main_window

    turned: list[bool] = []
    at: dict[str, int] = {}
    for name in ("MainWindow", "CaseView", "AppealsArea"):
        cls = getattr(main_window, name)

        def built(*args: Any, _init: Any = cls.__init__, _name: str = name) -> None:
            if _name == "MainWindow":
                QTimer.singleShot(0, lambda: turned.append(True))
            at[_name] = len(turned)
            _init(*args)

        monkeypatch.setattr(cls, "__init__", built)
    main = unlocked(qtbot, controller)
    qtbot.waitUntil(lambda: len(at) == 2, timeout=5_000)
    qtbot.wait(100)  # turns enough for anything else queued at unlock
    assert at == {"MainWindow": 0, "CaseView": 1}
    main.areas.setCurrentIndex(1)  # the person opens the urgent actions
    assert "AppealsArea" in at
    # the area took the place of its stand-in: same tab, same title, and it is shown
    assert main.areas.indexOf(main.appeals) == 1 and main.areas.currentIndex() == 1
    assert main.areas.currentWidget() is main.appeals
    assert main.areas.tabText(1) == "Urgent actions"


def test_an_unlock_starts_no_work_beside_the_list_that_it_does_not_need(
    qtbot: Any, controller: AppController, monkeypatch: Any
) -> None:
    """Background work shares the interpreter with the UI thread and with the worker reading
    the case list: every job started at unlock slows both. A vault not enrolled has no sync
    status to read (reading it imported the sync client, about 0.5 s of CPU in the first
    unlock of a start, beside the list read)."""
    import vigil.ui.worker as worker

    started: list[str] = []
    real = worker.Task.run

    def run(task: worker.Task, runner: worker.Runner, owner: Any = None) -> Any:
        started.append(task.fn.__qualname__)
        return real(task, runner, owner)

    monkeypatch.setattr(worker.Task, "run", run)
    make_vault(controller.vault_dir)
    controller.start(schedule_sync=False)
    qtbot.waitExposed(controller.gate)
    qtbot.waitUntil(lambda: len(started) == 2, timeout=5_000)  # the keyring probe, imports
    started.clear()
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20_000)
    main = controller.main
    assert main is not None
    qtbot.waitUntil(lambda: main.cases.model.rowCount() == len(TITLES), timeout=5_000)
    qtbot.wait(100)
    assert sorted(started) == [  # the unlock's job reads the list too (app_window.first_rows)
        "AppController._unlock.<locals>.work",
        "DeadlineReminders.check.<locals>.work",
    ]
    assert controller.window is not None
    # what the status read used to decide: joining is offered, syncing is not
    assert controller.window.sync_menu.join_action.isEnabled()
    assert not main.sync_action.isEnabled()
    assert main.sync_label.text() == "Not enrolled"  # said at once, without a round


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``window``, in order."""
    stops, widget = [], window.nextInFocusChain()
    while widget is not window:
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if takes_tab and widget.isVisible() and widget.isEnabled():
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_a_case_tab_is_built_when_first_shown_and_shows_the_open_case(
    qtbot: Any, controller: AppController, monkeypatch: Any
) -> None:
    """The open-case pane is built at every unlock; of its tabs only the overview, the one a
    case opens on, is built with it. Another tab is built the first time it is shown (or
    used) and then shows the case already open, in its own place."""
    import vigil.ui.case_view as case_view

    built: list[str] = []
    for cls in (
        case_view.OverviewTab,
        case_view.PeopleTab,
        case_view.TimelineTab,
        case_view.NotesTab,
        case_view.AttachmentsTab,
    ):

        def init(
            tab: Any, *args: Any, _init: Any = cls.__init__, _name: str = cls.__name__
        ) -> None:
            built.append(_name)
            _init(tab, *args)

        monkeypatch.setattr(cls, "__init__", init)
    main = unlocked(qtbot, controller)
    assert controller.vault is not None
    case_id = main.cases.model.rows[-1].id
    controller.vault.save("event", {"date": "2011-12-16", "type": "other", "text": "Shots fired"},
                          case_id=case_id)  # fmt: skip
    qtbot.waitUntil(lambda: main._case_view is not None, timeout=5_000)
    main.cases.select(case_id)
    view = main.case_view
    assert built == ["OverviewTab"]
    assert view.overview.title_.text() == main.cases.model.rows[-1].title
    titles = [view.tabText(i) for i in range(view.count())]
    assert titles == ["Overview", "People", "Timeline", "Notes", "Attachments"]

    view.setCurrentIndex(2)  # the person clicks on Timeline
    assert built == ["OverviewTab", "TimelineTab"]
    assert view.currentIndex() == 2 and view.currentWidget() is view.timeline
    assert view.timeline.case_id == case_id
    assert view.timeline.events.topLevelItem(0).text(2) == "Shots fired"
    assert [view.tabText(i) for i in range(view.count())] == titles
    # Tab reaches the new tab's controls before the status bar, in reading order
    stops = tab_stops(main)
    in_bar = [w for w in stops if main.statusBar().isAncestorOf(w)]
    in_tab = [w for w in stops if view.timeline.isAncestorOf(w)]
    assert in_bar and in_tab and stops.index(in_tab[-1]) < stops.index(in_bar[0])

    view.show_item("note")  # a search result opens a note
    assert view.currentWidget() is view.notes and built[-1] == "NotesTab"
    assert view.notes.case_id == case_id
    assert len(built) == 3  # People and Attachments not needed yet
    controller.lock("test")
    assert view.timeline.case_id is None  # locking empties the tabs that exist


def test_a_round_that_merges_while_the_list_is_read_is_in_the_list(
    qtbot: Any, controller: AppController, monkeypatch: Any
) -> None:
    """When the unlock's own read of the list fails, the vault opens all the same and the
    window reads the list on a worker. A sync round that merges a case after that read, but
    before its rows reach the window, is not in what was read: the rows it changed are shown
    once the list is in, not lost under it."""
    import vigil.ui.main_window as main_window
    import vigil.vault.listing as listing

    read, release = threading.Event(), threading.Event()
    real = main_window.case_rows
    at_unlock: list[str] = []

    def broken(vault: Vault) -> Any:
        at_unlock.append(threading.current_thread().name)
        raise VigilError("damaged row")

    def held(vault: Vault) -> Any:
        rows = real(vault)
        read.set()
        assert release.wait(10)
        return rows

    monkeypatch.setattr(listing, "case_rows", broken)
    monkeypatch.setattr(main_window, "case_rows", held)
    make_vault(controller.vault_dir)
    controller.start(schedule_sync=False)
    qtbot.waitExposed(controller.gate)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.main is not None and read.is_set(), timeout=20_000)
    assert len(at_unlock) == 1 and at_unlock != ["MainThread"]  # tried once, on the worker
    main, vault = controller.main, controller.vault
    assert main is not None and vault is not None
    merged = vault.save("case", {"title": "Merged by a round"}).item  # as a round's merge
    assert main.cases.model.rowCount() == 0  # nothing shown yet: the read is on its way
    main.sync_changed(frozenset({merged}), frozenset({merged}))
    release.set()
    qtbot.waitUntil(lambda: main.cases.model.rowCount() == len(TITLES) + 1, timeout=5_000)
    assert "Merged by a round" in [row.title for row in main.cases.model.rows]


def test_a_round_that_merges_between_the_unlocks_read_and_the_fill_is_in_the_list(
    qtbot: Any, controller: AppController, monkeypatch: Any
) -> None:
    """The unlock's job reads the list; the window puts the rows in a turn after its build.
    A round that merges a case in between is not in those rows: it is shown all the same."""
    import vigil.ui.controller as controller_module

    real = controller_module.open_window
    merged: list[str] = []

    def open_window(ctl: AppController, vault: Vault, rows: Any = None) -> Any:
        window = real(ctl, vault, rows)
        assert rows is not None and window.main.cases.model.rowCount() == 0
        merged.append(vault.save("case", {"title": "Merged by a round"}).item)
        window.main.sync_changed(frozenset(merged), frozenset(merged))
        return window

    monkeypatch.setattr(controller_module, "open_window", open_window)
    main = unlocked_with(qtbot, controller, len(TITLES) + 1)
    assert merged and "Merged by a round" in [row.title for row in main.cases.model.rows]
    assert sorted(row.title for row in main.cases.model.rows) == sorted(
        [*TITLES, "Merged by a round"]
    )


def unlocked_with(qtbot: Any, controller: AppController, rows: int) -> MainWindow:
    make_vault(controller.vault_dir)
    controller.start(schedule_sync=False)
    qtbot.waitExposed(controller.gate)
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20_000)
    main = controller.main
    assert main is not None
    qtbot.waitUntil(lambda: main.cases.model.rowCount() == rows, timeout=5_000)
    qtbot.wait(50)
    return main
