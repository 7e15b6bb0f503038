"""Load benchmark for the HQ server: many raw-protocol devices, and hostile bodies.

Not a timed test: it prints tables. With ``--check`` it exits 1 when a target fails.

    uv run python benchmarks/load.py                                   # 50, 200, 500 devices, 60 s
    nice uv run python benchmarks/load.py --seconds 15 --devices 20,50 # a quick run
    nice uv run python benchmarks/load.py --hostile --seconds 20       # hostile bodies only

1. Load. N devices, each enrolled through an HQ code and speaking the protocol directly
   (httpx, one connection each, from its own source address in 127.0.0.0/8 so per-address
   limits apply to them as to field devices), loop for ``--seconds``: push 5 envelopes of
   1-16 KiB (random bytes behind the age header: the server only checks the header and the
   hash) addressed to themselves, then pull since their cursor until ``more`` is false. On
   SQLite one server process; on PostgreSQL two, devices split between them. Reported:
   requests/s, p50/p95 latency as the client saw it, errors (any answer but 200, any transport
   error), the servers' peak resident memory (VmHWM, summed) and their CPU per request.
   The rate limits are lifted (``--device-rate`` etc.): this measures throughput, not the
   policy; every other limit has its default.
   Baseline, in the same run: a bare uvicorn TLS endpoint (this file, ``--serve-baseline``: no
   auth, no checks) that takes the same request bytes and inserts the envelopes in one
   transaction through the same engine (``vigil_server.storage.database.Database``, a table of
   its own), and serves the same pull. Same number of processes. Targets: throughput at least
   0.5 of the baseline's; 0 errors at 500 devices.
2. Hostile bodies (``--hostile``). 24 devices each send a 16 MiB ``{"envelopes":[{},{},...]}``
   to the push route, again as soon as answered, for ``--seconds``, while another process asks
   ``/healthz`` every 50 ms. Targets: server peak RSS < 1 GiB, ``/healthz`` p99 < 500 ms. The
   same probe on the quiet server, just before, is printed beside it.
   ``--sample-locks``: during each Vigil run on PostgreSQL, ``benchmarks/lock_sample.py``
   prints what the server's connections waited for (how the row lock was found).
3. Attack (``--attack``): an honest device's sync time while 2,000 slow connections and 24
   hostile bodies run, as a ratio to its time on a quiet server; ``benchmarks/attack.py``
   (which this mode runs, with its defaults) describes it.

Client and server share the machine's cores; the header prints the CPU count and load.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import json
import multiprocessing
import os
import random
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the launch helpers live in tests/server

import httpx  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from tests.support.api import Device, decode_code, enrol, source_address, trust  # noqa: E402
from tests.support.measure import percentile  # noqa: E402
from tests.support.pg import Cluster, free_port, make_cluster  # noqa: E402
from tests.support.server import ServerProcess, launch  # noqa: E402

AGE_MAGIC = b"age-encryption.org/v1\n"
ENVELOPES_PER_PUSH = 5
MIN_ENVELOPE, MAX_ENVELOPE = 1024, 16 * 1024
HOSTILE_SENDERS = 24
HOSTILE_BYTES = 16 * 1024 * 1024 - 64
PROBE_EVERY = 0.05
LIFTED = [
    "--device-rate",
    "1000000",
    "--device-burst",
    "1000000",
    "--ip-rate",
    "1000000",
    "--ip-burst",
    "1000000",
    "--open-rate",
    "1000000",
    "--open-burst",
    "1000000",
]
TARGET_RATIO = 0.5
TARGET_ERRORS_AT = 500
TARGET_RSS_MIB = 1024
TARGET_HEALTH_P99_MS = 500


def vm_hwm_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def reset_peak(pid: int) -> None:
    """Writing 5 to clear_refs resets VmHWM, so each phase reports its own peak."""
    Path(f"/proc/{pid}/clear_refs").write_text("5")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# -- the baseline server ---------------------------------------------------------------------


def baseline_app(database_url: str) -> Any:
    """A bare ASGI app: the push inserts rows in one transaction, the pull selects a page."""
    import anyio
    from sqlalchemy import (
        Column,
        Index,
        Integer,
        LargeBinary,
        MetaData,
        String,
        Table,
        select,
        text,
    )

    from vigil_server.storage.database import Database

    db = Database(database_url)
    meta = MetaData()
    table = Table(
        "load_baseline",
        meta,
        Column("seq", Integer, primary_key=True, autoincrement=True),
        Column("sha256", String(64), nullable=False),
        Column("audience", String(64), nullable=False),
        Column("body", LargeBinary, nullable=False),
        Column("received_at", Integer, nullable=False),
        Index("load_baseline_audience", "audience", "seq"),
    )
    with db.engine.begin() as conn:
        if db.dialect == "postgresql":  # two baseline processes start at once: one creates
            conn.execute(text("SELECT pg_advisory_xact_lock(1)"))
        meta.create_all(conn, checkfirst=True)

    def push(device: str, body: bytes) -> bytes:
        items = json.loads(body)["envelopes"]
        rows = [
            {
                "sha256": item["sha256"],
                "audience": device,
                "body": base64.b64decode(item["envelope"]),
                "received_at": int(time.time()),
            }
            for item in items
        ]
        with db.write() as conn:
            conn.execute(table.insert(), rows)
        return json.dumps({"stored": len(rows)}).encode()

    def pull(device: str, since: int) -> bytes:
        with db.read() as conn:
            got = conn.execute(
                select(table.c.seq, table.c.sha256, table.c.body)
                .where(table.c.audience == device, table.c.seq > since)
                .order_by(table.c.seq)
                .limit(101)
            ).all()
        page = got[:100]
        items = [
            {"seq": r.seq, "sha256": r.sha256, "envelope": base64.b64encode(r.body).decode()}
            for r in page
        ]
        last = page[-1].seq if page else since
        return json.dumps({"items": items, "next": last, "more": len(got) > 100}).encode()

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        headers = dict(scope["headers"])
        device = headers.get(b"authorization", b"Bearer x").split()[-1].decode()[:64]
        chunks = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        if scope["method"] == "POST":
            out = await anyio.to_thread.run_sync(push, device, b"".join(chunks))
        else:
            query = dict(p.split("=", 1) for p in scope["query_string"].decode().split("&") if p)
            out = await anyio.to_thread.run_sync(pull, device, int(query.get("since", "0")))
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json")],
            }
        )
        await send({"type": "http.response.body", "body": out})

    return app


def serve_baseline(args: argparse.Namespace) -> int:
    import uvicorn

    uvicorn.Server(
        uvicorn.Config(
            baseline_app(args.database_url),
            host="127.0.0.1",
            port=args.port,
            ssl_certfile=args.cert,
            ssl_keyfile=args.key,
            log_level="warning",
            access_log=False,
            server_header=False,
            timeout_keep_alive=30,
        )
    ).run()
    return 0


@dataclass
class Baseline:
    procs: list[Any]
    ports: list[int]

    def stop(self) -> None:
        for proc in self.procs:
            proc.terminate()
        for proc in self.procs:
            proc.wait(timeout=15)


def start_baseline(server: ServerProcess, database_url: str, count: int) -> Baseline:
    import subprocess

    procs, ports = [], []
    for _ in range(count):
        port = free_port()
        argv = [
            sys.executable,
            __file__,
            "--serve-baseline",
            "--port",
            str(port),
            "--cert",
            str(server.cert),
            "--key",
            str(server.data / "tls" / "key.pem"),
            "--database-url",
            database_url,
        ]
        procs.append(subprocess.Popen(argv, stdin=subprocess.DEVNULL))
        ports.append(port)
    context = trust(server.cert)
    for port in ports:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"https://127.0.0.1:{port}/", verify=context, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the baseline server did not start") from None
                time.sleep(0.2)
    return Baseline(procs, ports)


# -- the devices (in worker processes) -------------------------------------------------------


@dataclass
class Spec:
    """What a worker process needs to run its share of the devices."""

    mode: str  # "vigil", "baseline" or "hostile"
    urls: list[str]
    cert: str
    host: str
    devices: list[tuple[str, bytes, int]]  # device id, raw auth key, index
    seconds: float
    ready: Any = None  # a shared queue: the worker puts one item when its devices are in
    go: Any = None  # a shared queue: the parent puts the start time, one item per worker


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    error_samples: list[str] = field(default_factory=list)


def envelope_item(rng: random.Random) -> dict[str, str]:
    body = AGE_MAGIC + os.urandom(rng.randint(MIN_ENVELOPE, MAX_ENVELOPE) - len(AGE_MAGIC))
    return {"sha256": hashlib.sha256(body).hexdigest(), "envelope": base64.b64encode(body).decode()}


async def login(http: httpx.AsyncClient, spec: Spec, device_id: str, raw_key: bytes) -> str:
    key = Ed25519PrivateKey.from_private_bytes(raw_key)
    got = await http.post("/v1/auth/challenge", json={"device_id": device_id, "action": "sync"})
    got.raise_for_status()
    nonce = got.json()["nonce"]
    message = f"vigil-auth-v1\n{spec.host}\nsync\n{nonce}\n{device_id}\n".encode()
    answer = await http.post(
        "/v1/auth/token",
        json={
            "device_id": device_id,
            "action": "sync",
            "nonce": nonce,
            "signature": base64.b64encode(key.sign(message)).decode(),
        },
    )
    answer.raise_for_status()
    return str(answer.json()["token"])


@dataclass
class Session:
    http: httpx.AsyncClient
    device_id: str
    headers: dict[str, str]
    rng: random.Random


async def open_device(
    spec: Spec, device: tuple[str, bytes, int], stack: contextlib.AsyncExitStack
) -> Session:
    """Connect from the device's own source address and log in (the baseline takes the
    device id for a token)."""
    device_id, raw_key, index = device
    transport = httpx.AsyncHTTPTransport(
        verify=trust(Path(spec.cert)), local_address=source_address(index)
    )
    http = await stack.enter_async_context(
        httpx.AsyncClient(
            base_url=spec.urls[index % len(spec.urls)], transport=transport, timeout=120
        )
    )
    token = device_id if spec.mode == "baseline" else await login(http, spec, device_id, raw_key)
    headers = {"Authorization": f"Bearer {token}"}
    if spec.mode == "hostile":
        headers["Content-Type"] = "application/json"
    return Session(http, device_id, headers, random.Random(index))


async def device_loop(spec: Spec, session: Session, start_at: float, tally: Tally) -> None:
    http, device_id, headers, rng = session.http, session.device_id, session.headers, session.rng
    end = start_at + spec.seconds
    cursor = 0
    while time.time() < end:
        if spec.mode == "hostile":
            # 413 json_too_complex or 503 server_busy; a connection the server drops while
            # the body is still going out counts as a refusal too, not as an error.
            post = http.post("/v1/envelopes", content=hostile_body(), headers=headers)
            await timed(tally, post, expect=(413, 503), refused_ok=True)
            continue
        items = [{**envelope_item(rng), "audience": [device_id]} for _ in range(ENVELOPES_PER_PUSH)]
        pushed = http.post("/v1/envelopes", json={"envelopes": items}, headers=headers)
        if await timed(tally, pushed) is None:
            await asyncio.sleep(0.5)  # an error: do not spin
            continue
        while True:
            page = await timed(
                tally, http.get("/v1/envelopes", params={"since": cursor}, headers=headers)
            )
            if page is None:
                await asyncio.sleep(0.5)
                break
            cursor = page["next"]
            if not page["more"]:
                break


def hostile_body(cache: dict[str, bytes] = {}) -> bytes:  # noqa: B006 - one per process
    if "body" not in cache:
        cache["body"] = b'{"envelopes":[' + b"{}," * ((HOSTILE_BYTES - 20) // 3) + b"{}]}"
    return cache["body"]


async def timed(
    tally: Tally, call: Any, expect: tuple[int, ...] = (200,), refused_ok: bool = False
) -> Any:
    started = time.perf_counter()
    try:
        response = await call
    except httpx.HTTPError as exc:
        tally.errors += 0 if refused_ok else 1
        key = type(exc).__name__
        tally.statuses[key] = tally.statuses.get(key, 0) + 1
        return None
    tally.latencies.append((time.perf_counter() - started) * 1000)
    try:
        body = response.json()
    except ValueError:
        body = {}
    key = f"{response.status_code} {body.get('error', '')}".strip()
    tally.statuses[key] = tally.statuses.get(key, 0) + 1
    if response.status_code not in expect:
        tally.errors += 1
        if len(tally.error_samples) < 3:
            tally.error_samples.append(f"{key}: {str(body.get('message', ''))[:120]}")
        return None
    return body


def run_worker(spec: Spec) -> Tally:
    """Connect and log in every device, say so, wait for the start time, then run."""
    tally = Tally()

    async def main() -> None:
        async with contextlib.AsyncExitStack() as stack:
            sessions = await asyncio.gather(*(open_device(spec, d, stack) for d in spec.devices))
            spec.ready.put(len(sessions))
            start_at = await asyncio.to_thread(spec.go.get)
            await asyncio.sleep(max(0.0, start_at - time.time()))
            await asyncio.gather(*(device_loop(spec, s, start_at, tally) for s in sessions))

    asyncio.run(main())
    return tally


def start_together(ready: Any, go: Any, workers: int) -> float:
    """Wait until every worker is ready; give them all one start time, a moment from now."""
    for _ in range(workers):
        ready.get(timeout=900)
    start_at = time.time() + 0.5
    for _ in range(workers):
        go.put(start_at)
    return start_at


def probe_worker(url: str, cert: str, ready: Any, go: Any, seconds: float) -> list[float]:
    """/healthz every PROBE_EVERY seconds, from its own process; failures count as 60 s."""
    times: list[float] = []
    with httpx.Client(verify=trust(Path(cert)), timeout=60) as http:
        http.get(f"{url}/healthz")
        ready.put(1)
        start_at = go.get()
        time.sleep(max(0.0, start_at - time.time()))
        while time.time() < start_at + seconds:
            started = time.perf_counter()
            try:
                ok = http.get(f"{url}/healthz").status_code == 200
            except httpx.HTTPError:
                ok = False
            times.append((time.perf_counter() - started) * 1000 if ok else 60_000.0)
            time.sleep(PROBE_EVERY)
    return times


# -- phases ----------------------------------------------------------------------------------


@dataclass
class Org:
    servers: list[ServerProcess]
    hq: Device
    devices: list[Device] = field(default_factory=list)

    @property
    def pids(self) -> list[int]:
        return [s.proc.pid for s in self.servers if s.proc is not None]

    def enrol_up_to(self, count: int) -> None:
        while len(self.devices) < count:
            made = self.hq.call(
                "POST", "/v1/hq/enrol-codes", action="admin", json={"role": "field"}
            )
            made.raise_for_status()
            # One connection for all of them: the server caps connections per address.
            self.devices.append(enrol(self.hq.api, decode_code(made.json()["code"])["secret"]))

    def stop(self) -> None:
        for server in reversed(self.servers):
            server.stop()


def start_org(folder: Path, database_url: str | None, procs: int) -> Org:
    main = launch(folder / "server", database_url, *LIFTED)
    servers = [main]
    for index in range(1, procs):
        extra = ServerProcess(
            main.data,
            free_port(),
            database_url,
            main.admin_code,
            folder / "server" / f"server-{index}.log",
            main.home,
        )
        extra.start(*LIFTED)
        servers.append(extra)
    hq = enrol(main.api(), decode_code(main.admin_code)["secret"], role_hint="hq")
    return Org(servers, hq)


@dataclass
class Measured:
    label: str
    devices: int
    seconds: float
    tally: Tally
    rss_mib: float
    cpu_s: float

    @property
    def rps(self) -> float:
        return len(self.tally.latencies) / self.seconds

    @property
    def cpu_ms(self) -> float:
        return 1000 * self.cpu_s / max(1, len(self.tally.latencies))


def split(items: list[Any], parts: int) -> Iterator[list[Any]]:
    for k in range(parts):
        chunk = items[k::parts]
        if chunk:
            yield chunk


def measure(
    label: str,
    spec_of: Any,
    devices: list[tuple[str, bytes, int]],
    pids: list[int],
    seconds: float,
    clients: int,
    sample_url: str | None = None,
) -> Measured:
    """One measured run; with ``sample_url``, benchmarks/lock_sample.py samples that
    database's connections during its first 30 s, and prints what it saw."""
    context = multiprocessing.get_context("spawn")
    sampled: list[str] = []
    with context.Manager() as manager, context.Pool(clients) as pool:
        ready, go = manager.Queue(), manager.Queue()
        specs = [spec_of(part, ready, go) for part in split(devices, clients)]
        pending = pool.map_async(run_worker, specs)
        start_at = start_together(ready, go, len(specs))
        time.sleep(max(0.0, start_at - time.time()))
        if sample_url is not None:
            from benchmarks.lock_sample import sample

            url = sample_url
            sampler = threading.Thread(
                target=lambda: sampled.append(sample(url, min(30.0, seconds))), daemon=True
            )
            sampler.start()
        for pid in pids:
            reset_peak(pid)
        cpu0 = sum(cpu_seconds(p) for p in pids)
        time.sleep(seconds)
        cpu = sum(cpu_seconds(p) for p in pids) - cpu0
        rss = sum(vm_hwm_mib(p) for p in pids)
        tallies = pending.get(timeout=seconds + 600)
    if sample_url is not None:
        sampler.join(60)
        print("\n".join(sampled), flush=True)
    total = Tally()
    for t in tallies:
        total.latencies += t.latencies
        total.errors += t.errors
        total.error_samples += t.error_samples
        for k, v in t.statuses.items():
            total.statuses[k] = total.statuses.get(k, 0) + v
    return Measured(label, len(devices), seconds, total, rss, cpu)


