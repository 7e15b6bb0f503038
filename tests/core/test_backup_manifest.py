"""The backup manifest's own checks (vault/backup_manifest.py), without whole backups.

`test_backup_trust.py` reaches these checks only through backups it builds and restores, so
`make mutate` left most of them unjudged or surviving: a trust table whose ids are not both
hex, a negative attachment size, a version given as `true`. Here each manifest is signed by
hand with a vault identity, the way an attacker who had stolen that identity could not avoid
and a careless writer could, and every field is tried at its edge.
"""

from __future__ import annotations

import json
import os
from types import SimpleNamespace
from typing import Any, cast

import pytest

from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto import keys, signed_note
from vigil.crypto.envelope import Revision, canonical_json
from vigil.crypto.errors import IntegrityError, VigilError
from vigil.crypto.header import Header
from vigil.vault import backup_manifest as bm

DEVICE = "ab" * 16
KEY = "cd" * 32
REV = "01" * 32
BLOB = "ef" * 32 + ".age"


@pytest.fixture(scope="module")
def identity() -> keys.Identity:
    return keys.Identity.generate()


@pytest.fixture(scope="module")
def header(identity: keys.Identity) -> Header:
    return Header.create(PASSPHRASE, FAST_KDF, os.urandom(32), identity, os.urandom(20))


def _body(vault: Header, version: int = 3, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "format": bm.FORMAT,
        "version": version,
        "type": "backup-manifest",
        "vault_id": vault.vault_id.hex(),
        "created": "2026-01-01T00:00:00Z",
        "header": keys.sha256(vault.to_bytes()).hex(),
        "revisions": [REV] if version == 3 else 1,
        "attachments": {BLOB: 10} if version == 3 else 1,
        "devices": {DEVICE: KEY},
    }
    body.update(changes)
    return body


def _signed(
    identity: keys.Identity, header: Header, body: object, version: int = 3
) -> dict[str, Any]:
    note = signed_note.sign(
        canonical_json(body) + b"\n",
        bm.signer_name(header.vault_id),
        identity.signing_key,
        identity.verify_key_bytes,
    )
    return {"format": bm.FORMAT, "version": version, "signed": note.decode()}


def _verify(identity: keys.Identity, header: Header, body: object, version: int = 3) -> bm.Expected:
    return bm.verify(_signed(identity, header, body, version), header, identity)


def _rev(device: str = DEVICE, key: str = KEY, rev_id: str = REV) -> Revision:
    return cast(
        Revision,
        SimpleNamespace(device=bytes.fromhex(device), author_key=bytes.fromhex(key), id=rev_id),
    )


# -- names and digests -------------------------------------------------------------------------


def test_the_signer_name_is_the_vault_id_in_hex_after_its_own_prefix() -> None:
    assert bm.signer_name(bytes(range(16))) == "vigil-backup-000102030405060708090a0b0c0d0e0f"


def test_the_contents_digest_is_over_the_sorted_names_revisions_first() -> None:
    names = "revisions/a.age\nrevisions/b.age\nattachments/0.age\nattachments/1.age\n"
    expected = keys.sha256(names.encode()).hex()
    assert bm.contents_digest(["b", "a"], ["1.age", "0.age"]) == expected
    assert bm.contents_digest(["a", "b"], ["0.age", "1.age"]) == expected
    assert bm.contents_digest(["a"], ["b"]) != bm.contents_digest(["b"], ["a"])


# -- build ---------------------------------------------------------------------------------------


