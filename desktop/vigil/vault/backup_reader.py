"""Reading a backup: one streamed, checked pass over the age-encrypted tar.

The age layer is decrypted on a thread into a pipe and the tar is read from the other end as
a stream, one member at a time; nothing is held whole. Everything is refused that a backup
Vigil wrote never holds, before its content is read: a member that is not a plain file (a
sparse member would let a 10 KB backup hand out a gigabyte of zeros), a name twice, a name
outside the layout, a revision larger than any envelope, a manifest or header out of place.

The manifest and the header come first (``head``), so the caller can unlock the header and
verify the manifest's signature before any other member is read (``members``). The thread
is always joined before the reader is left, whatever happened: a decrypting thread still
running at exit would abort the interpreter instead of exiting with the documented code.
"""

from __future__ import annotations

import contextlib
import os
import tarfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Protocol

from vigil.crypto import age, envelope

try:
    import fcntl
except ImportError:  # Windows: the default pipe
    fcntl = None  # type: ignore[assignment]
from vigil.crypto.errors import BadArgument, IntegrityError, VigilError, WrongKey
from vigil.crypto.header import EXT_HEADER_LEN, Header
from vigil.vault import backup_manifest, layout
from vigil.vault.attachments import BLOB_DIR, BLOB_SUFFIX

MANIFEST = "vigil-backup.json"
HEADER_MEMBER = layout.HEADER
RETIRED_MEMBER = "retired-identities"
# Identities of 64 or 96 bytes sealed with AES-GCM: ample for every rotation a vault will see.
MAX_RETIRED = 12 + 64 * 1024 + 16
REVISION_DIR = "revisions"
_PLAIN = (tarfile.REGTYPE, tarfile.AREGTYPE)
_HEX = frozenset("0123456789abcdef")
_CHUNK = 1 << 16
_PIPE_SIZE = 1 << 20


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


@dataclass
class Member:
    """A revision or attachment member, checked for shape; ``name`` is its 64-hex hash."""

    kind: str  # "revision", "attachment" or "retired"
    name: str
    size: int
    handle: Readable

    @property
    def file(self) -> str:
        return self.name + BLOB_SUFFIX


def open_backup(path: Path) -> IO[bytes]:
    try:
        return open(path, "rb")
    except OSError as exc:
        raise BadArgument(f"Cannot read the backup {path}: {exc.strerror}.") from None


def _age_failed(failure: BaseException) -> VigilError:
    if isinstance(failure, age.AgeNoMatch):
        return WrongKey(
            "That key does not open this backup: it belongs to another vault, or the backup "
            "was made before the key was changed. Nothing was restored."
        )
    return IntegrityError(
        "The backup is damaged or truncated: age could not decrypt all of it. Nothing was restored."
    )


