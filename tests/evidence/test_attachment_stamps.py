"""RFC 3161 tokens over each attachment's own plaintext SHA-256 (docs/evidence.md, "Time from
outside the organisation"): asked for with the case's revisions, kept with the case, carried
in the package (format version 2) and checked there against the attachment's bytes, so that a
third party runs ``openssl ts -verify -data`` on the attachment file itself. A token over
another hash, moved to another attachment, removed or added is named; a redacted attachment's
token is listed as not checkable, never dropped; a package of the previous version still
verifies.

A real ``openssl ts`` authority on loopback; the tampered packages are re-signed with the
exporting device's own key, so only the token checks can catch them."""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from pathlib import Path

import httpx
import pytest

from tests.support import tsa as tsa_support
from vigil.crypto import signed_note
from vigil.crypto.envelope import signer_name
from vigil.evidence import package, timestamps, verifier
from vigil.vault.store import Vault

PHOTO = b"\xff\xd8 a photo of the courtroom " * 300
LETTER = b"%PDF-1.4 the detention order " * 200
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def stamped(
    vault: Vault, tsa: tsa_support.Tsa, tmp_path: Path
) -> tuple[Vault, str, dict[str, str]]:
    case_id = vault.save("case", {"title": "Stamped attachments"}).item
    vault.save("note", {"text": "Photo taken outside the court."}, case_id=case_id)
    ids: dict[str, str] = {}
    for label, data in (("photo", PHOTO), ("letter", LETTER)):
        path = tmp_path / f"{label}.bin"
        path.write_bytes(data)
        ids[label] = vault.add_attachment(case_id, path).item
    timestamps.configure(vault, tsa.url, tsa.ca.read_bytes())
    timestamps.stamp_case(vault, case_id)
    return vault, case_id, ids


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _openssl_verify(token: Path, ca: Path, *what: str) -> subprocess.CompletedProcess[str]:
    """The check docs/evidence.md gives a lawyer: the roots and the token, nothing else."""
    command = ["openssl", "ts", "-verify", *what, "-in", str(token), "-CAfile", str(ca)]
    return subprocess.run(command, capture_output=True, text=True, timeout=30, check=False)


def test_each_attachment_is_stamped_over_its_own_plaintext_sha256(
    stamped: tuple[Vault, str, dict[str, str]], tsa: tsa_support.Tsa, tmp_path: Path
) -> None:
    vault, case_id, _ = stamped
    found = timestamps.tokens(vault, [_sha(PHOTO), _sha(LETTER)])
    assert set(found) == {_sha(PHOTO), _sha(LETTER)}
    for data, token in ((PHOTO, found[_sha(PHOTO)]), (LETTER, found[_sha(LETTER)])):
        (tmp_path / "file").write_bytes(data)
        (tmp_path / "t.tsr").write_bytes(token)
        done = _openssl_verify(tmp_path / "t.tsr", tsa.ca, "-data", str(tmp_path / "file"))
        assert done.returncode == 0 and "Verification: OK" in done.stdout, done.stderr
        assert verifier.timestamp(token, hashlib.sha256(data).digest(), tsa.ca.read_bytes())
    # The other file's bytes do not match it.
    (tmp_path / "file").write_bytes(PHOTO + b"x")
    assert _openssl_verify(tmp_path / "t.tsr", tsa.ca, "-data", str(tmp_path / "file")).returncode
    # Asked once: stamping again asks only for the custody entry the first stamping made.
    before = tsa.requests
    timestamps.stamp_case(vault, case_id)
    assert tsa.requests == before + 1


def test_the_package_carries_them_and_verify_reports_each_attachment(
    stamped: tuple[Vault, str, dict[str, str]], tsa: tsa_support.Tsa, tmp_path: Path
) -> None:
    vault, case_id, ids = stamped
    out = tmp_path / "case.zip"
    manifest = package.export(vault, case_id, out)
    assert manifest["version"] == 2
    assert manifest["attachment_tokens"] == [{"item": ids["photo"]}, {"item": ids["letter"]}]
    report = verifier.verify_package(str(out))
    assert report.ok, report.failures
    for label in ("photo", "letter"):
        (line,) = [p for p in report.proves if p.startswith(f"attachments/{ids[label]}/")
                   and "existed by" in p]  # fmt: skip
        assert "per the TSA" in line and "own clock said" in line, line
    # By hand, from the package alone: the token, the roots it ships, the attachment file.
    with zipfile.ZipFile(out) as zf:
        for label in ("photo", "letter"):
            member = next(n for n in zf.namelist() if n.startswith(f"attachments/{ids[label]}/"))
            (tmp_path / label).write_bytes(zf.read(member))
            (tmp_path / f"{label}.tsr").write_bytes(
                zf.read(f"timestamps/attachments/{ids[label]}.tsr")
            )
        (tmp_path / "roots.pem").write_bytes(zf.read(verifier.TSA_ROOTS))
    for label in ("photo", "letter"):
        done = _openssl_verify(tmp_path / f"{label}.tsr", tmp_path / "roots.pem",
                               "-data", str(tmp_path / label))  # fmt: skip
        assert done.returncode == 0 and "Verification: OK" in done.stdout, done.stderr


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _resigned(vault: Vault, data: dict[str, bytes], out: Path, **changes: object) -> Path:
    """The package rewritten and its manifest re-signed by the exporting device's own key:
    the member hashes all match, so only the token checks can tell."""
    data = dict(data)
    manifest = json.loads(data.pop(verifier.MANIFEST).split(b"\n")[0])
    manifest.update(changes)
    manifest["files"] = [{"path": n, "sha256": _sha(d), "size": len(d)} for n, d in data.items()]
    text = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    note = signed_note.sign(text.encode() + b"\n", signer_name(vault.device),
                            vault.identity.signing_key)  # fmt: skip
    with zipfile.ZipFile(out, "w") as zf:
        for name, body in data.items():
            zf.writestr(name, body)
        zf.writestr(verifier.MANIFEST, note)
    return out


