"""Blobs (attachments): ciphertext uploaded in fixed-size parts, each checked against its
SHA-256, then completed against the SHA-256 of the whole, and served by byte ranges.

Metadata (sizes, which parts arrived, the audience) lives in the database; the bytes live
in a ``BlobBytes`` store that ``open_store`` picks by database: rows of PostgreSQL when the
database is PostgreSQL (blob_rows.py: any number of server processes on any machines share
them), files in the data folder with SQLite (blob_disk.py). All the rules (sizes, hashes,
healing, sweeping, audiences) are here, once, for both.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.exc import IntegrityError

from vigil_server.config import Limits
from vigil_server.errors import ApiError
from vigil_server.storage import audience as aud
from vigil_server.storage import orgs, quotas, usage
from vigil_server.storage.blob_disk import DiskBytes
from vigil_server.storage.blob_rows import RowBytes
from vigil_server.storage.database import Database
from vigil_server.storage.tables import blob_audience, blob_parts, blobs


class Assembly(Protocol):
    def add(self, data: bytes) -> None:
        """The next checked part, in order."""

    def publish(self, conn: Connection, hashes: dict[int, str]) -> None:
        """Make the whole readable; called in the transaction that marks it complete."""


class BlobBytes(Protocol):
    """Where blob bytes are kept. A part is named by its index and its hash; ``get_part``
    answers what is stored, unchecked (the caller checks it and drops what is damaged)."""

    kind: str

    def put_part(
        self, org_id: str, sha: str, idx: int, part_sha: str, data: bytes, now: int
    ) -> None: ...

    def get_part(self, org_id: str, sha: str, idx: int, part_sha: str) -> bytes | None: ...

    def drop_part(self, org_id: str, sha: str, idx: int, part_sha: str) -> None: ...

    def assemble(self, org_id: str, sha: str) -> AbstractContextManager[Assembly]: ...

    def read(
        self, org_id: str, sha: str, size: int, part_size: int, start: int, end: int
    ) -> Iterator[bytes]:
        """Bytes ``start`` to ``end`` of a complete blob. Checks before it returns that the
        whole blob is there (``size`` bytes), else raises ``errors.blob_bytes_missing``."""

    def forget(self, org_id: str, sha: str) -> None: ...

    def sweep_orphans(self, org_id: str, uploading: set[str], cutoff: int) -> int: ...


def open_store(db: Database, root: Path, limits: Limits) -> BlobStore:
    """The blob store for this database: PostgreSQL keeps the bytes too, SQLite the disk."""
    found: BlobBytes = RowBytes(db) if db.dialect == "postgresql" else DiskBytes(root)
    return BlobStore(db, found, limits)


@dataclass(frozen=True)
class BlobStatus:
    sha256: str
    size: int
    part_size: int
    parts: int
    complete: bool
    received: list[int]
    audience: aud.Audience


def expected_part_size(size: int, part_size: int, parts: int, idx: int) -> int:
    return part_size if idx < parts - 1 else size - part_size * (parts - 1)


ORPHAN_AGE = 3600  # seconds before bytes no upload owns are swept


@dataclass(frozen=True)
class Readable:
    """A complete blob a device may read."""

    store: BlobBytes
    org_id: str
    sha256: str
    size: int
    part_size: int

    def chunks(self, start: int, end: int) -> Iterator[bytes]:
        """Bytes ``start`` to ``end`` inclusive, in bounded chunks."""
        return self.store.read(self.org_id, self.sha256, self.size, self.part_size, start, end)


class BlobStore:
    def __init__(self, db: Database, store: BlobBytes, limits: Limits) -> None:
        self.db = db
        self.bytes = store
        self.limits = limits

    # metadata ----------------------------------------------------------------------------
    def _row(self, conn: Connection, org_id: str, sha: str) -> BlobStatus | None:
        row = (
            conn.execute(select(blobs).where(blobs.c.org_id == org_id, blobs.c.sha256 == sha))
            .mappings()
            .one_or_none()
        )
        if row is None:
            return None
        received = list(
            conn.execute(
                select(blob_parts.c.idx)
                .where(blob_parts.c.org_id == org_id, blob_parts.c.sha256 == sha)
                .order_by(blob_parts.c.idx)
            ).scalars()
        )
        audience: aud.Audience = row["audience"]
        if audience == "devices":
            audience = list(
                conn.execute(
                    select(blob_audience.c.device_id)
                    .where(blob_audience.c.org_id == org_id, blob_audience.c.sha256 == sha)
                    .order_by(blob_audience.c.device_id)
                ).scalars()
            )
        complete = row["status"] == "complete"
        return BlobStatus(
            sha,
            row["size"],
            row["part_size"],
            row["parts"],
            complete,
            list(range(row["parts"])) if complete else received,
            audience,
        )

    def status(self, device: orgs.Device, sha: str) -> BlobStatus:
        with self.db.read() as conn:
            found = self._row(conn, device.org_id, sha)
        if found is None:
            raise ApiError(404, "blob_not_found", "No blob with this SHA-256 is stored here.")
        return found

    def init(
        self,
        device: orgs.Device,
        sha: str,
        size: int,
        part_size: int | None,
        audience: aud.Audience,
        now: int,
    ) -> BlobStatus:
        lim = self.limits
        if size > lim.max_blob:
            raise ApiError(413, "blob_too_large", f"A blob is at most {lim.max_blob} bytes.")
        with self.db.write() as conn:
            found = self._row(conn, device.org_id, sha)
            if found is not None:
                if found.complete:
                    return found
                if found.size != size or part_size not in (None, found.part_size):
                    raise ApiError(
                        409,
                        "blob_conflict",
                        "An upload of this blob is in progress with another size or part size.",
                    )
                conn.execute(
                    update(blobs)
                    .where(blobs.c.org_id == device.org_id, blobs.c.sha256 == sha)
                    .values(updated_at=now)
                )
                return found
            part_size = part_size or lim.part_default
            if not lim.part_min <= part_size <= lim.part_max:
                raise ApiError(
                    422,
                    "part_size_out_of_range",
                    f"part_size must be between {lim.part_min} and {lim.part_max} bytes.",
                )
            parts = -(-size // part_size)
            if parts > lim.max_parts:
                raise ApiError(
                    422,
                    "too_many_parts",
                    f"A blob has at most {lim.max_parts} parts; use a larger part_size.",
                )
            aud.check(conn, device, audience, "audience")
            quotas.check(conn, device, size, now, lim)
            kind = audience if isinstance(audience, str) else "devices"
            conn.execute(
                blobs.insert().values(
                    device_id=device.id,
                    org_id=device.org_id,
                    sha256=sha,
                    size=size,
                    part_size=part_size,
                    parts=parts,
                    status="uploading",
                    audience=kind,
                    created_at=now,
                    updated_at=now,
                )
            )
            if isinstance(audience, list):
                conn.execute(
                    blob_audience.insert(),
                    [
                        {"org_id": device.org_id, "sha256": sha, "device_id": d}
                        for d in sorted(set(audience))
                    ],
                )
            created = self._row(conn, device.org_id, sha)
        assert created is not None
        return created

    def put_part(
        self, device: orgs.Device, sha: str, idx: int, data: bytes, part_sha: str, now: int
    ) -> None:
        org_id = device.org_id
        with self.db.read() as conn:
            found = self._row(conn, org_id, sha)
        if found is None:
            raise ApiError(404, "blob_not_found", "Start the upload with POST /v1/blobs first.")
        if found.complete:
            raise ApiError(409, "blob_complete", "This blob is already complete.")
        if not 0 <= idx < found.parts:
            raise ApiError(
                422, "part_out_of_range", f"Part indexes run from 0 to {found.parts - 1}."
            )
        want = expected_part_size(found.size, found.part_size, found.parts, idx)
        if len(data) != want:
            raise ApiError(
                422, "part_size_wrong", f"Part {idx} must be {want} bytes, not {len(data)}."
            )
        if hashlib.sha256(data).hexdigest() != part_sha:
            raise ApiError(
                422,
                "part_hash_mismatch",
                f"Part {idx} does not match its X-Part-SHA256; it was not stored.",
            )
        self.bytes.put_part(org_id, sha, idx, part_sha, data, now)
        try:
            with self.db.write() as conn:
                conn.execute(
                    blob_parts.insert().values(
                        org_id=org_id, sha256=sha, idx=idx, size=len(data), part_sha256=part_sha
                    )
                )
                conn.execute(
                    update(blobs)
                    .where(blobs.c.org_id == org_id, blobs.c.sha256 == sha)
                    .values(updated_at=now)
                )
        except IntegrityError:
            with self.db.read() as conn:
                stored = conn.execute(
                    select(blob_parts.c.part_sha256).where(
                        blob_parts.c.org_id == org_id,
                        blob_parts.c.sha256 == sha,
                        blob_parts.c.idx == idx,
                    )
                ).scalar_one_or_none()
            if stored != part_sha:
                raise ApiError(
                    409, "part_conflict", f"Part {idx} was already uploaded with other bytes."
                ) from None

    def complete(self, device: orgs.Device, sha: str, now: int) -> BlobStatus:
        org_id = device.org_id
        with self.db.read() as conn:
            found = self._row(conn, org_id, sha)
            hashes: dict[int, str] = {
                row.idx: row.part_sha256
                for row in conn.execute(
                    select(blob_parts.c.idx, blob_parts.c.part_sha256).where(
                        blob_parts.c.org_id == org_id, blob_parts.c.sha256 == sha
                    )
                )
            }
        if found is None:
            raise ApiError(404, "blob_not_found", "No blob with this SHA-256 is stored here.")
        if found.complete:
            return found
        missing = [i for i in range(found.parts) if i not in hashes]
        if missing:
            raise ApiError(
                409,
                "parts_missing",
                f"{len(missing)} of {found.parts} parts are missing.",
                missing=missing[:100],
            )
        whole = hashlib.sha256()
        lost: list[int] = []
        with self.bytes.assemble(org_id, sha) as assembly:
            for idx in range(found.parts):
                data = self._stored_part(org_id, sha, idx, hashes[idx])
                if data is None:
                    lost.append(idx)
                elif not lost:
                    whole.update(data)
                    assembly.add(data)
            if lost:
                # A part lost or damaged on the server (a crash, a bad sector, an operator)
                # is forgotten and asked for again: the upload heals itself.
                with self.db.write() as conn:
                    conn.execute(
                        delete(blob_parts).where(
                            blob_parts.c.org_id == org_id,
                            blob_parts.c.sha256 == sha,
                            blob_parts.c.idx.in_(lost),
                        )
                    )
                raise ApiError(
                    409,
                    "parts_missing",
                    f"{len(lost)} of {found.parts} parts were lost on the server; send them again.",
                    missing=lost[:100],
                )
            if whole.hexdigest() != sha:
                self._reset(org_id, sha)
                raise ApiError(
                    422,
                    "blob_hash_mismatch",
                    "The parts do not add up to the declared SHA-256; the upload was reset.",
                )
            with self.db.write() as conn:
                # Claimed by a conditional update, which also locks the row: of two processes
                # completing one blob at once, one publishes, and no part lands after it.
                claimed = conn.execute(
                    update(blobs)
                    .where(
                        blobs.c.org_id == org_id,
                        blobs.c.sha256 == sha,
                        blobs.c.status == "uploading",
                    )
                    .values(status="complete", updated_at=now)
                )
                if claimed.rowcount == 1:
                    assembly.publish(conn, hashes)
                    conn.execute(
                        delete(blob_parts).where(
                            blob_parts.c.org_id == org_id, blob_parts.c.sha256 == sha
                        )
                    )
                done = self._row(conn, org_id, sha)
        assert done is not None
        return done

    def _stored_part(self, org_id: str, sha: str, idx: int, part_sha: str) -> bytes | None:
        """The part's bytes, or None when they are gone or no longer match their hash
        (then the damaged copy goes too, so that a resent part can take its place)."""
        data = self.bytes.get_part(org_id, sha, idx, part_sha)
        if data is None:
            return None
        if hashlib.sha256(data).hexdigest() != part_sha:
            self.bytes.drop_part(org_id, sha, idx, part_sha)
            return None
        return data

    def _reset(self, org_id: str, sha: str) -> None:
        with self.db.write() as conn:
            conn.execute(
                delete(blob_parts).where(blob_parts.c.org_id == org_id, blob_parts.c.sha256 == sha)
            )
        self.bytes.forget(org_id, sha)

    def readable(self, device: orgs.Device, sha: str) -> Readable:
        """A complete blob this device may read, else 404/409."""
        with self.db.read() as conn:
            found = self._row(conn, device.org_id, sha)
        if found is None or not aud.may_read(device, found.audience):
            raise ApiError(404, "blob_not_found", "No blob with this SHA-256 is addressed to you.")
        if not found.complete:
            raise ApiError(409, "blob_incomplete", "This blob's upload is not complete yet.")
        return Readable(self.bytes, device.org_id, sha, found.size, found.part_size)

    def forget(self, org_id: str, shas: list[str]) -> None:
        """Remove the bytes of blobs whose rows are gone (a purge ordered by HQ)."""
        for sha in shas:
            self.bytes.forget(org_id, sha)

    def sweep(self, org_id: str, now: int) -> int:
        """Forget uploads untouched for longer than the upload TTL; return how many."""
        cutoff = now - self.limits.upload_ttl
        with self.db.write() as conn:
            given_up = conn.execute(
                select(blobs.c.sha256, blobs.c.device_id).where(
                    blobs.c.org_id == org_id,
                    blobs.c.status == "uploading",
                    blobs.c.updated_at < cutoff,
                )
            ).all()
            stale = [row.sha256 for row in given_up]
            for sha in stale:
                for table in (blob_parts, blob_audience, blobs):
                    conn.execute(
                        delete(table).where(table.c.org_id == org_id, table.c.sha256 == sha)
                    )
            # Their sizes counted in their devices' quotas from the start of the upload.
            usage.recount(conn, [row.device_id for row in given_up if row.device_id])
        for sha in stale:
            self.bytes.forget(org_id, sha)
        with self.db.read() as conn:
            uploading = set(
                conn.execute(
                    select(blobs.c.sha256).where(
                        blobs.c.org_id == org_id, blobs.c.status == "uploading"
                    )
                ).scalars()
            )
        return len(stale) + self.bytes.sweep_orphans(org_id, uploading, now - ORPHAN_AGE)
