"""Backup and restore benchmark: a restore streams, so its memory does not grow with the
backup, and it costs a bounded multiple of writing the backup.

Not a timed test: it prints a table. With ``--check`` it exits 1 when a target fails.

    uv run python benchmarks/restore.py                 # 4,000 revisions, 4 x 4 MiB attachments
    uv run python benchmarks/restore.py --revisions 500 # a quick run

Targets:

* restoring costs <= 3x a baseline measured in the same run: writing the same backup plus
  opening and verifying every envelope of the vault once (the least a restore must do; it
  also rebuilds the database and its search index);
* the restore's peak of Python allocations (tracemalloc) stays under 64 MiB whatever the
  backup's size: envelopes are recorded as they stream, never all held, and attachments are
  copied in 64 KiB chunks. The same run prints the backup's size for comparison.

Everything is written inside a temporary directory that is removed at the end; the vault
uses the KDF floor so that a run stays short.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from vigil.crypto import envelope, keys
from vigil.crypto.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams
from vigil.vault.backup import restore_backup, write_backup
from vigil.vault.items import Change
from vigil.vault.store import Vault

PASSPHRASE = b"benchmark passphrase, not a secret"
KDF = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)
TARGET_RATIO = 3.0
TARGET_PEAK_MIB = 64.0
MIB = 1024 * 1024


def _fill(vault: Vault, revisions: int, attachments: int, root: Path) -> None:
    case = vault.save("case", {"title": "Benchmark case"}).item
    note = "Свидетель видел задержание у контрольного пункта. " * 40  # about 2 KB
    batch = 200
    for start in range(1, revisions, batch):
        count = min(batch, revisions - start)
        vault.save_many([Change("note", {"text": note}, case_id=case) for _ in range(count)])
    for i in range(attachments):
        source = root / f"photo{i}.jpg"
        source.write_bytes(os.urandom(4 * MIB))
        vault.add_attachment(case, source)
        source.unlink()


def _restore(vault_path: Path, identity: str, backup: Path, target: Path) -> Vault:
    del vault_path
    return restore_backup(backup, target, identity, lambda h: h.unwrap_with_passphrase(PASSPHRASE))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--revisions", type=int, default=4000)
    parser.add_argument("--attachments", type=int, default=4)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vigil-bench-") as tmp:
        root = Path(tmp)
        vault, _ = Vault.create(root / "vault", PASSPHRASE, KDF)
        with vault:
            _fill(vault, args.revisions, args.attachments, root)
            identity = keys.age_identity_string(vault.identity.x25519_secret)
            start = time.perf_counter()
            write_backup(vault, root / "backup.age")
            for _, data in vault.envelopes():
                envelope.open_envelope(data, vault.identities)
            write_s = time.perf_counter() - start
        size_mib = (root / "backup.age").stat().st_size / MIB
        start = time.perf_counter()
        _restore(root / "vault", identity, root / "backup.age", root / "timed").close()
        restore_s = time.perf_counter() - start
        tracemalloc.start()
        _restore(root / "vault", identity, root / "backup.age", root / "traced").close()
        peak_mib = tracemalloc.get_traced_memory()[1] / MIB
        tracemalloc.stop()
    ratio = restore_s / write_s
    rows = [
        ("backup size", f"{size_mib:.1f} MiB", ""),
        ("write + verify every envelope", f"{write_s:.2f} s", "baseline"),
        ("restore", f"{restore_s:.2f} s", f"ratio {ratio:.2f} (target <= {TARGET_RATIO})"),
        ("restore peak (tracemalloc)", f"{peak_mib:.1f} MiB", f"target < {TARGET_PEAK_MIB}"),
    ]
    print(f"{args.revisions} revisions, {args.attachments} attachments of 4 MiB")
    for name, value, note in rows:
        print(f"  {name:<28} {value:>12}  {note}")
    ok = ratio <= TARGET_RATIO and peak_mib < TARGET_PEAK_MIB
    print("all targets met" if ok else "a target was missed")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
