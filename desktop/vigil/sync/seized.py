"""The record of seized field devices, inside the vault (docs/sync.md, "A field laptop is
seized"); the seizure itself is ``sync/seize.py``. A small module with no network or alerts
code, so that the merge, the publisher and the inbox can all ask it.

On a field device the note is recorded too (``seized_devices``): nothing there is encrypted
to another field device's key today, and whatever comes to be must ask here first.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from vigil.crypto.errors import BadArgument

if TYPE_CHECKING:
    from vigil.vault.store import Vault

META_KEY = "seized_devices"
NOTE_KIND = "device-seized"
NOTE_DAYS = 365.0
_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"  # compares as text in time order (client.server_time)
FUTURE_SLACK = timedelta(minutes=5)  # the desk's clock may run a little behind the server's


def seized(vault: Vault) -> dict[str, dict[str, Any]]:
    """Device id -> {"since": TIME, "recorded": when, "keys": [signing keys, hex]}."""
    raw = vault.get_meta(META_KEY)
    data = json.loads(raw) if raw else {}
    return data if isinstance(data, dict) else {}


def is_seized(vault: Vault, device_id: str) -> bool:
    return device_id in seized(vault)


def record(vault: Vault, device_id: str, entry: dict[str, Any]) -> None:
    data = seized(vault)
    data[device_id] = {**data.get(device_id, {}), **entry}
    vault.set_meta(META_KEY, json.dumps(data, sort_keys=True))


def seized_keys(vault: Vault) -> dict[bytes, str]:
    """Signing key of a seized device -> the time after which the server's acceptance of its
    revisions puts them in quarantine (for ``merge.Trust``)."""
    out: dict[bytes, str] = {}
    for entry in seized(vault).values():
        for key in entry.get("keys", []):
            out[bytes.fromhex(str(key))] = str(entry.get("since", ""))
    return out


def parse_since(text: str | None) -> str:
    """TIME in the form the pulled acceptance times take (client.server_time); now when not
    given."""
    if not text:
        return datetime.now(UTC).strftime(_FORMAT)
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise BadArgument(
            f"{text!r} is not a time: give one such as 2026-12-07T06:10:00Z."
        ) from None
    if when.tzinfo is None:
        raise BadArgument("Give TIME with its zone (Z for UTC): the server's clock decides.")
    if when > datetime.now(UTC) + FUTURE_SLACK:
        raise BadArgument(
            f"{text!r} is a time to come: give when the laptop was taken (at the latest now)."
        )
    return when.astimezone(UTC).strftime(_FORMAT)


def earliest(vault: Vault, device_id: str, when: str) -> str:
    """The TIME to record: a device seized before keeps its earlier TIME (the button pressed
    again, its time left at now, must not let merge what was accepted in between)."""
    before = str(seized(vault).get(device_id, {}).get("since", "")) or when
    return min(before, when)


def take_note(vault: Vault, payload: dict[str, Any]) -> str:
    """A field device applies a verified ``device-seized`` note; returns what happened."""
    device_id = str(payload.get("device", ""))
    if len(device_id) != 32 or not all(c in "0123456789abcdef" for c in device_id):
        from vigil.alerts.note import NoteRejected

        raise NoteRejected("malformed", "A seizure note names no valid device.")
    record(vault, device_id, {"since": str(payload.get("since", ""))})
    return f"Device {device_id[:8]} was seized: nothing is encrypted to it any more."
