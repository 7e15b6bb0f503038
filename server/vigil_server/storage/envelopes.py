"""The append-only envelope log of an organisation.

Push locks the organisation's row (on PostgreSQL; SQLite's write transaction is exclusive
already), so sequence numbers are handed out and committed in order: a reader that has seen seq
N has seen every row below N that will ever exist. Push is idempotent by content hash and
audience: a duplicate keeps its first sequence number, while the same bytes sent to a new
audience are a new row (a new seq), so that audience receives them.

Every push of every server process waits for that one row lock, so what a push does while
holding it bounds the organisation's pushes per second. With 500 devices on PostgreSQL the
holder spent nearly all of its time waiting for its own busy process between ten statements,
while thirty other pushes queued behind it (docs/testing.md). So the lock is taken last, and
held for two round trips: the duplicates, the quota and the receipt keys are read before it;
the statement that moves the head takes it; one more statement inserts the rows and reads
again what the push read before (PostgreSQL; on SQLite, whose writer holds the whole database
from the start, the inserts are plain statements). When the second reading differs from the
first (the same bytes pushed at the same moment, a purge, a receipt key rotated), the push
raises ``sequenced.Raced`` and the caller runs its transaction again.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    BindParameter,
    Connection,
    Select,
    bindparam,
    func,
    select,
    text,
    union_all,
)

from vigil_server.storage import orgs, sequenced
from vigil_server.storage.audience import audience_key
from vigil_server.storage.tables import (
    envelope_audience,
    envelope_bodies,
    envelopes,
)

Audience = sequenced.Audience


@dataclass(frozen=True)
class Incoming:
    sha256: str
    body: bytes
    audience: Audience


@dataclass(frozen=True)
class Stored:
    sha256: str
    seq: int
    duplicate: bool


@dataclass(frozen=True)
class Entry:
    seq: int
    sha256: str
    size: int
    audience: Audience
    received_at: int
    body: bytes


LOG = sequenced.Log(envelopes, envelope_audience)
# Statements of the push and pull paths, built once (see storage/orgs.py).
_INSERT_ROWS = envelopes.insert()
_INSERT_BODIES = envelope_bodies.insert()
_INSERT_AUDIENCE = envelope_audience.insert()
# PostgreSQL: everything a push does under the lock after moving the head, in one statement:
# its three inserts, and the two readings that say whether what it read before the lock still
# holds (the rows of its hashes; the number of receipt keys). The main query's snapshot does
# not see the rows its own inserts add, so it counts what was there before them.
_STORE_PG = text(
    """
WITH added AS (
    INSERT INTO envelopes (org_id, seq, sha256, size, audience, received_at, device_id)
    SELECT :org_id, r.seq, r.sha256, r.size, r.audience, :received_at, :device_id
    FROM unnest(CAST(:seqs AS bigint[]), CAST(:hashes AS text[]), CAST(:sizes AS integer[]),
                CAST(:kinds AS text[])) AS r(seq, sha256, size, audience)
    RETURNING 1
), bodies AS (
    INSERT INTO envelope_bodies (org_id, seq, body)
    SELECT :org_id, b.seq, b.body
    FROM unnest(CAST(:seqs AS bigint[]), CAST(:bodies AS bytea[])) AS b(seq, body)
    RETURNING 1
), listed AS (
    INSERT INTO envelope_audience (org_id, seq, device_id)
    SELECT :org_id, a.seq, a.device_id
    FROM unnest(CAST(:listed_seqs AS bigint[]), CAST(:listed_ids AS text[])) AS a(seq, device_id)
    RETURNING 1
)
SELECT (SELECT count(*) FROM added) + (SELECT count(*) FROM bodies)
         + (SELECT count(*) FROM listed) AS inserted,
       held.rows, held.seqs,
       (SELECT count(*) FROM receipt_keys WHERE org_id = :org_id) AS receipt_keys
FROM (SELECT count(*) AS rows, coalesce(sum(seq), 0) AS seqs FROM envelopes
      WHERE org_id = :org_id AND sha256 = ANY(CAST(:known_hashes AS text[]))) AS held
