"""Typed settings: JSON, mode 0600, bad values fall back to defaults without stopping."""

from __future__ import annotations

import json
from pathlib import Path

from vigil.settings import Settings, load, save


def test_round_trip_and_private_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    settings = Settings(auto_lock_minutes=12, language="kk", theme="dark")
    save(settings, path)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert load(path) == settings


def test_damaged_or_hostile_files_fall_back(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert load(path) == Settings()
    path.write_text("{ not json")
    assert load(path) == Settings()
    path.write_text(json.dumps([1, 2]))
    assert load(path) == Settings()
    path.write_text(json.dumps({"auto_lock_minutes": 0, "language": "xx", "theme": "dark",
                                "clipboard_clear_seconds": "30", "unknown": True}))  # fmt: skip
    loaded = load(path)
    assert loaded.auto_lock_minutes == 5 and loaded.language == "system"
    assert loaded.theme == "dark" and loaded.clipboard_clear_seconds == 30
