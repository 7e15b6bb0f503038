"""Two server processes, each with its own data folder (as on two machines), serve one
organisation from one real PostgreSQL: tokens, the envelope log and blobs are shared, and
``kill -9`` of either during pushes and uploads loses nothing it acknowledged and
duplicates nothing."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from tests.support.api import Api, Device, decode_code, enrol, sha256_hex, trust
from tests.support.pg import Cluster
from tests.support.server import FAST_LIMITS, ServerProcess, launch, twin
from tests.support.uploads import attachment, envelopes, init, parts_of, put, stored_pieces
from vigil_server.config import ServerConfig


@dataclasses.dataclass
class Pair:
    a: ServerProcess
    b: ServerProcess
    hq: Device
    field: Device

    def via(self, device: Device, server: ServerProcess) -> Device:
        """The same device talking to ``server``; the host it signs is the one its code
        names, whichever process answers."""
        api = Api(server.url, trust(server.cert), pinned_host=device.api.host)
        server._apis.append(api)
        return dataclasses.replace(device, api=api, tokens={})


@pytest.fixture(scope="module")
def pair(pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pair]:
    a = launch(tmp_path_factory.mktemp("server-a"), pg_cluster.new_database(), *FAST_LIMITS)
    b = twin(a, tmp_path_factory.mktemp("server-b"), *FAST_LIMITS)
    try:
        hq = enrol(a.api(), decode_code(a.admin_code)["secret"], role_hint="hq")
        made = hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={"role": "field"})
        assert made.status_code == 200, made.text
        field = enrol(b.api(), decode_code(made.json()["code"])["secret"])
        field = dataclasses.replace(field, api=a.api(), tokens={})
        yield Pair(a, b, hq, field)
    finally:
        a.stop()
        b.stop()


def restart(server: ServerProcess) -> None:
    if server.proc is None or server.proc.poll() is not None:
        server.start(*FAST_LIMITS)


def kill_9(server: ServerProcess) -> None:
    assert server.proc is not None
    os.kill(server.proc.pid, signal.SIGKILL)
    server.proc.wait(timeout=15)


def blob_files(server: ServerProcess) -> list[Path]:
    return [p for p in (server.data / "blobs").rglob("*") if p.is_file()]


def test_a_blob_uploaded_through_one_server_downloads_through_the_other(pair: Pair) -> None:
    field_a, field_b = pair.via(pair.field, pair.a), pair.via(pair.field, pair.b)
    blob = attachment(pair.field, pair.hq.recipient)
    sha, parts = sha256_hex(blob), parts_of(blob)
    assert init(field_a, blob).status_code == 200
    for i, data in enumerate(parts):  # the parts alternate between the two processes
        got = put(field_a if i % 2 == 0 else field_b, blob, i, data)
        assert got.status_code == 200, got.text
    done = field_b.call("POST", f"/v1/blobs/{sha}/complete")
    assert done.status_code == 200, done.text
    for server in (pair.a, pair.b):
        hq = pair.via(pair.hq, server)
        assert hq.call("GET", f"/v1/blobs/{sha}/data").content == blob
        ranged = hq.call("GET", f"/v1/blobs/{sha}/data", headers={"Range": "bytes=65530-131080"})
        assert ranged.status_code == 206 and ranged.content == blob[65530:131081]
    # The bytes are in the database, not in either machine's data folder.
    assert blob_files(pair.a) == [] and blob_files(pair.b) == []


def test_kill_9_during_an_upload_loses_no_acknowledged_part(pair: Pair) -> None:
    restart(pair.a)
    field_a, field_b = pair.via(pair.field, pair.a), pair.via(pair.field, pair.b)
    blob = attachment(pair.field, pair.hq.recipient, size=40 * 64 * 1024)
    sha, parts = sha256_hex(blob), parts_of(blob)
    assert init(field_a, blob).status_code == 200
    acknowledged: list[int] = []

    def upload() -> None:
        for i, data in enumerate(parts):
            try:
                got = put(field_a, blob, i, data)
            except httpx.TransportError:
                return
            if got.status_code != 200:
                return
            acknowledged.append(i)

    worker = threading.Thread(target=upload)
    worker.start()
    deadline = time.monotonic() + 30
    while len(acknowledged) < 5 and time.monotonic() < deadline:
        time.sleep(0.01)
    kill_9(pair.a)
    worker.join(timeout=30)
    assert 5 <= len(acknowledged) < len(parts)

    status = field_b.call("GET", f"/v1/blobs/{sha}").json()
    assert set(acknowledged) <= set(status["received"])
    for i in sorted(set(range(len(parts))) - set(status["received"])):
        assert put(field_b, blob, i, parts[i]).status_code == 200
    assert field_b.call("POST", f"/v1/blobs/{sha}/complete").status_code == 200
    restart(pair.a)
    assert pair.via(pair.hq, pair.a).call("GET", f"/v1/blobs/{sha}/data").content == blob


def waiting_on_lock(holder: Any) -> bool:
    """True once another session waits for a lock (the push, behind ours)."""
    found = holder.execute(
        text(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND pid <> pg_backend_pid()"
        )
    ).scalar_one()
    return bool(found)


def log_of(device: Device) -> list[tuple[int, str]]:
    items, _ = device.pull_all()
    return [(item["seq"], item["sha256"]) for item in items]


def test_kill_9_in_the_middle_of_a_push(pair: Pair) -> None:
    restart(pair.a)
    field_a, field_b = pair.via(pair.field, pair.a), pair.via(pair.field, pair.b)
    hq_b = pair.via(pair.hq, pair.b)
    before = log_of(hq_b)
    stored_before = stored_bytes(pair.b, pair.field.id)
    batch = envelopes(pair.field, 20, pair.hq.recipient)
    assert field_a.login() and field_b.login()
    engine = pair.a.engine()
    answers: list[Any] = []
    try:
        with engine.connect() as holder:
            # Hold the organisation's row as a push's transaction would: server A's push
            # reads the body, opens its transaction and waits here, in the middle.
            holder.execute(
                text("SELECT 1 FROM organisations WHERE id = :id FOR UPDATE"),
                {"id": ServerConfig.load(pair.a.data).org_id},
            )
            worker = threading.Thread(target=lambda: answers.append(_push(field_a, batch)))
            worker.start()
            deadline = time.monotonic() + 30
            while not waiting_on_lock(holder):
                assert time.monotonic() < deadline, "the push never reached the database"
                time.sleep(0.02)
            kill_9(pair.a)
            holder.rollback()
        worker.join(timeout=30)
    finally:
        engine.dispose()
    assert answers == ["lost"]  # never acknowledged

    # The device sends the same envelopes again, through the other server: stored once.
    first = field_b.push(batch)
    assert first.status_code == 200, first.text
    results = first.json()["results"]
    assert [r["duplicate"] for r in results] == [False] * len(batch)
    again = field_b.push(batch).json()["results"]
    assert [r["duplicate"] for r in again] == [True] * len(batch)
    assert [r["seq"] for r in again] == [r["seq"] for r in results]

    # Log order: every envelope once, sequence numbers dense and rising after the old head.
    after = log_of(hq_b)
    new = after[len(before) :]
    assert after[: len(before)] == before
    head = before[-1][0] if before else 0
    assert [seq for seq, _ in new] == list(range(head + 1, head + 1 + len(batch)))
    assert sorted(sha for _, sha in new) == sorted(sha256_hex(e) for e in batch)
    # The restarted server answers the same log, and the pusher's stored bytes count each
    # envelope once.
    restart(pair.a)
    assert log_of(pair.via(pair.hq, pair.a)) == after
    assert stored_bytes(pair.b, pair.field.id) == stored_before + sum(map(len, batch))


def _push(device: Device, batch: list[bytes]) -> str:
    try:
        got = device.push(batch)
    except httpx.TransportError:
        return "lost"
    return f"answered {got.status_code}"


def stored_bytes(server: ServerProcess, device_id: str) -> int:
    """What ``devices list`` reports the device has stored (its quota's count)."""
    listed = json.loads(server.cli("devices", "list", "--json").stdout)
    return int(next(d["stored_bytes"] for d in listed if d["id"] == device_id))


def test_blobs_kept_on_disk_before_are_copied_into_the_database(pair: Pair) -> None:
    """A PostgreSQL server from before blob bytes moved into the database kept them under
    DATA/blobs; at its next start it copies those files into rows (and leaves the files),
    unless a file does not match its hash."""
    restart(pair.a)
    field_a = pair.via(pair.field, pair.a)
    blobs = [attachment(pair.field, pair.hq.recipient) for _ in range(2)]
    org_id = ServerConfig.load(pair.a.data).org_id
    files = []
    for blob in blobs:
        sha = sha256_hex(blob)
        assert init(field_a, blob).status_code == 200
        for i, data in enumerate(parts_of(blob)):
            assert put(field_a, blob, i, data).status_code == 200
        assert field_a.call("POST", f"/v1/blobs/{sha}/complete").status_code == 200
        # as the old server left it: the whole file on its disk, nothing in blob_data
        path = pair.a.data / "blobs" / org_id / sha[:2] / sha
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"".join(stored_pieces(pair.a, sha).values()))
        files.append(path)
        engine = pair.a.engine()
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM blob_data WHERE sha256 = :sha"), {"sha": sha})
        engine.dispose()
    files[1].write_bytes(bytes(len(blobs[1])))  # damaged on the old disk
    pair.a.stop()
    restart(pair.a)
    good, bad = (sha256_hex(b) for b in blobs)
    assert pair.via(pair.hq, pair.b).call("GET", f"/v1/blobs/{good}/data").content == blobs[0]
    assert stored_pieces(pair.a, bad) == {}
    assert files[0].read_bytes() == blobs[0] and files[1].exists()  # nothing deleted


