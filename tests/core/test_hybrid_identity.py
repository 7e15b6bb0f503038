"""Every vault has a hybrid (post-quantum, age mlkem768x25519) identity beside its X25519 one:
new vaults from the start, older vaults from their next unlock. What the vault writes for
itself goes to the hybrid key only; what older Vigil wrote to X25519 stays readable.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from dataclasses import replace
from pathlib import Path

import pyrage
import pytest

from tests.support.cli import Cli
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto import age, envelope, keys, recovery
from vigil.crypto.errors import EnvelopeError, HeaderDamaged, HeaderTampered
from vigil.crypto.header import (
    EXT_HEADER_LEN,
    EXT_REGIONS,
    HEADER_LEN,
    recovery_age_identity_strings,
)
from vigil.vault import hybrid
from vigil.vault.backup import restore_backup, write_backup
from vigil.vault.files import atomic_write
from vigil.vault.store import HEADER_FILE, Vault

HYBRID = b"\n-> mlkem768x25519 "
X25519 = b"\n-> X25519 "


def stanzas(data: bytes) -> tuple[int, int]:
    """(hybrid, X25519) stanza counts in an age file's header."""
    head = data[: data.index(b"\n---")]
    return head.count(HYBRID), head.count(X25519)


def make_old_vault(path: Path) -> tuple[str, str]:
    """A vault as Vigil wrote it before hybrid identities: a 396-byte header, X25519 envelopes,
    nothing about hybrid keys in its database. Returns (recovery key, a revision id)."""
    vault, recovery_key = Vault.create(path, PASSPHRASE, FAST_KDF)
    with vault:
        old = replace(vault.identity, hybrid_seed=None)
        vault.identity, vault._recipients, vault._age_identities = old, None, None
        with vault.transaction() as conn:
            conn.execute(
                "DELETE FROM meta WHERE key IN (?, ?)", (hybrid.HYBRID_SEEN, hybrid.RECOVERY_PQ)
            )
        rev = vault.save("case", {"title": "Written before hybrid keys"})
        header = vault.header.with_identity(vault.master_key_for_keyring(), old)
        atomic_write(path / HEADER_FILE, header.to_bytes())
    assert len((path / HEADER_FILE).read_bytes()) == HEADER_LEN
    assert stanzas(rev.envelope) == (0, 1)
    return recovery_key, rev.id


