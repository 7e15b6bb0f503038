"""The evidence package: export -> verify round trip, the tamper matrix (a changed, removed,
added or reordered member is named), redactions listed and not checkable, derived
attachments naming their original, the custody chain, and the exit codes of the command."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Cli
from vigil.evidence import custody, package, verifier
from vigil.vault.items import Change
from vigil.vault.store import Vault

PHOTO = b"\x89PNG not really a photo " + os.urandom(200_000)


@pytest.fixture
def case(vault: Vault, tmp_path: Path) -> tuple[Vault, str, dict[str, str]]:
    case_id = vault.save("case", {"title": "Zhanaozen detentions", "summary": "Seen in court"}).item
    person = vault.save_many(
        [
            Change(
                "person",
                {"names": [{"text": "Айгүл Нұрова", "script": "Cyrl"}], "descriptor": "activist"},
                case_id=case_id,
            )
        ]
    )[0]
    note = vault.save_many([Change("note", {"text": "Called the lawyer."}, case_id=case_id)])[0]
    vault.save("note", {"text": "Called the lawyer again."}, item_id=note.item, case_id=case_id)
    photo = tmp_path / "photo.png"
    photo.write_bytes(PHOTO)
    original = vault.add_attachment(case_id, photo).item
    blurred = tmp_path / "photo-blurred.png"
    blurred.write_bytes(PHOTO[:1000])
    derived = vault.add_attachment(case_id, blurred, original=original).item
    ids = {"person": person.item, "note": note.item, "original": original, "derived": derived}
    return vault, case_id, ids


def _export(case: tuple[Vault, str, dict[str, str]], out: Path, *redact: str) -> dict:
    vault, case_id, _ = case
    return package.export(vault, case_id, out, list(redact))


def test_a_package_verifies_and_says_what_it_proves(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    out = tmp_path / "case.zip"
    manifest = _export(case, out)
    report = verifier.verify_package(str(out))
    assert report.ok, report.failures
    text = verifier.render(report)
    assert f"signed by device {manifest['device']}" in text
    assert hashlib.sha256(PHOTO).hexdigest() in text  # the evidentiary original, by its hash
    assert f"a version of {case[2]['original']}" in text
    assert "custody log" in text and "exported" in text
    assert "no server receipt" in text  # an unenrolled vault: only its own clock
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert names[-1] == verifier.MANIFEST and "verify.py" in names
        photo = [n for n in names if n.startswith(f"attachments/{case[2]['original']}/")]
        assert zf.read(photo[0]) == PHOTO
        note = zf.read(next(n for n in names if n.endswith(".note") and n.startswith("rev")))
        assert "\n\n\u2014 vigil-device-".encode() in note  # the signed note, as signed


def test_the_export_is_in_the_custody_log_chained_per_device(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    vault, case_id, _ = case
    _export(case, tmp_path / "one.zip")
    _export(case, tmp_path / "two.zip")
    entries = vault.items(custody.KIND, case_id)
    assert sorted(e.payload["action"] for e in entries) == ["exported", "exported"]
    (second,) = [e for e in entries if "prev" in e.payload]
    (first,) = [e for e in entries if "prev" not in e.payload]
    assert second.payload["prev"] == custody.text_hash(vault.revision(first.head))
    report = verifier.verify_package(str(tmp_path / "two.zip"))
    assert report.ok and any("2 entries, one unbroken chain" in p for p in report.proves)


def _rewrite(src: Path, dst: Path, change: dict[str, bytes | None], order: list[str] | None = None,
             extra: dict[str, bytes] | None = None) -> None:  # fmt: skip
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        names = order or zin.namelist()
        for name in names:
            data = change.get(name, zin.read(name)) if name in change else zin.read(name)
            if data is not None:
                zout.writestr(name, data)
        for name, data in (extra or {}).items():
            zout.writestr(name, data)


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


def test_tamper_matrix_names_what_failed(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    out = tmp_path / "case.zip"
    _export(case, out)
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        data = {n: zf.read(n) for n in names}
    members = names[:-1]
    cases: list[tuple[str, dict[str, bytes | None], list[str] | None, dict[str, bytes], str]] = []
    for name in members:  # one byte changed in every member, in turn
        cases.append((f"change {name}", {name: _flip(data[name], len(data[name]) // 2)}, None,
                      {}, name))  # fmt: skip
    for name in members:  # every member removed, in turn
        cases.append((f"remove {name}", {name: None}, None, {}, name))
    cases.append(("add", {}, None, {"attachments/extra.txt": b"planted"}, "attachments/extra.txt"))
    swapped = [members[1], members[0], *members[2:], names[-1]]
    cases.append(("reorder", {}, swapped, {}, "reordered"))
    manifest = data[verifier.MANIFEST]
    cases.append(("manifest signature", {verifier.MANIFEST: _flip(manifest, len(manifest) - 10)},
                  None, {}, "the manifest"))  # fmt: skip
    version = f'"version":{verifier.PACKAGE_VERSION}'.encode()
    assert version in manifest
    cases.append(("manifest text", {verifier.MANIFEST: manifest.replace(version, version + b" ")},
                  None, {}, "the manifest"))  # fmt: skip
    for label, change, order, extra, named in cases:
        bad = tmp_path / "bad.zip"
        _rewrite(out, bad, change, order, extra)
        report = verifier.verify_package(str(bad))
        assert not report.ok, label
        assert any(named in f for f in report.failures), (label, report.failures)
        bad.unlink()


def test_a_forged_revision_note_under_a_recomputed_manifest_fails_on_its_own_signature(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    """Even someone who re-signs the manifest with a key of their own cannot change a
    revision's text: the author's signature covers it."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from vigil.crypto import signed_note

    out = tmp_path / "case.zip"
    _export(case, out)
    with zipfile.ZipFile(out) as zf:
        data = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(data[verifier.MANIFEST].split(b"\n")[0])
    note_name = next(n for n in data if n.startswith("revisions/"))
    data[note_name] = (
        data[note_name].replace(b"Zhanaozen", b"Zhanaozex").replace(b"lawyer", b"lawyar")
    )
    key = Ed25519PrivateKey.generate()
    manifest["device_key"] = key.public_key().public_bytes_raw().hex()
    for f in manifest["files"]:
        f["sha256"] = hashlib.sha256(data[f["path"]]).hexdigest()
        f["size"] = len(data[f["path"]])
    text = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    data[verifier.MANIFEST] = signed_note.sign(
        text.encode() + b"\n", "vigil-device-" + manifest["device"], key
    )
    bad = tmp_path / "forged.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, body in data.items():
            zf.writestr(name, body)
    report = verifier.verify_package(str(bad))
    assert any("signature does not verify" in f for f in report.failures), report.failures


