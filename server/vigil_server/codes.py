"""Enrolment codes: a prefix and the base64url of one canonical JSON object.

``vigil-admin:`` codes enrol the first HQ desk (they carry no HQ keys: that enrolment sets
them). ``vigil-enrol:`` codes are made by HQ for field devices or further HQ desks and carry
the HQ public keys that the device pins. docs/protocol.md §4 is the specification.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from typing import Any

from vigil_server.wire import b64url, canonical_json, unb64url

ADMIN_PREFIX = "vigil-admin:"
DEVICE_PREFIX = "vigil-enrol:"
CODE_VERSION = 1
SECRET_BYTES = 32


def new_secret() -> str:
    return b64url(secrets.token_bytes(SECRET_BYTES))


@dataclass(frozen=True)
class EnrolCode:
    kind: str  # "admin" or "device"
    role: str  # "hq" or "field"
    url: str
    pin: str
    secret: str
    org: str
    expires: str
    hq_keys: tuple[dict[str, str], ...] = ()
    receipt_key: str = ""  # SHA-256 of the receipt key the device pins (storage/receipts.py)
    hq_root: str = ""  # the HQ root's fingerprint, once the organisation adopted one

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "v": CODE_VERSION,
            "kind": self.kind,
            "role": self.role,
            "url": self.url,
            "pin": self.pin,
            "secret": self.secret,
            "org": self.org,
            "expires": self.expires,
        }
        if self.kind == "device":
            body["hq_keys"] = [dict(k) for k in self.hq_keys]
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
    if not isinstance(body, dict) or body.get("v") != CODE_VERSION or body.get("kind") != kind:
        raise ValueError("the enrolment code has an unknown version or kind")
    try:
        keys = tuple(
            {"age": str(k["age"]), "ed25519": str(k["ed25519"])} for k in body.get("hq_keys", [])
        )
        parsed = EnrolCode(
            kind=kind,
            role=str(body["role"]),
            url=str(body["url"]),
            pin=str(body["pin"]),
            secret=str(body["secret"]),
            org=str(body["org"]),
            expires=str(body["expires"]),
            hq_keys=keys,
            receipt_key=str(body.get("receipt_key", "")),
            hq_root=str(body.get("hq_root", "")),
        )
    except (KeyError, TypeError):
        raise ValueError("the enrolment code lacks a field") from None
    if kind == "device" and not keys:
        raise ValueError("the enrolment code carries no HQ keys")
    return parsed


def make(
    url: str,
    pin: str,
    org: str,
    hq_keys: list[dict[str, str]],
    secret: str,
    kind: str,
    role: str,
    expires: str,
    receipt_key: str = "",
    hq_root: str = "",
) -> str:
    return EnrolCode(
        kind=kind,
        role=role,
        url=url,
        pin=pin,
        secret=secret,
        org=org,
        expires=expires,
        hq_keys=tuple(hq_keys),
        receipt_key=receipt_key,
        hq_root=hq_root,
    ).encode()
