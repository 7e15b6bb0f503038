"""What a vault pinned of the HQ root: its fingerprint and the newest key set it accepted.

Kept apart from sync/hq_keys.py (which takes key sets) so that the alerts code can ask "is a
root pinned?", and pin one from HQ's note, without importing what imports it (hq-keys.md §3).
"""

from __future__ import annotations

import base64
import json
import re
from typing import TYPE_CHECKING

from vigil.crypto import hq_keyset
from vigil.crypto.hq_keyset import KeySet, KeySetInvalid

if TYPE_CHECKING:
    from vigil.vault.store import Vault

_FINGERPRINT = re.compile(r"[0-9a-f]{64}")
META = "hq_root"  # {"v": 1, "root": "<64 hex>", "keyset": "<b64 of the set>" | null}


def pinned_root(vault: Vault) -> str | None:
    raw = vault.get_meta(META)
    return str(json.loads(raw)["root"]) if raw else None


def held(vault: Vault) -> KeySet | None:
    """The key set this vault accepted last (it passed every check when it was stored)."""
    raw = vault.get_meta(META)
    if not raw:
        return None
    data = json.loads(raw).get("keyset")
    return hq_keyset.parse(base64.b64decode(data)) if data else None


def record(vault: Vault, root: str, keyset: bytes | None) -> None:
    body = {"v": 1, "root": root, "keyset": base64.b64encode(keyset).decode() if keyset else None}
    vault.set_meta(META, json.dumps(body))


def pin(vault: Vault, fingerprint: str) -> None:
    """Pin the root (enrolment, or HQ's one endorsement note of the migration). A device that
    pinned a root never pins another: a second root would undo what the first one protects."""
    if not _FINGERPRINT.fullmatch(fingerprint):
        raise KeySetInvalid("malformed", "The HQ root fingerprint is malformed.")
    before = pinned_root(vault)
    if before == fingerprint:
        return
    if before is not None:
        raise KeySetInvalid(
            "wrong_root", "This device already pinned another HQ root; it keeps that one."
        )
    record(vault, fingerprint, None)
    from vigil.alerts import state

    st = state.load(vault.path)
    st.rooted = True
    state.save(vault.path, st)
