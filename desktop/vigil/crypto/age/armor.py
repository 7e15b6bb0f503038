"""age's ASCII armour: strict PEM-like base64 between BEGIN and END lines (age spec, "ASCII
armor").

Lines are 64 columns of padded, canonical base64, the last one shorter (or full), then the END
line; LF or CRLF ends a line. Only whole lines of whitespace may come before the BEGIN line and
only whitespace after the END line, up to 1 KiB each. The reader decodes one line at a time, so
an armoured file streams like a binary one.
"""

from __future__ import annotations

import base64
import binascii

from vigil.crypto.age.errors import AgeArmorError
from vigil.crypto.age.format import LineSource

BEGIN = b"-----BEGIN AGE ENCRYPTED FILE-----"
END = b"-----END AGE ENCRYPTED FILE-----"
COLUMNS = 64
MAX_WHITESPACE = 1024
_MAX_LINE = 1024
_NOT_AGE = "The file is neither an age file nor an armoured one: its first line is wrong."


def encode(data: bytes) -> bytes:
    text = base64.b64encode(data)
    lines = [text[i : i + COLUMNS] for i in range(0, len(text), COLUMNS)]
    return b"\n".join([BEGIN, *lines, END]) + b"\n"


class ArmorReader:
    """The bytes inside an armoured file, read from ``src`` line by line."""

    def __init__(self, src: LineSource) -> None:
        self._src = src
        self._started = False
        self._done = False

    def _line(self) -> bytes:
        line = self._src.readline(_MAX_LINE)
        if not line:
            raise AgeArmorError("The armoured age file ends before its END line.")
        if not line.endswith(b"\n") and len(line) >= _MAX_LINE:
            if not self._started:
                raise AgeArmorError(_NOT_AGE)
            raise AgeArmorError("The armoured age file has a line that is far too long.")
        return line.removesuffix(b"\n").removesuffix(b"\r")

    def _start(self) -> None:
        skipped = 0
        while True:
            line = self._line()
            if line.strip():
                break
            skipped += len(line) + 1
            if skipped > MAX_WHITESPACE:
                raise AgeArmorError("The armoured age file starts with too much whitespace.")
        if line != BEGIN:
            raise AgeArmorError(_NOT_AGE)
        self._started = True

    def _finish(self) -> None:
        self._done = True
        rest = self._src.read(MAX_WHITESPACE)
        if rest.strip():
            raise AgeArmorError("The armoured age file has data after its END line.")
        if len(rest) == MAX_WHITESPACE:
            raise AgeArmorError("The armoured age file ends with too much whitespace.")

    def read(self, n: int = -1) -> bytes:
        """At least one decoded line's bytes, or b"" after the END line (``n`` is a hint)."""
        if self._done:
            return b""
        if not self._started:
            self._start()
        line = self._line()
        if line == END:
            self._finish()
            return b""
        if len(line) > COLUMNS:
            raise AgeArmorError("The armoured age file has a line longer than 64 columns.")
        if not line:
            raise AgeArmorError("The armoured age file has an empty line inside it.")
        try:
            data = base64.b64decode(line, validate=True)
        except (binascii.Error, ValueError):
            raise AgeArmorError("The armoured age file has a line that is not base64.") from None
        if base64.b64encode(data) != line:
            raise AgeArmorError("The armoured age file's base64 is not canonical.")
        if len(line) < COLUMNS:
            if self._line() != END:
                raise AgeArmorError("The armoured age file's short line is not its last.")
            self._finish()
        return data
