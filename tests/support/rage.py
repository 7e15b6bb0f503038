"""pyrage (rage, in Rust): the independent age implementation tests read and craft files with.

Vigil's own keys are ``vigil.crypto.age`` objects; these turn them into pyrage's, through the
text form both read, so a test that opens Vigil's files with pyrage checks Vigil's writer
against another implementation rather than against itself.
"""

from __future__ import annotations

import pyrage

from vigil.crypto import keys


def identity(of: keys.Identity) -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.from_str(str(of.age_identity))


def recipient(of: keys.Identity) -> pyrage.x25519.Recipient:
    return pyrage.x25519.Recipient.from_str(of.recipient_string)
