"""The demo in the app (offscreen): the unlock screen shows the demo's passphrase, and the
app's own scheduler syncs with the demo's HQ server through the demo's credential store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.support.dialogs import ScriptedDialogs
from tests.support.ui_flow import unlock
from vigil.demo import DEMO_PASSPHRASE, Demo, start_demo
from vigil.settings import Settings
from vigil.ui.controller import AppController
from vigil.ui.i18n import Languages
from vigil.ui.worker import Runner


@pytest.fixture
def demo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Demo]:
    monkeypatch.setenv("VIGIL_VAULT", str(tmp_path / "real-vault"))
    monkeypatch.setenv("VIGIL_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("VIGIL_DEMO_DIR", str(tmp_path / "demo"))
    with start_demo() as running:
        yield running


def test_demo_unlocks_and_syncs_in_the_app(
    qtbot: Any, qapp: QApplication, demo: Demo, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    assert demo.server is not None
    runner = Runner()
    ctl = AppController(
        qapp, Settings(), demo.vault, runner, dialogs, Languages(qapp),
        settings_path=tmp_path / "demo-settings.json", demo_passphrase=DEMO_PASSPHRASE,
        credential_store=demo.store,
    )  # fmt: skip
    ctl.wipe_also = (tmp_path / "demo-settings.json", tmp_path / "logs" / "vigil.log")
    try:
        ctl.start(schedule_sync=False)
        qtbot.waitExposed(ctl.gate)
        hint = ctl.gate.unlock.demo_hint
        assert hint.isVisible() and DEMO_PASSPHRASE in hint.text()

        # A round while locked: push and fetch with the demo's credential, no vault key.
        with qtbot.waitSignal(ctl.scheduler.finished, timeout=60_000) as locked_round:
            ctl.scheduler.sync_now()
        assert locked_round.args[0].error == ""

        unlock(qtbot, ctl, DEMO_PASSPHRASE)
        qtbot.waitUntil(lambda: ctl.main is not None, timeout=20_000)
        main = ctl.main
        assert main is not None
        qtbot.waitUntil(lambda: main.cases.model.rowCount() == 1, timeout=10_000)
        with qtbot.waitSignal(ctl.scheduler.finished, timeout=60_000) as round_:
            main.sync_requested.emit()
        assert round_.args[0].error == ""
        info = ctl.last_sync_status
        assert info["enrolled"] is True and info["last_error"] == ""
        assert info["url"] == demo.server.url
        assert main.sync_label.text().startswith("Synced")
    finally:
        ctl.shutdown()
        ctl.gate.close()
        ctl.gate.deleteLater()
        runner.wait()
