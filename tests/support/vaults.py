"""Vaults for tests: the KDF floor (fast, still real Argon2id) and the passphrase."""

from __future__ import annotations

from vigil.crypto import kdf
from vigil.crypto.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams

FAST_KDF = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)


PASSPHRASE = b"correct horse battery staple"


_calibrate = kdf.calibrate


def floor_calibration(
    target_seconds: float = kdf.TARGET_SECONDS, memory_kib: int | None = None
) -> KdfParams:
    """``calibrate`` at the floor: the real calibration with the floor's memory and a target so
    short that it keeps the floor's passes. For tests whose point is not the KDF's cost: after a
    ``passwd``, ``recover``, ``restore`` or rekey, every unlock costs 64 MiB x 3 passes instead
    of the calibrated second (on a quiet machine; under load the calibration picks less, which
    hid how much these tests cost)."""
    return _calibrate(target_seconds=1e-6, memory_kib=FLOOR_MEMORY_KIB)
