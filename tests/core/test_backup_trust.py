"""Backups of vaults that hold other devices' revisions (docs/formats.md §11).

Real vaults, real envelopes, the real merge path: an HQ-like vault merges a field vault's
revisions as the HQ desk does (trust on first use), and a field vault merges revisions by a
pinned HQ key. Their backups restore with every revision and the signed trust table. Crafted
backups are made the way an attacker who knows a vault's public age recipient could make
them: decrypt one's own copy (the tests hold the identity), change the tar, encrypt again.
"""

from __future__ import annotations

import io
import json
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto import age, keys, signed_note
from vigil.crypto.envelope import canonical_json
from vigil.crypto.errors import IntegrityError
from vigil.vault import backup_manifest, merge
from vigil.vault.backup import MANIFEST, restore_backup, write_backup
from vigil.vault.items import Change, now
from vigil.vault.store import DB_FILE, HEADER_FILE, Vault
from vigil.vault.verify import verify_vault

Members = dict[str, bytes]


def _vault(root: Path, name: str) -> Vault:
    return Vault.create(root / name, PASSPHRASE, FAST_KDF)[0]


def _address_to(sender: Vault, reader: Vault) -> None:
    """What enrolment does: the sender's envelopes are also encrypted to the reader's key."""
    sender.set_meta("recipients", json.dumps([reader.identity.recipient_string]))


def _revisions(vault: Vault) -> set[str]:
    return {row[0] for row in vault.conn.execute("SELECT id FROM revisions")}


def _restore(owner: Vault, backup: Path, target: Path, allow_unsigned: bool = False) -> Vault:
    """Restore with the exported identity and the passphrase, as `vigil restore` does."""
    identity = [str(owner.identity.hybrid_identity), keys.age_identity_string(
        owner.identity.x25519_secret)]  # fmt: skip
    return restore_backup(
        backup, target, identity, lambda h: h.unwrap_with_passphrase(PASSPHRASE), allow_unsigned
    )


@dataclass
class Org:
    hq: Vault
    field: Vault
    case: str  # the field's case, which HQ edited


@pytest.fixture
def org(tmp_path: Path) -> Org:
    hq, field = _vault(tmp_path, "hq"), _vault(tmp_path, "field")
    _address_to(field, hq)
    case = field.save("case", {"title": "Detained at the checkpoint"}).item
    field.save_many([Change("note", {"text": "Seen by two witnesses"}, case_id=case)])
    report = merge.merge(hq, (e for _, e in field.envelopes()), merge.Trust(first_use=True))
    assert (report.added, report.refused) == (2, [])
    hq.save("case", {"title": "A campaign opened at HQ"})
    hq.save("case", {"title": "Detained at the checkpoint (checked)"}, item_id=case)
    assert verify_vault(hq) == []
    return Org(hq, field, case)


# -- the round trip ---------------------------------------------------------------------------


def test_hq_backup_restores_every_revision_and_keeps_trusting_the_field(
    org: Org, tmp_path: Path
) -> None:
    backup = tmp_path / "hq.age"
    write_backup(org.hq, backup)
    with _restore(org.hq, backup, tmp_path / "restored") as restored:
        assert _revisions(restored) == _revisions(org.hq)
        assert verify_vault(restored) == []
        assert restored.get(org.case) == org.hq.get(org.case)
        # No first-use trust now: the field device is accepted because the restored trust
        # table names it, and a device it never saw is still refused.
        later = org.field.save("note", {"text": "Released on bail"}, case_id=org.case)
        report = merge.merge(restored, [later.envelope], merge.Trust())
        assert (report.added, report.refused) == (1, [])
        stranger = _vault(tmp_path, "stranger")
        _address_to(stranger, org.hq)
        alien = stranger.save("case", {"title": "Not from this organisation"})
        report = merge.merge(restored, [alien.envelope], merge.Trust())
        assert report.refused == [alien.id]
        assert verify_vault(restored) == []


