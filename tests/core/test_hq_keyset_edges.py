"""A desk's keys at the documented limits (docs/formats.md §19): an organisation name of up
to 200 characters and one to eight HQ recipients, each edge tried on both sides. Written
after make mutate found these edges untested (docs/testing.md)."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import time

import pytest
from cryptography.hazmat.primitives.asymmetric import mldsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.crypto import hq_keyset, hq_root
from vigil.crypto.age import X25519Identity

ED = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
ML = mldsa.MLDSA65PrivateKey.generate().public_key().public_bytes_raw()
RECIPIENTS = tuple(str(X25519Identity.generate().recipient) for _ in range(9))


def request(org: str = "Field Office", recipients: int = 1) -> bytes:
    return hq_keyset.DeskKeys(org, ED, ML, RECIPIENTS[:recipients]).request()


@pytest.mark.parametrize(("length", "accepted"), [(1, True), (200, True), (201, False)])
def test_an_organisation_name_of_up_to_200_characters(length: int, accepted: bool) -> None:
    data = request(org="O" * length)
    if accepted:
        assert hq_keyset.parse_request(data).org == "O" * length
        return
    with pytest.raises(hq_keyset.KeySetInvalid, match="organisation name is malformed"):
        hq_keyset.parse_request(data)


@pytest.mark.parametrize("org", [" Field Office", "Field Office ", "Field\tOffice"])
def test_an_organisation_name_with_outer_spaces_or_control_characters(org: str) -> None:
    with pytest.raises(hq_keyset.KeySetInvalid, match="organisation name is malformed"):
        hq_keyset.parse_request(request(org=org))


@pytest.mark.parametrize(("count", "accepted"), [(1, True), (7, True), (8, True), (9, False)])
def test_one_to_eight_hq_recipients(count: int, accepted: bool) -> None:
    data = request(recipients=count)
    if accepted:
        assert hq_keyset.parse_request(data).recipients == RECIPIENTS[:count]
        return
    with pytest.raises(hq_keyset.KeySetInvalid, match="more than 8"):
        hq_keyset.parse_request(data)


# The key set itself: every check at its edge, each refusal in its own words.

ROOT = hq_root.RootKey.generate()
DESK = hq_keyset.DeskKeys("Field Office", ED, ML, RECIPIENTS[:1])


def key_set(serial: int = 12) -> bytes:
    return hq_keyset.sign(ROOT, DESK, serial, "2026-01-02T03:04:05Z")


def signed(text: bytes) -> bytes:
    """``text`` (the lines before the blank one) with both root signatures, as sign makes them:
    a set that is genuine in every way but what the test put in its lines."""
    ed = base64.b64encode(ROOT.ed25519.sign(text)).decode()
    ml = base64.b64encode(ROOT.mldsa65.sign(text, b"vigil-hq-keys/v1")).decode()
    return (
        text + f"\n\u2014 vigil-hq-root-ed25519 {ed}\n\u2014 vigil-hq-root-mldsa65 {ml}\n".encode()
    )


def head_of(data: bytes) -> bytes:
    return data.split(b"\n\n")[0] + b"\n"


def test_a_hand_signed_set_verifies_as_one_sign_makes() -> None:
    data = signed(head_of(key_set()))
    assert hq_keyset.verify(data, ROOT.fingerprint, "Field Office").desk == DESK


@pytest.mark.parametrize(
    ("serial", "accepted"), [(0, False), (1, True), (2**53 - 1, True), (2**53, False)]
)
def test_a_serial_of_one_to_2_to_the_53_minus_one(serial: int, accepted: bool) -> None:
    data = key_set().replace(b"\nserial 12\n", f"\nserial {serial}\n".encode())
    if accepted:
        assert hq_keyset.parse(data).serial == serial
        assert hq_keyset.verify(key_set(serial), ROOT.fingerprint, None).serial == serial
        return
    with pytest.raises(hq_keyset.KeySetInvalid, match="serial is out of range"):
        hq_keyset.parse(data)
    with pytest.raises(ValueError, match="serial is 1"):
        hq_keyset.sign(ROOT, DESK, serial)


def test_the_next_serial_stops_at_the_largest() -> None:
    assert hq_keyset.MAX_SERIAL == 9_007_199_254_740_991
    assert hq_keyset.next_serial(hq_keyset.MAX_SERIAL) == hq_keyset.MAX_SERIAL
    assert hq_keyset.next_serial(hq_keyset.MAX_SERIAL - 1) == hq_keyset.MAX_SERIAL


@pytest.mark.parametrize("text", ["00", "012", "\u0661\u0662", "\u00b2", "1\u00b2", "\uff11\uff12"])
def test_a_serial_has_one_spelling_in_ascii_digits(text: str) -> None:
    """Leading zeros and other scripts' digits (which ``int`` reads) are other spellings of a
    number; superscripts are digits to ``str.isdigit`` that ``int`` cannot read."""
    data = key_set().replace(b"\nserial 12\n", f"\nserial {text}\n".encode())
    with pytest.raises(hq_keyset.KeySetInvalid, match="serial is not a number"):
        hq_keyset.parse(data)


@pytest.mark.parametrize(
    "issued", ["2026-1-02T03:04:05Z", "2026-01-2T3:4:5Z", "2026-01-02T03:04:05Z0"]
)
def test_an_issue_time_has_one_spelling(issued: str) -> None:
    data = key_set().replace(b"issued 2026-01-02T03:04:05Z", f"issued {issued}".encode())
    with pytest.raises(hq_keyset.KeySetInvalid, match="issue time is malformed"):
        hq_keyset.parse(data)


@pytest.mark.parametrize("size", [hq_keyset.MAX_BYTES + 1, 4 * hq_keyset.MAX_BYTES])
def test_a_set_or_request_over_64_kib_is_refused_by_its_size(size: int) -> None:
    data = key_set()
    padded = data + b"x" * (size - len(data))
    with pytest.raises(hq_keyset.KeySetInvalid, match="key set is larger than 64 KiB"):
        hq_keyset.parse(padded)
    req = request()
    with pytest.raises(hq_keyset.KeySetInvalid, match="desk key request is larger than 64 KiB"):
        hq_keyset.parse_request(req + b"x" * (size - len(req)))


def test_every_cut_at_a_line_is_refused_as_damage() -> None:
    """A set or request cut after any of its lines is named damaged, never an IndexError."""
    for data, parse in ((key_set(), hq_keyset.parse), (request(), hq_keyset.parse_request)):
        lines = data.split(b"\n")
        for n in range(1, len(lines) - 1):
            cut = b"\n".join(lines[:n]) + b"\n"
            with pytest.raises(hq_keyset.KeySetInvalid):
                parse(cut)
            if parse is hq_keyset.parse and n < head_of(data).count(b"\n"):
                with pytest.raises(hq_keyset.KeySetInvalid):  # part of the head, "signed"
                    parse(cut + "\n\u2014 a\n\u2014 b\n".encode())


@pytest.mark.parametrize(
    ("line", "field"),
    [(2, "org"), (3, "serial"), (4, "issued"), (5, "root-ed25519"), (6, "root-mldsa65"),
     (7, "hq-ed25519"), (8, "hq-mldsa65"), (9, "recipient")],
)  # fmt: skip
def test_a_misnamed_line_is_named_by_its_number(line: int, field: str) -> None:
    lines = key_set().split(b"\n")
    lines[line - 1] = lines[line - 1].replace(field.encode(), b"x" + field.encode(), 1)
    with pytest.raises(hq_keyset.KeySetInvalid, match=f"line {line} should be '{field} "):
        hq_keyset.parse(b"\n".join(lines))


def _key_line(data: bytes, field: str, raw: bytes) -> bytes:
    lines = data.split(b"\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(field.encode() + b" "))
    lines[at] = field.encode() + b" " + base64.b64encode(raw)
    return b"\n".join(lines)


KEY_FIELDS = [
    ("root-ed25519", ROOT.ed25519_public, "root key"),
    ("root-mldsa65", ROOT.mldsa65_public, "root key"),
    ("hq-ed25519", ED, "HQ Ed25519 key"),
    ("hq-mldsa65", ML, "HQ ML-DSA key"),
]
# Named by field: the keys are random in each process, and pytest-xdist's workers must
# collect the same test ids.
FIELD_IDS = [field for field, _, _ in KEY_FIELDS]


@pytest.mark.parametrize(("field", "key", "what"), KEY_FIELDS, ids=FIELD_IDS)
@pytest.mark.parametrize("change", [-1, 1])
def test_a_key_a_byte_short_or_long_is_named(
    field: str, key: bytes, what: str, change: int
) -> None:
    raw = key[:-1] if change < 0 else key + b"\0"
    with pytest.raises(hq_keyset.KeySetInvalid, match=f"its {what} has the wrong size"):
        hq_keyset.parse(_key_line(key_set(), field, raw))


@pytest.mark.parametrize(("field", "key", "what"), KEY_FIELDS, ids=FIELD_IDS)
def test_a_key_in_a_second_base64_spelling_is_refused(field: str, key: bytes, what: str) -> None:
    """Base64 whose padding bits are set decodes to the same key: a second text of one set."""
    text = base64.b64encode(key).decode()
    body = text.rstrip("=")
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    last = alphabet.index(body[-1])
    assert last & 1 == 0  # a canonical last character has its padding bits clear
    other = body[:-1] + alphabet[last | 1] + text[len(body) :]
    assert base64.b64decode(other) == key and other > text
    data = key_set().replace(f"{field} {text}".encode(), f"{field} {other}".encode())
    with pytest.raises(hq_keyset.KeySetInvalid, match=f"its {what} has the wrong size"):
        hq_keyset.parse(data)


def test_a_key_with_stray_characters_is_not_base64() -> None:
    text = base64.b64encode(ED).decode()
    data = key_set().replace(text.encode(), (text[:4] + "*" + text[4:]).encode())
    with pytest.raises(hq_keyset.KeySetInvalid, match="its HQ Ed25519 key is not base64"):
        hq_keyset.parse(data)


@pytest.mark.parametrize("size", [31, 33])
def test_signing_names_a_desk_key_of_the_wrong_size(size: int) -> None:
    desk = hq_keyset.DeskKeys("Field Office", (ED * 2)[:size], ML, RECIPIENTS[:1])
    with pytest.raises(hq_keyset.KeySetInvalid, match="its HQ Ed25519 key has the wrong size"):
        hq_keyset.sign(ROOT, desk, 1)


@pytest.mark.parametrize("size", [63, 65])
def test_a_root_signature_of_the_wrong_size_is_damage_not_forgery(size: int) -> None:
    data = key_set()
    ed = data.split("\u2014 vigil-hq-root-ed25519 ".encode())[1].split(b"\n")[0]
    raw = base64.b64decode(ed)
    wrong = base64.b64encode((raw * 2)[:size])
    with pytest.raises(
        hq_keyset.KeySetInvalid, match="root signature has the wrong size"
    ) as caught:
        hq_keyset.verify(data.replace(ed, wrong), ROOT.fingerprint, None)
    assert caught.value.reason == "malformed"


@pytest.mark.parametrize(
    "first", ["vigil-hq-desk-keys/v0", "vigil-hq-desk-keys/v2", "vigil-hq-keys/v1"]
)
def test_a_request_of_another_version_is_not_a_request(first: str) -> None:
    data = request().replace(b"vigil-hq-desk-keys/v1", first.encode())
    with pytest.raises(hq_keyset.KeySetInvalid, match="not a desk key request"):
        hq_keyset.parse_request(data)


@pytest.mark.parametrize("pinned", ["0" * 64, "f" * 64])
def test_any_other_pinned_root_is_refused(pinned: str) -> None:
    with pytest.raises(hq_keyset.KeySetInvalid) as caught:
        hq_keyset.verify(key_set(), pinned, None)
    assert caught.value.reason == "wrong_root"


def test_exactly_64_kib_is_not_refused_for_its_size() -> None:
    """The limit is 65,536 bytes: that many is read (and refused here only as not a set)."""
    assert hq_keyset.MAX_BYTES == 65_536  # formats.md §19
    for size in (hq_keyset.MAX_BYTES - 1, hq_keyset.MAX_BYTES):
        with pytest.raises(hq_keyset.KeySetInvalid) as caught:
            hq_keyset.parse(b"x" * (size - 1) + b"\n")
        assert "larger than" not in str(caught.value)


def test_desk_keys_and_key_sets_cannot_be_changed_in_place() -> None:
    ks = hq_keyset.parse(key_set())
    with pytest.raises(dataclasses.FrozenInstanceError):
        ks.serial = 13  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        ks.desk.org = "Another Org"  # type: ignore[misc]


def test_the_short_form_is_six_groups_of_the_lines_digest() -> None:
    lines = [
        "org Field Office",
        f"hq-ed25519 {base64.b64encode(ED).decode()}",
        f"hq-mldsa65 {base64.b64encode(ML).decode()}",
        f"recipient {RECIPIENTS[0]}",
    ]
    digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()
    groups = [digest[0:4], digest[4:8], digest[8:12], digest[12:16], digest[16:20], digest[20:24]]
    assert DESK.short == " ".join(groups)


def test_a_recipient_named_twice_is_refused() -> None:
    desk = hq_keyset.DeskKeys("Field Office", ED, ML, (RECIPIENTS[0], RECIPIENTS[1], RECIPIENTS[0]))
    with pytest.raises(hq_keyset.KeySetInvalid, match="names one recipient twice"):
        hq_keyset.parse_request(desk.request())


@pytest.mark.parametrize(
    "bad",
    ["age1nothing", str(X25519Identity.generate()), "x"],
    ids=["not-bech32", "an-identity", "one-letter"],  # a random key is no stable id
)
def test_a_recipient_that_is_not_one_is_named(bad: str) -> None:
    desk = hq_keyset.DeskKeys("Field Office", ED, ML, (RECIPIENTS[0], bad))
    with pytest.raises(hq_keyset.KeySetInvalid, match="a recipient is not an age recipient"):
        hq_keyset.parse_request(desk.request())


@pytest.mark.parametrize("size", [1951, 1953])
def test_signing_names_an_ml_dsa_key_of_the_wrong_size(size: int) -> None:
    desk = hq_keyset.DeskKeys("Field Office", ED, (ML * 2)[:size], RECIPIENTS[:1])
    with pytest.raises(hq_keyset.KeySetInvalid, match="an HQ key is not a valid public key"):
        hq_keyset.sign(ROOT, desk, 1)


@pytest.mark.parametrize(
    ("first", "reason"),
    [("vigil-hq-keys/v0", "unknown_format"), ("vigil-hq-keys/v2", "unknown_format"),
     ("vigil-hq-desk-keys/v1", "malformed"), ("a", "malformed"), ("z", "malformed")],
)  # fmt: skip
def test_a_set_of_another_version_or_kind_is_named(first: str, reason: str) -> None:
    data = key_set().replace(b"vigil-hq-keys/v1\n", first.encode() + b"\n", 1)
    with pytest.raises(hq_keyset.KeySetInvalid) as caught:
        hq_keyset.parse(data)
    assert caught.value.reason == reason


def test_the_held_set_fetched_again_as_new_bytes_is_the_held_set() -> None:
    held = hq_keyset.verify(key_set(), ROOT.fingerprint, None)
    again = bytes(bytearray(held.raw))  # equal bytes, another object (as read from the network)
    assert again is not held.raw
    assert hq_keyset.verify(again, ROOT.fingerprint, None, held) is held


def test_a_newer_set_whose_bytes_sort_before_the_held_one_replaces_it() -> None:
    """Serial 10 after 9: "serial 10" sorts before "serial 9", and is still the newer set."""
    held = hq_keyset.verify(key_set(9), ROOT.fingerprint, None)
    newer = hq_keyset.verify(key_set(10), ROOT.fingerprint, None, held)
    assert newer.serial == 10 and newer is not held


def test_the_next_serial_is_the_time_in_milliseconds() -> None:
    before = int(time.time() * 1000)
    serial = hq_keyset.next_serial()
    after = int(time.time() * 1000)
    assert before <= serial <= after


@pytest.mark.parametrize("what", ["key set", "desk key request"])
def test_bytes_that_are_not_utf8_are_named(what: str) -> None:
    data = key_set() if what == "key set" else request()
    bad = data.replace(b"Field Office", b"Field \xff Office")
    parse = hq_keyset.parse if what == "key set" else hq_keyset.parse_request
    with pytest.raises(hq_keyset.KeySetInvalid, match=f"the {what} is not UTF-8 text"):
        parse(bad)


def test_the_next_serial_after_an_odd_one_is_one_more() -> None:
    odd = 2**50 + 1  # a clock far behind: previous + 1 decides
    assert hq_keyset.next_serial(odd) == odd + 1


@pytest.mark.parametrize("org", ["A Office", "Zeta Office", "Field Office "])
def test_a_set_for_an_organisation_sorting_before_or_after_is_refused(org: str) -> None:
    with pytest.raises(hq_keyset.KeySetInvalid) as caught:
        hq_keyset.verify(key_set(), ROOT.fingerprint, org)
    assert caught.value.reason == "wrong_org"


def test_a_sets_digest_is_the_sha256_of_its_bytes() -> None:
    data = key_set()
    assert hq_keyset.parse(data).digest == hashlib.sha256(data).hexdigest()