def test_two_processes_completing_one_blob_at_once_agree(pair: Pair) -> None:
    """The device's retry reaches the other process while the first is still completing:
    both answer complete, and the blob is stored once."""
    restart(pair.a)
    field_a, field_b = pair.via(pair.field, pair.a), pair.via(pair.field, pair.b)
    blob = attachment(pair.field, pair.hq.recipient, size=24 * 64 * 1024)
    sha, parts = sha256_hex(blob), parts_of(blob)
    assert init(field_a, blob).status_code == 200
    for i, data in enumerate(parts):
        assert put(field_a, blob, i, data).status_code == 200
    assert field_a.login() and field_b.login()
    answers: list[Any] = []
    barrier = threading.Barrier(4)

    def complete(device: Device) -> None:
        barrier.wait()
        answers.append(device.call("POST", f"/v1/blobs/{sha}/complete"))

    workers = [threading.Thread(target=complete, args=(d,)) for d in (field_a, field_b) * 2]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert [(a.status_code, a.json()["complete"]) for a in answers] == [(200, True)] * 4
    assert list(stored_pieces(pair.a, sha)) == [f"row {i:06d}" for i in range(len(parts))]
    assert pair.via(pair.hq, pair.b).call("GET", f"/v1/blobs/{sha}/data").content == blob
