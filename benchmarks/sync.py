"""Sync benchmark: first-sync throughput, the cost of a nothing-new sync, and 100 devices at once.

Not a timed test: it prints a table. With ``--check`` it exits 1 when a target fails.

    uv run python benchmarks/sync.py                          # SQLite, full size
    uv run python benchmarks/sync.py --postgres               # and PostgreSQL
    uv run python benchmarks/sync.py --notes 1000 --duration 10 --devices 20   # a quick run

Everything runs against a real ``vigil-server`` that the benchmark starts on loopback TLS
(``tests/support/server.py``'s ``launch``, with the rate limits lifted), in a temporary
folder removed at the end; ``--postgres`` also makes a throwaway PostgreSQL cluster
(``tests/support/pg.py``).

1. First sync. An HQ vault and a field vault (KDF floor) enrol through the real flow
   (``hq_init`` with the admin code, ``hq_enrol_code``, ``enrol_field``, credentials in
   ``MemoryStore``); the field vault saves ``--notes`` notes of ~2 KB (plus one case per 100
   notes); ``vigil.sync.engine.sync_once`` pushes them. The floor is a plain ``httpx.Client``
   (``verify=`` a context trusting the server's certificate, a token fetched beforehand)
   posting the same envelopes in the same batches as base64 JSON to ``POST /v1/envelopes``.
   The floor's envelopes are the vault's with their last 16 bytes (the final Poly1305 tag)
   replaced, so that neither run is a duplicate of the other: same sizes, same batches, new
   hashes. Each repetition uses a fresh field vault and alternates which of the two goes
   first. Target: the median over repetitions of throughput(sync_once) / throughput(floor)
   >= 0.5 (the median, because one disturbed repetition on a shared machine moves a total).
   1b. After the first repetition the HQ desk's ``sync_once`` pulls the whole log into its
   inbox; the floor pulls the same pages into memory with plain httpx (before and after).
   Target: throughput(sync_once) / throughput(floor) >= 0.5.
   fsync calls in this process are counted wherever a ``sync_once`` or the saving is timed.
2. Nothing new. A persistent ``SyncClient`` (token cached) pulls with nothing waiting: its
   ``round_trips`` and the server's access log both count the requests. Target: exactly 1.
   ``sync_once`` (a new client, a new TLS connection, challenge + token + pull) is reported.
3. Load. ``--devices`` field devices (enrolled with HQ codes, protocol client from
   ``tests/support/api.py``), one thread each, loop for ``--duration`` seconds: push one small
   real age envelope, pull since the cursor, think ``--think`` s (uniform 0.5x..1.5x). Every
   device logs in and pulls to the head before the clock starts. Target: zero errors.
   Latencies are reported as the client saw them and as the server logged them (the server's
   own time, without the client's queueing). ``--server-procs N`` (PostgreSQL only) runs N
   server processes on one database, as docs/protocol.md §13 allows; devices are spread over
   them.

The machine these numbers come from is small and shared: the header prints its CPU count and
load average. Client and server compete for the same cores.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import hashlib
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the launch helpers live in tests/support
os.environ["VIGIL_ALLOW_TEST_FAKES"] = "1"  # MemoryStore, in this process only

import httpx  # noqa: E402
from benchmarks.vault import note_text, person_name  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from sqlalchemy import text  # noqa: E402
from tests.support.api import (  # noqa: E402
    Api,
    Device,
    decode_code,
    enrol,
    seal,
    source_address,
    trust,
)
from tests.support.measure import percentile  # noqa: E402
from tests.support.pg import Cluster, free_port, make_cluster  # noqa: E402
from tests.support.server import FAST_LIMITS, ServerProcess, launch  # noqa: E402

from vigil.crypto.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams  # noqa: E402
from vigil.sync import outbox, session  # noqa: E402
from vigil.sync.client import MAX_BATCH, MAX_BATCH_BYTES, SyncClient  # noqa: E402
from vigil.sync.credentials import DeviceCredential, MemoryStore  # noqa: E402
from vigil.sync.desk_client import DeskClient  # noqa: E402
from vigil.sync.engine import sync_once  # noqa: E402
from vigil.sync.state import load_state  # noqa: E402
from vigil.vault.items import Change  # noqa: E402
from vigil.vault.store import Vault  # noqa: E402

PASSPHRASE = b"benchmark passphrase, not a secret"
KDF = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)
NOTES_PER_CASE = 100
SAVE_BATCH = 500
ENGINE_CHUNK = 200  # vigil.sync.engine._push sends the outbox 200 files per SyncClient.push
LOAD_PLAINTEXT = 512  # bytes of plaintext in each load-test envelope

TARGET_FIRST_SYNC_RATIO = 0.5
# The inbox keeps a page per file (one fsync per page): it was 0.13 with two fsyncs per envelope.
TARGET_HQ_PULL_RATIO = 0.5
TARGET_QUIET_ROUND_TRIPS = 1
TARGET_LOAD_ERRORS = 0

# -- small helpers -----------------------------------------------------------------------------


def proc_status(pid: int | str, key: str) -> float:
    """A kB field of /proc/PID/status (VmHWM, VmRSS) in MiB; nan where unreadable."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return float("nan")


def reset_peak(pid: int | str) -> None:
    """Reset VmHWM (Linux: writing 5 to clear_refs), so peaks are per phase where allowed."""
    with contextlib.suppress(OSError):
        Path(f"/proc/{pid}/clear_refs").write_text("5")


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc/PID/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")


