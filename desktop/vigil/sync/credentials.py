"""The device's sync credential, kept in the operating system's keyring.

One credential per vault: the device id the server gave at enrolment, the device's Ed25519
key (a random seed, never derived from the passphrase, so the server gets no password oracle:
docs/protocol.md sections 4.1 and 11), and the server's address, key pin, role and
organisation. It is stored as JSON under the service ``org.vigil.Vigil`` and the user name
``device:<vault id>`` in the Secret Service (Linux), the macOS Keychain or the Windows
Credential Locker, never in a file.

There is one interface and no plaintext fallback: when the keyring library's backend is the
"fail" or "null" one, or an insecure one (keyrings.alt, anything the keyring library itself
does not recommend, i.e. priority below 1), every call raises KeyringUnavailable (see
secure_backend for chains).

The secret never appears in a message or a log line. Backend exceptions are logged by type and
place only and are not chained to the error raised (their frames and messages can hold the
secret, and so can a JSON parse error's ``doc``); the stored text is dropped before raising.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import os
import re
import secrets
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Final, Protocol, TypeVar
from urllib.parse import urlsplit

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringLocked, PasswordDeleteError

from vigil.crypto.errors import IntegrityError, VigilError
from vigil.logs import describe_exception

log = logging.getLogger(__name__)

SERVICE: Final = "org.vigil.Vigil"
VERSION: Final = 1
KEY_BYTES: Final = 32
ROLES: Final = frozenset({"field", "hq"})
ALLOW_FAKES_ENV: Final = "VIGIL_ALLOW_TEST_FAKES"

NO_KEYRING: Final = (
    "No secure keyring is available on this computer (Secret Service, macOS Keychain or "
    "Windows Credential Locker); sync cannot store its credential."
)
LOCKED: Final = (
    "The keyring on this computer is locked and was not unlocked; sync cannot use its "
    "credential until it is."
)
NO_ANSWER: Final = (
    "The keyring on this computer did not answer; sync cannot use its credential. "
    "Unlock or restart the keyring and try again."
)
DAMAGED: Final = (
    "The sync credential in this computer's keyring is damaged; enrol this device again."
)
NEWER: Final = (
    "The sync credential in this computer's keyring was written by a newer Vigil; "
    "update Vigil to sync."
)

_HEX32 = re.compile(r"[0-9a-f]{32}")
_PIN = re.compile(r"sha256/[A-Za-z0-9+/]{43}=")
_FIELDS = frozenset({"v", "vault_id", "device_id", "device_key", "url", "pin", "role", "org"})
# Optional: the HQ Ed25519 keys pinned at enrolment, so that a wipe order can be checked while
# the vault is locked (sync/wipe_order.py). Written only when there are some, so a credential
# without them reads exactly as before.
_OPTIONAL = frozenset({"hq_ed25519"})
_MAX_HQ_KEYS = 8
_MAX_DUPLICATES = 16
_T = TypeVar("_T")


class KeyringUnavailable(VigilError):
    """No secure keyring, or the keyring refused or failed to answer."""


class NoSecureKeyring(KeyringUnavailable):
    """This machine has no keyring Vigil would store in: nothing of Vigil's can be there."""


class CredentialDamaged(IntegrityError):
    """The stored credential cannot be read back."""


def new_device_key() -> bytes:
    """A fresh Ed25519 seed from the operating system's random source."""
    return secrets.token_bytes(KEY_BYTES)


def _check_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError:
        return False
    return (
        parts.scheme == "https"
        and bool(parts.hostname)
        and parts.username is None
        and parts.password is None
        and not (parts.path or parts.query or parts.fragment)
    )


