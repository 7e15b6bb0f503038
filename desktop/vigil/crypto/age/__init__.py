"""age v1 (https://age-encryption.org/v1), reader and writer, on `cryptography`'s primitives.

Every age file Vigil writes or reads goes through here: revision envelopes, backups, attachment
streams, escrow wraps and confidential alerts. Three recipient types (X25519, scrypt and age
1.3's hybrid post-quantum mlkem768x25519), the ASCII armour on reading and on request when
writing, and streaming in constant memory. It passes all 143 vectors of C2SP's CCTV age testkit
(tests/vectors/age) and interoperates with age, rage (pyrage) and typage (docs/formats.md §14).

Keys are given as objects (``X25519Identity``, ``HybridRecipient``…) or as their text form
(``AGE-SECRET-KEY-1…``, ``AGE-SECRET-KEY-PQ-1…``, ``age1…``, ``age1pq1…``).
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence

from vigil.crypto.age import armor, stream
from vigil.crypto.age.errors import (
    AgeArmorError,
    AgeError,
    AgeHeaderError,
    AgeHMACError,
    AgeKeyError,
    AgeNoMatch,
    AgePayloadError,
)
from vigil.crypto.age.format import (
    FILE_KEY_LEN,
    LineSource,
    Reader,
    encode_header,
    parse_header,
)
from vigil.crypto.age.recipients import (
    HybridIdentity,
    HybridRecipient,
    Identity,
    Recipient,
    ScryptIdentity,
    ScryptRecipient,
    X25519Identity,
    X25519Recipient,
    parse_identity,
    parse_recipient,
)

__all__ = [
    "AgeArmorError",
    "AgeError",
    "AgeHMACError",
    "AgeHeaderError",
    "AgeKeyError",
    "AgeNoMatch",
    "AgePayloadError",
    "HybridIdentity",
    "HybridRecipient",
    "Identity",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "decrypt_io",
    "encrypt",
    "encrypt_io",
    "parse_identity",
    "parse_recipient",
]

_BINARY_START = b"age-encryption.org/"


def _recipients(given: Sequence[Recipient | str]) -> list[Recipient]:
    found: list[Recipient] = [parse_recipient(r) if isinstance(r, str) else r for r in given]
    if not found:
        raise AgeKeyError("An age file needs at least one recipient.")
    if any(isinstance(r, ScryptRecipient) for r in found) and len(found) > 1:
        raise AgeKeyError("A passphrase must be an age file's only recipient.")
    if len({r.post_quantum for r in found}) > 1:
        # age 1.3 refuses this too: an X25519 stanza beside a hybrid one undoes the hybrid's
        # protection, since breaking X25519 alone then reveals the file key.
        raise AgeKeyError(
            "Hybrid (post-quantum) and X25519 recipients cannot share one file: it would be "
            "only as safe as X25519."
        )
    return found


def _identities(given: Sequence[Identity | str], passphrases: Sequence[str]) -> list[Identity]:
    found: list[Identity] = [parse_identity(i) if isinstance(i, str) else i for i in given]
    return found + [ScryptIdentity(p) for p in passphrases]


def encrypt_io(src: Reader, dst: stream.Writer, recipients: Sequence[Recipient | str]) -> None:
    """Encrypt everything ``src`` holds to ``dst``, one 64 KiB chunk in memory at a time."""
    chosen = _recipients(recipients)
    file_key = os.urandom(FILE_KEY_LEN)
    dst.write(encode_header([r.wrap(file_key) for r in chosen], file_key))
    nonce = os.urandom(stream.NONCE_LEN)
    dst.write(nonce)
    stream.encrypt(src, dst, stream.payload_key(file_key, nonce))


def encrypt(data: bytes, recipients: Sequence[Recipient | str], *, armored: bool = False) -> bytes:
    out = io.BytesIO()
    encrypt_io(io.BytesIO(data), out, recipients)
    return armor.encode(out.getvalue()) if armored else out.getvalue()


def decrypt_io(
    src: Reader,
    dst: stream.Writer,
    identities: Sequence[Identity | str],
    passphrases: Sequence[str] = (),
) -> None:
    """Decrypt an age file (binary or armoured) from ``src`` into ``dst`` in constant memory.

    Each chunk is written only once it is authenticated; on an error (AgeError) what was
    written before it is authentic but incomplete, and the caller discards it."""
    keys = _identities(identities, passphrases)
    source = LineSource(src)
    start = source.peek(len(_BINARY_START))
    if start and not _BINARY_START.startswith(start[: len(_BINARY_START)]):
        source = LineSource(armor.ArmorReader(source))
    header = parse_header(source)
    if any(s.type == "scrypt" for s in header.stanzas) and len(header.stanzas) != 1:
        raise AgeHeaderError("An age file with a passphrase stanza has other stanzas too.")
    file_key = None
    for key in keys:
        file_key = key.unwrap(header.stanzas)
        if file_key is not None:
            break
    if file_key is None:
        raise AgeNoMatch("None of the given keys opens this age file.")
    if not header.verify(file_key):
        raise AgeHMACError("The age file's header has been altered: its MAC does not match.")
    nonce = source.read(stream.NONCE_LEN)
    if len(nonce) != stream.NONCE_LEN:
        raise AgeHeaderError("The age file is truncated after its header.")
    stream.decrypt(source, dst, stream.payload_key(file_key, nonce))


def decrypt(
    data: bytes, identities: Sequence[Identity | str], passphrases: Sequence[str] = ()
) -> bytes:
    out = io.BytesIO()
    decrypt_io(io.BytesIO(data), out, identities, passphrases)
    return out.getvalue()
