"""The three age recipient types: X25519, scrypt (a passphrase) and mlkem768x25519 (hybrid).

Each identity unwraps the file key from the stanzas of its own type and ignores the others.
A stanza of its type that is malformed (wrong argument count, a share of the wrong length, a
non-canonical encoding, a body that is not exactly a wrapped 16-byte key, a share that gives
the all-zero X25519 secret) is a header failure; a well-formed stanza that does not open is
simply not ours. Only `cryptography`'s primitives are used; this module only frames them.

The hybrid type is age 1.3's: HPKE with ML-KEM-768 + X25519 (draft-ietf-hpke-pq), HKDF-SHA256
and ChaCha20-Poly1305, info ``age-encryption.org/mlkem768x25519``; the identity is a 32-byte
seed that SHAKE256 expands into the ML-KEM-768 seed (64 bytes) and the X25519 key (32 bytes).
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.asymmetric import mlkem
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from vigil.crypto import bech32
from vigil.crypto.age.errors import AgeHeaderError, AgeKeyError
from vigil.crypto.age.format import FILE_KEY_LEN, Stanza, b64decode, b64encode

X25519_LABEL = b"age-encryption.org/v1/X25519"
SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
HYBRID_INFO = b"age-encryption.org/mlkem768x25519"
HYBRID_SUITE = hpke.Suite(
    hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305
)
MLKEM_PUBLIC_LEN = 1184
MLKEM_CIPHERTEXT_LEN = 1088
HYBRID_PUBLIC_LEN = MLKEM_PUBLIC_LEN + 32
HYBRID_ENC_LEN = MLKEM_CIPHERTEXT_LEN + 32
WRAPPED_LEN = FILE_KEY_LEN + 16  # the file key and its ChaCha20-Poly1305 tag
ZERO_NONCE = bytes(12)

X25519_RECIPIENT_HRP = "age"
X25519_IDENTITY_HRP = "AGE-SECRET-KEY-"
HYBRID_RECIPIENT_HRP = "age1pq"
HYBRID_IDENTITY_HRP = "AGE-SECRET-KEY-PQ-"

SCRYPT_MAX_WORK_FACTOR = 22  # what age accepts by default: 2**22 rounds, 4 GiB of memory
SCRYPT_WORK_FACTOR = 18  # what age writes: about a second, 256 MiB
_DECIMAL = re.compile(r"[1-9][0-9]{0,2}")


class Identity(Protocol):
    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        """The file key from one of ``stanzas``, or None when none of them is ours."""


class Recipient(Protocol):
    @property
    def post_quantum(self) -> bool:
        """Whether the key resists a quantum computer (a file must not mix the two kinds)."""

    def wrap(self, file_key: bytes) -> Stanza: ...


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def _checked_body(stanza: Stanza, what: str) -> bytes:
    if len(stanza.body) != WRAPPED_LEN:
        raise AgeHeaderError(f"An age {what} stanza does not hold a 16-byte file key.")
    return stanza.body


def _one_arg(stanza: Stanza, length: int, what: str) -> bytes:
    if len(stanza.args) != 1:
        raise AgeHeaderError(f"An age {what} stanza has the wrong number of arguments.")
    try:
        value = b64decode(stanza.args[0])
    except ValueError:
        value = b""
    if len(value) != length:
        raise AgeHeaderError(f"An age {what} stanza's share is malformed.")
    return value


def _open(key: bytes, body: bytes) -> bytes | None:
    try:
        return ChaCha20Poly1305(key).decrypt(ZERO_NONCE, body, None)
    except InvalidTag:
        return None


def _x25519(private: X25519PrivateKey, share: bytes, what: str) -> bytes:
    try:
        return private.exchange(X25519PublicKey.from_public_bytes(share))
    except ValueError:  # the all-zero shared secret of a low-order point
        raise AgeHeaderError(f"An age {what} stanza's share is a low-order point.") from None


def _decode_key(text: str, hrp: str, length: int, what: str) -> bytes:
    try:
        found, data = bech32.decode(text)
    except ValueError:
        found, data = "", b""
    if found != hrp or len(data) != length:
        raise AgeKeyError(f"This is not a valid age {what}.")
    return data


def _need_32(key: bytes, what: str) -> None:
    if len(key) != 32:
        raise AgeKeyError(f"This is not a valid age {what}: it is not 32 bytes.")


# X25519


@dataclass(frozen=True)
class X25519Recipient:
    public: bytes
    post_quantum: bool = field(default=False, init=False)

    def __post_init__(self) -> None:
        _need_32(self.public, "X25519 recipient")

    @classmethod
    def from_string(cls, text: str) -> X25519Recipient:
        return cls(_decode_key(text, X25519_RECIPIENT_HRP, 32, "X25519 recipient"))

    def __str__(self) -> str:
        return bech32.encode(X25519_RECIPIENT_HRP, self.public)

    def wrap(self, file_key: bytes) -> Stanza:
        ephemeral = X25519PrivateKey.generate()
        share = ephemeral.public_key().public_bytes_raw()
        try:
            secret = ephemeral.exchange(X25519PublicKey.from_public_bytes(self.public))
        except ValueError:
            raise AgeKeyError("This X25519 recipient is a low-order point: no key.") from None
        key = _hkdf(secret, share + self.public, X25519_LABEL)
        body = ChaCha20Poly1305(key).encrypt(ZERO_NONCE, file_key, None)
        return Stanza("X25519", (b64encode(share),), body)


@dataclass(frozen=True)
class X25519Identity:
    secret: bytes = field(repr=False)

    def __post_init__(self) -> None:
        _need_32(self.secret, "X25519 identity")

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(os.urandom(32))

    @classmethod
    def from_string(cls, text: str) -> X25519Identity:
        return cls(_decode_key(text, X25519_IDENTITY_HRP, 32, "X25519 identity"))

    def __str__(self) -> str:
        return bech32.encode(X25519_IDENTITY_HRP.lower(), self.secret).upper()

    @functools.cached_property
    def _private(self) -> X25519PrivateKey:
        return X25519PrivateKey.from_private_bytes(self.secret)

    @functools.cached_property
    def recipient(self) -> X25519Recipient:
        return X25519Recipient(self._private.public_key().public_bytes_raw())

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != "X25519":
                continue
            share = _one_arg(stanza, 32, "X25519")
            body = _checked_body(stanza, "X25519")
            secret = _x25519(self._private, share, "X25519")
            file_key = _open(_hkdf(secret, share + self.recipient.public, X25519_LABEL), body)
            if file_key is not None:
                return file_key
        return None


# mlkem768x25519 (hybrid)


def _hybrid_public(data: bytes) -> hpke.MLKEM768X25519PublicKey:
    return hpke.MLKEM768X25519PublicKey(
        mlkem.MLKEM768PublicKey.from_public_bytes(data[:MLKEM_PUBLIC_LEN]),
        X25519PublicKey.from_public_bytes(data[MLKEM_PUBLIC_LEN:]),
    )


@dataclass(frozen=True)
class HybridRecipient:
    public: bytes  # the ML-KEM-768 encapsulation key, then the X25519 public key
    post_quantum: bool = field(default=True, init=False)

    def __post_init__(self) -> None:
        if len(self.public) != HYBRID_PUBLIC_LEN:
            raise AgeKeyError("This is not a valid age hybrid recipient.")
        try:
            self._key  # noqa: B018 - ML-KEM checks the encapsulation key here (FIPS 203 7.2)
        except ValueError:
            raise AgeKeyError("This is not a valid age hybrid recipient.") from None

    @classmethod
    def from_string(cls, text: str) -> HybridRecipient:
        return cls(_decode_key(text, HYBRID_RECIPIENT_HRP, HYBRID_PUBLIC_LEN, "hybrid recipient"))

    def __str__(self) -> str:
        return bech32.encode(HYBRID_RECIPIENT_HRP, self.public)

    @functools.cached_property
    def _key(self) -> hpke.MLKEM768X25519PublicKey:
        return _hybrid_public(self.public)

    def wrap(self, file_key: bytes) -> Stanza:
        sealed = HYBRID_SUITE.encrypt(file_key, self._key, info=HYBRID_INFO)
        enc, body = sealed[:HYBRID_ENC_LEN], sealed[HYBRID_ENC_LEN:]
        return Stanza("mlkem768x25519", (b64encode(enc),), body)


@dataclass(frozen=True)
class HybridIdentity:
    seed: bytes = field(repr=False)

    def __post_init__(self) -> None:
        _need_32(self.seed, "hybrid identity")

    @classmethod
    def generate(cls) -> HybridIdentity:
        return cls(os.urandom(32))

    @classmethod
    def from_string(cls, text: str) -> HybridIdentity:
        return cls(_decode_key(text, HYBRID_IDENTITY_HRP, 32, "hybrid identity"))

    def __str__(self) -> str:
        return bech32.encode(HYBRID_IDENTITY_HRP.lower(), self.seed).upper()

    @functools.cached_property
    def _keys(self) -> tuple[mlkem.MLKEM768PrivateKey, X25519PrivateKey]:
        expanded = hashlib.shake_256(self.seed).digest(96)
        return (
            mlkem.MLKEM768PrivateKey.from_seed_bytes(expanded[:64]),
            X25519PrivateKey.from_private_bytes(expanded[64:]),
        )

    @functools.cached_property
    def _private(self) -> hpke.MLKEM768X25519PrivateKey:
        return hpke.MLKEM768X25519PrivateKey(*self._keys)

    @functools.cached_property
    def recipient(self) -> HybridRecipient:
        pq, classical = self._keys
        return HybridRecipient(
            pq.public_key().public_bytes_raw() + classical.public_key().public_bytes_raw()
        )

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != "mlkem768x25519":
                continue
            enc = _one_arg(stanza, HYBRID_ENC_LEN, "mlkem768x25519")
            body = _checked_body(stanza, "mlkem768x25519")
            try:
                return HYBRID_SUITE.decrypt(enc + body, self._private, info=HYBRID_INFO)
            except (InvalidTag, ValueError):
                # HPKE only fails to open on an all-zero X25519 secret (its X25519 refuses
                # one), and age calls that share malformed: the check's own exchange is
                # paid only here, not once more for every stanza that opens (an evidence
                # export opens a thousand revisions).
                _x25519(self._keys[1], enc[MLKEM_CIPHERTEXT_LEN:], "mlkem768x25519")
                continue
        return None


# scrypt (a passphrase)


def _scrypt_key(passphrase: str, salt: bytes, work_factor: int) -> bytes:
    kdf = Scrypt(salt=SCRYPT_LABEL + salt, length=32, n=1 << work_factor, r=8, p=1)
    return kdf.derive(passphrase.encode("utf-8"))


@dataclass(frozen=True)
class ScryptRecipient:
    passphrase: str = field(repr=False)
    work_factor: int = SCRYPT_WORK_FACTOR
    post_quantum: bool = field(default=True, init=False)  # symmetric: no key to break

    def wrap(self, file_key: bytes) -> Stanza:
        salt = os.urandom(16)
        key = _scrypt_key(self.passphrase, salt, self.work_factor)
        body = ChaCha20Poly1305(key).encrypt(ZERO_NONCE, file_key, None)
        return Stanza("scrypt", (b64encode(salt), str(self.work_factor)), body)


@dataclass(frozen=True)
class ScryptIdentity:
    passphrase: str = field(repr=False)
    max_work_factor: int = SCRYPT_MAX_WORK_FACTOR

    def unwrap(self, stanzas: Sequence[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != "scrypt":
                continue
            if len(stanza.args) != 2:
                raise AgeHeaderError("An age scrypt stanza has the wrong number of arguments.")
            try:
                salt = b64decode(stanza.args[0])
            except ValueError:
                salt = b""
            if len(salt) != 16:
                raise AgeHeaderError("An age scrypt stanza's salt is malformed.")
            if not _DECIMAL.fullmatch(stanza.args[1]):
                raise AgeHeaderError("An age scrypt stanza's work factor is malformed.")
            work_factor = int(stanza.args[1])
            if work_factor > self.max_work_factor:
                raise AgeHeaderError(
                    f"An age scrypt stanza asks for work factor {work_factor}, above the "
                    f"{self.max_work_factor} this reader accepts."
                )
            body = _checked_body(stanza, "scrypt")
            file_key = _open(_scrypt_key(self.passphrase, salt, work_factor), body)
            if file_key is not None:
                return file_key
        return None


def parse_recipient(text: str) -> X25519Recipient | HybridRecipient:
    """An ``age1…`` (X25519) or ``age1pq1…`` (hybrid) recipient string."""
    if text.startswith(HYBRID_RECIPIENT_HRP + "1"):
        return HybridRecipient.from_string(text)
    return X25519Recipient.from_string(text)


def parse_identity(text: str) -> X25519Identity | HybridIdentity:
    """An ``AGE-SECRET-KEY-1…`` (X25519) or ``AGE-SECRET-KEY-PQ-1…`` (hybrid) identity."""
    if text.startswith(HYBRID_IDENTITY_HRP + "1"):
        return HybridIdentity.from_string(text)
    return X25519Identity.from_string(text)
