"""What can go wrong reading an age file, one class per failure the age testkit tells apart.

The classes follow the CCTV testkit's expectations (header failure, armor failure, no match,
HMAC failure, payload failure), so a test can check that a damaged file fails at the layer
where it is damaged and not later. Each is also one of Vigil's own errors, so the command line
maps it to the documented exit code: damaged content 4, a key that does not fit 3, a malformed
key given as an argument 2. No message ever carries plaintext or key material.
"""

from __future__ import annotations

from vigil.crypto.errors import BadArgument, IntegrityError, VigilError, WrongKey


class AgeError(VigilError):
    """Any failure of the age layer."""


class AgeHeaderError(AgeError, IntegrityError):
    """The header does not parse, or a stanza for one of our key types is malformed."""


class AgeArmorError(AgeError, IntegrityError):
    """The ASCII armour around the file is malformed."""


class AgeHMACError(AgeError, IntegrityError):
    """A file key was unwrapped but the header's MAC does not match: the header was altered."""


class AgePayloadError(AgeError, IntegrityError):
    """The encrypted payload is damaged, truncated or has data after its end."""


class AgeNoMatch(AgeError, WrongKey):
    """The header is well formed but none of the given keys or passphrases opens it."""


class AgeKeyError(AgeError, BadArgument):
    """A key or recipient given as text is not one this implementation reads."""
