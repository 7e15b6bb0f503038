"""The custody log of a case (docs/evidence.md, "Custody").

Each entry is an item of kind ``custody`` in the case, saved once and never edited, so it is a
signed revision like any other and travels inside envelopes to HQ. Entries are chained per
device, not in one shared chain: the field device and HQ both append offline, and one chain
would fork. An entry's ``prev`` is the SHA-256 of the signed text of the same device's
previous entry in the case (the text a third party sees in an evidence package), so the chain
is checked without any Vigil key.

What the revisions already record needs no entry: the case's creation and each attachment
added (its first revision carries the plaintext SHA-256, size, original name, time and
device), edits, and, through the server's receipts, each transfer to HQ. Viewing is never
recorded: that would leak who looked.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from vigil.cases.transfer import SECTIONS
from vigil.crypto.envelope import Revision, canonical_json
from vigil.vault.store import Vault

KIND = "custody"
HEADS_META = "custody_heads"  # {"<case id>": [device hex, sha256 of the last entry's text]}


def case_revisions(vault: Vault, case_id: str) -> list[Revision]:
    """Every revision of the case and of every item in it, deleted items and custody entries
    too, each opened and verified, ordered by device and sequence number."""
    items = [case_id]
    for kind in (*SECTIONS.values(), "attachment", KIND):
        items += [i.id for i in vault.items(kind, case_id, include_deleted=True)]
    return sorted(vault.histories(items), key=lambda r: (r.device.hex(), r.seq))


def signed_text(rev: Revision) -> bytes:
    """The exact text a revision's signature covers (formats.md §7.3)."""
    return canonical_json(rev.body()) + b"\n"


def text_hash(rev: Revision) -> str:
    return hashlib.sha256(signed_text(rev)).hexdigest()


def append(vault: Vault, case_id: str, action: str, detail: str = "", sha256: str = "") -> Revision:
    """Add one entry to the case's custody log, chained to this device's previous one."""
    heads = _heads(vault)
    device = vault.device.hex()
    payload: dict[str, Any] = {"action": action, "detail": detail}
    head = heads.get(case_id)
    if head is not None and head[0] == device:
        payload["prev"] = head[1]
    if sha256:
        payload["sha256"] = sha256
    rev = vault.save(KIND, payload, case_id=case_id)
    heads[case_id] = [device, text_hash(rev)]
    vault.set_meta(HEADS_META, json.dumps(heads, sort_keys=True))
    return rev


def _heads(vault: Vault) -> dict[str, list[str]]:
    raw = vault.get_meta(HEADS_META)
    found = json.loads(raw) if raw else {}
    return found if isinstance(found, dict) else {}
