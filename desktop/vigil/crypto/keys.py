"""The key hierarchy below the vault master key (VMK).

Every key the vault uses is derived from the VMK with HKDF and a purpose label, so that no
two uses ever share a key and the labels document the hierarchy (docs/formats.md).
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vigil.crypto import age

VMK_LEN = 32

LABEL_SQLCIPHER = b"vigil/v1/sqlcipher"
LABEL_IDENTITY_WRAP = b"vigil/v1/identity-wrap"
LABEL_RECOVERY_WRAP = b"vigil/v1/recovery-wrap"
LABEL_RECOVERY_AGE = b"vigil/v1/recovery-age"
LABEL_RETIRED = b"vigil/v1/retired-identities"
LABEL_HYBRID_WRAP = b"vigil/v1/hybrid-identity-wrap"
LABEL_RECOVERY_AGE_PQ = b"vigil/v1/recovery-age-mlkem768x25519"


def hkdf(secret: bytes, salt: bytes, label: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=label).derive(secret)


def new_vmk() -> bytes:
    return os.urandom(VMK_LEN)


# The text forms are age's (vigil.crypto.age): one encoding of keys in the code base.


def age_identity_string(secret: bytes) -> str:
    return str(age.X25519Identity(secret))


def age_recipient_string(public: bytes) -> str:
    return str(age.X25519Recipient(public))


def x25519_public(secret: bytes) -> bytes:
    return age.X25519Identity(secret).recipient.public


@dataclass(frozen=True)
class Identity:
    """A vault's identity: age keys for reading, Ed25519 for signing.

    ``hybrid_seed`` is the age ``mlkem768x25519`` (post-quantum) identity everything new is
    encrypted to; None only in an identity read from a vault made before it existed, which
    gets one at its next unlock (vault/store.py). The X25519 key stays, to read older data
    and for files shared with keys that are not hybrid yet."""

    x25519_secret: bytes
    ed25519_seed: bytes
    hybrid_seed: bytes | None = None

    @classmethod
    def generate(cls) -> Identity:
        return cls(os.urandom(32), os.urandom(32), os.urandom(32))

    @classmethod
    def from_bytes(cls, raw: bytes) -> Identity:
        """64 bytes (X25519 and Ed25519) or 96 (and the hybrid seed)."""
        if len(raw) not in (64, 96):
            raise ValueError("an identity is 64 or 96 bytes")
        return cls(raw[:32], raw[32:64], raw[64:] or None)

    def to_bytes(self) -> bytes:
        return self.core_bytes() + (self.hybrid_seed or b"")

    def core_bytes(self) -> bytes:
        """The X25519 secret and the Ed25519 seed: what the header's identity wrap holds."""
        return self.x25519_secret + self.ed25519_seed

    def with_hybrid(self) -> Identity:
        """This identity with a new hybrid seed if it has none."""
        return self if self.hybrid_seed else replace(self, hybrid_seed=os.urandom(32))

    # Cached: building key objects costs more than signing, and a save signs every time.

    @functools.cached_property
    def age_identity(self) -> age.X25519Identity:
        return age.X25519Identity(self.x25519_secret)

    @functools.cached_property
    def age_recipient(self) -> age.X25519Recipient:
        return self.age_identity.recipient

    @functools.cached_property
    def recipient_string(self) -> str:
        return age_recipient_string(x25519_public(self.x25519_secret))

    @functools.cached_property
    def hybrid_identity(self) -> age.HybridIdentity | None:
        return age.HybridIdentity(self.hybrid_seed) if self.hybrid_seed else None

    @functools.cached_property
    def hybrid_recipient(self) -> age.HybridRecipient | None:
        return self.hybrid_identity.recipient if self.hybrid_identity else None

    @functools.cached_property
    def age_identities(self) -> list[age.Identity]:
        """Every age key that reads what was encrypted to this identity."""
        found: list[age.Identity] = [self.age_identity]
        if self.hybrid_identity is not None:
            found.insert(0, self.hybrid_identity)
        return found

    def own_recipient(self, others: Sequence[age.Recipient] = ()) -> age.Recipient:
        """The key to encrypt to beside ``others``: the hybrid one, unless one of ``others``
        is X25519 only (an age file cannot mix the two: it would be only as safe as X25519,
        and age 1.3 refuses to write it)."""
        if self.hybrid_recipient is not None and all(r.post_quantum for r in others):
            return self.hybrid_recipient
        return self.age_recipient

    @functools.cached_property
    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.ed25519_seed)

    @functools.cached_property
    def verify_key_bytes(self) -> bytes:
        return self.signing_key.public_key().public_bytes_raw()


def preferred(recipients: Sequence[age.Recipient]) -> list[age.Recipient]:
    """Of the keys one reader (HQ) named, the hybrid ones when there are any: a key set names
    the desk's X25519 key beside its hybrid one (the server checks that key at enrolment),
    and an age file to both would be only as safe as X25519."""
    hybrid = [r for r in recipients if r.post_quantum]
    return hybrid or list(recipients)


def recovery_hybrid_identity(recovery_secret: bytes) -> age.HybridIdentity:
    """The hybrid age identity derived from the recovery key: post-quantum backups are
    encrypted to it, so the printed key alone still opens them (docs/formats.md §11)."""
    return age.HybridIdentity(hkdf(recovery_secret, b"", LABEL_RECOVERY_AGE_PQ))


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()
