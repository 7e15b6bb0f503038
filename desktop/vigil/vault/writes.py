"""The rows a save writes: revisions, new items and their search entries, table by table.

An import of 500 cases saves 1,500 revisions in one transaction. Written as each revision was
sealed, that was three statements a revision, alternating between three tables and their
indexes; SQLite's page cache holds far less than one import, so the alternation made it write
pages out in the middle of the transaction and write them again at the commit. Here the rows
of new items wait until the save next reads the items table, or ends, and then go in with
one ``executemany`` a table, as a plain bulk insert would.

A changed item (its row read, then updated in place) is still written at once by the vault:
it needs its row, and is rare in a large save.
"""

from __future__ import annotations

import json
from typing import Any

from vigil.crypto import envelope
from vigil.crypto.envelope import Revision
from vigil.vault import search

INSERT_REVISION = (
    "INSERT INTO revisions (id, item_id, kind, parents, device, seq, time, envelope)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
INSERT_ITEM = (
    "INSERT INTO items (rowid, id, kind, case_id, head, deleted, payload, created, updated)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def revision_row(rev: Revision) -> tuple[Any, ...]:
    """The ``revisions`` row of a revision, in INSERT_REVISION's order."""
    parents = json.dumps(list(rev.parents)) if rev.parents else "[]"
    return (rev.id, rev.item, rev.kind, parents, rev.device.hex(),
            rev.seq, rev.time, rev.envelope)  # fmt: skip


def payload_json(rev: Revision) -> str:
    """The item's current state as the ``items`` table keeps it: the payload's canonical
    JSON, as sealing made it when the revision is this vault's own."""
    return (rev.payload_json or envelope.canonical_json(dict(rev.payload))).decode()


class PendingRows:
    """Rows waiting to be written inside one open transaction. ``flush`` before anything
    in the transaction reads ``items`` or ``revisions``, and before it commits."""

    def __init__(self) -> None:
        self._revisions: list[tuple[Any, ...]] = []
        self._new_items: list[Revision] = []

    def __bool__(self) -> bool:
        return bool(self._revisions or self._new_items)

    def add(self, rev: Revision, new_item: bool) -> None:
        """Record ``rev``; with ``new_item``, also make it the state of an item that is not
        in the table yet (its row and its search entry)."""
        self._revisions.append(revision_row(rev))
        if new_item:
            self._new_items.append(rev)

    def flush(self, conn: Any) -> None:
        if self._revisions:
            conn.executemany(INSERT_REVISION, self._revisions)
        if self._new_items:
            # The rowids SQLite would give one insert after another (the largest plus one):
            # the search entries need them, and the write lock is held, so nothing else
            # inserts meanwhile.
            last = int(conn.execute("SELECT coalesce(max(rowid), 0) FROM items").fetchone()[0])
            rows, entries = [], []
            for rowid, rev in enumerate(self._new_items, start=last + 1):
                rows.append((rowid, rev.item, rev.kind, rev.case, rev.id, int(rev.deleted),
                             payload_json(rev), rev.time, rev.time))  # fmt: skip
                if not rev.deleted:
                    entries.append((rowid, *search.entry(rev.kind, rev.payload)))
            conn.executemany(INSERT_ITEM, rows)
            search.index_many(conn, entries)
        self._revisions.clear()
        self._new_items.clear()
