"""A broken network between the devices and the real server: a proxy that drops connections
(before or after the server saw the request), resets them mid-response, stalls past the
client's timeout, answers 500/503 (with or without the server having acted), and truncates
bodies. Two field devices and the HQ desk sync through it, round after round, until a round
in which every sync succeeds; then nothing may be lost, nothing duplicated, no cursor wrong,
and no fault may have been taken for a lie.

The faults come from a seeded RNG; the seed is printed (set VIGIL_FAULT_SEED to replay).
"""

from __future__ import annotations

import collections
import os
import random
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.support.sync import (
    Device,
    HttpsProxy,
    Reply,
    Request,
    behind_proxy,
    make_field,
    make_hq,
    server_envelopes,
)
from vigil.sync import blobs, engine, outbox

# The client's timeout in these tests (30 s in the app): long enough that an honest answer
# on a loaded two-core machine is not taken for a stall; a stall outlasts it by a clear margin.
TIMEOUT = 4.0
STALL = TIMEOUT + 2.0
FAULTS = (
    "drop_before",  # connection closed; the server never saw the request
    "drop_after",  # the server acted; its answer is lost
    "reset_mid_response",
    "stall_before",
    "stall_after",
    "500",
    "503",
    "503_after",  # a gateway that gave up after the server acted
    "truncate",
)


class FaultProxy(HttpsProxy):
    def __init__(self, cert: Path, key: Path, port: int | None = None) -> None:
        super().__init__(cert, key, port)
        self.rng = random.Random(0)
        self.rate = 0.0
        self.counts: collections.Counter[str] = collections.Counter()
        self._rng_lock = threading.Lock()

    def pick(self) -> str | None:
        with self._rng_lock:
            if self.rng.random() >= self.rate:
                return None
            return self.rng.choice(FAULTS)

    def handle(self, request: Request, conn: Any) -> None:
        fault = self.pick()
        if fault is None:
            conn.write(self.forward(request))
            return
        self.counts[fault] += 1
        if fault == "drop_before":
            conn.hang_up()
        elif fault == "stall_before":
            time.sleep(STALL)
            conn.hang_up()
        elif fault in ("500", "503"):
            conn.write(Reply(int(fault), b"<html>Bad gateway</html>", "text/html"))
        else:
            reply = self.forward(request)
            if fault == "drop_after":
                conn.hang_up()
            elif fault == "stall_after":
                time.sleep(STALL)
                conn.hang_up(reset=True)
            elif fault == "503_after":
                conn.write(Reply(503, b"", "text/plain"))
            elif fault == "reset_mid_response":
                conn.write(reply, cut=len(reply.body) // 3)
                conn.hang_up(reset=True)
            else:  # truncate: the full length announced, part of the body sent, then closed
                conn.write(reply, cut=max(0, len(reply.body) - 7))


@pytest.fixture(scope="module")
def net(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, FaultProxy]]:
    with behind_proxy(tmp_path_factory.mktemp("faults") / "server", FaultProxy) as pair:
        yield pair


def random_edits(device: Device, rng: random.Random, root: Path) -> None:
    for _ in range(rng.randint(1, 3)):
        choice = rng.random()
        if not device.cases or choice < 0.3:
            device.new_case()
        elif choice < 0.6:
            device.edit_case(rng.choice(device.cases))
        elif choice < 0.9:
            device.add_note(rng.choice(device.cases))
        else:
            source = root / f"{device.name}-{device.edits}.bin"
            source.write_bytes(rng.randbytes(rng.randint(1, 70_000)))
            device.vault.add_attachment(rng.choice(device.cases), source)
            device.edits += 1


def log_head(server: Any) -> int:
    engine_ = server.engine()
    try:
        with engine_.connect() as conn:
            head: int = conn.execute(text("SELECT log_head FROM organisations")).scalar_one()
    finally:
        engine_.dispose()
    return head


