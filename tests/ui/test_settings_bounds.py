"""Settings bounds are declared once (vigil.settings.BOUNDS): loading checks against them and
the settings dialog's spin boxes are built from them, so the two cannot disagree."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from vigil import settings
from vigil.settings import BOUNDS, Settings
from vigil.ui.settings_dialog import SettingsDialog

SPINS = {
    "auto_lock": "auto_lock_minutes",
    "clipboard": "clipboard_clear_seconds",
    "sync_minutes": "sync_minutes",
    "remind_days": "remind_days_before",
    "wipe_after": "wipe_after_failures",
}


def test_the_dialog_takes_its_ranges_from_the_declared_bounds(qtbot: Any) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    for attr, name in SPINS.items():
        spin = getattr(dialog, attr)
        assert (spin.minimum(), spin.maximum()) == BOUNDS[name], name
        assert spin.value() == getattr(Settings(), name)


@pytest.mark.parametrize("name", sorted(BOUNDS))
def test_a_stored_value_outside_its_bounds_falls_back_to_the_default(
    name: str, tmp_path: Path
) -> None:
    low, high = BOUNDS[name]
    path = tmp_path / "settings.json"
    for value, kept in ((low, True), (high, True), (low - 1, False), (high + 1, False)):
        path.write_text(json.dumps({name: value}))
        loaded = getattr(settings.load(path), name)
        assert loaded == (value if kept else getattr(Settings(), name)), (name, value)


def test_the_dialog_refuses_a_proxy_the_settings_file_would_drop(qtbot: Any) -> None:
    """Accepted as typed, "127.0.0.1:9050" was used until the next start, then dropped by
    loading (no scheme): the sync meant for Tor went out directly, without a word."""
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.sync_proxy.setText("127.0.0.1:9050")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0
    assert "socks5://" in dialog.problem.text() and dialog.problem.isVisible()
    dialog.sync_proxy.setText("socks5h://127.0.0.1:9050")
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == 1
    assert dialog.result_settings(Settings()).sync_proxy == "socks5h://127.0.0.1:9050"
