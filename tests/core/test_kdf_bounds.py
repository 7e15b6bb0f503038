"""The Argon2id bounds of docs/formats.md §4.3, checked at their edges with the documented
numbers (not the code's own constants, so that a changed constant is caught).

Each check was shown failing on a mutant that survived the older tests: a floor of 64 XOR
1024 KiB, a ceiling shifted instead of multiplied, `>` turned into `>=` at the ceilings,
memory x passes turned into memory / passes, `lanes > 4` turned into `>=` or `is`, and the
default calibration memory computed with `+` or `%` instead of `*`.
"""

from __future__ import annotations

import pytest

from vigil.crypto import kdf
from vigil.crypto.kdf import KdfParams, calibrate

MIB = 1024  # KiB
FLOOR = (64 * MIB, 3)
CEILING = (4 * 1024 * MIB, 64)


@pytest.mark.parametrize(
    ("memory", "passes", "lanes", "accepted"),
    [
        (FLOOR[0], FLOOR[1], 1, True),
        (FLOOR[0] - 1, FLOOR[1], 1, False),
        (FLOOR[0], FLOOR[1] - 1, 1, False),
        (CEILING[0], 1 * 3, 1, True),  # memory at its ceiling
        (CEILING[0] + 1, 3, 1, False),
        (FLOOR[0], CEILING[1], 1, True),  # passes at their ceiling
        (FLOOR[0], CEILING[1] + 1, 1, False),
        (FLOOR[0], FLOOR[1], 16, True),
        (FLOOR[0], FLOOR[1], 17, False),
        (FLOOR[0], FLOOR[1], 0, False),
    ],
)
def test_header_bounds_at_their_edges(memory: int, passes: int, lanes: int, accepted: bool) -> None:
    problem = KdfParams(memory, passes, lanes).check_bounds()
    assert (problem is None) is accepted, problem


@pytest.mark.parametrize(
    ("memory", "passes", "lanes", "accepted"),
    [
        (1024 * MIB, 4, 4, True),  # 1 GiB x 4 passes = 4 GiB, 4 lanes: the restore ceiling
        (1024 * MIB + 1, 3, 1, False),  # memory above 1 GiB
        (1024 * MIB, 5, 1, False),  # 5 GiB x passes
        (256 * MIB, 16, 1, True),
        (256 * MIB, 17, 1, False),
        (FLOOR[0], FLOOR[1], 5, False),  # five lanes
    ],
)
def test_restore_ceiling_at_its_edges(memory: int, passes: int, lanes: int, accepted: bool) -> None:
    problem = KdfParams(memory, passes, lanes).check_restorable()
    assert (problem is None) is accepted, problem


def test_calibration_fixes_256_mib_by_default() -> None:
    """More memory is what hurts a guessing rig: by default the vault asks for 256 MiB."""
    params = calibrate(target_seconds=0.01)
    assert params.memory_kib == 256 * MIB
    assert params.check_restorable() is None


def test_calibration_scales_passes_to_the_trial(monkeypatch: pytest.MonkeyPatch) -> None:
    """Passes are the floor's 3 scaled by target / trial time: a trial that took 0.5 s for a
    2 s target gives 12 passes (the clock is the one input fixed here; the trial runs)."""
    ticks = iter([100.0, 100.5])
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: next(ticks))
    params = calibrate(target_seconds=2.0, memory_kib=64 * MIB)
    assert params == KdfParams(64 * MIB, 12, 1)


def test_calibration_caps_passes_at_whole_numbers_within_the_restore_ceiling() -> None:
    """100 MiB fits 40.96 times in the 4 GiB x passes ceiling: 40 passes, an integer."""
    params = calibrate(target_seconds=1e6, memory_kib=100 * MIB)
    assert params.iterations == 40 and type(params.iterations) is int
    assert params.check_restorable() is None


def test_calibration_aims_at_about_one_second_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/threat-model.md: Argon2id calibrated to about 1 s. A 0.5 s trial of 3 passes
    gives 6."""
    ticks = iter([100.0, 100.5])
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: next(ticks))
    assert calibrate(memory_kib=64 * MIB).iterations == 6


def test_calibration_survives_a_clock_that_did_not_move(monkeypatch: pytest.MonkeyPatch) -> None:
    """A coarse clock can show no time for the trial: the passes go to their ceiling rather
    than dividing by zero."""
    monkeypatch.setattr(kdf.time, "perf_counter", lambda: 100.0)
    assert calibrate(target_seconds=1.0, memory_kib=64 * MIB) == KdfParams(64 * MIB, 64, 1)


def test_a_passphrase_that_is_not_utf8_is_used_as_it_is() -> None:
    """Only UTF-8 is normalised; other bytes (a passphrase file in another encoding) are the
    key material unchanged, never an error."""
    raw = b"\xff\xfe pass \xe9"
    assert kdf.normalise(raw) == raw
    params = KdfParams(64 * MIB, 3, 1)
    assert kdf.derive(raw, bytes(16), params) != kdf.derive(b"other", bytes(16), params)
    # composed and decomposed é are one passphrase
    assert kdf.normalise("e\u0301".encode()) == "\u00e9".encode()
