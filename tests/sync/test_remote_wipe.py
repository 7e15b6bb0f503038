"""Revocation and remote wipe end to end, on a real server over loopback TLS with the
credentials in the real Secret Service.

A revoked device is refused at once. A wipe order signed by the HQ key the device pinned at
enrolment, naming this device and still fresh, is obeyed at the next contact (after pushing
the outbox when HQ asked), even with the vault locked. Anything else (no signature, another
key, another device) is shown and logged, never obeyed: a compromised server must not be able
to destroy every field device's unsynced evidence.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.support.cli import Cli, enrolled_field, make_cli
from tests.support.server import ServerProcess
from tests.support.vaults import PASSPHRASE
from vigil.crypto.errors import VigilError
from vigil.sync import wipe_order
from vigil.sync.client import SyncClient
from vigil.sync.credentials import KeyringStore
from vigil.sync.desk_client import DeskClient
from vigil.sync.engine import sync_once
from vigil.vault.store import Vault, read_header
from vigil.vault.wipe import wipe_vault

pytestmark = pytest.mark.e2e  # whole devices against a real server


def _hq_client(hq: Cli) -> DeskClient:
    """HQ's own admin session, used here the way a compromised server could relay anything."""
    cred = KeyringStore().load(read_header(hq.vault).vault_id.hex())
    assert cred is not None
    return DeskClient(cred.url, cred.pin, cred.device_id, cred.device_key)


def _nothing_opens(vault: Path, recovery_key: str) -> None:
    """Nothing left in the folder opens with the passphrase or the recovery key."""
    with pytest.raises(VigilError):
        Vault.open(vault, PASSPHRASE)
    with pytest.raises(VigilError):
        Vault.open_with_recovery(vault, recovery_key)
    leftovers = [p for p in vault.rglob("*") if p.is_file()] if vault.exists() else []
    assert leftovers == []


@pytest.fixture(scope="module")
def hq(server: ServerProcess, secret_service: Any, tmp_path_factory: pytest.TempPathFactory) -> Cli:
    desk = make_cli(tmp_path_factory.mktemp("desk"), "hq")
    desk("hq", "init", server.admin_code)
    return desk


@pytest.mark.slow  # whole devices through a push and a wipe
def test_signed_wipe_order_pushes_the_outbox_then_wipes(hq: Cli, tmp_path: Path) -> None:
    field, device_id, recovery_key = enrolled_field(tmp_path, hq, "field")
    vault_id = read_header(field.vault).vault_id.hex()
    field("case", "add", "--title", "Pushed before the order")
    field("sync", "now")
    field("case", "add", "--title", "Written after the last sync")  # waits in the outbox
    assert json.loads(field("sync", "status", "--json").stdout)["pending"] >= 1
    settings = field.home / ".config"
    assert KeyringStore().load(vault_id) is not None

    out = hq("hq", "revoke", device_id, "--wipe", "--push-first").stdout
    assert "signed wipe order" in out and "after pushing its outbox" in out
    listed = {d["id"]: d for d in json.loads(hq("hq", "devices", "--json").stdout)}
    assert listed[device_id]["status"] == "revoked" and listed[device_id]["wipe"] is True

    obeyed = field("sync", "now")
    assert "Pushed 1 before the wipe" in obeyed.stdout
    assert "signed wipe order was obeyed" in obeyed.stdout
    _nothing_opens(field.vault, recovery_key)
    assert KeyringStore().load(vault_id) is None  # the credential went with the keys
    assert not (field.home / "logs" / "vigil.log").exists() and not settings.exists()
    # HQ received what the device pushed on its way out
    hq("sync", "now")
    titles = [c["title"] for c in json.loads(hq("case", "list", "--json").stdout)]
    assert "Written after the last sync" in titles and "Pushed before the order" in titles


def test_wipe_order_is_obeyed_while_the_vault_is_locked(hq: Cli, tmp_path: Path) -> None:
    """The scheduler's path: sync_once with the keyring credential and no vault key."""
    field, device_id, recovery_key = enrolled_field(tmp_path, hq, "locked")
    vault_id = read_header(field.vault).vault_id.hex()
    field("case", "add", "--title", "Saved, then the laptop was locked")
    hq("hq", "revoke", device_id, "--wipe")  # no --push-first
    cred = KeyringStore().load(vault_id)
    assert cred is not None and cred.hq_ed25519  # the pinned HQ key, readable while locked
    report = sync_once(field.vault, cred)
    assert report.wipe and report.pushed == 0
    assert wipe_vault(field.vault, KeyringStore().delete).complete
    _nothing_opens(field.vault, recovery_key)


@pytest.mark.slow  # one whole device per forged order
def test_unsigned_forged_and_misaddressed_orders_are_shown_not_obeyed(
    hq: Cli, tmp_path: Path
) -> None:
    field, device_id, _ = enrolled_field(tmp_path, hq, "target")
    other, other_id, _ = enrolled_field(tmp_path, hq, "bystander")
    field("case", "add", "--title", "Evidence not yet synced")
    hq_key = Vault.open(hq.vault, PASSPHRASE)
    try:
        signing = hq_key.identity.signing_key
    finally:
        hq_key.close()
    cases = [
        (None, "carries no order signed by HQ"),  # the server's word alone
        (wipe_order.make(Ed25519PrivateKey.generate(), device_id, True), "not signed by the HQ"),
        (wipe_order.make(signing, other_id, True), "names another device"),
        (
            wipe_order.make(signing, device_id, True, 1, datetime.now(UTC) - timedelta(days=2)),
            "expired",
        ),
    ]
    with _hq_client(hq) as admin:
        for order, reason in cases:
            admin.revoke(device_id, True, order, order is not None)
            asked = field("sync", "now", check=False)
            assert asked.returncode == 1 and "does not obey a wipe order" in asked.stderr
            assert (field.vault / "vault.header").exists()
            status = json.loads(field("sync", "status", "--json").stdout)
            assert status["wipe_requested"] is True
            details = [a["detail"] for a in status["integrity_alerts"]]
            assert any(reason in d for d in details), (reason, details)
    # the data is all still there and opens; the person decides
    titles = [c["title"] for c in json.loads(field("case", "list", "--json").stdout)]
    assert titles == ["Evidence not yet synced"]
    # the bystander named in a misaddressed order is untouched and still syncs
    other("sync", "now")


def test_revocation_without_wipe_refuses_and_keeps_the_data(hq: Cli, tmp_path: Path) -> None:
    field, device_id, _ = enrolled_field(tmp_path, hq, "plain")
    field("case", "add", "--title", "Seized laptop")
    assert json.loads(field("sync", "now", "--json").stdout)["pushed"] >= 1
    hq("hq", "revoke", device_id)
    kept = field("sync", "now", check=False)
    assert kept.returncode == 1 and "revoked" in kept.stderr.lower()
    assert "wipe" not in kept.stderr.lower()
    assert (field.vault / "vault.header").exists()
    # a revoked device without a push-first order gets no "final" token either
    cred = KeyringStore().load(read_header(field.vault).vault_id.hex())
    assert cred is not None
    with SyncClient(cred.url, cred.pin, cred.device_id, cred.device_key) as client:
        client.action = "final"
        with pytest.raises(VigilError, match="revoked"):
            client.push([b"age-encryption.org/v1\n-> X25519 x\n"])