def test_a_redacted_export_verifies_and_lists_what_was_redacted(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    vault, case_id, ids = case
    out = tmp_path / "redacted.zip"
    manifest = _export(case, out, ids["person"], "case.summary")
    assert manifest["redactions"] == [f"item {ids['person']} (person)", "field case.summary"]
    with zipfile.ZipFile(out) as zf:
        everything = b"".join(zf.read(n) for n in zf.namelist() if n != "verify.py")
    assert "Айгүл".encode() not in everything and b"Seen in court" not in everything
    report = verifier.verify_package(str(out))
    assert report.ok, report.failures
    text = verifier.render(report)
    assert "redacted and are not checkable" in text and ids["person"] in text
    (entry,) = vault.items(custody.KIND, case_id)
    assert entry.payload["action"] == "redacted-export" and ids["person"] in entry.payload["detail"]


def test_the_command_exits_2_on_an_unreadable_file_and_4_on_a_tampered_one(
    cli: Cli, tmp_path: Path
) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "CLI evidence", "--person", "Ерлан").last_line
    photo = tmp_path / "p.jpg"
    photo.write_bytes(b"jpeg" * 1000)
    att = cli("attach", case_id, str(photo)).last_line
    copy = tmp_path / "p2.jpg"
    copy.write_bytes(b"jpeg" * 10)
    derived = cli("attach", case_id, str(copy), "--original", att[:8]).last_line
    assert derived != att
    out = tmp_path / "e.zip"
    done = cli("evidence", "export", case_id, "--out", str(out))
    assert "signed by device" in done.stdout
    again = cli("evidence", "export", case_id, "--out", str(out), check=False)
    assert again.returncode == 2 and "already exists" in again.stderr
    bad_redact = cli("evidence", "export", case_id, "--out", str(tmp_path / "x.zip"),
                     "--redact", "nonsense", check=False)  # fmt: skip
    assert bad_redact.returncode == 2 and not (tmp_path / "x.zip").exists()
    # In this process: main(argv) returns the exit code the process would end with.
    ok = cli("evidence", "verify", str(out), passphrase=False)
    assert ok.returncode == 0 and "VERIFIED" in ok.stdout
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    junk = cli("evidence", "verify", str(tmp_path / "junk.zip"), passphrase=False, check=False)
    assert junk.returncode == 2
    tampered = tmp_path / "t.zip"
    with zipfile.ZipFile(out) as zin:
        name = next(n for n in zin.namelist() if n.startswith("attachments/"))
        _rewrite(out, tampered, {name: b"jpeg" * 999 + b"jpex"})
    bad = cli("evidence", "verify", str(tampered), passphrase=False, check=False)
    assert bad.returncode == 4 and name in bad.stdout


