"""The one way the app words a failure for a person.

Vigil's own errors carry a message written to be read. Anything else is named by its kind
only: a library's message may quote case text (a file name, a field), and a window is not the
place for a stack of internals either way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vigil.crypto.errors import VigilError
from vigil.settings import PROXY_SCHEMES
from vigil.words import WordedBadArgument, fill


def said(context: str, words: str, *values: str) -> str:
    """A sentence the core says too (vigil/words.py), in the app's language, filled."""
    return fill(QCoreApplication.translate(context, words), *values)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, WordedBadArgument):
        return said(exc.context, exc.words, *exc.values)
    if isinstance(exc, VigilError):
        return str(exc)
    return QCoreApplication.translate("AppController", "Something went wrong (%1).").replace(
        "%1", type(exc).__name__
    )


def sync_error_text(exc: BaseException) -> str:
    """A failure to reach or satisfy HQ, said specifically: not enrolled, no server, refused."""
    from vigil.sync.enrolment import NotEnrolled
    from vigil.sync.errors import SyncError, Unreachable

    if isinstance(exc, NotEnrolled):
        return QCoreApplication.translate(
            "SyncErrors", "This vault is not enrolled with an HQ server."
        )
    if isinstance(exc, Unreachable):
        return QCoreApplication.translate(
            "SyncErrors",
            "The HQ server could not be reached (%1). Try again when you are online.",
        ).replace("%1", str(exc))
    if isinstance(exc, SyncError):
        return QCoreApplication.translate("SyncErrors", "The HQ server refused: %1").replace(
            "%1", str(exc)
        )
    return error_text(exc)


def proxy_problem(address: str) -> str:
    """Why a typed proxy address cannot be used, or "": the settings file would drop it."""
    if address and not address.startswith(PROXY_SCHEMES):
        return QCoreApplication.translate(
            "SyncPanel",
            "A proxy address starts with socks5://, socks5h:// or http://, for example "
            "socks5://127.0.0.1:9050 for Tor on this computer.",
        )
    return ""
