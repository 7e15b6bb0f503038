"""Argon2id parameters, their bounds, and calibration.

The bounds are part of the threat model: a header that asks for less than the floor was
weakened by someone, and one that asks for more than the ceiling would make unlocking a
denial of service. Both are refused before any work is done.
"""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

KIB_PER_MIB = 1024
FLOOR_MEMORY_KIB = 64 * KIB_PER_MIB
FLOOR_ITERATIONS = 3
CEILING_MEMORY_KIB = 4 * 1024 * KIB_PER_MIB
CEILING_ITERATIONS = 64
MAX_LANES = 16
TARGET_SECONDS = 1.0
# The ceiling for a header Vigil has no reason to trust yet: the one inside a backup, read
# before anything in the backup is verified. Whoever can write a file that decrypts like a
# backup (every recipient is a public key) chooses these numbers, so they bound the work a
# crafted backup can demand: 4 GiB x passes is about ten seconds of Argon2id on a 2019 laptop
# (measured at about 4 s on one core of a 2024 server). Vigil never writes a header above it,
# so every backup it writes can be restored (docs/formats.md §4.3).
RESTORE_MEMORY_KIB = 1024 * KIB_PER_MIB
RESTORE_MEMORY_PASSES_KIB = 4 * 1024 * KIB_PER_MIB
RESTORE_LANES = 4


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int

    def check_bounds(self) -> str | None:
        """Return why these parameters are unacceptable, or None when they are fine."""
        if self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS:
            return "its key-derivation cost is below the minimum Vigil ever writes"
        if self.memory_kib > CEILING_MEMORY_KIB or self.iterations > CEILING_ITERATIONS:
            return "its key-derivation cost is above the maximum Vigil ever writes"
        if not 1 <= self.lanes <= MAX_LANES:
            return "its key-derivation parallelism is out of range"
        return None

    def check_restorable(self) -> str | None:
        """Why a header with these parameters is refused in a backup (or written anywhere),
        or None. Stricter than ``check_bounds``: see RESTORE_MEMORY_KIB."""
        problem = self.check_bounds()
        if problem:
            return problem
        if (
            self.memory_kib > RESTORE_MEMORY_KIB
            or self.memory_kib * self.iterations > RESTORE_MEMORY_PASSES_KIB
            or self.lanes > RESTORE_LANES
        ):
            return (
                "its key-derivation cost is above what Vigil computes for a header it cannot "
                "verify yet (1 GiB of memory, 4 GiB x passes, 4 lanes)"
            )
        return None


def normalise(passphrase: bytes) -> bytes:
    """NFC-normalise a UTF-8 passphrase, so that the same Kazakh or Russian passphrase typed
    on two systems (composed or decomposed letters) gives the same key. Bytes that are not
    UTF-8 are used as they are."""
    try:
        text = passphrase.decode("utf-8")
    except UnicodeDecodeError:
        return passphrase
    return unicodedata.normalize("NFC", text).encode("utf-8")


def derive(passphrase: bytes, salt: bytes, params: KdfParams, length: int = 32) -> bytes:
    """Argon2id over the NFC-normalised passphrase."""
    passphrase = normalise(passphrase)
    kdf = Argon2id(
        salt=salt,
        length=length,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase)


def calibrate(target_seconds: float = TARGET_SECONDS, memory_kib: int | None = None) -> KdfParams:
    """Pick parameters that take about target_seconds here, never below the floor.

    Memory is fixed first (more memory is what hurts a guessing rig); passes are then scaled
    to reach the target from one timed trial at the floor's pass count.
    """
    memory = memory_kib if memory_kib is not None else 256 * KIB_PER_MIB
    memory = max(FLOOR_MEMORY_KIB, min(memory, RESTORE_MEMORY_KIB))
    trial = KdfParams(memory, FLOOR_ITERATIONS, 1)
    start = time.perf_counter()
    derive(b"calibration", b"\0" * 16, trial)
    elapsed = max(time.perf_counter() - start, 1e-3)
    iterations = round(FLOOR_ITERATIONS * target_seconds / elapsed)
    most = min(CEILING_ITERATIONS, RESTORE_MEMORY_PASSES_KIB // memory)
    iterations = max(FLOOR_ITERATIONS, min(iterations, most))
    return KdfParams(memory, iterations, 1)