@dataclass(frozen=True)
class DeviceCredential:
    """What a device needs to sync one vault. The key is left out of repr()."""

    vault_id: str
    device_id: str
    device_key: bytes = field(repr=False)
    url: str
    pin: str
    role: str
    org: str
    hq_ed25519: tuple[bytes, ...] = ()

    def __post_init__(self) -> None:
        for name in ("vault_id", "device_id"):
            value = getattr(self, name)
            if not isinstance(value, str) or not _HEX32.fullmatch(value):
                raise ValueError(f"{name} must be 32 lowercase hex digits")
        if not isinstance(self.device_key, bytes) or len(self.device_key) != KEY_BYTES:
            raise ValueError(f"device_key must be {KEY_BYTES} bytes")
        if not isinstance(self.url, str) or not _check_url(self.url):
            raise ValueError("url must be a plain https://host[:port] address")
        if not isinstance(self.pin, str) or not _PIN.fullmatch(self.pin):
            raise ValueError("pin must be sha256/ and the base64 of 32 bytes")
        if self.role not in ROLES:
            raise ValueError("role must be 'field' or 'hq'")
        if not isinstance(self.org, str):
            raise ValueError("org must be a string")
        if (
            not isinstance(self.hq_ed25519, tuple)
            or len(self.hq_ed25519) > _MAX_HQ_KEYS
            or any(not isinstance(k, bytes) or len(k) != KEY_BYTES for k in self.hq_ed25519)
        ):
            raise ValueError(f"hq_ed25519 must be at most {_MAX_HQ_KEYS} keys of {KEY_BYTES} bytes")

    def to_json(self) -> str:
        body: dict[str, Any] = {
            "v": VERSION,
            "vault_id": self.vault_id,
            "device_id": self.device_id,
            "device_key": base64.b64encode(self.device_key).decode("ascii"),
            "url": self.url,
            "pin": self.pin,
            "role": self.role,
            "org": self.org,
        }
        if self.hq_ed25519:
            body["hq_ed25519"] = [base64.b64encode(k).decode("ascii") for k in self.hq_ed25519]
        return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> DeviceCredential:
        """Parse what to_json wrote; CredentialDamaged (with a plain message) otherwise."""
        result = _parse(text)
        del text
        if isinstance(result, str):
            raise CredentialDamaged(result)
        return result


def _parse(text: str) -> DeviceCredential | str:
    """The credential, or the message saying why not. Never raises, so that no exception
    (nor its context) carries the text."""
    try:
        body: Any = json.loads(text)
    except (ValueError, TypeError, RecursionError):
        return DAMAGED
    if not isinstance(body, dict):
        return DAMAGED
    version = body.get("v")
    if type(version) is not int:
        return DAMAGED
    if version > VERSION:
        return NEWER
    if version != VERSION or not _FIELDS <= set(body) <= _FIELDS | _OPTIONAL:
        return DAMAGED
    if not all(isinstance(body[name], str) for name in _FIELDS - {"v"}):
        return DAMAGED
    hq_keys = _decode_keys(body.get("hq_ed25519", []))
    if hq_keys is None:
        return DAMAGED
    try:
        key = base64.b64decode(body["device_key"], validate=True)
    except (binascii.Error, ValueError):
        return DAMAGED
    if base64.b64encode(key).decode("ascii") != body["device_key"]:
        return DAMAGED
    try:
        return DeviceCredential(
            vault_id=body["vault_id"],
            device_id=body["device_id"],
            device_key=key,
            url=body["url"],
            pin=body["pin"],
            role=body["role"],
            org=body["org"],
            hq_ed25519=hq_keys,
        )
    except ValueError:
        return DAMAGED


def _decode_keys(raw: Any) -> tuple[bytes, ...] | None:
    if not isinstance(raw, list) or len(raw) > _MAX_HQ_KEYS:
        return None
    out: list[bytes] = []
    for text in raw:
        if not isinstance(text, str):
            return None
        try:
            key = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            return None
        if len(key) != KEY_BYTES:
            return None
        out.append(key)
    return tuple(out)


def _username(vault_id: str) -> str:
    if not isinstance(vault_id, str) or not _HEX32.fullmatch(vault_id):
        raise ValueError("vault_id must be 32 lowercase hex digits")
    return "device:" + vault_id


class CredentialStore(Protocol):
    """Where a device's sync credentials live, one per vault."""

    def save(self, cred: DeviceCredential) -> None:
        """Store (or replace) the credential for cred.vault_id."""

    def load(self, vault_id: str) -> DeviceCredential | None:
        """The credential for the vault, or None when there is none."""

    def delete(self, vault_id: str) -> bool:
        """Remove the vault's credential; False when there was none."""


