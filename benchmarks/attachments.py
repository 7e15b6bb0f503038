"""Attachment memory: encrypting a large file keeps memory flat.

Prints the peak resident memory of a child process that encrypts a file into a vault
(``Vault.add_attachment``) and of a baseline child that only reads and hashes the same file,
both measured in this run, and the difference. Target: the difference stays under 64 MiB
whatever the size (the default file is 2 GiB; ``--size-mib`` to change).

    uv run python benchmarks/attachments.py [--size-mib 2048] [--check]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_EXTRA_MIB = 64

CHILD_ATTACH = """
import resource, sys, time
from pathlib import Path
from vigil.crypto.kdf import KdfParams
from vigil.vault.store import Vault
root, source = Path(sys.argv[1]), Path(sys.argv[2])
vault, _ = Vault.create(root / "vault", b"benchmark passphrase", KdfParams(65536, 3, 1))
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
case = vault.save("case", {"title": "Large attachment"}).item
start = time.perf_counter()
vault.add_attachment(case, source)
elapsed = time.perf_counter() - start
print(base, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, elapsed)
"""

CHILD_BASELINE = """
import hashlib, resource, sys, time
from vigil.vault.store import Vault  # same imports, same interpreter footprint
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
digest = hashlib.sha256()
with open(sys.argv[2], "rb") as handle:
    while chunk := handle.read(1 << 16):
        digest.update(chunk)
elapsed = time.perf_counter() - start
print(base, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, elapsed)
"""


def run(code: str, root: Path, source: Path) -> tuple[float, float, float]:
    out = subprocess.run([sys.executable, "-c", code, str(root), str(source)], check=True,
                         capture_output=True, text=True).stdout.split()  # fmt: skip
    return int(out[0]) / 1024, int(out[1]) / 1024, float(out[2])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=2048)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = root / "large.bin"
        start = time.perf_counter()
        with open(source, "wb") as handle:
            block = os.urandom(1 << 20)
            for index in range(args.size_mib):
                handle.write(block[index % 251 :] + block[: index % 251])
        made = time.perf_counter() - start
        base_start, base_peak, base_time = run(CHILD_BASELINE, root, source)
        att_start, att_peak, att_time = run(CHILD_ATTACH, root, source)
    extra = (att_peak - att_start) - (base_peak - base_start)
    rows = [
        ("file size", f"{args.size_mib} MiB (written in {made:.1f} s)"),
        ("baseline (read + SHA-256) peak RSS", f"{base_peak:.0f} MiB, {base_time:.1f} s"),
        ("add_attachment peak RSS", f"{att_peak:.0f} MiB, {att_time:.1f} s"),
        ("  of which before the attachment", f"{att_start:.0f} MiB (Argon2id at the floor)"),
        ("growth beyond the baseline's", f"{extra:.1f} MiB"),
        ("throughput ratio (baseline time / attach time)", f"{base_time / att_time:.2f}"),
    ]
    width = max(len(r[0]) for r in rows) + 2
    print("Vigil attachment benchmark (shared 2-core machine: times are indicative)")
    for name, value in rows:
        print(f"{name:<{width}}{value}")
    ok = extra <= TARGET_EXTRA_MIB
    target = f"target: growth <= {TARGET_EXTRA_MIB} MiB"
    print(f"{target:<{width}}{'PASS' if ok else 'FAIL'}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
