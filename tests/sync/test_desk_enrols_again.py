"""An HQ desk whose sync credential is gone (issue 20): a reset keyring, or the desk's vault
folder carried to a new computer. On a real server over loopback TLS, with the credential in
the real Secret Service.

The way out is the field device's ('vigil sync enrol --again'), with the same safety: the
message names it, nothing changes without a plain question or '--again', a desk whose keyring
still holds its credential is refused, and the desk becomes a new device with a new chain. A
desk can do one more thing a field device cannot: it revokes its own old device at once, since
whoever holds the lost credential could otherwise act as the HQ desk.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Cli, enrolled_field, make_cli
from tests.support.server import ServerProcess
from vigil.sync.credentials import KeyringStore
from vigil.vault.store import read_header

pytestmark = pytest.mark.e2e  # whole devices against a real server


def _admin_code(server: ServerProcess) -> str:
    return server.cli("admin-code").stdout.strip().splitlines()[-1]


def _forget_credential(cli: Cli) -> None:
    assert KeyringStore().delete(read_header(cli.vault).vault_id.hex())


def _code_for(code: str, url: str) -> str:
    """The same admin code made out for another server (a mix-up between two servers)."""
    prefix, body = code.split(":", 1)
    data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    data["url"] = url
    encoded = base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")
    return f"{prefix}:{encoded}"


def _device_id(cli: Cli) -> str:
    return str(json.loads(cli("sync", "status", "--json").stdout)["device_id"])


@pytest.fixture(scope="module")
def desk(
    server: ServerProcess, secret_service: Any, tmp_path_factory: pytest.TempPathFactory
) -> Cli:
    """The module's desk (its server's organisation takes one HQ identity). Each test leaves
    it enrolled and holding its credential, whatever it did in between."""
    cli = make_cli(tmp_path_factory.mktemp("desk"), "desk")
    cli("hq", "init", server.admin_code)
    return cli


@pytest.mark.slow  # a desk enrolled twice and a field device, against a real server
def test_a_desk_whose_credential_is_gone_enrols_again_and_revokes_its_old_device(
    server: ServerProcess, desk: Cli, tmp_path: Path
) -> None:
    old_id = _device_id(desk)
    field, field_id, _ = enrolled_field(tmp_path, desk, "field")
    field("case", "add", "--title", "Detained at the border")
    field("sync", "now")
    desk("sync", "now")
    # An edit the desk made and never pushed before its credential went.
    desk("case", "add", "--title", "Written at HQ, not yet pushed")
    _forget_credential(desk)

    missing = desk("sync", "now", check=False)
    assert missing.returncode == 2, missing.stderr
    assert "vigil-server admin-code" in missing.stderr
    assert "vigil hq init --again" in missing.stderr
    assert "vigil sync enrol" not in missing.stderr  # a field device's way, not the desk's

    code = _admin_code(server)
    asked = desk("hq", "init", code, check=False)  # nobody at a terminal to answer
    assert asked.returncode == 2, asked.stderr
    assert "--again" in asked.stderr and old_id in asked.stderr
    assert old_id in desk("sync", "status").stdout  # nothing changed

    elsewhere = _code_for(code, "https://127.0.0.1:9")
    moved = desk("hq", "init", "--again", elsewhere, check=False)
    assert moved.returncode == 2, moved.stderr
    assert "every field device pinned" in moved.stderr and "127.0.0.1:9" in moved.stderr

    code_file = tmp_path / "admin-code.txt"
    code_file.write_text(code + "\n")
    again = desk("hq", "init", "--again", "--code-file", str(code_file))
    new_id = again.last_line
    assert new_id != old_id
    assert "new device" in again.stdout and f"revoked the old one, {old_id}" in again.stdout
    rows = {row["id"]: row for row in json.loads(desk("hq", "devices", "--json").stdout)}
    assert rows[old_id]["status"] == "revoked" and rows[old_id]["role"] == "hq"
    assert rows[new_id]["status"] == "active" and rows[new_id]["role"] == "hq"
    assert rows[field_id]["status"] == "active"

    # The desk goes on as before: field cases arrive, field devices keep their pinned keys,
    # the unpushed edit leaves under the new device, and nobody sees an integrity alert.
    field("case", "add", "--title", "After HQ enrolled again")
    field("sync", "now")
    status = json.loads(desk("sync", "status", "--json").stdout)
    assert status["pending"] >= 1, status
    assert "Pushed 1" in desk("sync", "now").stdout
    assert "After HQ enrolled again" in desk("case", "list").stdout
    enrolled = desk("hq", "enrol-code", "--label", "Second laptop").last_line
    assert enrolled.startswith("vigil-enrol:")
    for device in (desk, field):
        shown = device("sync", "status").stdout
        assert "Integrity:" not in shown, shown
    assert new_id in desk("sync", "status").stdout


@pytest.mark.slow  # a desk against a real server
def test_a_desk_that_still_has_its_credential_is_not_enrolled_again(
    server: ServerProcess, desk: Cli
) -> None:
    desk_id = _device_id(desk)
    code = _admin_code(server)
    refused = desk("hq", "init", "--again", code, check=False)
    assert refused.returncode == 2, refused.stderr
    assert "syncs as it is" in refused.stderr
    plain = desk("hq", "init", code, check=False)
    assert plain.returncode == 2 and "already the HQ desk" in plain.stderr
    # Neither refusal spent the code: once the credential is gone, it enrols the desk again.
    _forget_credential(desk)
    assert desk("hq", "init", "--again", code).last_line not in ("", desk_id)


@pytest.mark.slow  # a field device against a real server
def test_a_field_device_is_pointed_to_its_own_way_back(
    server: ServerProcess, desk: Cli, tmp_path: Path
) -> None:
    field, field_id, _ = enrolled_field(tmp_path, desk, "field")
    _forget_credential(field)
    refused = field("hq", "init", "--again", _admin_code(server), check=False)
    assert refused.returncode == 2, refused.stderr
    assert "field device" in refused.stderr and "vigil sync enrol --again" in refused.stderr
    assert field_id in field("sync", "status").stdout
