"""A signed note's own checks (alerts/note.py), without a server: its size limit is named as it
is, and a text with a line too many is refused as malformed, never a stray ValueError (both
survived make mutate, whose other tests for this module are end to end)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.alerts import note
from vigil.crypto import signed_note
from vigil.crypto.errors import VigilError


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def text_of(key: Ed25519PrivateKey) -> bytes:
    signed = note.make(key, note.HQ_SIGNER, "alert", 3, "all", note.canonical({"v": 1}))
    return signed_note.split(signed)[0]


def test_a_made_note_parses_back(key: Ed25519PrivateKey) -> None:
    parsed = note.parse_text(text_of(key))
    assert (parsed.kind, parsed.sender, parsed.seq, parsed.audience) == ("alert", "hq", 3, "all")
    assert parsed.payload() == {"v": 1}


def test_a_note_too_large_names_the_limit_in_kib(key: Ed25519PrivateKey) -> None:
    body = note.canonical({"v": 1, "text": "x" * note.MAX_NOTE})
    with pytest.raises(VigilError, match=r"larger than 1024 KiB; send less at once") as caught:
        note.make(key, note.HQ_SIGNER, "alert", 3, "all", body)
    assert note.MAX_NOTE == 1024 * 1024  # the figure the message names
    assert not isinstance(caught.value, note.NoteRejected)


@pytest.mark.parametrize("where", ["end", "middle"])
def test_a_line_too_many_is_malformed(key: Ed25519PrivateKey, where: str) -> None:
    lines = text_of(key).split(b"\n")
    if where == "end":
        lines.insert(-1, b"extra line")
    else:
        lines.insert(3, b"seq 4")
    with pytest.raises(note.NoteRejected, match="wrong number of lines") as caught:
        note.parse_text(b"\n".join(lines))
    assert caught.value.reason == "malformed"


def test_a_line_too_few_is_malformed(key: Ed25519PrivateKey) -> None:
    lines = text_of(key).split(b"\n")
    del lines[2]
    with pytest.raises(note.NoteRejected, match="wrong number of lines"):
        note.parse_text(b"\n".join(lines))
