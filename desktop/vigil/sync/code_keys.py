"""The HQ keys an enrolment code stands for, fetched and checked before the device pins them.

A version 2 code (docs/protocol.md §4) carries only SHA-256 fingerprints of the HQ keys: a
hybrid recipient is about 2,000 characters, and a code is read aloud, typed, or carried on
paper. At enrolment the device fetches the keys over the pinned connection with its new
token, from ``GET /v1/hq/keys``, or, under an HQ root, from the root-signed key set (checked
against the root first). Every key must match one of the code's fingerprints and every
fingerprint one key, before anything is stored: a server that lies, swaps, adds or drops a
key, or sends a hybrid recipient where the code names an X25519 one, is refused (exit 4).
A version 1 code carries the keys themselves, and is taken as before.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vigil.crypto import age, hq_keyset
from vigil.crypto.errors import IntegrityError

if TYPE_CHECKING:
    from vigil.sync.codes import EnrolmentCode
    from vigil.sync.credentials import DeviceCredential

_REFUSED = "Nothing was stored; the server may be compromised. Ask HQ for a new code."


class CodeKeysRefused(IntegrityError):
    """The server's HQ keys are not the ones the enrolment code names (exit 4)."""


@dataclass(frozen=True)
class HqPublicKeys:
    """What the device pins: HQ's age recipients and Ed25519 keys, and under a root the
    key set they came from (its exact bytes, taken by sync/hq_keys.py after enrolment)."""

    age: tuple[str, ...]
    ed25519: tuple[bytes, ...]
    keyset: bytes | None = None


def age_fingerprint(recipient: str) -> str:
    return hashlib.sha256(recipient.encode()).hexdigest()


def ed25519_fingerprint(key: bytes) -> str:
    return hashlib.sha256(key).hexdigest()


def fetch(code: EnrolmentCode, cred: DeviceCredential, proxy: str | None) -> HqPublicKeys:
    """The HQ keys ``code`` stands for, checked; raises (exit 4) before anything is kept."""
    if code.hq_root:
        return _from_keyset(code, cred, proxy)
    if code.version == 1:
        return HqPublicKeys(
            tuple(k.age for k in code.hq_keys), tuple(k.ed25519 for k in code.hq_keys)
        )
    from vigil.sync.client import SyncClient

    with SyncClient.for_device(cred, proxy) as client:
        answer = client.hq_keys()
    ages, eds = _served(answer)
    return check(code, ages, eds)


def check(code: EnrolmentCode, ages: Sequence[str], eds: Sequence[bytes]) -> HqPublicKeys:
    """The keys, in the code's order, if they are exactly the ones it names by fingerprint."""
    for text in ages:
        try:
            age.parse_recipient(text)
        except age.AgeKeyError:
            raise CodeKeysRefused(f"The server sent a malformed HQ age key. {_REFUSED}") from None
    if any(len(e) != 32 for e in eds):
        raise CodeKeysRefused(f"The server sent a malformed HQ signing key. {_REFUSED}")
    by_age = {age_fingerprint(a): a for a in ages}
    by_ed = {ed25519_fingerprint(e): e for e in eds}
    for kind, served, named, count in (
        ("age keys", by_age, code.hq_age_fingerprints, len(ages)),
        ("signing keys", by_ed, code.hq_ed25519_fingerprints, len(eds)),
    ):
        if len(served) != count:
            raise CodeKeysRefused(f"The server sent the same HQ {kind[:-1]} twice. {_REFUSED}")
        extra = set(served) - set(named)
        if extra:
            raise CodeKeysRefused(
                f"The server sent {len(extra)} HQ {kind} this enrolment code does not name. "
                f"{_REFUSED}"
            )
        missing = set(named) - set(served)
        if missing:
            raise CodeKeysRefused(
                f"The server withheld {len(missing)} of the HQ {kind} this enrolment code "
                f"names. {_REFUSED}"
            )
    return HqPublicKeys(
        tuple(by_age[f] for f in code.hq_age_fingerprints),
        tuple(by_ed[f] for f in code.hq_ed25519_fingerprints),
    )


def _served(answer: Any) -> tuple[list[str], list[bytes]]:
    """The keys of a ``GET /v1/hq/keys`` answer, or a refusal if it has no such shape."""
    try:
        ages, eds = answer["age"], answer["ed25519"]
        if not (isinstance(ages, list) and isinstance(eds, list)):
            raise TypeError
        if not all(isinstance(a, str) for a in ages):
            raise TypeError
        return ages, [base64.b64decode(e, validate=True) for e in eds]
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise CodeKeysRefused(
            f"The server's answer holds no readable HQ keys. {_REFUSED}"
        ) from None


def _from_keyset(code: EnrolmentCode, cred: DeviceCredential, proxy: str | None) -> HqPublicKeys:
    """Under a root the key set is the source: checked against the root the code names, then
    its keys against the code's (a code made by a desk the root has since replaced names
    other keys, and is refused: docs/hq-keys.md §3)."""
    from vigil.sync.client import SyncClient

    with SyncClient.for_device(cred, proxy) as client:
        data = client.hq_keyset()
    if data is None:
        raise hq_keyset.KeySetInvalid("missing", "The server holds no HQ key set.")
    ks = hq_keyset.verify(data, code.hq_root, code.org)
    replaced = hq_keyset.KeySetInvalid(
        "replaced_desk",
        "This enrolment code names HQ keys the organisation's root no longer vouches for (a "
        "desk that was replaced made it); ask HQ for a new code.",
    )
    if code.version == 1:
        named = {(k.ed25519, k.age) for k in code.hq_keys}
        if any(ed != ks.desk.ed25519 or a not in ks.desk.recipients for ed, a in named):
            raise replaced
        return HqPublicKeys(
            tuple(k.age for k in code.hq_keys), tuple(k.ed25519 for k in code.hq_keys), data
        )
    try:
        keys = check(code, ks.desk.recipients, (ks.desk.ed25519,))
    except CodeKeysRefused:
        raise replaced from None
    return HqPublicKeys(keys.age, keys.ed25519, data)
