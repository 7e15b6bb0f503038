"""Keys rotate (issue 12): ``passwd --rekey``, ``recovery rotate``, and a recalibrating
``recover``. An old header (every backup holds one) with the old passphrase or recovery key
opens nothing written after; a crash at any step leaves a vault that opens."""

from __future__ import annotations

import io
import shutil
import tarfile
from pathlib import Path

import pyrage
import pytest

from tests.support.cli import Cli
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto import age, keys, recovery
from vigil.crypto.errors import IntegrityError, RecoveryKeyInvalid, WrongPassphrase
from vigil.crypto.header import recovery_age_identity_strings
from vigil.vault import layout, rekey
from vigil.vault.backup import restore_backup, write_backup
from vigil.vault.store import Vault
from vigil.vault.verify import verify_vault

NEW = b"a new passphrase, long enough"


def _recovery_key(out: str) -> str:
    return next(line.strip() for line in out.splitlines() if line.startswith("    "))


def _with_old_header(vault_dir: Path, old_header: bytes, tmp_path: Path) -> Path:
    """What an attacker holds: today's vault folder with the header from an old backup."""
    copy = tmp_path / "seized"
    shutil.copytree(vault_dir, copy)
    (copy / layout.HEADER).write_bytes(old_header)
    return copy


@pytest.mark.usefixtures("floor_kdf")
def test_passwd_rekey_leaves_old_headers_opening_nothing(cli: Cli, tmp_path: Path) -> None:
    old_recovery = cli.init()
    old_header = (cli.vault / layout.HEADER).read_bytes()
    new_file = tmp_path / "new.txt"
    new_file.write_bytes(NEW + b"\n")
    done = cli("passwd", "--rekey", "--new-passphrase-file", str(new_file))
    new_recovery = _recovery_key(done.stdout)
    assert new_recovery != old_recovery
    cli.passphrase_file.write_bytes(NEW + b"\n")
    case = cli("case", "add", "--title", "Written after the rekey").last_line
    seized = _with_old_header(cli.vault, old_header, tmp_path)
    with pytest.raises(IntegrityError):
        Vault.open(seized, PASSPHRASE)
    with pytest.raises(IntegrityError):
        Vault.open_with_recovery(seized, old_recovery)
    with pytest.raises(RecoveryKeyInvalid):
        Vault.open_with_recovery(cli.vault, old_recovery)
    with Vault.open_with_recovery(cli.vault, new_recovery) as vault:
        assert vault.get(case) is not None
    assert cli("case", "list").returncode == 0


@pytest.mark.usefixtures("floor_kdf")
def test_recovery_rotate_keeps_the_passphrase_and_retires_the_old_key(
    cli: Cli, tmp_path: Path
) -> None:
    old_recovery = cli.init()
    old_header = (cli.vault / layout.HEADER).read_bytes()
    new_recovery = _recovery_key(cli("recovery", "rotate").stdout)
    case = cli("case", "add", "--title", "After the rotation").last_line
    with pytest.raises(RecoveryKeyInvalid):
        Vault.open_with_recovery(cli.vault, old_recovery)
    with pytest.raises(IntegrityError):
        Vault.open_with_recovery(_with_old_header(cli.vault, old_header, tmp_path), old_recovery)
    with Vault.open(cli.vault, PASSPHRASE) as vault:
        assert vault.get(case) is not None
    with Vault.open_with_recovery(cli.vault, new_recovery) as vault:
        assert vault.get(case) is not None


def test_recover_recalibrates_instead_of_inheriting_the_header_cost(
    cli: Cli, tmp_path: Path
) -> None:
    key = cli.init()
    key_file = tmp_path / "key.txt"
    key_file.write_text(key)
    new_file = tmp_path / "new.txt"
    new_file.write_bytes(NEW + b"\n")
    cli("recover", "--recovery-key-file", str(key_file), "--new-passphrase-file", str(new_file),
        passphrase=False)  # fmt: skip
    with Vault.open(cli.vault, NEW) as vault:
        assert vault.header.kdf != FAST_KDF  # init chose the floor; recover calibrated


