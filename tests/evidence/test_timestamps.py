"""RFC 3161 time-stamps from a real authority on loopback (``openssl ts -reply``): the tokens
the desk requests verify with ``openssl ts -verify`` and with rfc3161-client, travel in the
evidence package, and a token that was changed or is over another revision fails."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.support import tsa as tsa_support
from vigil.evidence import custody, package, timestamps, verifier
from vigil.vault.store import Vault


@pytest.fixture
def stamped(vault: Vault, tsa: tsa_support.Tsa) -> tuple[Vault, str]:
    case_id = vault.save("case", {"title": "Time from outside"}).item
    vault.save("note", {"text": "Hearing postponed."}, case_id=case_id)
    timestamps.configure(vault, tsa.url, tsa.ca.read_bytes())
    assert timestamps.stamp_case(vault, case_id).revisions == 2
    return vault, case_id


def test_tokens_verify_with_openssl_and_with_rfc3161_client(
    stamped: tuple[Vault, str], tsa: tsa_support.Tsa, tmp_path: Path
) -> None:
    vault, case_id = stamped
    revs = [r for r in custody.case_revisions(vault, case_id) if r.kind != custody.KIND]
    found = timestamps.tokens(vault, [r.id for r in revs])
    assert set(found) == {r.id for r in revs}
    for rev_id, token in found.items():
        path = tmp_path / f"{rev_id}.tsr"
        path.write_bytes(token)
        done = subprocess.run(
            ["openssl", "ts", "-verify", "-digest", rev_id, "-in", str(path),
             "-CAfile", str(tsa.ca), "-untrusted", str(tsa.cert)],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        assert done.returncode == 0 and "Verification: OK" in done.stdout, done.stderr
        assert verifier.timestamp(token, bytes.fromhex(rev_id), tsa.ca.read_bytes()).endswith("Z")
        other = bytes.fromhex(revs[0].id if rev_id != revs[0].id else revs[1].id)
        with pytest.raises(verifier.Invalid, match="another hash"):
            verifier.timestamp(token, other, tsa.ca.read_bytes())
    # The stamping is in the custody log, and asking again asks for nothing new.
    (entry,) = vault.items(custody.KIND, case_id)
    assert entry.payload["action"] == "timestamped" and tsa.url in entry.payload["detail"]
    before = tsa.requests
    assert timestamps.stamp_case(vault, case_id).revisions == 1  # only the custody entry just made
    assert tsa.requests == before + 1


def test_a_token_from_an_untrusted_authority_is_refused(
    vault: Vault, tsa: tsa_support.Tsa, tmp_path: Path
) -> None:
    other_ca, _ = tsa_support.make_keys(_folder(tmp_path / "other"))
    case_id = vault.save("case", {"title": "Wrong roots"}).item
    timestamps.configure(vault, tsa.url, other_ca.read_bytes())
    with pytest.raises(timestamps.TsaError, match="refused"):
        timestamps.stamp_case(vault, case_id)
    assert timestamps.tokens(vault, [vault.get(case_id).head]) == {}  # type: ignore[union-attr]


def _folder(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


def test_the_package_carries_the_tokens_and_a_changed_token_fails(
    stamped: tuple[Vault, str], tmp_path: Path
) -> None:
    vault, case_id = stamped
    out = tmp_path / "stamped.zip"
    package.export(vault, case_id, out)
    report = verifier.verify_package(str(out))
    assert report.ok, report.failures
    assert any("RFC 3161 time-stamping authority signed" in p for p in report.proves)
    with zipfile.ZipFile(out) as zin:
        data = {n: zin.read(n) for n in zin.namelist()}
    name = next(n for n in data if n.startswith("timestamps/"))
    token = data[name]
    data[name] = token[:-40] + bytes([token[-40] ^ 1]) + token[-39:]
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(bad, "w") as zout:
        for member, body in data.items():
            zout.writestr(member, body)
    report = verifier.verify_package(str(bad))
    assert any(name in f for f in report.failures), report.failures
