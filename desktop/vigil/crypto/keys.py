"""The key hierarchy below the vault master key (VMK).

Every key the vault uses is derived from the VMK with HKDF and a purpose label, so that no
two uses ever share a key and the labels document the hierarchy (docs/formats.md).
"""

from __future__ import annotations

import functools
import hashlib
import os
from dataclasses import dataclass

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
    """A vault's identity: X25519 (age) for reading, Ed25519 for signing."""

    x25519_secret: bytes
    ed25519_seed: bytes

    @classmethod
    def generate(cls) -> Identity:
        return cls(os.urandom(32), os.urandom(32))

    @classmethod
    def from_bytes(cls, raw: bytes) -> Identity:
        if len(raw) != 64:
            raise ValueError("an identity is 64 bytes")
        return cls(raw[:32], raw[32:])

    def to_bytes(self) -> bytes:
        return self.x25519_secret + self.ed25519_seed

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
    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.ed25519_seed)

    @functools.cached_property
    def verify_key_bytes(self) -> bytes:
        return self.signing_key.public_key().public_bytes_raw()


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()