def test_field_backup_with_revisions_by_the_pinned_hq_key_restores(
    org: Org, tmp_path: Path
) -> None:
    desk = _vault(tmp_path, "desk")  # its chain starts here, so the field takes it whole
    _address_to(desk, org.field)
    alert = desk.save("case", {"title": "Urgent action opened by HQ"})
    hq_key = desk.identity.verify_key_bytes
    report = merge.merge(org.field, [alert.envelope], merge.Trust(hq_keys=frozenset({hq_key})))
    assert (report.added, report.refused) == (1, [])
    backup = tmp_path / "field.age"
    write_backup(org.field, backup)
    with _restore(org.field, backup, tmp_path / "restored") as restored:
        assert _revisions(restored) == _revisions(org.field)
        assert verify_vault(restored) == []


# -- crafted backups --------------------------------------------------------------------------


def _members(backup: Path, owner: Vault) -> Members:
    plain = age.decrypt(backup.read_bytes(), owner.identity.age_identities)
    out: Members = {}
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        for member in tar:
            handle = tar.extractfile(member)
            assert handle is not None
            out[member.name] = handle.read()
    return out


def _seal(members: Members, owner: Vault, out: Path) -> Path:
    """Encrypt a tar to the owner's public (hybrid) key: all an attacker needs to know."""
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    recipient = owner.identity.hybrid_recipient
    assert recipient is not None
    out.write_bytes(age.encrypt(buffer.getvalue(), [recipient]))
    return out


def _signed_body(members: Members) -> tuple[dict[str, object], bytes]:
    """The manifest's signed body, and the note's signature block as it stands."""
    note = json.loads(members[MANIFEST])["signed"].encode()
    at = note.rfind(b"\n\n")
    return json.loads(note[:at]), note[at + 2 :]


def _with_note(members: Members, note: bytes) -> Members:
    outer = {"format": "vigil-backup", "version": 2, "signed": note.decode()}
    return {**members, MANIFEST: json.dumps(outer).encode()}


def _refused(
    owner: Vault, bad: Path, target: Path, match: str, allow_unsigned: bool = False
) -> None:
    with pytest.raises(IntegrityError, match=match):
        _restore(owner, bad, target, allow_unsigned)
    assert not (target / HEADER_FILE).exists()
    assert not (target / DB_FILE).exists()


def _field_device(org: Org) -> str:
    return str(org.field.device.hex())


def test_a_trust_table_changed_without_a_new_signature_is_refused(org: Org, tmp_path: Path) -> None:
    write_backup(org.hq, tmp_path / "hq.age")
    members = _members(tmp_path / "hq.age", org.hq)
    body, signature = _signed_body(members)
    devices = body["devices"]
    assert isinstance(devices, dict)
    devices[_field_device(org)] = "ab" * 32  # a key of the attacker's choosing
    bad = _with_note(members, canonical_json(body) + b"\n\n" + signature)
    path = _seal(bad, org.hq, tmp_path / "bad.age")
    _refused(org.hq, path, tmp_path / "restored", "not signed by this vault's key")


def _third_party_revision(org: Org, tmp_path: Path) -> tuple[str, bytes]:
    other = _vault(tmp_path, "other")
    _address_to(other, org.hq)
    rev = other.save("case", {"title": "Planted"})
    return rev.id, rev.envelope


def test_a_revision_added_to_a_signed_backup_is_refused(org: Org, tmp_path: Path) -> None:
    write_backup(org.hq, tmp_path / "hq.age")
    members = _members(tmp_path / "hq.age", org.hq)
    rev_id, data = _third_party_revision(org, tmp_path)
    members[f"revisions/{rev_id}.age"] = data
    path = _seal(members, org.hq, tmp_path / "bad.age")
    _refused(org.hq, path, tmp_path / "restored", "signed manifest does not list")