@pytest.mark.slow  # every fault waits out the client's timeout
def test_sync_converges_through_a_broken_network(
    net: tuple[Any, FaultProxy], tmp_path: Path
) -> None:
    server, proxy = net
    seed = int(os.environ.get("VIGIL_FAULT_SEED") or random.randrange(2**32))
    print(f"fault seed: {seed} (replay with VIGIL_FAULT_SEED={seed})")
    rng = random.Random(seed)
    proxy.rng = random.Random(rng.getrandbits(64))

    hq = make_hq(tmp_path, server.admin_code)
    fields = [make_field(tmp_path, hq, name) for name in ("one", "two")]
    devices = [*fields, hq]
    for device in fields:  # each has an attachment, so blob uploads and downloads fail too
        case = device.new_case()
        (tmp_path / f"{device.name}.txt").write_bytes(b"attached " * 3000)
        device.vault.add_attachment(case, tmp_path / f"{device.name}.txt")
    proxy.rate = 0.2

    failed = 0
    for _ in range(8):  # rounds with new work, in a random order
        for device in devices:
            random_edits(device, rng, tmp_path)
        for device in rng.sample(devices, len(devices)):
            report, _ = device.sync(timeout=TIMEOUT)
            failed += bool(report.error)
            assert not report.integrity, f"a network fault was taken for a lie: {report.error}"
    rounds = 0
    # No new work: rounds until a quiet one, in which every sync succeeds and nothing reaches the
    # log. A round in which every sync succeeds is not enough: a device that failed last round
    # pushes what it still holds, after the devices before it in this round have pulled.
    while True:
        rounds += 1
        assert rounds <= 60, f"no clean round in 60 (seed {seed}, faults {proxy.counts})"
        head_before = log_head(server)
        reports = [device.sync(timeout=TIMEOUT)[0] for device in devices]
        assert not any(r.integrity for r in reports), [r.error for r in reports]
        failed += sum(bool(r.error) for r in reports)
        if not any(r.error for r in reports) and log_head(server) == head_before:
            break
        proxy.rate *= 0.85  # the network heals slowly, so that this ends on a loaded machine
    proxy.rate = 0.0
    print(f"faults injected: {dict(proxy.counts)}; failed syncs {failed}; tail rounds {rounds}")
    assert failed > 0 and len(proxy.counts) >= 5, "the network was not broken enough to count"

    # Nothing lost: every revision each device made is on the server and at HQ, once.
    log = server_envelopes(server)
    hashes = [sha for _, sha in log]
    assert len(hashes) == len(set(hashes)), "the server stored an envelope twice"
    held = hq.revisions()
    for device in devices:
        mine = device.own_revisions()
        assert mine, device.name
        assert mine <= set(hashes), f"{device.name}: revisions missing from the server"
        assert mine <= held, f"{device.name}: revisions missing at HQ"
        assert outbox.queued(device.vault.path) == [], device.name
        assert blobs.pending(device.vault.path) == [], device.name
        unpushed = device.vault.conn.execute(
            "SELECT count(*) FROM revisions WHERE pushed = 0 AND device = ?",
            (device.chain_device,),
        ).fetchone()[0]
        assert unpushed == 0, device.name
    assert held - hq.own_revisions() == set().union(*(d.own_revisions() for d in fields))
    for device in fields:  # each field chain arrived whole, in order, exactly once
        seq = hq.vault.conn.execute(
            "SELECT seq FROM devices WHERE device = ?", (device.chain_device,)
        ).fetchone()[0]
        assert seq == len(device.own_revisions())
    assert hq.vault.conn.execute("SELECT count(*) FROM pending").fetchone()[0] == 0
    # Attachments crossed too, and HQ holds each one's blob (verify below decrypts them).
    attachments = {item.id for d in devices for item in d.vault.items("attachment")}
    assert {item.id for item in hq.vault.items("attachment")} == attachments
    assert len(hq.vault.blob_files()) == len(attachments)

    # Cursors: each at the log's head, in the state file and inside the vault.
    head = log_head(server)
    assert head == log[-1][0]
    for device in devices:
        assert engine.load_state(device.vault.path).cursor == head, device.name
        assert device.vault.get_meta("sync_cursor") == str(head), device.name
        assert device.integrity() == [], device.name
        assert device.verify() == [], device.name
        device.close()
