"""Passphrase rules shared by the command line and the app.

The strength estimate is deliberately simple and honest: it counts length and character
variety, and rewards several words. It is a hint for a person, not a promise; Argon2id at
about one second per guess is what makes a decent passphrase expensive to guess.
"""

from __future__ import annotations

import string

MIN_LENGTH = 8


def too_short(passphrase: str) -> bool:
    return len(passphrase) < MIN_LENGTH


def strength(passphrase: str) -> int:
    """0 (refused) to 4 (strong)."""
    if too_short(passphrase):
        return 0
    classes = sum(
        any(ch in group for ch in passphrase)
        for group in (string.ascii_lowercase, string.ascii_uppercase, string.digits)
    ) + any(not ch.isascii() or ch in string.punctuation or ch == " " for ch in passphrase)
    words = len([w for w in passphrase.split() if len(w) >= 3])
    score = 1
    if len(passphrase) >= 12 or (classes >= 3 and len(passphrase) >= 10):
        score = 2
    if len(passphrase) >= 16 or words >= 4:
        score = 3
    if len(passphrase) >= 24 or (words >= 5 and len(passphrase) >= 20):
        score = 4
    if len(set(passphrase)) <= 3:
        score = 1
    return score
