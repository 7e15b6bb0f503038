"""Errors with messages a person can act on. Every message is one plain line."""


class VigilError(Exception):
    """Base class: the message is shown to the person as it is."""

    exit_code = 1


class BadArgument(VigilError):
    """A bad argument or an unreadable input file: nothing was read from it or changed."""

    exit_code = 2


class WrongPassphrase(VigilError):
    exit_code = 3


class WrongKey(VigilError):
    """A key that is well formed but not one this file was encrypted to."""

    exit_code = 3


class IntegrityError(VigilError):
    """Something on disk or on the wire was damaged or tampered with."""

    exit_code = 4


class HeaderDamaged(IntegrityError):
    pass


class HeaderTampered(IntegrityError):
    pass


class EnvelopeError(IntegrityError):
    pass


class SignatureError(IntegrityError):
    pass


class RecoveryKeyInvalid(VigilError):
    exit_code = 3
