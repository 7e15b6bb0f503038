"""The HQ desk's "Seized…" button (ui/hq_seize.py), against a real server: its dialog names
what it does and to whom and asks when the laptop was taken (now by default, never later
than now); declining does nothing; going ahead with an earlier time revokes the device,
records it as seized from that time, takes back out what HQ had merged of it since, and says
what it had sent by count, never by title or name."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QWidget

from tests.support.dialogs import ScriptedDialogs
from tests.support.sync import Device
from tests.support.ui import answer_modal
from vigil.settings import Settings
from vigil.sync import seized
from vigil.ui.clipboard import ClipboardGuard
from vigil.ui.context import UiContext
from vigil.ui.hq_desk import HqDesk
from vigil.ui.hq_seize import SeizeDialog
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
    qtbot: Any, desk: tuple[HqDesk, ScriptedDialogs], hq_desk_device: Device, field: Device
) -> None:
    window, _dialogs = desk
    hq = hq_desk_device
    case_id = field.new_case(TITLE)
    for device in (field, field, hq):  # the case, then the key note it vouches for
        assert not device.sync()[0].error
    window.show_page(window.devices)
    page = window.devices
    qtbot.waitUntil(lambda: len(page.rows) == 2 and not page.busy, timeout=30_000)
    page.select(field.server_id)
    assert page.seize.button.isEnabled()
    asked: list[SeizeDialog] = []

    def decline(dialog: QWidget) -> None:
        assert isinstance(dialog, SeizeDialog)
        asked.append(dialog)
        dialog.reject()

    answer_modal(qtbot, page.seize.button.click, decline)  # declined: nothing happens
    dialog = asked[0]
    assert dialog.windowTitle() == "Seized?" and field.server_id in dialog.text.text()
    go = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert go.text().replace("&", "") == "Seized" and cancel.isDefault() and not go.isDefault()
    shown = dialog.when.dateTime().toSecsSinceEpoch()
    assert abs(shown - datetime.now(UTC).timestamp()) < 120  # TIME is now by default
    # What the person reads is UTC, the zone the server's clock and --since speak.
    read = datetime.strptime(dialog.when.text(), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)
    assert abs(read.timestamp() - datetime.now(UTC).timestamp()) < 120
    later = QDateTime.currentDateTimeUtc().addDays(2)
    dialog.when.setDateTime(later)  # a time to come is no time a laptop was taken
    assert dialog.when.dateTime() <= QDateTime.currentDateTimeUtc().addSecs(60)
    assert not seized.is_seized(hq.vault, field.server_id)
    assert hq.vault.get(case_id) is not None

    taken = datetime.now(UTC) - timedelta(days=1)  # before the case reached the server

    def earlier(dialog: QWidget) -> None:
        assert isinstance(dialog, SeizeDialog)
        utc = QTimeZone.utc()
        dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(taken.timestamp()), utc))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answer_modal(qtbot, page.seize.button.click, earlier)
    qtbot.waitUntil(lambda: "Recorded as seized" in window.status.text(), timeout=30_000)
    shown_text = window.status.text()
    assert "1 case(s)" in shown_text and TITLE not in shown_text
    assert "taken back out" in shown_text  # what HQ had merged of it since that time
    assert seized.is_seized(hq.vault, field.server_id)
    since = seized.seized(hq.vault)[field.server_id]["since"]
    assert since == taken.strftime("%Y-%m-%dT%H:%M:%S.000000Z")  # the time given
    assert hq.vault.get(case_id) is None  # accepted after it: undone at HQ
    assert "revoked" in field.sync()[0].error.lower()