def test_tokens_over_another_hash_moved_removed_or_added_are_named(
    stamped: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    vault, case_id, ids = stamped
    out = tmp_path / "case.zip"
    package.export(vault, case_id, out)
    data = _members(out)
    photo, letter = (f"timestamps/attachments/{ids[k]}.tsr" for k in ("photo", "letter"))
    revision_token = next(n for n in data if n.startswith("timestamps/") and n.count("/") == 1)

    def failures(**changes: object) -> list[str]:
        bad = _resigned(vault, changes.pop("members"), tmp_path / "bad.zip", **changes)  # type: ignore[arg-type]
        report = verifier.verify_package(str(bad))
        bad.unlink()
        assert not report.ok
        return report.failures

    # The two attachments' tokens swapped: each is over the other's bytes.
    swapped = {**data, photo: data[letter], letter: data[photo]}
    found = failures(members=swapped)
    assert any(photo in f and "another hash" in f for f in found), found
    assert any(letter in f and "another hash" in f for f in found), found
    # A revision's token put in an attachment's place.
    found = failures(members={**data, photo: data[revision_token]})
    assert any(photo in f and "another hash" in f for f in found), found
    # The token removed, the manifest still listing it as included.
    found = failures(members={n: d for n, d in data.items() if n != photo})
    assert any(photo in f and "missing" in f for f in found), found
    # A token the manifest's list does not name (added).
    listed = [{"item": ids["letter"]}]
    found = failures(members=data, attachment_tokens=listed)
    assert any(photo in f and "does not list" in f for f in found), found
    # A token for an attachment the package does not hold.
    ghost = "ab" * 16
    found = failures(members={**data, f"timestamps/attachments/{ghost}.tsr": data[photo]},
                     attachment_tokens=[{"item": ids["photo"]}, {"item": ids["letter"]},
                                        {"item": ghost}])  # fmt: skip
    assert any(ghost in f and "does not hold" in f for f in found), found
    # Listed as redacted while the attachment and its token are there.
    found = failures(members=data, attachment_tokens=[{"item": ids["photo"], "redacted": True},
                                                      {"item": ids["letter"]}])  # fmt: skip
    assert any(ids["photo"] in f and "redacted" in f for f in found), found
    # The list itself malformed.
    found = failures(members=data, attachment_tokens="all of them")
    assert any("attachment_tokens" in f for f in found), found
    # Without the roots nothing can be checked: named, not passed over.
    found = failures(members={n: d for n, d in data.items() if n != verifier.TSA_ROOTS})
    assert any(verifier.TSA_ROOTS in f for f in found), found
    # The untouched package, re-signed the same way, still verifies (the checks above are
    # the token checks, not the re-signing).
    good = _resigned(vault, data, tmp_path / "good.zip")
    assert verifier.verify_package(str(good)).ok


def test_a_redacted_attachment_keeps_its_token_listed_as_not_checkable(
    stamped: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    vault, case_id, ids = stamped
    out = tmp_path / "redacted.zip"
    manifest = package.export(vault, case_id, out, [ids["photo"]])
    assert {"item": ids["photo"], "redacted": True} in manifest["attachment_tokens"]
    data = _members(out)
    assert f"timestamps/attachments/{ids['photo']}.tsr" not in data
    # Nothing in the package names the left-out photo's hash (a known photo could be found
    # by it): not the manifest, not the report, not a token.
    everything = b"".join(d for n, d in data.items() if n != "verify.py")
    assert _sha(PHOTO).encode() not in everything
    assert hashlib.sha256(PHOTO).digest() not in everything
    report = verifier.verify_package(str(out))
    assert report.ok, report.failures
    (line,) = [u for u in report.unproven if ids["photo"] in u and "time-stamp" in u]
    assert "not checkable" in line and "redacted" in line
    assert any(p.startswith(f"attachments/{ids['letter']}/") and "existed by" in p
               for p in report.proves)  # fmt: skip


def test_a_package_of_the_previous_version_still_verifies() -> None:
    """A real version 1 package, written by the exporter before attachments had tokens of
    their own (one revision token per revision, an attachment, a custody chain)."""
    report = verifier.verify_package(str(FIXTURES / "package-v1.zip"))
    assert report.ok, report.failures
    text = verifier.render(report)
    assert "3 revisions existed by the times an RFC 3161" in text
    assert "the evidentiary original" in text


def test_a_manifest_of_an_unknown_version_or_without_its_token_list_fails(
    stamped: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    vault, case_id, _ = stamped
    out = tmp_path / "case.zip"
    package.export(vault, case_id, out)
    data = _members(out)
    report = verifier.verify_package(str(_resigned(vault, data, tmp_path / "v3.zip", version=3)))
    assert any("version" in f for f in report.failures), report.failures
    report = verifier.verify_package(
        str(_resigned(vault, data, tmp_path / "none.zip", attachment_tokens=None))
    )
    assert any("attachment_tokens" in f for f in report.failures), report.failures


def test_hostile_token_lists_and_members_are_named(
    stamped: tuple[Vault, str, dict[str, str]], tsa: tsa_support.Tsa, tmp_path: Path
) -> None:
    """Found as an attacker holding the exporting device's key: each shape is a failure by
    name, never a pass and never a crash."""
    vault, case_id, ids = stamped
    out = tmp_path / "case.zip"
    package.export(vault, case_id, out)
    data = _members(out)
    both = [{"item": ids["photo"]}, {"item": ids["letter"]}]

    def failures(members: dict[str, bytes], **changes: object) -> list[str]:
        report = verifier.verify_package(str(_resigned(vault, members, tmp_path / "b.zip",
                                                       **changes)))  # fmt: skip
        assert not report.ok
        return report.failures

    # A second file planted under the photo's item, with a genuine token over its own bytes
    # in the photo's place: the photo still matches its signed original, and "existed by"
    # would speak of the planted file.
    planted, other = f"attachments/{ids['photo']}/zz-other.jpg", b"another picture"
    with httpx.Client(timeout=30) as client:
        authority = timestamps.Authority(tsa.url, tsa.ca.read_bytes())
        token, _ = timestamps.request(authority, _sha(other), client)
    found = failures({**data, planted: other, f"timestamps/attachments/{ids['photo']}.tsr": token})
    assert any("more than one member" in f and ids["photo"] in f for f in found), found
    # The same attachment listed twice; a "redacted" that is not true; keys of its own.
    found = failures(data, attachment_tokens=[*both, {"item": ids["photo"]}])
    assert any("twice" in f for f in found), found
    for odd in ({"item": ids["photo"], "redacted": "no"}, {"item": ids["photo"], "time": "x"}):
        found = failures(data, attachment_tokens=[odd, both[1]])
        assert any("attachment_tokens list is malformed" in f for f in found), (odd, found)


def test_a_token_from_another_authority_over_the_right_hash_fails(
    stamped: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    """A real RFC 3161 token over the photo's very hash, from an authority of the forger's
    own (any time it likes): it does not chain to the package's roots."""
    vault, case_id, ids = stamped
    out = tmp_path / "case.zip"
    package.export(vault, case_id, out)
    data = _members(out)
    forger = tsa_support.start(tmp_path / "forger")
    try:
        with httpx.Client(timeout=30) as client:
            authority = timestamps.Authority(forger.url, forger.ca.read_bytes())
            token, _ = timestamps.request(authority, _sha(PHOTO), client)
    finally:
        forger.stop()
    path = f"timestamps/attachments/{ids['photo']}.tsr"
    report = verifier.verify_package(str(_resigned(vault, {**data, path: token},
                                                   tmp_path / "forged.zip")))  # fmt: skip
    assert any(path in f and "does not verify" in f for f in report.failures), report.failures
    assert not any(p.startswith(f"attachments/{ids['photo']}/") and "existed by" in p
                   for p in report.proves)  # fmt: skip


def test_the_report_for_people_gives_each_attachments_tsa_time(
    stamped: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    from tests.support.tools import need_tools

    need_tools("pdftotext", debs="poppler-utils")
    vault, case_id, _ = stamped
    out = tmp_path / "case.zip"
    package.export(vault, case_id, out)
    with zipfile.ZipFile(out) as zf:
        (tmp_path / "report.pdf").write_bytes(zf.read("report.pdf"))
    command = ["pdftotext", "-enc", "UTF-8", str(tmp_path / "report.pdf"), "-"]
    text = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60).stdout
    flat = " ".join(text.split())
    for data in (PHOTO, LETTER):
        at = flat.index(_sha(data))
        assert "existed by 20" in flat[at : at + 200] and "per the TSA" in flat[at : at + 200]


def test_a_field_redaction_keeps_the_attachments_tokens_checkable_against_the_file(
    stamped: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    """--redact attachment.name leaves out every attachment revision (their signatures no
    longer hold) but keeps the files: each token is still checked against the file's bytes,
    and the report says the signed revision is not there to date it by the device's clock."""
    vault, case_id, ids = stamped
    out = tmp_path / "fields.zip"
    manifest = package.export(vault, case_id, out, ["attachment.name"])
    assert manifest["attachment_tokens"] == [{"item": ids["photo"]}, {"item": ids["letter"]}]
    report = verifier.verify_package(str(out))
    assert report.ok, report.failures
    for label in ("photo", "letter"):
        (line,) = [p for p in report.proves if p.startswith(f"attachments/{ids[label]}/")
                   and "existed by" in p]  # fmt: skip
        assert "its signed revision is not in this package" in line


def test_a_version_2_package_relabelled_version_1_fails_on_its_attachment_tokens(
    stamped: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    """Downgraded so that the attachment-token checks would not run: under version 1 those
    members are revision tokens of revisions the package does not hold, and fail."""
    vault, case_id, ids = stamped
    out = tmp_path / "case.zip"
    package.export(vault, case_id, out)
    bad = _resigned(vault, _members(out), tmp_path / "v1.zip", version=1)
    report = verifier.verify_package(str(bad))
    path = f"timestamps/attachments/{ids['photo']}.tsr"
    assert any(path in f and "does not hold" in f for f in report.failures), report.failures


def test_each_attachment_line_names_the_whole_fingerprint_of_the_roots_it_trusted(
    stamped: tuple[Vault, str, dict[str, str]], tsa: tsa_support.Tsa, tmp_path: Path
) -> None:
    """Whoever re-signs a package can ship roots and tokens of an authority of their own;
    what tells the reader is the roots' fingerprint, compared with the TSA's published one,
    so it is given whole (a prefix could be matched by a made-up root)."""
    vault, case_id, ids = stamped
    out = tmp_path / "case.zip"
    package.export(vault, case_id, out)
    report = verifier.verify_package(str(out))
    whole = hashlib.sha256(tsa.ca.read_bytes()).hexdigest()
    (line,) = [p for p in report.proves if p.startswith(f"attachments/{ids['photo']}/")
               and "existed by" in p]  # fmt: skip
    assert f"SHA-256 {whole})" in line, line


def test_tokens_of_an_authority_since_changed_or_cleared_still_travel_and_verify(
    stamped: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    """HQ changes its authority, then clears it: the tokens kept under the first (and the
    second) still go into every package with their roots, and still verify. (The export
    failed outright once the authority had changed, and left every token out, silently,
    once it was cleared.)"""
    vault, case_id, ids = stamped
    second = tsa_support.start(tmp_path / "second")
    try:
        timestamps.configure(vault, second.url, second.ca.read_bytes())
        later = tmp_path / "later.bin"
        later.write_bytes(b"a later scan " * 100)
        ids["later"] = vault.add_attachment(case_id, later).item
        assert timestamps.stamp_case(vault, case_id).attachments == 1
    finally:
        second.stop()
    for step in ("changed", "cleared"):
        if step == "cleared":
            assert timestamps.clear(vault)
        out = tmp_path / f"{step}.zip"
        manifest = package.export(vault, case_id, out)
        assert [e["item"] for e in manifest["attachment_tokens"]] == [
            ids["photo"], ids["letter"], ids["later"]
        ], step
        report = verifier.verify_package(str(out))
        assert report.ok, (step, report.failures)
        for label in ("photo", "letter", "later"):
            assert any(p.startswith(f"attachments/{ids[label]}/") and "existed by" in p
                       for p in report.proves), (step, label)  # fmt: skip
        # By hand too: openssl, with the package's one roots file holding both authorities'.
        data = _members(out)
        (tmp_path / "roots.pem").write_bytes(data[verifier.TSA_ROOTS])
        for label in ("photo", "later"):
            member = next(n for n in data if n.startswith(f"attachments/{ids[label]}/"))
            (tmp_path / "file").write_bytes(data[member])
            (tmp_path / "t.tsr").write_bytes(data[f"timestamps/attachments/{ids[label]}.tsr"])
            done = _openssl_verify(tmp_path / "t.tsr", tmp_path / "roots.pem",
                                   "-data", str(tmp_path / "file"))  # fmt: skip
            assert "Verification: OK" in done.stdout, (step, label, done.stderr)
