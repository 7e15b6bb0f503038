"""The one core unlock (vigil/unlock.py) that the app and the command line share: wrong
passphrases count toward the wipe-after-failures setting from the command line too, a right
one clears the count, the recovery key prepares sync like any other way in, and a vault that is
not enrolled is opened without importing the sync client."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.support.vaults import PASSPHRASE
from vigil import cli
from vigil.crypto.errors import WrongPassphrase
from vigil.sync import outbox
from vigil.unlock import Passphrase, RecoveryKey, failures, unlock
from vigil.vault import layout
from vigil.vault.store import Vault


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and logs of this test only; the settings ask for a wipe after 3 failures."""
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({"wipe_after_failures": 3}))
    monkeypatch.setenv("VIGIL_CONFIG_DIR", str(config))
    monkeypatch.setenv("VIGIL_LOG_DIR", str(tmp_path / "logs"))
    wrong = tmp_path / "wrong.txt"
    wrong.write_bytes(b"not the passphrase at all\n")
    right = tmp_path / "right.txt"
    right.write_bytes(PASSPHRASE + b"\n")
    return tmp_path


def _list(vault_path: Path, secret: Path) -> int:
    return cli.main(["--vault", str(vault_path), "--passphrase-file", str(secret), "case", "list"])


def test_cli_wrong_passphrases_count_and_wipe_at_the_limit(
    vault: Vault, home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = vault.path
    vault.close()
    assert _list(path, home / "wrong.txt") == WrongPassphrase.exit_code
    assert _list(path, home / "wrong.txt") == WrongPassphrase.exit_code
    assert failures(path) == 2 and (path / layout.HEADER).exists()
    assert _list(path, home / "wrong.txt") == 3
    assert "wiped" in capsys.readouterr().err
    assert not (path / layout.HEADER).exists() and not (path / layout.DB).exists()


def test_a_right_passphrase_clears_the_count(vault: Vault, home: Path) -> None:
    path = vault.path
    vault.close()
    for _ in range(2):
        assert _list(path, home / "wrong.txt") == WrongPassphrase.exit_code
    assert _list(path, home / "right.txt") == 0
    assert failures(path) == 0 and not (path / layout.UNLOCK_FAILURES).exists()
    for _ in range(2):
        assert _list(path, home / "wrong.txt") == WrongPassphrase.exit_code
    assert (path / layout.HEADER).exists()  # 2 in a row, not 4


def test_no_limit_counts_nothing(vault: Vault, tmp_path: Path) -> None:
    path = vault.path
    vault.close()
    with pytest.raises(WrongPassphrase):
        unlock(path, Passphrase(b"wrong passphrase"), wipe_after=0)
    assert not (path / layout.UNLOCK_FAILURES).exists()


def _enrol_offline(vault: Vault) -> None:
    """What enrolment pins (no server needed to check that an unlock prepares sync)."""
    hq_age = str(pyrage.x25519.Identity.generate().to_public())
    hq_key = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    config = {"url": "https://127.0.0.1:9", "pin": "sha256/" + "A" * 43 + "=", "role": "field",
              "org": "test", "device_id": "d" * 32, "hq_age": [hq_age],
              "hq_ed25519": [base64.b64encode(hq_key).decode()]}  # fmt: skip
    vault.set_meta("sync", json.dumps(config))


def test_recovery_prepares_sync_like_every_way_in(new_vault: tuple[Vault, str]) -> None:
    vault, recovery_key = new_vault
    _enrol_offline(vault)
    path = vault.path
    vault.close()
    opened = unlock(path, RecoveryKey(recovery_key, b"a new passphrase, long enough"))
    with opened.vault as again:
        again.save("case", {"title": "Saved right after recovering"})
        assert len(outbox.queued(path)) == 1  # the outbox was attached: HQ will get it
    with pytest.raises(WrongPassphrase):
        unlock(path, Passphrase(PASSPHRASE))
    unlock(path, Passphrase(b"a new passphrase, long enough")).vault.close()


def test_an_unenrolled_vault_opens_without_the_sync_client(vault: Vault) -> None:
    vault.save("case", {"title": "Local only"})
    path = vault.path
    vault.close()
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from vigil.unlock import Passphrase, unlock\n"
        f"opened = unlock(Path({str(path)!r}), Passphrase({PASSPHRASE!r}))\n"
        "from vigil.vault.listing import case_rows\n"
        "rows = case_rows(opened.vault)\n"
        "assert [r.title for r in rows] == ['Local only'], rows\n"
        "opened.vault.close()\n"
        "heavy = [m for m in ('httpx', 'keyring', 'vigil.sync.client') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
