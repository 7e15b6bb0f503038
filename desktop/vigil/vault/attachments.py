"""Attachments as age streams: encrypted straight from the source file, never a plaintext copy.

age's streaming API (vigil.crypto.age) reads and writes in 64 KiB chunks, so memory stays
flat for a file of any size. Hashes of the plaintext and of the ciphertext are taken on the
way through: the plaintext hash goes into the signed attachment revision, the ciphertext hash
binds the blob file to it (anyone can encrypt a file to a public age recipient, so the hash is
what stops a swapped blob).
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from vigil.crypto import age
from vigil.crypto.errors import IntegrityError
from vigil.vault import layout
from vigil.vault.files import fsync_dir, remove_quietly

BLOB_DIR = layout.ATTACHMENTS  # the folder inside the vault
BLOB_SUFFIX = layout.ATTACHMENT_SUFFIX


class _HashingReader:
    def __init__(self, inner: BinaryIO, progress: Callable[[int], None] | None = None) -> None:
        self.inner = inner
        self.hash = hashlib.sha256()
        self.size = 0
        self.progress = progress

    def read(self, n: int = -1) -> bytes:
        data = self.inner.read(n)
        self.hash.update(data)
        self.size += len(data)
        if self.progress is not None:
            # may raise to cancel: the partial file is removed by encrypt_file
            self.progress(self.size)
        return data


class _HashingWriter:
    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.hash = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.hash.update(data)
        self.size += len(data)
        self.inner.write(data)
        return len(data)

    def flush(self) -> None:
        if hasattr(self.inner, "flush"):
            self.inner.flush()


@dataclass(frozen=True)
class Blob:
    file: str
    ct_sha256: str
    ct_size: int
    pt_sha256: str
    pt_size: int
    padded_size: int = 0
    padded_sha256: str = ""


def padme(length: int) -> int:
    """The Padmé size bucket for a length: at most 12% larger, and it reveals only
    O(log log length) bits of the length to whoever sees the padded size (the server)."""
    if length < 2:
        return length
    exponent = length.bit_length() - 1
    significant = exponent.bit_length()
    mask = (1 << (exponent - significant)) - 1
    return (length + mask) & ~mask


def padded_digest(ct_hash: Any, ct_size: int) -> tuple[int, str]:
    """Size and SHA-256 of the ciphertext followed by zeros up to its bucket."""
    size = padme(ct_size)
    digest = ct_hash.copy()
    zeros = bytes(1 << 16)
    remaining = size - ct_size
    while remaining:
        step = min(remaining, len(zeros))
        digest.update(zeros[:step])
        remaining -= step
    return size, digest.hexdigest()


def encrypt_file(
    source: Path,
    blob_dir: Path,
    recipients: Sequence[Any],
    progress: Callable[[int], None] | None = None,
) -> Blob:
    with open(source, "rb") as src:
        return _encrypt_stream(src, blob_dir, recipients, progress)


def _encrypt_stream(
    src: Any,
    blob_dir: Path,
    recipients: Sequence[Any],
    progress: Callable[[int], None] | None = None,
) -> Blob:
    tmp = blob_dir / f".incoming-{os.urandom(8).hex()}.tmp"
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            reader = _HashingReader(src, progress)
            writer = _HashingWriter(out)
            age.encrypt_io(reader, writer, recipients)
            out.flush()
            os.fsync(out.fileno())
        name = writer.hash.hexdigest() + BLOB_SUFFIX
        os.replace(tmp, blob_dir / name)
        fsync_dir(blob_dir)
    except BaseException:
        remove_quietly(tmp)
        raise
    padded_size, padded_sha = padded_digest(writer.hash, writer.size)
    return Blob(
        name, writer.hash.hexdigest(), writer.size, reader.hash.hexdigest(), reader.size,
        padded_size, padded_sha,
    )  # fmt: skip


def reencrypt_blob(
    path: Path, ct_sha256: str, pt_sha256: str, identities: Sequence[Any],
    recipients: Sequence[Any], blob_dir: Path,
) -> Blob:  # fmt: skip
    """Decrypt a blob and encrypt it again to other recipients, stream to stream, through a
    pipe: the plaintext is never on disk and never whole in memory."""
    import threading

    read_fd, write_fd = os.pipe()
    failure: list[BaseException] = []

    def produce() -> None:
        try:
            with os.fdopen(write_fd, "wb") as sink:
                decrypt_blob(path, ct_sha256, pt_sha256, identities, sink)
        except BaseException as exc:
            failure.append(exc)

    worker = threading.Thread(target=produce, name="reencrypt", daemon=True)
    worker.start()
    try:
        with os.fdopen(read_fd, "rb") as source:
            blob = _encrypt_stream(source, blob_dir, recipients)
            while source.read(1 << 16):  # drain, so the producer can finish
                pass
    finally:
        worker.join()
    if failure:
        remove_quietly(blob_dir / blob.file)
        raise failure[0]
    return blob


def decrypt_blob(
    path: Path, ct_sha256: str, pt_sha256: str, identities: Sequence[Any], writer: Any
) -> int:
    """Stream the plaintext of one blob into ``writer``; return its size.

    Damage inside the stream is caught by age chunk by chunk. A whole blob swapped for another
    valid age file is caught by the ciphertext hash, checked at the end: callers that write to
    disk must keep the output provisional until this returns.
    """
    try:
        src = open(path, "rb")  # noqa: SIM115 - closed below, after the hash check
    except FileNotFoundError:
        raise IntegrityError(f"Attachment file {path.name} is missing from the vault.") from None
    with src:
        reader = _HashingReader(src)
        out = _HashingWriter(writer)
        try:
            age.decrypt_io(reader, out, identities)
        except age.AgeError:
            raise IntegrityError(
                f"Attachment file {path.name} is damaged or truncated; it cannot be decrypted."
            ) from None
    if reader.hash.hexdigest() != ct_sha256:
        raise IntegrityError(f"Attachment file {path.name} is not the file that was saved.")
    if pt_sha256 and out.hash.hexdigest() != pt_sha256:
        raise IntegrityError(f"Attachment file {path.name} decrypts to different content.")
    return out.size


def guess_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"
