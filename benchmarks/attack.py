"""Attack benchmark: an honest device's sync while the server is under attack, as a ratio to
its time on a quiet server. Not a timed test: it prints a table.

    uv run python benchmarks/attack.py                         # 2,000 slow, 24 hostile bodies
    uv run python benchmarks/attack.py --rounds 3 --slow 500 --hostile 4      # a quick run
    uv run python benchmarks/load.py --attack                  # the same, as load.py's mode

A real ``vigil-server`` on loopback TLS (``tests/support/server.py``'s ``launch``, SQLite,
rate limits lifted so that only the front door is measured) runs with its descriptor limit
lowered to 1,024, as systemd's default is. An HQ vault and a field vault (KDF floor) enrol
through the real flow. One honest round: the field device saves a case with four notes and
syncs (``vigil.sync.round.run``, the round the app runs too), then HQ syncs and must hold the
case; a round that fails with ``retry`` is retried, as the app's scheduler does, and counted.

Scenarios, each with ``--rounds`` honest rounds:
1. quiet: nothing else runs (the baseline, measured in the same run);
2. ``--slow`` slow connections (``tests/server/crowd.py``: idle TCP, idle TLS, heads and
   bodies to /v1/enrol dribbled a byte a second, from 500 addresses spread over 127/8, each
   reconnecting when dropped);
3. the same plus ``--hostile`` requests in flight from an enrolled attacker device with a
   valid token: 16 MiB bodies of ``{"envelopes":[{},{},...]}`` to ``POST /v1/envelopes``.

Columns: median and slowest round, the median's ratio to the quiet median, rounds retried,
``/healthz`` on a new TLS connection every 0.2 s (p50/p99, failures), the server's peak RSS,
the CPU the server and the crowd used while the rounds ran (share of one core: on a small
machine the attacker's own CPU slows the honest client too), and what the crowd did (most
connections it held at once; hostile bodies answered).
The machine is small and shared: the header prints its CPU count and load average.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the launch helpers live in tests/server

import httpx  # noqa: E402
from tests.support.api import decode_code, enrol, trust  # noqa: E402
from tests.support.server import FAST_LIMITS, ServerProcess, launch, server_env  # noqa: E402
from tests.support.sync import Device, make_field, make_hq  # noqa: E402

from vigil.sync import session  # noqa: E402

NOFILE = 1024


@dataclass
class Scenario:
    name: str
    rounds: list[float] = field(default_factory=list)
    retried: int = 0
    failed: int = 0
    health: list[float] = field(default_factory=list)
    health_failed: int = 0
    peak_rss_mib: float = 0.0
    crowd: dict[str, object] = field(default_factory=dict)
    seconds: float = 0.0
    server_cpu: float = 0.0  # CPU seconds
    crowd_cpu: float = 0.0


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def honest_round(field_: Device, hq: Device, scenario: Scenario, deadline: float = 300) -> None:
    case = field_.new_case("Honest round")
    for _ in range(4):
        field_.add_note(case)
    started = time.monotonic()
    for device in (field_, hq):
        while True:
            report, _ = device.sync(timeout=60)
            if report.error == "" or not report.retry or time.monotonic() - started > deadline:
                break
            scenario.retried += 1
        if report.error:
            scenario.failed += 1
            return
    if hq.vault.get(case) is None:
        scenario.failed += 1
        return
    scenario.rounds.append(time.monotonic() - started)


def watch(server: ServerProcess, scenario: Scenario, stop: threading.Event) -> None:
    """/healthz on a new TLS connection every 0.2 s, and the server's RSS."""
    assert server.proc is not None
    context = trust(server.cert)
    transport = httpx.HTTPTransport(verify=context, local_address="127.0.0.1")
    while not stop.is_set():
        scenario.peak_rss_mib = max(scenario.peak_rss_mib, rss_mib(server.proc.pid))
        started = time.monotonic()
        try:
            with httpx.Client(transport=transport, timeout=30) as client:
                ok = client.get(f"{server.url}/healthz").status_code == 200
        except httpx.HTTPError:
            ok = False
        if ok:
            scenario.health.append(time.monotonic() - started)
        else:
            scenario.health_failed += 1
        stop.wait(0.2)


