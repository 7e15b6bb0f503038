"""The status line says what sync last did, what waits, and when the server cannot be trusted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from tests.support.ui_flow import create_vault
from vigil.ui.controller import AppController


def test_status_line(qtbot: Any, controller: AppController) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    main.show_sync_status({"enrolled": False})
    assert main.sync_label.text() == "Not enrolled"
    info: dict[str, object] = {
        "enrolled": True,
        "last_success": (datetime.now(UTC) - timedelta(minutes=5, seconds=10)).isoformat(),
        "pending": 3,
        "last_error": "",
        "conflicts": 0,
        "integrity_alerts": [],
    }
    main.show_sync_status(info)
    assert main.sync_label.text() == "Synced 5 min ago · 3 waiting"
    info.update(
        last_error="unreachable",
        conflicts=2,
        integrity_alerts=[{"kind": "withheld", "detail": "d", "time": "t"}],
    )
    main.show_sync_status(info)
    text = main.sync_label.text()
    assert text.startswith("Sync failed: unreachable") and "⚠" in text and "integrity alert" in text
    assert "2 conflict" in text
