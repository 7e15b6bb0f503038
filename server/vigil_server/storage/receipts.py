"""Signed receipts for accepted envelopes (docs/evidence.md, docs/formats.md "Receipt").

When the server accepts an envelope it signs a short text naming the envelope's SHA-256, its
log sequence number, the organisation and the server's clock, with the organisation's receipt
key. A device keeps the receipt with the revision: it dates the revision from outside the
device, so a device clock that lies cannot backdate evidence past its first receipt.

The first receipt key of an organisation is made when first needed and its fingerprint
(SHA-256 of the raw public key) is carried in every enrolment code, where devices pin it. A
rotation makes a new key that the key before it endorses, so a device follows the chain from
the key it pinned; the old key signs nothing more. The keys live in the database so that every
server process of an organisation signs with the same one.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from sqlalchemy import Connection, select, update

from vigil_server.storage import orgs
from vigil_server.storage.tables import receipt_keys
from vigil_server.wire import rfc3339

RECEIPT_HEADER = "vigil-receipt/1"
KEY_HEADER = "vigil-receipt-key/1"


@dataclass(frozen=True)
class ReceiptKey:
    key_id: str
    public: bytes
    seed: bytes
    created_at: int
    endorsement: bytes | None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public)


@dataclass(frozen=True)
class Receipt:
    text: str
    signature: bytes
    key: bytes


def fingerprint(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()


def key_id_of(public: bytes) -> str:
    return fingerprint(public)[:16]


def receipt_text(org_id: str, sha256: str, seq: int, when: int, key_id: str) -> str:
    """The exact text a receipt signs (docs/formats.md "Receipt")."""
    return (
        f"{RECEIPT_HEADER}\norg {org_id}\nenvelope {sha256}\nseq {seq}\n"
        f"time {rfc3339(when)}\nkey {key_id}\n"
    )


def endorsement_text(org_id: str, public: bytes, created_at: int) -> str:
    """The exact text the previous receipt key signs to endorse the next one."""
    return (
        f"{KEY_HEADER}\norg {org_id}\nkey {base64.b64encode(public).decode()}\n"
        f"created {rfc3339(created_at)}\n"
    )


def _row(row: object) -> ReceiptKey:
    m = row._mapping  # type: ignore[attr-defined]
    return ReceiptKey(
        m["key_id"], bytes(m["public"]), bytes(m["seed"]), m["created_at"], m["endorsement"]
    )


def chain(conn: Connection, org_id: str) -> list[ReceiptKey]:
    """Every receipt key of the organisation, oldest first; the last one signs."""
    rows = conn.execute(
        select(receipt_keys)
        .where(receipt_keys.c.org_id == org_id)
        .order_by(receipt_keys.c.created_at, receipt_keys.c.key_id)
    )
    found = [_row(r) for r in rows]
    # created_at can tie (two rotations in one second): follow the endorsements instead.
    ordered = [k for k in found if k.endorsement is None][:1]
    rest = [k for k in found if k not in ordered]
    while rest:
        nxt = next((k for k in rest if _endorsed_by(k, ordered[-1], org_id)), None)
        if nxt is None:
            break
        ordered.append(nxt)
        rest.remove(nxt)
    return ordered


def _endorsed_by(key: ReceiptKey, previous: ReceiptKey, org_id: str) -> bool:
    if key.endorsement is None:
        return False
    try:
        Ed25519PublicKey.from_public_bytes(previous.public).verify(
            key.endorsement, endorsement_text(org_id, key.public, key.created_at).encode()
        )
    except Exception:
        return False
    return True


def _new_key(conn: Connection, org_id: str, now: int, previous: ReceiptKey | None) -> ReceiptKey:
    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes_raw()
    public = private.public_key().public_bytes_raw()
    endorsement = None
    if previous is not None:
        signer = Ed25519PrivateKey.from_private_bytes(previous.seed)
        endorsement = signer.sign(endorsement_text(org_id, public, now).encode())
        conn.execute(
            update(receipt_keys)
            .where(receipt_keys.c.org_id == org_id, receipt_keys.c.key_id == previous.key_id)
            .values(retired_at=now)
        )
    key = ReceiptKey(key_id_of(public), public, seed, now, endorsement)
    conn.execute(
        receipt_keys.insert().values(
            org_id=org_id,
            key_id=key.key_id,
            public=public,
            seed=seed,
            created_at=now,
            endorsement=endorsement,
        )
    )
    return key


def signing_chain(conn: Connection, org_id: str, now: int) -> list[ReceiptKey]:
    """The chain whose last key signs now; the first key is made (under the organisation's
    row lock) when there is none. Call inside a write transaction."""
    keys = chain(conn, org_id)
    if keys:
        return keys
    orgs.get_org(conn, org_id, lock=True)
    keys = chain(conn, org_id)  # another process may have made it while we waited
    return keys or [_new_key(conn, org_id, now, None)]


def rotate(conn: Connection, org_id: str, now: int) -> ReceiptKey:
    """A new signing key, endorsed by the current one, which retires."""
    orgs.get_org(conn, org_id, lock=True)
    keys = chain(conn, org_id)
    return _new_key(conn, org_id, now, keys[-1] if keys else None)


def sign(key: ReceiptKey, org_id: str, sha256: str, seq: int, when: int) -> Receipt:
    text = receipt_text(org_id, sha256, seq, when, key.key_id)
    signature = Ed25519PrivateKey.from_private_bytes(key.seed).sign(text.encode())
    return Receipt(text, signature, key.public)
