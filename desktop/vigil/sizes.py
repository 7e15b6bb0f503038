"""Byte counts as people read them, for the CLI and the app alike."""

from __future__ import annotations

import re

UNITS = {"": 1, "b": 1, "kib": 1024, "mib": 1024**2, "gib": 1024**3, "tib": 1024**4}
SIZE = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([a-z]*)\s*", re.IGNORECASE)


def human_size(n: int) -> str:
    """1536 -> '1.5 KiB'. Binary units (1024), named as such, up to GiB."""
    value = float(n)
    for unit in ("B", "KiB", "MiB"):
        if value < 1024:
            return f"{n} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"


def quota_size(text: str | None) -> int | None:
    """A quota as HQ gives it (the command line and the desk): a size above zero, or None for
    the server's default ("default", or nothing given). ValueError says what is wrong."""
    text = (text or "").strip()
    if not text or text == "default":
        return None
    size = parse_size(text)
    if size <= 0:
        raise ValueError("give a size above zero, or 'default'")
    return size


def parse_size(text: str) -> int:
    """'100 MiB' -> 104857600: a count of bytes, or a number with a binary unit (B, KiB, MiB,
    GiB, TiB). Decimal units (MB, GB) are refused, not guessed at: they differ by up to 10%."""
    match = SIZE.fullmatch(text)
    unit = match.group(2).lower() if match else ""
    if match is None or unit not in UNITS:
        raise ValueError(
            f"{text!r} is not a size: give a number of bytes or a number with KiB, MiB, GiB "
            f"or TiB (for example 500MiB)"
        )
    return int(float(match.group(1)) * UNITS[unit])
