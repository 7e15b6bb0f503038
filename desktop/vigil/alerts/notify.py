"""What a notification may say. On a locked vault only the marker beside it is readable, and
the words come from a fixed list chosen by kind: never a title, a name or any text of a note.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

URGENT_KINDS = ("urgent-action", "follow-up", "closure")


def locked_message(marker: Mapping[str, Any]) -> str:
    """The one line shown while the vault is locked (English; the UI translates it), or "".

    "New urgent action" when an urgent action, follow-up or closure waits, "New field alert"
    on the HQ desk, otherwise "New alert"."""
    kinds = marker.get("kinds") or {}
    if not isinstance(kinds, Mapping) or not any(
        isinstance(v, int) and v > 0 for v in kinds.values()
    ):
        return ""
    if any(kinds.get(k) for k in URGENT_KINDS):
        return "New urgent action"
    if kinds.get("field") or kinds.get("field-alert"):
        return "New field alert"
    return "New alert"


def unread_count(marker: Mapping[str, Any]) -> int:
    value = marker.get("unread")
    return value if isinstance(value, int) and value > 0 else 0
