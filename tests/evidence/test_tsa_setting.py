"""Setting the RFC 3161 authority (``vigil evidence tsa`` and the app's HQ desk, through
``timestamps.configure_from_file``): each bad address and each bad roots file is refused with
its own words and changes nothing; only the certificates are kept; clearing forgets it; the
outcome of the last stamping is kept to be shown."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.support import tsa as tsa_support
from tests.support.cli import Cli
from vigil.crypto.errors import BadArgument
from vigil.evidence import timestamps
from vigil.vault.store import Vault


@pytest.fixture
def ca(tmp_path: Path) -> Path:
    (tmp_path / "keys").mkdir()
    root, _ = tsa_support.make_keys(tmp_path / "keys")
    return root


@pytest.mark.parametrize(
    ("address", "words"),
    [
        ("", timestamps.BAD_ADDRESS),
        ("tsa.example.org/tsr", timestamps.BAD_ADDRESS),
        ("https://", timestamps.BAD_ADDRESS),
        ("ftp://tsa.example.org/", timestamps.BAD_ADDRESS),
        ("https://tsa example.org/", timestamps.BAD_ADDRESS),
        ("https://tsa.example.org/\x1b[2J", timestamps.BAD_ADDRESS),
        ("https://tsa.example.org/" + "a" * 2000, timestamps.BAD_ADDRESS),
        ("https://user:secret@tsa.example.org/tsr", timestamps.ADDRESS_WITH_SECRET),
    ],
)
def test_a_bad_address_is_refused_and_nothing_is_set(
    vault: Vault, ca: Path, address: str, words: str
) -> None:
    with pytest.raises(timestamps.TsaSettingRefused) as refused:
        timestamps.configure_from_file(vault, address, ca)
    assert refused.value.words == words and str(refused.value) == words
    assert refused.value.exit_code == 2 and isinstance(refused.value, BadArgument)
    assert timestamps.authority(vault) is None


def test_each_bad_roots_file_says_what_is_wrong_and_keeps_the_old_setting(
    vault: Vault, ca: Path, tmp_path: Path
) -> None:
    timestamps.configure_from_file(vault, "https://tsa.example.org/tsr", ca)
    before = timestamps.authority(vault)
    missing = tmp_path / "nowhere.pem"
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    big = tmp_path / "big.pem"
    big.write_bytes(ca.read_bytes() + b"#" * timestamps.MAX_ROOTS)
    with_key = tmp_path / "with-key.pem"
    with_key.write_bytes(ca.read_bytes() + (ca.parent / "tsa.key").read_bytes())
    cases = [
        (missing, timestamps.ROOTS_UNREADABLE, str(missing)),
        (tmp_path, timestamps.ROOTS_UNREADABLE, str(tmp_path)),  # a folder
        (junk, timestamps.ROOTS_NOT_PEM, ""),
        (big, timestamps.ROOTS_TOO_BIG, str(big)),
        (with_key, timestamps.ROOTS_WITH_KEY, ""),
    ]
    for path, words, named in cases:
        with pytest.raises(timestamps.TsaSettingRefused) as refused:
            timestamps.configure_from_file(vault, "https://other.example.org/", path)
        assert refused.value.words == words, path
        assert named in str(refused.value)
        assert timestamps.authority(vault) == before
    assert b"PRIVATE KEY" not in repr(timestamps.authority(vault)).encode()


def test_only_the_certificates_are_kept_and_text_around_them_is_no_trouble(
    vault: Vault, ca: Path, tmp_path: Path
) -> None:
    # A bundle as distributions write them: comments, some not ASCII, around the PEM block.
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes("# Türkiye Test TSA Root — ünïcode\n".encode() + ca.read_bytes() + b"\n")
    tsa = timestamps.configure_from_file(vault, "  https://tsa.example.org/tsr ", bundle)
    assert tsa.url == "https://tsa.example.org/tsr"
    assert tsa.roots == ca.read_bytes()  # only the certificate, as PEM
    assert timestamps.authority(vault) == tsa
    assert tsa.fingerprint == hashlib.sha256(ca.read_bytes()).hexdigest()


def test_clear_forgets_the_authority_and_the_tokens_stay(
    vault: Vault, tsa: tsa_support.Tsa
) -> None:
    case_id = vault.save("case", {"title": "Stamped, then no authority"}).item
    timestamps.configure_from_file(vault, tsa.url, tsa.ca)
    assert timestamps.last_result(vault) is None
    assert timestamps.stamp_case(vault, case_id).total == 1
    when, added, error = timestamps.last_result(vault) or ("", -1, "?")
    assert when.endswith("Z") and added == 1 and error == ""
    head = vault.get(case_id).head  # type: ignore[union-attr]
    assert timestamps.clear(vault) is True
    assert timestamps.authority(vault) is None and timestamps.clear(vault) is False
    assert list(timestamps.tokens(vault, [head])) == [head]
    with pytest.raises(timestamps.TsaNotConfigured):
        timestamps.stamp_case(vault, case_id)


def test_a_stamping_that_stops_is_kept_as_the_last_result(
    vault: Vault, tsa: tsa_support.Tsa
) -> None:
    case_id = vault.save("case", {"title": "Authority down"}).item
    timestamps.configure_from_file(vault, tsa.url, tsa.ca)
    tsa.down = True
    with pytest.raises(timestamps.TsaError, match="503"):
        timestamps.stamp_case(vault, case_id)
    last = timestamps.last_result(vault)
    assert last is not None and last[1] == 0 and "503" in last[2]


def test_the_command_shows_the_last_stamping(cli: Cli, tsa: tsa_support.Tsa) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "Stamped by the command").last_line
    cli("evidence", "tsa", tsa.url, "--roots", str(tsa.ca))
    assert "Last stamping" not in cli("evidence", "tsa").stdout
    cli("evidence", "timestamp", case_id)
    shown = cli("evidence", "tsa").stdout
    assert "Last stamping, " in shown and ": 1 tokens added." in shown
    tsa.down = True
    cli("note", "add", case_id, "--text", "Later.")
    assert cli("evidence", "timestamp", case_id, check=False).returncode != 0
    shown = cli("evidence", "tsa").stdout
    assert ": 0 tokens added. Stopped: " in shown and "503" in shown


def test_the_command_sets_clears_and_shows_the_last_result(
    cli: Cli, tmp_path: Path, ca: Path
) -> None:
    cli.init()
    key = tmp_path / "key.pem"
    key.write_bytes(ca.read_bytes() + (ca.parent / "tsa.key").read_bytes())
    bad = cli("evidence", "tsa", "https://tsa.example.org/", "--roots", str(key), check=False)
    assert bad.returncode == 2 and "private key" in bad.stderr
    secret = cli("evidence", "tsa", "https://u:p@tsa.example.org/", "--roots", str(ca),
                 check=False)  # fmt: skip
    assert secret.returncode == 2 and "user name or password" in secret.stderr
    assert "u:p@" not in secret.stderr
    cli("evidence", "tsa", "https://tsa.example.org/", "--roots", str(ca))
    both = cli("evidence", "tsa", "https://tsa.example.org/", "--clear", check=False)
    assert both.returncode == 2 and "--clear alone" in both.stderr
    cleared = cli("evidence", "tsa", "--clear")
    assert "cleared" in cleared.stdout and "Tokens already kept stay" in cleared.stdout
    assert "No time-stamping authority is set." in cli("evidence", "tsa").stdout
    assert "was set" in cli("evidence", "tsa", "--clear").stdout