def children_cpu_seconds(parent: int) -> float:
    """CPU of a process, of its children that ended (cutime + cstime) and of those still
    running: the PostgreSQL postmaster and its backends."""
    try:
        fields = Path(f"/proc/{parent}/stat").read_text().rsplit(")", 1)[1].split()
        total = sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return float("nan")
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(stat[1]) == parent:
            total += cpu_seconds(int(entry.name))
    return total


def self_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


class FsyncCounter:
    """Counts (and times) os.fsync calls in this process: the vault's atomic writes use it."""

    def __init__(self) -> None:
        self.calls = 0
        self.seconds = 0.0
        self._real = os.fsync

    def __enter__(self) -> FsyncCounter:
        def counted(fd: Any) -> None:
            t0 = time.perf_counter()
            try:
                self._real(fd)
            finally:
                self.calls += 1
                self.seconds += time.perf_counter() - t0

        os.fsync = counted
        return self

    def __exit__(self, *exc: object) -> None:
        os.fsync = self._real


class ServerLog:
    """The server's JSON access log (one line per request: route, status, ms)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def mark(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def since(self, offset: int, settle: float = 0.3) -> list[dict[str, Any]]:
        # The access line is written after the response is sent: give the server a moment.
        time.sleep(settle)
        with open(self.path, "rb") as f:
            f.seek(offset)
            data = f.read()
        data = data[: data.rfind(b"\n") + 1]
        out = []
        for line in data.splitlines():
            try:
                out.append(json.loads(line))
            except ValueError:
                continue
        return out


def requests_of(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in lines if r.get("event") == "request"]


def server_ms(lines: list[dict[str, Any]], method: str, route: str) -> list[float]:
    return [
        float(r["ms"])
        for r in requests_of(lines)
        if r.get("method") == method and r.get("route") == route
    ]


# -- the organisation --------------------------------------------------------------------------


@dataclass
class Org:
    """One server (or several processes on one database) with its HQ desk."""

    kind: str
    servers: list[ServerProcess]
    store: MemoryStore
    hq_vault: Vault
    hq_cred: DeviceCredential
    folder: Path
    hq_client: DeskClient = field(init=False)

    def __post_init__(self) -> None:
        c = self.hq_cred
        self.hq_client = DeskClient(c.url, c.pin, c.device_id, c.device_key)

    @property
    def main(self) -> ServerProcess:
        return self.servers[0]

    def log(self, index: int = 0) -> ServerLog:
        return ServerLog(self.servers[index].log)

    def enrol_code(self) -> str:
        return self.hq_client.make_enrol_code("field", 3600)

    def close(self) -> None:
        self.hq_client.close()
        self.hq_vault.close()
        for server in reversed(self.servers):
            server.stop()


def start_org(kind: str, folder: Path, database_url: str | None, procs: int) -> Org:
    main = launch(folder / "server", database_url, *FAST_LIMITS)
    servers = [main]
    try:
        for index in range(1, procs):
            extra = ServerProcess(main.data, free_port(), database_url, main.admin_code,
                                  folder / "server" / f"server-{index}.log", main.home)  # fmt: skip
            servers.append(extra)
            extra.start(*FAST_LIMITS)
        store = MemoryStore()
        hq_vault, _ = Vault.create(folder / "hq-vault", PASSPHRASE, KDF)
        hq_cred = session.hq_init(hq_vault, main.admin_code, store)
    except BaseException:
        for server in reversed(servers):
            server.stop()
        raise
    return Org(kind, servers, store, hq_vault, hq_cred, folder)


# -- 1. first sync -----------------------------------------------------------------------------


@dataclass
class FirstRep:
    order: str
    envelopes: int
    payload_bytes: int
    save_s: float
    save_fsyncs: int
    save_fsync_s: float
    sync_s: float
    raw_s: float
    sync_batches: list[int]
    raw_batches: int
    report: Any
    sync_server: dict[str, float]
    raw_server_s: float
    sync_client_cpu: float
    raw_client_cpu: float
    server_cpu_sync: float
    server_cpu_raw: float
    rss_growth_mib: float
    first_pull_ms: float
    fsyncs: int
    hq: HqPull | None = None


def field_vault(org: Org, path: Path) -> tuple[Vault, DeviceCredential]:
    vault, _ = Vault.create(path, PASSPHRASE, KDF)
    code = session.hq_enrol_code(org.hq_vault, org.store)
    cred = session.enrol_field(vault, code, org.store)
    return vault, cred


def save_notes(vault: Vault, notes: int, seed: int) -> None:
    rng = random.Random(seed)
    cases: list[str] = []
    pending: list[Change] = []
    for i in range(notes):
        if i % NOTES_PER_CASE == 0:
            name = person_name(rng)
            case = vault.save("case", {"title": f"{name} — case {i // NOTES_PER_CASE}"})
            cases.append(case.item)
            text = note_text(rng, name)
        # One 2 KB text per case, varied by its first line: generating text is not measured.
        body = f"Interview {i}: {rng.random():.12f}\n\n{text}"
        pending.append(Change("note", {"title": f"Note {i}", "text": body}, case_id=cases[-1]))
        if len(pending) >= SAVE_BATCH:
            vault.save_many(pending)
            pending = []
    if pending:
        vault.save_many(pending)


def engine_batches(envelopes: list[bytes]) -> Iterator[list[bytes]]:
    """The batches sync_once sends: 200-file outbox chunks, each split as SyncClient.push does."""
    for start in range(0, len(envelopes), ENGINE_CHUNK):
        batch: list[bytes] = []
        size = 0
        for envelope in envelopes[start : start + ENGINE_CHUNK]:
            if batch and (len(batch) >= MAX_BATCH or size + len(envelope) > MAX_BATCH_BYTES):
                yield batch
                batch, size = [], 0
            batch.append(envelope)
            size += len(envelope)
        if batch:
            yield batch


def raw_token(server: ServerProcess, org: Org) -> str:
    device = enrol(Api(server.url, trust(server.cert)), decode_code(org.enrol_code())["secret"])
    try:
        return device.login("sync")
    finally:
        device.api.close()


def raw_upload(server: ServerProcess, token: str, batches: list[list[bytes]]) -> int:
    """The floor: plain httpx, base64 JSON, one POST per batch, one connection."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=server.url, verify=trust(server.cert), timeout=120) as http:
        for batch in batches:
            items = [
                {"sha256": hashlib.sha256(e).hexdigest(),
                 "envelope": base64.b64encode(e).decode(), "audience": "hq"}
                for e in batch
            ]  # fmt: skip
            got = http.post("/v1/envelopes", json={"envelopes": items}, headers=headers)
            if got.status_code != 200 or len(got.json()["results"]) != len(batch):
                raise RuntimeError(f"raw upload refused: {got.status_code} {got.text[:200]}")
    return len(batches)


