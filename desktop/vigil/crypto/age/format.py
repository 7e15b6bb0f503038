"""The age v1 header: its text form, read strictly and written canonically (age spec, "Header").

A header is the version line, one stanza per recipient and a MAC line::

    age-encryption.org/v1
    -> X25519 <base64 share>
    <base64 body, 64 columns a line, ended by a shorter (possibly empty) line>
    --- <base64 HMAC-SHA256>

Reading is strict so that exactly one byte string is accepted for each header: base64 without
padding and with zero trailing bits, LF line ends only, non-empty arguments of printable ASCII,
every body ended by a short line. The MAC is therefore taken over the bytes as read, which equal
the canonical encoding. A header is bounded (MAX_HEADER) so a hostile file cannot make a reader
hold an unbounded line in memory.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vigil.crypto.age.errors import AgeHeaderError

INTRO = b"age-encryption.org/v1\n"
STANZA_PREFIX = b"->"
FOOTER_PREFIX = b"---"
COLUMNS = 64
MAC_LEN = 32
FILE_KEY_LEN = 16
# Far above any header Vigil writes (a hybrid stanza is about 1.6 KB, so room for some 2,500
# recipients) and small enough to hold in memory while the MAC is checked.
MAX_HEADER = 4 * 1024 * 1024
# Each stanza costs every identity a key agreement; a header of 4 MiB of tiny stanzas would be
# hundreds of thousands of them. Vigil's largest header (a note to every device) is far below.
MAX_STANZAS = 10_000


def b64encode(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii").rstrip("=")


def b64decode(text: str | bytes) -> bytes:
    """Unpadded standard base64, refusing padding, stray characters and non-zero trailing bits
    (two spellings of the same bytes would let a header be altered without changing them)."""
    raw = text.encode("ascii", "replace") if isinstance(text, str) else text
    if b"=" in raw or len(raw) % 4 == 1:
        raise ValueError("not canonical unpadded base64")
    try:
        data = base64.b64decode(raw + b"=" * (-len(raw) % 4), validate=True)
    except binascii.Error:
        raise ValueError("not base64") from None
    if base64.b64encode(data).rstrip(b"=") != raw:
        raise ValueError("not canonical base64")
    return data


class Reader(Protocol):
    def read(self, n: int, /) -> bytes: ...


@dataclass(frozen=True)
class Stanza:
    type: str
    args: tuple[str, ...]
    body: bytes

    def encode(self) -> bytes:
        line = " ".join(("->", self.type, *self.args)).encode("ascii") + b"\n"
        text = b64encode(self.body)
        lines = [text[i : i + COLUMNS] for i in range(0, len(text), COLUMNS)]
        if not lines or len(lines[-1]) == COLUMNS:
            lines.append("")  # a body always ends with a short line
        return line + "".join(part + "\n" for part in lines).encode("ascii")


_ARG = re.compile(rb"[\x21-\x7e]+")  # printable ASCII but space; one match, not a loop per byte


def _valid_arg(arg: bytes) -> bool:
    return _ARG.fullmatch(arg) is not None


def header_mac(file_key: bytes, header_without_mac: bytes) -> bytes:
    """HMAC-SHA256 over the header up to and including ``---``, keyed from the file key."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"", info=b"header").derive(file_key)
    return hmac.digest(key, header_without_mac, "sha256")


def encode_header(stanzas: Sequence[Stanza], file_key: bytes) -> bytes:
    head = INTRO + b"".join(s.encode() for s in stanzas) + FOOTER_PREFIX
    return head + b" " + b64encode(header_mac(file_key, head)).encode("ascii") + b"\n"


@dataclass(frozen=True)
class Header:
    stanzas: tuple[Stanza, ...]
    mac: bytes
    signed: bytes  # the header bytes the MAC covers: everything up to and including "---"

    def verify(self, file_key: bytes) -> bool:
        return hmac.compare_digest(header_mac(file_key, self.signed), self.mac)


