"""Enrolment codes: a prefix and the base64url of one canonical JSON object.

``vigil-admin:`` codes enrol the first HQ desk (they carry no HQ keys: that enrolment sets
them; version 1). ``vigil-enrol:`` codes are made by HQ for field devices or further HQ desks
and carry the SHA-256 fingerprints of the HQ public keys (version 2): the device fetches the
keys (``GET /v1/hq/keys``, or the key set under a root) and checks them against the
fingerprints before it pins them. Version 1 device codes carried the keys themselves; a hybrid
recipient is about 2,000 characters. docs/protocol.md §4 is the specification.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from vigil_server.wire import b64url, canonical_json, sha256_hex, unb64url

ADMIN_PREFIX = "vigil-admin:"
DEVICE_PREFIX = "vigil-enrol:"
ADMIN_VERSION = 1
DEVICE_VERSION = 2
SECRET_BYTES = 32


def new_secret() -> str:
    return b64url(secrets.token_bytes(SECRET_BYTES))


def fingerprints(ages: list[str], eds: list[bytes]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What a version 2 code carries of the HQ keys: SHA-256 of each age recipient's text
    (UTF-8) and of each Ed25519 key's 32 raw bytes, lower-case hex."""
    return (
        tuple(sha256_hex(a.encode()) for a in ages),
        tuple(sha256_hex(e) for e in eds),
    )


@dataclass(frozen=True)
class EnrolCode:
    kind: str  # "admin" or "device"
    role: str  # "hq" or "field"
    url: str
    pin: str
    secret: str
    org: str
    expires: str
    hq_age: tuple[str, ...] = ()  # fingerprints (device codes)
    hq_ed25519: tuple[str, ...] = ()
    receipt_key: str = ""  # SHA-256 of the receipt key the device pins (storage/receipts.py)
    hq_root: str = ""  # the HQ root's fingerprint, once the organisation adopted one

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "v": DEVICE_VERSION if self.kind == "device" else ADMIN_VERSION,
            "kind": self.kind,
            "role": self.role,
            "url": self.url,
            "pin": self.pin,
            "secret": self.secret,
            "org": self.org,
            "expires": self.expires,
        }
        if self.kind == "device":
            body["hq_age"] = list(self.hq_age)
            body["hq_ed25519"] = list(self.hq_ed25519)
        if self.receipt_key:
            body["receipt_key"] = self.receipt_key
        if self.hq_root and self.kind == "device":
            body["hq_root"] = self.hq_root
        return body

    def encode(self) -> str:
        prefix = ADMIN_PREFIX if self.kind == "admin" else DEVICE_PREFIX
        return prefix + b64url(canonical_json(self.body()))


def decode(code: str) -> EnrolCode:
    """Parse a code; raise ValueError with a plain reason when it is not one."""
    code = code.strip()
    if code.startswith(ADMIN_PREFIX):
        kind, rest = "admin", code[len(ADMIN_PREFIX) :]
    elif code.startswith(DEVICE_PREFIX):
        kind, rest = "device", code[len(DEVICE_PREFIX) :]
    else:
        raise ValueError("this is not a Vigil enrolment code (wrong prefix)")
    try:
        body = json.loads(unb64url(rest))
    except ValueError:
        raise ValueError("the enrolment code is damaged (bad encoding)") from None
    version = DEVICE_VERSION if kind == "device" else ADMIN_VERSION
    if not isinstance(body, dict) or body.get("v") != version or body.get("kind") != kind:
        raise ValueError("the enrolment code has an unknown version or kind")
    try:
        ages = tuple(str(f) for f in body.get("hq_age", []))
        eds = tuple(str(f) for f in body.get("hq_ed25519", []))
        parsed = EnrolCode(
            kind=kind,
            role=str(body["role"]),
            url=str(body["url"]),
            pin=str(body["pin"]),
            secret=str(body["secret"]),
            org=str(body["org"]),
            expires=str(body["expires"]),
            hq_age=ages,
            hq_ed25519=eds,
            receipt_key=str(body.get("receipt_key", "")),
            hq_root=str(body.get("hq_root", "")),
        )
    except (KeyError, TypeError):
        raise ValueError("the enrolment code lacks a field") from None
    if kind == "device" and not (ages and eds):
        raise ValueError("the enrolment code carries no HQ keys")
    return parsed


def make(
    url: str,
    pin: str,
    org: str,
    hq_keys: tuple[list[str], list[bytes]],
    secret: str,
    kind: str,
    role: str,
    expires: str,
    receipt_key: str = "",
    hq_root: str = "",
) -> str:
    """A code; ``hq_keys`` are the HQ age recipients and Ed25519 keys, which a device code
    names by fingerprint (an admin code names none)."""
    ages, eds = fingerprints(*hq_keys)
    return EnrolCode(
        kind=kind,
        role=role,
        url=url,
        pin=pin,
        secret=secret,
        org=org,
        expires=expires,
        hq_age=ages,
        hq_ed25519=eds,
        receipt_key=receipt_key,
        hq_root=hq_root,
    ).encode()