@pytest.mark.usefixtures("floor_kdf")
@pytest.mark.parametrize("crash_after", [1, 2])
def test_a_crash_at_each_step_of_a_rekey_recovers(
    vault_path: Path, crash_after: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, old_recovery = Vault.create(vault_path, PASSPHRASE, FAST_KDF)
    case = vault.save("case", {"title": "Before the rekey"}).item
    monkeypatch.setattr(rekey, "_after_step", [crash_after])
    with pytest.raises(rekey._Crash):
        vault.rekey(NEW, FAST_KDF)
    vault._conn.close()  # the process died: nothing more is written
    vault._conn = None
    assert (vault_path / layout.PENDING_HEADER).exists()
    if crash_after == 1:
        # The database was never rekeyed: the old secrets open it, the pending header goes.
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, NEW)
        with Vault.open(vault_path, PASSPHRASE) as reopened:
            assert reopened.get(case) is not None
    else:
        # The database is under the new key: either passphrase finishes the rekey.
        with Vault.open(vault_path, NEW) as reopened:
            assert reopened.get(case) is not None
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_path, PASSPHRASE)
        with pytest.raises(RecoveryKeyInvalid):
            Vault.open_with_recovery(vault_path, old_recovery)
    assert not (vault_path / layout.PENDING_HEADER).exists()


@pytest.mark.usefixtures("floor_kdf")
def test_a_crash_after_the_database_rekey_is_finished_by_the_old_passphrase(
    vault_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, FAST_KDF)
    case = vault.save("case", {"title": "Before the rekey"}).item
    monkeypatch.setattr(rekey, "_after_step", [2])
    with pytest.raises(rekey._Crash):
        vault.rekey(NEW, FAST_KDF)
    vault._conn.close()
    vault._conn = None
    with Vault.open(vault_path, PASSPHRASE) as reopened:  # the header on disk is still old
        assert reopened.get(case) is not None
    with Vault.open(vault_path, NEW) as reopened:  # and the rekey is now complete
        assert reopened.get(case) is not None
    assert not (vault_path / layout.PENDING_HEADER).exists()


@pytest.mark.usefixtures("floor_kdf")
def test_a_new_identity_keeps_everything_readable_and_survives_a_backup(
    vault_path: Path, tmp_path: Path
) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, FAST_KDF)
    with vault:
        case = vault.save("case", {"title": "Before the new keys"}).item
        photo = tmp_path / "photo.jpg"
        photo.write_bytes(b"\xff\xd8 a photograph " * 100)
        attachment = vault.add_attachment(case, photo).item
        old_key, old_device = vault.identity.verify_key_bytes, vault.device
        recovery_key = vault.rekey(NEW, FAST_KDF, new_identity=True)
        assert vault.identity.verify_key_bytes != old_key and vault.device != old_device
        after = vault.save("note", {"text": "Signed with the new key"}, case_id=case)
        assert after.author_key == vault.identity.verify_key_bytes
        assert verify_vault(vault) == []
        write_backup(vault, tmp_path / "backup.age")
    with Vault.open(vault_path, NEW) as reopened:
        assert [r.item for r in reopened.history(case)] == [case]
        out = io.BytesIO()
        reopened.read_attachment(attachment, out)
        assert out.getvalue() == photo.read_bytes()
    restored = restore_backup(
        tmp_path / "backup.age",
        tmp_path / "restored",
        recovery_age_identity_strings(recovery_key),
        lambda h: h.unwrap_with_recovery(recovery.parse_key(recovery_key)),
    )
    with restored:
        assert verify_vault(restored) == []
        assert restored.get(after.item) is not None
        out = io.BytesIO()
        restored.read_attachment(attachment, out)
        assert out.getvalue() == photo.read_bytes()