def run_first_sync(org: Org, args: argparse.Namespace) -> list[FirstRep]:
    server = org.main
    log = org.log()
    reps: list[FirstRep] = []
    rng = random.Random(args.seed)
    for rep in range(args.reps):
        vault, cred = field_vault(org, org.folder / f"field-{rep}")
        try:
            start = time.perf_counter()
            with FsyncCounter() as saving:
                save_notes(vault, args.notes, args.seed + rep)
            save_s = time.perf_counter() - start
            files = outbox.queued(vault.path)
            envelopes = [p.read_bytes() for p in files]
            twins = [e[:-16] + rng.randbytes(16) for e in envelopes]
            batches = list(engine_batches(twins))
            token = raw_token(server, org)
            order = ["raw", "sync"] if rep % 2 == 0 else ["sync", "raw"]
            took: dict[str, float] = {}
            cpu: dict[str, float] = {}
            server_cpu: dict[str, float] = {}
            lines: dict[str, list[dict[str, Any]]] = {}
            report: Any = None
            rss = float("nan")
            fsyncs = 0
            for name in order:
                offset = log.mark()
                cpu0, scpu0 = self_cpu(), cpu_seconds(server.proc.pid)  # type: ignore[union-attr]
                rss0 = proc_status("self", "VmRSS")
                reset_peak("self")
                t0 = time.perf_counter()
                if name == "raw":
                    raw_upload(server, token, batches)
                else:
                    with FsyncCounter() as counter:
                        report = sync_once(vault.path, cred)
                    fsyncs = counter.calls
                took[name] = time.perf_counter() - t0
                cpu[name] = self_cpu() - cpu0
                server_cpu[name] = cpu_seconds(server.proc.pid) - scpu0  # type: ignore[union-attr]
                if name == "sync":
                    rss = proc_status("self", "VmHWM") - rss0
                lines[name] = log.since(offset)
            if report is None or report.error or report.pushed != len(envelopes):
                raise RuntimeError(f"sync_once failed: {report}")
            sync_lines = lines["sync"]
            pushes = [int(r["count"]) for r in sync_lines if r.get("event") == "push"]
            pull_ms = server_ms(sync_lines, "GET", "/v1/envelopes")
            reps.append(FirstRep(
                order="/".join(order), envelopes=len(envelopes),
                payload_bytes=sum(map(len, envelopes)), save_s=save_s,
                save_fsyncs=saving.calls, save_fsync_s=saving.seconds,
                sync_s=took["sync"], raw_s=took["raw"], sync_batches=pushes,
                raw_batches=len(batches), report=report,
                sync_server={
                    "push": sum(server_ms(sync_lines, "POST", "/v1/envelopes")) / 1000,
                    "pull": sum(pull_ms) / 1000,
                    "auth": (sum(server_ms(sync_lines, "POST", "/v1/auth/challenge"))
                             + sum(server_ms(sync_lines, "POST", "/v1/auth/token"))) / 1000,
                },
                raw_server_s=sum(server_ms(lines["raw"], "POST", "/v1/envelopes")) / 1000,
                sync_client_cpu=cpu["sync"], raw_client_cpu=cpu["raw"],
                server_cpu_sync=server_cpu["sync"], server_cpu_raw=server_cpu["raw"],
                rss_growth_mib=rss, first_pull_ms=pull_ms[0] if pull_ms else float("nan"),
                fsyncs=fsyncs,
            ))  # fmt: skip
            last = reps[-1]
            print(f"  [{org.kind}] first sync rep {rep + 1}/{args.reps} ({last.order}): "
                  f"sync {last.sync_s:.2f} s (server push {last.sync_server['push']:.2f} s), "
                  f"raw {last.raw_s:.2f} s (server {last.raw_server_s:.2f} s)",
                  file=sys.stderr, flush=True)  # fmt: skip
        finally:
            vault.close()
        if rep == 0 and "hq" in args.parts:
            reps[0].hq = run_hq_pull(org)
    return reps


