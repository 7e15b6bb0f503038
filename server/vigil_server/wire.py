"""Wire encodings shared by the codes, the auth string and the API (docs/protocol.md §2)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

AUTH_PREFIX = "vigil-auth-v1"
# Every envelope, escrow wrap and field note is an age v1 file; this is how one begins.
AGE_MAGIC = b"age-encryption.org/v1\n"
ACTIONS = ("sync", "admin")


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: the one JSON form that is signed or encoded in codes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def b64(data: bytes) -> str:
    """Standard base64 with padding (RFC 4648 §4)."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    """Strict standard base64: padding required, no whitespace, no URL-safe letters."""
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ValueError("is not standard base64 (RFC 4648 §4, with padding)") from None


def b64url(data: bytes) -> str:
    """URL-safe base64 without padding (RFC 4648 §5)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def unb64url(text: str) -> bytes:
    if "=" in text or not text.isascii():
        raise ValueError("is not URL-safe base64 without padding (RFC 4648 §5)")
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise ValueError("is not URL-safe base64 without padding (RFC 4648 §5)") from None
    if b64url(raw) != text:
        raise ValueError("is not canonical URL-safe base64")
    return raw


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def now() -> int:
    return int(time.time())


def rfc3339(seconds: int | None) -> str | None:
    if seconds is None:
        return None
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


DAY = 86_400


def day_text(day: int | None) -> str | None:
    """A day recorded as its first second (UTC), written as the day alone: 2026-12-07."""
    return None if day is None else datetime.fromtimestamp(day, UTC).date().isoformat()


def host_of(url: str) -> str:
    """The host a client binds its auth signature to: lower-case host, ':', port.

    ``https://127.0.0.1:8443`` -> ``127.0.0.1:8443``; ``https://HQ.example`` ->
    ``hq.example:443``; IPv6 hosts keep their brackets: ``[::1]:8443``.
    """
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError("the server URL must be https://host[:port]")
    if parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise ValueError("the server URL must be https://host[:port] with nothing after it")
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port or 443}"


def auth_message(host: str, action: str, nonce: str, device_id: str) -> bytes:
    """The exact bytes a device signs to obtain a token (docs/protocol.md §5)."""
    return f"{AUTH_PREFIX}\n{host}\n{action}\n{nonce}\n{device_id}\n".encode()


HQ_PROOF_PREFIX = "vigil-hq-proof-v1"


def hq_proof_message(host: str, purpose: str, nonce: str, subject: str) -> bytes:
    """The exact bytes the HQ signing key signs to prove that an HQ enrolment ("enrol",
    subject: the new device's auth key, base64) or the revocation of an HQ desk ("revoke",
    subject: the revoked device's id) comes from a holder of that key (docs/protocol.md §4.3)."""
    return f"{HQ_PROOF_PREFIX}\n{host}\n{purpose}\n{nonce}\n{subject}\n".encode()
