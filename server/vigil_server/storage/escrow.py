"""Escrow envelopes: one age file per field device, kept in its device row (docs/escrow.md).

The server cannot open one; it stores, removes and hands it to HQ of the same organisation."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, update

from vigil_server.storage import orgs
from vigil_server.storage.tables import devices


@dataclass(frozen=True)
class Escrow:
    envelope: bytes
    stored_at: int


def store(conn: Connection, device_id: str, envelope: bytes, now: int) -> None:
    """Store or replace the device's envelope."""
    conn.execute(
        update(devices).where(devices.c.id == device_id).values(escrow=envelope, escrow_at=now)
    )


def remove(conn: Connection, device_id: str) -> bool:
    """Drop the device's envelope; whether there was one."""
    done = conn.execute(
        update(devices)
        .where(devices.c.id == device_id, devices.c.escrow.is_not(None))
        .values(escrow=None, escrow_at=None)
    )
    return done.rowcount == 1


def fetch(conn: Connection, org_id: str, device_id: str) -> Escrow | None:
    """The envelope of a device of this organisation (None: no such device here, or none)."""
    target = orgs.get_device(conn, device_id)
    if target is None or target.org_id != org_id:
        return None
    row = conn.execute(
        select(devices.c.escrow, devices.c.escrow_at).where(devices.c.id == device_id)
    ).one_or_none()
    if row is None or row.escrow is None:
        return None
    return Escrow(bytes(row.escrow), int(row.escrow_at))
