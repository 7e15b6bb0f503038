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


def test_a_custody_row_encrypts_what_the_import_encrypts_for_it(tmp_path: Path) -> None:
    """Its plaintext is a revision body around the ``imported`` payload, as long as the
    vault's own within a few bytes (random ids and signature): not a note-sized filler."""
    vault_bench = bench()
    records = next(vault_bench.batches(2, 2, 7))
    made = [r for r in vault_bench.raw_rows(records, random.Random(1)) if r.kind == "custody"]
    vault, _ = Vault.create(tmp_path / "vault", vault_bench.PASSPHRASE, vault_bench.KDF)
    try:
        vault_bench.import_document(vault, vault_bench.document(records))
        notes = [r.note for r in vault.histories([i.id for i in vault.items("custody")])]
    finally:
        vault.close()
    assert len(made) == len(notes) == 2
    for row, note in zip(made, notes, strict=True):
        assert b'"action":"imported"' in row.plaintext
        assert abs(len(row.plaintext) - len(note)) <= 8, (len(row.plaintext), len(note))
