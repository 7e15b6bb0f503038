"""Blobs (attachments): ciphertext uploaded in fixed-size parts, each checked against its
SHA-256, then completed against the SHA-256 of the whole, and served by byte ranges.

Files live under DATA/blobs/<org>/<sha[:2]>/: ``<sha>`` once complete, and
``<sha>.parts/<index>.<part sha256>`` while uploading (named by hash, so two racing uploads
of one part never overwrite each other's file). Metadata lives in the database.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.exc import IntegrityError

from vigil_server.config import Limits
from vigil_server.errors import ApiError
from vigil_server.storage import audience as aud
from vigil_server.storage import orgs, quotas
from vigil_server.storage.database import Database
from vigil_server.storage.tables import blob_audience, blob_parts, blobs


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


ORPHAN_AGE = 3600  # seconds before a folder or file no upload owns is swept


class BlobStore:
    def __init__(self, db: Database, root: Path, limits: Limits) -> None:
        self.db = db
        self.root = root
        self.limits = limits

    # paths -------------------------------------------------------------------------------
    def _dir(self, org_id: str, sha: str) -> Path:
        return self.root / org_id / sha[:2]

    def final_path(self, org_id: str, sha: str) -> Path:
        return self._dir(org_id, sha) / sha

    def _parts_dir(self, org_id: str, sha: str) -> Path:
        return self._dir(org_id, sha) / f"{sha}.parts"

    def _part_path(self, org_id: str, sha: str, idx: int, part_sha: str) -> Path:
        return self._parts_dir(org_id, sha) / f"{idx}.{part_sha}"

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
        path = self._part_path(org_id, sha, idx, part_sha)
        _write_atomic(path, data)
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
        tmp = self._dir(org_id, sha) / f".{sha}.{secrets.token_hex(8)}.tmp"
        whole = hashlib.sha256()
        lost: list[int] = []
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as out:
                for idx in range(found.parts):
                    data = self._stored_part(org_id, sha, idx, hashes[idx])
                    if data is None:
                        lost.append(idx)
                    elif not lost:
                        whole.update(data)
                        out.write(data)
                out.flush()
                os.fsync(out.fileno())
            if lost:
                # A part file lost or damaged on the server's disk (a crash, a bad sector, an
                # operator) is forgotten and asked for again: the upload heals itself.
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
                again = self._row(conn, org_id, sha)
                if again is not None and not again.complete:
                    os.replace(tmp, self.final_path(org_id, sha))
                    _fsync_dir(self._dir(org_id, sha))
                    conn.execute(
                        update(blobs)
                        .where(blobs.c.org_id == org_id, blobs.c.sha256 == sha)
                        .values(status="complete", updated_at=now)
                    )
                    conn.execute(
                        delete(blob_parts).where(
                            blob_parts.c.org_id == org_id, blob_parts.c.sha256 == sha
                        )
                    )
                done = self._row(conn, org_id, sha)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        shutil.rmtree(self._parts_dir(org_id, sha), ignore_errors=True)
        assert done is not None
        return done

    def _stored_part(self, org_id: str, sha: str, idx: int, part_sha: str) -> bytes | None:
        """The part's bytes, or None when its file is gone or no longer matches its hash
        (then the damaged file goes too, so that a resent part can take its place)."""
        path = self._part_path(org_id, sha, idx, part_sha)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        if hashlib.sha256(data).hexdigest() != part_sha:
            path.unlink(missing_ok=True)
            return None
        return data

    def _reset(self, org_id: str, sha: str) -> None:
        with self.db.write() as conn:
            conn.execute(
                delete(blob_parts).where(blob_parts.c.org_id == org_id, blob_parts.c.sha256 == sha)
            )
        shutil.rmtree(self._parts_dir(org_id, sha), ignore_errors=True)

    def readable(self, device: orgs.Device, sha: str) -> tuple[Path, int]:
        """The file and size of a complete blob this device may read, else 404/409."""
        with self.db.read() as conn:
            found = self._row(conn, device.org_id, sha)
        if found is None or not aud.may_read(device, found.audience):
            raise ApiError(404, "blob_not_found", "No blob with this SHA-256 is addressed to you.")
        if not found.complete:
            raise ApiError(409, "blob_incomplete", "This blob's upload is not complete yet.")
        return self.final_path(device.org_id, sha), found.size

    def forget_files(self, org_id: str, shas: list[str]) -> None:
        """Remove the files of blobs whose rows are gone (a purge ordered by HQ)."""
        for sha in shas:
            self.final_path(org_id, sha).unlink(missing_ok=True)
            shutil.rmtree(self._parts_dir(org_id, sha), ignore_errors=True)

    def sweep(self, org_id: str, now: int) -> int:
        """Forget uploads untouched for longer than the upload TTL; return how many."""
        cutoff = now - self.limits.upload_ttl
        with self.db.write() as conn:
            stale = list(
                conn.execute(
                    select(blobs.c.sha256).where(
                        blobs.c.org_id == org_id,
                        blobs.c.status == "uploading",
                        blobs.c.updated_at < cutoff,
                    )
                ).scalars()
            )
            for sha in stale:
                for table in (blob_parts, blob_audience, blobs):
                    conn.execute(
                        delete(table).where(table.c.org_id == org_id, table.c.sha256 == sha)
                    )
        for sha in stale:
            shutil.rmtree(self._parts_dir(org_id, sha), ignore_errors=True)
        return len(stale) + self._sweep_orphans(org_id, now)

    def _sweep_orphans(self, org_id: str, now: int) -> int:
        """Remove ``.parts`` folders and temporary files that no upload in progress owns
        (left by a crash, a purge or a sweep racing a part), once an hour old: the server
        created them, and nothing names them any more."""
        base = self.root / org_id
        if not base.is_dir():
            return 0
        with self.db.read() as conn:
            uploading = set(
                conn.execute(
                    select(blobs.c.sha256).where(
                        blobs.c.org_id == org_id, blobs.c.status == "uploading"
                    )
                ).scalars()
            )
        removed = 0
        for path in base.glob("*/*"):
            name = path.name
            orphan_parts = name.endswith(".parts") and name[:-6] not in uploading
            orphan_tmp = name.startswith(".") and name.endswith(".tmp")
            if not (orphan_parts or orphan_tmp):
                continue
            try:
                if path.stat().st_mtime > now - ORPHAN_AGE:
                    continue
            except FileNotFoundError:
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed += 1
        return removed


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def _fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable: without it a power cut can undo the rename after
    the server has acknowledged the part or the blob."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
