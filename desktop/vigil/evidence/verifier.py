"""The Vigil evidence verifier: one file, needing only Python 3.11+ and ``cryptography``.

Vigil uses this module itself, and ships it inside every evidence package, so that a third
party checks the same way without trusting Vigil, the organisation or its server
(docs/evidence.md).

This part checks server receipts: a short text signed by an organisation's receipt key,
naming an envelope's SHA-256, its log sequence number and the server's clock; and the chain
of receipt keys, each later key endorsed by the one before it (docs/formats.md, "Receipt").
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

RECEIPT_HEADER = "vigil-receipt/1"
KEY_HEADER = "vigil-receipt-key/1"
_RECEIPT = re.compile(
    r"vigil-receipt/1\norg (?P<org>[0-9a-f]{32})\nenvelope (?P<sha256>[0-9a-f]{64})\n"
    r"seq (?P<seq>[1-9][0-9]{0,18})\ntime (?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\n"
    r"key (?P<key>[0-9a-f]{16})\n"
)
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


class Invalid(ValueError):
    """A receipt, key chain or package that does not verify; the message says what failed."""


@dataclass(frozen=True)
class Receipt:
    org: str
    sha256: str
    seq: int
    time: str
    key_id: str
    text: str
    signature: bytes
    key: bytes


def fingerprint(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()


def _b64(text: Any, what: str, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise Invalid(f"{what} is not base64 text")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise Invalid(f"{what} is not base64") from None
    if size is not None and len(raw) != size:
        raise Invalid(f"{what} has {len(raw)} bytes, not {size}")
    return raw


def _verify(public: bytes, signature: bytes, message: bytes, what: str) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        raise Invalid(f"{what}: the signature does not verify") from None


def endorsement_text(org: str, public: bytes, created: str) -> str:
    return f"{KEY_HEADER}\norg {org}\nkey {base64.b64encode(public).decode()}\ncreated {created}\n"


def receipt_keys(chain: Any, org: str, pinned: set[str] | frozenset[str]) -> set[str]:
    """The fingerprints of the receipt keys ``chain`` (as the server sends it, oldest first)
    proves from a ``pinned`` fingerprint: a key is trusted when it is pinned or endorsed by a
    trusted key before it. Keys before the first pinned one stay untrusted."""
    if not isinstance(chain, list) or len(chain) > 1000:
        raise Invalid("the receipt key chain is not a list")
    trusted: set[str] = set()
    previous: bytes | None = None
    for i, link in enumerate(chain):
        if not isinstance(link, dict):
            raise Invalid(f"receipt key {i} is malformed")
        public = _b64(link.get("key"), f"receipt key {i}", 32)
        fp = fingerprint(public)
        endorsement = link.get("endorsement")
        created = link.get("created")
        if fp in pinned:
            trusted.add(fp)
        elif previous is not None and fingerprint(previous) in trusted and endorsement:
            if not isinstance(created, str) or not _TIME.fullmatch(created):
                raise Invalid(f"receipt key {i} has a malformed creation time")
            _verify(
                previous,
                _b64(endorsement, f"receipt key {i}'s endorsement", 64),
                endorsement_text(org, public, created).encode(),
                f"receipt key {i}'s endorsement",
            )
            trusted.add(fp)
        previous = public
    return trusted


def receipt(entry: Any, trusted: set[str] | frozenset[str] | None = None) -> Receipt:
    """Parse and verify one receipt ({"text", "signature", "key"}). With ``trusted``, the
    receipt's key must be one of those fingerprints."""
    if not isinstance(entry, dict):
        raise Invalid("the receipt is malformed")
    text = entry.get("text")
    if not isinstance(text, str) or len(text) > 400:
        raise Invalid("the receipt's text is malformed")
    found = _RECEIPT.fullmatch(text)
    if found is None:
        raise Invalid("the receipt's text is not a vigil-receipt/1 text")
    key = _b64(entry.get("key"), "the receipt's key", 32)
    if fingerprint(key)[:16] != found["key"]:
        raise Invalid("the receipt names another key than the one given")
    if trusted is not None and fingerprint(key) not in trusted:
        raise Invalid(f"the receipt is signed by key {found['key']}, which is not a pinned one")
    _verify(key, _b64(entry.get("signature"), "the receipt's signature", 64), text.encode(),
            "the receipt")  # fmt: skip
    return Receipt(
        org=found["org"],
        sha256=found["sha256"],
        seq=int(found["seq"]),
        time=found["time"],
        key_id=found["key"],
        text=text,
        signature=_b64(entry.get("signature"), "the receipt's signature", 64),
        key=key,
    )
