"""The vault header: KDF parameters, ids and the wrapped keys, in one fixed binary layout.

Layout (version 1, big-endian, 396 bytes; docs/formats.md is the specification):

    0   8  magic "VIGILVLT"            152  60 VMK wrapped by the passphrase KEK
    8   2  format version (1)          212  60 VMK wrapped by the recovery key
    10  2  flags (0)                   272  92 identity wrapped by the VMK
    12 16  vault id                    364  32 SHA-256 of bytes 0..363
    28 16  device id
    44  4  Argon2id memory (KiB)
    48  4  Argon2id passes
    52  4  Argon2id lanes
    56 32  passphrase salt
    88 32  recovery salt
   120 32  recovery age recipient (X25519 public key)

A vault with a hybrid (post-quantum) identity has an extension after byte 395 (498 bytes in
all); the first 396 bytes stay exactly as above, checksum included, so the wraps made before
the extension existed stay valid:

    396  8  magic "VIGILEXT"
    404  2  extension version (1)
    406 60  hybrid identity seed wrapped by the VMK
    466 32  SHA-256 of bytes 0..465

Bytes 0..151 are the public part. The passphrase wrap is bound to all of it, so a changed KDF
parameter or salt can never be paired with a valid wrap. The recovery and identity wraps are
bound to the part a passphrase change leaves alone (bytes 0..43 and 88..151), so that `passwd`
re-wraps the VMK once and needs neither the recovery key nor the identity.
"""

from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass, replace

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vigil.crypto import keys, recovery
from vigil.crypto.errors import HeaderDamaged, HeaderTampered, RecoveryKeyInvalid, WrongPassphrase
from vigil.crypto.kdf import KdfParams, derive

MAGIC = b"VIGILVLT"
VERSION = 1
_PUBLIC = struct.Struct(">8sHH16s16sIII32s32s32s")
PUBLIC_LEN = _PUBLIC.size  # 152
WRAP_LEN = 12 + 32 + 16
IDENTITY_WRAP_LEN = 12 + 64 + 16
CHECKSUM_LEN = 32
HEADER_LEN = PUBLIC_LEN + 2 * WRAP_LEN + IDENTITY_WRAP_LEN + CHECKSUM_LEN  # 396
EXT_MAGIC = b"VIGILEXT"
EXT_VERSION = 1
EXT_HEAD = EXT_MAGIC + struct.pack(">H", EXT_VERSION)
HYBRID_WRAP_LEN = 12 + 32 + 16
EXT_HEADER_LEN = HEADER_LEN + len(EXT_HEAD) + HYBRID_WRAP_LEN + CHECKSUM_LEN  # 498

# Byte regions, named for the specification and the tamper tests.
REGIONS: dict[str, tuple[int, int]] = {
    "magic": (0, 8),
    "version": (8, 10),
    "flags": (10, 12),
    "vault_id": (12, 28),
    "device_id": (28, 44),
    "kdf_params": (44, 56),
    "passphrase_salt": (56, 88),
    "recovery_salt": (88, 120),
    "recovery_recipient": (120, 152),
    "passphrase_wrap": (152, 212),
    "recovery_wrap": (212, 272),
    "identity_wrap": (272, 364),
    "checksum": (364, 396),
}
# The extension of a vault with a hybrid identity, after REGIONS.
EXT_REGIONS: dict[str, tuple[int, int]] = {
    "ext_magic": (396, 404),
    "ext_version": (404, 406),
    "hybrid_wrap": (406, 466),
    "ext_checksum": (466, 498),
}


def _seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, aad)


def _open(key: bytes, sealed: bytes, aad: bytes) -> bytes:
    return AESGCM(key).decrypt(sealed[:12], sealed[12:], aad)


