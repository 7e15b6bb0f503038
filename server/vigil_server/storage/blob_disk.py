"""Blob bytes in the server's data folder: the store for a server on SQLite, whose database
is on that one machine too (storage/blobs.py chooses).

Files live under DATA/blobs/<org>/<sha[:2]>/: ``<sha>`` once complete, and
``<sha>.parts/<index>.<part sha256>`` while uploading (named by hash, so two racing uploads
of one part never overwrite each other's file).
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from sqlalchemy import Connection

from vigil_server.errors import blob_bytes_missing

READ_CHUNK = 256 * 1024


class DiskBytes:
    kind = "disk"

    def __init__(self, root: Path) -> None:
        self.root = root

    # paths -------------------------------------------------------------------------------
    def _dir(self, org_id: str, sha: str) -> Path:
        return self.root / org_id / sha[:2]

    def final_path(self, org_id: str, sha: str) -> Path:
        return self._dir(org_id, sha) / sha

    def _parts_dir(self, org_id: str, sha: str) -> Path:
        return self._dir(org_id, sha) / f"{sha}.parts"

    def _part_path(self, org_id: str, sha: str, idx: int, part_sha: str) -> Path:
        return self._parts_dir(org_id, sha) / f"{idx}.{part_sha}"

    # parts -------------------------------------------------------------------------------
    def put_part(
        self, org_id: str, sha: str, idx: int, part_sha: str, data: bytes, now: int
    ) -> None:
        del now  # the file's own time says when it was written
        _write_atomic(self._part_path(org_id, sha, idx, part_sha), data)

    def get_part(self, org_id: str, sha: str, idx: int, part_sha: str) -> bytes | None:
        try:
            return self._part_path(org_id, sha, idx, part_sha).read_bytes()
        except FileNotFoundError:
            return None

    def drop_part(self, org_id: str, sha: str, idx: int, part_sha: str) -> None:
        self._part_path(org_id, sha, idx, part_sha).unlink(missing_ok=True)

    # the whole ---------------------------------------------------------------------------
    @contextlib.contextmanager
    def assemble(self, org_id: str, sha: str) -> Iterator[DiskAssembly]:
        """A temporary file the checked parts are appended to, renamed into place by
        ``publish``; whatever happens, the temporary file does not outlive the block."""
        folder = self._dir(org_id, sha)
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = folder / f".{sha}.{secrets.token_hex(8)}.tmp"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        done = DiskAssembly(os.fdopen(fd, "wb"), tmp, self.final_path(org_id, sha))
        try:
            yield done
        finally:
            done.out.close()
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        if done.published:
            shutil.rmtree(self._parts_dir(org_id, sha), ignore_errors=True)

    def read(
        self, org_id: str, sha: str, size: int, part_size: int, start: int, end: int
    ) -> Iterator[bytes]:
        """Opens the file now (one file holds the whole blob): a file removed or cut short by
        hand is refused here, before the answer starts."""
        del part_size
        try:
            fh = open(self.final_path(org_id, sha), "rb")  # noqa: SIM115 (the generator closes it)
        except FileNotFoundError:
            raise blob_bytes_missing() from None
        if os.fstat(fh.fileno()).st_size != size:
            fh.close()
            raise blob_bytes_missing()
        return _slices(fh, start, end)

    def forget(self, org_id: str, sha: str) -> None:
        """Everything stored for this blob: its parts and, if complete, its file."""
        self.final_path(org_id, sha).unlink(missing_ok=True)
        shutil.rmtree(self._parts_dir(org_id, sha), ignore_errors=True)

    def sweep_orphans(self, org_id: str, uploading: set[str], cutoff: int) -> int:
        """Remove ``.parts`` folders and temporary files that no upload in progress owns
        (left by a crash, a purge or a sweep racing a part), last changed before ``cutoff``:
        the server created them, and nothing names them any more."""
        base = self.root / org_id
        if not base.is_dir():
            return 0
        removed = 0
        for path in base.glob("*/*"):
            name = path.name
            orphan_parts = name.endswith(".parts") and name[:-6] not in uploading
            orphan_tmp = name.startswith(".") and name.endswith(".tmp")
            if not (orphan_parts or orphan_tmp):
                continue
            try:
                if path.stat().st_mtime > cutoff:
                    continue
            except FileNotFoundError:
                continue
            if path.is_dir():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink(missing_ok=True)
            removed += 1
        return removed


class DiskAssembly:
    def __init__(self, out: IO[bytes], tmp: Path, final: Path) -> None:
        self.out, self.tmp, self.final = out, tmp, final
        self.published = False

    def add(self, data: bytes) -> None:
        self.out.write(data)

    def publish(self, conn: Connection, hashes: dict[int, str]) -> None:
        del conn, hashes  # the parts are copied into the file; the folder goes afterwards
        self.out.flush()
        os.fsync(self.out.fileno())
        os.replace(self.tmp, self.final)
        _fsync_dir(self.final.parent)
        self.published = True


def _slices(fh: IO[bytes], start: int, end: int) -> Iterator[bytes]:
    with fh:
        fh.seek(start)
        left = end - start + 1
        while left > 0:
            chunk = fh.read(min(READ_CHUNK, left))
            if not chunk:
                return
            left -= len(chunk)
            yield chunk


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
