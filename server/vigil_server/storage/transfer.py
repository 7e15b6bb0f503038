"""Moving an organisation from SQLite to PostgreSQL, for one that outgrows one machine
(``vigil-server migrate --to postgresql://...``; docs/protocol.md §13).

Every table is copied row for row from one snapshot of the SQLite database, and every blob's
bytes from the data folder into PostgreSQL's rows (storage/blob_rows.py), all in ONE
transaction of the target, which is checked before it commits: the same number of rows in
every table, every envelope and note body matching its SHA-256, every complete blob's rows
adding up to its size and its SHA-256. Any difference rolls the whole copy back, so the
target is either a full copy or as empty as it was. The source is only read: its database
file and blob files stay as they were, for the operator to remove once satisfied.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, func, select

from vigil_server.storage.blob_disk import DiskBytes
from vigil_server.storage.database import Database
from vigil_server.storage.tables import (
    blob_data,
    blob_parts,
    blobs,
    envelope_bodies,
    envelopes,
    metadata,
    notes,
)

BATCH = 500  # rows read and written at a time
SHOWN = 10  # problems named in a refusal


class TargetNotEmpty(ValueError):
    """The target already holds Vigil rows: nothing is copied over them."""


class CopyFailed(Exception):
    """A check of the copy failed; the target's transaction was rolled back."""


@dataclass
class Moved:
    rows: dict[str, int] = field(default_factory=dict)  # table -> rows copied
    blobs: int = 0  # complete blobs whose bytes were copied
    blob_rows: int = 0  # rows of blob bytes written (the source keeps them in files)
    parts: int = 0  # parts of uploads in progress copied
    parts_left: int = 0  # parts of uploads in progress not found whole (sent again later)


def tables() -> list[Table]:
    """Every table, parents before children (foreign keys)."""
    return list(metadata.sorted_tables)


def move(source: Database, target: Database, blob_root: Path) -> Moved:
    if source.dialect != "sqlite":
        raise ValueError("this server's database is not SQLite: there is nothing to move")
    if target.dialect != "postgresql":
        raise ValueError("--to must be a postgresql:// URL")
    if source.revision() != source.head():
        raise ValueError(
            "this server's database schema is not the newest: run 'vigil-server migrate' first"
        )
    target.migrate()
    with target.read() as conn:
        held = {t.name: n for t in tables() if (n := _count(conn, t))}
    if held:
        named = ", ".join(f"{name} ({n} rows)" for name, n in sorted(held.items()))
        raise TargetNotEmpty(
            f"the target database already holds Vigil data: {named}; give an empty database"
        )
    moved = Moved()
    disk = DiskBytes(blob_root)
    with source.read() as src, target.write() as dst:
        for table in tables():
            moved.rows[table.name] = _copy_table(src, dst, table)
        moved.blobs, whole_rows = _copy_complete_blobs(src, dst, disk)
        moved.parts, moved.parts_left = _copy_parts(src, dst, disk)
        moved.blob_rows = whole_rows + moved.parts
        _verify(src, dst, moved)
    return moved


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _stream(conn: Connection, query: Any) -> Iterator[Any]:
    result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(query)
    yield from result


def _copy_table(src: Connection, dst: Connection, table: Table) -> int:
    copied = 0
    batch: list[dict[str, Any]] = []
    for row in _stream(src, select(table)):
        batch.append(dict(row._mapping))
        if len(batch) >= BATCH:
            dst.execute(table.insert(), batch)
            copied += len(batch)
            batch = []
    if batch:
        dst.execute(table.insert(), batch)
        copied += len(batch)
    return copied


