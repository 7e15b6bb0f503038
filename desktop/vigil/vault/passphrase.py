"""Passphrase rules shared by the command line and the app.

At least 12 characters (the user guide's advice), and not one a guesser tries early. How
early is estimated by zxcvbn (a maintained port of Dropbox's estimator): it knows common
passwords, names, words, keyboard walks, dates, repeats and l33t spellings, which a home-made
rule of length and character classes does not ("Password1234!" has all four classes and is
among the first guesses). zxcvbn's score is 0-4; below 2 (fewer than about 10^8 guesses) is
refused. The estimate is a hint for a person, not a promise; Argon2id at about one second per
guess is what makes a decent passphrase expensive to guess.
"""

from __future__ import annotations

from typing import Any

MIN_LENGTH = 12
MIN_SCORE = 2
# zxcvbn refuses more than 72 characters (its time grows with the length); a longer
# passphrase is scored on its start, which is long enough to tell.
_SCORED_PREFIX = 72


def too_short(passphrase: str) -> bool:
    return len(passphrase) < MIN_LENGTH


def _estimate(passphrase: str) -> dict[str, Any]:
    # Loaded when a passphrase is first scored, not by the unlock window that imports this
    # module: its word lists take about 80 ms to build, a tenth of the app's start.
    from zxcvbn import zxcvbn  # type: ignore[import-untyped]

    return dict(zxcvbn(passphrase[:_SCORED_PREFIX]))


def strength(passphrase: str) -> int:
    """0 (too short, or among the first guesses) to 4 (strong): zxcvbn's score."""
    if too_short(passphrase):
        return 0
    return int(_estimate(passphrase)["score"])


def problem(passphrase: str) -> str | None:
    """Why a new passphrase is refused, in one plain sentence, or None when it is accepted."""
    if too_short(passphrase):
        return f"A passphrase has at least {MIN_LENGTH} characters."
    result = _estimate(passphrase)
    if int(result["score"]) >= MIN_SCORE:
        return None
    warning = str(result["feedback"].get("warning") or "").strip()
    because = f" ({warning.rstrip('.')})" if warning else ""
    return f"This passphrase is among the first an attacker would try{because}; add more words."


__all__ = ["MIN_LENGTH", "MIN_SCORE", "problem", "strength", "too_short"]