def run_backend(
    kind: str, database_url: str | None, folder: Path, args: argparse.Namespace
) -> list[tuple[Measured, Measured]]:
    procs = 2 if kind == "postgresql" else 1
    org = start_org(folder, database_url, procs)
    baseline = start_baseline(
        org.servers[0],
        database_url or f"sqlite:///{org.servers[0].data / 'vigil-server.db'}",
        procs,
    )
    results = []
    try:
        host = org.servers[0].api().host
        for n in args.device_counts:
            org.enrol_up_to(n)
            devices = [
                (d.id, d.auth_key.private_bytes_raw(), i) for i, d in enumerate(org.devices[:n])
            ]
            vigil_urls = [s.url for s in org.servers]
            base_urls = [f"https://127.0.0.1:{p}" for p in baseline.ports]

            def vigil_spec(
                part: list[Any], ready: Any, go: Any, urls: list[str] = vigil_urls
            ) -> Spec:
                return Spec(
                    "vigil", urls, str(org.servers[0].cert), host, part, args.seconds, ready, go
                )

            def base_spec(
                part: list[Any], ready: Any, go: Any, urls: list[str] = base_urls
            ) -> Spec:
                return Spec(
                    "baseline", urls, str(org.servers[0].cert), host, part, args.seconds, ready, go
                )

            pair = (
                measure(
                    f"{kind} vigil",
                    vigil_spec,
                    devices,
                    org.pids,
                    args.seconds,
                    args.clients,
                    database_url if args.sample_locks else None,
                ),
                measure(
                    f"{kind} baseline",
                    base_spec,
                    devices,
                    [p.pid for p in baseline.procs],
                    args.seconds,
                    args.clients,
                ),
            )
            results.append(pair)
            print_pair(pair)
    finally:
        baseline.stop()
        org.stop()
    return results


