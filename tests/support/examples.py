"""How many examples a property test tries: its full count in ``make test`` (what CI runs), a
quarter of it in ``make test-fast`` (which sets ``VIGIL_FAST_SUITE=1``), what a developer runs
often. Only for counts a test sets itself: Hypothesis profiles do not override a count given
in a test's own ``@settings``."""

from __future__ import annotations

import os

FAST_SUITE_ENV = "VIGIL_FAST_SUITE"
MIN_FAST = 10


def examples(full: int) -> int:
    """``full`` in the whole suite; a quarter of it, at least 10, in the fast one."""
    if os.environ.get(FAST_SUITE_ENV) == "1":
        return min(full, max(MIN_FAST, full // 4))
    return full
