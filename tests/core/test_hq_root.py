"""The HQ root seed and the root-signed operational key set (docs/hq-keys.md, formats.md §19)."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric import mldsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.crypto import hq_keyset, hq_root, recovery
from vigil.crypto.age import HybridIdentity, X25519Identity
from vigil.crypto.errors import RecoveryKeyInvalid
from vigil.crypto.hq_keyset import KeySetInvalid

ORG = "Field Office Almaty"


def _desk(org: str = ORG, hybrid: bool = False) -> hq_keyset.DeskKeys:
    recipients = [str(X25519Identity.generate().recipient)]
    if hybrid:
        recipients.append(str(HybridIdentity.generate().recipient))
    return hq_keyset.DeskKeys(
        org,
        Ed25519PrivateKey.generate().public_key().public_bytes_raw(),
        mldsa.MLDSA65PrivateKey.generate().public_key().public_bytes_raw(),
        tuple(recipients),
    )


@pytest.fixture(scope="module")
def root() -> hq_root.RootKey:
    return hq_root.RootKey.generate()


@pytest.fixture(scope="module")
def other_root() -> hq_root.RootKey:
    return hq_root.RootKey.generate()


def test_seed_prints_and_reads_back_to_the_same_root_keys(root: hq_root.RootKey) -> None:
    text = root.text()
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    again = hq_root.parse(text.lower().replace("-", " "))
    assert again.seed == root.seed
    assert again.ed25519_public == root.ed25519_public
    assert again.mldsa65_public == root.mldsa65_public
    assert len(root.fingerprint) == 64
    assert root.seed.hex() not in repr(root) and text not in repr(root)


def test_both_root_keys_derive_from_the_seed_under_their_own_labels() -> None:
    a, b = hq_root.RootKey(b"\x01" * 32), hq_root.RootKey(b"\x02" * 32)
    assert a.ed25519_public == hq_root.RootKey(b"\x01" * 32).ed25519_public
    assert a.ed25519_public != b.ed25519_public and a.mldsa65_public != b.mldsa65_public
    # Neither key is the seed used raw: the ML-DSA seed is not the seed, nor the Ed25519 key.
    raw_ml = mldsa.MLDSA65PrivateKey.from_seed_bytes(b"\x01" * 32).public_key().public_bytes_raw()
    raw_ed = Ed25519PrivateKey.from_private_bytes(b"\x01" * 32).public_key().public_bytes_raw()
    assert a.mldsa65_public != raw_ml and a.ed25519_public != raw_ed


@pytest.mark.parametrize(
    ("mangle", "words"),
    [
        (lambda t: t[:-5], "has 56 letters and digits; this one has 52"),
        (lambda t: t + "-AAAA", "this one has 60"),
        (lambda t: "U" + t[1:], "never contains U"),
        (lambda t: t[:10] + ("B" if t[10] != "B" else "C") + t[11:], "typo"),
    ],
)
def test_a_truncated_or_garbled_seed_is_named_and_exits_2(
    root: hq_root.RootKey, mangle: object, words: str
) -> None:
    with pytest.raises(hq_root.RootSeedInvalid, match=words) as caught:
        hq_root.parse(mangle(root.text()))  # type: ignore[operator]
    assert caught.value.exit_code == 2


def test_a_recovery_key_is_never_taken_for_a_root_seed_nor_the_other_way() -> None:
    rec = recovery.format_key(recovery.new_secret())
    with pytest.raises(hq_root.RootSeedInvalid):
        hq_root.parse(rec)
    with pytest.raises(RecoveryKeyInvalid):
        recovery.parse_key(hq_root.RootKey.generate().text())
    # Same length, other domain: the check group tells them apart.
    secret = bytes(range(32))
    foreign = recovery.format_checked(secret, b"vigil recovery check")
    with pytest.raises(hq_root.RootSeedInvalid, match="typo"):
        hq_root.parse(foreign)


def test_a_wrong_check_group_names_the_whole_kind_of_secret() -> None:
    """The message says which secret has the typo, in full."""
    text = recovery.format_key(bytes(range(20)))
    wrong = text[:-1] + ("0" if text[-1] != "0" else "1")
    with pytest.raises(RecoveryKeyInvalid) as caught:
        recovery.parse_key(wrong)
    assert str(caught.value) == "That recovery key has a typo: its last group does not match."
    seed = hq_root.RootKey(bytes(range(32))).text()
    wrong = seed[:-1] + ("0" if seed[-1] != "0" else "1")
    with pytest.raises(hq_root.RootSeedInvalid) as root_caught:
        hq_root.parse(wrong)
    assert str(root_caught.value) == "That HQ root seed has a typo: its last group does not match."


def test_a_seed_whose_padding_bits_are_set_is_mistyped() -> None:
    """52 characters hold 260 bits for the seed's 256: the last body character carries four
    zero bits. Set, they are a typo the check group would not see (the seed reads the same
    without them), so they are refused first, whichever of them is set."""
    text = hq_root.RootKey(bytes(32)).text()
    groups = text.split("-")
    for char in "1248":  # each of the four padding bits
        body_end = groups[-2][:-1] + char
        with pytest.raises(hq_root.RootSeedInvalid) as caught:
            hq_root.parse("-".join([*groups[:-2], body_end, groups[-1]]))
        assert str(caught.value) == "That is not an HQ root seed: a character is mistyped."


def test_the_recovery_key_reads_as_before() -> None:
    secret = bytes(range(20))
    text = recovery.format_key(secret)
    assert recovery.parse_key(text) == secret
    with pytest.raises(RecoveryKeyInvalid, match="A recovery key has 36"):
        recovery.parse_key(text[:-3])


def test_root_key_file(tmp_path, root: hq_root.RootKey) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "hq-root.txt"
    hq_root.write_file(path, root)
    assert path.stat().st_mode & 0o777 == 0o600
    assert hq_root.read_file(str(path)).seed == root.seed
    with pytest.raises(FileExistsError):
        hq_root.write_file(path, root)  # never over a file that is there
    with pytest.raises(hq_root.BadArgument, match="cannot be read") as caught:
        hq_root.read_file(str(tmp_path / "missing"))
    assert caught.value.exit_code == 2
    (tmp_path / "bin").write_bytes(b"\xff\xfe" + b"A" * 10)
    with pytest.raises(hq_root.RootSeedInvalid, match="not plain text"):
        hq_root.read_file(str(tmp_path / "bin"))
    (tmp_path / "half").write_text(root.text()[:30])
    with pytest.raises(hq_root.RootSeedInvalid, match="this one has"):
        hq_root.read_file(str(tmp_path / "half"))


# The key set


def test_a_key_set_signed_by_the_root_verifies_with_its_fields(root: hq_root.RootKey) -> None:
    desk = _desk(hybrid=True)
    data = hq_keyset.sign(root, desk, 7)
    ks = hq_keyset.verify(data, root.fingerprint, ORG)
    assert ks.desk == desk and ks.serial == 7 and ks.raw == data
    assert ks.desk.recipients[1].startswith("age1pq1")
    assert hq_keyset.parse_request(desk.request()) == desk


def test_a_key_set_of_another_root_is_refused(
    root: hq_root.RootKey, other_root: hq_root.RootKey
) -> None:
    data = hq_keyset.sign(other_root, _desk(), 7)
    with pytest.raises(KeySetInvalid) as caught:
        hq_keyset.verify(data, root.fingerprint, ORG)
    assert caught.value.reason == "wrong_root" and caught.value.exit_code == 4


def _swap_signature(data: bytes, index: int, other: bytes) -> bytes:
    head, sigs = data.split(b"\n\n")
    lines, other_lines = sigs.split(b"\n"), other.split(b"\n\n")[1].split(b"\n")
    lines[index] = other_lines[index]
    return head + b"\n\n" + b"\n".join(lines)


@pytest.mark.parametrize("forged", [0, 1], ids=["ed25519-forged", "mldsa-forged"])
def test_one_root_signature_alone_is_not_enough(
    root: hq_root.RootKey, other_root: hq_root.RootKey, forged: int
) -> None:
    """An attacker who breaks one of the two algorithms holds only that half: the set carrying
    the genuine root keys and one genuine signature, the other made with another key, fails."""
    desk = _desk()
    genuine = hq_keyset.sign(root, desk, 9)
    hostile_desk = _desk()
    hostile = hq_keyset.sign(root, hostile_desk, 9)  # same root keys, other text
    # Genuine signature of one algorithm over the hostile text is impossible without the key,
    # so: the hostile text, with one signature replaced by the one over the genuine text.
    mixed = _swap_signature(hostile, forged, genuine)
    with pytest.raises(KeySetInvalid) as caught:
        hq_keyset.verify(mixed, root.fingerprint, ORG)
    assert caught.value.reason == "forged"
    # And a set that carries one signature line only is damage, not half a set.
    head, sigs = hostile.split(b"\n\n")
    one = head + b"\n\n" + sigs.split(b"\n")[forged] + b"\n"
    with pytest.raises(KeySetInvalid, match="exactly two root signatures"):
        hq_keyset.verify(one, root.fingerprint, ORG)
    # The ML-DSA signature is bound to the key-set context: a signature over the same text
    # without it does not pass.
    text = head + b"\n"
    bare = root.mldsa65.sign(text)
    ml_line = "\u2014 vigil-hq-root-mldsa65 " + base64.b64encode(bare).decode()
    no_ctx = head + b"\n\n" + sigs.split(b"\n")[0] + b"\n" + ml_line.encode() + b"\n"
    with pytest.raises(KeySetInvalid) as ctx:
        hq_keyset.verify(no_ctx, root.fingerprint, ORG)
    assert ctx.value.reason == "forged"


def test_a_lower_or_equal_serial_is_a_rollback(root: hq_root.RootKey) -> None:
    held = hq_keyset.verify(hq_keyset.sign(root, _desk(), 100), root.fingerprint, ORG)
    for serial in (99, 100):
        with pytest.raises(KeySetInvalid) as caught:
            hq_keyset.verify(hq_keyset.sign(root, _desk(), serial), root.fingerprint, ORG, held)
        assert caught.value.reason == "rollback"
    assert hq_keyset.verify(held.raw, root.fingerprint, ORG, held) is held  # fetched twice
    newer = hq_keyset.verify(hq_keyset.sign(root, _desk(), 101), root.fingerprint, ORG, held)
    assert newer.serial == 101


def test_a_set_for_another_organisation_is_refused(root: hq_root.RootKey) -> None:
    data = hq_keyset.sign(root, _desk(org="Another Org"), 5)
    with pytest.raises(KeySetInvalid) as caught:
        hq_keyset.verify(data, root.fingerprint, ORG)
    assert caught.value.reason == "wrong_org"


def test_next_serial_rises_above_the_current_set_even_with_a_clock_behind() -> None:
    far = 2**50
    assert hq_keyset.next_serial(far) == far + 1
    assert hq_keyset.next_serial(0) > 1_700_000_000_000


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: d.replace(b"\n", b"\r\n"),
        lambda d: d.replace(b"serial 12\n", b"serial 012\n"),
        lambda d: d.replace(b"serial 12\n", b"serial +12\n"),
        lambda d: d.replace(b"vigil-hq-keys/v1\n", b"vigil-hq-keys/v1 \n"),
        lambda d: d.replace(b"\norg ", b"\norg  "),
        lambda d: d.replace(b"\nissued ", b"\nissued 1"),
        lambda d: d.replace(b"\n\n", b"\nextra line\n\n"),
        lambda d: d[:-1],
        lambda d: d + "\u2014 x AAAA\n".encode(),
        lambda d: d.replace(b"\nrecipient ", b"\nrecipient age1nothing\nrecipient "),
        lambda d: d.replace(b"=\n", b"\n", 1),
        lambda d: d.replace(b"hq-ed25519 ", b"hq-mldsa65 ", 1),
        lambda d: b"\xef\xbb\xbf" + d,
        lambda d: d * 5,
    ],
)
def test_the_parser_is_strict(root: hq_root.RootKey, mangle: object) -> None:
    data = hq_keyset.sign(root, _desk(), 12)
    bad = mangle(data)  # type: ignore[operator]
    assert bad != data
    with pytest.raises(KeySetInvalid) as caught:
        hq_keyset.verify(bad, root.fingerprint, ORG)
    assert caught.value.reason in ("malformed", "forged")


def test_a_later_version_is_named_as_such(root: hq_root.RootKey) -> None:
    data = hq_keyset.sign(root, _desk(), 12).replace(b"vigil-hq-keys/v1", b"vigil-hq-keys/v2")
    with pytest.raises(KeySetInvalid) as caught:
        hq_keyset.parse(data)
    assert caught.value.reason == "unknown_format"


def test_a_desk_request_that_is_damaged_is_refused() -> None:
    req = _desk().request()
    for bad in (req.replace(b"org ", b"orgx "), req.split(b"recipient")[0], b"hello\n"):
        with pytest.raises(KeySetInvalid):
            hq_keyset.parse_request(bad)
    assert len(_desk().short.split()) == 6