def test_a_foreign_revision_missing_from_the_signed_trust_table_is_refused(
    org: Org, tmp_path: Path
) -> None:
    """Defence in depth behind the contents digest: even a manifest that really is signed
    with the vault's key vouches only for the devices its table names."""
    write_backup(org.hq, tmp_path / "hq.age")
    members = _members(tmp_path / "hq.age", org.hq)
    devices = {
        str(d): str(k) for d, k in org.hq.conn.execute("SELECT device, author_key FROM devices")
    }
    del devices[_field_device(org)]
    revisions = [n[len("revisions/") : -len(".age")] for n in members if n.startswith("revisions/")]
    blobs = [n[len("attachments/") :] for n in members if n.startswith("attachments/")]
    sizes = {b: len(members[f"attachments/{b}"]) for b in blobs}
    manifest = backup_manifest.build(
        org.hq.identity, org.hq.header, devices, now(), revisions, sizes
    )
    path = _seal({**members, MANIFEST: manifest}, org.hq, tmp_path / "bad.age")
    _refused(org.hq, path, tmp_path / "restored", "did not trust for device")


def test_a_backup_signed_by_another_key_is_refused(org: Org, tmp_path: Path) -> None:
    """An attacker who knows the vault's recipient and holds its header (say, from a seized
    copy) signs a manifest that trusts their own device, with a planted revision."""
    write_backup(org.hq, tmp_path / "hq.age")
    members = _members(tmp_path / "hq.age", org.hq)
    attacker = keys.Identity.generate()
    rev_id, data = _third_party_revision(org, tmp_path)
    members[f"revisions/{rev_id}.age"] = data
    devices = {
        str(d): str(k) for d, k in org.hq.conn.execute("SELECT device, author_key FROM devices")
    }
    other = Vault.open(tmp_path / "other", PASSPHRASE)
    devices[other.device.hex()] = other.identity.verify_key_bytes.hex()
    other.close()
    revisions = [n[len("revisions/") : -len(".age")] for n in members if n.startswith("revisions/")]
    manifest = backup_manifest.build(attacker, org.hq.header, devices, now(), revisions, {})
    path = _seal({**members, MANIFEST: manifest}, org.hq, tmp_path / "bad.age")
    _refused(org.hq, path, tmp_path / "restored", "not signed by this vault's key")


def test_a_second_signature_line_by_another_key_does_not_help(org: Org, tmp_path: Path) -> None:
    """Signature lines by other keys are skipped; the vault's own line must still verify."""
    write_backup(org.hq, tmp_path / "hq.age")
    members = _members(tmp_path / "hq.age", org.hq)
    body, signature = _signed_body(members)
    body["created"] = "2000-01-01T00:00:00Z"
    text = canonical_json(body) + b"\n"
    attacker = keys.Identity.generate()
    forged = signed_note.sign(text, "vigil-attacker", attacker.signing_key)
    bad = _with_note(members, forged + signature)
    path = _seal(bad, org.hq, tmp_path / "bad.age")
    _refused(org.hq, path, tmp_path / "restored", "not signed by this vault's key")


# -- version 1 --------------------------------------------------------------------------------


def _as_version_1(backup: Path, owner: Vault, out: Path) -> Path:
    """The same backup as the Vigil before version 2 wrote it: an unsigned JSON manifest."""
    members = _members(backup, owner)
    manifest = {
        "format": "vigil-backup",
        "version": 1,
        "vault_id": owner.header.vault_id.hex(),
        "created": now(),
        "revisions": sum(n.startswith("revisions/") for n in members),
        "attachments": sum(n.startswith("attachments/") for n in members),
    }
    return _seal({**members, MANIFEST: json.dumps(manifest).encode()}, owner, out)


def test_a_version_1_backup_of_own_revisions_still_restores(tmp_path: Path) -> None:
    vault = _vault(tmp_path, "solo")
    case = vault.save("case", {"title": "Only this vault's work"}).item
    write_backup(vault, tmp_path / "solo.age")
    old = _as_version_1(tmp_path / "solo.age", vault, tmp_path / "v1.age")
    _refused(vault, old, tmp_path / "refused", "allow-unsigned-backup")
    with _restore(vault, old, tmp_path / "restored", allow_unsigned=True) as restored:
        assert restored.get(case) == vault.get(case)
        assert verify_vault(restored) == []


def test_a_version_1_backup_with_other_devices_revisions_is_refused_plainly(
    org: Org, tmp_path: Path
) -> None:
    write_backup(org.hq, tmp_path / "hq.age")
    old = _as_version_1(tmp_path / "hq.age", org.hq, tmp_path / "v1.age")
    _refused(org.hq, old, tmp_path / "restored", r"older Vigil.*revisions signed by other", True)