def print_pair(pair: tuple[Measured, Measured]) -> None:
    for m in pair:
        t = m.tally
        print(
            f"{m.label:22} {m.devices:>7} {m.rps:>8.1f} {percentile(t.latencies, 0.5):>7.1f} "
            f"{percentile(t.latencies, 0.95):>7.1f} {t.errors:>6} {m.rss_mib:>8.0f} "
            f"{m.cpu_ms:>9.2f}",
            flush=True,
        )
        for sample in t.error_samples[:3]:
            print(f"    error: {sample}")
    vigil, base = pair
    ratio = vigil.rps / base.rps if base.rps else float("nan")
    print(f"{'':22} {'':>7} ratio to baseline {ratio:.2f} (target >= {TARGET_RATIO})", flush=True)


def run_hostile(
    folder: Path, args: argparse.Namespace
) -> tuple[float, list[float], list[float], Tally]:
    """The attack, and before it the same /healthz probe on the quiet server (the baseline:
    on a shared machine the quiet p99 alone can be far from zero)."""
    org = start_org(folder, None, 1)
    try:
        org.enrol_up_to(HOSTILE_SENDERS)
        server = org.servers[0]
        devices = [(d.id, d.auth_key.private_bytes_raw(), i) for i, d in enumerate(org.devices)]
        context = multiprocessing.get_context("spawn")
        with context.Manager() as manager, context.Pool(2) as pool:
            ready, go = manager.Queue(), manager.Queue()
            probe = pool.apply_async(
                probe_worker, (server.url, str(server.cert), ready, go, args.seconds)
            )
            start_together(ready, go, 1)
            quiet = probe.get(timeout=args.seconds + 600)
            spec = Spec(
                "hostile",
                [server.url],
                str(server.cert),
                server.api().host,
                devices,
                args.seconds,
                ready,
                go,
            )
            attack = pool.apply_async(run_worker, (spec,))
            probe = pool.apply_async(
                probe_worker, (server.url, str(server.cert), ready, go, args.seconds)
            )
            start_at = start_together(ready, go, 2)
            time.sleep(max(0.0, start_at - time.time()))
            reset_peak(org.pids[0])
            tally = attack.get(timeout=args.seconds + 600)
            health = probe.get(timeout=args.seconds + 600)
        rss = vm_hwm_mib(org.pids[0])
        after = org.hq.call("GET", "/v1/me")
        if after.status_code != 200:
            tally.errors += 1
    finally:
        org.stop()
    return rss, quiet, health, tally


