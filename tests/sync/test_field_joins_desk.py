"""The whole field-to-HQ path through the two apps' windows, no terminal: the HQ desk window
makes an enrolment code; the field app pastes it into Join HQ, joins and syncs; the desk's
device list then shows the new field device under its label, and the desk, after its round,
holds the field's case. A real server on loopback TLS; real widgets offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from tests.support.dialogs import ScriptedDialogs
from tests.support.sync import Device, memory_store
from tests.support.ui_flow import create_vault
from tests.support.vaults import FAST_KDF
from vigil.settings import Settings
from vigil.ui.clipboard import ClipboardGuard
from vigil.ui.context import UiContext
from vigil.ui.controller import AppController
from vigil.ui.hq_desk import HqDesk
from vigil.ui.i18n import Languages
from vigil.ui.worker import Runner


@pytest.fixture
def field_app(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[AppController, ScriptedDialogs]]:
    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    monkeypatch.setenv("VIGIL_STRICT_THREADS", "1")
    runner, dialogs = Runner(), ScriptedDialogs()
    ctl = AppController(
        qapp, Settings(), tmp_path / "field", runner, dialogs, Languages(qapp),
        settings_path=tmp_path / "settings.json", kdf=FAST_KDF, credential_store=memory_store(),
    )  # fmt: skip
    ctl.wipe_also = (tmp_path / "settings.json", tmp_path / "logs" / "vigil.log")
    yield ctl, dialogs
    ctl.shutdown()
    ctl.gate.close()
    ctl.gate.deleteLater()
    runner.wait()


def test_a_code_from_the_desk_window_joins_the_field_app_and_its_case_reaches_hq(
    qapp: QApplication, qtbot: Any, hq_desk_device: Device,
    field_app: tuple[AppController, ScriptedDialogs],
) -> None:  # fmt: skip
    hq = hq_desk_device
    desk_runner, desk_dialogs = Runner(), ScriptedDialogs()
    ctx = UiContext(hq.vault, desk_runner, desk_dialogs, ClipboardGuard(30), Settings())
    desk_main = QMainWindow()
    qtbot.addWidget(desk_main)
    desk = HqDesk(desk_main, ctx, hq.store, None)
    try:
        page = desk.devices
        desk.show_page(page)
        qtbot.waitUntil(lambda: len(page.rows) == 1 and not page.busy, timeout=30_000)
        page.label.setText("Almaty laptop 3")
        desk_dialogs.confirms.append(True)
        page.code_button.click()
        qtbot.waitUntil(lambda: bool(page.code_text) and not page.busy, timeout=30_000)
        code = page.code_text

        controller, _dialogs = field_app
        create_vault(qtbot, controller)
        assert controller.vault is not None
        controller.vault.save("case", {"title": "Detained at the border"})
        menu = controller.window.sync_menu
        menu.join_action.trigger()
        join = menu.join_dialog
        assert join is not None
        join.code.setPlainText(code)
        join.check_button.click()
        assert hq.cred.url in join.pins.text() and hq.cred.pin in join.pins.text()
        with qtbot.waitSignal(controller.scheduler.finished, timeout=60_000) as round_done:
            join.join_button.click()
        assert "Joined" in join.status.text()
        assert round_done.args[0].error == "" and round_done.args[0].pushed >= 1
        device_id = controller.scheduler.credential_store().load(
            controller.vault.header.vault_id.hex()
        ).device_id

        page.refresh_button.click()
        qtbot.waitUntil(lambda: len(page.rows) == 2 and not page.busy, timeout=30_000)
        row = next(r for r in page.rows if r.id == device_id)
        assert row.role == "field"
        index = page.rows.index(row)
        assert page.table.item(index, 0).text() == "Almaty laptop 3"
        hq.sync()
        titles = [c.payload["title"] for c in hq.vault.items("case")]
        assert "Detained at the border" in titles
    finally:
        desk.wipe()
        desk_runner.wait()
