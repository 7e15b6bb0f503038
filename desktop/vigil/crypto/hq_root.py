"""The HQ root key: one printed seed, two root keys (Ed25519 and ML-DSA-65), docs/hq-keys.md.

The root lives offline and signs only operational key sets (crypto/hq_keyset.py). Both keys
derive from the one seed under their own labels, so whoever holds the seed holds both, and a
key set is accepted only with both signatures: the post-quantum half cannot be dropped.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import mldsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vigil.crypto import recovery
from vigil.crypto.errors import BadArgument

SEED_LEN = 32
ED25519_PUBLIC_LEN = 32
MLDSA65_PUBLIC_LEN = 1952
MLDSA65_SIGNATURE_LEN = 3309
_CHECK_DOMAIN = b"vigil hq root check"
_FINGERPRINT_LABEL = b"vigil-hq-root/v1\n"
_MAX_FILE = 4096  # a root key file holds one line of text; anything larger is not one


class RootSeedInvalid(BadArgument):
    """A seed that is mistyped, cut short or garbled: nothing was derived or signed (exit 2)."""


def _derive(seed: bytes, label: bytes) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=b"vigil hq root v1 " + label).derive(seed)


def fingerprint(ed25519_public: bytes, mldsa65_public: bytes) -> str:
    """64 lower-case hex: what enrolment codes carry and devices pin."""
    if len(ed25519_public) != ED25519_PUBLIC_LEN or len(mldsa65_public) != MLDSA65_PUBLIC_LEN:
        raise ValueError("root public keys have the wrong size")
    return hashlib.sha256(_FINGERPRINT_LABEL + ed25519_public + mldsa65_public).hexdigest()


@dataclass(frozen=True)
class RootKey:
    """Both root keys, derived from the seed; held only for as long as a signing takes."""

    seed: bytes

    def __post_init__(self) -> None:
        if len(self.seed) != SEED_LEN:
            raise ValueError("an HQ root seed is 32 bytes")

    @classmethod
    def generate(cls) -> RootKey:
        return cls(os.urandom(SEED_LEN))

    @property
    def ed25519(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(_derive(self.seed, b"ed25519"))

    @property
    def mldsa65(self) -> mldsa.MLDSA65PrivateKey:
        return mldsa.MLDSA65PrivateKey.from_seed_bytes(_derive(self.seed, b"ml-dsa-65"))

    @property
    def ed25519_public(self) -> bytes:
        return self.ed25519.public_key().public_bytes_raw()

    @property
    def mldsa65_public(self) -> bytes:
        return self.mldsa65.public_key().public_bytes_raw()

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.ed25519_public, self.mldsa65_public)

    def text(self) -> str:
        """The printed form: 14 groups of four, the last one the check group."""
        return recovery.format_checked(self.seed, _CHECK_DOMAIN)

    def __repr__(self) -> str:  # never the seed in a log or a traceback
        return "RootKey(<secret>)"


def parse(text: str) -> RootKey:
    return RootKey(
        recovery.parse_checked(text, SEED_LEN, _CHECK_DOMAIN, "An HQ root seed", RootSeedInvalid)
    )


def read_file(path: str) -> RootKey:
    """The root key file (or ``-``: standard input, the seed typed from paper)."""
    import sys

    try:
        if path == "-":
            raw = sys.stdin.read(_MAX_FILE + 1)
        else:
            with Path(path).open("rb") as f:
                data = f.read(_MAX_FILE + 1)
            raw = data.decode("ascii")
    except OSError as exc:
        raise BadArgument(f"The root key file cannot be read: {exc.strerror or exc}.") from None
    except UnicodeDecodeError:
        raise RootSeedInvalid("That file is not an HQ root key file (not plain text).") from None
    if len(raw) > _MAX_FILE:
        raise RootSeedInvalid("That file is not an HQ root key file (it is far too long).")
    return parse(raw)


def write_file(path: Path, root: RootKey) -> None:
    """Write the root key file, never over an existing file, readable by its owner only."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(root.text() + "\n")
        f.flush()
        os.fsync(f.fileno())
