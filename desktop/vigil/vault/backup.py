"""Backups: one age file holding a tar of the header, every envelope and every attachment.

The tar holds only what is already encrypted, and the whole tar is encrypted again to the
vault's own age key and to the recovery key's age key. With an exported identity, the
standard ``age`` tool opens the backup, and each envelope inside it: no lock-in.

A backup is not encrypted to the passphrase on purpose: a stolen backup then offers no
passphrase to guess offline: only the vault's X25519 key and the 160-bit recovery key.

Anyone who knows those public keys can write a file that decrypts like a backup, so the
manifest is signed with the vault's own key and carries the devices the vault trusted
(backup_manifest.py); a restore trusts no revision on the file's word alone.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from vigil.crypto import envelope, keys
from vigil.crypto.envelope import Revision
from vigil.crypto.errors import IntegrityError, VigilError
from vigil.crypto.header import Header
from vigil.vault import attachments, backup_manifest, layout
from vigil.vault.attachments import BLOB_DIR
from vigil.vault.files import atomic_write, fsync_dir, remove_quietly, safe_mkdir
from vigil.vault.items import now
from vigil.vault.store import HEADER_FILE, Vault, vault_exists

MANIFEST = "vigil-backup.json"
MAX_MEMBER = 64 * 1024 * 1024 * 1024


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


def _write_tar(vault: Vault, sink: BinaryIO) -> None:
    blobs = vault.blob_files()
    revisions = list(vault.envelopes())
    devices = {
        str(d): str(k) for d, k in vault.conn.execute("SELECT device, author_key FROM devices")
    }
    manifest = backup_manifest.build(
        vault.identity, vault.header, devices, now(), [r for r, _ in revisions], blobs
    )
    with tarfile.open(fileobj=sink, mode="w|", format=tarfile.PAX_FORMAT) as tar:
        _add_bytes(tar, MANIFEST, manifest)
        _add_bytes(tar, HEADER_FILE, vault.header.to_bytes())
        for rev_id, data in revisions:
            _add_bytes(tar, f"revisions/{rev_id}.age", data)
        for file in blobs:
            path = vault.path / BLOB_DIR / file
            info = tar.gettarinfo(str(path), arcname=f"attachments/{file}")
            info.mode, info.uid, info.gid, info.uname, info.gname = 0o600, 0, 0, "", ""
            with open(path, "rb") as handle:
                tar.addfile(info, handle)


def write_backup(vault: Vault, out: Path) -> dict[str, Any]:
    recovery = pyrage.x25519.Recipient.from_str(
        keys.age_recipient_string(vault.header.recovery_recipient)
    )
    recipients = [*vault.recipients, recovery]
    tmp = out.with_name(f".{out.name}.partial")
    read_fd, write_fd = os.pipe()
    failure: list[BaseException] = []

    def produce() -> None:
        try:
            with os.fdopen(write_fd, "wb") as sink:
                _write_tar(vault, sink)
        except BaseException as exc:
            failure.append(exc)

    producer = threading.Thread(target=produce, name="backup-tar", daemon=True)
    producer.start()
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(read_fd, "rb") as source, os.fdopen(fd, "wb") as target:
            pyrage.encrypt_io(source, target, recipients)
            target.flush()
            os.fsync(target.fileno())
        producer.join()
        if failure:
            raise failure[0]
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except BaseException:
        remove_quietly(tmp)
        raise
    return {"revisions": vault.conn.execute("SELECT count(*) FROM revisions").fetchone()[0],
            "attachments": len(vault.blob_files())}  # fmt: skip


Unlock = Callable[[Header], bytes]


def restore_backup(backup: Path, target: Path, age_identity: str, unlock: Unlock) -> Vault:
    """Rebuild a vault in ``target`` from a backup.

    ``age_identity`` opens the backup (the vault's exported identity, or the one derived from
    the recovery key); ``unlock`` turns the backed-up header into the master key. Every
    envelope is verified before anything is written, and the header is written last, so an
    interrupted restore never looks like a vault.
    """
    if vault_exists(target):
        raise VigilError(f"A vault already exists in {target}; restore into an empty folder.")
    try:
        identity = pyrage.x25519.Identity.from_str(age_identity)
    except Exception:
        raise VigilError("That identity is not an age identity (AGE-SECRET-KEY-1…).") from None
    safe_mkdir(target)
    blob_dir = safe_mkdir(target / BLOB_DIR)
    read_fd, write_fd = os.pipe()
    failure: list[BaseException] = []

    def decrypt() -> None:
        try:
            with open(backup, "rb") as src, os.fdopen(write_fd, "wb") as sink:
                pyrage.decrypt_io(src, sink, [identity])
        except BaseException as exc:
            failure.append(exc)

    worker = threading.Thread(target=decrypt, name="restore-decrypt", daemon=True)
    worker.start()
    header: Header | None = None
    manifest: dict[str, Any] = {}
    envelopes: list[bytes] = []
    blobs: list[tuple[str, int]] = []
    try:
        with os.fdopen(read_fd, "rb") as source:
            try:
                with tarfile.open(fileobj=source, mode="r|") as tar:
                    for member in tar:
                        header = _take_member(
                            tar, member, header, manifest, envelopes, blobs, blob_dir
                        )
            except tarfile.TarError:
                failure.append(IntegrityError("The backup is damaged: its archive is unreadable."))
            # Read to the end (tar's zero padding, age's last chunk): closing the pipe early
            # would break the decrypting thread's last write, and hide a truncated backup.
            while source.read(1 << 16):
                pass
        worker.join()
        if failure:
            first = failure[0]
            if isinstance(first, VigilError):
                raise first
            raise IntegrityError(
                "The backup cannot be decrypted with that key, or it is damaged or truncated."
            )
        if not manifest:
            raise IntegrityError("The backup has no manifest; it is not a complete Vigil backup.")
        if header is None:
            raise IntegrityError("The backup holds no vault header.")
        if manifest["version"] == 1 and (
            manifest.get("vault_id") != header.vault_id.hex()
            or manifest.get("revisions") != len(envelopes)
            or manifest.get("attachments") != len(blobs)
        ):
            raise IntegrityError("The backup is incomplete: its contents differ from its manifest.")
        vmk = unlock(header)
        identity_keys = header.unwrap_identity(vmk)
        trusted: dict[str, str] = {}
        if manifest["version"] != 1:
            # Checked before any envelope is opened: the signature is what vouches for them.
            ids = [keys.sha256(e).hex() for e in envelopes]
            files = [file for file, _ in blobs]
            trusted = backup_manifest.verify(manifest, header, identity_keys, ids, files)
        revisions = [envelope.open_envelope(e, [identity_keys.age_identity]) for e in envelopes]
        if manifest["version"] == 1:
            backup_manifest.check_authors_v1(revisions, identity_keys.verify_key_bytes)
        else:
            backup_manifest.check_authors(revisions, trusted)
        vault = Vault(target, header, vmk, identity_keys)
        import_revisions(vault, revisions)
        restore_trust(vault, trusted)
        vault.start_new_device()
        by_blob = {str(r.payload.get("blob")): r.item for r in revisions if r.kind == "attachment"}
        for file, size in blobs:
            item = by_blob.get(file.removesuffix(attachments.BLOB_SUFFIX))
            if item is not None:
                record_blob(vault, item, file, file.removesuffix(attachments.BLOB_SUFFIX), size)
        atomic_write(target / HEADER_FILE, header.to_bytes())
        return vault
    except BaseException:
        for leftover in blob_dir.iterdir():
            remove_quietly(leftover)
        for name in layout.DB_FILES:
            remove_quietly(target / name)
        raise


def _take_member(
    tar: tarfile.TarFile,
    member: tarfile.TarInfo,
    header: Header | None,
    manifest: dict[str, Any],
    envelopes: list[bytes],
    blobs: list[tuple[str, int]],
    blob_dir: Path,
) -> Header | None:
    if not member.isfile() or member.size > MAX_MEMBER:
        raise IntegrityError(f"The backup holds an unexpected entry: {member.name!r}.")
    handle = tar.extractfile(member)
    if handle is None:
        raise IntegrityError(f"The backup entry {member.name!r} is unreadable.")
    name = member.name
    if name == MANIFEST:
        manifest.update(backup_manifest.parse(handle.read(backup_manifest.MAX_MANIFEST + 1)))
        return header
    if name == HEADER_FILE:
        return Header.from_bytes(handle.read(1 << 16))
    folder, _, base = name.partition("/")
    if folder == "revisions" and base.endswith(".age") and "/" not in base:
        data = handle.read(envelope.MAX_ENVELOPE + 1)
        if keys.sha256(data).hex() != base.removesuffix(".age"):
            raise IntegrityError(f"Revision {base[:12]} in the backup is damaged.")
        envelopes.append(data)
        return header
    if folder == layout.ATTACHMENTS and base.endswith(attachments.BLOB_SUFFIX) and "/" not in base:
        expected = base.removesuffix(attachments.BLOB_SUFFIX)
        if len(expected) != 64 or not all(c in "0123456789abcdef" for c in expected):
            raise IntegrityError(f"The backup holds a strangely named attachment: {base!r}.")
        digest = hashlib.sha256()
        fd = os.open(blob_dir / base, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            while chunk := handle.read(1 << 16):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != expected:
            raise IntegrityError(f"Attachment {base[:12]} in the backup is damaged.")
        blobs.append((base, member.size))
        return header
    raise IntegrityError(f"The backup holds an unexpected entry: {name!r}.")


def import_revisions(vault: Vault, revisions: Iterable[Revision]) -> int:
    """Replay verified revisions (restore): record them all, then apply each item's head."""
    count = 0
    with vault.transaction() as conn:
        heads: dict[str, Revision] = {}
        first_seen: dict[str, str] = {}
        for rev in revisions:
            vault._record(conn, rev)
            first_seen[rev.item] = min(first_seen.get(rev.item, rev.time), rev.time)
            best = heads.get(rev.item)
            if best is None or (rev.time, rev.seq) > (best.time, best.seq):
                heads[rev.item] = rev
            count += 1
        for rev in sorted(heads.values(), key=lambda r: (r.kind != "case", r.time, r.seq)):
            vault._apply(conn, rev)
            conn.execute(
                "UPDATE items SET created = ? WHERE id = ?", (first_seen[rev.item], rev.item)
            )
    return count


def restore_trust(vault: Vault, devices: dict[str, str]) -> None:
    """Put back the signed trust table, so that later merges from the same devices are taken
    (and a device that comes back with another key is refused) as before the backup.

    ``import_revisions`` already filed every device with revisions in the backup, with its
    chain state; a device the table lists without any (none does in a backup Vigil wrote)
    starts at sequence 0, as a device first seen would.
    """
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO devices (device, author_key, seq, last_hash)"
            " VALUES (?, ?, 0, '')",
            sorted(devices.items()),
        )


def record_blob(vault: Vault, item_id: str, file: str, ct_sha256: str, ct_size: int) -> None:
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO blobs (item_id, file, ct_sha256, ct_size) VALUES (?, ?, ?, ?)",
            (item_id, file, ct_sha256, ct_size),
        )
