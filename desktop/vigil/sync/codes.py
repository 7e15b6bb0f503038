"""Enrolment codes (docs/protocol.md section 4): parsed and checked before anything is sent."""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from vigil.crypto.errors import VigilError

PREFIXES = {"vigil-admin:": "admin", "vigil-enrol:": "device"}
_PIN = re.compile(r"sha256/[A-Za-z0-9+/]{43}=")


class CodeInvalid(VigilError):
    exit_code = 2


@dataclass(frozen=True)
class HqKeys:
    age: str  # the X25519 recipient every field envelope is also encrypted to
    ed25519: bytes  # the key that signs alerts and template bundles


@dataclass(frozen=True)
class EnrolmentCode:
    kind: str
    role: str
    url: str
    pin: str
    secret: str
    org: str
    expires: str
    hq_keys: tuple[HqKeys, ...]

    @property
    def expired(self) -> bool:
        try:
            when = datetime.strptime(self.expires, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        except ValueError:
            return False
        return when < datetime.now(UTC)


def _b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def parse(code: str) -> EnrolmentCode:
    code = "".join(code.split())
    prefix = next((p for p in PREFIXES if code.startswith(p)), None)
    if prefix is None:
        raise CodeInvalid("That is not a Vigil enrolment code (it starts with vigil-enrol:).")
    try:
        body: Any = json.loads(_b64url(code[len(prefix) :]))
    except (ValueError, binascii.Error):
        raise CodeInvalid("The enrolment code is damaged; copy it again.") from None
    if not isinstance(body, dict) or body.get("v") != 1:
        raise CodeInvalid("The enrolment code has a version this Vigil does not read.")
    if body.get("kind") != PREFIXES[prefix]:
        raise CodeInvalid("The enrolment code's kind does not match its prefix.")
    url = str(body.get("url", ""))
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname or parts.path not in ("", "/"):
        raise CodeInvalid("The enrolment code's server address is not a plain https:// address.")
    pin = str(body.get("pin", ""))
    if not _PIN.fullmatch(pin):
        raise CodeInvalid("The enrolment code's key pin is malformed.")
    role = body.get("role")
    if role not in ("hq", "field") or (prefix == "vigil-admin:" and role != "hq"):
        raise CodeInvalid("The enrolment code names an unknown role.")
    keys: list[HqKeys] = []
    for entry in body.get("hq_keys", []) if prefix == "vigil-enrol:" else []:
        try:
            ed = base64.b64decode(entry["ed25519"], validate=True)
            age = str(entry["age"])
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise CodeInvalid("The enrolment code's HQ keys are malformed.") from None
        if len(ed) != 32 or not age.startswith("age1"):
            raise CodeInvalid("The enrolment code's HQ keys are malformed.")
        keys.append(HqKeys(age, ed))
    if prefix == "vigil-enrol:" and not keys:
        raise CodeInvalid("The enrolment code carries no HQ keys; ask HQ for a new code.")
    return EnrolmentCode(
        kind=PREFIXES[prefix],
        role=str(role),
        url=url.rstrip("/"),
        pin=pin,
        secret=str(body.get("secret", "")),
        org=str(body.get("org", "")),
        expires=str(body.get("expires", "")),
        hq_keys=tuple(keys),
    )


def auth_host(url: str) -> str:
    """The host line of the auth string, computed from our own URL (protocol 5.2)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port or 443}"
