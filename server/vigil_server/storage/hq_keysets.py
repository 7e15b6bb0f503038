"""The organisation's root-signed HQ key sets (docs/hq-keys.md, protocol.md §9.3).

The server checks a key set with the very parser and verifier devices use
(``vigil.crypto.hq_keyset``, one definition of the format), so that a seized desk whose token
still works cannot park a forged or older set where devices fetch theirs. Devices check it
again against the root they pinned: the server is not trusted with it.

The first set an organisation stores pins its root here: it must name the HQ keys the
organisation already has (the migration: the current desk adopts the root). A later set must
verify against that root with a higher serial. When a set names another desk's keys (a
rotation after a seizure), the organisation's HQ keys become the set's, every HQ desk that
holds other keys is revoked, and every unused enrolment code made before is revoked: a code
the seized desk made names keys no device takes any more.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Connection, select, update

from vigil.crypto import hq_keyset
from vigil.crypto.hq_keyset import KeySet, KeySetInvalid
from vigil_server.errors import ApiError
from vigil_server.storage.tables import devices, enrol_codes, hq_keysets, organisations

if TYPE_CHECKING:
    from vigil_server.storage.orgs import Org


def newest(conn: Connection, org_id: str) -> tuple[str, bytes] | None:
    """(root fingerprint, key set bytes) of the organisation's newest set, if any."""
    row = conn.execute(
        select(hq_keysets.c.root, hq_keysets.c.data)
        .where(hq_keysets.c.org_id == org_id)
        .order_by(hq_keysets.c.serial.desc())
        .limit(1)
    ).first()
    return None if row is None else (str(row[0]), bytes(row[1]))


def current_keys(conn: Connection, org: Org) -> tuple[list[str], list[bytes]]:
    """The HQ age recipients and Ed25519 keys devices take: the newest key set's under a
    root (hybrid ones when it names them), else those the HQ desk registered (its hybrid
    recipient first, as a desk's key request lists them). What a device code names by
    fingerprint and ``GET /v1/hq/keys`` serves (protocol.md §4)."""
    held = newest(conn, org.id)
    if held is not None:
        desk = hq_keyset.parse(held[1]).desk
        return list(desk.recipients), [desk.ed25519]
    if org.hq_age_recipient is None or org.hq_signing_key is None:
        return [], []
    hybrid = [org.hq_hybrid_recipient] if org.hq_hybrid_recipient else []
    return [*hybrid, org.hq_age_recipient], [org.hq_signing_key]


def root_of(conn: Connection, org_id: str) -> str:
    """The pinned root's fingerprint, or "" before the organisation adopted one."""
    held = newest(conn, org_id)
    return held[0] if held else ""


def check(conn: Connection, org: Org, data: bytes) -> KeySet:
    """The set, if it may be stored for ``org``; else an ApiError saying why."""
    held = newest(conn, org.id)
    try:
        if held is None:
            ks = hq_keyset.parse(data)
            ks = hq_keyset.verify(data, ks.root_fingerprint, org.name)
            if org.hq_signing_key is not None and ks.desk.ed25519 != org.hq_signing_key:
                raise ApiError(
                    409,
                    "keyset_not_this_desk",
                    "The first key set must name the organisation's current HQ signing key.",
                )
            return ks
        root, held_data = held
        before = hq_keyset.parse(held_data)
        ks = hq_keyset.verify(data, root, org.name, before)
    except KeySetInvalid as why:
        if why.reason == "rollback":
            raise ApiError(409, "keyset_stale", str(why)) from None
        raise ApiError(422, "keyset_invalid", f"{why} ({why.reason})") from None
    return ks


def store(conn: Connection, org: Org, ks: KeySet, age_recipient: str | None, now: int) -> bool:
    """Keep a checked set; returns True when it changed the organisation's HQ keys.

    ``age_recipient`` is the X25519 recipient of the desk enrolling with the set (a rotation),
    or None when the desk already holding the keys posts it."""
    exists = conn.execute(
        select(hq_keysets.c.serial).where(
            hq_keysets.c.org_id == org.id, hq_keysets.c.serial == ks.serial
        )
    ).first()
    if exists is None:
        conn.execute(
            hq_keysets.insert().values(
                org_id=org.id, serial=ks.serial, root=ks.root_fingerprint, data=ks.raw,
                received_at=now,
            )
        )  # fmt: skip
    if org.hq_signing_key == ks.desk.ed25519:
        return False
    if age_recipient is None or age_recipient not in ks.desk.recipients:
        raise ApiError(
            409,
            "keyset_not_this_desk",
            "This key set names another desk's keys: that desk enrols with it.",
        )
    conn.execute(
        update(organisations)
        .where(organisations.c.id == org.id)
        .values(
            hq_signing_key=ks.desk.ed25519,
            hq_age_recipient=age_recipient,
            hq_hybrid_recipient=None,  # the replaced desk's; the set names the new one's
            hq_hybrid_signature=None,
        )
    )
    # Before the new desk's row exists: every HQ desk there is holds the keys the set retires.
    conn.execute(
        update(devices)
        .where(devices.c.org_id == org.id, devices.c.role == "hq", devices.c.status == "active")
        .values(status="revoked", revoked_at=now)
    )
    conn.execute(
        update(enrol_codes)
        .where(
            enrol_codes.c.org_id == org.id,
            enrol_codes.c.kind == "device",
            enrol_codes.c.used_at.is_(None),
            enrol_codes.c.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )
    return True
