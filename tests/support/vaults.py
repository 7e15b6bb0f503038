"""Vaults for tests: the KDF floor (fast, still real Argon2id) and the passphrase."""

from __future__ import annotations

from vigil.crypto.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams

FAST_KDF = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)


PASSPHRASE = b"correct horse battery staple"
