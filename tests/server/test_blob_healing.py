"""Blob uploads heal themselves: a part file lost or damaged on the server's disk is reported
missing so the client sends it again (``complete`` used to answer 500 forever), and folders
and temporary files no upload owns are swept."""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.support.api import Device, sha256_hex
from tests.support.pg import Cluster
from tests.support.server import ServerProcess
from tests.support.uploads import attachment, init, parts_of, put, stored_pieces
from vigil_server.config import Limits
from vigil_server.storage import orgs
from vigil_server.storage.blob_disk import DiskBytes
from vigil_server.storage.blobs import ORPHAN_AGE, BlobStore, open_store
from vigil_server.storage.database import Database
from vigil_server.storage.tables import blob_data


def test_a_lost_or_damaged_part_is_asked_for_again(
    server: ServerProcess, hq: Device, field: Device
) -> None:
    blob = attachment(field, hq.recipient)
    sha = sha256_hex(blob)
    parts = parts_of(blob)
    assert init(field, blob).status_code == 200
    for i, data in enumerate(parts):
        assert put(field, blob, i, data).status_code == 200
    lose_and_damage(server, sha, lost=1, damaged=3)

    got = field.call("POST", f"/v1/blobs/{sha}/complete")
    assert got.status_code == 409, got.text
    assert got.json()["error"] == "parts_missing" and got.json()["missing"] == [1, 3]
    status = field.call("GET", f"/v1/blobs/{sha}").json()
    assert status["received"] == [0, 2, 4] and status["complete"] is False
    for i in (1, 3):
        assert put(field, blob, i, parts[i]).status_code == 200
    done = field.call("POST", f"/v1/blobs/{sha}/complete")
    assert done.status_code == 200, done.text
    assert done.json()["complete"] is True
    assert hq.call("GET", f"/v1/blobs/{sha}/data").content == blob


def lose_and_damage(server: ServerProcess, sha: str, lost: int, damaged: int) -> None:
    """Lose one stored part and overwrite another with zeros (a bad sector, say), wherever
    this server keeps blob bytes: files with SQLite, rows with PostgreSQL."""
    if server.database_url is None:
        folder = next((server.data / "blobs").rglob(f"{sha}.parts"))
        files = {int(f.name.split(".")[0]): f for f in folder.iterdir()}
        files[lost].unlink()
        files[damaged].write_bytes(b"\0" * files[damaged].stat().st_size)
        return
    engine = server.engine()
    try:
        with engine.begin() as conn:
            gone = conn.execute(
                text("DELETE FROM blob_data WHERE sha256 = :sha AND idx = :idx"),
                {"sha": sha, "idx": lost},
            )
            zeroed = conn.execute(
                text(
                    "UPDATE blob_data SET data = decode(repeat('00', length(data)), 'hex') "
                    "WHERE sha256 = :sha AND idx = :idx"
                ),
                {"sha": sha, "idx": damaged},
            )
            assert gone.rowcount == zeroed.rowcount == 1
    finally:
        engine.dispose()


@pytest.mark.parametrize("harm", ["deleted", "truncated"])
def test_a_complete_blob_whose_bytes_are_gone_is_refused_before_any_byte(
    server: ServerProcess, hq: Device, field: Device, harm: str
) -> None:
    """Bytes removed (or cut short) by hand after completion: the download used to start
    with 200 and its Content-Length, then break off mid-body, which a client can only read as
    a network fault and try again forever. Now the answer is an error, before any byte."""
    blob = attachment(field, hq.recipient)
    sha = sha256_hex(blob)
    assert init(field, blob).status_code == 200
    for i, data in enumerate(parts_of(blob)):
        assert put(field, blob, i, data).status_code == 200
    assert field.call("POST", f"/v1/blobs/{sha}/complete").status_code == 200
    assert hq.call("GET", f"/v1/blobs/{sha}/data").content == blob  # control: intact
    harm_bytes(server, sha, harm)

    for headers in ({}, {"Range": "bytes=0-99"}, {"Range": f"bytes={len(blob) - 100}-"}):
        got = hq.call("GET", f"/v1/blobs/{sha}/data", headers=headers)
        assert got.status_code == 500, (headers, got.status_code, got.headers)
        assert got.json()["error"] == "blob_bytes_missing", got.text
        assert "request_id" not in got.json() or got.json()["request_id"]
    status = hq.call("GET", f"/v1/blobs/{sha}")
    assert status.status_code == 200 and status.json()["complete"] is True  # nothing rewritten


def harm_bytes(server: ServerProcess, sha: str, harm: str) -> None:
    """Delete a complete blob's bytes, or cut off its end, where this server keeps them."""
    if server.database_url is None:
        path = next((server.data / "blobs").rglob(sha))
        if harm == "deleted":
            path.unlink()
        else:
            os.truncate(path, path.stat().st_size - 10)
        return
    engine = server.engine()
    try:
        with engine.begin() as conn:
            last = conn.execute(
                text("SELECT max(idx) FROM blob_data WHERE sha256 = :sha"), {"sha": sha}
            ).scalar_one()
            if harm == "deleted":
                done = conn.execute(text("DELETE FROM blob_data WHERE sha256 = :sha"), {"sha": sha})
            else:
                done = conn.execute(
                    text("UPDATE blob_data SET data = substring(data from 1 for length(data) - 10)"
                         " WHERE sha256 = :sha AND idx = :idx"),
                    {"sha": sha, "idx": last},
                )  # fmt: skip
            assert done.rowcount >= 1
    finally:
        engine.dispose()


