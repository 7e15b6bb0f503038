"""Sentences the core says and the app says too, written once.

The command line prints a core sentence in English; the app shows the same sentence through
Qt's translator, ``QCoreApplication.translate(context, text)`` with the very constant the core
holds, so that both say it word for word and only the .ts files hold its other languages.
``QT_TRANSLATE_NOOP`` is the name lupdate looks for: the i18n test feeds every core module
that uses it to lupdate beside the app's own (tests/ui/test_i18n.py), so a changed sentence
shows up there as an untranslated one. The core imports no Qt: the marker only returns its
text.
"""

from __future__ import annotations

import re

from vigil.crypto.errors import BadArgument


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context  # the app passes the context itself when it translates
    return text


def fill(text: str, *values: str) -> str:
    """``%1``, ``%2``… replaced in one pass: a value that itself holds ``%2`` (a URL's
    percent-escape, a file name) is not filled again."""

    def value(found: re.Match[str]) -> str:
        number = int(found.group(1))
        return values[number - 1] if 0 < number <= len(values) else found.group(0)

    return _PLACE.sub(value, text)


_PLACE = re.compile(r"%(\d+)")


class WordedBadArgument(BadArgument):
    """A bad argument whose message is a marked core sentence with its values: the command
    line prints it filled in English, the app translates the sentence, then fills it."""

    def __init__(self, context: str, words: str, *values: str) -> None:
        self.context, self.words, self.values = context, words, values
        super().__init__(fill(words, *values))
