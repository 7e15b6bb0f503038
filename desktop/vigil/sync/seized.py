"""The HQ desk's record of seized field devices (``vigil hq seize``, docs/sync.md).

Kept inside the HQ vault (meta ``seized_devices``): device id -> when HQ recorded the
seizure and the TIME it gave. Whatever this desk encrypts for a device asks here first.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vigil.vault.store import Vault

META_KEY = "seized_devices"


def seized(vault: Vault) -> dict[str, dict[str, Any]]:
    raw = vault.get_meta(META_KEY)
    data = json.loads(raw) if raw else {}
    return data if isinstance(data, dict) else {}


def is_seized(vault: Vault, device_id: str) -> bool:
    return device_id in seized(vault)


def record(vault: Vault, device_id: str, entry: dict[str, Any]) -> None:
    data = seized(vault)
    data[device_id] = entry
    vault.set_meta(META_KEY, json.dumps(data, sort_keys=True))