# -- 1b. HQ receives them ----------------------------------------------------------------------


@dataclass
class HqPull:
    envelopes: int
    sync_s: float
    raw_s: list[float]
    pages: int
    server_s: float
    fsyncs: int
    fsync_s: float
    round_trips: int


def raw_pull(server: ServerProcess, token: str) -> int:
    """The floor for a pull: GET every page, decode and check each hash, keep it in memory."""
    headers = {"Authorization": f"Bearer {token}"}
    cursor, count = 0, 0
    with httpx.Client(base_url=server.url, verify=trust(server.cert), timeout=120) as http:
        while True:
            got = http.get("/v1/envelopes", params={"since": cursor, "limit": 500}, headers=headers)
            page = got.json()
            for item in page["items"]:
                data = base64.b64decode(item["envelope"])
                if hashlib.sha256(data).hexdigest() != item["sha256"]:
                    raise RuntimeError("raw pull: hash mismatch")
                count += 1
            cursor = int(page["next"])
            if not page["more"]:
                return count


def run_hq_pull(org: Org) -> HqPull:
    """The HQ desk's sync_once after the first repetition: it pulls everything in the log
    (the field vault's envelopes and the floor's) into its inbox. Floor: the same pages pulled
    into memory with plain httpx, once before and once after."""
    server, log, cred = org.main, org.log(), org.hq_cred
    api = Api(server.url, trust(server.cert))
    try:
        hq = Device(api, cred.device_id, "hq",
                    Ed25519PrivateKey.from_private_bytes(cred.device_key),
                    org.hq_vault.identity)  # fmt: skip
        token = hq.login("sync")
    finally:
        api.close()
    raw = []
    t0 = time.perf_counter()
    count = raw_pull(server, token)
    raw.append(time.perf_counter() - t0)
    offset = log.mark()
    with FsyncCounter() as counter:
        t0 = time.perf_counter()
        report = sync_once(org.hq_vault.path, cred)
        sync_s = time.perf_counter() - t0
    lines = log.since(offset)
    t0 = time.perf_counter()
    raw_pull(server, token)
    raw.append(time.perf_counter() - t0)
    if report.error or report.pulled != count:
        raise RuntimeError(f"HQ sync_once failed: {report} (expected {count})")
    pulls = server_ms(lines, "GET", "/v1/envelopes")
    print(f"  [{org.kind}] HQ pull of {count}: sync_once {sync_s:.1f} s, raw {raw[0]:.1f} s",
          file=sys.stderr, flush=True)  # fmt: skip
    return HqPull(count, sync_s, raw, len(pulls), sum(pulls) / 1000, counter.calls,
                  counter.seconds, report.round_trips)  # fmt: skip


# -- 2. nothing new ----------------------------------------------------------------------------


@dataclass
class QuietResult:
    persistent_trips: list[int]
    persistent_server: float  # requests the server logged per pull
    persistent_ms: list[float]
    persistent_server_ms: list[float]
    once_trips: list[int]
    once_server: float
    once_ms: list[float]
    once_server_ms: dict[str, float]
    errors: list[str]


def run_quiet(org: Org, args: argparse.Namespace) -> QuietResult:
    log = org.log()
    vault, cred = field_vault(org, org.folder / "quiet-field")
    errors: list[str] = []
    try:
        vault.save("case", {"title": "Quiet"})
        first = sync_once(vault.path, cred)  # push the case; the cursor reaches the head
        if first.error:
            errors.append(first.error)
        cursor = load_state(vault.path).cursor
        with SyncClient(cred.url, cred.pin, cred.device_id, cred.device_key) as client:
            list(client.pull(cursor))  # the token, and the connection, once
            trips: list[int] = []
            ms: list[float] = []
            offset = log.mark()
            for _ in range(args.quiet_runs):
                before = client.round_trips
                t0 = time.perf_counter()
                pages = list(client.pull(cursor))
                ms.append((time.perf_counter() - t0) * 1000)
                trips.append(client.round_trips - before)
                if any(items for items, _, _ in pages) or pages[-1][1] != cursor:
                    errors.append("a nothing-new pull returned something")
            lines = log.since(offset)
        persistent_server = len(requests_of(lines)) / args.quiet_runs
        persistent_server_ms = server_ms(lines, "GET", "/v1/envelopes")

        once_trips: list[int] = []
        once_ms: list[float] = []
        offset = log.mark()
        for _ in range(args.once_runs):
            t0 = time.perf_counter()
            report = sync_once(vault.path, cred)
            once_ms.append((time.perf_counter() - t0) * 1000)
            once_trips.append(report.round_trips)
            if report.error or report.pushed or report.pulled:
                errors.append(f"sync_once with nothing new: {report}")
        lines = log.since(offset)
        once_server = len(requests_of(lines)) / args.once_runs
        once_server_ms = {
            route: statistics.median(server_ms(lines, method, route) or [float("nan")])
            for method, route in (("POST", "/v1/auth/challenge"), ("POST", "/v1/auth/token"),
                                  ("GET", "/v1/envelopes"))
        }  # fmt: skip
    finally:
        vault.close()
    return QuietResult(trips, persistent_server, ms, persistent_server_ms, once_trips,
                       once_server, once_ms, once_server_ms, errors)  # fmt: skip


