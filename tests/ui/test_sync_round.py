"""The app's scheduled round is the core round: an HQ desk app (offscreen, a real server on
loopback TLS) receives a field device's new case and attachment and shows both without
reopening anything; an edit in progress survives the refresh; a lock during a round raises
nothing; and the round's signals are not connected again at every unlock."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import SIGNAL

from tests.support.server import FAST_LIMITS
from tests.support.snapshots import Snapshot, restore
from tests.support.sync import Device
from tests.support.ui_flow import unlock
from vigil.sync import round as sync_round
from vigil.ui.controller import AppController

UNLOCK = "correct horse battery staple"  # tests.conftest.PASSPHRASE, the helpers' vaults'


@pytest.fixture
def org(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, desk_field_snapshot: Snapshot
) -> Iterator[tuple[Device, Device]]:
    """A server of its own, its HQ desk and a field device, enrolled: a copy of the worker's
    snapshot (tests/support/snapshots.py)."""
    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    server, (hq, field) = restore(desk_field_snapshot, tmp_path)
    try:
        server.start(*FAST_LIMITS)
        hq.vault.close()  # the app opens it
        yield hq, field
    finally:
        field.close()
        server.stop()


def _desk(qtbot: Any, controller: AppController, hq: Device) -> None:
    """The controller, pointed at the HQ desk's vault and its credential, unlocked."""
    controller.vault_dir = hq.vault.path
    controller.scheduler.vault_dir = hq.vault.path
    controller.scheduler.store = hq.store
    controller.show_gate()
    unlock(qtbot, controller, UNLOCK)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20_000)


def _scheduled_round(qtbot: Any, controller: AppController) -> Any:
    with qtbot.waitSignal(controller.scheduler.finished, timeout=30_000) as done:
        controller.scheduler.timer.start(1)  # the schedule's own timer, not a direct call
    return done.args[0]


def test_hq_desk_shows_a_field_case_and_attachment_after_its_scheduled_round(
    qtbot: Any, controller: AppController, org: tuple[Device, Device], tmp_path: Path
) -> None:
    hq, field = org
    _desk(qtbot, controller, hq)
    main = controller.main
    assert main is not None and main.cases.model.rowCount() == 0

    case_id = field.new_case("Asel K., Zhanaozen")
    assert not field.sync()[0].error
    assert not _scheduled_round(qtbot, controller).error
    assert [r.id for r in main.cases.model.rows] == [case_id]  # no reopening, no reload
    assert main.cases.model.rows[0].title == "Asel K., Zhanaozen"

    main.cases.select(case_id)
    main.open_case(case_id)
    overview = main.case_view.overview
    overview.summary.setPlainText("typed on the desk, not saved yet")
    photo = tmp_path / "checkpoint.jpg"
    photo.write_bytes(os.urandom(50_000))
    attachment = field.vault.add_attachment(case_id, photo, "checkpoint.jpg").item
    field.vault.save("case", {"title": "Asel K., Zhanaozen (detained)"}, item_id=case_id)
    assert not field.sync()[0].error
    assert not _scheduled_round(qtbot, controller).error

    # the attachment was downloaded in the same round, and the open case lists it
    listed = main.case_view.attachments.list
    names = [listed.item(i).text() for i in range(listed.count())]
    assert any("checkpoint.jpg" in n for n in names), names
    vault = controller.vault
    assert vault is not None
    blob = vault.get(attachment)
    assert blob is not None
    assert (vault.path / "attachments" / f"{blob.payload['blob']}.age").is_file()
    # the list row follows the field's new title; the desk's unsaved summary is still there
    assert main.cases.model.rows[0].title == "Asel K., Zhanaozen (detained)"
    assert overview.summary.toPlainText() == "typed on the desk, not saved yet"
    assert main.case_view.case_id == case_id


def test_lock_during_a_round_raises_nothing_and_the_unlock_merges(
    qtbot: Any, controller: AppController, org: tuple[Device, Device], monkeypatch: Any
) -> None:
    hq, field = org
    _desk(qtbot, controller, hq)
    case_id = field.new_case("Fetched while the desk locks")
    assert not field.sync()[0].error
    pulled, go_on = threading.Event(), threading.Event()
    real = sync_round.sync_once

    def held(*args: Any, **kwargs: Any) -> Any:  # the real push and pull, then a pause
        report = real(*args, **kwargs)
        pulled.set()
        go_on.wait(20)
        return report

    monkeypatch.setattr(sync_round, "sync_once", held)
    with qtbot.waitSignal(controller.scheduler.finished, timeout=30_000):
        controller.scheduler.sync_now()
        qtbot.waitUntil(pulled.is_set, timeout=20_000)
        controller.lock("test")  # while the round holds what it pulled, before merging
        go_on.set()
    qtbot.wait(50)  # anything queued after the round (late refreshes) runs here
    assert controller.main is None
    monkeypatch.setattr(sync_round, "sync_once", real)
    unlock(qtbot, controller, UNLOCK)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20_000)
    main = controller.main
    assert main is not None
    # merged by the unlock; the list is put in a turn after the window is built
    qtbot.waitUntil(lambda: case_id in [r.id for r in main.cases.model.rows], timeout=10_000)


def test_round_signals_are_not_connected_again_at_each_unlock(
    qtbot: Any, controller: AppController, org: tuple[Device, Device]
) -> None:
    hq, _field = org
    scheduler = controller.scheduler
    finished = SIGNAL("finished(PyObject)")
    changed = SIGNAL("changed(PyObject,PyObject)")
    counts = []
    for _ in range(3):
        _desk(qtbot, controller, hq)
        counts.append((scheduler.receivers(finished), scheduler.receivers(changed)))
        controller.lock("test")
        qtbot.waitUntil(lambda: controller.main is None, timeout=5_000)
        qtbot.wait(20)  # deferred deletes: the window and what it owned
    assert counts[0] == counts[1] == counts[2], counts
    assert scheduler.receivers(changed) == 0  # the window's connection died with it
