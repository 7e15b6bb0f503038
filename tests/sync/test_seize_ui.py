"""The HQ desk's "Seized…" button (ui/hq_seize.py), against a real server: it asks first,
naming what it does and to whom; declining does nothing; going ahead revokes the device,
records it as seized and says what it had sent by count, never by title or name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from tests.support.dialogs import ScriptedDialogs
from tests.support.sync import Device, make_field
from vigil.settings import Settings
from vigil.sync import seized
from vigil.ui.clipboard import ClipboardGuard
from vigil.ui.context import UiContext
from vigil.ui.hq_desk import HqDesk
from vigil.ui.worker import Runner

pytestmark = pytest.mark.e2e  # a real server, and in-process devices

TITLE = "Held at the Khorgos crossing"


@pytest.fixture
def desk(
    qapp: QApplication, qtbot: Any, hq_desk_device: Device, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[HqDesk, ScriptedDialogs]]:
    monkeypatch.setenv("VIGIL_STRICT_THREADS", "1")  # a worker touching a widget fails
    runner, dialogs = Runner(), ScriptedDialogs()
    ctx = UiContext(hq_desk_device.vault, runner, dialogs, ClipboardGuard(30), Settings())
    main = QMainWindow()
    window = HqDesk(main, ctx, hq_desk_device.store, None)
    qtbot.addWidget(main)
    yield window, dialogs
    window.wipe()
    runner.wait()


def test_the_seized_button_asks_then_revokes_and_counts(
    qtbot: Any, desk: tuple[HqDesk, ScriptedDialogs], hq_desk_device: Device, tmp_path: Path
) -> None:
    window, dialogs = desk
    hq = hq_desk_device
    field = make_field(tmp_path, hq, "field")
    try:
        field.new_case(TITLE)
        for device in (field, field, hq):  # the case, then the key note it vouches for
            assert not device.sync()[0].error
        window.show_page(window.devices)
        page = window.devices
        qtbot.waitUntil(lambda: len(page.rows) == 2 and not page.busy, timeout=30_000)
        page.select(field.server_id)
        assert page.seize.button.isEnabled()
        page.seize.button.click()  # declined: nothing happens
        title, text = dialogs.informed[-1]
        assert title == "Seized?" and field.server_id in text
        assert not seized.is_seized(hq.vault, field.server_id)

        dialogs.confirms.append(True)
        page.seize.button.click()
        qtbot.waitUntil(lambda: "Recorded as seized" in window.status.text(), timeout=30_000)
        shown = window.status.text()
        assert "1 case(s)" in shown and TITLE not in shown
        assert seized.is_seized(hq.vault, field.server_id)
        assert "revoked" in field.sync()[0].error.lower()
    finally:
        field.close()
