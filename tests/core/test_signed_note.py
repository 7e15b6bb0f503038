"""A signed note's signature lines, read as docs/formats.md §7.3 says: a line of the wrong shape
is refused as malformed (never a stray ValueError), and a signature whose key id does not name
the key is not taken for that key's, whichever way the id is wrong (found by make mutate)."""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.crypto import signed_note
from vigil.crypto.errors import SignatureError

NAME = "vigil-test"
TEXT = b"a note\n"
DASH = "\u2014 "


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def known(key: Ed25519PrivateKey) -> dict[str, bytes]:
    return {NAME: key.public_key().public_bytes_raw()}


def with_line(line: str) -> bytes:
    return TEXT + b"\n" + line.encode() + b"\n"


def test_a_good_note_verifies(key: Ed25519PrivateKey) -> None:
    assert signed_note.verify(signed_note.sign(TEXT, NAME, key), known(key)) == (TEXT, NAME)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (f"{DASH}{NAME} AAAA extra", "a signature line is wrong"),
        (f"{DASH}{NAME}", "a signature line is wrong"),
        ("- vigil-test AAAA", "a signature line is wrong"),
        (f"{DASH}vigil+test {base64.b64encode(bytes(68)).decode()}", "a signature is unreadable"),
        (f"{DASH}{NAME} not*base64", "a signature is unreadable"),
        (f"{DASH}{NAME} {base64.b64encode(bytes(67)).decode()}", "a signature has the wrong size"),
    ],
    ids=["three-fields", "one-field", "no-dash", "name-with-plus", "bad-base64", "short"],
)
def test_a_malformed_signature_line_is_refused_as_malformed(line: str, message: str) -> None:
    with pytest.raises(SignatureError, match=message):
        signed_note.split(with_line(line))


@pytest.mark.parametrize("wrong_id", [b"\x00" * 4, b"\xff" * 4], ids=["lower", "higher"])
def test_a_valid_signature_under_a_key_id_that_is_not_its_key_is_not_that_keys(
    key: Ed25519PrivateKey, wrong_id: bytes
) -> None:
    """The signature verifies under the key, but the line claims another key id: it is not a
    signature by this vault's key (the id is compared for equality, not order)."""
    right = signed_note.key_id(NAME, known(key)[NAME])
    assert wrong_id != right
    sig = base64.b64encode(wrong_id + key.sign(TEXT)).decode()
    with pytest.raises(SignatureError, match="not signed by any key this vault knows"):
        signed_note.verify(with_line(f"{DASH}{NAME} {sig}"), known(key))


def test_a_known_signature_after_unknown_ones_is_found(key: Ed25519PrivateKey) -> None:
    """Signatures by names or keys this vault does not know are passed over, not the end of
    the search (a mutant that stopped at the first unknown one survived make mutate)."""
    other = Ed25519PrivateKey.generate()
    by_other = signed_note.sign(TEXT, "vigil-other", other)
    wrong_id = base64.b64encode(b"\0\0\0\0" + other.sign(TEXT)).decode()
    note = by_other + f"{DASH}{NAME} {wrong_id}\n".encode()
    note += signed_note.sign(TEXT, NAME, key)[len(TEXT) + 1 :]
    assert len(signed_note.split(note)[1]) == 3
    assert signed_note.verify(note, known(key)) == (TEXT, NAME)


def test_a_note_whose_text_is_one_empty_line_verifies(key: Ed25519PrivateKey) -> None:
    """Its blank line is at offset 0 of the note: still the signature block's start, not a
    missing one (make mutate: `at < 0` -> `at <= 0` survived)."""
    note = signed_note.sign(b"\n", NAME, key)
    assert note.startswith(b"\n\n")
    assert signed_note.verify(note, known(key)) == (b"\n", NAME)