def test_build_signs_every_field_and_a_retired_digest_only_when_there_is_one(
    identity: keys.Identity, header: Header
) -> None:
    data = bm.build(identity, header, {DEVICE: KEY}, "now", [REV], {BLOB: 10})
    manifest = bm.parse(data)
    assert (manifest["format"], manifest["version"]) == (bm.FORMAT, 3)
    text, _ = signed_note.verify(
        manifest["signed"].encode(), {bm.signer_name(header.vault_id): identity.verify_key_bytes}
    )
    body = json.loads(text)
    assert body == _body(header, created="now")
    assert "retired" not in body
    expected = bm.verify(manifest, header, identity)
    assert (expected.version, expected.devices, expected.retired) == (3, {DEVICE: KEY}, None)
    assert (expected.revisions, expected.attachments) == ({REV}, {BLOB: 10})

    retired = b"retired identities"
    body = json.loads(
        signed_note.split(
            json.loads(bm.build(identity, header, {}, "now", [], {}, retired))["signed"].encode()
        )[0]
    )
    assert body["retired"] == keys.sha256(retired).hex()
    manifest = bm.parse(bm.build(identity, header, {}, "now", [], {}, retired))
    assert bm.verify(manifest, header, identity).retired == keys.sha256(retired).hex()


def test_the_manifest_limit_is_the_documented_32_mib() -> None:
    assert bm.MAX_MANIFEST == 32 * 1024 * 1024  # docs/formats.md §11: "at most 32 MiB"


def test_build_refuses_a_manifest_over_the_limit_and_writes_one_at_it(
    identity: keys.Identity, header: Header, monkeypatch: pytest.MonkeyPatch
) -> None:
    size = len(bm.build(identity, header, {DEVICE: KEY}, "now", [REV], {BLOB: 10}))
    monkeypatch.setattr(bm, "MAX_MANIFEST", size)
    assert len(bm.build(identity, header, {DEVICE: KEY}, "now", [REV], {BLOB: 10})) == size
    monkeypatch.setattr(bm, "MAX_MANIFEST", size - 1)
    with pytest.raises(VigilError, match="has 1 revisions and trusts 1 devices, too many"):
        bm.build(identity, header, {DEVICE: KEY}, "now", [REV], {BLOB: 10})


# -- parse ---------------------------------------------------------------------------------------


