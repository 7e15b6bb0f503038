"""Signed notes in the C2SP signed-note shape (Ed25519).

A note is UTF-8 text ending in a newline, a blank line, then one or more signature lines
``— <name> <base64(key id || signature)>``. The key id is the first four bytes of
SHA-256(name || 0x0A || 0x01 || public key). Revisions, and later alerts and template bundles,
all use this one shape.
"""

from __future__ import annotations

import base64
import functools
import hashlib
from collections.abc import Mapping

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import mldsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from vigil.crypto.errors import SignatureError

_DASH = "\u2014 "
_ED25519 = b"\x01"
# A second, post-quantum signature beside Ed25519 (docs/hq-keys.md): a signer whose name ends
# in this suffix signs with ML-DSA-65; its key id uses the signed-note spec's 0xff escape
# followed by the algorithm's name, so it never collides with an Ed25519 key id.
MLDSA_SUFFIX = "-mldsa65"
_MLDSA = b"\xffML-DSA-65"
MLDSA65_SIGNATURE_LEN = 3309


def key_id(name: str, public_key: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + _ED25519 + public_key).digest()[:4]


# A device signs thousands of notes under one name: name checks and key ids are cached.
_key_id_cached = functools.lru_cache(maxsize=64)(key_id)


@functools.lru_cache(maxsize=64)
def _check_name(name: str) -> None:
    if not name or any(ch.isspace() or ch == "+" for ch in name):
        raise ValueError("a signer name has no spaces and no '+'")


def sign(text: bytes, name: str, key: Ed25519PrivateKey, public: bytes | None = None) -> bytes:
    """Sign ``text``; ``public`` (the key's public bytes) may be passed to save deriving it."""
    _check_name(name)
    if not text.endswith(b"\n"):
        raise ValueError("a note's text ends with a newline")
    public = public or key.public_key().public_bytes_raw()
    sig = base64.b64encode(_key_id_cached(name, public) + key.sign(text)).decode()
    return text + b"\n" + f"{_DASH}{name} {sig}\n".encode()


def split(note: bytes) -> tuple[bytes, list[tuple[str, bytes, bytes]]]:
    """Split a note into its text and its (name, key id, signature) lines, unverified.

    Exactly docs/formats.md §7.3 steps 1-2: lines end with ``\n`` only (``splitlines`` would
    also break at ``\r``, ``\x0b``, ``\x1c``, U+2028...), and the block is strict UTF-8 (a
    replacement character would let two different byte strings read as one name)."""
    at = note.rfind(b"\n\n")
    if at < 0 or not note.endswith(b"\n"):
        raise SignatureError("The signed note is malformed: it has no signature block.")
    text, block = note[: at + 1], note[at + 2 :]
    sigs: list[tuple[str, bytes, bytes]] = []
    for raw_line in block[:-1].split(b"\n") if block else []:
        sigs.append(_signature_line(raw_line))
    if not sigs:
        raise SignatureError("The signed note carries no signature.")
    return text, sigs


def _signature_line(raw_line: bytes) -> tuple[str, bytes, bytes]:
    wrong = "The signed note is malformed: a signature line is wrong."
    try:
        line = raw_line.decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureError(wrong) from None
    if not line.startswith(_DASH):
        raise SignatureError(wrong)
    parts = line[len(_DASH) :].split(" ")
    if len(parts) != 2:
        raise SignatureError(wrong)
    name, b64 = parts
    try:
        _check_name(name)
        raw = base64.b64decode(b64, validate=True)
    except ValueError:
        raise SignatureError("The signed note is malformed: a signature is unreadable.") from None
    if base64.b64encode(raw).decode() != b64:  # one spelling only (no stray padding bits)
        raise SignatureError("The signed note is malformed: a signature is unreadable.")
    wanted = MLDSA65_SIGNATURE_LEN if name.endswith(MLDSA_SUFFIX) else 64
    if len(raw) != 4 + wanted:
        raise SignatureError("The signed note is malformed: a signature has the wrong size.")
    return name, raw[:4], raw[4:]


def verify(note: bytes, known: Mapping[str, bytes]) -> tuple[bytes, str]:
    """Return (text, signer name) for the first signature by a known key that verifies.

    ``known`` maps signer names to Ed25519 public keys. A signature by an unknown key is
    ignored; a signature that claims a known key and fails is an error.
    """
    text, sigs = split(note)
    for name, kid, sig in sigs:
        public = known.get(name)
        if public is None or key_id(name, public) != kid:
            continue
        try:
            Ed25519PublicKey.from_public_bytes(public).verify(sig, text)
        except InvalidSignature:
            raise SignatureError(f"The signature by {name} does not match the text.") from None
        return text, name
    raise SignatureError("The note is not signed by any key this vault knows.")


def mldsa_key_id(name: str, public: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + _MLDSA + public).digest()[:4]


def add_mldsa(note: bytes, name: str, key: mldsa.MLDSA65PrivateKey, context: bytes) -> bytes:
    """The note with one more signature line: ML-DSA-65 over the same text, under ``context``."""
    if not name.endswith(MLDSA_SUFFIX):
        raise ValueError("an ML-DSA-65 signer's name ends in -mldsa65")
    text, _sigs = split(note)
    public = key.public_key().public_bytes_raw()
    sig = base64.b64encode(mldsa_key_id(name, public) + key.sign(text, context)).decode()
    return note + f"{_DASH}{name} {sig}\n".encode()


def verify_mldsa(note: bytes, name: str, public: bytes, context: bytes) -> None:
    """Raise SignatureError unless a line by ``name`` with ``public``'s key id verifies."""
    text, sigs = split(note)
    kid = mldsa_key_id(name, public)
    for signer, line_kid, sig in sigs:
        if signer != name or line_kid != kid:
            continue
        try:
            mldsa.MLDSA65PublicKey.from_public_bytes(public).verify(sig, text, context)
        except (InvalidSignature, ValueError):
            raise SignatureError(f"The signature by {name} does not match the text.") from None
        return
    raise SignatureError(f"The note carries no signature by {name}.")