def test_the_pdf_report_extracts_with_the_hashes_and_page_numbers(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    import subprocess

    from tests.support.tools import need_tools

    need_tools("pdftotext", debs="poppler-utils")
    out = tmp_path / "case.zip"
    _export(case, out)
    with zipfile.ZipFile(out) as zf:
        (tmp_path / "report.pdf").write_bytes(zf.read("report.pdf"))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(tmp_path / "report.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    flat = " ".join(text.split())
    assert hashlib.sha256(PHOTO).hexdigest() in flat
    assert "Айгүл Нұрова" in flat and "Zhanaozen detentions" in flat
    assert "Page 1 of" in flat and "Custody log" in flat
    assert case[0].device.hex()[:8] in flat


def test_the_report_builds_one_font_per_style_not_per_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Throughput: a report lists every revision, a thousand lines for a large case."""
    from vigil.appeals import pdf

    built: list[int] = []
    real = pdf.letter_font

    def counting(*args: Any, **kwargs: Any) -> Any:
        built.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pdf, "letter_font", counting)
    lines = [(f"revision {i:04d}", "small") for i in range(300)]
    data = pdf.render_report([("Revisions", "heading"), *lines, ("End", "body")], "Report")
    assert data.startswith(b"%PDF-")
    assert len(built) <= len(pdf.REPORT_SIZES) + 2  # the document's default and the footer


def test_a_hostile_package_fails_by_name_and_never_crashes_the_verifier(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    """Notes signed by a key of the attacker's own, with shapes no check foresaw, and members
    that are not what their names say: each is a failure, never an exception."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from vigil.crypto import signed_note

    key = Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes_raw().hex()
    device = "ab" * 16

    def sign(value: object) -> bytes:
        text = json.dumps(value, sort_keys=True, separators=(",", ":")).encode() + b"\n"
        return signed_note.sign(text, f"vigil-device-{device}", key)

    rev_id = "cd" * 32
    body = {"item": "ef" * 16, "kind": "attachment", "device": device, "seq": 1,
            "author_key": public, "payload": "not an object"}  # fmt: skip
    members = {f"revisions/{rev_id}.note": sign(body), f"envelopes/{rev_id}.age": b"x",
               "receipts.json": b"[1, 2]", "keys.json": b'{"devices": 5}'}  # fmt: skip
    for variant in ({}, {"receipts.json": b"\xff\xfe"}, {"keys.json": b"{}"}):
        files = {**members, **variant}
        manifest = {"format": "vigil-evidence", "version": 1, "device": device,
                    "device_key": public, "exported_at": "now",
                    "files": [{"path": p, "sha256": hashlib.sha256(d).hexdigest(),
                               "size": len(d)} for p, d in files.items()],
                    "revisions": [{"id": rev_id, "item": body["item"], "kind": "attachment",
                                   "device": device, "seq": 1}],
                    "redactions": "none"}  # fmt: skip
        bad = tmp_path / "hostile.zip"
        with zipfile.ZipFile(bad, "w") as zf:
            for name, data in files.items():
                zf.writestr(name, data)
            zf.writestr(verifier.MANIFEST, sign(manifest))
        report = verifier.verify_package(str(bad))
        assert not report.ok and report.failures, variant
        bad.unlink()


def test_a_forked_or_broken_custody_chain_fails(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    """Entries written around the chain (a second entry naming the same predecessor, or one
    naming none that exists) are signed like any revision, and still fail the check."""
    vault, case_id, _ = case
    first = custody.append(vault, case_id, "verified", "first")
    vault.save(custody.KIND, {"action": "verified", "prev": custody.text_hash(first)},
               case_id=case_id)  # fmt: skip
    vault.save(custody.KIND, {"action": "verified", "prev": custody.text_hash(first)},
               case_id=case_id)  # fmt: skip
    out = tmp_path / "forked.zip"
    _export(case, out)
    report = verifier.verify_package(str(out))
    assert any("custody chain" in f and "forked" in f for f in report.failures), report.failures


def test_an_export_to_a_place_that_cannot_be_written_leaves_no_custody_entry(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    vault, case_id, _ = case
    with pytest.raises(package.TargetExists):
        _export(case, tmp_path / "missing-folder" / "case.zip")
    assert vault.items(custody.KIND, case_id) == []
    (tmp_path / "taken.zip").write_bytes(b"mine")
    with pytest.raises(package.TargetExists):
        _export(case, tmp_path / "taken.zip")
    assert (tmp_path / "taken.zip").read_bytes() == b"mine"
    assert vault.items(custody.KIND, case_id) == []


def test_a_genuine_revision_of_another_case_fails_even_in_a_manifest_the_device_signed(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    """The exporting device's own signature over a manifest that lists a revision of another
    case does not make that revision evidence of this one."""
    from vigil.crypto import signed_note
    from vigil.crypto.envelope import signer_name

    vault = case[0]
    other = vault.save("case", {"title": "Another case"}).item
    _export(case, tmp_path / "this.zip")
    package.export(vault, other, tmp_path / "other.zip")
    with zipfile.ZipFile(tmp_path / "this.zip") as a, zipfile.ZipFile(tmp_path / "other.zip") as b:
        data = {n: a.read(n) for n in a.namelist()}
        stolen = next(n for n in b.namelist() if n.startswith("revisions/"))
        data[stolen] = b.read(stolen)
        data[stolen.replace("revisions/", "envelopes/").replace(".note", ".age")] = b.read(
            stolen.replace("revisions/", "envelopes/").replace(".note", ".age")
        )
    manifest = json.loads(data.pop(verifier.MANIFEST).split(b"\n")[0])
    rev_id = stolen[len("revisions/") : -len(".note")]
    body = json.loads(data[stolen].split(b"\n")[0])
    manifest["revisions"].append({"id": rev_id, "item": body["item"], "kind": body["kind"],
                                  "device": body["device"], "seq": body["seq"]})  # fmt: skip
    manifest["files"] = [{"path": n, "sha256": hashlib.sha256(d).hexdigest(), "size": len(d)}
                         for n, d in data.items()]  # fmt: skip
    text = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    note = signed_note.sign(text.encode() + b"\n", signer_name(vault.device),
                            vault.identity.signing_key)  # fmt: skip
    bad = tmp_path / "mixed.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        for name, body_bytes in data.items():
            zf.writestr(name, body_bytes)
        zf.writestr(verifier.MANIFEST, note)
    report = verifier.verify_package(str(bad))
    assert any("another case" in f for f in report.failures), report.failures


def test_members_zip_cannot_read_are_failures_not_crashes(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    """A member whose stored size lies, or whose compressed bytes are damaged, or that
    claims a compression zipfile does not know: named, never an exception."""
    out = tmp_path / "case.zip"
    _export(case, out)
    raw = bytearray(out.read_bytes())
    with zipfile.ZipFile(out) as zf:
        info = zf.getinfo("case.json")  # deflated
        header = info.header_offset
    start = header + 30 + len(info.filename.encode()) + len(info.extra)
    central = raw.find(b"PK\x01\x02")  # the first entry of the central directory: case.json
    for label, at, value in (("damaged deflate", start + 2, raw[start + 2] ^ 0xFF),
                             ("unknown method", central + 10, 99)):  # fmt: skip
        bad = bytearray(raw)
        bad[at] = value
        (tmp_path / "bad.zip").write_bytes(bytes(bad))
        report = verifier.verify_package(str(tmp_path / "bad.zip"))
        assert not report.ok, label


def test_the_export_decrypts_each_revision_and_attachment_once(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Throughput (docs/evidence.md, "Speed"): each revision is opened, verified, once, and
    its signed note kept from that opening; each attachment is decrypted in one pass that
    feeds its hash check and its zip member together."""
    from vigil.crypto import age

    opened: list[int] = []
    real = age.decrypt_io

    def counting(src: object, dst: object, *args: object, **kwargs: object) -> None:
        opened.append(1)
        real(src, dst, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(age, "decrypt_io", counting)
    manifest = _export(case, tmp_path / "case.zip")
    attachments = [f for f in manifest["files"] if f["path"].startswith("attachments/")]
    assert len(attachments) == 2
    assert len(opened) == len(manifest["revisions"]) + len(attachments)
    monkeypatch.undo()
    assert verifier.verify_package(str(tmp_path / "case.zip")).ok


def test_the_revisions_of_a_case_are_read_in_queries_that_do_not_grow_with_it(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    """An export opens every revision of the case: one query for all of them, each author
    device's key looked up once, the receipts and time-stamp tokens of all of them in one
    query each; not a query or two per item and per revision."""
    vault, case_id, _ = case
    tables = ("FROM revisions", "SELECT author_key FROM devices", "FROM receipts",
              "FROM timestamps")  # fmt: skip

    def statements(out: Path) -> dict[str, int]:
        seen: list[str] = []
        vault.conn.set_trace_callback(seen.append)
        try:
            package.export(vault, case_id, out)
        finally:
            vault.conn.set_trace_callback(None)
        return {table: sum(table in s for s in seen) for table in tables}

    _export(case, tmp_path / "first.zip")  # the custody chain's first entry: both have a head
    few = statements(tmp_path / "few.zip")
    vault.save_many([Change("note", {"text": f"more {i}"}, case_id=case_id) for i in range(30)])
    many = statements(tmp_path / "many.zip")
    assert many == few
    assert all(count <= 2 for count in many.values()), many
    with zipfile.ZipFile(tmp_path / "many.zip") as zf:
        notes = [n for n in zf.namelist() if n.startswith("revisions/")]
    assert len(notes) == len(custody.case_revisions(vault, case_id)) >= 30


def test_members_of_encrypted_or_compressed_data_are_stored_not_deflated(
    case: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    """Deflating age ciphertext or a photo costs time and gains nothing."""
    out = tmp_path / "case.zip"
    _export(case, out)
    with zipfile.ZipFile(out) as zf:
        kinds = {i.filename.split("/")[0]: i.compress_type for i in zf.infolist()}
        assert kinds["envelopes"] == zipfile.ZIP_STORED
        assert kinds["attachments"] == zipfile.ZIP_STORED
        assert kinds["case.json"] == zipfile.ZIP_DEFLATED  # text still shrinks


def test_the_verifier_keeps_small_members_within_its_bound(tmp_path: Path) -> None:
    """A hostile package of many small members that inflate well (zeros) must not grow the
    verifier's memory past its bound; members beyond it are read again, same bytes."""
    out = tmp_path / "bomb.zip"
    count = verifier._Package.KEEP // verifier._Package.CHUNK + 4
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(count):
            zf.writestr(f"m{i}", bytes([i % 251]) * verifier._Package.CHUNK)
    report = verifier.Report([], [], [])
    with zipfile.ZipFile(out) as zf:
        pkg = verifier._Package(zf, report)
        for i in range(count):
            size = pkg.digest(f"m{i}")[1]
            assert size == verifier._Package.CHUNK
        assert 0 < sum(map(len, pkg.kept.values())) <= verifier._Package.KEEP
        assert len(pkg.kept) < count
        last = f"m{count - 1}"
        assert last not in pkg.kept
        assert pkg.small(last) == bytes([(count - 1) % 251]) * verifier._Package.CHUNK
        assert hashlib.sha256(pkg.small("m0")).hexdigest() == pkg.digest("m0")[0]
