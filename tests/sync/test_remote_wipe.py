"""Revocation end to end. A revoked device is refused at once. A wipe request reaches the
device, but only as the server's word: a compromised server must not be able to destroy every
field device's unsynced evidence, so the device shows the request and keeps its data until a
person wipes it (signed wipe orders are future work, see docs/sync.md)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.server.conftest import ServerProcess
from tests.sync.test_e2e import make_cli
from vigil.sync.credentials import KeyringStore
from vigil.vault.store import read_header


def test_revocation_refuses_and_an_unsigned_wipe_request_is_shown_not_obeyed(
    server: ServerProcess, secret_service: Any, tmp_path: Path
) -> None:
    hq = make_cli(tmp_path, "hq")
    hq("hq", "init", server.admin_code)
    field = make_cli(tmp_path, "field")
    device_id = field("sync", "enrol", hq("hq", "enrol-code").last_line).last_line
    field("case", "add", "--title", "Seized laptop")
    assert json.loads(field("sync", "now", "--json").stdout)["pushed"] == 1
    vault_id = read_header(field.vault).vault_id.hex()
    assert KeyringStore().load(vault_id) is not None

    hq("hq", "revoke", device_id)  # revoked without a wipe: refused, data kept
    kept = field("sync", "now", check=False)
    assert kept.returncode == 1 and "revoked" in kept.stderr.lower()
    assert (field.vault / "vault.header").exists()

    other = make_cli(tmp_path, "other")
    other_id = other("sync", "enrol", hq("hq", "enrol-code").last_line).last_line
    other_vault_id = read_header(other.vault).vault_id.hex()
    assert KeyringStore().load(other_vault_id) is not None
    hq("hq", "revoke", other_id, "--wipe")
    asked = other("sync", "now", check=False)
    assert asked.returncode == 1 and "does not obey a wipe order" in asked.stderr
    assert (other.vault / "vault.header").exists()
    assert KeyringStore().load(other_vault_id) is not None
    status = json.loads(other("sync", "status", "--json").stdout)
    assert status["wipe_requested"] is True
    assert any("wipe" in alert["detail"] for alert in status["integrity_alerts"])
    other("wipe", "--yes", passphrase=False)  # the person decides
    assert not other.vault.exists() and KeyringStore().load(other_vault_id) is None
    # the device revoked without a wipe is untouched
    assert (field.vault / "vault.header").exists() and KeyringStore().load(vault_id) is not None
    # HQ still has what the wiped device had pushed before
    assert "Seized laptop" in hq("sync", "now", check=False).stdout + hq("case", "list").stdout
