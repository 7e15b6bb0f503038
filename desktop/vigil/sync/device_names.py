"""The labels HQ gave its devices, as the desk last heard them from the server.

Kept inside the vault, so that what names a device (a field alert, a letter count) shows its
label without asking the server, offline too. The desk records every device list it fetches,
and a sync round asks for the list once when a note arrived from a device it cannot name yet.

A label is only a name to show: which device sent a note is its signed device id, and the id's
first characters are always shown beside the label, so a server that lied about a label could
not pass one device's note off as another's. What the server sends is cleaned like any text
from outside before it is kept: no control or formatting characters, and a bounded length.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from vigil.vault.store import Vault

META_KEY = "device_labels"
MAX_LABEL = 80
SHORT_ID = 8


def clean(label: str) -> str:
    """A label as it may be shown: control and formatting characters (bidi overrides among
    them) dropped, whitespace runs made one space, at most MAX_LABEL characters."""
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in label
        if ch.isspace() or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn")
    )
    return " ".join(kept.split())[:MAX_LABEL]


def known(vault: Vault) -> dict[str, str]:
    """Device id -> label ("" for a device HQ named nothing) of every device the desk heard of."""
    raw = vault.get_meta(META_KEY)
    if not raw:
        return {}
    data = json.loads(raw)
    if not isinstance(data, dict):
        return {}
    return {str(k): clean(v) for k, v in data.items() if isinstance(v, str)}


def remember(vault: Vault, labels: Iterable[tuple[str, str]]) -> None:
    """Add or update what the server listed; a device it no longer lists keeps its label."""
    kept = known(vault)
    before = dict(kept)
    for device_id, label in labels:
        if device_id:
            kept[device_id] = clean(label)
    if kept != before:
        vault.set_meta(META_KEY, json.dumps(kept, ensure_ascii=False, sort_keys=True))


def shown(device_id: str, label: str) -> str:
    """How a list names a device: "Almaty laptop (1a2b3c4d)", or "device 1a2b3c4d"."""
    short = device_id[:SHORT_ID]
    return f"{label} ({short})" if label else f"device {short}"
