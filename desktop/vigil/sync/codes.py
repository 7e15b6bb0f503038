"""Enrolment codes (docs/protocol.md section 4): parsed and checked before anything is sent.

Version 1 device codes carry the HQ public keys themselves; version 2 codes carry only their
SHA-256 fingerprints (a hybrid recipient is about 2,000 characters), and the device fetches
the keys at enrolment and checks them against the fingerprints (sync/code_keys.py).
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from vigil.crypto import age, strict_json
from vigil.crypto.errors import VigilError

PREFIXES = {"vigil-admin:": "admin", "vigil-enrol:": "device"}
_PIN = re.compile(r"sha256/[A-Za-z0-9+/]{43}=")
_SECRET = re.compile(r"[A-Za-z0-9_-]{43}")
_TIME = "%Y-%m-%dT%H:%M:%SZ"
_FINGERPRINT = re.compile(r"[0-9a-f]{64}")


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
    receipt_key: str = ""  # SHA-256 of the server's receipt key; "" in codes made before them
    hq_root: str = ""  # the HQ root's fingerprint (docs/hq-keys.md); "" before a root
    version: int = 1
    # Version 2 device codes: SHA-256 (hex) of each HQ age recipient's text and of each HQ
    # Ed25519 key's 32 bytes, in place of ``hq_keys`` (which is then empty).
    hq_age_fingerprints: tuple[str, ...] = ()
    hq_ed25519_fingerprints: tuple[str, ...] = ()

    @property
    def expired(self) -> bool:
        try:
            when = datetime.strptime(self.expires, _TIME).replace(tzinfo=UTC)
        except ValueError:
            return True  # parse() refuses such a code; an unreadable expiry is no licence
        return when < datetime.now(UTC)


def _b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def parse(code: str) -> EnrolmentCode:
    code = "".join(code.split())
    prefix = next((p for p in PREFIXES if code.startswith(p)), None)
    if prefix is None:
        raise CodeInvalid("That is not a Vigil enrolment code (it starts with vigil-enrol:).")
    try:
        body: Any = strict_json.loads(_b64url(code[len(prefix) :]), "The enrolment code")
    except (strict_json.StrictJSONError, ValueError, binascii.Error):
        raise CodeInvalid("The enrolment code is damaged; copy it again.") from None
    if not isinstance(body, dict) or type(body.get("v")) is not int or body["v"] not in (1, 2):
        raise CodeInvalid("The enrolment code has a version this Vigil does not read.")
    version = int(body["v"])
    if version == 2 and prefix != "vigil-enrol:":
        raise CodeInvalid("The enrolment code has a version this Vigil does not read.")
    if body.get("kind") != PREFIXES[prefix]:
        raise CodeInvalid("The enrolment code's kind does not match its prefix.")
    url = body.get("url")
    # A port out of range, user:password@, a query or a fragment used to pass here and fail
    # later: in auth_host, or when the credential was stored after the secret was spent.
    if not isinstance(url, str) or not _plain_https(url):
        raise CodeInvalid("The enrolment code's server address is not a plain https:// address.")
    pin = str(body.get("pin", ""))
    if not _PIN.fullmatch(pin):
        raise CodeInvalid("The enrolment code's key pin is malformed.")
    role = body.get("role")
    if role not in ("hq", "field") or (prefix == "vigil-admin:" and role != "hq"):
        raise CodeInvalid("The enrolment code names an unknown role.")
    secret = body.get("secret")
    if not isinstance(secret, str) or not _SECRET.fullmatch(secret):
        raise CodeInvalid("The enrolment code's one-time secret is damaged; copy the code again.")
    org = body.get("org", "")
    if not isinstance(org, str):
        raise CodeInvalid("The enrolment code's organisation name is malformed.")
    # The expiry used to be checked only at enrolment, and an unreadable one counted as
    # "not expired". A code is refused here, before anything is sent, if it is either.
    expires: Any = body.get("expires")
    try:
        when = datetime.strptime(expires, _TIME).replace(tzinfo=UTC)
    except (TypeError, ValueError):
        raise CodeInvalid("The enrolment code's expiry time is malformed.") from None
    if when < datetime.now(UTC):
        raise CodeInvalid("This enrolment code has expired; ask HQ for a new one.")
    keys: list[HqKeys] = []
    listed = body.get("hq_keys", []) if prefix == "vigil-enrol:" and version == 1 else []
    if not isinstance(listed, list):  # a number here used to escape as a TypeError
        raise CodeInvalid("The enrolment code's HQ keys are malformed.")
    for entry in listed:
        try:
            ed = base64.b64decode(entry["ed25519"], validate=True)
            age = str(entry["age"])
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise CodeInvalid("The enrolment code's HQ keys are malformed.") from None
        if len(ed) != 32 or not _age_recipient(age):
            # A recipient that only looked like one ("age1" and anything) was pinned, and
            # then every later save failed to encrypt to it.
            raise CodeInvalid("The enrolment code's HQ keys are malformed.")
        keys.append(HqKeys(age, ed))
    ages, eds = _fingerprints(body) if version == 2 else ((), ())
    if prefix == "vigil-enrol:" and not (keys or (ages and eds)):
        raise CodeInvalid("The enrolment code carries no HQ keys; ask HQ for a new code.")
    receipt_key = body.get("receipt_key", "")
    if not isinstance(receipt_key, str) or not (
        receipt_key == "" or _FINGERPRINT.fullmatch(receipt_key)
    ):
        raise CodeInvalid("The enrolment code's receipt key is malformed.")
    hq_root = body.get("hq_root", "") if prefix == "vigil-enrol:" else ""
    if not isinstance(hq_root, str) or not (hq_root == "" or _FINGERPRINT.fullmatch(hq_root)):
        raise CodeInvalid("The enrolment code's HQ root fingerprint is malformed.")
    return EnrolmentCode(
        kind=PREFIXES[prefix],
        role=str(role),
        url=url.rstrip("/"),
        pin=pin,
        secret=secret,
        org=org,
        expires=str(expires),
        hq_keys=tuple(keys),
        receipt_key=receipt_key,
        hq_root=hq_root,
        version=version,
        hq_age_fingerprints=ages,
        hq_ed25519_fingerprints=eds,
    )


def _fingerprints(body: dict[str, Any]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A version 2 code's HQ key fingerprints: lists of distinct 64-hex strings (at most
    eight recipients, as a key set names, and one signing key per HQ)."""
    found: list[tuple[str, ...]] = []
    for name, most in (("hq_age", 8), ("hq_ed25519", 8)):
        listed = body.get(name, [])
        if (
            not isinstance(listed, list)
            or len(listed) > most
            or not all(isinstance(f, str) and _FINGERPRINT.fullmatch(f) for f in listed)
            or len(set(listed)) != len(listed)
        ):
            raise CodeInvalid("The enrolment code's HQ key fingerprints are malformed.")
        found.append(tuple(listed))
    return found[0], found[1]


def _plain_https(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError:
        return False
    return (
        parts.scheme == "https"
        and bool(parts.hostname)
        and parts.username is None
        and parts.password is None
        and parts.path in ("", "/")
        and not parts.query
        and not parts.fragment
        and not url.endswith(("?", "#"))
    )


def _age_recipient(text: str) -> bool:
    try:
        age.X25519Recipient.from_string(text)
    except age.AgeKeyError:
        return False
    return True


def auth_host(url: str) -> str:
    """The host line of the auth string, computed from our own URL (protocol 5.2)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if ":" in host:
        host = f"[{host}]"
    return f"{host}:{parts.port or 443}"