def secure_backend(backend: KeyringBackend) -> KeyringBackend | None:
    """The backend to keep the credential in, or None when there is no secure one.

    Refused: keyring's fail and null backends, everything from keyrings.alt (plaintext, or
    encrypted with a key kept beside it), and anything with a priority below 1 (what the
    keyring library itself calls not recommended). A chain, which keyring picks when more than
    one backend is installed (for instance with keyrings.alt), stands for its first member: only
    that member is used, if it is secure, and the others are never read or written, so there is
    no fallback to a file behind the keyring's back. Raises whatever the backend's priority
    check raises (the Secret Service one asks D-Bus).
    """
    if isinstance(backend, chainer.ChainerBackend):
        members = list(backend.backends)
        if not members:
            return None
        backend = members[0]
    if isinstance(backend, (fail.Keyring, null.Keyring, chainer.ChainerBackend)):
        return None
    module = type(backend).__module__
    if module == "keyrings.alt" or module.startswith("keyrings.alt."):
        return None
    return backend if float(backend.priority) >= 1 else None


def _name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


class KeyringStore:
    """The credential store of the real app: the operating system's keyring.

    With no backend given, the keyring library's active backend is looked up (and checked)
    on every call, so a keyring that appears or changes later is used as it is.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._fixed = backend

    def _backend(self) -> KeyringBackend:
        failure = ""
        try:
            backend = self._fixed if self._fixed is not None else keyring.get_keyring()
            chosen = secure_backend(backend)
        except Exception as exc:
            log.warning("keyring backend check failed: %s", describe_exception(exc))
            failure = NO_KEYRING
        if failure:
            raise KeyringUnavailable(failure)
        if chosen is None:
            log.warning("refused insecure keyring backend %s", _name(backend))
            raise NoSecureKeyring(NO_KEYRING)
        return chosen

    def _call(self, action: str, call: Callable[[], _T]) -> _T:
        # The message is raised after the except block, so the backend's exception (whose
        # frames may hold the secret) is neither the cause nor the context of ours.
        failure = ""
        try:
            return call()
        except KeyringLocked as exc:
            log.warning("keyring locked during %s: %s", action, describe_exception(exc))
            failure = LOCKED
        except Exception as exc:
            log.warning("keyring failed during %s: %s", action, describe_exception(exc))
            failure = NO_ANSWER
        raise KeyringUnavailable(failure)

    def save(self, cred: DeviceCredential) -> None:
        backend = self._backend()
        username = _username(cred.vault_id)
        self._call("save", lambda: backend.set_password(SERVICE, username, cred.to_json()))
        log.info("stored the sync credential for vault %s", cred.vault_id)

    def load(self, vault_id: str) -> DeviceCredential | None:
        username = _username(vault_id)
        backend = self._backend()
        text = self._call("load", lambda: backend.get_password(SERVICE, username))
        if text is None:
            return None
        result = _parse(text)
        del text
        if isinstance(result, str) or result.vault_id != vault_id:
            log.warning("the stored sync credential for vault %s is unreadable", vault_id)
            raise CredentialDamaged(result if isinstance(result, str) else DAMAGED)
        return result

    def delete(self, vault_id: str) -> bool:
        username = _username(vault_id)
        backend = self._backend()

        def delete_all() -> int:
            # The Secret Service can hold more than one item with the same attributes (made
            # by another client); remove every one, so that no old key is left behind.
            removed = 0
            while removed < _MAX_DUPLICATES:
                try:
                    backend.delete_password(SERVICE, username)
                except PasswordDeleteError:
                    break
                removed += 1
            return removed

        removed = self._call("delete", delete_all)
        if removed:
            log.info("removed the sync credential for vault %s", vault_id)
        return removed > 0


class MemoryStore:
    """An in-memory CredentialStore, for the tests of other modules only.

    A fake never loads in a release build: the constructor raises RuntimeError unless the
    environment has VIGIL_ALLOW_TEST_FAKES=1 (the pattern of Dangerzone's dummy isolation
    provider), and always in a frozen (bundled) build. It keeps the JSON rather than the
    object, so what a test stores goes through the same serialisation as the keyring.
    """

    def __init__(self) -> None:
        if os.environ.get(ALLOW_FAKES_ENV) != "1" or getattr(sys, "frozen", False):
            raise RuntimeError(
                "MemoryStore is a test fake; it loads only in tests, with "
                f"{ALLOW_FAKES_ENV}=1, and never in a release build."
            )
        self._secrets: dict[str, str] = {}

    def save(self, cred: DeviceCredential) -> None:
        self._secrets[_username(cred.vault_id)] = cred.to_json()

    def load(self, vault_id: str) -> DeviceCredential | None:
        text = self._secrets.get(_username(vault_id))
        return None if text is None else DeviceCredential.from_json(text)

    def delete(self, vault_id: str) -> bool:
        return self._secrets.pop(_username(vault_id), None) is not None