# -- 3. many devices ---------------------------------------------------------------------------


@dataclass
class LoadResult:
    devices: int
    procs: int
    seconds: float
    rounds: int
    push_ms: list[float]
    pull_ms: list[float]
    server_push_ms: list[float]
    server_pull_ms: list[float]
    server_requests: int
    errors: int
    error_samples: list[str]
    warm_first_pull_ms: list[float]
    client_cpu: float
    server_cpu: float
    db_cpu: float
    log_rows_before: int
    enrol_s: float


@dataclass
class Worker:
    device: Device
    cursor: int = 0
    rounds: int = 0
    push_ms: list[float] = field(default_factory=list)
    pull_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _request(worker: Worker, call: Callable[[], httpx.Response], what: str) -> Any:
    """One request with the token renewed once on 401; an error is recorded, never raised."""
    try:
        got = call()
        if got.status_code == 401:
            worker.device.tokens.clear()
            got = call()
    except httpx.HTTPError as exc:
        worker.errors.append(f"{what}: {type(exc).__name__}")
        return None
    if got.status_code != 200:
        try:
            code = got.json().get("error", "")
        except ValueError:
            code = ""
        worker.errors.append(f"{what}: {got.status_code} {code}")
        return None
    return got.json()


def pull_to_head(worker: Worker, timings: list[float]) -> bool:
    dev = worker.device
    while True:
        t0 = time.perf_counter()
        page = _request(
            worker,
            lambda: dev.call("GET", "/v1/envelopes", params={"since": worker.cursor, "limit": 500}),
            "pull",
        )
        timings.append((time.perf_counter() - t0) * 1000)
        if page is None:
            return False
        worker.cursor = int(page["next"])
        if not page["more"]:
            return True


def device_loop(
    worker: Worker,
    hq_age: str,
    think: float,
    deadline: float,
    max_rounds: int,
    seed: int,
    start: threading.Event,
) -> None:
    rng = random.Random(seed)
    dev = worker.device
    start.wait()
    time.sleep(rng.uniform(0, think))  # stagger: devices do not all fire at once
    while worker.rounds < max_rounds and time.perf_counter() < deadline:
        envelope = seal(rng.randbytes(LOAD_PLAINTEXT), dev.recipient, hq_age)
        t0 = time.perf_counter()
        pushed = _request(worker, lambda e=envelope: dev.push([e]), "push")
        worker.push_ms.append((time.perf_counter() - t0) * 1000)
        if pushed is not None:
            pull_to_head(worker, worker.pull_ms)
        worker.rounds += 1
        time.sleep(think * rng.uniform(0.5, 1.5))


def run_load(org: Org, args: argparse.Namespace) -> LoadResult:
    hq_age = org.hq_vault.identity.recipient_string
    primary_host = f"127.0.0.1:{org.main.port}"
    t0 = time.perf_counter()
    workers: list[Worker] = []
    try:
        for index in range(args.devices):
            server = org.servers[index % len(org.servers)]
            # each device from its own address, as in the field: the server caps
            # connections and enrol/auth requests per address
            api = Api(server.url, trust(server.cert), pinned_host=primary_host,
                      local_address=source_address(index))  # fmt: skip
            secret = decode_code(org.enrol_code())["secret"]
            workers.append(Worker(enrol(api, secret)))
        enrol_s = time.perf_counter() - t0
        with org.main.engine().connect() as conn:
            rows = int(conn.execute(text("SELECT count(*) FROM envelopes")).scalar_one())
        warm: list[float] = []
        for worker in workers:
            worker.device.login("sync")
            pull_to_head(worker, warm)  # a new device starts at cursor 0
        warm_errors = [e for w in workers for e in w.errors]
        for worker in workers:
            worker.errors.clear()

        logs = [org.log(i) for i in range(len(org.servers))]
        offsets = [log.mark() for log in logs]
        start = threading.Event()
        max_rounds = int(args.duration / max(args.think * 0.5, 0.001)) + 1
        began = time.perf_counter()
        deadline = began + args.duration
        threads = [
            threading.Thread(
                target=device_loop,
                args=(w, hq_age, args.think, deadline, max_rounds, args.seed + i, start),
                daemon=True,
            )
            for i, w in enumerate(workers)
        ]
        client_cpu0 = self_cpu()
        server_cpu0 = sum(cpu_seconds(s.proc.pid) for s in org.servers)  # type: ignore[union-attr]
        db_pid = _postmaster_pid(org)
        db_cpu0 = children_cpu_seconds(db_pid) if db_pid else 0.0
        for server in org.servers:
            reset_peak(server.proc.pid)  # type: ignore[union-attr]
        for thread in threads:
            thread.start()
        start.set()
        for thread in threads:
            thread.join(timeout=args.duration + 120)
        seconds = time.perf_counter() - began
        client_cpu = self_cpu() - client_cpu0
        server_cpu = sum(cpu_seconds(s.proc.pid) for s in org.servers) - server_cpu0  # type: ignore[union-attr]
        db_cpu = (children_cpu_seconds(db_pid) - db_cpu0) if db_pid else float("nan")
        if any(t.is_alive() for t in threads):
            warm_errors.append("a device thread did not finish in time")
        lines = [line for log, off in zip(logs, offsets, strict=True) for line in log.since(off)]
    finally:
        for worker in workers:
            worker.device.api.close()
    errors = warm_errors + [e for w in workers for e in w.errors]
    samples = sorted({e for e in errors})[:5]
    return LoadResult(
        devices=args.devices, procs=len(org.servers), seconds=seconds,
        rounds=sum(w.rounds for w in workers),
        push_ms=[x for w in workers for x in w.push_ms],
        pull_ms=[x for w in workers for x in w.pull_ms],
        server_push_ms=server_ms(lines, "POST", "/v1/envelopes"),
        server_pull_ms=server_ms(lines, "GET", "/v1/envelopes"),
        server_requests=len(requests_of(lines)), errors=len(errors), error_samples=samples,
        warm_first_pull_ms=warm, client_cpu=client_cpu, server_cpu=server_cpu, db_cpu=db_cpu,
        log_rows_before=rows, enrol_s=enrol_s,
    )  # fmt: skip


