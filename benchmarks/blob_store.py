"""Blob store benchmark: a blob's bytes in PostgreSQL rows (several servers share them)
against files in the data folder (the baseline, measured in the same run).

Not a timed test: it prints a table. Each store runs behind a real vigil-server process on
loopback TLS (SQLite and its data folder; PostgreSQL in a throwaway cluster). An HQ desk
uploads one blob of ``--mib`` MiB in 4 MiB parts, completes it, downloads it whole, then
reads ``--ranges`` random 64 KiB ranges; the server's peak RSS (VmHWM) shows whether the
store reads in bounded slices.

    uv run python benchmarks/blob_store.py              # 64 MiB
    uv run python benchmarks/blob_store.py --mib 16     # quicker
    uv run python benchmarks/blob_store.py --check      # exit 1 when PostgreSQL is below
                                                        # 0.25 of the disk's rate anywhere

The ratio is PostgreSQL's rate / the disk's rate; above 1.0 the database is faster.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the server and PostgreSQL helpers live in tests/support

from tests.support.api import Device, decode_code, enrol  # noqa: E402
from tests.support.pg import make_cluster  # noqa: E402
from tests.support.server import FAST_LIMITS, ServerProcess, launch  # noqa: E402

PART = 4 * 1024 * 1024
RANGE = 64 * 1024
TARGET = 0.25


def _peak_rss_mib(server: ServerProcess) -> float:
    assert server.proc is not None
    for line in Path(f"/proc/{server.proc.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _measure(server: ServerProcess, blob: bytes, ranges: int) -> dict[str, float]:
    hq: Device = enrol(server.api(), decode_code(server.admin_code)["secret"], role_hint="hq")
    sha = hashlib.sha256(blob).hexdigest()
    mib = len(blob) / (1024 * 1024)
    body = {"sha256": sha, "size": len(blob), "part_size": PART, "audience": "hq"}
    start = time.perf_counter()
    assert hq.call("POST", "/v1/blobs", json=body).status_code == 200
    for i in range(0, len(blob), PART):
        data = blob[i : i + PART]
        got = hq.call(
            "PUT", f"/v1/blobs/{sha}/parts/{i // PART}", content=data,
            headers={"X-Part-SHA256": hashlib.sha256(data).hexdigest(),
                     "Content-Type": "application/octet-stream"},
        )  # fmt: skip
        assert got.status_code == 200, got.text
    upload = time.perf_counter() - start
    start = time.perf_counter()
    assert hq.call("POST", f"/v1/blobs/{sha}/complete").json()["complete"]
    complete = time.perf_counter() - start
    start = time.perf_counter()
    assert hq.call("GET", f"/v1/blobs/{sha}/data").content == blob
    download = time.perf_counter() - start
    rng = random.Random(7)
    start = time.perf_counter()
    for _ in range(ranges):
        first = rng.randrange(0, len(blob) - RANGE)
        got = hq.call(
            "GET", f"/v1/blobs/{sha}/data", headers={"Range": f"bytes={first}-{first + RANGE - 1}"}
        )
        assert got.content == blob[first : first + RANGE]
    ranged = time.perf_counter() - start
    return {
        "upload MiB/s": mib / upload,
        "complete MiB/s": mib / complete,
        "download MiB/s": mib / download,
        "64 KiB ranges/s": ranges / ranged,
        "server peak RSS MiB": _peak_rss_mib(server),
    }


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mib", type=int, default=64, help="the blob's size in MiB")
    p.add_argument("--ranges", type=int, default=200, help="random 64 KiB range reads")
    p.add_argument("--check", action="store_true", help=f"exit 1 below a ratio of {TARGET}")
    args = p.parse_args()
    blob = os.urandom(args.mib * 1024 * 1024)
    cluster = make_cluster()
    results: dict[str, dict[str, float]] = {}
    try:
        with tempfile.TemporaryDirectory(prefix="vigil-blob-bench-") as tmp:
            for name, url in (("disk", None), ("postgresql", cluster.new_database())):
                server = launch(Path(tmp) / name, url, *FAST_LIMITS)
                try:
                    results[name] = _measure(server, blob, args.ranges)
                finally:
                    server.stop()
    finally:
        cluster.stop()
    print(f"blob of {args.mib} MiB in {PART // (1024 * 1024)} MiB parts, {args.ranges} ranges")
    print(f"{'':22} {'disk (baseline)':>16} {'postgresql':>12} {'ratio':>7}")
    worst = float("inf")
    for key in results["disk"]:
        disk, pg = results["disk"][key], results["postgresql"][key]
        ratio = pg / disk
        if "RSS" not in key:
            worst = min(worst, ratio)
        print(f"{key:22} {disk:16.1f} {pg:12.1f} {ratio:7.2f}")
    if args.check and worst < TARGET:
        print(f"PostgreSQL is below {TARGET} of the disk's rate", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
