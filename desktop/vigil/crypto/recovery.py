"""The recovery key: 160 random bits a person can copy by hand.

Written as Crockford base32 (no I, L, O or U, so nothing is mistaken for a digit) in groups of
four, followed by one group of check characters, so that a typo is caught and named before any
decryption is attempted.
"""

from __future__ import annotations

import hashlib
import os

from vigil.crypto.errors import RecoveryKeyInvalid

SECRET_LEN = 20
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
_GROUP = 4
_CHECK_CHARS = 4


def _b32(data: bytes, nchars: int) -> str:
    value = int.from_bytes(data, "big")
    bits = len(data) * 8
    value <<= (nchars * 5) - bits
    return "".join(_ALPHABET[(value >> (5 * (nchars - 1 - i))) & 31] for i in range(nchars))


def _check(secret: bytes) -> str:
    digest = hashlib.sha256(b"vigil recovery check" + secret).digest()
    return _b32(digest[:3], 5)[:_CHECK_CHARS]


def new_secret() -> bytes:
    return os.urandom(SECRET_LEN)


def format_key(secret: bytes) -> str:
    body = _b32(secret, SECRET_LEN * 8 // 5) + _check(secret)
    return "-".join(body[i : i + _GROUP] for i in range(0, len(body), _GROUP))


def parse_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    expected = SECRET_LEN * 8 // 5 + _CHECK_CHARS
    if len(cleaned) != expected:
        raise RecoveryKeyInvalid(
            f"A recovery key has {expected} letters and digits; this one has {len(cleaned)}."
        )
    bad = sorted({ch for ch in cleaned if ch not in _ALPHABET})
    if bad:
        raise RecoveryKeyInvalid(f"A recovery key never contains {', '.join(bad)}.")
    value = 0
    for ch in cleaned[:-_CHECK_CHARS]:
        value = (value << 5) | _ALPHABET.index(ch)
    secret = value.to_bytes(SECRET_LEN, "big")
    if _check(secret) != cleaned[-_CHECK_CHARS:]:
        raise RecoveryKeyInvalid("That recovery key has a typo: its last group does not match.")
    return secret
