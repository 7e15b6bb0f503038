"""Byte counts shown to people (HQ's device list, the attachments tab)."""

from __future__ import annotations

import pytest

from vigil.sizes import human_size


@pytest.mark.parametrize(
    ("n", "shown"),
    [
        (0, "0 B"),
        (1023, "1023 B"),
        (1024, "1.0 KiB"),
        (1536, "1.5 KiB"),
        (5 * 1024 * 1024 + 1024 * 1024 // 2, "5.5 MiB"),
        (3 * 1024**3, "3.0 GiB"),
        (2048 * 1024**3, "2048.0 GiB"),  # the largest unit grows, no unit beyond it
    ],
)
def test_sizes_use_binary_units_named_as_such(n: int, shown: str) -> None:
    assert human_size(n) == shown
