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


_DOMAIN = b"vigil recovery check"


def _check(secret: bytes, domain: bytes = _DOMAIN) -> str:
    digest = hashlib.sha256(domain + secret).digest()
    return _b32(digest[:3], 5)[:_CHECK_CHARS]


def _chars(nbytes: int) -> int:
    return -(-nbytes * 8 // 5)  # whole base32 characters, the last one padded with zero bits


def new_secret() -> bytes:
    return os.urandom(SECRET_LEN)


def format_checked(secret: bytes, domain: bytes) -> str:
    """Any secret in the recovery key's style: base32 groups of four and a check group whose
    ``domain`` tells one kind of printed secret from another (the HQ root seed uses it)."""
    body = _b32(secret, _chars(len(secret))) + _check(secret, domain)
    return "-".join(body[i : i + _GROUP] for i in range(0, len(body), _GROUP))


def parse_checked(
    text: str, nbytes: int, domain: bytes, what: str, error: type[Exception]
) -> bytes:
    """The secret of ``nbytes`` that ``format_checked`` wrote; ``error`` names what is wrong
    (``what``: "A recovery key", "An HQ root seed") before any key is derived from it."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    expected = _chars(nbytes) + _CHECK_CHARS
    if len(cleaned) != expected:
        raise error(f"{what} has {expected} letters and digits; this one has {len(cleaned)}.")
    bad = sorted({ch for ch in cleaned if ch not in _ALPHABET})
    if bad:
        raise error(f"{what} never contains {', '.join(bad)}.")
    value = 0
    for ch in cleaned[:-_CHECK_CHARS]:
        value = (value << 5) | _ALPHABET.index(ch)
    spare = _chars(nbytes) * 5 - nbytes * 8
    if value & ((1 << spare) - 1):  # padding bits set: a typo the check group might miss
        raise error(f"That is not {what[0].lower()}{what[1:]}: a character is mistyped.")
    secret = (value >> spare).to_bytes(nbytes, "big")
    if _check(secret, domain) != cleaned[-_CHECK_CHARS:]:
        raise error(f"That {what.split(' ', 1)[1]} has a typo: its last group does not match.")
    return secret


def format_key(secret: bytes) -> str:
    return format_checked(secret, _DOMAIN)


def parse_key(text: str) -> bytes:
    return parse_checked(text, SECRET_LEN, _DOMAIN, "A recovery key", RecoveryKeyInvalid)
