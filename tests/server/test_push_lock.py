"""What a push does while it holds the organisation's row lock, on PostgreSQL, where several
requests (and several server processes) write at once.

Every push of an organisation waits for that one row lock. With 500 devices the holder spent
its time waiting for its own busy process between ten statements while thirty pushes queued
behind it (benchmarks/load.py; docs/testing.md). A push now reads its duplicates and counts
its quota before it asks for the lock, and reads its duplicates again under it. These tests
hold the lock from outside to catch pushes at the moment they wait, on a real server process.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Connection, Engine, text

from tests.support.api import Device, b64, decode_code, enrol, seal, sha256_hex
from tests.support.pg import Cluster
from tests.support.server import FAST_LIMITS, ServerProcess, launch

WAIT = 30.0  # generous: the machine may be busy


@pytest.fixture(scope="module")
def pg_server(pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    server = launch(tmp_path_factory.mktemp("push-lock"), pg_cluster.new_database(), *FAST_LIMITS)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def hq(pg_server: ServerProcess) -> Device:
    return enrol(pg_server.api(), decode_code(pg_server.admin_code)["secret"], role_hint="hq")


@pytest.fixture(scope="module")
def engine(pg_server: ServerProcess) -> Iterator[Engine]:
    made = pg_server.engine()
    try:
        yield made
    finally:
        made.dispose()


def field(server: ServerProcess, hq: Device) -> Device:
    made = hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={"role": "field"})
    assert made.status_code == 200, made.text
    device = enrol(server.api(), decode_code(made.json()["code"])["secret"])
    device.login("sync")
    return device


def in_thread(call: Callable[[], httpx.Response]) -> Callable[[], httpx.Response]:
    """Start ``call`` in a thread; the returned function waits for its answer."""
    got: list[Any] = []
    thread = threading.Thread(target=lambda: got.append(call()), daemon=True)
    thread.start()

    def answer() -> httpx.Response:
        thread.join(WAIT)
        assert got, "the request did not finish"
        response: httpx.Response = got[0]
        return response

    return answer


def waiting_backends(conn: Connection, count: int) -> list[int]:
    """The server's backends (``count`` of them) once each waits for a lock."""
    deadline = time.monotonic() + WAIT
    while True:
        conn.rollback()  # a new transaction: the activity view is read once per transaction
        pids = list(
            conn.execute(
                text(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                    "AND application_name LIKE 'vigil-server %' AND wait_event_type = 'Lock'"
                )
            ).scalars()
        )
        if len(pids) >= count:
            return pids
        if time.monotonic() > deadline:
            seen = conn.execute(
                text(
                    "SELECT state, wait_event_type, wait_event, left(query, 60) "
                    "FROM pg_stat_activity WHERE datname = current_database()"
                )
            ).all()
            raise AssertionError(f"{len(pids)} of {count} requests wait for a lock: {seen}")
        time.sleep(0.05)


def holding(engine: Engine, lock_sql: str, **params: Any) -> Any:
    """A transaction of our own that holds a row lock until the block ends (a slow writer)."""

    class Holder:
        def __enter__(self) -> Connection:
            self.conn = engine.connect()
            self.tx = self.conn.begin()
            self.conn.execute(text(lock_sql), params)
            return self.conn

        def __exit__(self, *exc: object) -> None:
            self.tx.commit()
            self.conn.close()

    return Holder()


ORG_LOCK = "SELECT id FROM organisations FOR UPDATE"


def test_a_push_reads_and_counts_before_it_waits_for_the_organisations_row(
    pg_server: ServerProcess, hq: Device, engine: Engine
) -> None:
    """Caught while it waits for the lock, the push already holds what reading its
    duplicates and counting its quota take: under the lock remain its inserts."""
    device = field(pg_server, hq)
    envelope = seal(os.urandom(100), device.recipient)
    with holding(engine, ORG_LOCK), engine.connect() as watch:
        answer = in_thread(lambda: device.push([envelope], audience=[device.id]))
        (pid,) = waiting_backends(watch, 1)
        held = {
            (row.relname, row.mode)
            for row in watch.execute(
                text(
                    "SELECT c.relname, l.mode FROM pg_locks l JOIN pg_class c "
                    "ON c.oid = l.relation WHERE l.pid = :pid AND l.granted"
                ),
                {"pid": pid},
            )
        }
        assert ("envelopes", "AccessShareLock") in held, held  # its duplicates were read
        assert ("device_usage", "RowExclusiveLock") in held, held  # its bytes were counted
    pushed = answer()
    assert pushed.status_code == 200, pushed.text
    (result,) = pushed.json()["results"]
    assert result["duplicate"] is False and result["receipt"]["text"]
    items, _ = device.pull_all()
    assert [i["sha256"] for i in items] == [sha256_hex(envelope)]


def test_the_same_bytes_pushed_at_the_same_moment_are_stored_once(
    pg_server: ServerProcess, hq: Device, engine: Engine
) -> None:
    """Two devices send identical bytes to HQ while a slow writer holds the lock: both
    found nothing before it; the second to get the lock sees the first's row and answers
    as a duplicate with the first's seq (its transaction runs again)."""
    one, two = field(pg_server, hq), field(pg_server, hq)
    envelope = seal(os.urandom(100), hq.recipient)
    before = hq.pull_all()[1]
    with holding(engine, ORG_LOCK), engine.connect() as watch:
        answers = [in_thread(lambda d=d: d.push([envelope])) for d in (one, two)]
        waiting_backends(watch, 2)
    results = []
    for answer in answers:
        got = answer()
        assert got.status_code == 200, got.text
        results.append(got.json()["results"][0])
    assert results[0]["seq"] == results[1]["seq"]
    assert sorted(r["duplicate"] for r in results) == [False, True]
    items, _ = hq.pull_all(before)
    assert [i["sha256"] for i in items] == [sha256_hex(envelope)]


