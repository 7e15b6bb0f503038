"""Sync › "Save for HQ to a USB stick…" and "Import a bundle…" in the app (offscreen): a field
app writes its bundle with the server stopped, the HQ desk app imports it and shows the case
at once; what a bundle holds is told by counts, never by a title or a name."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.dialogs import ScriptedDialogs
from tests.support.snapshots import Snapshot, restore
from tests.support.sync import CutOff, Device
from tests.support.ui_flow import unlock
from vigil.sync import outbox, sneakernet
from vigil.ui.controller import AppController

UNLOCK = "correct horse battery staple"  # tests.conftest.PASSPHRASE, the helpers' vaults'
TITLE = "Asel K., Zhanaozen"


@pytest.fixture
def cut_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, desk_field_snapshot: Snapshot
) -> Iterator[CutOff]:
    """HQ and a field device enrolled on a server that is not running (the network is cut
    before either app starts): a copy of the worker's snapshot (tests/support/snapshots.py)."""
    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    server, (hq, field) = restore(desk_field_snapshot, tmp_path)
    yield CutOff(server, hq, field)
    for device in (hq, field):
        device.close()
    server.stop()


def _open_app(qtbot: Any, controller: AppController, device: Device) -> Any:
    device.vault.close()  # the app opens it
    controller.vault_dir = device.vault.path
    controller.scheduler.vault_dir = device.vault.path
    controller.scheduler.store = device.store
    controller.show_gate()
    unlock(qtbot, controller, UNLOCK)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20_000)
    return controller.main


def _wait_informed(qtbot: Any, dialogs: ScriptedDialogs, count: int) -> tuple[str, str]:
    qtbot.waitUntil(lambda: len(dialogs.informed) >= count, timeout=30_000)
    return dialogs.informed[count - 1]


def test_the_field_app_saves_a_bundle_for_hq(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, cut_off: CutOff,
    tmp_path: Path,
) -> None:  # fmt: skip
    field = cut_off.field
    case_id = field.new_case(TITLE)
    photo = tmp_path / "checkpoint.jpg"
    photo.write_bytes(os.urandom(40_000))
    field.vault.add_attachment(case_id, photo, "checkpoint.jpg")
    _open_app(qtbot, controller, field)
    actions = controller_bundles(controller)
    assert actions.save_action.isEnabled() and actions.import_action.isEnabled()
    target = tmp_path / "stick" / "for-hq.vigil"
    target.parent.mkdir()
    dialogs.saves.append(str(target))
    actions.save_action.trigger()
    title, text = _wait_informed(qtbot, dialogs, 1)
    assert title == "Saved for HQ"
    assert "2 change(s), 1 attachment(s)" in text and TITLE not in text
    assert target.is_file() and TITLE.encode() not in target.read_bytes()
    assert len(outbox.queued(field.vault.path)) == 2  # still queued for the server


def test_the_hq_desk_app_imports_a_bundle_and_shows_the_case(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, cut_off: CutOff,
    tmp_path: Path,
) -> None:  # fmt: skip
    hq, field = cut_off.hq, cut_off.field
    case_id = field.new_case(TITLE)
    stick = tmp_path / "for-hq.vigil"
    sneakernet.export_for_hq(field.vault, stick)
    main = _open_app(qtbot, controller, hq)
    actions = controller_bundles(controller)
    assert not actions.save_action.isEnabled()  # the desk makes bundles for one device
    assert main.cases.model.rowCount() == 0
    dialogs.files.append([str(stick)])
    actions.import_action.trigger()
    title, text = _wait_informed(qtbot, dialogs, 1)
    assert title == "Bundle imported" and "Imported 1 change(s)" in text and TITLE not in text
    assert [row.id for row in main.cases.model.rows] == [case_id]  # no reopening

    # The same file again: nothing new, and said so.
    dialogs.files.append([str(stick)])
    actions.import_action.trigger()
    _title, text = _wait_informed(qtbot, dialogs, 2)
    assert "Imported 0 change(s) (1 already here)" in text

    # A file that is no bundle: refused plainly, nothing changed.
    junk = tmp_path / "junk.vigil"
    junk.write_bytes(b"not a bundle")
    dialogs.files.append([str(junk)])
    actions.import_action.trigger()
    title, text = _wait_informed(qtbot, dialogs, 3)
    assert title == "Nothing was changed" and "not a Vigil bundle" in text


def test_the_field_app_imports_hqs_bundle_back_and_its_queue_shrinks(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, cut_off: CutOff,
    tmp_path: Path,
) -> None:  # fmt: skip
    hq, field = cut_off.hq, cut_off.field
    field.new_case(TITLE)
    there = tmp_path / "for-hq.vigil"
    sneakernet.export_for_hq(field.vault, there)
    assert not sneakernet.import_bundle(hq.vault, there).troubled
    back = tmp_path / "for-field.vigil"
    sneakernet.export_for_device(hq.vault, back, field.server_id)
    assert len(outbox.queued(field.vault.path)) == 1
    _open_app(qtbot, controller, field)
    dialogs.files.append([str(back)])
    controller_bundles(controller).import_action.trigger()
    title, text = _wait_informed(qtbot, dialogs, 1)
    assert title == "Bundle imported" and "HQ has 1 of this device's change(s)" in text
    assert TITLE not in text
    assert outbox.queued(field.vault.path) == []  # HQ holds it: no longer queued


def controller_bundles(controller: AppController) -> Any:
    window = controller.window
    assert window is not None
    return window.sync_menu.bundles
