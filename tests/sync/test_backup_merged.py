"""The backup of an HQ desk, which holds every field device's revisions merged through a real
server, restores with every revision; the restored desk verifies and still trusts the devices
it trusted before (docs/formats.md §11)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.server import ServerProcess
from tests.support.sync import Device, make_field, make_hq
from tests.support.vaults import PASSPHRASE
from vigil.crypto import keys
from vigil.vault import merge
from vigil.vault.backup import restore_backup, write_backup
from vigil.vault.store import Vault
from vigil.vault.verify import verify_vault


@pytest.fixture
def org(server: ServerProcess, tmp_path: Path) -> Iterator[tuple[ServerProcess, Device, Device]]:
    hq = make_hq(tmp_path, server.admin_code)  # the module's one test spends the admin code
    field = make_field(tmp_path, hq, "field")
    try:
        yield server, hq, field
    finally:
        field.close()
        hq.close()


def _restore(device: Device, backup: Path, target: Path) -> Vault:
    """Restore with the exported identity and the passphrase, as `vigil restore` does."""
    own = device.vault.identity
    identity = [str(own.hybrid_identity), keys.age_identity_string(own.x25519_secret)]
    return restore_backup(backup, target, identity, lambda h: h.unwrap_with_passphrase(PASSPHRASE))


def _revisions(vault: Vault) -> set[str]:
    return {row[0] for row in vault.conn.execute("SELECT id FROM revisions")}


def test_hq_desk_backup_restores_with_field_revisions_and_keeps_their_trust(
    org: tuple[ServerProcess, Device, Device], tmp_path: Path
) -> None:
    _server, hq, field = org
    case = field.new_case("Detained at the checkpoint")
    field.add_note(case, "Seen by two witnesses")
    field.sync()
    hq.sync()
    assert field.own_revisions() <= hq.revisions()
    hq.new_case("A campaign opened at HQ")
    hq.edit_case(case, "Detained at the checkpoint (checked by HQ)")  # a foreign parent
    hq.sync()
    assert hq.verify() == []

    backup = tmp_path / "hq.age"
    write_backup(hq.vault, backup)
    with _restore(hq, backup, tmp_path / "restored-hq") as restored:
        assert _revisions(restored) == hq.revisions()
        assert verify_vault(restored) == []
        assert restored.get(case) == hq.vault.get(case)

    # The restored desk still trusts the field device it learnt on first use: a later revision
    # from it merges without first-use trust, which a device it never saw would not get.
    later = field.vault.save("note", {"text": "Released on bail"}, case_id=case)
    with Vault.open(tmp_path / "restored-hq", PASSPHRASE) as restored:
        report = merge.merge(restored, [later.envelope], merge.Trust())
        assert (report.added, report.refused) == (1, [])
        assert restored.get(later.item) is not None
        assert verify_vault(restored) == []