"""
)


def push(
    conn: Connection,
    org_id: str,
    items: Sequence[Incoming],
    now: int,
    pusher: str | None = None,
    quota: Callable[[int], None] | None = None,
    receipt_keys: int | None = None,
) -> list[Stored]:
    """Append what is new; ``pusher`` is the device whose token pushed (recorded for quotas
    and purges); ``quota`` is called with the bytes about to be stored, before the lock, and
    raises to refuse them; ``receipt_keys`` is the number of receipt keys the caller read
    before calling (a rotation adds one): on PostgreSQL a push that finds another number
    under the lock raises ``sequenced.Raced``, so no receipt is signed with a key that
    retired before the push committed. Raises ``sequenced.Raced`` as described above."""
    hashes = list({item.sha256 for item in items})
    found = sequenced.rows_of(conn, LOG, org_id, hashes)
    known = sequenced.keyed(conn, LOG, org_id, found)
    fresh: list[Incoming] = []  # the rows to add, in order; their seqs come under the lock
    place: dict[tuple[str, str], int] = {}  # (sha256, audience key) -> index in fresh
    for item in items:
        key = (item.sha256, audience_key(item.audience))
        if key not in known and key not in place:
            place[key] = len(fresh)
            fresh.append(item)
    if fresh and quota is not None:
        quota(sum(len(item.body) for item in fresh))
    head = orgs.advance_head(conn, org_id, len(fresh))
    first = head - len(fresh) + 1
    seqs = [first + offset for offset in range(len(fresh))]
    listed = [row for seq, item in zip(seqs, fresh, strict=True)
              for row in sequenced.audience_rows(org_id, seq, item.audience)]  # fmt: skip
    if conn.dialect.name == "postgresql":
        held = conn.execute(
            _STORE_PG,
            {
                "org_id": org_id,
                "received_at": now,
                "device_id": pusher,
                "seqs": seqs,
                "hashes": [item.sha256 for item in fresh],
                "sizes": [len(item.body) for item in fresh],
                "kinds": [sequenced.audience_kind(item.audience) for item in fresh],
                "bodies": [item.body for item in fresh],
                "listed_seqs": [row["seq"] for row in listed],
                "listed_ids": [row["device_id"] for row in listed],
                "known_hashes": hashes,
            },
        ).one()
        if (held.rows, held.seqs) != (len(found), sum(row.seq for row in found)) or (
            receipt_keys is not None and held.receipt_keys != receipt_keys
        ):
            raise sequenced.Raced()
    elif fresh:
        # SQLite's writer has held the whole database since BEGIN IMMEDIATE: what it read
        # still holds, and each statement costs microseconds, not a round trip.
        conn.execute(
            _INSERT_ROWS,
            [
                {
                    "org_id": org_id,
                    "seq": seq,
                    "sha256": item.sha256,
                    "size": len(item.body),
                    "audience": sequenced.audience_kind(item.audience),
                    "received_at": now,
                    "device_id": pusher,
                }
                for seq, item in zip(seqs, fresh, strict=True)
            ],
        )
        conn.execute(
            _INSERT_BODIES,
            [
                {"org_id": org_id, "seq": seq, "body": item.body}
                for seq, item in zip(seqs, fresh, strict=True)
            ],
        )
        if listed:
            conn.execute(_INSERT_AUDIENCE, listed)
    # The first of each new (hash, audience) is stored; the same again in this batch, and
    # what the log held before, are duplicates.
    seq_of = {**known, **{key: first + index for key, index in place.items()}}
    results: list[Stored] = []
    for item in items:
        key = (item.sha256, audience_key(item.audience))
        new = place.pop(key, None) is not None
        results.append(Stored(item.sha256, seq_of[key], not new))
    return results


def _page_query(hq: bool) -> Select[Any]:
    """The metadata of the next ``limit`` rows a device may pull (bound parameters: org_id,
    device_id, since, head, limit). HQ pulls everything. A field device's rows come from two
    index walks, each stopping after ``limit`` rows: the rows for everyone (by audience and
    seq) and the rows naming it (by device and seq), so a pull reads about the rows it
    returns, not every row between its cursor and the head."""
    org: BindParameter[str] = bindparam("org_id")
    since: BindParameter[int] = bindparam("since")
    head: BindParameter[int] = bindparam("head")
    limit: BindParameter[int] = bindparam("limit")
    cols = (
        envelopes.c.seq,
        envelopes.c.sha256,
        envelopes.c.size,
        envelopes.c.audience,
        envelopes.c.received_at,
    )
    in_range = (envelopes.c.org_id == org, envelopes.c.seq > since, envelopes.c.seq <= head)
    if hq:
        return select(*cols).where(*in_range).order_by(envelopes.c.seq).limit(limit)
    for_all = (
        select(*cols)
        .where(*in_range, envelopes.c.audience == "all")
        .order_by(envelopes.c.seq)
        .limit(limit)
        .subquery()
    )
    mine = envelope_audience.c
    named = (
        select(*cols)
        .select_from(envelope_audience)
        .join(envelopes, (envelopes.c.org_id == mine.org_id) & (envelopes.c.seq == mine.seq))
        .where(mine.device_id == bindparam("device_id"), mine.org_id == org)
        .where(mine.seq > since, mine.seq <= head)
        .order_by(mine.seq)
        .limit(limit)
        .subquery()
    )
    both = union_all(select(for_all), select(named)).subquery()
    return select(both).order_by(both.c.seq).limit(limit)


# Built once each (see storage/orgs.py): the union alone took longer to build than to run.
_PAGE = {True: _page_query(hq=True), False: _page_query(hq=False)}
_BODIES = select(envelope_bodies.c.seq, envelope_bodies.c.body).where(
    envelope_bodies.c.org_id == bindparam("org_id"),
    envelope_bodies.c.seq.in_(bindparam("seqs", expanding=True)),
)
_LISTS = (
    select(envelope_audience.c.seq, envelope_audience.c.device_id)
    .where(envelope_audience.c.org_id == bindparam("org_id"))
    .where(envelope_audience.c.seq.in_(bindparam("seqs", expanding=True)))
    .order_by(envelope_audience.c.seq, envelope_audience.c.device_id)
)


def pull(
    conn: Connection, device: orgs.Device, since: int, limit: int, max_bytes: int
) -> tuple[list[Entry], int, bool]:
    """Return (entries, next cursor, more). Reads the head first: every row at or below the
    head is committed, so ``next`` never passes a row that could still appear."""
    head = orgs.get_org(conn, device.org_id).log_head
    sequenced.check_cursor(since, head, "envelope")
    meta = list(
        conn.execute(
            _PAGE[device.role == "hq"],
            {
                "org_id": device.org_id,
                "device_id": device.id,
                "since": since,
                "head": head,
                "limit": limit + 1,
            },
        )
    )
    chosen, more = sequenced.page(meta, limit, max_bytes, lambda row: row.size)
    if not chosen:
        return [], head, False
    next_cursor = sequenced.next_cursor(chosen[-1].seq, head, more)
    seqs = [row.seq for row in chosen]
    bodies = {
        row.seq: row.body for row in conn.execute(_BODIES, {"org_id": device.org_id, "seqs": seqs})
    }
    lists: dict[int, list[str]] = {}
    if any(row.audience == "devices" for row in chosen):
        for member in conn.execute(_LISTS, {"org_id": device.org_id, "seqs": seqs}):
            lists.setdefault(member.seq, []).append(member.device_id)
    entries = [
        Entry(
            seq=row.seq,
            sha256=row.sha256,
            size=row.size,
            audience=lists.get(row.seq, []) if row.audience == "devices" else row.audience,
            received_at=row.received_at,
            body=bytes(bodies[row.seq]),
        )
        for row in chosen
    ]
    return entries, next_cursor, more


def first_accepted(
    conn: Connection, device: orgs.Device, hashes: Sequence[str]
) -> dict[str, tuple[int, int]]:
    """{sha256: (seq, received_at)} of the first row of each hash in the log: HQ sees every
    row of its organisation, a field device the rows it pushed (it learns nothing of others)."""
    query = (
        select(envelopes.c.sha256, func.min(envelopes.c.seq), func.min(envelopes.c.received_at))
        .where(envelopes.c.org_id == device.org_id, envelopes.c.sha256.in_(list(hashes)))
        .group_by(envelopes.c.sha256)
    )
    if device.role != "hq":
        query = query.where(envelopes.c.device_id == device.id)
    return {row[0]: (int(row[1]), int(row[2])) for row in conn.execute(query)}
