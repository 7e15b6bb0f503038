"""Bytes each device stored, per hour: what its quota check reads (storage/quotas.py).

The check used to sum the size of every envelope, blob and note the device ever pushed, at
every push: a device that had stored a million 1 KB envelopes (within its default quotas, in a
day) made each of its pushes cost the server half a second of CPU. Now every byte let in by the
check is added to the device's row for that hour, in the transaction that stores it, and the
check sums at most a few thousand rows a year (the last 24 whole hours, and the one under way,
for the daily quota). Deleting what a device stored (a purge, an upload given up) recounts that
device's rows from what is left, so the counts never drift from the rows they count.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Insert,
    Table,
    bindparam,
    case,
    delete,
    func,
    select,
    union_all,
)

from vigil_server.storage.tables import blobs, device_usage, envelopes, notes

HOUR = 3600
DAY = 24 * HOUR

# What a device stores: the rows it pushed, each with its size and when it came.
STORED: tuple[tuple[Table, str], ...] = (
    (envelopes, "received_at"),
    (blobs, "created_at"),
    (notes, "received_at"),
)

_SINCE: BindParameter[int] = bindparam("since_hour")
_TOTALS = select(
    func.coalesce(
        func.sum(case((device_usage.c.hour >= _SINCE, device_usage.c.bytes), else_=0)), 0
    ).label("today"),
    func.coalesce(func.sum(device_usage.c.bytes), 0).label("total"),
).where(device_usage.c.device_id == bindparam("device_id"))


def _adder(dialect: str) -> Insert:
    from sqlalchemy.dialects import postgresql, sqlite

    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = insert(device_usage).values(
        device_id=bindparam("b_device"), hour=bindparam("b_hour"), bytes=bindparam("b_bytes")
    )
    return statement.on_conflict_do_update(
        index_elements=[device_usage.c.device_id, device_usage.c.hour],
        set_={"bytes": device_usage.c.bytes + statement.excluded.bytes},
    )


_ADD = {dialect: _adder(dialect) for dialect in ("sqlite", "postgresql")}


def add(conn: Connection, device_id: str, now: int, size: int) -> None:
    """Count ``size`` more bytes stored by this device now (in the storing transaction)."""
    conn.execute(
        _ADD[conn.dialect.name], {"b_device": device_id, "b_hour": now // HOUR, "b_bytes": size}
    )


def totals(conn: Connection, device_id: str, now: int) -> tuple[int, int]:
    """(bytes in the last 24 hours, counted by the hour; bytes in all)."""
    row = conn.execute(
        _TOTALS, {"device_id": device_id, "since_hour": (now - DAY) // HOUR}
    ).one()
    return int(row.today), int(row.total)


def recount(conn: Connection, device_ids: Collection[str]) -> None:
    """Rewrite these devices' rows from what they still store (after a deletion)."""
    ids = sorted(set(device_ids))
    if not ids:
        return
    conn.execute(delete(device_usage).where(device_usage.c.device_id.in_(ids)))
    parts: list[Any] = [
        select(table.c.device_id, (table.c[when] // HOUR).label("hour"), table.c.size).where(
            table.c.device_id.in_(ids)
        )
        for table, when in STORED
    ]
    stored = union_all(*parts).subquery()
    conn.execute(
        device_usage.insert().from_select(
            ["device_id", "hour", "bytes"],
            select(stored.c.device_id, stored.c.hour, func.sum(stored.c.size)).group_by(
                stored.c.device_id, stored.c.hour
            ),
        )
    )
