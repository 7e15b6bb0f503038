"""Typed settings, declared in one place, stored as JSON (mode 0600).

Secrets never live here. An unreadable or hand-damaged file falls back to the defaults for
the bad fields and says so in the log; it never stops the app from starting.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from vigil.vault.files import atomic_write, default_config_dir, safe_mkdir

log = logging.getLogger(__name__)

LANGUAGES = ("system", "en", "ru", "kk", "ug")
THEMES = ("system", "light", "dark")
# The range of every number setting, declared once: loading checks against it and the settings
# dialog's spin boxes are built from it (so the two cannot disagree).
BOUNDS: dict[str, tuple[int, int]] = {
    "auto_lock_minutes": (1, 240),
    "clipboard_clear_seconds": (5, 600),
    "sync_minutes": (1, 24 * 60),
    "wipe_after_failures": (0, 100),
    "remind_days_before": (0, 60),
}
CHOICES: dict[str, tuple[str, ...]] = {"language": LANGUAGES, "theme": THEMES}
PROXY_SCHEMES = ("socks5://", "socks5h://", "http://")


@dataclass
class Settings:
    auto_lock_minutes: int = 5
    lock_on_screen_lock: bool = True
    clipboard_clear_seconds: int = 30
    language: str = "system"
    theme: str = "system"
    vault_dir: str = ""
    sync_minutes: int = 15
    wipe_after_failures: int = 0  # wipe after this many wrong passphrases in a row; 0: never
    sync_proxy: str = ""  # e.g. socks5://127.0.0.1:9050 to sync through Tor
    # deadline reminders for followed urgent actions, this many days ahead; 0: off
    remind_days_before: int = 3

    def problems(self) -> list[str]:
        out = [name for name, (lo, hi) in BOUNDS.items() if not lo <= getattr(self, name) <= hi]
        out += [name for name, allowed in CHOICES.items() if getattr(self, name) not in allowed]
        if self.sync_proxy and not self.sync_proxy.startswith(PROXY_SCHEMES):
            out.append("sync_proxy")
        return out


def config_dir() -> Path:
    return default_config_dir()


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load(path: Path | None = None) -> Settings:
    path = path or settings_path()
    defaults = Settings()
    try:
        raw: Any = json.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return defaults
    except (OSError, ValueError):
        log.warning("settings file unreadable; using defaults")
        return defaults
    if not isinstance(raw, dict):
        return defaults
    values: dict[str, Any] = {}
    for spec in fields(Settings):
        if spec.name in raw and isinstance(raw[spec.name], type(getattr(defaults, spec.name))):
            values[spec.name] = raw[spec.name]
    settings = Settings(**values)
    for name in settings.problems():
        log.warning("setting %s out of range; using its default", name)
        setattr(settings, name, getattr(defaults, name))
    return settings


def save(settings: Settings, path: Path | None = None) -> None:
    path = path or settings_path()
    safe_mkdir(path.parent)
    atomic_write(path, json.dumps(asdict(settings), indent=1).encode())
