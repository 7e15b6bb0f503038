"""What the envelope log and the notes channel share: both are per-organisation sequences of
opaque bytes with an audience, idempotent by content hash and audience, paged from a cursor
within a byte budget. Each keeps its own tables (envelope bodies live apart from their
metadata; a note is small and keeps its body in its row); the rules live here once.

A row's audience column is ``all``, ``hq`` or ``devices``; for ``devices`` the listed ids are
rows of the companion audience table (``org_id``, ``seq``, ``device_id``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection, Select, Table, bindparam, select

from vigil_server.errors import ApiError
from vigil_server.storage.audience import audience_key

Audience = str | list[str]  # "all", "hq", or device ids
BATCH = 500  # ids per IN (...) list
Row = TypeVar("Row")
Result = TypeVar("Result")
RACE_RETRIES = 3  # runs of a transaction after the first, when it raised ``Raced``


class Raced(Exception):
    """What a writer read before taking the organisation's row lock changed before it held
    it (the same bytes stored at the same moment by another request, or a purge): its
    transaction must run again. Only PostgreSQL runs two writers at once; the rollback
    undoes all the writer did."""


def retried(run: Callable[[], Result]) -> Result:
    """``run()`` (one whole transaction), again when it raises ``Raced``. Each new run reads
    what the last one raced with, so a second race needs yet another writer of the same
    bytes at that very moment; after RACE_RETRIES the race is let through as an error."""
    for _ in range(RACE_RETRIES):
        try:
            return run()
        except Raced:
            continue
    return run()


@dataclass(frozen=True)
class Log:
    """A sequence's row table (org_id, seq, sha256, audience, ...) and its audience table."""

    rows: Table
    audience: Table
    # The duplicate lookups of ``known``, built once (see storage/orgs.py).
    _by_hash: Select[Any] = field(init=False, repr=False, compare=False)
    _lists: Select[Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rows, listed_in = self.rows.c, self.audience.c
        by_hash = select(rows.sha256, rows.seq, rows.audience).where(
            rows.org_id == bindparam("org_id"),
            rows.sha256.in_(bindparam("keys", expanding=True)),
        )
        lists = select(listed_in.seq, listed_in.device_id).where(
            listed_in.org_id == bindparam("org_id"),
            listed_in.seq.in_(bindparam("keys", expanding=True)),
        )
        object.__setattr__(self, "_by_hash", by_hash)
        object.__setattr__(self, "_lists", lists)


def audience_kind(audience: Audience) -> str:
    return audience if isinstance(audience, str) else "devices"


def audience_rows(org_id: str, seq: int, audience: Audience) -> list[dict[str, object]]:
    """The audience-table rows of a row addressed to listed devices (none otherwise)."""
    if isinstance(audience, str):
        return []
    return [{"org_id": org_id, "seq": seq, "device_id": d} for d in sorted(set(audience))]


def known(conn: Connection, log: Log, org_id: str, hashes: list[str]) -> dict[tuple[str, str], int]:
    """(sha256, audience key) -> seq of what the sequence already holds of these hashes: the
    same bytes to the same audience are a duplicate, to a new audience a new row."""
    return keyed(conn, log, org_id, rows_of(conn, log, org_id, hashes))


def rows_of(conn: Connection, log: Log, org_id: str, hashes: list[str]) -> list[Any]:
    """The rows (sha256, seq, audience) the sequence holds of these hashes."""
    found: list[Any] = []
    for start in range(0, len(hashes), BATCH):
        keys = hashes[start : start + BATCH]
        found += conn.execute(log._by_hash, {"org_id": org_id, "keys": keys}).all()
    return found


def keyed(conn: Connection, log: Log, org_id: str, found: list[Any]) -> dict[tuple[str, str], int]:
    """``known`` of rows read by ``rows_of``."""
    lists: dict[int, list[str]] = {}
    listed = [row.seq for row in found if row.audience == "devices"]
    for start in range(0, len(listed), BATCH):
        keys = listed[start : start + BATCH]
        for member in conn.execute(log._lists, {"org_id": org_id, "keys": keys}):
            lists.setdefault(member.seq, []).append(member.device_id)
    return {
        (
            row.sha256,
            audience_key(lists.get(row.seq, []) if row.audience == "devices" else row.audience),
        ): row.seq
        for row in found
    }


def check_cursor(since: int, head: int, what: str) -> None:
    """Refuse a cursor past the head: the server was restored from an older backup, and
    answering with an empty page would leave the device silently behind."""
    if since > head:
        raise ApiError(
            409,
            "cursor_ahead",
            f"The {what} cursor {since} is ahead of this server's (head {head}): the server may "
            "have been restored from an older backup. Report this to HQ.",
            head=head,
        )


def page(
    rows: Sequence[Row], limit: int, max_bytes: int, size: Callable[[Row], int]
) -> tuple[list[Row], bool]:
    """The rows of one page and whether more wait: at most ``limit`` rows (``rows`` holds up
    to one more, read to learn whether more wait) and ``max_bytes``, but always at least one
    row, so one large row still goes through."""
    more = len(rows) > limit
    chosen: list[Row] = []
    total = 0
    for row in rows[:limit]:
        if chosen and total + size(row) > max_bytes:
            return chosen, True
        chosen.append(row)
        total += size(row)
    return chosen, more


def next_cursor(last_seq: int | None, head: int, more: bool) -> int:
    """Where the next page starts: after the page's last row while more wait, else the head
    (rows this device may not read are skipped at once)."""
    if last_seq is None or not more:
        return head
    return last_seq