@pytest.mark.parametrize(
    "change",
    [
        lambda m: {**m, "version": 99},
        lambda m: {k: v for k, v in m.items() if k != "signed"},
    ],
    ids=["newer version", "no signed part"],
)
def test_an_unreadable_version_2_manifest_is_refused(
    org: Org, tmp_path: Path, change: Callable[[dict[str, object]], dict[str, object]]
) -> None:
    write_backup(org.hq, tmp_path / "hq.age")
    members = _members(tmp_path / "hq.age", org.hq)
    members[MANIFEST] = json.dumps(change(json.loads(members[MANIFEST]))).encode()
    path = _seal(members, org.hq, tmp_path / "bad.age")
    _refused(org.hq, path, tmp_path / "restored", "newer Vigil|no signed part")


# -- version 2 --------------------------------------------------------------------------------


def _as_version_2(members: Members, owner: Vault, out: Path) -> Path:
    """The same backup as the Vigil before version 3 wrote it: counts and a names digest."""
    revisions = [n[len("revisions/") : -len(".age")] for n in members if n.startswith("revisions/")]
    blobs = [n[len("attachments/") :] for n in members if n.startswith("attachments/")]
    devices = {
        str(d): str(k) for d, k in owner.conn.execute("SELECT device, author_key FROM devices")
    }
    body = {
        "format": "vigil-backup",
        "version": 2,
        "type": "backup-manifest",
        "vault_id": owner.header.vault_id.hex(),
        "created": now(),
        "header": keys.sha256(owner.header.to_bytes()).hex(),
        "revisions": len(revisions),
        "attachments": len(blobs),
        "contents": backup_manifest.contents_digest(revisions, blobs),
        "devices": devices,
    }
    note = signed_note.sign(
        canonical_json(body) + b"\n",
        backup_manifest.signer_name(owner.header.vault_id),
        owner.identity.signing_key,
    )
    manifest = {"format": "vigil-backup", "version": 2, "signed": note.decode()}
    return _seal({**members, MANIFEST: json.dumps(manifest).encode()}, owner, out)


def test_a_version_2_backup_still_restores_and_must_be_whole(org: Org, tmp_path: Path) -> None:
    write_backup(org.hq, tmp_path / "hq.age")
    members = _members(tmp_path / "hq.age", org.hq)
    old = _as_version_2(members, org.hq, tmp_path / "v2.age")
    with _restore(org.hq, old, tmp_path / "restored") as restored:
        assert _revisions(restored) == _revisions(org.hq)
        assert verify_vault(restored) == []
    dropped = next(n for n in members if n.startswith("revisions/"))
    signed_whole = _as_version_2(members, org.hq, tmp_path / "whole.age")
    short = {n: d for n, d in _members(signed_whole, org.hq).items() if n != dropped}
    bad = _seal(short, org.hq, tmp_path / "short.age")
    _refused(org.hq, bad, tmp_path / "short", "contents differ from its signed manifest")


def test_a_revision_merged_after_a_newer_one_does_not_win_on_restore(
    org: Org, tmp_path: Path
) -> None:
    """The backup streams revisions in the order the vault stored them, not in time order: a
    field edit merged after HQ's newer edit comes later in the file, and must not become the
    item's state just because it was read last."""
    older = org.field.save("case", {"title": "Edited in the field"}, item_id=org.case)
    newer = org.hq.save("case", {"title": "Edited at HQ, later"}, item_id=org.case)
    assert (older.time, older.seq) < (newer.time, newer.seq)
    report = merge.merge(org.hq, [older.envelope], merge.Trust())
    assert (report.added, report.refused) == (1, [])
    assert org.hq.get(org.case).payload["title"] == "Edited at HQ, later"
    backup = tmp_path / "hq.age"
    write_backup(org.hq, backup)
    with _restore(org.hq, backup, tmp_path / "restored") as restored:
        assert restored.get(org.case) == org.hq.get(org.case)
