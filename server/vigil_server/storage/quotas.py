"""Per-device storage quotas, and purging what one device pushed.

The server records which device's token pushed each envelope, started each blob upload and
posted each note (never who wrote it: that stays inside the encrypted envelope), so one
device cannot fill the server (it used to store 19 MiB/s for as long as it liked) and HQ can
remove its junk.
Usage is counted per device and hour as bytes are let in (storage/usage.py), and recounted
from the rows when a purge deletes some, so a purge frees quota at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Table,
    delete,
    func,
    select,
    update,
)

from vigil_server.config import Limits
from vigil_server.errors import ApiError
from vigil_server.storage import orgs
from vigil_server.storage import usage as stored
from vigil_server.storage.tables import (
    blob_audience,
    blob_parts,
    blobs,
    devices,
    envelope_audience,
    envelope_bodies,
    envelopes,
    note_audience,
    notes,
)

DAY = 24 * 3600


@dataclass(frozen=True)
class Usage:
    today: int  # bytes stored in the last 24 hours
    total: int


@dataclass(frozen=True)
class Quota:
    daily: int
    total: int


def usage(conn: Connection, device_id: str, now: int) -> Usage:
    """Bytes this device stored in the last 24 hours (counted by the hour, so up to an hour
    more) and in all, from its per-hour counts (storage/usage.py)."""
    today, total = stored.totals(conn, device_id, now)
    return Usage(today=today, total=total)


def usage_by_device(conn: Connection, org_id: str, now: int) -> dict[str, Usage]:
    """Every device's usage in two grouped queries a table (for HQ's device list)."""
    since = now - DAY
    sums: dict[str, list[int]] = {}
    for table, when in stored.STORED:
        time_col = table.c[when]
        for recent in (False, True):
            query = (
                select(table.c.device_id, func.sum(table.c.size))
                .where(table.c.org_id == org_id, table.c.device_id.is_not(None))
                .group_by(table.c.device_id)
            )
            if recent:
                query = query.where(time_col > since)
            for device_id, total in conn.execute(query):
                sums.setdefault(device_id, [0, 0])[1 if recent else 0] += int(total or 0)
    return {d: Usage(today=v[1], total=v[0]) for d, v in sums.items()}


def quota_of(device: orgs.Device, limits: Limits) -> Quota | None:
    """None for HQ desks: no quota."""
    if device.role == "hq":
        return None
    return Quota(
        device.quota_daily if device.quota_daily is not None else limits.quota_daily,
        device.quota_total if device.quota_total is not None else limits.quota_total,
    )


def check(conn: Connection, device: orgs.Device, adding: int, now: int, limits: Limits) -> None:
    """Count ``adding`` more bytes from this device, and refuse them (raise, so that the
    transaction rolls the count back) when they pass its quota. The bytes are counted before
    the sums are read: counting locks the device's row for this hour until the transaction
    ends, so two requests of one device at once cannot both read the sums from before the
    other and both pass (on PostgreSQL, where two transactions run at once)."""
    if adding <= 0:
        return
    stored.add(conn, device.id, now, adding)
    quota = quota_of(device, limits)
    if quota is None:  # an HQ desk: counted, never refused
        return
    after = usage(conn, device.id, now)
    used = Usage(today=after.today - adding, total=after.total - adding)
    if used.total + adding > quota.total:
        raise ApiError(
            507,
            "storage_quota_exceeded",
            "This device has stored all the bytes HQ allows it; ask HQ to raise its quota "
            "or to purge what it no longer needs.",
            quota=quota.total,
            used=used.total,
        )
    if used.today + adding > quota.daily:
        raise ApiError(
            429,
            "daily_quota_exceeded",
            "This device has stored as many bytes as HQ allows in 24 hours; it can send "
            "more later.",
            headers={"Retry-After": "3600"},
            quota=quota.daily,
            used=used.today,
            retry_after=3600,
        )


def set_quota(conn: Connection, device_id: str, daily: int | None, total: int | None) -> None:
    conn.execute(
        update(devices)
        .where(devices.c.id == device_id)
        .values(quota_daily=daily, quota_total=total)
    )


@dataclass(frozen=True)
class Purged:
    envelopes: int
    envelope_bytes: int
    blobs: list[str]  # sha256 of the blob rows removed (their files go next)
    blob_bytes: int
    notes: int = 0
    note_bytes: int = 0


def purge(conn: Connection, org_id: str, device_id: str, since: int | None) -> Purged:
    """Delete every envelope, blob and note this device pushed (since a time, if given).
    Devices that pulled them already keep their copies; the logs get gaps, which pulls
    allow."""
    env_where = (envelopes.c.org_id == org_id) & (envelopes.c.device_id == device_id)
    blob_where = (blobs.c.org_id == org_id) & (blobs.c.device_id == device_id)
    note_where = (notes.c.org_id == org_id) & (notes.c.device_id == device_id)
    if since is not None:
        env_where = env_where & (envelopes.c.received_at >= since)
        blob_where = blob_where & (blobs.c.created_at >= since)
        note_where = note_where & (notes.c.received_at >= since)
    rows = conn.execute(select(envelopes.c.seq, envelopes.c.size).where(env_where)).all()
    seqs = [row.seq for row in rows]
    _delete_keyed(conn, org_id, "seq", seqs, (envelope_bodies, envelope_audience, envelopes))
    found = conn.execute(select(blobs.c.sha256, blobs.c.size).where(blob_where)).all()
    shas = [row.sha256 for row in found]
    _delete_keyed(conn, org_id, "sha256", shas, (blob_parts, blob_audience, blobs))
    posted = conn.execute(select(notes.c.seq, notes.c.size).where(note_where)).all()
    _delete_keyed(conn, org_id, "seq", [row.seq for row in posted], (note_audience, notes))
    stored.recount(conn, [device_id])
    return Purged(
        len(seqs),
        sum(row.size for row in rows),
        shas,
        sum(row.size for row in found),
        len(posted),
        sum(row.size for row in posted),
    )


def _delete_keyed(
    conn: Connection, org_id: str, key: str, values: list[Any], tables: tuple[Table, ...]
) -> None:
    """Delete the rows of ``org_id`` whose ``key`` column is in ``values`` from each table in
    order (children before their parent), 500 keys per statement so that no statement nears
    the databases' limits on bound parameters."""
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        for table in tables:
            conn.execute(delete(table).where(table.c.org_id == org_id, table.c[key].in_(chunk)))