def under(server: ServerProcess, scenario: Scenario, crowd_args: list[str],
          body: Callable[[], None], home: Path) -> None:  # fmt: skip
    crowd = None
    if crowd_args:
        crowd = subprocess.Popen(
            [sys.executable, "-m", "tests.server.crowd", "--port", str(server.port),
             "--seconds", "3600", *crowd_args],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=server_env(home),
        )  # fmt: skip
        assert crowd.stdout is not None
        if crowd.stdout.readline().strip() != "ready":
            raise SystemExit(
                f"the crowd did not start: {crowd.stderr.read() if crowd.stderr else ''}"
            )
        time.sleep(3)  # every slot the server has is taken by now
    stop = threading.Event()
    watcher = threading.Thread(target=watch, args=(server, scenario, stop), daemon=True)
    watcher.start()
    assert server.proc is not None
    started, server_cpu, crowd_cpu = time.monotonic(), cpu_seconds(server.proc.pid), children_cpu()
    try:
        body()
    finally:
        scenario.seconds = time.monotonic() - started
        scenario.server_cpu = cpu_seconds(server.proc.pid) - server_cpu
        stop.set()
        watcher.join(60)
        if crowd is not None:
            crowd.terminate()
            out, _ = crowd.communicate(timeout=120)
            if out.strip():
                scenario.crowd = json.loads(out.strip().splitlines()[-1])
        # the crowd's CPU from the start of the rounds (its start-up before is counted too)
        scenario.crowd_cpu = children_cpu() - crowd_cpu


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--slow", type=int, default=2000, help="slow connections")
    p.add_argument("--hostile", type=int, default=24, help="16 MiB hostile bodies in flight")
    args = p.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="vigil-attack-") as tmp_name:
        tmp = Path(tmp_name)
        server = launch(tmp / "server", None, *FAST_LIMITS, nofile=NOFILE)
        hq = make_hq(tmp, server.admin_code)
        field_ = make_field(tmp, hq, "field")
        attacker = enrol(
            server.api(), decode_code(session.hq_enrol_code(hq.vault, hq.store))["secret"]
        )
        token = attacker.login("sync")
        plans = [("quiet", [])]
        plans.append((f"{args.slow:,} slow connections", ["--count", str(args.slow)]))
        if args.hostile:
            plans.append((f"{args.slow:,} slow + {args.hostile} hostile bodies",
                          ["--count", str(args.slow), "--hostile", str(args.hostile),
                           "--token", token]))  # fmt: skip
        results = []
        try:
            honest_round(field_, hq, Scenario("warm-up"))
            for name, crowd_args in plans:
                scenario = Scenario(name)
                results.append(scenario)

                def rounds(s: Scenario = scenario) -> None:
                    for _ in range(args.rounds):
                        honest_round(field_, hq, s)

                under(server, scenario, crowd_args, rounds, tmp)
        finally:
            hq.close()
            field_.close()
            server.stop()
        refusing = [json.loads(line) for line in server.log.read_text().splitlines()
                    if '"refusing connections"' in line]  # fmt: skip

    print_table(results, args, refusing)
    return 0 if all(not s.failed for s in results) else 1


def print_table(
    results: list[Scenario], args: argparse.Namespace, refusing: list[dict[str, object]]
) -> None:
    cpus = os.cpu_count()
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"\nAttack benchmark: {cpus} CPUs, load average {load}; server descriptor limit "
          f"{NOFILE}; {args.rounds} honest rounds per scenario "
          "(a case + 4 notes, field then HQ)")  # fmt: skip
    quiet = statistics.median(results[0].rounds) if results and results[0].rounds else float("nan")
    head = (f"{'scenario':38} {'median s':>9} {'max s':>7} {'ratio':>6} {'retried':>7} "
            f"{'failed':>6} {'healthz p50/p99 ms':>19} {'hz fail':>7} {'RSS MiB':>8} "
            f"{'CPU server/crowd':>16}  crowd")  # fmt: skip
    print(head)
    print("-" * len(head))
    for s in results:
        median = statistics.median(s.rounds) if s.rounds else float("nan")
        health = f"{percentile(s.health, 0.5) * 1000:.0f}/{percentile(s.health, 0.99) * 1000:.0f}"
        span = max(s.seconds, 1e-9)
        cpu = f"{s.server_cpu / span:.0%}/{s.crowd_cpu / span:.0%}"
        crowd = ""
        if s.crowd:
            crowd = f"held {s.crowd.get('peak_open')} at once, {s.crowd.get('opened')} opened"
            if s.crowd.get("hostile_sent"):
                crowd += f"; hostile answered {s.crowd.get('hostile_statuses')}"
        print(f"{s.name:38} {median:9.2f} {max(s.rounds, default=float('nan')):7.2f} "
              f"{median / quiet:6.2f} {s.retried:7d} {s.failed:6d} {health:>19} "
              f"{s.health_failed:7d} {s.peak_rss_mib:8.0f} {cpu:>16}  {crowd}")  # fmt: skip
    totals: dict[str, int] = {}
    for entry in refusing:
        for key, value in entry.items():
            if isinstance(value, int) and key not in ("open", "cap", "per_address_cap", "seconds"):
                totals[key] = totals.get(key, 0) + value
    print(f"\nthe server's 'refusing connections' log lines: {len(refusing)}, totals {totals}")


if __name__ == "__main__":
    sys.exit(main())