def test_a_new_vault_writes_to_its_hybrid_key_only(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    with vault:
        assert vault.identity.hybrid_seed is not None
        rev = vault.save("case", {"title": "New"})
        assert stanzas(rev.envelope) == (1, 0)
        with pytest.raises(EnvelopeError, match="not addressed"):
            envelope.open_envelope(rev.envelope, [vault.identity.age_identity])
        assert envelope.open_envelope(rev.envelope, vault.identities).id == rev.id
        source = tmp_path / "photo.bin"
        source.write_bytes(b"\x89PNG" + bytes(100_000))
        blob = vault.add_attachment(rev.item, source)
        files = list((tmp_path / "v" / "attachments").glob("*.age"))
        assert len(files) == 1 and stanzas(files[0].read_bytes()) == (1, 0), blob
    assert len((tmp_path / "v" / HEADER_FILE).read_bytes()) == EXT_HEADER_LEN


def test_an_older_vault_gets_its_hybrid_key_at_the_next_unlock(tmp_path: Path) -> None:
    path = tmp_path / "old"
    _, old_rev = make_old_vault(path)
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.identity.hybrid_seed is not None
        pq = str(vault.identity.hybrid_recipient)
        assert vault.revision(old_rev).payload["title"] == "Written before hybrid keys"
        new = vault.save("case", {"title": "Written after"})
        assert stanzas(new.envelope) == (1, 0)
    assert len((path / HEADER_FILE).read_bytes()) == EXT_HEADER_LEN
    with Vault.open(path, PASSPHRASE) as again:  # the same key, not a new one each time
        assert str(again.identity.hybrid_recipient) == pq
        assert again.revision(new.id).payload["title"] == "Written after"


def test_two_unlocks_of_an_older_vault_agree_on_one_hybrid_key(tmp_path: Path) -> None:
    """The app and the CLI unlocking at once: the second finds the first's key on disk."""
    path = tmp_path / "old"
    make_old_vault(path)
    first = Vault.open(path, PASSPHRASE)
    try:
        # a second process that read the header before the first upgraded it
        stale = first.header.__class__.from_bytes((path / HEADER_FILE).read_bytes()[:HEADER_LEN])
        vmk = stale.unwrap_with_passphrase(PASSPHRASE)
        second = Vault(path, stale, vmk, stale.unwrap_identity(vmk))
        try:
            with second.transaction() as conn:
                conn.execute("DELETE FROM meta WHERE key = ?", (hybrid.HYBRID_SEEN,))
            assert hybrid.settle(second) is False
            assert second.identity.hybrid_seed == first.identity.hybrid_seed
        finally:
            second.close()
    finally:
        first.close()


def test_a_header_that_lost_its_hybrid_key_is_refused(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    vault.close()
    header = (tmp_path / "v" / HEADER_FILE).read_bytes()
    # Cut back to the older layout: still a valid header, but the vault would get a new
    # hybrid key and lose what was encrypted to the old one.
    (tmp_path / "v" / HEADER_FILE).write_bytes(header[:HEADER_LEN])
    with pytest.raises(HeaderTampered, match="lost its post-quantum key"):
        Vault.open(tmp_path / "v", PASSPHRASE)
    assert (tmp_path / "v" / HEADER_FILE).read_bytes() == header[:HEADER_LEN]  # left as found


RESEALED = {  # what each altered region of the extension gives once its checksum is fixed
    "ext_magic": (HeaderDamaged, "its extension is not one"),
    "ext_version": (HeaderTampered, "version this Vigil does not know"),
    "hybrid_wrap": (HeaderTampered, "identity does not match"),
}


@pytest.mark.parametrize("region", sorted(EXT_REGIONS))
def test_an_altered_extension_is_refused(tmp_path: Path, region: str) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    vault.close()
    header = bytearray((tmp_path / "v" / HEADER_FILE).read_bytes())
    start, end = EXT_REGIONS[region]
    header[(start + end) // 2] ^= 0x04
    (tmp_path / "v" / HEADER_FILE).write_bytes(bytes(header))
    with pytest.raises(HeaderDamaged, match="checksum does not match"):
        Vault.open(tmp_path / "v", PASSPHRASE)
    if region in RESEALED:  # resealed, as an attacker with write access would
        header[-32:] = hashlib.sha256(bytes(header[:-32])).digest()
        (tmp_path / "v" / HEADER_FILE).write_bytes(bytes(header))
        error, message = RESEALED[region]
        with pytest.raises(error, match=message):
            Vault.open(tmp_path / "v", PASSPHRASE)


def test_backups_are_hybrid_and_open_with_the_recovery_key(tmp_path: Path) -> None:
    vault, recovery_key = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    with vault:
        vault.save("case", {"title": "Backed up"})
        counts = write_backup(vault, tmp_path / "b.age")
    assert counts["post_quantum"] and counts["warning"] == ""
    assert stanzas((tmp_path / "b.age").read_bytes()) == (2, 0)  # the vault, the recovery key
    with restore_backup(
        tmp_path / "b.age", tmp_path / "r", recovery_age_identity_strings(recovery_key)[:1],
        lambda h: h.unwrap_with_recovery(recovery.parse_key(recovery_key)),
    ) as restored:  # fmt: skip
        assert [i.payload["title"] for i in restored.items("case")] == ["Backed up"]
        assert restored.identity.hybrid_seed is not None
    with Vault.open(tmp_path / "v", PASSPHRASE) as original:
        assert restored.identity.hybrid_seed == original.identity.hybrid_seed


def test_backup_x25519_is_for_age_1_1_and_warns(tmp_path: Path) -> None:
    vault, recovery_key = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    with vault:
        vault.save("case", {"title": "For an old age"})
        counts = write_backup(vault, tmp_path / "b.age", x25519=True)
        x25519 = pyrage.x25519.Identity.from_str(
            keys.age_identity_string(vault.identity.x25519_secret)
        )
    assert not counts["post_quantum"] and "NOT safe against a future quantum" in counts["warning"]
    data = (tmp_path / "b.age").read_bytes()
    assert stanzas(data) == (0, 2)
    with tarfile.open(fileobj=io.BytesIO(pyrage.decrypt(data, [x25519]))) as tar:
        names = tar.getnames()
    assert names[:2] == ["vigil-backup.json", "vault.header"]
    recovery_x25519 = recovery_age_identity_strings(recovery_key)[1]
    assert pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(recovery_x25519)])


def test_an_upgraded_vault_backs_up_to_x25519_until_it_knows_its_recovery_key(
    cli: Cli, tmp_path: Path
) -> None:
    recovery_key, _ = make_old_vault(cli.vault)
    first = cli("backup", "--out", str(tmp_path / "1.age"))
    assert "keys upgrade --recovery-key-file" in first.stderr
    assert stanzas((tmp_path / "1.age").read_bytes()) == (0, 2)
    key_file = tmp_path / "recovery.txt"
    key_file.write_text("C1GP-4RV4-CNK6-ET39-D9NP-RVBE-DXR7-2WKK-CPEJ\n")  # another vault's
    wrong = cli("keys", "upgrade", "--recovery-key-file", str(key_file), check=False)
    assert wrong.returncode != 0 and "recovery key" in wrong.stderr
    key_file.write_text(recovery_key + "\n")
    done = cli("keys", "upgrade", "--recovery-key-file", str(key_file))
    assert "Backups are post-quantum" in done.stdout
    second = cli("backup", "--out", str(tmp_path / "2.age"))
    assert "WARNING" not in second.stderr and "post-quantum" in second.stdout
    assert stanzas((tmp_path / "2.age").read_bytes()) == (2, 0)
    with restore_backup(
        tmp_path / "2.age", tmp_path / "r", recovery_age_identity_strings(recovery_key),
        lambda h: h.unwrap_with_recovery(recovery.parse_key(recovery_key)),
    ) as restored:  # fmt: skip
        titles = [i.payload["title"] for i in restored.items("case")]
    assert titles == ["Written before hybrid keys"]


def test_retired_hybrid_keys_survive_a_new_identity_and_a_backup(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    with vault:
        before = vault.save("case", {"title": "Before"})
        old = vault.identity
        vault.rekey(PASSPHRASE, FAST_KDF, new_identity=True)
        assert vault.identity.hybrid_seed not in (None, old.hybrid_seed)
        after = vault.save("case", {"title": "After"})
        assert [i.hybrid_seed for i in vault.retired_identities()] == [old.hybrid_seed]
        write_backup(vault, tmp_path / "b.age")
        exported = [str(vault.identity.hybrid_identity)]
    with Vault.open(tmp_path / "v", PASSPHRASE) as reopened:
        assert reopened.revision(before.id).payload["title"] == "Before"
    with restore_backup(
        tmp_path / "b.age", tmp_path / "r", exported,
        lambda h: h.unwrap_with_passphrase(PASSPHRASE),
    ) as restored:  # fmt: skip
        assert restored.revision(before.id).payload["title"] == "Before"
        assert restored.revision(after.id).payload["title"] == "After"
        assert [i.hybrid_seed for i in restored.retired_identities()] == [old.hybrid_seed]


def test_identity_export_holds_the_hybrid_key_first(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    case = cli("case", "add", "--title", "Exported").last_line
    cli("identity", "export", "--out", str(tmp_path / "id.txt"))
    lines = (tmp_path / "id.txt").read_text().splitlines()
    found = [line for line in lines if line.startswith("AGE-SECRET-KEY-")]
    assert [k.startswith("AGE-SECRET-KEY-PQ-1") for k in found] == [True, False]
    assert any(line.startswith("# post-quantum public key: age1pq1") for line in lines)
    with Vault.open(cli.vault, PASSPHRASE) as vault:
        (rev,) = vault.history(case)
        assert str(vault.identity.hybrid_recipient) in "\n".join(lines)
    assert age.decrypt(rev.envelope, found[:1])  # the hybrid key alone opens it


def test_the_recovery_record_follows_the_recovery_key(tmp_path: Path) -> None:
    """After a new recovery key, the old one's hybrid recipient is never used again."""
    vault, first = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    with vault:
        was = hybrid.recovery_recipient(vault)
        second = vault.rekey(PASSPHRASE, FAST_KDF)
        now = hybrid.recovery_recipient(vault)
        assert now is not None and now != was
        want = keys.recovery_hybrid_identity(recovery.parse_key(second)).recipient
        assert now == want
        # a stale record (say, a crash between the header and the database) is ignored
        vault.set_meta(hybrid.RECOVERY_PQ, json.dumps({"x25519": "00" * 32, "age": str(was)}))
        assert hybrid.recovery_recipient(vault) is None
    del first