def test_folders_and_temporary_files_no_upload_owns_are_swept(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'db.sqlite'}", pool_size=1)
    db.migrate()
    with db.write() as conn:
        org_id = orgs.create_org(conn, "Sweep", 0)
    root = tmp_path / "blobs"
    store = BlobStore(db, DiskBytes(root), Limits())
    desk = orgs.Device(
        id="d" * 32, org_id=org_id, role="hq", label=None, device_key=b"k" * 32,
        age_recipient="age1", signing_key=None, status="active", wipe=False, created_at=0,
        revoked_at=None,
    )  # fmt: skip
    now = int(time.time())
    live = "a" * 64
    store.init(desk, live, 100_000, None, "hq", now)
    old = now - ORPHAN_AGE - 60

    def made(name: str, age: int, folder: bool = True) -> Path:
        path = root / org_id / name.lstrip(".")[:2] / name
        if folder:
            path.mkdir(parents=True, exist_ok=True)
            (path / "0.x").write_bytes(b"part")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(b"half a blob")
        os.utime(path, (age, age))
        return path

    owned = made(f"{live}.parts", old)
    orphan = made(f"{'b' * 64}.parts", old)
    recent = made(f"{'c' * 64}.parts", now)
    stale_tmp = made(f".{'d' * 64}.0123456789abcdef.tmp", old, folder=False)
    finished = root / org_id / "ee" / ("e" * 64)  # a complete blob: never touched
    finished.parent.mkdir(parents=True)
    finished.write_bytes(b"blob")
    os.utime(finished, (old, old))

    assert store.sweep(org_id, now) == 2
    assert owned.exists() and recent.exists() and finished.exists()
    assert not orphan.exists() and not stale_tmp.exists()
    db.dispose()


def test_a_part_sent_again_with_other_bytes_leaves_one_copy(
    server: ServerProcess, hq: Device, field: Device
) -> None:
    """An uploader sends part 1 twice, with other bytes (and their true hash) the second
    time: refused as a conflict, and whatever the store kept of the refused bytes is gone
    once the blob is complete, so a download reads one copy of each part, the first."""
    blob = attachment(field, hq.recipient)
    sha = sha256_hex(blob)
    parts = parts_of(blob)
    assert init(field, blob).status_code == 200
    for i, data in enumerate(parts):
        assert put(field, blob, i, data).status_code == 200
    other = bytes(len(parts[1]))
    clash = put(field, blob, 1, other)
    assert (clash.status_code, clash.json()["error"]) == (409, "part_conflict")
    done = field.call("POST", f"/v1/blobs/{sha}/complete")
    assert done.status_code == 200, done.text
    assert hq.call("GET", f"/v1/blobs/{sha}/data").content == blob
    got = hq.call("GET", f"/v1/blobs/{sha}/data", headers={"Range": "bytes=65536-65600"})
    assert got.status_code == 206 and got.content == blob[65536:65601]
    assert b"".join(stored_pieces(server, sha).values()) == blob


def test_database_rows_no_blob_owns_are_swept(pg_cluster: Cluster) -> None:
    """With PostgreSQL, bytes whose blob row is gone (a purge that crashed between its two
    steps) are swept once an hour old; an upload in progress and a complete blob keep theirs."""
    db = Database(pg_cluster.new_database(), pool_size=1)
    db.migrate()
    with db.write() as conn:
        org_id = orgs.create_org(conn, "Sweep", 0)
    store = open_store(db, Path("/nonexistent"), Limits())
    desk = orgs.Device(
        id="d" * 32, org_id=org_id, role="hq", label=None, device_key=b"k" * 32,
        age_recipient="age1", signing_key=None, status="active", wipe=False, created_at=0,
        revoked_at=None,
    )  # fmt: skip
    now = int(time.time())
    data = os.urandom(64 * 1024)
    part = hashlib.sha256(data).hexdigest()
    live = hashlib.sha256(data).hexdigest()  # a one-part blob: its hash is the part's
    store.init(desk, live, len(data), 64 * 1024, "hq", now)
    store.put_part(desk, live, 0, data, part, now - ORPHAN_AGE - 60)
    with db.write() as conn:
        conn.execute(
            blob_data.insert(),
            [
                {"org_id": org_id, "sha256": sha, "idx": 0, "part_sha256": part, "data": data,
                 "created_at": when}
                for sha, when in (("b" * 64, now - ORPHAN_AGE - 60), ("c" * 64, now))
            ],
        )  # fmt: skip
    assert store.sweep(org_id, now) == 1
    with db.read() as conn:
        left = set(conn.execute(select(blob_data.c.sha256)).scalars())
    assert left == {live, "c" * 64}
    assert store.complete(desk, live, now).complete
    assert store.sweep(org_id, now + ORPHAN_AGE + 60) == 1  # the recent orphan, later
    with db.read() as conn:
        assert set(conn.execute(select(blob_data.c.sha256)).scalars()) == {live}
    blob = store.readable(desk, live)
    assert b"".join(blob.chunks(0, blob.size - 1)) == data
    db.dispose()
