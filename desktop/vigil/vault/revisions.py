"""The revision side of the vault: its history read back (each envelope opened and checked
against its row), and which revisions have been pushed to the sync server.

Part of ``Vault`` (a mixin), like the attachment side (blob_store.py): the ``revisions`` table
is the vault's, and code outside vault/ reaches it through these methods, never through SQL of
its own (tests/test_architecture.py holds it to that).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Any, NamedTuple

from vigil.crypto import envelope
from vigil.crypto.envelope import Revision
from vigil.crypto.errors import IntegrityError, VigilError
from vigil.vault import db


class Unpushed(NamedTuple):
    """A revision this device wrote that the server has not acknowledged."""

    id: str
    seq: int
    envelope: bytes


class Received(NamedTuple):
    """A revision another device wrote: its place in arrival order, id and case."""

    row: int
    id: str
    case: str


class ReceivedFile(NamedTuple):
    """An attachment another device added: the arrival row of its first revision from
    another device, its item, case and the plaintext SHA-256 recorded (unchecked text)."""

    row: int
    item: str
    case: str
    sha256: str


class RevisionsMixin:
    """Needs the vault's ``conn``, ``_lock``, ``device``, ``identities``, ``transaction`` and
    ``_reconnect``."""

    conn: Any
    device: bytes
    _lock: threading.RLock

    @property
    def identities(self) -> list[Any]:
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _reconnect(self) -> None:
        raise NotImplementedError

    @db.reads
    def history(self, item_id: str) -> list[Revision]:
        """Every revision of an item, oldest first, each decrypted and verified."""
        rows = self.conn.execute(
            "SELECT id, item_id, envelope FROM revisions WHERE item_id = ? ORDER BY time, seq",
            (item_id,),
        ).fetchall()
        return [self._open(*row) for row in rows]

    @db.reads
    def histories(self, item_ids: Sequence[str]) -> list[Revision]:
        """Every revision of these items, each decrypted and verified as ``history`` does, in
        no set order: one query for all the items and each author's key looked up once
        (an evidence export opens every revision of a case; one query each cost as much as
        the opening's Python)."""
        rows = self.conn.execute(
            "SELECT id, item_id, envelope FROM revisions"
            " WHERE item_id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(item_ids)),),
        ).fetchall()
        authors: dict[bytes, str | None] = {}
        return [self._open(rev_id, item, data, authors) for rev_id, item, data in rows]

    @db.reads
    def revision(self, rev_id: str) -> Revision:
        row = self.conn.execute(
            "SELECT id, item_id, envelope FROM revisions WHERE id = ?", (rev_id,)
        ).fetchone()
        if row is None:
            raise VigilError(f"There is no revision {rev_id} in this vault.")
        return self._open(*row)

    @db.reads
    def received_after(self, row: int, limit: int) -> list[Received]:
        """Revisions other devices wrote, stored here after ``row`` (their order of arrival),
        at most ``limit``: what the HQ desk has a time-stamp asked for."""
        rows = self.conn.execute(
            "SELECT r.rowid, r.id, CASE WHEN r.kind = 'case' THEN r.item_id ELSE i.case_id END"
            " FROM revisions r LEFT JOIN items i ON i.id = r.item_id"
            " WHERE r.rowid > ? AND r.device != ? ORDER BY r.rowid LIMIT ?",
            (row, self.device.hex(), limit),
        ).fetchall()
        return [Received(int(n), rev_id, case or "") for n, rev_id, case in rows]

    @db.reads
    def files_received_after(self, row: int, limit: int) -> list[ReceivedFile]:
        """Attachments other devices added whose first revision from another device was
        stored here after ``row``, at most ``limit``, first come first: the attachments the HQ
        desk has a time-stamp asked for over their own hash. One recorded without a SHA-256
        (the field is optional) has nothing to stamp and does not take a place in ``limit``."""
        rows = self.conn.execute(
            "SELECT r.rowid, r.item_id, i.case_id, json_extract(i.payload, '$.sha256') AS sha"
            " FROM revisions r JOIN items i ON i.id = r.item_id"
            " WHERE r.rowid > ?1 AND r.kind = 'attachment' AND r.device != ?2"
            " AND typeof(sha) = 'text' AND length(sha) = 64 AND NOT sha GLOB '*[^0-9a-f]*'"
            " AND NOT EXISTS (SELECT 1 FROM revisions e WHERE e.item_id = r.item_id"
            " AND e.rowid < r.rowid AND e.device != ?2)"
            " ORDER BY r.rowid LIMIT ?3",
            (row, self.device.hex(), limit),
        ).fetchall()
        return [
            ReceivedFile(int(n), item, case or "", str(sha or "")) for n, item, case, sha in rows
        ]

    @db.reads
    def last_own(self, kind: str, case_id: str) -> Revision | None:
        """This device's newest revision of an item of ``kind`` in the case (the head of its
        custody chain there), read from the revisions themselves, so that it cannot lag
        behind them."""
        row = self.conn.execute(
            "SELECT r.id, r.item_id, r.envelope FROM revisions r JOIN items i ON i.id = r.item_id"
            " WHERE r.kind = ? AND i.case_id = ? AND r.device = ? ORDER BY r.seq DESC LIMIT 1",
            (kind, case_id, self.device.hex()),
        ).fetchone()
        return None if row is None else self._open(*row)

    def _open(
        self, rev_id: str, item_id: str, data: bytes, authors: dict[bytes, str | None] | None = None
    ) -> Revision:
        """Open a stored envelope and check it is the one its row says (as ``verify`` does):
        the id is the hash of its bytes and it is a revision of that item. A row whose
        envelope was swapped for another (valid, signed) one must not show another item's
        text as this item's history. ``authors``: device -> key already looked up."""
        rev = envelope.open_envelope(bytes(data), self.identities)
        if rev.id != rev_id:
            raise IntegrityError(f"Revision {rev_id[:12]}: its bytes do not match its id.")
        if rev.item != item_id:
            raise IntegrityError(f"Revision {rev_id[:12]} is filed under the wrong item.")
        known = {} if authors is None else authors
        if rev.device not in known:
            known[rev.device] = self._author_key(rev.device)
        if known[rev.device] != rev.author_key.hex():
            raise IntegrityError(
                f"Revision {rev.id[:12]} is signed by a key this vault does not know."
            )
        return rev

    def _author_key(self, device: bytes) -> str | None:
        row = self.conn.execute(
            "SELECT author_key FROM devices WHERE device = ?", (device.hex(),)
        ).fetchone()
        return None if row is None else str(row[0])

    # -- every envelope, for verification and backup ------------------------------------------

    def envelopes(self) -> Iterable[tuple[str, bytes]]:
        for rev_id, data in self.conn.execute("SELECT id, envelope FROM revisions ORDER BY rowid"):
            yield rev_id, bytes(data)

    @db.reads
    def revision_count(self) -> int:
        """How many revisions the vault holds, of every item and device."""
        return int(self.conn.execute("SELECT count(*) FROM revisions").fetchone()[0])

    # -- push state (sync/outbox.py) ----------------------------------------------------------

    def mark_pushed(self, rev_ids: Sequence[str] | None = None) -> None:
        """Record these revisions as pushed; ``None``: every revision the vault holds (at
        enrolment, what was encrypted to this vault alone stays local)."""
        with self.transaction() as conn:
            if rev_ids is None:
                conn.execute("UPDATE revisions SET pushed = 1")
            else:
                conn.executemany(
                    "UPDATE revisions SET pushed = 1 WHERE id = ?", [(i,) for i in rev_ids]
                )

    @db.reads
    def own_revision_at(self, seq: int) -> str | None:
        """The id of this device's own revision number ``seq``, if it made one."""
        row = self.conn.execute(
            "SELECT id FROM revisions WHERE device = ? AND seq = ?", (self.device.hex(), seq)
        ).fetchone()
        return str(row[0]) if row else None

    @db.reads
    def unpushed_up_to(self, seq: int) -> list[str]:
        """Ids of this device's own revisions up to number ``seq`` not yet pushed."""
        rows = self.conn.execute(
            "SELECT id FROM revisions WHERE device = ? AND seq <= ? AND pushed = 0",
            (self.device.hex(), seq),
        )
        return [str(r[0]) for r in rows]

    @db.reads
    def unpushed(self) -> list[Unpushed]:
        """This device's revisions not yet pushed, in the order they were written."""
        rows = self.conn.execute(
            "SELECT id, seq, envelope FROM revisions WHERE pushed = 0 AND device = ?"
            " ORDER BY seq",
            (self.device.hex(),),
        ).fetchall()
        return [Unpushed(rev_id, seq, bytes(data)) for rev_id, seq, data in rows]