class LineSource:
    """Lines and then raw bytes from a binary reader, with a bounded look-ahead buffer.

    The buffer is consumed by moving an offset, not by slicing off what was taken: a hostile
    header of a million tiny lines must cost one pass over it, not a copy per line."""

    def __init__(self, reader: Reader) -> None:
        self._read = reader.read
        self._buf = b""
        self._pos = 0
        self._eof = False

    def _available(self) -> int:
        return len(self._buf) - self._pos

    def _fill(self, want: int) -> None:
        """Make at least ``want`` unread bytes available, unless the reader ends first."""
        if self._available() >= want or self._eof:
            return
        parts = [self._buf[self._pos :]]
        have = len(parts[0])
        while have < want:
            more = self._read(max(want - have, 65536))
            if not more:
                self._eof = True
                break
            parts.append(more)
            have += len(more)
        self._buf, self._pos = b"".join(parts), 0

    def _take(self, n: int) -> bytes:
        data = self._buf[self._pos : self._pos + n]
        self._pos += len(data)
        return data

    def peek(self, n: int) -> bytes:
        self._fill(n)
        return self._buf[self._pos : self._pos + n]

    def readline(self, limit: int) -> bytes:
        """One line with its LF, or what is left before EOF; at most ``limit`` bytes."""
        searched = 0
        while True:
            end = self._buf.find(b"\n", self._pos + searched, self._pos + limit)
            if end >= 0:
                return self._take(end + 1 - self._pos)
            if self._available() >= limit or self._eof:
                return self._take(limit)
            searched = self._available()
            self._fill(searched + 1)

    def read(self, n: int) -> bytes:
        """Up to ``n`` bytes; fewer only at EOF. Only what is missing is asked of the reader,
        not a read-ahead: so the buffer runs empty after the header, and each payload chunk
        is the reader's own bytes, handed on without a copy through the buffer."""
        if self._available() < n and not self._eof:
            parts = [self._buf[self._pos :]] if self._available() else []
            have = self._available()
            while have < n:
                more = self._read(n - have)
                if not more:
                    self._eof = True
                    break
                parts.append(more)
                have += len(more)
            self._buf, self._pos = (parts[0] if len(parts) == 1 else b"".join(parts)), 0
        return self._take(n)


def _line(src: LineSource, budget: int) -> bytes:
    line = src.readline(budget)
    if not line.endswith(b"\n"):
        if len(line) >= budget:
            raise AgeHeaderError("The age header is larger than any age file Vigil reads.")
        raise AgeHeaderError("The age header is truncated.")
    return line


def parse_header(src: LineSource) -> Header:
    """Read one header from ``src``, leaving it at the first byte of the payload."""
    budget = MAX_HEADER
    intro = src.readline(len(INTRO))
    if intro != INTRO:
        if not intro:
            raise AgeHeaderError("The file is empty: it is not an age file.")
        if intro.startswith(b"age-encryption.org/"):
            raise AgeHeaderError("The file is in an age version this reader does not know.")
        raise AgeHeaderError("The file is not an age file: its first line is wrong.")
    signed = bytearray(intro)
    budget -= len(intro)
    stanzas: list[Stanza] = []
    while True:
        line = _line(src, budget)
        budget -= len(line)
        if line.startswith(FOOTER_PREFIX):
            parts = line[:-1].split(b" ")
            if parts[0] != FOOTER_PREFIX or len(parts) != 2:
                raise AgeHeaderError("The age header's closing line is malformed.")
            try:
                mac = b64decode(parts[1])
            except ValueError:
                mac = b""
            if len(mac) != MAC_LEN:
                raise AgeHeaderError("The age header's MAC is malformed.")
            signed += FOOTER_PREFIX
            return Header(tuple(stanzas), mac, bytes(signed))
        if len(stanzas) == MAX_STANZAS:
            raise AgeHeaderError("The age header has more recipients than any file Vigil reads.")
        signed += line
        parts = line[:-1].split(b" ")
        if parts[0] != STANZA_PREFIX or len(parts) < 2 or not all(map(_valid_arg, parts[1:])):
            raise AgeHeaderError("An age header stanza's opening line is malformed.")
        body = bytearray()
        while True:
            line = _line(src, budget)
            budget -= len(line)
            signed += line
            text = line[:-1]
            if len(text) > COLUMNS:
                raise AgeHeaderError("An age header stanza's body line is too long.")
            try:
                chunk = b64decode(text)
            except ValueError:
                raise AgeHeaderError(
                    "An age header stanza's body is malformed (every body ends with a short line)."
                ) from None
            body += chunk
            if len(text) < COLUMNS:
                break
        args = tuple(a.decode("ascii") for a in parts[1:])
        stanzas.append(Stanza(args[0], args[1:], bytes(body)))
