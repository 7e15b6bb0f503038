"""Organisations, devices and one-time enrolment codes."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import BigInteger, Connection, bindparam, select, update

from vigil_server.codes import new_secret
from vigil_server.errors import ApiError
from vigil_server.storage import hq_keysets, hq_proof
from vigil_server.storage.tables import devices, enrol_codes, organisations
from vigil_server.wire import b64, sha256_hex


@dataclass(frozen=True)
class Org:
    id: str
    name: str
    log_head: int
    hq_age_recipient: str | None
    hq_signing_key: bytes | None
    hq_hybrid_recipient: str | None = None  # registered by the desk (protocol.md §9)
    hq_hybrid_signature: bytes | None = None  # the HQ key's over it; None before 0013

    def hq_keys(self) -> list[dict[str, str]]:
        if self.hq_age_recipient is None or self.hq_signing_key is None:
            return []
        return [{"age": self.hq_age_recipient, "ed25519": b64(self.hq_signing_key)}]


@dataclass(frozen=True)
class Device:
    id: str
    org_id: str
    role: str
    label: str | None
    device_key: bytes
    age_recipient: str
    signing_key: bytes | None
    status: str
    wipe: bool
    created_at: int
    revoked_at: int | None
    wipe_order: bytes | None = None
    wipe_push_first: bool = False
    final_until: int | None = None
    quota_daily: int | None = None  # None: the server's default (storage/quotas.py)
    quota_total: int | None = None
    last_seen: int | None = None  # the UTC day (its first second) of the latest sign-in

    @property
    def active(self) -> bool:
        return self.status == "active"

    @property
    def may_push_final(self) -> bool:
        """Revoked with a wipe order that asks for the outbox first: a "final" token only
        reaches the push and blob-upload routes."""
        return not self.active and self.wipe_order is not None and self.wipe_push_first


@dataclass(frozen=True)
class HqProof:
    """A spent HQ challenge (its host and nonce) and the signature offered over it."""

    host: str
    nonce: str
    signature: str


@dataclass(frozen=True)
class NewDevice:
    device_key: bytes
    age_recipient: str
    signing_key: bytes | None
    proof: HqProof | None = None
    keyset: bytes | None = None  # a root-signed key set naming this desk (a rotation)


def new_id() -> str:
    return secrets.token_hex(16)


def create_org(conn: Connection, name: str, now: int) -> str:
    org_id = new_id()
    conn.execute(organisations.insert().values(id=org_id, name=name, created_at=now, log_head=0))
    return org_id


# The statements of the request path are built once, with bound parameters: SQLAlchemy then
# derives each one's cache key once, instead of at every call (about 120 us a statement,
# several times what SQLite spends running it; measured in docs/testing.md).
_ORG = select(organisations).where(organisations.c.id == bindparam("org_id"))
_ORG_LOCKED = _ORG.with_for_update()
_ADVANCE = (
    update(organisations)
    .where(organisations.c.id == bindparam("b_org"))
    .values(log_head=organisations.c.log_head + bindparam("b_count", type_=BigInteger))
    .returning(organisations.c.log_head)
)
# Only the columns a Device holds: not the escrow envelope (up to 64 KiB) at every request.
DEVICE_COLUMNS = tuple(devices.c[name] for name in Device.__dataclass_fields__)
_DEVICE = select(*DEVICE_COLUMNS).where(devices.c.id == bindparam("device_id"))
_EXISTING = select(devices.c.id).where(
    devices.c.org_id == bindparam("org_id"), devices.c.id.in_(bindparam("ids", expanding=True))
)
_HQ_IDS = select(devices.c.id).where(
    devices.c.org_id == bindparam("org_id"), devices.c.role == "hq"
)


def get_org(conn: Connection, org_id: str, lock: bool = False) -> Org:
    query = _ORG_LOCKED if lock else _ORG
    row = conn.execute(query, {"org_id": org_id}).mappings().one_or_none()
    if row is None:
        raise ApiError(500, "internal", "The server's organisation is missing from its database.")
    return Org(
        row["id"], row["name"], row["log_head"], row["hq_age_recipient"], row["hq_signing_key"],
        row["hq_hybrid_recipient"], row["hq_hybrid_signature"],
    )  # fmt: skip


def set_hybrid_recipient(conn: Connection, org_id: str, recipient: str, signature: bytes) -> None:
    """HQ's hybrid recipient and the HQ key's signature over it, once the route checked it."""
    conn.execute(
        update(organisations)
        .where(organisations.c.id == org_id)
        .values(hq_hybrid_recipient=recipient, hq_hybrid_signature=signature)
    )


def advance_head(conn: Connection, org_id: str, count: int) -> int:
    """Move the envelope log's head ``count`` places (0: none) and return the new head. The
    statement locks the organisation's row until the transaction ends, as ``get_org(lock=
    True)`` does: in one round trip instead of two (storage/envelopes.py says why that
    matters)."""
    head = conn.execute(_ADVANCE, {"b_org": org_id, "b_count": count}).scalar_one_or_none()
    if head is None:
        raise ApiError(500, "internal", "The server's organisation is missing from its database.")
    return int(head)


def device_of(row: Any) -> Device:
    """A Device from a row (a mapping) holding at least DEVICE_COLUMNS."""
    return Device(**{k: row[k] for k in Device.__dataclass_fields__})


def get_device(conn: Connection, device_id: str) -> Device | None:
    row = conn.execute(_DEVICE, {"device_id": device_id}).mappings().one_or_none()
    return None if row is None else device_of(row)


def list_devices(conn: Connection, org_id: str | None = None) -> list[Device]:
    query = select(*DEVICE_COLUMNS).order_by(devices.c.created_at, devices.c.id)
    if org_id is not None:
        query = query.where(devices.c.org_id == org_id)
    return [device_of(row) for row in conn.execute(query).mappings()]


def existing_ids(conn: Connection, org_id: str, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    return set(conn.execute(_EXISTING, {"org_id": org_id, "ids": ids}).scalars())


def hq_ids(conn: Connection, org_id: str) -> set[str]:
    return set(conn.execute(_HQ_IDS, {"org_id": org_id}).scalars())


def issue_code(
    conn: Connection,
    org_id: str,
    kind: str,
    role: str,
    label: str | None,
    expires_at: int,
    now: int,
) -> str:
    """Store the hash of a fresh one-time secret; return the secret (shown once)."""
    secret = new_secret()
    conn.execute(
        enrol_codes.insert().values(
            secret_hash=sha256_hex(secret.encode()),
            org_id=org_id,
            kind=kind,
            role=role,
            label=label,
            created_at=now,
            expires_at=expires_at,
        )
    )
    return secret


def _usable_code(conn: Connection, code_hash: str, now: int) -> Any:
    code = (
        conn.execute(select(enrol_codes).where(enrol_codes.c.secret_hash == code_hash))
        .mappings()
        .one_or_none()
    )
    if code is None:
        raise ApiError(401, "invalid_code", "This enrolment code is not known to this server.")
    if code["revoked_at"] is not None:
        raise ApiError(403, "code_revoked", "This enrolment code was revoked by HQ.")
    if code["used_at"] is not None:
        raise ApiError(403, "code_used", "This enrolment code has already been used.")
    if code["expires_at"] <= now:
        raise ApiError(
            403, "code_expired", "This enrolment code has expired; ask HQ for a new one."
        )
    return code


def hq_code(conn: Connection, secret: str, now: int) -> tuple[str, str]:
    """(org id, code hash) of a usable HQ code, for an HQ challenge; raise otherwise."""
    code_hash = sha256_hex(secret.encode())
    code = _usable_code(conn, code_hash, now)
    if code["role"] != "hq":
        raise ApiError(409, "not_hq_code", "A field device's enrolment needs no HQ challenge.")
    return str(code["org_id"]), code_hash


def enrol(conn: Connection, secret: str, new: NewDevice, now: int) -> Device:
    """Spend a code and register a device. Raises ApiError; on error nothing is changed and
    the code stays unspent (the caller's transaction rolls back)."""
    code_hash = sha256_hex(secret.encode())
    code = _usable_code(conn, code_hash, now)
    spent = conn.execute(
        update(enrol_codes)
        .where(enrol_codes.c.secret_hash == code_hash, enrol_codes.c.used_at.is_(None))
        .values(used_at=now)
    )
    if spent.rowcount != 1:
        raise ApiError(403, "code_used", "This enrolment code has already been used.")
    if conn.execute(select(devices.c.id).where(devices.c.device_key == new.device_key)).first():
        raise ApiError(409, "device_key_in_use", "This device key is already enrolled.")
    role = code["role"]
    if role == "hq":
        _bind_hq_keys(conn, code["org_id"], code["kind"], new, now)
    device = Device(
        id=new_id(),
        org_id=code["org_id"],
        role=role,
        label=code["label"],
        device_key=new.device_key,
        age_recipient=new.age_recipient,
        signing_key=new.signing_key,
        status="active",
        wipe=False,
        created_at=now,
        revoked_at=None,
    )
    conn.execute(devices.insert().values(**device.__dict__))
    return device


def _bind_hq_keys(conn: Connection, org_id: str, kind: str, new: NewDevice, now: int) -> None:
    if new.signing_key is None:
        raise ApiError(422, "signing_key_required", "An HQ desk must register the HQ signing key.")
    org = get_org(conn, org_id, lock=True)
    if new.keyset is not None:
        _take_keyset(conn, org, new, now)
        return
    if org.hq_signing_key is not None and (org.hq_age_recipient, org.hq_signing_key) != (
        new.age_recipient,
        new.signing_key,
    ):
        raise ApiError(
            409,
            "hq_keys_differ",
            "This organisation already has HQ keys; another HQ desk must hold the same HQ "
            "identity.",
        )
    if kind != "admin" and org.hq_signing_key is None:
        raise ApiError(409, "hq_keys_missing", "This organisation has no HQ keys yet.")
    # The key the proof must verify with: the organisation's once it has one (the real
    # check), else the key being registered (the first desk shows it holds its own key).
    key = org.hq_signing_key or new.signing_key
    if new.proof is not None:
        hq_proof.verify(
            key, new.proof.host, "enrol", new.proof.nonce, b64(new.device_key), new.proof.signature
        )
    elif org.hq_signing_key is not None:
        raise hq_proof.required()
    if org.hq_signing_key is None:
        conn.execute(
            update(organisations)
            .where(organisations.c.id == org_id)
            .values(hq_age_recipient=new.age_recipient, hq_signing_key=new.signing_key)
        )


def revoke(
    conn: Connection,
    device_id: str,
    wipe: bool,
    now: int,
    wipe_order: bytes | None = None,
    push_first: bool = False,
) -> Device | None:
    """Mark a device revoked (idempotent; a later call may add the wipe request, or replace
    the signed order with a newer one, never remove either)."""
    device = get_device(conn, device_id)
    if device is None:
        return None
    values: dict[str, Any] = {"status": "revoked", "wipe": device.wipe or wipe}
    if wipe_order is not None:
        values.update(wipe=True, wipe_order=wipe_order, wipe_push_first=push_first)
    if device.revoked_at is None:
        values["revoked_at"] = now
    conn.execute(update(devices).where(devices.c.id == device_id).values(**values))
    return get_device(conn, device_id)


def _take_keyset(conn: Connection, org: Org, new: NewDevice, now: int) -> None:
    """A desk enrolling with a root-signed key set that names its keys: after the old desk
    was seized, the root's word (checked here and again by every device) makes it HQ's. It
    proves it holds the key the set names."""
    assert new.keyset is not None and new.signing_key is not None
    if not hq_keysets.root_of(conn, org.id):
        raise ApiError(
            409, "keyset_no_root", "This organisation has no HQ root; no key set rotates it."
        )
    ks = hq_keysets.check(conn, org, new.keyset)
    if ks.desk.ed25519 != new.signing_key or new.age_recipient not in ks.desk.recipients:
        raise ApiError(
            409, "keyset_not_this_desk", "The key set names other keys than this desk's."
        )
    if new.proof is None:
        raise hq_proof.required()
    hq_proof.verify(
        new.signing_key, new.proof.host, "enrol", new.proof.nonce, b64(new.device_key),
        new.proof.signature,
    )  # fmt: skip
    hq_keysets.store(conn, org, ks, new.age_recipient, now)
