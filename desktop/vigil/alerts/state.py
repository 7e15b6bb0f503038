"""What the alerts channel keeps beside the vault, readable while it is locked.

``alerts-state.json`` (0600): the notes cursor, the sequence marks per key, HQ keys a rotation
introduced or retired (public keys only), this device's own age recipient (so that notes
fetched while locked are stored encrypted to it) and refusals waiting for the integrity log.
The same marks are kept inside the vault, which is authoritative: at unlock a state file that
went backwards is noticed and logged (docs/alerts.md).

``alerts-marker.json`` (0600): the locked screen's marker, counts and kinds only, never any
text: ``{"v": 1, "unread": 2, "kinds": {"urgent-action": 1, "alert": 1}}``.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vigil.alerts.note import KINDS, SeqState
from vigil.crypto import strict_json
from vigil.vault import layout
from vigil.vault.files import atomic_write

STATE_FILE = layout.ALERTS_STATE
MARKER_FILE = layout.ALERTS_MARKER
INBOX = layout.ALERTS_INBOX
OUTBOX = layout.ALERTS_OUTBOX
VERSION = 1


@dataclass
class ChannelState:
    cursor: int = 0
    seq: SeqState = field(default_factory=SeqState)
    keys: list[bytes] = field(default_factory=list)  # HQ alert keys introduced by rotation
    retired: list[bytes] = field(default_factory=list)
    self_age: str = ""
    to_log: list[str] = field(default_factory=list)  # refusals while locked, for the vault log
    # This device pinned an HQ root (docs/hq-keys.md): a key-rotation note changes nothing,
    # only a root-signed key set does. Kept here so that the locked channel knows it too.
    rooted: bool = False
    # The key set's (Ed25519, ML-DSA-65) pair of HQ keys: a note by that Ed25519 key needs the
    # ML-DSA-65 signature too, checked while locked as at the unlock (docs/hq-keys.md).
    post_quantum: tuple[bytes, bytes] | None = None


def _keys(raw: Any) -> list[bytes]:
    out: list[bytes] = []
    if isinstance(raw, list):
        for text in raw[:16]:
            try:
                key = base64.b64decode(str(text), validate=True)
            except (binascii.Error, ValueError):
                continue
            if len(key) == 32:
                out.append(key)
    return out


def _pair(raw: Any) -> tuple[bytes, bytes] | None:
    if not isinstance(raw, list) or len(raw) != 2:
        return None
    try:
        ed, ml = (base64.b64decode(str(k), validate=True) for k in raw)
    except (binascii.Error, ValueError):
        return None
    return (ed, ml) if len(ed) == 32 and len(ml) == 1952 else None


def load(vault_dir: Path) -> ChannelState:
    try:
        raw: Any = strict_json.loads((vault_dir / STATE_FILE).read_bytes(), STATE_FILE)
    except (OSError, strict_json.StrictJSONError):
        return ChannelState()
    if not isinstance(raw, dict) or raw.get("v") != VERSION:
        return ChannelState()
    state = ChannelState(
        cursor=raw["cursor"] if isinstance(raw.get("cursor"), int) else 0,
        seq=SeqState.from_json(raw.get("seq")),
        keys=_keys(raw.get("keys")),
        retired=_keys(raw.get("retired")),
        self_age=raw["self_age"] if isinstance(raw.get("self_age"), str) else "",
        rooted=raw.get("rooted") is True,
        post_quantum=_pair(raw.get("post_quantum")),
    )
    if isinstance(raw.get("to_log"), list):
        state.to_log = [str(x) for x in raw["to_log"]][-200:]
    return state


def save(vault_dir: Path, state: ChannelState) -> None:
    body = {
        "v": VERSION,
        "cursor": state.cursor,
        "seq": state.seq.to_json(),
        "keys": [base64.b64encode(k).decode() for k in state.keys],
        "retired": [base64.b64encode(k).decode() for k in state.retired],
        "self_age": state.self_age,
        "to_log": state.to_log[-200:],
    }
    if state.rooted:
        body["rooted"] = True
    if state.post_quantum is not None:
        body["post_quantum"] = [base64.b64encode(k).decode() for k in state.post_quantum]
    atomic_write(vault_dir / STATE_FILE, json.dumps(body, indent=1).encode())


def read_marker(vault_dir: Path) -> dict[str, Any]:
    """The marker: ``unread`` and ``kinds`` (kind -> count). Anything unreadable is empty."""
    try:
        raw: Any = strict_json.loads((vault_dir / MARKER_FILE).read_bytes(), MARKER_FILE)
    except (OSError, strict_json.StrictJSONError):
        raw = {}
    kinds: dict[str, int] = {}
    if isinstance(raw, dict) and isinstance(raw.get("kinds"), dict):
        kinds = {
            k: v
            for k, v in raw["kinds"].items()
            if k in (*KINDS, "field") and isinstance(v, int) and v > 0
        }
    return {"v": VERSION, "unread": sum(kinds.values()), "kinds": kinds}


def write_marker(vault_dir: Path, kinds: dict[str, int]) -> None:
    """Replace the marker. Only kind names from the fixed list and counts are written."""
    clean = {k: int(v) for k, v in kinds.items() if k in (*KINDS, "field") and v > 0}
    body = {"v": VERSION, "unread": sum(clean.values()), "kinds": clean}
    atomic_write(vault_dir / MARKER_FILE, json.dumps(body, sort_keys=True).encode())


def bump_marker(vault_dir: Path, kind: str) -> None:
    kinds = dict(read_marker(vault_dir)["kinds"])
    kinds[kind] = kinds.get(kind, 0) + 1
    write_marker(vault_dir, kinds)
