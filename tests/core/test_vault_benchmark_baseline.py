"""benchmarks/vault.py compares an import through the API with a raw baseline that writes "the
same rows": this holds it to that. A baseline that leaves out rows the import must write (each
case's custody entry) caps the ratio however fast Vigil gets; one that writes rows the import
does not, or search entries the vault leaves out, would flatter it."""

from __future__ import annotations

import importlib.util
import random
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from vigil.vault.store import Vault

ROOT = Path(__file__).resolve().parents[2]


def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("vault_benchmark", ROOT / "benchmarks/vault.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("vault_benchmark", module)
    spec.loader.exec_module(module)
    return module


def rows(conn: Any) -> tuple[Counter[str], Counter[str], int]:
    """Items by kind, revisions by kind, search entries."""
    items = Counter(k for (k,) in conn.execute("SELECT kind FROM items"))
    revisions = Counter(k for (k,) in conn.execute("SELECT kind FROM revisions"))
    return items, revisions, int(conn.execute("SELECT count(*) FROM search").fetchone()[0])


def test_the_baseline_writes_the_rows_the_import_writes(tmp_path: Path) -> None:
    vault_bench = bench()
    records = next(vault_bench.batches(4, 4, 7))
    vault, _ = Vault.create(tmp_path / "vault", vault_bench.PASSPHRASE, vault_bench.KDF)
    raw = vault_bench.RawStore(tmp_path / "raw.db", vault.recipients)
    try:
        vault_bench.import_document(vault, vault_bench.document(records))
        raw.insert(vault_bench.raw_rows(records, random.Random(1)))
        api_rows, raw_rows = rows(vault.conn), rows(raw.conn)
    finally:
        vault.close()
        raw.close()
    assert api_rows == raw_rows
    assert api_rows[0] == Counter(case=4, note=4, custody=4)
    assert api_rows[2] == 8  # the cases and notes; a custody entry has no text to find


def test_each_row_encrypts_a_plaintext_of_the_vaults_own_size(tmp_path: Path) -> None:
    """Row for row (the n-th case, note or custody entry of the document), the baseline
    encrypts a plaintext exactly as long as the signed note the vault encrypts: a revision
    body around the same payload, ids, time and signature of the same lengths. The one
    difference allowed is the vault's very first revision, which has no previous one to name
    (the baseline's rows all name one). A custody row is not a note-sized filler."""
    vault_bench = bench()
    records = next(vault_bench.batches(3, 3, 7))
    made = vault_bench.raw_rows(records, random.Random(1))
    vault, _ = Vault.create(tmp_path / "vault", vault_bench.PASSPHRASE, vault_bench.KDF)
    try:
        vault_bench.import_document(vault, vault_bench.document(records))
        ids = [i.id for kind in ("case", "note", "custody") for i in vault.items(kind)]
        saved = sorted(vault.histories(ids), key=lambda r: r.seq)
    finally:
        vault.close()
    for kind in ("case", "note", "custody"):
        ours = [r for r in saved if r.kind == kind]
        theirs = [r for r in made if r.kind == kind]
        assert len(ours) == len(theirs) == 3
        for rev, row in zip(ours, theirs, strict=True):
            expected = len(rev.note) + (64 if rev.prev == "" else 0)
            assert len(row.plaintext) == expected, (kind, len(row.plaintext), len(rev.note))
    custody = [r for r in made if r.kind == "custody"]
    assert all(b'"action":"imported"' in r.plaintext and len(r.plaintext) < 1000 for r in custody)
