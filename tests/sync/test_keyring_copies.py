"""The keyring dead end (issue 20): a vault folder owns its keyring entries, on a real server
over loopback TLS with the credentials in the real Secret Service.

A copy restored from a backup (what a careful person does to test a backup) is a different
vault for the keyring and a new device for sync: wiping it leaves the original's entries, and
it enrols with a code of its own. A vault whose credential is gone (a reset keyring, a folder
carried to another computer) is told how to enrol again, and does after a plain question.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Cli, enrolled_field, make_cli
from tests.support.server import ServerProcess
from vigil.sync.credentials import KeyringStore
from vigil.vault.store import read_header

pytestmark = pytest.mark.e2e  # whole devices against a real server


@pytest.fixture(scope="module")
def hq(server: ServerProcess, secret_service: Any, tmp_path_factory: pytest.TempPathFactory) -> Cli:
    desk = make_cli(tmp_path_factory.mktemp("desk"), "hq")
    desk("hq", "init", server.admin_code)
    return desk


def _restored_copy(field: Cli, tmp_path: Path) -> Cli:
    """What a careful person does: a backup, restored into another folder to test it."""
    backup, identity = tmp_path / "field.vigil", tmp_path / "identity.txt"
    field("backup", "--out", str(backup))
    field("identity", "export", "--out", str(identity))
    copy = Cli(tmp_path / "restored", field.passphrase_file, field.home)
    copy("restore", str(backup), "--identity-file", str(identity))
    return copy


@pytest.mark.slow  # two devices, a backup, a restore and a wipe
def test_wiping_a_restored_copy_leaves_the_original_able_to_sync(hq: Cli, tmp_path: Path) -> None:
    field, device_id, _ = enrolled_field(tmp_path, hq, "field")
    field("case", "add", "--title", "Detained at the border")
    field("sync", "now")
    copy = _restored_copy(field, tmp_path)

    not_enrolled = copy("sync", "now", check=False)
    assert not_enrolled.returncode == 2, not_enrolled.stderr
    assert "not enrolled" in not_enrolled.stderr

    assert "Wiped" in copy("wipe", "--yes", passphrase=False).stdout
    assert not copy.vault.exists()
    # The original's credential and its device are untouched.
    field("case", "add", "--title", "Second case")
    assert "Pushed " in field("sync", "now").stdout
    assert device_id in field("sync", "status").stdout

    # Output that tells the truth: an alert that arrived is counted, not "fetched 0"; a sync
    # that fails prints no "Pushed 0, fetched 0" before the failure.
    signed = hq("hq", "alert", "--severity", "urgent", "--expires", "48h", "--text", "Check in")
    assert "Signed an urgent alert." in signed.stdout
    assert "alerts and notes: sent 0, fetched 1" in field("sync", "now").stdout
    hq("hq", "revoke", device_id)
    refused = field("sync", "now", check=False)
    assert refused.returncode != 0 and "revoked" in refused.stderr
    assert refused.stdout == ""


@pytest.mark.slow  # two devices, a backup and a restore
def test_a_restored_copy_enrols_as_a_new_device(hq: Cli, tmp_path: Path) -> None:
    field, device_id, _ = enrolled_field(tmp_path, hq, "field")
    field("case", "add", "--title", "Detained at the border")
    field("sync", "now")
    copy = _restored_copy(field, tmp_path)

    copy_id = copy("sync", "enrol", hq("hq", "enrol-code").last_line).last_line
    assert copy_id != device_id
    copy("case", "add", "--title", "Written in the copy")
    for device in (copy, field, copy):
        assert device("sync", "now").returncode == 0
    # Each device keeps its own chain: no integrity alert anywhere, HQ included, and the
    # copy's case reaches HQ.
    hq("sync", "now")
    for device in (field, copy, hq):
        status = device("sync", "status").stdout
        assert "Integrity:" not in status, status
    assert "Written in the copy" in hq("case", "list").stdout
    devices = hq("hq", "devices").stdout
    assert device_id in devices and copy_id in devices


@pytest.mark.slow  # a device enrolled twice against a real server
def test_a_vault_whose_credential_is_gone_enrols_again_after_a_question(
    hq: Cli, tmp_path: Path
) -> None:
    field, device_id, _ = enrolled_field(tmp_path, hq, "field")
    field("case", "add", "--title", "Detained at the border")
    field("sync", "now")
    # A reset keyring, or the folder carried to a new laptop: the entry is gone.
    assert KeyringStore().delete(read_header(field.vault).vault_id.hex())

    missing = field("sync", "now", check=False)
    assert missing.returncode == 2, missing.stderr
    assert "vigil sync enrol --again" in missing.stderr
    code = hq("hq", "enrol-code").last_line
    asked = field("sync", "enrol", code, check=False)  # nobody at a terminal to answer
    assert asked.returncode == 2, asked.stderr
    assert "--again" in asked.stderr and device_id in asked.stderr
    assert device_id in field("sync", "status").stdout  # nothing changed

    code_file = tmp_path / "code.txt"  # kept out of the shell's history and the process list
    code_file.write_text(code + "\n")
    again = field("sync", "enrol", "--again", "--code-file", str(code_file))
    new_id = again.last_line
    assert new_id != device_id
    assert "new device" in again.stdout and f"vigil hq revoke {device_id}" in again.stdout
    field("case", "add", "--title", "After enrolling again")
    assert field("sync", "now").returncode == 0
    status = field("sync", "status").stdout
    assert new_id in status and "Integrity:" not in status, status
    hq("sync", "now")
    assert "After enrolling again" in hq("case", "list").stdout
