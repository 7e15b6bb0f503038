"""From the app, without a terminal (issue 15): the HQ desk is set up with the server's admin
code in Join HQ, and a vault whose keyring lost its sync credential joins again, a field
device with a new code from HQ and the desk with a new admin code, after the same plain
explanation the command line gives. A real vigil-server on loopback TLS, one per test (its
organisation takes one HQ identity), and a real HQ desk in this process."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.server import FAST_LIMITS, ServerProcess, launch
from tests.support.sync import make_hq, memory_store
from tests.support.ui_flow import create_vault
from vigil.sync import hq as hq_calls
from vigil.sync import session
from vigil.sync.enrolment import config
from vigil.ui.controller import AppController
from vigil.ui.join_hq import JoinHqDialog
from vigil.ui.sync_panel import SyncMenu
from vigil.vault.keyring_id import keyring_id


@pytest.fixture
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One per test: the desk a test sets up takes the organisation's one HQ identity."""
    root = tmp_path_factory.mktemp("org")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
        process = launch(root / "server", None, *FAST_LIMITS)
        try:
            yield process
        finally:
            process.stop()


@pytest.fixture
def app(
    qtbot: Any, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> tuple[AppController, SyncMenu]:
    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    controller.scheduler.store = memory_store()
    create_vault(qtbot, controller)
    assert controller.window is not None
    return controller, controller.window.sync_menu


def _admin_code(server: ServerProcess) -> str:
    return server.cli("admin-code").stdout.strip().splitlines()[-1]


def _forget_credential(controller: AppController, qtbot: Any, menu: SyncMenu) -> str:
    """The keyring loses this vault's entry (reset, or the folder carried elsewhere)."""
    vault = controller.vault
    assert vault is not None
    cfg = config(vault)
    assert cfg is not None
    store = controller.scheduler.store
    assert store.delete(keyring_id(vault.path, vault.header.vault_id))
    menu.refresh()
    qtbot.waitUntil(lambda: menu.join_action.isEnabled(), timeout=20_000)
    return cfg.device_id


def _open(menu: SyncMenu, code: str) -> JoinHqDialog:
    menu.join_action.trigger()
    dialog = menu.join_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.code.setPlainText(code)
    return dialog


def _join(qtbot: Any, dialog: JoinHqDialog) -> str:
    assert dialog.check() is not None, dialog.status.text()
    dialog.join_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    text = dialog.status.text()
    dialog.close()
    return text


@pytest.mark.slow  # a desk set up, its credential lost, and set up again, on a real server
def test_the_desk_is_set_up_and_joins_again_from_the_app(
    qtbot: Any, app: tuple[AppController, SyncMenu], server: ServerProcess, tmp_path: Path
) -> None:
    controller, menu = app
    assert controller.window is not None and controller.window.hq is None  # no HQ menu yet
    dialog = _open(menu, server.admin_code)
    assert dialog.check() is not None
    assert "HQ desk's set-up code" in dialog.status.text()
    assert "become the organisation's HQ keys" in dialog.status.text()
    said = _join(qtbot, dialog)
    assert "now the HQ desk" in said, said
    vault = controller.vault
    assert vault is not None
    first = config(vault)
    assert first is not None and first.role == "hq"
    assert controller.window.hq is not None  # the HQ menu, without locking and unlocking

    old_id = _forget_credential(controller, qtbot, menu)
    assert old_id == first.device_id
    dialog = _open(menu, _admin_code(server))
    assert dialog.again is not None
    assert dialog.check() is not None
    assert "revokes its old device" in dialog.status.text()
    said = _join(qtbot, dialog)
    assert "now the HQ desk" in said, said
    again = config(vault)
    assert again is not None and again.device_id != old_id and again.role == "hq"
    rows = {r.id: r for r in hq_calls.devices(vault, controller.scheduler.store)}
    assert rows[old_id].status == "revoked" and rows[again.device_id].status == "active"
    assert not menu.join_action.isEnabled()


@pytest.mark.slow  # a field device enrolled, its credential lost, enrolled again
def test_a_field_vault_whose_credential_is_gone_joins_again_from_the_app(
    qtbot: Any, app: tuple[AppController, SyncMenu], server: ServerProcess, tmp_path: Path
) -> None:
    controller, menu = app
    hq = make_hq(tmp_path, server.admin_code)
    vault = controller.vault
    assert vault is not None
    code = session.hq_enrol_code(hq.vault, hq.store, 3600)
    session.enrol_field(vault, code, controller.scheduler.store)
    menu.refresh()
    qtbot.waitUntil(lambda: not menu.join_action.isEnabled(), timeout=20_000)
    old_id = _forget_credential(controller, qtbot, menu)

    # the admin code is the desk's, not this field device's
    dialog = _open(menu, _admin_code(server))
    assert dialog.check() is None and "this vault is a field device" in dialog.status.text()
    dialog.close()
    dialog = _open(menu, session.hq_enrol_code(hq.vault, hq.store, 3600))
    explained = [w.text() for w in dialog.findChildren(type(dialog.status))]
    assert any("Joining again makes it a new device" in t and old_id in t for t in explained)
    assert dialog.check() is not None
    assert f"The old device {old_id} is no longer used" in dialog.status.text()
    said = _join(qtbot, dialog)
    assert "Joined" in said, said
    again = config(vault)
    assert again is not None and again.device_id != old_id and again.role == "field"
    hq.close()

