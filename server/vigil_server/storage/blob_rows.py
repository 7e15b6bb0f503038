"""Blob bytes in PostgreSQL: the store when the database is PostgreSQL, so that server
processes on different machines, each with its own data folder, serve one organisation
(storage/blobs.py chooses; docs/formats.md §"Blob bytes" says why rows of bytea).

One row of ``blob_data`` per uploaded part, keyed by the part's hash as well as its index
(two racing uploads of one part never overwrite each other's row). A complete blob keeps
its parts' rows: completing copies nothing, and a range is read as slices of the rows it
covers, never the whole blob at once (the column is stored uncompressed, so ``substring``
fetches only the TOAST chunks it needs).
"""

from __future__ import annotations

import contextlib
import hashlib
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import ColumnElement, Connection, and_, delete, exists, func, select
from sqlalchemy.dialects.postgresql import insert

from vigil_server.errors import blob_bytes_missing
from vigil_server.storage.blob_disk import DiskBytes
from vigil_server.storage.database import Database
from vigil_server.storage.tables import blob_data, blobs

READ_CHUNK = 1024 * 1024  # a download's memory; 256 KiB slices halved its rate


class RowBytes:
    kind = "database"

    def __init__(self, db: Database) -> None:
        self.db = db

    def _part(self, org_id: str, sha: str, idx: int) -> ColumnElement[bool]:
        return and_(blob_data.c.org_id == org_id, blob_data.c.sha256 == sha, blob_data.c.idx == idx)

    # parts -------------------------------------------------------------------------------
    def put_part(
        self, org_id: str, sha: str, idx: int, part_sha: str, data: bytes, now: int
    ) -> None:
        with self.db.write() as conn:
            # FOR SHARE waits for a ``complete`` or a sweep of this blob that is under way and
            # then sees its outcome: no part row appears after the blob was completed (which
            # keeps one row per index) or forgotten (which would leave a row nothing owns).
            status = conn.execute(
                select(blobs.c.status)
                .where(blobs.c.org_id == org_id, blobs.c.sha256 == sha)
                .with_for_update(read=True)
            ).scalar_one_or_none()
            if status != "uploading":
                return
            conn.execute(
                insert(blob_data)
                .values(
                    org_id=org_id,
                    sha256=sha,
                    idx=idx,
                    part_sha256=part_sha,
                    data=data,
                    created_at=now,
                )
                .on_conflict_do_nothing()
            )

    def get_part(self, org_id: str, sha: str, idx: int, part_sha: str) -> bytes | None:
        with self.db.read() as conn:
            found = conn.execute(
                select(blob_data.c.data).where(
                    self._part(org_id, sha, idx), blob_data.c.part_sha256 == part_sha
                )
            ).scalar_one_or_none()
        return None if found is None else bytes(found)

    def drop_part(self, org_id: str, sha: str, idx: int, part_sha: str) -> None:
        with self.db.write() as conn:
            conn.execute(
                delete(blob_data).where(
                    self._part(org_id, sha, idx), blob_data.c.part_sha256 == part_sha
                )
            )

    # the whole ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def assemble(self, org_id: str, sha: str) -> Iterator[RowAssembly]:
        yield RowAssembly(org_id, sha)

    def read(
        self, org_id: str, sha: str, size: int, part_size: int, start: int, end: int
    ) -> Iterator[bytes]:
        """Checks now that the rows hold every byte (``length`` reads the size a value was
        stored with, not the value): rows removed or cut short by hand are refused here,
        before the answer starts."""
        with self.db.read() as conn:
            row = conn.execute(
                select(func.count(), func.coalesce(func.sum(func.length(blob_data.c.data)), 0))
                .where(blob_data.c.org_id == org_id, blob_data.c.sha256 == sha)
            ).one()  # fmt: skip
        if (row[0], row[1]) != (-(-size // part_size), size):
            raise blob_bytes_missing()
        return self._slices(org_id, sha, part_size, start, end)

    def _slices(
        self, org_id: str, sha: str, part_size: int, start: int, end: int
    ) -> Iterator[bytes]:
        pos = start
        while pos <= end:
            idx, offset = divmod(pos, part_size)
            length = min(READ_CHUNK, end - pos + 1, part_size - offset)
            with self.db.read() as conn:
                chunk = conn.execute(
                    select(func.substring(blob_data.c.data, offset + 1, length)).where(
                        self._part(org_id, sha, idx)
                    )
                ).scalar_one_or_none()
            if not chunk:
                return  # purged while being read: the response ends short
            yield bytes(chunk)
            pos += len(chunk)

    def forget(self, org_id: str, sha: str) -> None:
        with self.db.write() as conn:
            conn.execute(
                delete(blob_data).where(blob_data.c.org_id == org_id, blob_data.c.sha256 == sha)
            )

    def sweep_orphans(self, org_id: str, uploading: set[str], cutoff: int) -> int:
        """Rows of blobs that no longer exist (a crash between a purge's two steps) stored
        before ``cutoff``; an upload in progress or a complete blob owns its rows."""
        del uploading
        owner = exists().where(blobs.c.org_id == org_id, blobs.c.sha256 == blob_data.c.sha256)
        with self.db.write() as conn:
            done = conn.execute(
                delete(blob_data).where(
                    blob_data.c.org_id == org_id,
                    blob_data.c.created_at < cutoff,
                    ~owner,
                )
            )
        return int(done.rowcount)


def adopt_files(db: Database, org_id: str, root: Path) -> int:
    """Copy into rows the files of complete blobs that have none: what a PostgreSQL server
    stored in its data folder before blob bytes moved into the database (the files stay; the
    operator may remove them). A file that does not match its hash is not copied: the blob
    stays unreadable, as it was. Returns how many blobs were copied."""
    disk = DiskBytes(root)
    owner = exists().where(blob_data.c.org_id == org_id, blob_data.c.sha256 == blobs.c.sha256)
    with db.read() as conn:
        orphans = conn.execute(
            select(blobs.c.sha256, blobs.c.size, blobs.c.part_size).where(
                blobs.c.org_id == org_id, blobs.c.status == "complete", ~owner
            )
        ).all()
    adopted = 0
    for sha, size, part_size in orphans:
        path = disk.final_path(org_id, sha)
        if not path.is_file() or path.stat().st_size != size or _sha256_of(path) != sha:
            continue
        with open(path, "rb") as fh:
            for idx in range(-(-size // part_size)):
                data = fh.read(part_size)
                with db.write() as conn:
                    conn.execute(
                        insert(blob_data)
                        .values(
                            org_id=org_id,
                            sha256=sha,
                            idx=idx,
                            part_sha256=hashlib.sha256(data).hexdigest(),
                            data=data,
                            created_at=int(time.time()),
                        )
                        .on_conflict_do_nothing()
                    )
        adopted += 1
    return adopted


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(READ_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


class RowAssembly:
    """The parts' rows are the blob: nothing is copied; publishing (in the transaction that
    marks the blob complete) drops rows of parts that lost a race to other bytes."""

    def __init__(self, org_id: str, sha: str) -> None:
        self.org_id, self.sha = org_id, sha

    def add(self, data: bytes) -> None:
        del data

    def publish(self, conn: Connection, hashes: dict[int, str]) -> None:
        where = and_(blob_data.c.org_id == self.org_id, blob_data.c.sha256 == self.sha)
        stored = conn.execute(select(blob_data.c.idx, blob_data.c.part_sha256).where(where))
        for idx, part_sha in stored.all():
            if hashes.get(idx) != part_sha:
                conn.execute(
                    delete(blob_data).where(
                        where, blob_data.c.idx == idx, blob_data.c.part_sha256 == part_sha
                    )
                )