@pytest.mark.usefixtures("floor_kdf")
def test_a_backup_without_its_retired_identities_is_refused(
    vault_path: Path, tmp_path: Path
) -> None:
    vault, _ = Vault.create(vault_path, PASSPHRASE, FAST_KDF)
    with vault:
        vault.save("case", {"title": "Before the new keys"})
        vault.rekey(PASSPHRASE, FAST_KDF, new_identity=True)
        write_backup(vault, tmp_path / "backup.age", x25519=True)  # for pyrage
        identity = keys.age_identity_string(vault.identity.x25519_secret)
        recipient = pyrage.x25519.Recipient.from_str(vault.identity.recipient_string)
    plain = pyrage.decrypt(
        (tmp_path / "backup.age").read_bytes(), [pyrage.x25519.Identity.from_str(identity)]
    )
    out = io.BytesIO()
    with (
        tarfile.open(fileobj=io.BytesIO(plain)) as tar,
        tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as kept,
    ):
        names = []
        for member in tar:
            names.append(member.name)
            if member.name != "retired-identities":
                kept.addfile(member, tar.extractfile(member))
    assert names[:3] == ["vigil-backup.json", "vault.header", "retired-identities"]
    (tmp_path / "bad.age").write_bytes(pyrage.encrypt(out.getvalue(), [recipient]))
    with pytest.raises(IntegrityError, match="retired identities"):
        restore_backup(
            tmp_path / "bad.age", tmp_path / "restored", identity,
            lambda h: h.unwrap_with_passphrase(PASSPHRASE),
        )  # fmt: skip
    assert not (tmp_path / "restored").exists()


@pytest.mark.usefixtures("floor_kdf")
def test_cli_new_identity_goes_with_rekey(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    new_file = tmp_path / "new.txt"
    new_file.write_bytes(NEW + b"\n")
    alone = cli("passwd", "--new-identity", "--new-passphrase-file", str(new_file), check=False)
    assert alone.returncode == 2 and "--rekey" in alone.stderr
    with Vault.open(cli.vault, PASSPHRASE) as vault:
        old = vault.identity.recipient_string
    cli("passwd", "--rekey", "--new-identity", "--new-passphrase-file", str(new_file))
    with Vault.open(cli.vault, NEW) as vault:
        assert vault.identity.recipient_string != old
        assert [i.recipient_string for i in vault.retired_identities()] == [old]
        assert verify_vault(vault) == []


@pytest.mark.usefixtures("floor_kdf")
def test_the_exported_identity_reads_old_and_new_envelopes(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    before = cli("case", "add", "--title", "Before the new keys").last_line
    new_file = tmp_path / "new.txt"
    new_file.write_bytes(NEW + b"\n")
    cli("passwd", "--rekey", "--new-identity", "--new-passphrase-file", str(new_file))
    cli.passphrase_file.write_bytes(NEW + b"\n")
    after = cli("case", "add", "--title", "After the new keys").last_line
    cli("identity", "export", "--out", str(tmp_path / "id.txt"))
    found = [
        line for line in (tmp_path / "id.txt").read_text().splitlines() if line.startswith("AGE-")
    ]
    # the current hybrid and X25519 keys, then the retired ones (tests/interop runs age 1.3
    # and typage on such a file; pyrage reads no hybrid key)
    assert [line.startswith("AGE-SECRET-KEY-PQ-1") for line in found] == [True, False] * 2
    readers = [age.parse_identity(line) for line in found]
    with Vault.open(cli.vault, NEW) as vault:
        for item in (before, after):
            (rev,) = vault.history(item)
            assert age.decrypt(rev.envelope, readers)  # what the age tool does with the file
            with pytest.raises(age.AgeNoMatch):
                age.decrypt(rev.envelope, readers[2:] if item == after else readers[:2])
