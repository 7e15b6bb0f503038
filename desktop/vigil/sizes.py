"""Byte counts as people read them, for the CLI and the app alike."""

from __future__ import annotations


def human_size(n: int) -> str:
    """1536 -> '1.5 KiB'. Binary units (1024), named as such, up to GiB."""
    value = float(n)
    for unit in ("B", "KiB", "MiB"):
        if value < 1024:
            return f"{n} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"
