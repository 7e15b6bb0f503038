"""The status line says what sync last did, what waits, and when the server cannot be trusted."""

from __future__ import annotations

from typing import Any

from tests.support.ui_flow import create_vault
from vigil.ui.controller import AppController


def test_status_line(qtbot: Any, controller: AppController) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    main.show_sync_status({"enrolled": False})
    assert main.sync_label.text() == "Not synced with HQ"
    info: dict[str, object] = {
        "enrolled": True,
        "last_success": "2026-11-27T01:02:03.000Z",
        "pending": 3,
        "last_error": "",
        "conflicts": 0,
        "integrity_alerts": [],
    }
    main.show_sync_status(info)
    assert main.sync_label.text() == "Synced 01:02 UTC · 3 waiting"
    info.update(
        last_error="unreachable",
        conflicts=2,
        integrity_alerts=[{"kind": "withheld", "detail": "d", "time": "t"}],
    )
    main.show_sync_status(info)
    text = main.sync_label.text()
    assert "last attempt failed" in text and "⚠" in text and "integrity alert" in text
    assert "2 conflict" in text