def header(args: argparse.Namespace) -> None:
    load = Path("/proc/loadavg").read_text().split()[:3]
    print(
        f"# benchmarks/load.py  cpus={os.cpu_count()}  load={' '.join(load)}  "
        f"seconds={args.seconds}  clients={args.clients}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--seconds", type=float, default=60.0, help="length of each measured run")
    p.add_argument("--devices", default="50,200,500", help="device counts, comma-separated")
    p.add_argument("--backends", default="sqlite,postgresql")
    p.add_argument("--clients", type=int, default=2, help="client processes")
    p.add_argument("--hostile", action="store_true", help="run the hostile-bodies mode only")
    p.add_argument("--attack", action="store_true", help="run benchmarks/attack.py only")
    p.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    p.add_argument(
        "--sample-locks",
        action="store_true",
        help="PostgreSQL: sample what the server's connections wait for (lock_sample.py)",
    )
    p.add_argument("--serve-baseline", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--port", type=int, help=argparse.SUPPRESS)
    p.add_argument("--cert", help=argparse.SUPPRESS)
    p.add_argument("--key", help=argparse.SUPPRESS)
    p.add_argument("--database-url", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.serve_baseline:
        return serve_baseline(args)
    if args.attack:
        from benchmarks.attack import main as attack

        return attack([])
    args.device_counts = [int(x) for x in args.devices.split(",") if x]
    header(args)
    failed = []
    with tempfile.TemporaryDirectory(prefix="vigil-load-") as tmp:
        if args.hostile:
            rss, quiet, health, tally = run_hostile(Path(tmp) / "hostile", args)
            p99 = percentile(health, 0.99)
            print(f"hostile bodies: {HOSTILE_SENDERS} devices x 16 MiB for {args.seconds:.0f} s")
            print(f"  answers: {dict(sorted(tally.statuses.items()))}  errors: {tally.errors}")
            print(f"  server peak RSS {rss:.0f} MiB (target < {TARGET_RSS_MIB})")
            print(
                f"  /healthz n={len(health)} p50 {percentile(health, 0.5):.1f} ms  "
                f"p99 {p99:.1f} ms  max {max(health, default=float('nan')):.1f} ms "
                f"(target p99 < {TARGET_HEALTH_P99_MS})"
            )
            quiet_p99 = percentile(quiet, 0.99)
            print(
                f"  /healthz on the quiet server just before: n={len(quiet)} "
                f"p50 {percentile(quiet, 0.5):.1f} ms  p99 {quiet_p99:.1f} ms"
            )
            print(f"  ratio of /healthz p99 under attack to quiet: {p99 / quiet_p99:.1f}")
            if rss >= TARGET_RSS_MIB or not p99 < TARGET_HEALTH_P99_MS or tally.errors:
                failed.append("hostile")
        else:
            print(
                f"{'run':22} {'devices':>7} {'req/s':>8} {'p50 ms':>7} {'p95 ms':>7} "
                f"{'errors':>6} {'RSS MiB':>8} {'CPU ms/r':>9}",
                flush=True,
            )
            cluster: Cluster | None = None
            try:
                for kind in args.backends.split(","):
                    url = None
                    if kind == "postgresql":
                        cluster = cluster or make_cluster()
                        url = cluster.url
                    for vigil, base in run_backend(kind, url, Path(tmp) / kind, args):
                        if base.rps and vigil.rps / base.rps < TARGET_RATIO:
                            failed.append(f"{kind} {vigil.devices}: ratio")
                        if vigil.devices >= TARGET_ERRORS_AT and vigil.tally.errors:
                            failed.append(f"{kind} {vigil.devices}: errors")
            finally:
                if cluster is not None:
                    cluster.stop()
    if failed:
        print("missed: " + ", ".join(failed))
    return 1 if failed and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