def test_parse_reads_a_manifest_at_the_limit_and_refuses_one_byte_over(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = json.dumps({"format": bm.FORMAT, "version": 1}).encode()
    monkeypatch.setattr(bm, "MAX_MANIFEST", len(data))
    assert bm.parse(data)["version"] == 1
    monkeypatch.setattr(bm, "MAX_MANIFEST", len(data) - 1)
    with pytest.raises(IntegrityError, match="larger than any Vigil writes"):
        bm.parse(data)


@pytest.mark.parametrize(
    "found", [[], "vigil-backup", {"format": "vigil-backupx"}, {"format": "vigil-backua"}, {}]
)
def test_parse_refuses_what_is_not_a_vigil_backup(found: object) -> None:
    with pytest.raises(IntegrityError, match="not a Vigil backup"):
        bm.parse(json.dumps(found).encode())


@pytest.mark.parametrize("version", [0, 4, True, 3.0, "3", None])
def test_parse_refuses_versions_it_cannot_read(version: object) -> None:
    data = json.dumps({"format": bm.FORMAT, "version": version, "signed": "x"}).encode()
    with pytest.raises(IntegrityError, match="newer Vigil"):
        bm.parse(data)


@pytest.mark.parametrize("version", [2, 3])
@pytest.mark.parametrize("signed", [None, 1, ["x"]])
def test_parse_refuses_a_signed_version_without_its_signed_part(
    version: int, signed: object
) -> None:
    found = {"format": bm.FORMAT, "version": version}
    if signed is not None:
        found["signed"] = signed
    with pytest.raises(IntegrityError, match="carries no signed part"):
        bm.parse(json.dumps(found).encode())


def test_parse_reads_version_1_without_a_signed_part() -> None:
    assert bm.parse(b'{"format": "vigil-backup", "version": 1}')["version"] == 1


# -- version 1: unsigned --------------------------------------------------------------------------


def test_an_unsigned_manifest_must_name_its_vault_and_count_in_integers(header: Header) -> None:
    good = {"vault_id": header.vault_id.hex(), "revisions": 2, "attachments": 0}
    expected = bm.unsigned(good, header)
    assert (expected.version, expected.devices, expected.counts) == (1, {}, (2, 0))
    for bad in (
        {**good, "vault_id": "00" * 16},  # one that sorts before the vault's id,
        {**good, "vault_id": "ff" * 16},  # and one after it
        {**good, "vault_id": header.vault_id.hex().upper()},
        {**good, "revisions": True},
        {**good, "revisions": 2.0},
        {**good, "attachments": False},
        {**good, "attachments": "0"},
    ):
        with pytest.raises(IntegrityError, match="does not describe its vault header"):
            bm.unsigned(bad, header)


# -- versions 2 and 3: signed ---------------------------------------------------------------------


def test_a_manifest_signed_by_another_key_is_refused(
    identity: keys.Identity, header: Header
) -> None:
    manifest = _signed(keys.Identity.generate(), header, _body(header))
    with pytest.raises(IntegrityError, match="not signed by this vault's key"):
        bm.verify(manifest, header, identity)


@pytest.mark.parametrize(
    "change",
    [
        {"format": "vigil-backupx"},
        {"version": 2},
        {"version": True},
        {"type": "backup-manifestx"},
        {"type": "revision"},
    ],
)
def test_a_signed_body_of_another_format_version_or_type_is_malformed(
    identity: keys.Identity, header: Header, change: dict[str, Any]
) -> None:
    with pytest.raises(IntegrityError, match="signed manifest is malformed"):
        _verify(identity, header, _body(header, **change))


def test_a_signed_body_that_is_not_an_object_is_malformed(
    identity: keys.Identity, header: Header
) -> None:
    with pytest.raises(IntegrityError, match="signed manifest is malformed"):
        _verify(identity, header, [bm.FORMAT, 3, "backup-manifest"])


@pytest.mark.parametrize("field", ["vault_id", "header"])
@pytest.mark.parametrize("value", ["00" * 16, "ff" * 16, "00" * 32, "ff" * 32, None])
def test_a_manifest_of_another_vault_or_header_is_refused(
    identity: keys.Identity, header: Header, field: str, value: object
) -> None:
    """Values that sort before and after the right one, so no ordering passes for equality."""
    with pytest.raises(IntegrityError, match="not the one its manifest signs"):
        _verify(identity, header, _body(header, **{field: value}))


@pytest.mark.parametrize(
    "devices",
    [
        [DEVICE, KEY],
        {DEVICE[:-1]: KEY},
        {DEVICE + "a": KEY},
        {DEVICE.upper(): KEY},
        {"g" + DEVICE[1:]: KEY},
        {DEVICE: KEY[:-1]},
        {DEVICE: KEY + "a"},
        {DEVICE: KEY.upper()},
        {DEVICE: "g" + KEY[1:]},
        {DEVICE: 1},
        {DEVICE: KEY, "ef" * 16: None},
    ],
)
def test_a_trust_table_whose_ids_or_keys_are_not_lowercase_hex_of_their_size_is_refused(
    identity: keys.Identity, header: Header, devices: object
) -> None:
    with pytest.raises(IntegrityError, match="malformed trust table"):
        _verify(identity, header, _body(header, devices=devices))


def test_an_empty_trust_table_is_read(identity: keys.Identity, header: Header) -> None:
    assert _verify(identity, header, _body(header, devices={})).devices == {}


def test_version_2_gives_its_counts_and_contents_digest(
    identity: keys.Identity, header: Header
) -> None:
    body = _body(header, 2, revisions=3, attachments=0, contents="c" * 64)
    expected = _verify(identity, header, body, 2)
    assert (expected.version, expected.counts, expected.contents) == (2, (3, 0), "c" * 64)
    assert (expected.revisions, expected.attachments) == (None, None)
    assert expected.devices == {DEVICE: KEY}
    for change in ({"revisions": True}, {"attachments": 1.0}, {"revisions": [REV]}):
        with pytest.raises(IntegrityError, match="signed manifest is malformed"):
            _verify(identity, header, {**body, **change}, 2)


@pytest.mark.parametrize(
    "change",
    [
        {"revisions": 1},
        {"revisions": [REV, REV]},
        {"revisions": [REV[:-1]]},
        {"revisions": [REV + "0"]},
        {"revisions": ["AB" * 32]},
        {"attachments": [BLOB]},
        {"attachments": {BLOB: -1}},
        {"attachments": {BLOB: True}},
        {"attachments": {BLOB: 1.0}},
        {"attachments": {"ef" * 32: 1}},
        {"attachments": {"ef" * 32 + ".tar": 1}},
        {"attachments": {"ef" * 31 + ".age": 1}},
        {"attachments": {"EF" * 32 + ".age": 1}},
    ],
)
def test_a_malformed_member_list_is_refused(
    identity: keys.Identity, header: Header, change: dict[str, Any]
) -> None:
    with pytest.raises(IntegrityError, match="malformed member list"):
        _verify(identity, header, _body(header, **change))


def test_a_list_of_many_revisions_is_read(identity: keys.Identity, header: Header) -> None:
    # Past CPython's cached small integers: lengths are compared by value, not identity.
    many = [f"{i:064x}" for i in range(300)]
    assert _verify(identity, header, _body(header, revisions=many)).revisions == set(many)


def test_an_empty_attachment_and_an_empty_backup_are_listed(
    identity: keys.Identity, header: Header
) -> None:
    assert _verify(identity, header, _body(header, attachments={BLOB: 0})).attachments == {BLOB: 0}
    empty = _verify(identity, header, _body(header, revisions=[], attachments={}))
    assert (empty.revisions, empty.attachments) == (set(), {})


@pytest.mark.parametrize("retired", ["ab" * 31, "AB" * 32, 1, ""])
def test_a_retired_digest_that_is_not_a_sha256_is_refused(
    identity: keys.Identity, header: Header, retired: object
) -> None:
    with pytest.raises(IntegrityError, match="signed manifest is malformed"):
        _verify(identity, header, _body(header, retired=retired))


# -- what a verified manifest expects -----------------------------------------------------------


def test_the_retired_member_must_match_its_digest_and_come_before_any_revision() -> None:
    retired = b"retired"
    expected = bm.Expected(
        3, {}, revisions={REV}, attachments={}, retired=keys.sha256(retired).hex()
    )
    with pytest.raises(IntegrityError, match="must come before its revisions"):
        expected.revision(REV)
    for wrong in (b"", b"0", b"1", b"2", b"3", b"retired!"):  # digests on both sides of it
        with pytest.raises(IntegrityError, match="retired identities are not the ones"):
            expected.retired_member(wrong)
    assert not expected.retired_taken
    expected.retired_member(retired)
    expected.revision(REV)
    expected.finish()

    with pytest.raises(IntegrityError, match="retired identities are not the ones"):
        bm.Expected(3, {}, revisions=set(), attachments={}).retired_member(retired)


def test_a_named_retired_member_that_never_came_is_missing() -> None:
    expected = bm.Expected(3, {}, revisions=set(), attachments={}, retired="00" * 32)
    with pytest.raises(IntegrityError, match="retired identities its signed manifest names"):
        expected.finish()


def test_a_member_the_list_does_not_name_is_refused_and_a_listed_one_missing_is_named() -> None:
    other = "02" * 32
    expected = bm.Expected(3, {}, revisions={REV, other}, attachments={BLOB: 10})
    with pytest.raises(IntegrityError, match="revision 030303030303, which"):
        expected.revision("03" * 32)
    for size in (9, 11):
        with pytest.raises(IntegrityError, match=f"attachment {BLOB[:12]} of {size} bytes"):
            expected.attachment(BLOB, size)
    with pytest.raises(IntegrityError, match="of 10 bytes"):
        expected.attachment("aa" * 32 + ".age", 10)
    expected.revision(REV)
    expected.attachment(BLOB, 10)
    with pytest.raises(IntegrityError, match=r"1 members .* \(such as 020202020202\)"):
        expected.finish()
    expected.revision(other)
    expected.finish()
    assert expected.seen_revisions == [REV, other] and expected.seen_attachments == [BLOB]


def test_the_first_missing_member_is_named_revisions_before_attachments() -> None:
    expected = bm.Expected(3, {}, revisions={"02" * 32, REV}, attachments={BLOB: 1})
    with pytest.raises(IntegrityError, match=r"3 members .* \(such as 010101010101\)"):
        expected.finish()


def test_version_3_names_a_missing_attachment_too() -> None:
    expected = bm.Expected(3, {}, revisions=set(), attachments={BLOB: 1, "aa" * 32 + ".age": 2})
    expected.attachment(BLOB, 1)
    with pytest.raises(IntegrityError, match=r"1 members .* \(such as aaaaaaaaaaaa\)"):
        expected.finish()


def test_versions_1_and_2_count_and_version_2_checks_its_digest() -> None:
    digest = bm.contents_digest([REV], [BLOB])
    two = bm.Expected(2, {}, counts=(1, 1), contents=digest)
    two.revision(REV)
    two.attachment(BLOB, 5)  # version 2 does not sign sizes
    two.finish()

    swapped = bm.Expected(2, {}, counts=(1, 1), contents=digest)
    swapped.revision("02" * 32)
    swapped.attachment(BLOB, 5)
    with pytest.raises(IntegrityError, match="differ from its signed manifest"):
        swapped.finish()

    short = bm.Expected(2, {}, counts=(1, 1), contents=None)
    short.revision(REV)
    with pytest.raises(IntegrityError, match="differ from its signed manifest"):
        short.finish()

    for wrong in ("0" * 64, "f" * 64):  # digests sorting before and after the right one
        other = bm.Expected(2, {}, counts=(1, 1), contents=wrong)
        other.revision(REV)
        other.attachment(BLOB, 5)
        with pytest.raises(IntegrityError, match="differ from its signed manifest"):
            other.finish()

    more = bm.Expected(1, {}, counts=(1, 0))  # one member more than counted
    more.revision(REV)
    more.revision("02" * 32)
    with pytest.raises(IntegrityError, match="differ from its manifest"):
        more.finish()

    one = bm.Expected(1, {}, counts=(1, 0))
    with pytest.raises(IntegrityError, match="differ from its manifest"):
        one.finish()
    one.revision(REV)
    one.finish()
    # A version 3 list with only one of its two parts counts, like version 2.
    half = bm.Expected(3, {}, revisions={REV}, counts=(1, 0))
    half.revision(REV)
    half.finish()
    with pytest.raises(IntegrityError, match="differ from its signed"):
        bm.Expected(3, {}, attachments={}, counts=(1, 0)).finish()


def test_a_revision_is_trusted_only_with_its_devices_key_in_the_table() -> None:
    expected = bm.Expected(3, {DEVICE: KEY})
    expected.author(_rev(), b"")
    for other in ("cc" * 32, "ce" * 32):  # keys sorting before and after the trusted one
        with pytest.raises(IntegrityError, match=f"Revision {REV[:12]} .* device {DEVICE[:12]}"):
            expected.author(_rev(key=other), bytes.fromhex(KEY))
    with pytest.raises(IntegrityError, match="did not trust"):
        expected.author(_rev(device="ac" * 16), bytes.fromhex(KEY))


def test_version_1_trusts_only_the_vaults_own_key() -> None:
    expected = bm.Expected(1, {DEVICE: KEY})
    own = bytes.fromhex(KEY)
    expected.author(_rev(device="00" * 16), own)
    for other in ("cc" * 32, "ce" * 32):  # a vault key sorting before and after the author's
        with pytest.raises(IntegrityError, match=f"such as {REV[:12]}\\)"):
            expected.author(_rev(), bytes.fromhex(other))
