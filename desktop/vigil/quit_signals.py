"""Ctrl+C, SIGTERM (logout, a service manager) and SIGHUP quit Vigil the ordinary way.

The app installs its handlers once its event loop is about to run (ui/app.py), but starting
takes a while (the demo's server, Qt, the windows): a signal in that window used to kill the
process outright, with the vault's state not written and exit status -15. ``hold`` is called
first thing; a signal that arrives before the app's handlers exist is remembered, and the app
quits at once when its loop starts. No Qt here: the command line holds signals before it
imports any of it.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from types import FrameType

NAMES = ("SIGINT", "SIGTERM", "SIGHUP")
_received: list[int] = []


def install(handler: Callable[[int, FrameType | None], object]) -> None:
    for name in NAMES:
        number = getattr(signal, name, None)  # Windows has no SIGHUP
        if number is not None:
            signal.signal(number, handler)


def hold() -> None:
    """Remember quit signals instead of dying of them, until ``install`` replaces this."""
    install(lambda signum, _frame: _received.append(signum))


def received() -> bool:
    """Whether a quit signal came while held."""
    return bool(_received)
