"""Server CPU per request, one request at a time: where ``benchmarks/load.py`` says a request
costs too much, this says which kind and how much, against the same bare baseline.

    uv run python benchmarks/request_cost.py                      # SQLite, 300 of each
    uv run python benchmarks/request_cost.py --backend postgresql --count 200
    uv run python benchmarks/request_cost.py --profile prof.txt   # py-spy samples (collapsed)

One device, one keep-alive connection, requests in sequence: ``/healthz``; a push of 5
envelopes of 1-16 KiB; a sync round (that push, then pulls until ``more`` is false). For each,
the server process's CPU time (user + system, from /proc) divided by the requests, for Vigil
and for the bare uvicorn TLS endpoint of ``benchmarks/load.py`` on the same database, and the
ratio of the two. With ``--profile`` the Vigil server runs under ``py-spy record --gil`` (the
samples of threads holding the GIL: nearly all of a request's CPU here) and the collapsed
stacks are written to the file.
"""

from __future__ import annotations

import argparse
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
from benchmarks import load  # noqa: E402
from tests.support.api import trust  # noqa: E402
from tests.support.pg import make_cluster  # noqa: E402


def cpu_ms_per_call(pid: int, call: Callable[[], None], count: int) -> float:
    call()  # warm: the first request compiles statements and fills caches
    before = load.cpu_seconds(pid)
    for _ in range(count):
        call()
    return 1000 * (load.cpu_seconds(pid) - before) / count


def measure(url: str, cert: Path, token: str, device_id: str, pid: int, count: int) -> list[float]:
    rng = random.Random(1)
    headers = {"Authorization": f"Bearer {token}"}
    cursor = 0
    with httpx.Client(base_url=url, verify=trust(cert), timeout=60) as http:

        def health() -> None:
            http.get("/healthz").raise_for_status()

        def push() -> None:
            items = [
                {**load.envelope_item(rng), "audience": [device_id]}
                for _ in range(load.ENVELOPES_PER_PUSH)
            ]
            body = {"envelopes": items}
            http.post("/v1/envelopes", json=body, headers=headers).raise_for_status()

        def sync_round() -> None:
            nonlocal cursor
            push()
            while True:
                page = http.get("/v1/envelopes", params={"since": cursor}, headers=headers)
                page.raise_for_status()
                cursor = page.json()["next"]
                if not page.json()["more"]:
                    return

        return [cpu_ms_per_call(pid, call, count) for call in (health, push, sync_round)]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--backend", choices=("sqlite", "postgresql"), default="sqlite")
    p.add_argument("--count", type=int, default=300, help="requests of each kind")
    p.add_argument("--profile", type=Path, help="write py-spy samples of the Vigil server here")
    args = p.parse_args(argv)
    spy_bin = shutil.which("py-spy") if args.profile else None
    if args.profile and spy_bin is None:
        print("--profile needs py-spy on PATH (pip install py-spy)", file=sys.stderr)
        return 2
    load_avg = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"# benchmarks/request_cost.py  backend={args.backend}  count={args.count}  "
          f"load={load_avg}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="vigil-cost-") as tmp:
        cluster = make_cluster() if args.backend == "postgresql" else None
        try:
            org = load.start_org(Path(tmp), cluster.url if cluster else None, 1)
            server = org.servers[0]
            url = cluster.url if cluster else f"sqlite:///{server.data / 'vigil-server.db'}"
            baseline = load.start_baseline(server, url, 1)
            try:
                org.enrol_up_to(1)
                device = org.devices[0]
                spy = None
                if spy_bin is not None:
                    spy = subprocess.Popen(
                        [spy_bin, "record", "--pid", str(org.pids[0]), "--rate", "100", "--gil",
                         "--nonblocking", "--format", "raw", "--output", str(args.profile)],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                    )  # fmt: skip
                    time.sleep(1)
                vigil = measure(server.url, server.cert, device.login(), device.id,
                                org.pids[0], args.count)  # fmt: skip
                if spy is not None:
                    spy.send_signal(signal.SIGINT)
                    spy.wait(timeout=60)
                base_url = f"https://127.0.0.1:{baseline.ports[0]}"
                bare = measure(base_url, server.cert, device.id, device.id,
                               baseline.procs[0].pid, args.count)  # fmt: skip
            finally:
                baseline.stop()
                org.stop()
        finally:
            if cluster is not None:
                cluster.stop()
    print(f"{'request':12} {'Vigil CPU ms':>12} {'bare CPU ms':>12} {'ratio bare/Vigil':>17}")
    for name, mine, theirs in zip(("healthz", "push 5", "sync round"), vigil, bare, strict=True):
        print(f"{name:12} {mine:>12.2f} {theirs:>12.2f} {theirs / mine:>17.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
