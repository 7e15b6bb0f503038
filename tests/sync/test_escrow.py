"""HQ escrow end to end, on a real server over loopback TLS with the real Secret Service: a
field worker who lost both the passphrase and the recovery key gets the vault back with a
one-time code from HQ; turning escrow off makes a code HQ already holds useless."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Cli, enrolled_field, make_cli
from tests.support.escrow import NEW_PASSPHRASE, SECRET_TITLE
from tests.support.server import ServerProcess
from tests.support.vaults import PASSPHRASE
from vigil.crypto.errors import VigilError
from vigil.sync import escrow
from vigil.vault.store import Vault

pytestmark = pytest.mark.e2e  # whole devices against a real server


@pytest.fixture(scope="module")
def hq(server: ServerProcess, secret_service: Any, tmp_path_factory: pytest.TempPathFactory) -> Cli:
    desk = make_cli(tmp_path_factory.mktemp("desk"), "hq")
    desk("hq", "init", server.admin_code)
    return desk


@pytest.mark.slow  # whole devices through escrow and recovery
def test_hq_recovers_a_vault_whose_passphrase_and_recovery_key_are_lost(
    hq: Cli, server: ServerProcess, tmp_path: Path
) -> None:
    field, device_id, old_recovery = enrolled_field(tmp_path, hq, "field")
    field("case", "add", "--title", SECRET_TITLE)
    assert field("escrow", "status").last_line == "off"
    on = field("escrow", "enable")
    assert "anyone who seizes HQ's key" in on.stderr
    assert field("escrow", "status").last_line == "on"

    # Both keys are lost. HQ opens the sealed escrow with its own identity.
    code = hq("hq", "escrow", "recover", device_id).last_line
    assert "safe channel" in hq("hq", "escrow", "recover", device_id).stderr
    # the server holds the envelope, never the code
    stored = b"".join(p.read_bytes() for p in server.data.rglob("*") if p.is_file())
    assert code.encode() not in stored and code.replace("-", "").encode() not in stored

    code_file = tmp_path / "code.txt"
    code_file.write_text(code + "\n")
    new_file = tmp_path / "new.txt"
    new_file.write_bytes(NEW_PASSPHRASE + b"\n")
    done = field(
        "escrow", "recover", "--code-file", str(code_file), "--new-passphrase-file", str(new_file),
        passphrase=False,
    )  # fmt: skip
    new_recovery = done.last_line.strip()
    assert new_recovery != old_recovery and len(new_recovery.split("-")) == 9

    # the new passphrase and the new recovery key open it, with the case in it
    with Vault.open(field.vault, NEW_PASSPHRASE) as vault:
        assert [c.payload["title"] for c in vault.items("case")] == [SECRET_TITLE]
    Vault.open_with_recovery(field.vault, new_recovery).close()
    # the old ones do not, and the code was good once
    with pytest.raises(VigilError):
        Vault.open(field.vault, PASSPHRASE)
    with pytest.raises(VigilError):
        Vault.open_with_recovery(field.vault, old_recovery)
    again = field(
        "escrow", "recover", "--code-file", str(code_file), "--new-passphrase-file", str(new_file),
        passphrase=False, check=False,
    )  # fmt: skip
    assert again.returncode != 0 and "no escrow" in again.stderr
    assert not (field.vault / escrow.WRAP_FILE).exists()


def test_disable_removes_the_envelope_and_a_fetched_code_no_longer_opens(
    hq: Cli, tmp_path: Path
) -> None:
    field, device_id, _ = enrolled_field(tmp_path, hq, "changed-mind")
    field("escrow", "enable")
    code = hq("hq", "escrow", "recover", device_id).last_line  # HQ fetched a copy
    off = field("escrow", "disable")
    assert "server's copy is removed" in off.stdout and "cannot be recalled" in off.stderr
    gone = hq("hq", "escrow", "recover", device_id, check=False)
    assert gone.returncode == 1 and "no escrow envelope" in gone.stderr
    with pytest.raises(VigilError, match="no escrow"):
        escrow.recover(field.vault, code, NEW_PASSPHRASE)
    # the vault still opens as before
    Vault.open(field.vault, PASSPHRASE).close()


def test_escrow_key_goes_first_in_a_wipe_and_a_wrong_code_is_refused(
    hq: Cli, tmp_path: Path
) -> None:
    field, device_id, _ = enrolled_field(tmp_path, hq, "wiped")
    field("escrow", "enable")
    code = hq("hq", "escrow", "recover", device_id).last_line
    other, other_id, _ = enrolled_field(tmp_path, hq, "other")
    other("escrow", "enable")
    other_code = hq("hq", "escrow", "recover", other_id).last_line
    with pytest.raises(VigilError, match="does not open this vault"):
        escrow.recover(field.vault, other_code, NEW_PASSPHRASE)
    field("wipe", "--yes", passphrase=False)
    with pytest.raises(VigilError):
        escrow.recover(field.vault, code, NEW_PASSPHRASE)
    assert not field.vault.exists()
