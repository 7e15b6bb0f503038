"""Custody entries made where things happen (docs/evidence.md, Custody): a case brought in by
an import file is ``imported`` (with the file's SHA-256), an evidence package checked against
a case this vault holds is ``verified`` (with the package's SHA-256 and the outcome), each
signed and chained like the export's entries; merely reading a case adds nothing."""

from __future__ import annotations

import contextlib
import hashlib
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli import Cli
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.cases.transfer import export_document, import_document, load_import_file
from vigil.evidence import custody, package, verifier
from vigil.resources import resource
from vigil.vault.store import Vault

SAMPLE = resource("samples", "sample-case.json")


@pytest.fixture
def new_vault_elsewhere(tmp_path: Path) -> Iterator[Vault]:
    other, _ = Vault.create(tmp_path / "elsewhere", PASSPHRASE, FAST_KDF)
    try:
        yield other
    finally:
        other.close()


def _entries(vault: Vault, case_id: str) -> list[dict[str, str]]:
    revs = [r for r in custody.case_revisions(vault, case_id) if r.kind == custody.KIND]
    return [dict(r.payload) for r in revs]


def test_an_imported_case_file_is_the_first_entry_of_each_case_it_brought(
    cli: Cli, tmp_path: Path
) -> None:
    cli.init()
    source = tmp_path / "two.json"
    document = load_import_file(SAMPLE)
    document["cases"].append({**document["cases"][0], "title": "A second case"})
    source.write_text(json.dumps(document), "utf-8")
    ids = cli("import", str(source)).stdout.split()
    assert len(ids) == 2
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    vault = Vault.open(cli.vault, PASSPHRASE)
    try:
        for case_id in ids:
            (entry,) = _entries(vault, case_id)
            assert entry["action"] == "imported" and entry["sha256"] == digest
            assert "prev" not in entry and "import" in entry["detail"]
        # The next entry of the case chains to it, as an export's does.
        out = tmp_path / "e.zip"
        package.export(vault, ids[0], out, [])
        first, second = [r for r in custody.case_revisions(vault, ids[0]) if r.kind == "custody"]
        assert second.payload["prev"] == custody.text_hash(first)
        assert verifier.verify_package(str(out)).ok
        # Reading the cases, exporting them as a document, is no custody event.
        before = vault.revision_count()
        export_document(vault)
        vault.items("note", ids[1])
        assert vault.revision_count() == before
    finally:
        vault.close()


def test_import_in_memory_still_records_the_import(vault: Vault) -> None:
    (case_id,) = import_document(vault, load_import_file(SAMPLE))
    (entry,) = _entries(vault, case_id)
    assert entry["action"] == "imported" and "sha256" not in entry


def test_verifying_a_package_of_a_case_held_here_is_recorded_with_its_outcome(
    vault: Vault, tmp_path: Path
) -> None:
    case_id = vault.save("case", {"title": "Checked by a lawyer"}).item
    vault.save("note", {"text": "Statement taken."}, case_id=case_id)
    out = tmp_path / "p.zip"
    package.export(vault, case_id, out, [])
    report = verifier.verify_package(str(out))
    assert report.ok and report.case == case_id
    rev = custody.record_verified(vault, out, report)
    assert rev is not None
    exported, verified = _entries(vault, case_id)
    assert exported["action"] == "exported"
    assert verified["action"] == "verified" and verified["prev"]
    assert verified["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert "all checks passed" in verified["detail"]

    # A package whose member was changed still names its case under a valid signature: the
    # failure is recorded as a failure, never as a pass.
    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(tampered, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith("case.json"):
                data = data.replace(b"lawyer", b"lawyex")
            zout.writestr(info, data)
    bad = verifier.verify_package(str(tampered))
    assert not bad.ok and bad.case == case_id
    custody.record_verified(vault, tampered, bad)
    last = _entries(vault, case_id)[-1]
    assert last["action"] == "verified" and "failed" in last["detail"]
    assert "all checks passed" not in last["detail"]


def test_a_package_of_a_case_not_held_here_or_unsigned_is_not_recorded(
    vault: Vault, new_vault_elsewhere: Vault, tmp_path: Path
) -> None:
    other = new_vault_elsewhere
    case_id = other.save("case", {"title": "Not ours"}).item
    out = tmp_path / "p.zip"
    package.export(other, case_id, out, [])
    report = verifier.verify_package(str(out))
    before = vault.revision_count()
    assert custody.record_verified(vault, out, report) is None
    assert vault.revision_count() == before
    # A package whose manifest does not verify names no case at all.
    junk = tmp_path / "junk.zip"
    with zipfile.ZipFile(junk, "w") as zf:
        zf.writestr("vigil-evidence.note", b"{}\n\n")
    assert verifier.verify_package(str(junk)).case == ""


def test_the_command_records_a_verification_only_when_asked(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "Verified from the command line").last_line
    out = tmp_path / "e.zip"
    cli("evidence", "export", case_id, "--out", str(out))
    plain = cli("evidence", "verify", str(out), passphrase=False)
    assert "VERIFIED" in plain.stdout and "Recorded" not in plain.stdout
    done = cli("evidence", "verify", str(out), "--record")
    assert "VERIFIED" in done.stdout
    assert f"Recorded in the custody log of case {case_id}" in done.stdout
    vault = Vault.open(cli.vault, PASSPHRASE)
    try:
        actions = [e["action"] for e in _entries(vault, case_id)]
    finally:
        vault.close()
    assert actions == ["exported", "verified"]


def test_the_chain_holds_when_the_process_dies_right_after_an_entry_is_saved(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever is written after an entry's revision may be lost to a crash; the next entry
    must still chain to it, or the package shows two chains from this device (broken)."""
    case_id = vault.save("case", {"title": "Power cut"}).item

    def dies(*_args: object) -> None:
        raise SystemExit("power cut")

    with monkeypatch.context() as patched:
        patched.setattr(vault, "set_meta", dies)
        with contextlib.suppress(SystemExit):
            custody.append(vault, case_id, "exported", "evidence package")
    assert [e["action"] for e in _entries(vault, case_id)] == ["exported"]
    out = tmp_path / "after.zip"
    package.export(vault, case_id, out, [])
    report = verifier.verify_package(str(out))
    assert report.ok, report.failures
    assert any("2 entries, one unbroken chain" in p for p in report.proves)


def test_the_authority_is_set_and_shown_by_its_own_command(cli: Cli, tmp_path: Path) -> None:
    from tests.support.tsa import make_keys

    cli.init()
    assert "No time-stamping authority" in cli("evidence", "tsa").stdout
    (tmp_path / "keys").mkdir()
    ca, _ = make_keys(tmp_path / "keys")
    half = cli("evidence", "tsa", "https://tsa.example/", check=False)
    assert half.returncode == 2 and "together" in half.stderr
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    bad = cli("evidence", "tsa", "https://tsa.example/", "--roots", str(junk), check=False)
    assert bad.returncode == 2 and "no PEM certificate" in bad.stderr
    ftp = cli("evidence", "tsa", "ftp://tsa.example/", "--roots", str(ca), check=False)
    assert ftp.returncode == 2 and "https://" in ftp.stderr
    done = cli("evidence", "tsa", "https://tsa.example/", "--roots", str(ca))
    digest = hashlib.sha256(ca.read_bytes()).hexdigest()
    assert f"https://tsa.example/ (roots SHA-256 {digest})" in done.stdout
    assert "https://tsa.example/" in cli("evidence", "tsa").stdout
