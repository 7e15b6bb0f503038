"""Evidence package benchmark: export and verify of a case against ``sha256sum`` over the
same attachment files (the baseline, measured in the same run), with each side's peak memory.

Not a timed test: it prints a table. A vault at the KDF floor gets one case with
``--revisions`` note revisions and attachments of ``--mib`` MiB in all (files of at most
``--file-mib``); the export (decrypt, hash, zip) and the verify (hash every member, check every
signature) each run in a child process, whose peak RSS (ru_maxrss) shows whether memory stays
flat as the attachments grow.

    uv run python benchmarks/evidence.py                          # 1,000 revisions, 256 MiB
    uv run python benchmarks/evidence.py --mib 2048               # the issue's 2 GB case
    uv run python benchmarks/evidence.py --revisions 100 --mib 32 # quicker

The ratio is sha256sum's time / the step's time over the same bytes: 1.0 is as fast as
hashing them once; the target is 0.8 (docs/evidence.md, "Speed").
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.support.vaults import FAST_KDF, PASSPHRASE  # noqa: E402

MIB = 1024 * 1024
TARGET = 0.8


def _make(folder: Path, revisions: int, mib: int, file_mib: int) -> tuple[str, list[Path]]:
    from vigil.vault.items import Change
    from vigil.vault.store import Vault

    vault = Vault.create(folder / "vault", PASSPHRASE, FAST_KDF)[0]
    try:
        case_id = vault.save("case", {"title": "Benchmark case"}).item
        batch = [Change("note", {"text": f"note {i} " + "x" * 200}, case_id=case_id)
                 for i in range(revisions)]  # fmt: skip
        vault.save_many(batch)
        files: list[Path] = []
        left = mib * MIB
        while left > 0:
            size = min(left, file_mib * MIB)
            path = folder / "originals" / f"file-{len(files):03d}.bin"
            path.parent.mkdir(exist_ok=True)
            with open(path, "wb") as out:
                for start in range(0, size, 4 * MIB):
                    out.write(os.urandom(min(4 * MIB, size - start)))
            vault.add_attachment(case_id, path)
            files.append(path)
            left -= size
    finally:
        vault.close()
    return case_id, files


def _child(step: str, folder: str, case_id: str) -> None:
    """Run one step in this (child) process and print its seconds and peak RSS in MiB."""
    from vigil.evidence import package, verifier
    from vigil.vault.store import Vault

    out = Path(folder) / "case.zip"
    start = time.perf_counter()
    if step == "export":
        with Vault.open(Path(folder) / "vault", PASSPHRASE) as vault:
            package.export(vault, case_id, out)
    else:
        report = verifier.verify_package(str(out))
        assert report.ok, report.failures
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds} {peak}")


def _run_child(step: str, folder: Path, case_id: str) -> tuple[float, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, __file__, "--child", step, str(folder), case_id],
                          capture_output=True, text=True, check=True, env=env)  # fmt: skip
    seconds, peak = done.stdout.split()[-2:]
    return float(seconds), float(peak)


def _sha256sum(files: list[Path]) -> float:
    tool = shutil.which("sha256sum")
    assert tool, "sha256sum (coreutils) is needed for the baseline"
    start = time.perf_counter()
    subprocess.run([tool, *map(str, files)], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--revisions", type=int, default=1000)
    parser.add_argument("--mib", type=int, default=256, help="attachments in all (2048: 2 GB)")
    parser.add_argument("--file-mib", type=int, default=256, help="largest attachment")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--check", action="store_true", help=f"exit 1 below {TARGET}")
    args = parser.parse_args()
    if args.child:
        _child(*args.child)
        return 0
    with tempfile.TemporaryDirectory(prefix="vigil-evidence-bench-") as tmp:
        folder = Path(tmp)
        case_id, files = _make(folder, args.revisions, args.mib, args.file_mib)
        baseline = min(_sha256sum(files) for _ in range(2))  # the second read is cached too
        export_s, export_rss = _run_child("export", folder, case_id)
        verify_s, verify_rss = _run_child("verify", folder, case_id)
        size = (folder / "case.zip").stat().st_size / MIB
    print(f"evidence package: {args.revisions} revisions, {args.mib} MiB of attachments, "
          f"package {size:.0f} MiB")  # fmt: skip
    print(f"{'step':<10} {'seconds':>8} {'MiB/s':>8} {'ratio':>6} {'peak RSS MiB':>13}")
    print(f"{'sha256sum':<10} {baseline:8.2f} {args.mib / baseline:8.0f} {1.0:6.2f} {'-':>13}")
    ratios = []
    for name, seconds, rss in (("export", export_s, export_rss), ("verify", verify_s, verify_rss)):
        ratio = baseline / seconds
        ratios.append(ratio)
        print(f"{name:<10} {seconds:8.2f} {args.mib / seconds:8.0f} {ratio:6.2f} {rss:13.0f}")
    print(f"target: ratio >= {TARGET} against sha256sum; peak RSS flat as --mib grows")
    return 1 if args.check and min(ratios) < TARGET else 0


if __name__ == "__main__":
    raise SystemExit(main())
