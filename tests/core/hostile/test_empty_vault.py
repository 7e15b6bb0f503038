"""A vault never silently turns into an empty one (issue: trust under failure).

Before: with vault.db gone the next command made a fresh, empty database, listed no cases,
exited 0, and the unlock sweep deleted every attachment file; an older vault.db put back made
the sweep delete the attachments saved since.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.support.cli import Cli
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.vault import layout, merge
from vigil.vault.folder import DatabaseMissing
from vigil.vault.store import Vault


def _vault_with_attachment(cli: Cli) -> list[Path]:
    cli.init()
    case_id = cli("case", "add", "--title", "Evidence").last_line
    photo = cli.home / "photo.jpg"
    photo.write_bytes(os.urandom(4000))
    cli("attach", case_id, str(photo))
    return sorted((cli.vault / layout.ATTACHMENTS).glob("*.age"))


@pytest.mark.parametrize("damage", ["removed", "emptied"])
def test_a_header_without_its_database_is_refused(cli: Cli, damage: str) -> None:
    blobs = _vault_with_attachment(cli)
    assert len(blobs) == 1
    db = cli.vault / layout.DB
    if damage == "removed":
        db.unlink()
    else:
        db.write_bytes(b"")
    done = cli("case", "list", check=False)
    assert done.returncode == 4, (done.returncode, done.stderr)
    assert str(db) in done.stderr and "backup" in done.stderr
    assert "Nothing was created or deleted" in done.stderr
    assert db.exists() == (damage == "emptied")  # no new database was made
    assert sorted((cli.vault / layout.ATTACHMENTS).glob("*.age")) == blobs  # nothing deleted


def test_attachments_no_row_names_are_quarantined_never_deleted(tmp_path: Path) -> None:
    """An older vault.db put back: the attachment saved since is moved aside and named."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    case_id = vault.save("case", {"title": "Evidence"}).item
    vault.close()
    older = tmp_path / "vault.db.older"
    shutil.copy(tmp_path / "v" / layout.DB, older)
    vault = Vault.open(tmp_path / "v", PASSPHRASE)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(4000))
    vault.add_attachment(case_id, photo)
    blob = next((tmp_path / "v" / layout.ATTACHMENTS).glob("*.age"))
    content = blob.read_bytes()
    vault.close()
    shutil.copy(older, tmp_path / "v" / layout.DB)
    with Vault.open(tmp_path / "v", PASSPHRASE, accept_older_database=True) as reopened:
        moved = tmp_path / "v" / layout.QUARANTINE / layout.QUARANTINE_ATTACHMENTS / blob.name
        assert reopened.quarantined == [moved]
        assert moved.read_bytes() == content  # moved, byte for byte, not deleted
        assert not blob.exists()
        log = merge.integrity_log(reopened)
        assert log[0]["kind"] == "attachment-quarantined" and blob.name in log[0]["detail"]
    # the next unlock finds nothing more to move, and the quarantine stays
    with Vault.open(tmp_path / "v", PASSPHRASE) as again:
        assert again.quarantined == [] and moved.exists()


def test_quarantine_keeps_an_earlier_file_of_the_same_name(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    vault.close()
    stray = tmp_path / "v" / layout.ATTACHMENTS / ("ab" * 32 + ".age")
    quarantine = tmp_path / "v" / layout.QUARANTINE / layout.QUARANTINE_ATTACHMENTS
    quarantine.mkdir(parents=True)
    (quarantine / stray.name).write_bytes(b"first")
    stray.write_bytes(b"second")
    (tmp_path / "v" / layout.ATTACHMENTS / "notes.txt").write_bytes(b"not ours")
    with Vault.open(tmp_path / "v", PASSPHRASE) as reopened:
        assert len(reopened.quarantined) == 1
    assert (quarantine / stray.name).read_bytes() == b"first"
    assert reopened.quarantined[0].read_bytes() == b"second"
    assert (tmp_path / "v" / layout.ATTACHMENTS / "notes.txt").read_bytes() == b"not ours"


def test_a_database_is_made_only_by_create(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    vault.close()
    (tmp_path / "v" / layout.DB).unlink()
    with pytest.raises(DatabaseMissing):
        Vault.open(tmp_path / "v", PASSPHRASE)
    assert not (tmp_path / "v" / layout.DB).exists()


def test_an_older_database_put_back_is_named_and_can_be_accepted(cli: Cli) -> None:
    cli.init()
    first = cli("case", "add", "--title", "Before the copy").last_line
    older = cli.home / "vault.db.older"
    shutil.copy(cli.vault / layout.DB, older)
    cli("case", "add", "--title", "After the copy")
    photo = cli.home / "photo.jpg"
    photo.write_bytes(os.urandom(3000))
    cli("attach", first, str(photo))
    blob = next((cli.vault / layout.ATTACHMENTS).glob("*.age"))
    newer = (cli.vault / layout.DB).read_bytes()
    shutil.copy(older, cli.vault / layout.DB)
    put_back = (cli.vault / layout.DB).read_bytes()
    for command in (("case", "list"), ("verify",)):
        done = cli(*command, check=False)
        assert done.returncode == 4, done.stderr
        assert "older" in done.stderr and "--accept-older-database" in done.stderr
        assert str(cli.vault / layout.DB) in done.stderr
    assert (cli.vault / layout.DB).read_bytes() == put_back  # nothing changed
    assert blob.exists()  # nothing deleted
    assert newer != put_back
    accepted = cli("verify", "--accept-older-database")
    assert "verified" in accepted.stdout
    listed = cli("case", "list").stdout
    assert "Before the copy" in listed and "After the copy" not in listed
    quarantined = cli.vault / layout.QUARANTINE / layout.QUARANTINE_ATTACHMENTS / blob.name
    assert quarantined.exists() and not blob.exists()  # moved aside, never deleted
    with Vault.open(cli.vault, PASSPHRASE) as vault:
        kinds = [entry["kind"] for entry in merge.integrity_log(vault)]
    assert "older-database-accepted" in kinds and "attachment-quarantined" in kinds


def test_a_mark_that_is_not_this_vaults_is_replaced_and_logged(tmp_path: Path) -> None:
    one, _ = Vault.create(tmp_path / "one", PASSPHRASE, FAST_KDF)
    one.close()
    Vault.open(tmp_path / "one", PASSPHRASE).close()  # counted once: a mark to lose
    two, _ = Vault.create(tmp_path / "two", PASSPHRASE, FAST_KDF)
    two.save("case", {"title": "x"})
    two.close()
    shutil.copy(tmp_path / "two" / layout.MARK, tmp_path / "one" / layout.MARK)
    with Vault.open(tmp_path / "one", PASSPHRASE) as vault:
        assert merge.integrity_log(vault)[0]["kind"] == "mark-missing"
    with Vault.open(tmp_path / "one", PASSPHRASE) as vault:  # rewritten: quiet again
        assert [e["kind"] for e in merge.integrity_log(vault)] == ["mark-missing"]
