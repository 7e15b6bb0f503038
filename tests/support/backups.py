"""Crafting backups as an attacker would: a genuine backup's members, changed, and sealed
again to the vault's public key (all an attacker needs to know)."""

from __future__ import annotations

import io
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pyrage

from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto import keys
from vigil.vault.backup import restore_backup, write_backup
from vigil.vault.store import Vault

Members = list[tuple[str, bytes]]


@dataclass
class Backed:
    """A closed vault with a case, a note and an attachment, and its genuine backup."""

    path: Path
    identity: str  # the exported age identity
    recipient: str
    backup: Path
    recovery_key: str


def make(root: Path) -> Backed:
    vault, recovery_key = Vault.create(root / "vault", PASSPHRASE, FAST_KDF)
    with vault:
        case = vault.save("case", {"title": "Detained at the checkpoint"}).item
        vault.save("note", {"text": "Seen by two witnesses"}, case_id=case)
        photo = root / "photo.jpg"
        photo.write_bytes(b"\xff\xd8 a photograph " * 200)
        vault.add_attachment(case, photo)
        # X25519 (backup --x25519), so that pyrage, which reads no hybrid key, can take the
        # backup apart and seal crafted ones; the members are the same either way.
        write_backup(vault, root / "backup.age", x25519=True)
        identity = keys.age_identity_string(vault.identity.x25519_secret)
        recipient = vault.identity.recipient_string
    return Backed(root / "vault", identity, recipient, root / "backup.age", recovery_key)


def members(backed: Backed) -> Members:
    plain = pyrage.decrypt(
        backed.backup.read_bytes(), [pyrage.x25519.Identity.from_str(backed.identity)]
    )
    out: Members = []
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        for member in tar:
            handle = tar.extractfile(member)
            assert handle is not None
            out.append((member.name, handle.read()))
    return out


def tar_member(name: str, data: bytes) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    return info.tobuf(tarfile.PAX_FORMAT) + data + b"\0" * (-len(data) % 512)


def _octal(value: int, width: int) -> bytes:
    return b"%0*o\0" % (width - 1, value)


def sparse_member(name: str, real_size: int, tail: bytes) -> bytes:
    """An old-GNU sparse member: ``real_size`` bytes of zeros ending in ``tail``, stored as
    just ``tail``. A tar reader that honours it hands out ``real_size`` bytes."""
    info = tarfile.TarInfo(name)
    info.size = len(tail)
    info.type = tarfile.GNUTYPE_SPARSE
    block = bytearray(info.tobuf(tarfile.GNU_FORMAT))
    block[386:398] = _octal(real_size - len(tail), 12)
    block[398:410] = _octal(len(tail), 12)
    block[482] = 0
    block[483:495] = _octal(real_size, 12)
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block[:512])
    return bytes(block[:512]) + tail + b"\0" * (-len(tail) % 512)


def seal(parts: list[bytes], backed: Backed, out: Path) -> Path:
    plain = b"".join(parts) + b"\0" * 1024
    out.write_bytes(pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(backed.recipient)]))
    return out


def seal_members(items: Members, backed: Backed, out: Path) -> Path:
    return seal([tar_member(n, d) for n, d in items], backed, out)


def restore(backed: Backed, backup: Path, target: Path, **kw: object) -> Vault:
    return restore_backup(
        backup, target, backed.identity, lambda h: h.unwrap_with_passphrase(PASSPHRASE), **kw
    )
