"""The notes channel of an organisation (docs/alerts.md, docs/protocol.md §9.2).

Opaque bytes with an audience and their own sequence: HQ's signed notes (to everyone or to
listed devices) and field devices' age-wrapped notes (to HQ). The server never holds a
signing key and cannot read a field note; it can withhold or replay one, which devices detect
by the sequence numbers inside the signed notes. Sequence numbers are handed out under the
organisation's row lock, as for envelopes, so a cursor never passes a row that could still
appear.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, bindparam, exists, func, or_, select

from vigil_server.storage import orgs, sequenced
from vigil_server.storage.audience import audience_key
from vigil_server.storage.tables import note_audience, notes

Audience = sequenced.Audience


@dataclass(frozen=True)
class NoteEntry:
    seq: int
    sha256: str
    body: bytes
    received_at: int


def _head(conn: Connection, org_id: str) -> int:
    value = conn.execute(select(func.max(notes.c.seq)).where(notes.c.org_id == org_id)).scalar()
    return int(value or 0)


LOG = sequenced.Log(notes, note_audience)


def post(
    conn: Connection,
    org_id: str,
    sha256: str,
    body: bytes,
    audience: Audience,
    now: int,
    pusher: str | None = None,
    quota: Callable[[int], None] | None = None,
) -> tuple[int, bool]:
    """Store a note; (seq, duplicate). A duplicate (same bytes, same audience) keeps its first
    seq; the same note sent to a new audience (an alert for a device enrolled since) is a new
    row, so that the new audience receives it. ``pusher`` and ``quota`` as for envelopes
    (``envelopes.push``): who posted it, and the check of a new note's bytes. May raise
    ``sequenced.Raced``: run the transaction again."""
    key = (sha256, audience_key(audience))
    held = sequenced.known(conn, LOG, org_id, [sha256]).get(key)
    if held is not None:
        return held, True
    # As for envelopes (storage/envelopes.py), the quota before the organisation's row lock:
    # a push counts a device's bytes before it takes that lock, and a note that took them in
    # the other order could deadlock with its own device's push.
    if quota is not None:
        quota(len(body))
    orgs.get_org(conn, org_id, lock=True)
    if conn.dialect.name != "sqlite" and sequenced.known(conn, LOG, org_id, [sha256]).get(key):
        raise sequenced.Raced()
    seq = _head(conn, org_id) + 1
    conn.execute(
        notes.insert().values(
            org_id=org_id,
            seq=seq,
            sha256=sha256,
            size=len(body),
            body=body,
            audience=sequenced.audience_kind(audience),
            received_at=now,
            device_id=pusher,
        )
    )
    listed = sequenced.audience_rows(org_id, seq, audience)
    if listed:
        conn.execute(note_audience.insert(), listed)
    return seq, False


def _visible(hq: bool, device_id: Any) -> ColumnElement[bool]:
    """HQ desks read what the field addressed to HQ; a field device reads what is addressed to
    everyone or names it (``device_id``: its id, or a bound parameter for it)."""
    if hq:
        return notes.c.audience == "hq"
    addressed = exists().where(
        note_audience.c.org_id == notes.c.org_id,
        note_audience.c.seq == notes.c.seq,
        note_audience.c.device_id == device_id,
    )
    return or_(notes.c.audience == "all", and_(notes.c.audience == "devices", addressed))


# Asked at every envelope pull: built once for HQ and once for the field (storage/orgs.py).
_LATEST = {
    hq: select(func.max(notes.c.seq)).where(
        notes.c.org_id == bindparam("org_id"), _visible(hq, bindparam("device_id"))
    )
    for hq in (True, False)
}


def latest_for(conn: Connection, device: orgs.Device) -> int:
    """The highest note sequence this device may read (0: none), so that a sync round with
    nothing new costs no extra request to learn it."""
    value = conn.execute(
        _LATEST[device.role == "hq"], {"org_id": device.org_id, "device_id": device.id}
    ).scalar()
    return int(value or 0)


def fetch(
    conn: Connection, device: orgs.Device, since: int, limit: int, max_bytes: int
) -> tuple[list[NoteEntry], int, bool]:
    """(entries, next cursor, more), like the envelope pull: the head is read first."""
    head = _head(conn, device.org_id)
    sequenced.check_cursor(since, head, "notes")
    rows = list(
        conn.execute(
            select(notes.c.seq, notes.c.sha256, notes.c.size, notes.c.body, notes.c.received_at)
            .where(notes.c.org_id == device.org_id, notes.c.seq > since, notes.c.seq <= head)
            .where(_visible(device.role == "hq", device.id))
            .order_by(notes.c.seq)
            .limit(limit + 1)
        )
    )
    chosen, more = sequenced.page(rows, limit, max_bytes, lambda row: row.size)
    entries = [NoteEntry(r.seq, r.sha256, bytes(r.body), r.received_at) for r in chosen]
    return entries, sequenced.next_cursor(chosen[-1].seq if chosen else None, head, more), more