class BackupReader:
    """``with BackupReader(file, identity) as reader``: ``head()``, then ``members()``,
    then ``finish()``. Leaving the block always stops and joins the decrypting thread."""

    def __init__(self, source: IO[bytes], identities: Sequence[Any]) -> None:
        self._source = source
        self._identities = list(identities)
        self._failure: list[BaseException] = []
        read_fd, write_fd = os.pipe()
        # A wide pipe and a large buffer let age run ahead of the tar reader instead of the
        # two threads taking turns for every few kilobytes.
        with contextlib.suppress(AttributeError, OSError):
            fcntl.fcntl(write_fd, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)  # Linux only
        self._pipe = os.fdopen(read_fd, "rb", buffering=_PIPE_SIZE)
        self._thread = threading.Thread(
            target=self._decrypt, args=(write_fd,), name="restore-decrypt", daemon=True
        )
        self._tar: tarfile.TarFile | None = None
        self._seen: set[str] = set()

    def _decrypt(self, write_fd: int) -> None:
        try:
            with os.fdopen(write_fd, "wb") as sink:
                age.decrypt_io(self._source, sink, self._identities)
        except BaseException as exc:  # reported by the reading side, after the join
            self._failure.append(exc)

    def __enter__(self) -> BackupReader:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop()

    def _stop(self) -> None:
        # Closing the read end makes a writer blocked on a full pipe fail at once.
        self._pipe.close()
        self._thread.join()
        self._source.close()

    def _next(self) -> tarfile.TarInfo | None:
        try:
            if self._tar is None:
                self._tar = tarfile.open(fileobj=self._pipe, mode="r|")  # noqa: SIM115 - closed with the pipe
            return self._tar.next()
        except (tarfile.TarError, EOFError, OSError):
            raise self._tar_failed() from None

    def _tar_failed(self) -> VigilError:
        """The archive stopped making sense. When age stopped early (wrong key, damage,
        truncation) that is the real cause; otherwise the tar itself is malformed."""
        self._thread.join(timeout=1.0)  # age closes the pipe as it fails: let it finish
        if self._thread.is_alive():
            self._stop()
        elif self._failure:
            return _age_failed(self._failure[0])
        return IntegrityError("The backup is damaged: its archive is unreadable.")

    def _read(self, member: tarfile.TarInfo, limit: int) -> bytes:
        if member.size > limit:
            raise IntegrityError(f"The backup's {member.name!r} is larger than any Vigil writes.")
        handle = self._handle(member)
        try:
            # Exactly the member's size (checked above): a buffered read of the limit would
            # allocate the limit first, 32 MiB for every manifest.
            data = handle.read(member.size)
        except (tarfile.TarError, EOFError, OSError):
            raise self._tar_failed() from None
        if len(data) != member.size:
            raise IntegrityError(f"The backup's {member.name!r} is cut short.")
        return data

    def _handle(self, member: tarfile.TarInfo) -> IO[bytes]:
        assert self._tar is not None
        handle = self._tar.extractfile(member)
        if handle is None:
            raise IntegrityError(f"The backup entry {member.name!r} is unreadable.")
        return handle

    def _check_plain(self, member: tarfile.TarInfo) -> None:
        if member.type not in _PLAIN or member.sparse is not None:
            raise IntegrityError(
                f"The backup entry {member.name!r} is not a plain file (a link, a folder or a "
                "sparse file), which no Vigil backup holds. Nothing was restored."
            )
        if member.name in self._seen:
            raise IntegrityError(
                f"The backup holds {member.name!r} more than once: it was altered. "
                "Nothing was restored."
            )
        self._seen.add(member.name)

    def head(self) -> tuple[dict[str, Any], Header]:
        """The manifest (parsed, not yet verified) and the header: the first two members."""
        found: list[bytes] = []
        for expected, limit in (
            (MANIFEST, backup_manifest.MAX_MANIFEST),
            (HEADER_MEMBER, EXT_HEADER_LEN),
        ):
            member = self._next()
            if member is None:
                raise IntegrityError(
                    "The backup is empty or incomplete: it has no " + expected + "."
                )
            if member.name != expected:
                raise IntegrityError(
                    "This is not a backup Vigil wrote: a backup begins with its manifest and "
                    f"its vault header, and this one begins with {member.name!r}."
                )
            self._check_plain(member)
            if member.size > limit:
                raise IntegrityError(f"The backup's {expected} is larger than any Vigil writes.")
            found.append(self._read(member, limit))
        return backup_manifest.parse(found[0]), Header.from_bytes(found[1])

    def members(self) -> Iterator[Member]:
        """Every other member, checked for shape before its content is read. A caller reads
        each member's handle before asking for the next."""
        while (member := self._next()) is not None:
            self._check_plain(member)
            if member.name == RETIRED_MEMBER:
                if member.size > MAX_RETIRED:
                    raise IntegrityError("The backup's retired identities are too large.")
                handle = _Guarded(self, self._handle(member))
                yield Member("retired", member.name, member.size, handle)
                continue
            folder, _, base = member.name.partition("/")
            stem = base.removesuffix(BLOB_SUFFIX)
            if (
                folder not in (REVISION_DIR, BLOB_DIR)
                or not base.endswith(BLOB_SUFFIX)
                or len(stem) != 64
                or not set(stem) <= _HEX
            ):
                if member.name in (MANIFEST, HEADER_MEMBER):
                    raise IntegrityError(
                        f"The backup holds {member.name!r} more than once: it was altered. "
                        "Nothing was restored."
                    )
                raise IntegrityError(f"The backup holds an unexpected entry: {member.name!r}.")
            if folder == REVISION_DIR and member.size > envelope.MAX_ENVELOPE:
                raise IntegrityError(
                    f"Revision {stem[:12]} in the backup is larger than any envelope."
                )
            kind = "revision" if folder == REVISION_DIR else "attachment"
            yield Member(kind, stem, member.size, _Guarded(self, self._handle(member)))

    def finish(self) -> None:
        """Read the age stream to its end (tar's padding, age's last chunk, where a truncated
        or altered backup shows) and require that age found nothing wrong."""
        try:
            while self._pipe.read(_CHUNK):
                pass
        except OSError:
            raise IntegrityError("The backup could not be read to its end.") from None
        self._thread.join()
        if self._failure:
            raise _age_failed(self._failure[0])


class _Guarded:
    """A member's handle whose read failures say what went wrong, as the reader does."""

    def __init__(self, reader: BackupReader, handle: IO[bytes]) -> None:
        self._reader, self._handle = reader, handle

    def read(self, size: int = -1) -> bytes:
        try:
            return self._handle.read(size)
        except (tarfile.TarError, EOFError, OSError):
            raise self._reader._tar_failed() from None
