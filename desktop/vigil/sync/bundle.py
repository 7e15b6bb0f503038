"""The sneakernet bundle file, version 1 (docs/formats.md §17): what one reader is sent by hand.

One age file, encrypted to its one reader only (the pinned HQ keys, or the one field device's
own key), holding records of things that are already sealed or signed on their own: revision
envelopes, signed notes, attachment ciphertexts. The plaintext is padded with zeros to a
Padmé size bucket (at least ``MIN_SIZE``), so a bundle's size says little about how much it
holds. Nothing in the header is trusted beyond a plain refusal of a bundle meant for someone
else: every record inside carries its own signature and goes through the checks of a pull.

This module reads and writes the file; what goes in and what an import does with it is
``sync/sneakernet.py``.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vigil.crypto import age, strict_json
from vigil.crypto.envelope import AGE_MAGIC, MAX_ENVELOPE
from vigil.crypto.errors import BadArgument, IntegrityError
from vigil.vault.attachments import padme
from vigil.vault.files import remove_quietly, written_aside

MAGIC = b"vigil-bundle/1\n"
VERSION = 1
MIN_SIZE = 64 * 1024  # the smallest bucket: an empty bundle looks like a small one
MAX_HEADER = 64 * 1024
MAX_NOTE = 2 * 1024 * 1024  # a 1 MiB signed note, wrapped in age for HQ
MAX_BLOB = 64 * 1024 * 1024 * 1024
MAX_IN_MEMORY = 512 * 1024 * 1024  # envelopes and notes are held until the file verified
MAX_RECORDS = 1_000_000
MAX_HELD = 64 * 1024  # HQ's signed acknowledgement (sync/held.py)
ENVELOPE, NOTE, HELD, BLOB = "env", "note", "held", "blob"
_LIMITS = {ENVELOPE: MAX_ENVELOPE, NOTE: MAX_NOTE, HELD: MAX_HELD, BLOB: MAX_BLOB}
TO_HQ, TO_DEVICE = "to-hq", "to-device"
STAGE_PREFIX = ".bundle-"  # attachment ciphertexts being read (vault/layout.py declares them)
_CHUNK = 1 << 16


class BundleUnreadable(BadArgument):
    """Not a file, not readable, or not an age file at all: nothing was read (exit 2)."""


class BundleRefused(IntegrityError):
    """A bundle this vault must not take: for another reader, damaged, or crafted (exit 4)."""


@dataclass
class Bundle:
    header: dict[str, Any]
    envelopes: list[bytes] = field(default_factory=list)
    notes: list[bytes] = field(default_factory=list)
    held: list[bytes] = field(default_factory=list)  # HQ's acknowledgements (to-device)
    blobs: dict[str, Path] = field(default_factory=dict)  # SHA-256 hex -> staged ciphertext

    def discard(self) -> None:
        """Remove the staged attachment files that were not kept."""
        for path in self.blobs.values():
            remove_quietly(path)
        self.blobs.clear()

    def counts(self) -> dict[str, int]:
        return {
            "envelopes": len(self.envelopes),
            "notes": len(self.notes),
            "attachments": len(self.blobs),
        }


def _line(kind: str, size: int, sha: str) -> bytes:
    return f"{kind} {size} {sha}\n".encode()


def _sha_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


class _Plaintext(io.RawIOBase):
    """The bundle's plaintext produced as age reads it: nothing of it is ever on disk."""

    def __init__(self, parts: Iterator[bytes]) -> None:
        self._parts = parts
        self._buf = b""

    def readable(self) -> bool:
        return True

    def readinto(self, target: Any) -> int:
        while not self._buf:
            try:
                self._buf = next(self._parts)
            except StopIteration:
                return 0
        n = min(len(target), len(self._buf))
        target[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def write(
    out: Path,
    recipients: Sequence[Any],
    header: dict[str, Any],
    envelopes: Sequence[bytes],
    notes: Sequence[bytes],
    blobs: Sequence[Path],
    replace: bool = False,
    held: Sequence[bytes] = (),
) -> int:
    """Write a bundle to ``out`` (as a new ``.NAME.*.partial`` beside it until complete; a failure
    leaves nothing there and a file already at ``out`` untouched). A file already at ``out``
    is replaced only when the person said so (``replace``: the app's save dialog asked);
    otherwise it is refused, as a file Vigil did not make. Returns the bundle's size."""
    if not replace and (out.exists() or out.is_symlink()):
        raise BadArgument(f"{out.name} already exists: choose a new name, nothing was written.")
    if not out.parent.is_dir():
        raise BadArgument(f"There is no folder {out.parent}: nothing was written.")
    if not recipients:
        raise BadArgument("A bundle needs its reader's key; none is known.")
    head = MAGIC + json.dumps({"v": VERSION, **header}, sort_keys=True).encode() + b"\n"
    blob_lines = [(path, _line(BLOB, path.stat().st_size, _sha_file(path))) for path in blobs]
    size = len(head) + len(b"end\n")
    size += sum(len(_line(ENVELOPE, len(e), "0" * 64)) + len(e) for e in envelopes)
    size += sum(len(_line(NOTE, len(n), "0" * 64)) + len(n) for n in notes)
    size += sum(len(_line(HELD, len(n), "0" * 64)) + len(n) for n in held)
    size += sum(len(line) + path.stat().st_size for path, line in blob_lines)
    padding = max(MIN_SIZE, padme(size)) - size

    def parts() -> Iterator[bytes]:
        yield head
        for data in envelopes:
            yield _line(ENVELOPE, len(data), hashlib.sha256(data).hexdigest()) + data
        for data in notes:
            yield _line(NOTE, len(data), hashlib.sha256(data).hexdigest()) + data
        for data in held:
            yield _line(HELD, len(data), hashlib.sha256(data).hexdigest()) + data
        for path, line in blob_lines:
            yield line
            with open(path, "rb") as handle:
                while chunk := handle.read(_CHUNK):
                    yield chunk
        yield b"end\n"
        left = padding
        zeros = bytes(_CHUNK)
        while left:
            step = min(left, _CHUNK)
            yield zeros[:step]
            left -= step

    with contextlib.ExitStack() as stack:
        try:
            target = stack.enter_context(written_aside(out))
        except OSError as exc:
            raise BadArgument(f"Cannot write in {out.parent}: {exc.strerror or exc}.") from None
        age.encrypt_io(_Plaintext(parts()), target, recipients)
    return out.stat().st_size


class _Reader(io.RawIOBase):
    """Parses the plaintext as age writes it; blobs go to staged files as they come."""

    def __init__(self, stage_dir: Path) -> None:
        self.stage_dir = stage_dir
        self.bundle = Bundle({})
        self._buf = bytearray()
        self._state = "magic"
        self._record: tuple[str, int, str] | None = None
        self._blob: Any = None
        self._blob_path: Path | None = None
        self._blob_hash: Any = None
        self._blob_left = 0
        self._in_memory = 0
        self._records = 0
        self._total = 0  # plaintext bytes seen
        self._content = -1  # plaintext bytes up to and including the end line
        self.staged: list[Path] = []

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self._total += len(chunk)
        if self._state == "padding":
            if chunk.count(0) != len(chunk):
                raise BundleRefused("The bundle has bytes after its end: it was altered.")
            return len(chunk)
        if self._state == "blob":
            chunk = self._feed_blob(chunk)
        self._buf += chunk
        self._parse()
        return len(data)

    def _feed_blob(self, chunk: bytes) -> bytes:
        take = chunk[: self._blob_left]
        self._blob.write(take)
        self._blob_hash.update(take)
        self._blob_left -= len(take)
        if self._blob_left == 0:
            self._end_blob()
        return chunk[len(take) :]

    def _end_blob(self) -> None:
        assert self._record is not None and self._blob_path is not None
        self._blob.close()
        self._blob = None
        sha = self._record[2]
        if self._blob_hash.hexdigest() != sha:
            raise BundleRefused("An attachment in the bundle does not match its hash.")
        if sha in self.bundle.blobs:
            remove_quietly(self._blob_path)
        else:
            self.bundle.blobs[sha] = self._blob_path
        self._state = "record"

    def _take_line(self, limit: int) -> bytes | None:
        end = self._buf.find(b"\n", 0, limit + 1)
        if end < 0:
            if len(self._buf) > limit:
                raise BundleRefused("A line of the bundle is too long: it is damaged or crafted.")
            return None
        line = bytes(self._buf[:end])
        del self._buf[: end + 1]
        return line

    def _parse(self) -> None:
        while True:
            if self._state == "magic":
                if len(self._buf) < len(MAGIC):
                    return
                if bytes(self._buf[: len(MAGIC)]) != MAGIC:
                    raise BundleRefused(
                        "This is not a Vigil bundle of a version this Vigil reads (version 1)."
                    )
                del self._buf[: len(MAGIC)]
                self._state = "header"
            elif self._state == "header":
                line = self._take_line(MAX_HEADER)
                if line is None:
                    return
                self.bundle.header = _header(line)
                self._state = "record"
            elif self._state == "record":
                line = self._take_line(128)
                if line is None:
                    return
                if line == b"end":
                    self._state = "padding"
                    self._content = self._total - len(self._buf)
                    rest = bytes(self._buf)
                    self._buf.clear()
                    if rest.count(0) != len(rest):
                        raise BundleRefused("The bundle has bytes after its end: it was altered.")
                    return
                self._start_record(line)
            elif self._state == "body":
                assert self._record is not None
                kind, size, sha = self._record
                if len(self._buf) < size:
                    return
                body = bytes(self._buf[:size])
                del self._buf[:size]
                if hashlib.sha256(body).hexdigest() != sha:
                    raise BundleRefused("A record in the bundle does not match its hash.")
                records = {ENVELOPE: self.bundle.envelopes, NOTE: self.bundle.notes}
                records.get(kind, self.bundle.held).append(body)
                self._state = "record"
            elif self._state == "blob":
                rest = bytes(self._buf)
                self._buf.clear()
                rest = self._feed_blob(rest)
                if self._state == "blob":
                    return
                self._buf += rest
            else:
                return

    def _start_record(self, line: bytes) -> None:
        fields = line.split(b" ")
        if (
            len(fields) != 3
            or fields[0].decode("ascii", "replace") not in _LIMITS
            or not fields[1].isdigit()
            or len(fields[2]) != 64
            or fields[2].strip(b"0123456789abcdef")
        ):
            raise BundleRefused("A record line of the bundle is malformed.")
        kind, size, sha = fields[0].decode(), int(fields[1]), fields[2].decode()
        self._records += 1
        if size > _LIMITS[kind] or self._records > MAX_RECORDS:
            raise BundleRefused("A record of the bundle is larger than any Vigil writes.")
        self._record = (kind, size, sha)
        if kind != BLOB:
            self._in_memory += size
            if self._in_memory > MAX_IN_MEMORY:
                raise BundleRefused("The bundle holds more than any Vigil writes in one file.")
            self._state = "body"
            return
        self._blob_path = self.stage_dir / f"{STAGE_PREFIX}{sha}.partial"
        self.staged.append(self._blob_path)
        fd = os.open(self._blob_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        self._blob = os.fdopen(fd, "wb")
        self._blob_hash = hashlib.sha256()
        self._blob_left = size
        self._state = "blob"
        if size == 0:
            self._end_blob()

    def finish(self) -> Bundle:
        if self._state != "padding":
            raise BundleRefused("The bundle is cut short: copy it again.")
        if self._total != max(MIN_SIZE, padme(self._content)):
            # Vigil pads to exactly one size: any other length was made by something else.
            raise BundleRefused("The bundle is not padded as Vigil pads: it was altered.")
        return self.bundle

    def abandon(self) -> None:
        if self._blob is not None:
            self._blob.close()
        for path in self.staged:
            remove_quietly(path)


def _header(line: bytes) -> dict[str, Any]:
    try:
        raw = strict_json.loads(line, "The bundle's header", max_bytes=MAX_HEADER)
    except strict_json.StrictJSONError as exc:
        raise BundleRefused(str(exc)) from None
    if not isinstance(raw, dict) or raw.get("v") != VERSION:
        raise BundleRefused("This bundle's header is not of a version this Vigil reads (1).")
    for name in ("direction", "org", "from", "to", "made"):
        if not isinstance(raw.get(name), str):
            raise BundleRefused(f"This bundle's header has no {name}.")
    if raw["direction"] not in (TO_HQ, TO_DEVICE):
        raise BundleRefused("This bundle's header names an unknown direction.")
    return raw


def read(path: Path, identities: Sequence[Any], stage_dir: Path) -> Bundle:
    """Open and check a whole bundle. Attachment ciphertexts are staged in ``stage_dir``
    (the vault's attachments folder); the caller keeps or ``discard``s them. Nothing of a
    bundle that fails (wrong reader, cut, altered) is returned or left behind."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        source = os.fdopen(fd, "rb")
    except OSError as exc:
        raise BundleUnreadable(f"Cannot read {path.name}: {exc.strerror or exc}.") from None
    reader = _Reader(stage_dir)
    try:
        with source:
            if source.read(len(AGE_MAGIC)) != AGE_MAGIC:
                raise BundleUnreadable(f"{path.name} is not a Vigil bundle (not an age file).")
            source.seek(0)
            try:
                age.decrypt_io(source, reader, identities)
            except (age.AgeError, OSError) as exc:
                if isinstance(exc, OSError) and exc.errno is not None:
                    raise  # the disk the attachments are staged on, not the bundle
                if isinstance(exc, age.AgeNoMatch):
                    raise BundleRefused(
                        "This bundle is not for this vault: it was made for another "
                        "organisation's HQ or another device. Nothing was imported."
                    ) from None
                raise BundleRefused(
                    "The bundle is damaged or cut short: copy it again. Nothing was imported."
                ) from None
        return reader.finish()
    except BaseException:
        reader.abandon()
        raise