CLUSTERS: list[Cluster] = []


def _postmaster_pid(org: Org) -> int | None:
    if org.kind != "postgresql" or not CLUSTERS:
        return None
    try:
        return int((CLUSTERS[0].data / "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


# -- the report --------------------------------------------------------------------------------


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


@dataclass
class BackendResult:
    kind: str
    first: list[FirstRep] | None = None
    quiet: QuietResult | None = None
    load: LoadResult | None = None
    server_peak_mib: dict[str, float] = field(default_factory=dict)
    client_peak_mib: float = float("nan")


def row(label: str, value: str) -> str:
    return f"{label:<52}{value:>22}"


def ms3(values: list[float]) -> str:
    return (f"{percentile(values, 0.5):.1f}/{percentile(values, 0.95):.1f}/"
            f"{percentile(values, 0.99):.1f}")  # fmt: skip


def report(result: BackendResult, args: argparse.Namespace) -> tuple[list[str], list[tuple]]:
    lines = [f"== {result.kind} ==", f"{'measure':<52}{'value':>22}", "-" * 74]
    targets: list[tuple] = []
    med = statistics.median
    if result.first:
        reps = result.first
        sync_s = sum(r.sync_s for r in reps)
        raw_s = sum(r.raw_s for r in reps)
        mib = 2**20
        bytes_total = sum(r.payload_bytes for r in reps)
        per_rep = [r.raw_s / r.sync_s for r in reps]
        ratio = med(per_rep)
        batches = reps[0].sync_batches
        lines += [
            row("1. first sync: envelopes per rep (notes + cases)",
                f"{reps[0].envelopes} x {args.reps}"),
            row("   envelope size, mean", f"{reps[0].payload_bytes / reps[0].envelopes:.0f} B"),
            row("   save into the field vault (outbox incl.)",
                f"{med(r.envelopes / r.save_s for r in reps):.0f} env/s"),
            row("     fsyncs while saving / share of time in fsync",
                f"{reps[0].save_fsyncs} / {med(r.save_fsync_s / r.save_s for r in reps):.0%} of "
                f"{med(r.save_s for r in reps):.0f} s"),
            row("   sync_once, total / per rep (median)",
                f"{sync_s:.2f} s / {med(r.sync_s for r in reps):.2f} s"),
            row("   sync_once throughput", f"{bytes_total / mib / sync_s:.2f} MiB/s "
                f"{sum(r.envelopes for r in reps) / sync_s:.0f}/s"),
            row("   raw httpx floor, total / per rep (median)",
                f"{raw_s:.2f} s / {med(r.raw_s for r in reps):.2f} s"),
            row("   raw floor throughput", f"{bytes_total / mib / raw_s:.2f} MiB/s "
                f"{sum(r.envelopes for r in reps) / raw_s:.0f}/s"),
            row("   ratio of totals / median of per-rep ratios",
                f"{raw_s / sync_s:.2f} / {ratio:.2f}"),
            row("   ratio per rep (r: floor first, s: sync first)",
                " ".join(f"{x:.2f}({r.order[0]})" for x, r in zip(per_rep, reps, strict=True))),
            row("   batches: sync_once (server log) / floor",
                f"{len(batches)} x<={max(batches, default=0)} / {reps[0].raw_batches}"),
            row("   sync_once round trips (client) / fsyncs, median",
                f"{med(r.report.round_trips for r in reps):.0f} / "
                f"{med(r.fsyncs for r in reps):.0f}"),
            row("   server time in sync_once: push / pull / auth",
                f"{med(r.sync_server['push'] for r in reps):.2f}/"
                f"{med(r.sync_server['pull'] for r in reps):.2f}/"
                f"{med(r.sync_server['auth'] for r in reps):.2f} s"),
            row("   server time in floor: push", f"{med(r.raw_server_s for r in reps):.2f} s"),
            row("   server push time per rep: sync_once/floor (s)",
                " ".join(f"{r.sync_server['push']:.1f}/{r.raw_server_s:.1f}" for r in reps)),
            row("   first pull of a new field device (server ms)",
                " ".join(f"{r.first_pull_ms:.0f}" for r in reps)),
            row("   client CPU: sync_once / floor (median)",
                f"{med(r.sync_client_cpu for r in reps):.2f} / "
                f"{med(r.raw_client_cpu for r in reps):.2f} s"),
            row("   server CPU: sync_once / floor (median)",
                f"{med(r.server_cpu_sync for r in reps):.2f} / "
                f"{med(r.server_cpu_raw for r in reps):.2f} s"),
            row("   client time outside the server: sync_once / floor",
                f"{med(r.sync_s - sum(r.sync_server.values()) for r in reps):.2f} / "
                f"{med(r.raw_s - r.raw_server_s for r in reps):.2f} s"),
            row("   RSS growth of this process during sync_once",
                f"{max(r.rss_growth_mib for r in reps):.0f} MiB"),
        ]  # fmt: skip
        hq = reps[0].hq
        if hq is not None:
            raw_hq = statistics.mean(hq.raw_s)
            lines += [
                row("1b. HQ sync_once pulling rep 1's log", f"{hq.envelopes} envelopes"),
                row("   sync_once / raw pull floor (into memory)",
                    f"{hq.sync_s:.1f} s / {raw_hq:.1f} s"),
                row("   throughput: sync_once / floor",
                    f"{hq.envelopes / hq.sync_s:.0f} / {hq.envelopes / raw_hq:.0f} env/s"),
                row("   pages / server time in pulls", f"{hq.pages} / {hq.server_s:.1f} s"),
                row("   fsyncs / seconds in fsync", f"{hq.fsyncs} / {hq.fsync_s:.1f} s"),
            ]  # fmt: skip
            pull_ratio = raw_hq / hq.sync_s
            targets.append((f"{result.kind}: HQ pull ratio (sync_once / raw)",
                            f">= {TARGET_HQ_PULL_RATIO}", f"{pull_ratio:.2f}",
                            pull_ratio >= TARGET_HQ_PULL_RATIO))  # fmt: skip
        targets.append((f"{result.kind}: first sync ratio (median)",
                        f">= {TARGET_FIRST_SYNC_RATIO}", f"{ratio:.2f}",
                        ratio >= TARGET_FIRST_SYNC_RATIO))  # fmt: skip
    if result.quiet:
        q = result.quiet
        worst = max(q.persistent_trips)
        lines += [
            row("2. nothing new, persistent SyncClient: round trips",
                f"{min(q.persistent_trips)}..{worst} (x{len(q.persistent_trips)})"),
            row("   requests logged by the server per pull", f"{q.persistent_server:.2f}"),
            row("   latency p50/p95 (client) ms",
                f"{percentile(q.persistent_ms, .5):.1f}/{percentile(q.persistent_ms, .95):.1f}"),
            row("   server time per pull, p50 ms", f"{percentile(q.persistent_server_ms, .5):.1f}"),
            row("   sync_once, nothing new: round trips",
                f"{min(q.once_trips)}..{max(q.once_trips)} (x{len(q.once_trips)})"),
            row("   requests logged by the server per sync_once", f"{q.once_server:.2f}"),
            row("   sync_once latency p50/p95 ms",
                f"{percentile(q.once_ms, .5):.1f}/{percentile(q.once_ms, .95):.1f}"),
            row("   server ms p50: challenge / token / pull",
                "/".join(f"{v:.1f}" for v in q.once_server_ms.values())),
        ]  # fmt: skip
        ok = worst == TARGET_QUIET_ROUND_TRIPS and q.persistent_server == 1 and not q.errors
        targets.append((f"{result.kind}: nothing-new round trips", "== 1",
                        f"{worst} ({q.persistent_server:.2f} srv)", ok))  # fmt: skip
    if result.load:
        ld = result.load
        requests = len(ld.push_ms) + len(ld.pull_ms)
        lines += [
            row(f"3. load: devices x seconds ({ld.procs} server proc)",
                f"{ld.devices} x {ld.seconds:.1f} s"),
            row("   think time (uniform 0.5x..1.5x)", f"{args.think:.3f} s"),
            row("   envelopes in the log before / enrol time",
                f"{ld.log_rows_before} / {ld.enrol_s:.1f} s"),
            row("   new device's catch-up pull p50/max (ms)",
                f"{percentile(ld.warm_first_pull_ms, .5):.0f}/"
                f"{max(ld.warm_first_pull_ms, default=float('nan')):.0f}"),
            row("   rounds (push + pull) / requests", f"{ld.rounds} / {requests}"),
            row("   throughput: requests/s, pushes/s",
                f"{requests / ld.seconds:.0f}, {len(ld.push_ms) / ld.seconds:.0f}"),
            row("   requests the server logged", f"{ld.server_requests}"),
            row("   errors", f"{ld.errors}"),
            row("   push latency p50/p95/p99 ms (client)", ms3(ld.push_ms)),
            row("   pull latency p50/p95/p99 ms (client)", ms3(ld.pull_ms)),
            row("   all requests p50/p95/p99 ms (client)", ms3(ld.push_ms + ld.pull_ms)),
            row("   push p50/p95/p99 ms (server's own time)", ms3(ld.server_push_ms)),
            row("   pull p50/p95/p99 ms (server's own time)", ms3(ld.server_pull_ms)),
            row("   CPU s: client / server procs / PostgreSQL",
                f"{ld.client_cpu:.1f} / {ld.server_cpu:.1f} / "
                + ("-" if ld.db_cpu != ld.db_cpu else f"{ld.db_cpu:.1f}")),
            row("   server process CPU per request",
                f"{ld.server_cpu / max(ld.server_requests, 1) * 1000:.2f} ms"),
        ]  # fmt: skip
        lines += [f"     error: {e}" for e in ld.error_samples]
        targets.append((f"{result.kind}: load errors", f"== {TARGET_LOAD_ERRORS}",
                        str(ld.errors), ld.errors == TARGET_LOAD_ERRORS))  # fmt: skip
    peaks = " / ".join(f"{k} {v:.0f}" for k, v in result.server_peak_mib.items())
    lines += [
        row("peak RSS, server process per phase (MiB)", peaks or "-"),
        row("peak RSS, benchmark process (MiB)", f"{result.client_peak_mib:.0f}"),
    ]
    return lines, targets


# -- main --------------------------------------------------------------------------------------


def run_backend(
    kind: str, url: str | None, folder: Path, args: argparse.Namespace
) -> BackendResult:
    procs = args.server_procs if kind == "postgresql" else 1
    org = start_org(kind, folder, url, procs)
    result = BackendResult(kind)
    pid = org.main.proc.pid  # type: ignore[union-attr]
    try:
        if "first" in args.parts:
            reset_peak(pid)
            result.first = run_first_sync(org, args)
            result.server_peak_mib["first"] = proc_status(pid, "VmHWM")
        if "quiet" in args.parts:
            reset_peak(pid)
            result.quiet = run_quiet(org, args)
            result.server_peak_mib["quiet"] = proc_status(pid, "VmHWM")
        if "load" in args.parts:
            print(f"  [{kind}] load: {args.devices} devices for {args.duration:.0f} s",
                  file=sys.stderr, flush=True)  # fmt: skip
            result.load = run_load(org, args)
            result.server_peak_mib["load"] = max(
                proc_status(s.proc.pid, "VmHWM")
                for s in org.servers  # type: ignore[union-attr]
            )
    finally:
        org.close()
    result.client_peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=int, default=10_000, help="notes in the first sync")
    parser.add_argument("--reps", type=int, default=4, help="first-sync repetitions (4)")
    parser.add_argument("--quiet-runs", type=int, default=50, help="nothing-new pulls (50)")
    parser.add_argument("--once-runs", type=int, default=10, help="nothing-new sync_once (10)")
    parser.add_argument("--devices", type=int, default=100, help="devices in the load test")
    parser.add_argument("--duration", type=float, default=60.0, help="load test seconds (60)")
    parser.add_argument("--think", type=float, default=0.1, help="think time, seconds (0.1)")
    parser.add_argument("--postgres", action="store_true", help="also run on PostgreSQL")
    parser.add_argument("--no-sqlite", action="store_true", help="skip SQLite")
    parser.add_argument("--server-procs", type=int, default=1,
                        help="server processes on PostgreSQL (1)")  # fmt: skip
    parser.add_argument("--parts", default="first,hq,quiet,load",
                        help="comma-separated subset of first,hq,quiet,load (hq: the HQ desk "
                        "pulls the first repetition; needs first)")  # fmt: skip
    parser.add_argument("--seed", type=int, default=20250101)
    parser.add_argument("--check", action="store_true", help="exit 1 when a target fails")
    args = parser.parse_args(argv)
    args.parts = set(args.parts.split(","))
    if not args.parts <= {"first", "hq", "quiet", "load"}:
        parser.error("--parts takes first, hq, quiet and load")
    if min(args.notes, args.reps, args.quiet_runs, args.once_runs, args.devices) < 1:
        parser.error("counts must be positive")
    if not 0 < args.duration <= 3600 or args.think < 0 or args.server_procs < 1:
        parser.error("--duration must be in (0, 3600], --think >= 0, --server-procs >= 1")
    kinds = ([] if args.no_sqlite else ["sqlite"]) + (["postgresql"] if args.postgres else [])
    if not kinds:
        parser.error("nothing to run")

    load_before = loadavg()
    results: list[BackendResult] = []
    with tempfile.TemporaryDirectory(prefix="vigil-sync-bench-") as tmp:
        for kind in kinds:
            url = None
            if kind == "postgresql":
                CLUSTERS.append(make_cluster())
                url = CLUSTERS[-1].url
            try:
                results.append(run_backend(kind, url, Path(tmp) / kind, args))
            finally:
                while CLUSTERS:
                    CLUSTERS.pop().stop()

    out = [
        f"Vigil sync benchmark: real vigil-server on loopback TLS; {args.notes} notes x "
        f"{args.reps} reps; {args.devices} devices x {args.duration:.0f} s",
        f"  python {sys.version.split()[0]}, httpx {httpx.__version__}, {os.cpu_count()} CPUs, "
        f"load average before {load_before}, after {loadavg()}",
        "  NOTE: a small shared machine; the benchmark's clients and the server (and PostgreSQL)"
        " share its cores, so absolute numbers are noisy and low; ratios are measured in the"
        " same run with alternating order.",
        "",
    ]
    targets: list[tuple] = []
    for result in results:
        lines, got = report(result, args)
        out += [*lines, ""]
        targets += got
    out += [f"{'target':<40}{'limit':>10}{'measured':>18}", "-" * 74]
    out += [
        f"{name:<40}{limit:>10}{value:>18}  {verdict(ok)}" for name, limit, value, ok in targets
    ]
    print("\n".join(out))
    failed = [t for t in targets if not t[3]]
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
