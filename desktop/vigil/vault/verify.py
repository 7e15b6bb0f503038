"""Checking a whole vault: the database pages, every envelope, every chain, every blob.

Problems are collected, not raised, so one damaged revision does not hide the state of the
rest. Each problem is one line naming what is damaged.
"""

from __future__ import annotations

import io
import json
from collections import defaultdict
from typing import TYPE_CHECKING

from vigil.crypto import envelope
from vigil.crypto.errors import VigilError
from vigil.vault import attachments, db, layout

if TYPE_CHECKING:
    from vigil.vault.store import Vault


class _Discard(io.RawIOBase):
    def write(self, data: bytes) -> int:  # type: ignore[override]
        return len(data)


def verify_vault(vault: Vault) -> list[str]:
    problems: list[str] = []
    try:
        return _verify(vault, problems)
    except db.DatabaseError as exc:
        return [*problems, f"database: reading stopped at a damaged page ({exc})"]


def _verify(vault: Vault, problems: list[str]) -> list[str]:
    conn = vault.conn
    try:
        for (row,) in conn.execute("PRAGMA cipher_integrity_check"):
            problems.append(f"database: {row}")
        for (row,) in conn.execute("PRAGMA integrity_check"):
            if row != "ok":
                problems.append(f"database: {row}")
    except db.DatabaseError as exc:
        problems.append(f"database: the file is damaged ({exc})")
        return problems

    chains: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    known_keys = {dev: key for dev, key in conn.execute("SELECT device, author_key FROM devices")}
    heads = {item: head for item, head in conn.execute("SELECT id, head FROM items")}
    head_payloads = {
        item: json.loads(payload) for item, payload in conn.execute("SELECT id, payload FROM items")
    }
    try:
        rows = conn.execute("SELECT id, item_id, envelope FROM revisions").fetchall()
    except db.DatabaseError as exc:
        return [*problems, f"database: the revisions cannot be read ({exc})"]
    for rev_id, item_id, data in rows:
        try:
            rev = envelope.open_envelope(bytes(data), vault.identities)
        except VigilError as exc:
            problems.append(f"revision {rev_id[:12]} of item {item_id}: {exc}")
            continue
        if rev.id != rev_id:
            problems.append(f"revision {rev_id[:12]}: its bytes do not match its id")
            continue
        if rev.item != item_id:
            problems.append(f"revision {rev_id[:12]}: filed under the wrong item")
        if known_keys.get(rev.device.hex()) != rev.author_key.hex():
            problems.append(f"revision {rev_id[:12]}: signed by a key this vault does not know")
        chains[rev.device.hex()].append((rev.seq, rev.prev, rev.id))
        if heads.get(item_id) == rev_id and head_payloads.get(item_id) != dict(rev.payload):
            problems.append(f"item {item_id}: its current state differs from its latest revision")

    for device, chain in chains.items():
        chain.sort()
        previous = ""
        for expected_seq, (seq, prev, rev_id) in enumerate(chain, start=1):
            if seq != expected_seq:
                problems.append(f"device {device[:12]}: sequence {expected_seq} is missing")
                break
            if prev != previous:
                problems.append(f"device {device[:12]}: the chain breaks at revision {rev_id[:12]}")
                break
            previous = rev_id

    for item_id, payload in conn.execute(
        "SELECT id, payload FROM items WHERE kind = 'attachment'"
    ).fetchall():
        meta = json.loads(payload)
        file = meta["blob"] + attachments.BLOB_SUFFIX
        try:
            attachments.decrypt_blob(
                vault.path / layout.ATTACHMENTS / file, meta["blob"], meta.get("sha256", ""),
                vault.identities, _Discard(),
            )  # fmt: skip
        except VigilError as exc:
            problems.append(f"attachment {item_id}: {exc}")
    return problems