@dataclass(frozen=True)
class Header:
    vault_id: bytes
    device_id: bytes
    kdf: KdfParams
    passphrase_salt: bytes
    recovery_salt: bytes
    recovery_recipient: bytes
    passphrase_wrap: bytes
    recovery_wrap: bytes
    identity_wrap: bytes
    version: int = VERSION
    flags: int = 0
    hybrid_wrap: bytes = b""  # empty in a vault made before hybrid identities

    # -- creating ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        passphrase: bytes,
        kdf: KdfParams,
        vmk: bytes,
        identity: keys.Identity,
        recovery_secret: bytes,
    ) -> Header:
        problem = kdf.check_restorable()
        if problem:
            raise ValueError(f"Refusing to create a vault: {problem}.")
        vault_id = os.urandom(16)
        recovery_salt = os.urandom(32)
        recipient = keys.x25519_public(recovery_age_secret(recovery_secret))
        blank = cls(
            vault_id=vault_id,
            device_id=os.urandom(16),
            kdf=kdf,
            passphrase_salt=os.urandom(32),
            recovery_salt=recovery_salt,
            recovery_recipient=recipient,
            passphrase_wrap=b"",
            recovery_wrap=b"",
            identity_wrap=b"",
        )
        return (
            blank.with_passphrase(passphrase, vmk, kdf=kdf)
            .with_recovery(recovery_secret, vmk)
            .with_identity(vmk, identity)
        )

    def with_passphrase(
        self, passphrase: bytes, vmk: bytes, kdf: KdfParams | None = None
    ) -> Header:
        """A copy whose passphrase wrap (and salt, and KDF cost) are new. The VMK is unchanged."""
        kdf = kdf or self.kdf
        staged = replace(self, kdf=kdf, passphrase_salt=os.urandom(32))
        kek = derive(passphrase, staged.passphrase_salt, kdf)
        return replace(staged, passphrase_wrap=_seal(kek, vmk, staged.public_bytes()))

    def with_recovery(self, recovery_secret: bytes, vmk: bytes) -> Header:
        wrap_key = keys.hkdf(recovery_secret, self.recovery_salt, keys.LABEL_RECOVERY_WRAP)
        return replace(self, recovery_wrap=_seal(wrap_key, vmk, self.stable_bytes()))

    def with_identity(self, vmk: bytes, identity: keys.Identity) -> Header:
        wrap_key = keys.hkdf(vmk, self.vault_id, keys.LABEL_IDENTITY_WRAP)
        hybrid = b""
        if identity.hybrid_seed is not None:
            hybrid_key = keys.hkdf(vmk, self.vault_id, keys.LABEL_HYBRID_WRAP)
            hybrid = _seal(hybrid_key, identity.hybrid_seed, self._hybrid_aad())
        return replace(
            self,
            identity_wrap=_seal(wrap_key, identity.core_bytes(), self.stable_bytes()),
            hybrid_wrap=hybrid,
        )

    def _hybrid_aad(self) -> bytes:
        return self.stable_bytes() + EXT_HEAD

    def with_new_keys(
        self,
        passphrase: bytes,
        recovery_secret: bytes,
        vmk: bytes,
        identity: keys.Identity,
        kdf: KdfParams | None = None,
    ) -> Header:
        """A copy with a new passphrase and a new recovery key (escrow recovery). The recovery
        salt and recipient are in every wrap's AAD, so all three wraps are made again."""
        staged = replace(
            self,
            recovery_salt=os.urandom(32),
            recovery_recipient=keys.x25519_public(recovery_age_secret(recovery_secret)),
        )
        return (
            staged.with_recovery(recovery_secret, vmk)
            .with_identity(vmk, identity)
            .with_passphrase(passphrase, vmk, kdf=kdf)
        )

    # -- unlocking --------------------------------------------------------------------------

    def unwrap_with_passphrase(self, passphrase: bytes) -> bytes:
        kek = derive(passphrase, self.passphrase_salt, self.kdf)
        try:
            return _open(kek, self.passphrase_wrap, self.public_bytes())
        except InvalidTag:
            raise WrongPassphrase("Wrong passphrase.") from None

    def unwrap_with_recovery(self, recovery_secret: bytes) -> bytes:
        wrap_key = keys.hkdf(recovery_secret, self.recovery_salt, keys.LABEL_RECOVERY_WRAP)
        try:
            return _open(wrap_key, self.recovery_wrap, self.stable_bytes())
        except InvalidTag:
            raise RecoveryKeyInvalid("That recovery key does not belong to this vault.") from None

    def unwrap_identity(self, vmk: bytes) -> keys.Identity:
        wrap_key = keys.hkdf(vmk, self.vault_id, keys.LABEL_IDENTITY_WRAP)
        try:
            core = _open(wrap_key, self.identity_wrap, self.stable_bytes())
            if self.hybrid_wrap:
                hybrid_key = keys.hkdf(vmk, self.vault_id, keys.LABEL_HYBRID_WRAP)
                core += _open(hybrid_key, self.hybrid_wrap, self._hybrid_aad())
            return keys.Identity.from_bytes(core)
        except InvalidTag:
            raise HeaderTampered(
                "The vault header was altered: its identity does not match its master key."
            ) from None

    # -- bytes ------------------------------------------------------------------------------

    def public_bytes(self) -> bytes:
        return _PUBLIC.pack(
            MAGIC,
            self.version,
            self.flags,
            self.vault_id,
            self.device_id,
            self.kdf.memory_kib,
            self.kdf.iterations,
            self.kdf.lanes,
            self.passphrase_salt,
            self.recovery_salt,
            self.recovery_recipient,
        )

    def stable_bytes(self) -> bytes:
        """The public fields that no passphrase change touches."""
        public = self.public_bytes()
        return public[:44] + public[88:]

    def to_bytes(self) -> bytes:
        body = self.public_bytes() + self.passphrase_wrap + self.recovery_wrap + self.identity_wrap
        if len(body) != HEADER_LEN - CHECKSUM_LEN:
            raise ValueError("header is incomplete")
        core = body + hashlib.sha256(body).digest()
        if not self.hybrid_wrap:
            return core
        if len(self.hybrid_wrap) != HYBRID_WRAP_LEN:
            raise ValueError("header is incomplete")
        extended = core + EXT_HEAD + self.hybrid_wrap
        return extended + hashlib.sha256(extended).digest()

    @classmethod
    def from_bytes(cls, data: bytes) -> Header:
        if len(data) < len(MAGIC) or data[: len(MAGIC)] != MAGIC:
            raise HeaderDamaged("This is not a Vigil vault: the header's first bytes are wrong.")
        if len(data) not in (HEADER_LEN, EXT_HEADER_LEN):
            raise HeaderDamaged(
                f"The vault header is damaged: it is {len(data)} bytes long, not {HEADER_LEN} "
                f"(or {EXT_HEADER_LEN} with a post-quantum key)."
            )
        hybrid_wrap = b""
        if len(data) == EXT_HEADER_LEN:
            extended, checksum = data[:-CHECKSUM_LEN], data[-CHECKSUM_LEN:]
            if hashlib.sha256(extended).digest() != checksum:
                raise HeaderDamaged("The vault header is damaged: its checksum does not match.")
            if extended[HEADER_LEN : HEADER_LEN + len(EXT_MAGIC)] != EXT_MAGIC:
                raise HeaderDamaged("The vault header is damaged: its extension is not one.")
            if extended[HEADER_LEN : HEADER_LEN + len(EXT_HEAD)] != EXT_HEAD:
                raise HeaderTampered(
                    "The vault header's extension has a version this Vigil does not know. Use "
                    "a newer Vigil, or restore a backup."
                )
            hybrid_wrap = extended[HEADER_LEN + len(EXT_HEAD) :]
            data = data[:HEADER_LEN]
        body, checksum = data[:-CHECKSUM_LEN], data[-CHECKSUM_LEN:]
        if hashlib.sha256(body).digest() != checksum:
            raise HeaderDamaged("The vault header is damaged: its checksum does not match.")
        (_, version, flags, vault_id, device_id, mem, its, lanes, psalt, rsalt, rrecip) = (
            _PUBLIC.unpack(body[:PUBLIC_LEN])
        )
        if version != VERSION:
            raise HeaderTampered(
                f"The vault header has format version {version}; this Vigil reads version "
                f"{VERSION}. Use a newer Vigil, or restore a backup."
            )
        if flags != 0:
            raise HeaderTampered("The vault header has unknown flags set; it was altered.")
        kdf = KdfParams(mem, its, lanes)
        problem = kdf.check_bounds()
        if problem:
            raise HeaderTampered(f"The vault header was tampered with: {problem}.")
        at = PUBLIC_LEN
        pwrap = body[at : at + WRAP_LEN]
        rwrap = body[at + WRAP_LEN : at + 2 * WRAP_LEN]
        iwrap = body[at + 2 * WRAP_LEN :]
        return cls(
            vault_id,
            device_id,
            kdf,
            psalt,
            rsalt,
            rrecip,
            pwrap,
            rwrap,
            iwrap,
            version,
            flags,
            hybrid_wrap,
        )


def recovery_age_secret(recovery_secret: bytes) -> bytes:
    """The X25519 secret derived from the recovery key: backups are encrypted to it too.

    No salt from the header: a backup holds the header inside its encryption, so the key
    that opens the backup must come from the recovery key alone (it has 160 random bits).
    """
    return keys.hkdf(recovery_secret, b"", keys.LABEL_RECOVERY_AGE)


def recovery_age_identity_string(recovery_text: str) -> str:
    return keys.age_identity_string(recovery_age_secret(recovery.parse_key(recovery_text)))


def recovery_age_identity_strings(recovery_text: str) -> list[str]:
    """Both age identities of the recovery key: hybrid (backups since hybrid identities) and
    X25519 (older backups, and ``backup --x25519``)."""
    secret = recovery.parse_key(recovery_text)
    return [
        str(keys.recovery_hybrid_identity(secret)),
        keys.age_identity_string(recovery_age_secret(secret)),
    ]