def test_a_note_and_a_push_of_one_device_at_once_do_not_deadlock(
    pg_server: ServerProcess, hq: Device, engine: Engine
) -> None:
    """Both count the device's bytes (a row lock on its hour) and take the organisation's
    row: in the same order, or PostgreSQL would abort one of them as a deadlock."""
    device = field(pg_server, hq)
    envelope = seal(os.urandom(100), device.recipient)
    note = seal(os.urandom(100), hq.recipient)
    posted = {"note": b64(note), "sha256": sha256_hex(note), "audience": "hq"}
    with holding(engine, ORG_LOCK), engine.connect() as watch:
        push = in_thread(lambda: device.push([envelope], audience=[device.id]))
        waiting_backends(watch, 1)
        post = in_thread(lambda: device.call("POST", "/v1/notes", json=posted))
        waiting_backends(watch, 2)
    assert push().status_code == 200
    got = post()
    assert got.status_code == 200, got.text


def test_two_uploads_started_at_once_cannot_both_pass_the_quota(
    pg_server: ServerProcess, hq: Device, engine: Engine
) -> None:
    """Each fits the device's quota alone, not both. The quota check used to read the sums
    first and count after: two requests read the sums from before the other and both
    passed. Now the bytes are counted first (locking the device's hour), then the sums read."""
    if time.time() % 3600 > 3600 - WAIT:  # the device's hour row must not change meanwhile
        time.sleep(3600 - time.time() % 3600 + 1)
    device = field(pg_server, hq)
    first = seal(os.urandom(1000), hq.recipient)
    assert device.push([first]).status_code == 200  # makes the device's row for this hour
    used = len(first)
    size = 60_000
    got = hq.call("POST", f"/v1/devices/{device.id}/quota", action="admin",
                  json={"daily_bytes": None, "total_bytes": used + size + size // 2})  # fmt: skip
    assert got.status_code == 200, got.text
    starts = [
        {"sha256": sha256_hex(os.urandom(32)), "size": size, "audience": "hq"} for _ in range(2)
    ]
    usage_lock = "SELECT bytes FROM device_usage WHERE device_id = :d FOR UPDATE"
    with holding(engine, usage_lock, d=device.id), engine.connect() as watch:
        answers = [in_thread(lambda s=s: device.call("POST", "/v1/blobs", json=s)) for s in starts]
        waiting_backends(watch, 2)
    statuses = sorted(answer().status_code for answer in answers)
    assert statuses == [200, 507], statuses
    listed = hq.call("GET", "/v1/devices", action="admin").json()["devices"]
    (row,) = [d for d in listed if d["id"] == device.id]
    assert row["stored_bytes"] == used + size


def test_pushes_at_once_from_many_devices_keep_the_log_gapless_and_in_order(
    pg_server: ServerProcess, hq: Device, engine: Engine
) -> None:
    """Twelve devices push at once, each a few times: every envelope is in HQ's pull exactly
    once, in seq order with no gap, and each push's seqs are the ones its receipts name."""
    devices = [field(pg_server, hq) for _ in range(12)]
    before = hq.pull_all()[1]
    sent: dict[str, int] = {}
    lock = threading.Lock()

    def run(device: Device) -> None:
        for _ in range(3):
            batch = [seal(os.urandom(64), hq.recipient) for _ in range(3)]
            got = device.push(batch)
            assert got.status_code == 200, got.text
            with lock:
                for result in got.json()["results"]:
                    assert f"seq {result['seq']}\n" in result["receipt"]["text"]
                    sent[result["sha256"]] = result["seq"]

    threads = [threading.Thread(target=run, args=(d,)) for d in devices]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(WAIT * 2)
    assert len(sent) == 12 * 3 * 3
    items, _ = hq.pull_all(before)
    seqs = [i["seq"] for i in items]
    assert seqs == list(range(before + 1, before + 1 + len(sent)))
    assert {i["sha256"]: i["seq"] for i in items} == sent


def test_a_key_rotated_while_a_push_waits_signs_nothing_of_it(
    pg_server: ServerProcess, hq: Device, engine: Engine
) -> None:
    """A push reads the receipt keys before the lock. Caught after that reading (the
    device's hour row held from outside), it waits while the key rotates; under the lock it
    sees one key more, runs again, and its receipt comes from the new key: the old one
    signs nothing after its rotation."""
    if time.time() % 3600 > 3600 - WAIT:  # the device's hour row must not change meanwhile
        time.sleep(3600 - time.time() % 3600 + 1)
    device = field(pg_server, hq)
    first = device.push([seal(os.urandom(100), hq.recipient)])  # makes its row for this hour
    assert first.status_code == 200, first.text
    old_key = first.json()["receipt_keys"][-1]["key"]
    envelope = seal(os.urandom(100), hq.recipient)
    usage_lock = "SELECT bytes FROM device_usage WHERE device_id = :d FOR UPDATE"
    with holding(engine, usage_lock, d=device.id), engine.connect() as watch:
        answer = in_thread(lambda: device.push([envelope]))
        waiting_backends(watch, 1)
        pg_server.cli("receipt-key", "rotate")
    got = answer()
    assert got.status_code == 200, got.text
    body = got.json()
    new_key = body["receipt_keys"][-1]["key"]
    assert new_key != old_key and body["receipt_keys"][-1]["endorsement"]
    assert body["results"][0]["receipt"]["key"] == new_key