def _copy_complete_blobs(src: Connection, dst: Connection, disk: DiskBytes) -> tuple[int, int]:
    """Each complete blob's file, checked against its size and SHA-256, cut into its parts'
    rows. A file missing or not matching stops the move: copying it would lose it silently."""
    bad: list[str] = []
    copied = rows = 0
    query = select(blobs.c.org_id, blobs.c.sha256, blobs.c.size, blobs.c.part_size).where(
        blobs.c.status == "complete"
    )
    now = int(time.time())
    for org_id, sha, size, part_size in list(src.execute(query)):
        path = disk.final_path(org_id, sha)
        if not path.is_file() or path.stat().st_size != size:
            bad.append(sha)
            continue
        whole = hashlib.sha256()
        with open(path, "rb") as fh:
            for idx in range(-(-size // part_size)):
                data = fh.read(part_size)
                whole.update(data)
                dst.execute(
                    blob_data.insert().values(
                        org_id=org_id,
                        sha256=sha,
                        idx=idx,
                        part_sha256=hashlib.sha256(data).hexdigest(),
                        data=data,
                        created_at=now,
                    )
                )
                rows += 1
        if whole.hexdigest() != sha:
            bad.append(sha)
            continue
        copied += 1
    if bad:
        raise CopyFailed(
            f"{len(bad)} complete blob(s) have no whole file in the data folder "
            f"(missing, cut short or damaged): {', '.join(s[:16] for s in bad[:SHOWN])}; "
            "restore them from a backup, or purge what holds them, then move again"
        )
    return copied, rows


def _copy_parts(src: Connection, dst: Connection, disk: DiskBytes) -> tuple[int, int]:
    """The parts of uploads in progress. A part not found whole is left out: the upload
    reports it missing and its device sends it again (storage/blobs.py heals)."""
    query = (
        select(blob_parts.c.org_id, blob_parts.c.sha256, blob_parts.c.idx,
               blob_parts.c.part_sha256)
        .join(blobs, (blobs.c.org_id == blob_parts.c.org_id)
              & (blobs.c.sha256 == blob_parts.c.sha256))
        .where(blobs.c.status != "complete")
    )  # fmt: skip
    copied = left = 0
    now = int(time.time())
    for org_id, sha, idx, part_sha in list(src.execute(query)):
        data = disk.get_part(org_id, sha, idx, part_sha)
        if data is None or hashlib.sha256(data).hexdigest() != part_sha:
            left += 1
            continue
        dst.execute(
            blob_data.insert().values(
                org_id=org_id, sha256=sha, idx=idx, part_sha256=part_sha, data=data,
                created_at=now,
            )
        )  # fmt: skip
        copied += 1
    return copied, left


def _verify(src: Connection, dst: Connection, moved: Moved) -> None:
    """Read back what the target's transaction holds and compare it with the source."""
    problems: list[str] = []
    for table in tables():
        want = _count(src, table) + (moved.blob_rows if table is blob_data else 0)
        got = _count(dst, table)
        if got != want:
            problems.append(f"{table.name}: {got} rows, the source has {want}")
    for name, query in (
        ("envelope", select(envelopes.c.seq, envelopes.c.sha256, envelope_bodies.c.body)
         .join(envelope_bodies, (envelope_bodies.c.org_id == envelopes.c.org_id)
               & (envelope_bodies.c.seq == envelopes.c.seq))),
        ("note", select(notes.c.seq, notes.c.sha256, notes.c.body)),
    ):  # fmt: skip
        for seq, sha, body in _stream(dst, query):
            if hashlib.sha256(bytes(body)).hexdigest() != sha:
                problems.append(f"{name} {seq}: its body does not match its SHA-256")
    complete = select(blobs.c.org_id, blobs.c.sha256, blobs.c.size, blobs.c.parts).where(
        blobs.c.status == "complete"
    )
    for org_id, sha, size, parts in list(dst.execute(complete)):
        whole, total, count = hashlib.sha256(), 0, 0
        rows = select(blob_data.c.data).where(
            blob_data.c.org_id == org_id, blob_data.c.sha256 == sha
        ).order_by(blob_data.c.idx)
        for (data,) in _stream(dst, rows):
            whole.update(data)
            total += len(data)
            count += 1
        if (count, total, whole.hexdigest()) != (parts, size, sha):
            problems.append(f"blob {sha[:16]}: its copied bytes do not match")
    if problems:
        raise CopyFailed(
            f"the copy does not match the source ({len(problems)} problem(s)): "
            + "; ".join(problems[:SHOWN])
        )
