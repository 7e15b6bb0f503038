"""The vault: unlock, save revisions, read the current state and the history.

A vault is a folder::

    vault.header        KDF parameters and wrapped keys (crypto/header.py)
    vault.db            SQLCipher 4: current state, every revision's envelope, search index
    attachments/*.age   one age stream per attachment, named by the SHA-256 of its bytes

Every save writes one signed, encrypted revision envelope and updates the materialised
state in the same transaction, so the database never holds a state without its revision.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from vigil.cases import model
from vigil.crypto import age, envelope, keys, recovery
from vigil.crypto.envelope import Revision
from vigil.crypto.errors import IntegrityError, RecoveryKeyInvalid, VigilError, WrongPassphrase
from vigil.crypto.header import Header
from vigil.crypto.kdf import KdfParams
from vigil.vault import db, hybrid, layout, mark, rekey, schema, search, wipe, writes
from vigil.vault.attachments import BLOB_DIR
from vigil.vault.blob_store import AttachmentsMixin
from vigil.vault.files import atomic_write, remove_quietly, safe_mkdir
from vigil.vault.folder import check_database, check_new_folder, vault_exists
from vigil.vault.items import Batch, Change, Item, ValidationError, new_id, now
from vigil.vault.meta import MetaMixin
from vigil.vault.revisions import RevisionsMixin
from vigil.vault.search import SearchHit

log = logging.getLogger(__name__)

# Older spellings of the layout's names, still imported by other modules.
HEADER_FILE = layout.HEADER
DB_FILE = layout.DB
RETIRED_IDENTITIES = rekey.RETIRED_IDENTITIES


def read_header(path: Path) -> Header:
    try:
        data = (path / HEADER_FILE).read_bytes()
    except FileNotFoundError:
        raise VigilError(f"There is no vault in {path}; create one with 'vigil init'.") from None
    if wipe.is_tombstone(data):
        raise wipe.VaultWiped(
            f"The vault in {path} was wiped: its keys are destroyed and nothing opens it. "
            "If the wipe was interrupted, run 'vigil wipe' again to remove the rest."
        )
    return Header.from_bytes(data)


class Vault(AttachmentsMixin, MetaMixin, RevisionsMixin):
    """An unlocked vault. Build one with ``create``, ``open`` or ``open_with_recovery``."""

    def __init__(self, path: Path, header: Header, vmk: bytes, identity: keys.Identity) -> None:
        self.path = path
        self.header = header
        self._vmk = vmk
        self.identity = identity
        self.device = header.device_id
        self._lock = threading.RLock()
        self._age_identities: list[age.Identity] | None = None
        self._recipients: list[age.Recipient] | None = None
        # Called with the revisions of each committed save (the sync outbox listens here).
        self.saved_hooks: list[Callable[[list[Revision]], None]] = []
        self.quarantined: list[Path] = []  # attachment files moved aside at this unlock
        self._generation = 0  # the high-water mark's count of the last save (vault/mark.py)
        new = not vault_exists(path)  # create and restore write the header last
        if not new:
            check_database(path)  # only create and restore make a database
        self._mark_key = mark.mark_key(vmk, header.vault_id)
        self._conn = db.connect(path / DB_FILE, self._db_key())
        schema.migrate(self._conn)
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'device'").fetchone()
        if row is not None:
            self.device = bytes.fromhex(row[0])
        safe_mkdir(path / BLOB_DIR)

    # -- lifecycle ----------------------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: bytes, kdf: KdfParams) -> tuple[Vault, str]:
        """Make a new vault; return it and the recovery key, which is never stored."""
        check_new_folder(path)
        safe_mkdir(path)
        for leftover in (*layout.DB_FILES, f".{layout.HEADER}.tmp"):
            remove_quietly(path / leftover)
        vmk = keys.new_vmk()
        identity = keys.Identity.generate()
        secret = recovery.new_secret()
        header = Header.create(passphrase, kdf, vmk, identity, secret)
        vault = cls(path, header, vmk, identity)
        hybrid.settle(vault)
        hybrid.remember_recovery(vault, secret)
        # The header goes last: a folder with a header is a complete vault.
        atomic_write(path / HEADER_FILE, header.to_bytes())
        log.info("created vault %s", header.vault_id.hex())
        return vault, recovery.format_key(secret)

    @classmethod
    def open(cls, path: Path, passphrase: bytes, accept_older_database: bool = False) -> Vault:
        """``accept_older_database``: go on with a database older than the high-water mark
        (vault/mark.py), which is otherwise refused."""
        header = read_header(path)
        try:
            vmk = header.unwrap_with_passphrase(passphrase)
        except WrongPassphrase:
            # The new passphrase of a rekey that a crash interrupted (vault/rekey.py).
            header = rekey.pending_header(path) or header
            vmk = header.unwrap_with_passphrase(passphrase)
        return cls._from_vmk(path, header, vmk, accept_older_database)

    @classmethod
    def open_with_recovery(cls, path: Path, recovery_text: str) -> Vault:
        header = read_header(path)
        secret = recovery.parse_key(recovery_text)
        try:
            vmk = header.unwrap_with_recovery(secret)
        except RecoveryKeyInvalid:
            header = rekey.pending_header(path) or header
            vmk = header.unwrap_with_recovery(secret)
        vault = cls._from_vmk(path, header, vmk)
        try:
            hybrid.remember_recovery(vault, secret)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def open_with_master_key(cls, path: Path, vmk: bytes) -> Vault:
        """Quick unlock with a master key remembered in the OS keyring (opt-in)."""
        header = read_header(path)
        try:
            return cls._from_vmk(path, header, vmk)
        except IntegrityError:
            raise WrongPassphrase(
                "The key remembered on this device no longer opens the vault; "
                "unlock with the passphrase."
            ) from None

    def master_key_for_keyring(self) -> bytes:
        """Only for the opt-in "remember on this device"; never written anywhere else."""
        return self._vmk

    @classmethod
    def _from_vmk(
        cls, path: Path, header: Header, vmk: bytes, accept_older_database: bool = False
    ) -> Vault:
        header, vmk = rekey.settle(path, header, vmk)
        vault = cls(path, header, vmk, header.unwrap_identity(vmk))
        try:
            mark.check_at_unlock(
                path, vault.conn, vault._lock, vault._mark_key, header.vault_id,
                accept_older_database,
            )  # fmt: skip
            hybrid.settle(vault)
        except BaseException:
            vault.close()
            raise
        try:
            vault.quarantined = vault._sweep_orphan_blobs()
        except IntegrityError:
            log.warning("the attachment index is damaged; 'vigil verify' will say where")
        return vault

    def close(self) -> None:
        with self._lock:
            self._close()

    def _close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except db.DatabaseError:
                log.warning("could not checkpoint the database on close")
            self._conn.close()
            self._conn = None
        self._vmk = b""

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _reconnect(self) -> None:
        with self._lock:
            if self._conn is None:
                return
            with contextlib.suppress(db.DatabaseError):
                self._conn.close()
            try:
                self._conn = db.connect(self.path / DB_FILE, self._db_key())
            except IntegrityError:
                self._conn = None

    def _db_key(self) -> bytes:
        return keys.hkdf(self._vmk, self.header.vault_id, keys.LABEL_SQLCIPHER)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction on this vault, serialised with every other thread's (the app
        saves on the GUI thread while a worker merges or encrypts an attachment)."""
        with self._lock, db.transaction(self.conn, self._lock) as conn:
            yield conn

    def query(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        """The rows of one read; a lock (closing the vault) meanwhile waits for it."""
        with self._lock:
            return list(self.conn.execute(sql, tuple(params)).fetchall())

    @contextlib.contextmanager
    def kept_open(self) -> Iterator[bool]:
        """For a step of work on another thread: locking waits until the block ends, so the
        step never meets a connection closed under it. Yields whether the vault is open."""
        with self._lock:
            yield self.is_open

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise VigilError("The vault is locked.")
        return self._conn

    def rekey(self, passphrase: bytes, kdf: KdfParams, new_identity: bool = False) -> str:
        """A new master key and recovery key (vault/rekey.py), and with ``new_identity`` new
        age and signing keys; return the recovery key."""
        return rekey.rekey(
            self, passphrase, kdf, keys.Identity.generate() if new_identity else None
        )

    def change_passphrase(self, new_passphrase: bytes, kdf: KdfParams | None = None) -> None:
        """Re-wrap the master key only; nothing else is re-encrypted."""
        header = self.header.with_passphrase(new_passphrase, self._vmk, kdf=kdf)
        atomic_write(self.path / HEADER_FILE, header.to_bytes())
        self.header = header

    @property
    def recipients(self) -> list[age.Recipient]:
        """Our own key, and the HQ keys pinned at enrolment (never keys from a server). Our
        key is the hybrid one unless an HQ key is X25519 only (keys.Identity.own_recipient)."""
        if self._recipients is None:
            pinned = self.get_meta("recipients")
            # X25519 or hybrid: a root-signed key set may name either (docs/hq-keys.md)
            extra = keys.preferred([age.parse_recipient(r) for r in json.loads(pinned or "[]")])
            self._recipients = [self.identity.own_recipient(extra), *extra]
        return self._recipients

    @property
    def identities(self) -> list[age.Identity]:
        if self._age_identities is None:
            retired = [k for i in self.retired_identities() for k in i.age_identities]
            self._age_identities = [*self.identity.age_identities, *retired]
        return self._age_identities

    def retired_identities(self) -> list[keys.Identity]:
        """Identities this vault had before ``passwd --rekey --new-identity``: what was
        encrypted to them (older envelopes, attachments) must stay readable."""
        raw = self.get_meta(RETIRED_IDENTITIES)
        return [keys.Identity.from_bytes(bytes.fromhex(h)) for h in json.loads(raw or "[]")]

    # -- saving -------------------------------------------------------------------------------

    def save(
        self,
        kind: str,
        payload: Mapping[str, Any],
        item_id: str | None = None,
        case_id: str | None = None,
        deleted: bool = False,
    ) -> Revision:
        return self.save_many([Change(kind, payload, item_id, case_id, deleted)])[0]

    def save_many(self, changes: Sequence[Change]) -> list[Revision]:
        """Save several changes in one transaction: all land, or none do."""
        problems: model.Problems = []
        prepared: list[Change] = []
        for index, change in enumerate(changes):
            payload = model.with_defaults(change.kind, change.payload)
            where = f"{change.kind}" if len(changes) == 1 else f"change {index} ({change.kind})"
            problems += model.validate(change.kind, payload, where)
            prepared.append(change.with_payload(payload))
        if problems:
            raise ValidationError(problems)
        saved: list[Revision] = []
        with self.transaction() as conn:
            saved = self._save_in(conn, prepared)
        for rev in saved:
            log.info("saved revision %s of %s %s", rev.id[:12], rev.kind, rev.item)
        self._after_save(saved)
        return saved

    def _save_in(self, conn: Any, changes: Sequence[Change]) -> list[Revision]:
        """Save changes inside an open transaction, reading and writing the device's chain
        state once."""
        batch = Batch(*self._device_state(conn))
        batch.cases.update(c.item_id for c in changes if c.kind == "case" and c.item_id)
        pending = writes.PendingRows()
        saved = [self._save_one(conn, change, batch, pending) for change in changes]
        pending.flush(conn)
        self._store_device_state(conn, batch)
        self._generation = mark.bump(conn)  # every save moves the high-water mark
        return saved

    def _after_save(self, saved: list[Revision]) -> None:
        """After the commit: the mark follows the database (create and restore write nothing
        beside the header before it exists)."""
        if vault_exists(self.path):
            mark.advance(self.path, self._mark_key, self.header.vault_id, self._generation)
        for hook in self.saved_hooks:
            hook(saved)

    def _save_one(
        self, conn: Any, change: Change, batch: Batch, pending: writes.PendingRows
    ) -> Revision:
        item_id = change.item_id or new_id()
        row = None
        if not (change.fresh or change.item_id is None):
            pending.flush(conn)  # the item may be one this save has just written
            row = conn.execute(
                "SELECT kind, case_id, head FROM items WHERE id = ?", (item_id,)
            ).fetchone()
        case_id = change.case_id
        if row is not None:
            if row[0] != change.kind:
                raise VigilError(f"Item {item_id} is a {row[0]}, not a {change.kind}.")
            case_id = row[1]
            parents: tuple[str, ...] = change.parents or (row[2],)
        else:
            parents = ()
        if change.kind == "case":
            case_id = None
        elif not case_id:
            raise VigilError(f"A {change.kind} belongs to a case; no case was given.")
        elif case_id not in batch.cases:
            # Needs no flush: every case this save writes is in batch.cases already.
            if not conn.execute(
                "SELECT 1 FROM items WHERE id = ? AND kind = 'case'", (case_id,)
            ).fetchone():
                raise VigilError(f"There is no case {case_id} in this vault.")
            batch.cases.add(case_id)
        rev = Revision(
            kind=change.kind,
            item=item_id,
            case=case_id,
            parents=parents,
            device=self.device,
            author_key=self.identity.verify_key_bytes,
            seq=batch.seq + 1,
            prev=batch.prev,
            time=now(),
            deleted=change.deleted,
            payload=change.payload,
        )
        rev = envelope.seal(rev, self.identity, self.recipients)
        batch.seq, batch.prev = rev.seq, rev.id
        pending.add(rev, new_item=row is None)
        if row is not None:
            self._apply(conn, rev)
        return rev

    def _store_device_state(self, conn: Any, batch: Batch) -> None:
        conn.execute(
            "INSERT INTO devices (device, author_key, seq, last_hash) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(device) DO UPDATE SET seq = excluded.seq, last_hash = excluded.last_hash"
            " WHERE excluded.seq > devices.seq",
            (self.device.hex(), self.identity.verify_key_bytes.hex(), batch.seq, batch.prev),
        )

    def _device_state(self, conn: Any) -> tuple[int, str]:
        row = conn.execute(
            "SELECT seq, last_hash FROM devices WHERE device = ?", (self.device.hex(),)
        ).fetchone()
        return (row[0], row[1]) if row else (0, "")

    def _record(self, conn: Any, rev: Revision) -> None:
        """Store a revision another device (or a backup) wrote, and follow its chain."""
        conn.execute(writes.INSERT_REVISION, writes.revision_row(rev))
        conn.execute(
            "INSERT INTO devices (device, author_key, seq, last_hash) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(device) DO UPDATE SET seq = excluded.seq, last_hash = excluded.last_hash"
            " WHERE excluded.seq > devices.seq",
            (rev.device.hex(), rev.author_key.hex(), rev.seq, rev.id),
        )

    def _apply(self, conn: Any, rev: Revision, existed: bool = True) -> None:
        """Make ``rev`` the current state of its item, and index it for search."""
        payload = writes.payload_json(rev)
        if not existed:
            rowid = conn.execute(
                "INSERT INTO items (id, kind, case_id, head, deleted, payload, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (rev.item, rev.kind, rev.case, rev.id, int(rev.deleted), payload, rev.time,
                 rev.time),
            ).lastrowid  # fmt: skip
            if not rev.deleted:
                search.index(conn, rowid, rev.kind, rev.payload)
            return
        rowid = conn.execute(
            "INSERT INTO items (id, kind, case_id, head, deleted, payload, created, updated)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " head = excluded.head, deleted = excluded.deleted, payload = excluded.payload,"
            " updated = excluded.updated RETURNING rowid",
            (rev.item, rev.kind, rev.case, rev.id, int(rev.deleted), payload, rev.time, rev.time),
        ).fetchone()[0]
        if existed:
            conn.execute("DELETE FROM search WHERE rowid = ?", (rowid,))
        if not rev.deleted:
            search.index(conn, rowid, rev.kind, rev.payload)

    # -- reading ------------------------------------------------------------------------------

    @staticmethod
    def _item(row: Sequence[Any]) -> Item:
        return Item(
            row[0], row[1], row[2], row[3], bool(row[4]), json.loads(row[5]), row[6], row[7]
        )

    _ITEM_COLUMNS = "id, kind, case_id, head, deleted, payload, created, updated"

    @db.reads
    def get(self, item_id: str) -> Item | None:
        row = self.conn.execute(
            f"SELECT {self._ITEM_COLUMNS} FROM items WHERE id = ?",  # noqa: S608 - constant columns
            (item_id,),
        ).fetchone()
        return self._item(row) if row else None

    @db.reads
    def items(
        self,
        kind: str,
        case_id: str | None = None,
        include_deleted: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[Item]:
        sql = f"SELECT {self._ITEM_COLUMNS} FROM items WHERE kind = ?"  # noqa: S608 - constant
        args: list[Any] = [kind]
        if case_id is not None:
            sql += " AND case_id = ?"
            args.append(case_id)
        if not include_deleted:
            sql += " AND deleted = 0"
        sql += " ORDER BY created, rowid"
        if limit is not None:
            sql += " LIMIT ? OFFSET ?"
            args += [limit, offset]
        return [self._item(row) for row in self.conn.execute(sql, args)]

    @db.reads
    def count(self, kind: str) -> int:
        return int(
            self.conn.execute(
                "SELECT count(*) FROM items WHERE kind = ? AND deleted = 0", (kind,)
            ).fetchone()[0]
        )

    def restore_revision(self, item_id: str, rev_id: str) -> Revision:
        """Make an old revision current again, as a new revision (history is never rewritten)."""
        old = self.revision(rev_id)
        if old.item != item_id:
            raise VigilError(f"Revision {rev_id[:12]} belongs to another item.")
        return self.save(old.kind, old.payload, item_id=item_id, deleted=old.deleted)

    # -- search -------------------------------------------------------------------------------

    @db.reads
    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        return search.run(self.conn, query, limit)
