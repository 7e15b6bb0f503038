"""The age payload: a 16-byte nonce, then STREAM over ChaCha20-Poly1305 in 64 KiB chunks.

The payload key is HKDF-SHA256(file key, salt = nonce, info "payload"). Chunk i is sealed with
the 12-byte nonce ``i`` (11 bytes, big-endian) followed by 1 for the last chunk and 0 for the
others. Only the last chunk may be short; it may be empty only when the whole payload is. The
reader holds one chunk at a time, so memory stays flat for a file of any size, and releases
each chunk's plaintext only once that chunk has been authenticated.
"""

from __future__ import annotations

from typing import Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vigil.crypto.age.errors import AgePayloadError
from vigil.crypto.age.format import Reader

NONCE_LEN = 16
CHUNK = 64 * 1024
TAG = 16
SEALED_CHUNK = CHUNK + TAG
_MAX_CHUNKS = 1 << 88  # the 11-byte counter


class Writer(Protocol):
    def write(self, data: bytes, /) -> object: ...


class Source(Protocol):
    def read(self, n: int, /) -> bytes: ...
    def peek(self, n: int, /) -> bytes: ...


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=b"payload").derive(file_key)


def _nonce(counter: int, last: bool) -> bytes:
    if counter >= _MAX_CHUNKS:
        raise AgePayloadError("The age payload is longer than STREAM allows.")
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def read_full(src: Reader, n: int) -> bytes:
    """``n`` bytes, fewer only at the end (a pipe or socket may return less per read)."""
    data = src.read(n)
    if len(data) == n or not data:
        return data
    parts = [data]
    got = len(data)
    while got < n:
        more = src.read(n - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


def encrypt(src: Reader, dst: Writer, key: bytes) -> None:
    aead = ChaCha20Poly1305(key)
    counter = 0
    chunk = read_full(src, CHUNK)
    while True:
        following = read_full(src, CHUNK) if len(chunk) == CHUNK else b""
        last = not following
        dst.write(aead.encrypt(_nonce(counter, last), chunk, None))
        if last:
            return
        chunk = following
        counter += 1


def decrypt(src: Source, dst: Writer, key: bytes) -> None:
    aead = ChaCha20Poly1305(key)
    counter = 0
    while True:
        sealed = src.read(SEALED_CHUNK)
        if len(sealed) == SEALED_CHUNK:
            # A full chunk is the last one only if it authenticates as such: the writer
            # cannot know the end is near, so a full final chunk is normal.
            try:
                dst.write(aead.decrypt(_nonce(counter, False), sealed, None))
            except InvalidTag:
                pass
            else:
                counter += 1
                continue
            try:
                dst.write(aead.decrypt(_nonce(counter, True), sealed, None))
            except InvalidTag:
                raise _damaged(counter) from None
            if src.peek(1):
                raise AgePayloadError("The age payload has data after its end.")
            return
        if len(sealed) < TAG:
            raise AgePayloadError("The age payload is truncated: its last chunk is missing.")
        if counter > 0 and len(sealed) == TAG:
            raise AgePayloadError("The age payload ends with an empty chunk, which age forbids.")
        try:
            dst.write(aead.decrypt(_nonce(counter, True), sealed, None))
        except InvalidTag:
            raise _damaged(counter) from None
        return


def _damaged(counter: int) -> AgePayloadError:
    return AgePayloadError(f"The age payload is damaged or truncated at chunk {counter + 1}.")
