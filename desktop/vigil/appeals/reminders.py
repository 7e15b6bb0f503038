"""Deadline reminders for the urgent actions a campaigner follows (Qt-free).

An action is due for a reminder when it is followed, still active (an active action past its
deadline reads as ``deadline-passed``, see ``UrgentAction.effective_state``) and has a
day-precise deadline from today to ``days_before`` days ahead. A deadline written ``YYYY`` or
``YYYY-MM`` gives no countdown and so no reminder: guessing a day could remind too late.

Each action reminds once per day: the day it last reminded is kept in the vault's meta table
(``appeals.reminded``, JSON ``{ref: "YYYY-MM-DD"}``), encrypted with the rest of the vault and
destroyed by a wipe; never in a file beside it, which anyone holding the laptop could read
and which would say which actions this campaigner follows.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vigil.appeals.store import AppealStore, StoredAction

if TYPE_CHECKING:
    from vigil.vault.store import Vault

REMINDED = "appeals.reminded"


@dataclass(frozen=True)
class Reminder:
    ref: str
    number: str  # the current issue's number, "FI 046/19-3": shown only inside the window
    days_left: int  # 0: the deadline is today
    deadline: str


def due(actions: Iterable[StoredAction], today: datetime.date, days_before: int) -> list[Reminder]:
    """The reminders due today, nearest deadline first; none when ``days_before`` is 0 (off)."""
    if days_before <= 0:
        return []
    out = []
    for stored in actions:
        ua = stored.ua
        left = ua.days_left(today)
        if (
            stored.followed
            and ua.effective_state(today) == "active"
            and left is not None
            and 0 <= left <= days_before
        ):
            out.append(Reminder(ua.ref, ua.number, left, ua.deadline))
    return sorted(out, key=lambda r: (r.days_left, r.number))


def reminded(vault: Vault) -> dict[str, str]:
    """{ref: the day it last reminded}; a damaged value reads as nothing reminded yet (at
    worst a reminder shows twice in one day, never not at all)."""
    raw = vault.get_meta(REMINDED)
    try:
        data = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}


def take_due(vault: Vault, days_before: int, today: datetime.date | None = None) -> list[Reminder]:
    """The reminders due today that have not been shown today, marked as shown.

    The caller shows every reminder returned. Only today's marks are kept: a mark from an
    earlier day no longer stops anything, so the value stays as small as the list of actions
    due today."""
    if days_before <= 0:
        return []
    today = today or datetime.date.today()
    day = today.isoformat()
    before = reminded(vault)
    shown = {ref: d for ref, d in before.items() if d == day}
    fresh = [r for r in due(AppealStore(vault).actions(), today, days_before) if r.ref not in shown]
    if fresh or shown != before:
        shown.update({r.ref: day for r in fresh})
        vault.set_meta(REMINDED, json.dumps(shown, sort_keys=True))
    return fresh
