"""The sync state file beside the vault (``sync-state.json``, 0600): the server cursor and what
the status line shows (last success, last error, failures). It holds no case data and no
secret. The cursor is also kept inside the vault at unlock, where it cannot be edited unnoticed.

Its own module, apart from the round (engine.py), so that what runs at unlock and the status
read it without importing the network client.
"""

from __future__ import annotations

import json
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from vigil.crypto import strict_json
from vigil.vault import layout
from vigil.vault.files import atomic_write

STATE_FILE = layout.SYNC_STATE


@dataclass
class SyncState:
    cursor: int = 0
    last_success: str = ""
    last_attempt: str = ""
    last_error: str = ""
    failures: int = 0
    alerts: list[str] = field(default_factory=list)  # for the vault's integrity log at unlock
    wipe_requested: bool = False


def load_state(vault_dir: Path) -> SyncState:
    try:
        raw: Any = strict_json.loads((vault_dir / STATE_FILE).read_bytes(), STATE_FILE)
    except (OSError, strict_json.StrictJSONError):  # anyone who can write the folder wrote it
        return SyncState()
    if not isinstance(raw, dict):
        return SyncState()
    state = SyncState()
    for key, value in raw.items():
        if hasattr(state, key) and isinstance(value, type(getattr(state, key))):
            setattr(state, key, value)
    return state


def save_state(vault_dir: Path, state: SyncState) -> None:
    atomic_write(vault_dir / STATE_FILE, json.dumps(asdict(state), indent=1).encode())


def backoff_seconds(failures: int, base: float = 60.0, cap: float = 3600.0) -> float:
    """Exponential backoff with full jitter, for the scheduler after failed rounds."""
    return random.uniform(0, min(cap, base * 2 ** max(0, failures - 1)))
