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

import contextlib
import hashlib
import io
import json
import logging
import os
import tarfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vigil.crypto import age, envelope, keys
from vigil.crypto.errors import BadArgument, IntegrityError, VigilError
from vigil.crypto.header import Header
from vigil.vault import attachments, backup_manifest, backup_reader, hybrid, keyring_id, layout
from vigil.vault.attachments import BLOB_DIR
from vigil.vault.backup_reader import MANIFEST, BackupReader
from vigil.vault.backup_words import HQ_X25519, RECOVERY_UNKNOWN, X25519_WARNING
from vigil.vault.files import atomic_write, remove_quietly, written_aside
from vigil.vault.folder import vault_exists
from vigil.vault.items import now
from vigil.vault.store import HEADER_FILE, RETIRED_IDENTITIES, Vault

__all__ = [
    "MANIFEST", "plan", "record_blob", "restore_backup", "restore_trust",
    "restore_with_recovery_key", "write_backup",
]  # fmt: skip

log = logging.getLogger(__name__)


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


# Called with (bytes written, bytes to write) as the backup goes; it may raise to stop it.
Progress = Callable[[int, int], None]


class _Counted:
    """A file read by tarfile, reporting each chunk: an attachment of gigabytes is one member,
    and a person who cancels should not wait for the whole of it."""

    def __init__(self, handle: BinaryIO, tick: Callable[[int], None]) -> None:
        self.handle, self.tick = handle, tick

    def read(self, size: int = -1) -> bytes:
        data = self.handle.read(size)
        self.tick(len(data))
        return data


def _write_tar(vault: Vault, sink: BinaryIO, progress: Progress | None = None) -> None:
    done, total = 0, 0

    def tick(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None:
            progress(min(done, total), total)

    with tarfile.open(fileobj=sink, mode="w|", format=tarfile.PAX_FORMAT) as tar:
        # The database is read under the vault's lock: locking the app waits for this part
        # instead of closing the connection under this thread. The attachments are files.
        with vault.kept_open() as is_open:
            if not is_open:
                raise VigilError("The vault was locked; the backup was stopped.")
            blobs = vault.blob_files()
            sizes = {file: (vault.path / BLOB_DIR / file).stat().st_size for file in blobs}
            revisions = [
                str(r) for (r,) in vault.conn.execute("SELECT id FROM revisions ORDER BY rowid")
            ]
            total = sum(sizes.values()) + int(
                vault.conn.execute(
                    "SELECT coalesce(sum(length(envelope)), 0) FROM revisions"
                ).fetchone()[0]
            )
            tick(0)
            manifest_ids = set(revisions)
            devices = {
                str(d): str(k)
                for d, k in vault.conn.execute("SELECT device, author_key FROM devices")
            }
            retired = vault.retired_identities()
            sealed = (
                seal_retired(vault.master_key_for_keyring(), vault.header, retired)
                if retired
                else b""
            )
            manifest = backup_manifest.build(
                vault.identity, vault.header, devices, now(), revisions, sizes, sealed
            )
            _add_bytes(tar, MANIFEST, manifest)
            _add_bytes(tar, HEADER_FILE, vault.header.to_bytes())
            if sealed:
                _add_bytes(tar, backup_reader.RETIRED_MEMBER, sealed)
            # Streamed from the database again rather than held: the list above is what the
            # manifest signs, and a revision saved in between would be refused at restore.
            for rev_id, data in vault.envelopes():
                if rev_id in manifest_ids:
                    _add_bytes(tar, f"revisions/{rev_id}.age", data)
                    tick(len(data))
        for file in blobs:
            path = vault.path / BLOB_DIR / file
            info = tar.gettarinfo(str(path), arcname=f"attachments/{file}")
            info.mode, info.uid, info.gid, info.uname, info.gname = 0o600, 0, 0, "", ""
            if info.size != sizes[file]:
                raise VigilError(f"Attachment {file[:12]} changed while the backup was written.")
            with open(path, "rb") as handle:
                tar.addfile(info, _Counted(handle, tick))


# Sealed retired identities since hybrid identities: this tag, then records of one length byte
# (64, or 96 with a hybrid seed) and the identity. Before: 64-byte records, no tag.
RETIRED_V2 = b"vigil-retired-v2"


def _retired_key(vmk: bytes, header: Header) -> bytes:
    return keys.hkdf(vmk, header.vault_id, keys.LABEL_RETIRED)


def seal_retired(vmk: bytes, header: Header, identities: list[keys.Identity]) -> bytes:
    """The identities a vault retired (``passwd --rekey --new-identity``), for its backup:
    what was encrypted to them is only readable with them. Sealed under the master key, as
    the header's identity wrap is."""
    nonce = os.urandom(12)
    plain = RETIRED_V2 + b"".join(bytes([len(i.to_bytes())]) + i.to_bytes() for i in identities)
    return nonce + AESGCM(_retired_key(vmk, header)).encrypt(nonce, plain, header.stable_bytes())


def open_retired(vmk: bytes, header: Header, sealed: bytes) -> list[keys.Identity]:
    try:
        plain = AESGCM(_retired_key(vmk, header)).decrypt(
            sealed[:12], sealed[12:], header.stable_bytes()
        )
    except (InvalidTag, ValueError):
        raise IntegrityError("The backup's retired identities are damaged.") from None
    if not plain.startswith(RETIRED_V2):  # before hybrid identities: 64-byte records
        if len(plain) % 64:
            raise IntegrityError("The backup's retired identities are damaged.")
        return [keys.Identity.from_bytes(plain[i : i + 64]) for i in range(0, len(plain), 64)]
    found: list[keys.Identity] = []
    at = len(RETIRED_V2)
    while at < len(plain):
        size = plain[at]
        record = plain[at + 1 : at + 1 + size]
        if size not in (64, 96) or len(record) != size:
            raise IntegrityError("The backup's retired identities are damaged.")
        found.append(keys.Identity.from_bytes(record))
        at += 1 + size
    return found


def backup_recipients(vault: Vault, x25519: bool = False) -> tuple[list[age.Recipient], str]:
    """Whom a backup is encrypted to (the vault, the HQ keys it pinned, the recovery key) and
    a warning ("" when none). Hybrid (post-quantum) keys only, unless asked for ``x25519``
    (which age 1.1 reads too) or a key has no hybrid form yet: an age file cannot mix both."""
    own = vault.identity
    hq = vault.recipients[1:]
    recovery_pq = hybrid.recovery_recipient(vault)
    hybrid_ready = recovery_pq is not None and own.hybrid_recipient is not None
    if not x25519 and hybrid_ready and all(r.post_quantum for r in hq):
        assert own.hybrid_recipient is not None and recovery_pq is not None
        return [own.hybrid_recipient, *hq, recovery_pq], ""
    classic = [r for r in hq if not r.post_quantum]
    recipients = [own.age_recipient, *classic, age.X25519Recipient(vault.header.recovery_recipient)]
    if x25519:
        return recipients, X25519_WARNING
    if recovery_pq is None:
        return recipients, RECOVERY_UNKNOWN
    # Not chosen, yet not post-quantum: said, never silent (HQ keys pinned before hybrid ones).
    return recipients, HQ_X25519 if classic else ""


def plan(vault: Vault, x25519: bool = False) -> tuple[bool, str]:
    """What a backup written now would be: post-quantum or not, and its warning ("" when
    none), as ``write_backup`` reports them after writing."""
    recipients, warning = backup_recipients(vault, x25519)
    return all(r.post_quantum for r in recipients), warning


def write_backup(
    vault: Vault, out: Path, progress: Progress | None = None, x25519: bool = False
) -> dict[str, Any]:
    """Write the backup to ``out`` (beside it, a new hidden ``.NAME.*.partial`` until
    complete). ``progress`` hears how far it got and may raise to stop: then nothing is left at
    ``out`` or beside it, and a file that was already at ``out`` is untouched."""
    problem = vault.header.kdf.check_restorable()
    if problem:
        # Only a vault made with explicit settings by an older Vigil can be here.
        raise VigilError(
            f"This vault's passphrase settings are refused in a backup: {problem}. Change the "
            "passphrase first ('vigil passwd', which uses today's settings); no backup was written."
        )
    recipients, warning = backup_recipients(vault, x25519)
    read_fd, write_fd = os.pipe()
    failure: list[BaseException] = []

    def produce() -> None:
        try:
            with os.fdopen(write_fd, "wb") as sink:
                _write_tar(vault, sink, progress)
        except BaseException as exc:
            failure.append(exc)

    producer = threading.Thread(target=produce, name="backup-tar", daemon=True)
    producer.start()
    with os.fdopen(read_fd, "rb") as source, written_aside(out) as target:
        age.encrypt_io(source, target, recipients)
        producer.join()
        if failure:
            raise failure[0]
    return {"revisions": vault.conn.execute("SELECT count(*) FROM revisions").fetchone()[0],
            "attachments": len(vault.blob_files()), "warning": warning,
            "post_quantum": all(r.post_quantum for r in recipients)}  # fmt: skip


Unlock = Callable[[Header], bytes]


def restore_backup(
    backup: Path,
    target: Path,
    age_identity: str | Sequence[str],
    unlock: Unlock,
    allow_unsigned: bool = False,
) -> Vault:
    """Rebuild a vault in ``target``, a new or empty folder, from a backup.

    ``age_identity`` opens the backup (the vault's exported identity, or the one derived from
    the recovery key); ``unlock`` turns the backed-up header into the master key. The manifest
    and the header are read first, and the manifest's signature is verified before any other
    member is read; then each member is checked against it as it streams in. The header is
    written last, so an interrupted restore never looks like a vault; a failed one removes
    what it created and nothing else.
    """
    given = [age_identity] if isinstance(age_identity, str) else list(age_identity)
    try:
        identities = [age.parse_identity(text) for text in given]
    except age.AgeKeyError:
        raise BadArgument("That identity is not an age identity (AGE-SECRET-KEY-1…).") from None
    source = backup_reader.open_backup(backup)
    try:
        made_dirs = _claim(target)
    except BaseException:
        source.close()
        raise
    made: list[Path] = []
    vault: Vault | None = None
    try:
        with BackupReader(source, identities) as reader:
            manifest, header = reader.head()
            problem = header.kdf.check_restorable()
            if problem:
                raise IntegrityError(
                    f"The vault header in the backup was crafted: {problem}. Nothing was restored."
                )
            if manifest["version"] == 1 and not allow_unsigned:
                raise IntegrityError(
                    "This backup was made by an older Vigil (backup version 1): its manifest is "
                    "not signed, so nothing vouches that the vault wrote it. Restore it only if "
                    "you know where it came from, with --allow-unsigned-backup."
                )
            vmk = unlock(header)
            identity_keys = header.unwrap_identity(vmk)
            if manifest["version"] == 1:
                log.warning("restoring an unsigned (version 1) backup, as asked")
                expected = backup_manifest.unsigned(manifest, header)
            else:
                expected = backup_manifest.verify(manifest, header, identity_keys)
            made += [target / name for name in layout.DB_FILES]
            made.append(target / BLOB_DIR)
            vault = Vault(target, header, vmk, identity_keys)
            blobs = _take_members(vault, reader, expected, made)
            reader.finish()
        expected.finish()
        restore_trust(vault, expected.devices)
        vault.start_new_device()
        for item, file, size in blobs:
            record_blob(vault, item, file, file.removesuffix(attachments.BLOB_SUFFIX), size)
        # A restored copy is another folder for the keyring: its entries never touch the
        # original's (vault/keyring_id.py).
        made += [target / layout.KEYRING_ID, target / f".{layout.KEYRING_ID}.tmp"]
        keyring_id.assign_new(target)
        made.append(target / f".{HEADER_FILE}.tmp")
        atomic_write(target / HEADER_FILE, header.to_bytes())
        return vault
    except BaseException:
        if vault is not None:
            vault.close()
        _undo(made, made_dirs)
        raise


def restore_with_recovery_key(
    backup: Path, target: Path, recovery_text: str, new_passphrase: bytes,
    allow_unsigned: bool = False,
) -> Vault:  # fmt: skip
    """Restore with the printed recovery key (it opens both the backup and its header), then
    set ``new_passphrase``: the way back for a person who has the paper and the backup file.
    The KDF is calibrated here, not taken from the header the backup carries."""
    from vigil.crypto import header as header_mod
    from vigil.crypto import recovery
    from vigil.crypto.kdf import calibrate

    identities = header_mod.recovery_age_identity_strings(recovery_text)
    vault = restore_backup(
        backup, target, identities,
        lambda h: h.unwrap_with_recovery(recovery.parse_key(recovery_text)), allow_unsigned,
    )  # fmt: skip
    try:
        vault.change_passphrase(new_passphrase, kdf=calibrate())
    except BaseException:
        vault.close()
        raise
    return vault


def _claim(target: Path) -> list[Path]:
    """Check that ``target`` is a new or empty folder and make it; return the folders made
    (deepest last), which a failed restore removes again."""
    if any(p.is_file() for p in target.parents):
        raise BadArgument(f"{target} is inside a file; restore into a new or empty folder.")
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise BadArgument(f"{target} is not a folder; restore into a new or empty folder.")
    if target.exists():
        if vault_exists(target):
            raise BadArgument(
                f"A vault already exists in {target}; restore into a new or empty folder."
            )
        if any(target.iterdir()):
            raise BadArgument(
                f"{target} is not empty; restore into a new or empty folder. Nothing was changed."
            )
        return []
    missing = [target, *(p for p in target.parents if not p.exists())]
    missing = [p for p in missing if not p.exists()]
    missing.reverse()
    made: list[Path] = []
    try:
        for folder in missing:
            folder.mkdir(mode=0o700)
            made.append(folder)
            os.chmod(folder, 0o700)
    except OSError as exc:
        _undo([], made)
        raise BadArgument(f"Cannot create the folder {target}: {exc.strerror}.") from None
    return missing


def _undo(files: list[Path], folders: list[Path]) -> None:
    """Remove what a failed restore created: the files it named, then the folders it made,
    each only if nothing else appeared in it."""
    for path in reversed(files):
        if path.is_dir() and not path.is_symlink():
            with contextlib.suppress(OSError):
                path.rmdir()
        else:
            remove_quietly(path)
    for folder in reversed(folders):
        with contextlib.suppress(OSError):
            folder.rmdir()


def _take_members(
    vault: Vault, reader: BackupReader, expected: backup_manifest.Expected, made: list[Path]
) -> list[tuple[str, str, int]]:
    """Stream every member into the vault, each checked against the verified manifest before
    it is written; return the attachments as (item, file, size)."""
    heads: dict[str, tuple[str, int]] = {}  # item -> (time, seq) of the revision applied
    first_seen: dict[str, str] = {}
    by_blob: dict[str, str] = {}
    files: list[tuple[str, int]] = []
    own_key = vault.identity.verify_key_bytes
    readers = list(vault.identity.age_identities)
    with vault.transaction() as conn:
        for member in reader.members():
            if member.kind == "retired":
                data = member.handle.read(member.size)  # at most MAX_RETIRED (the reader)
                expected.retired_member(data)
                retired = open_retired(vault.master_key_for_keyring(), vault.header, data)
                readers += [k for i in retired for k in i.age_identities]
                conn.execute(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    (RETIRED_IDENTITIES, json.dumps([i.to_bytes().hex() for i in retired])),
                )
                continue
            if member.kind == "attachment":
                expected.attachment(member.file, member.size)
                _write_blob(vault.path / BLOB_DIR / member.file, member, made)
                files.append((member.file, member.size))
                continue
            expected.revision(member.name)
            data = member.handle.read(member.size)  # at most MAX_ENVELOPE (the reader)
            if keys.sha256(data).hex() != member.name:
                raise IntegrityError(f"Revision {member.name[:12]} in the backup is damaged.")
            rev = envelope.open_envelope(data, readers)
            expected.author(rev, own_key)
            vault._record(conn, rev)
            first_seen[rev.item] = min(first_seen.get(rev.item, rev.time), rev.time)
            best = heads.get(rev.item)
            if best is None or (rev.time, rev.seq) > best:
                # Applied as it streams: the item's state is its newest revision so far, and
                # no envelope is opened twice or held.
                vault._apply(conn, rev, existed=best is not None)
                heads[rev.item] = (rev.time, rev.seq)
            if rev.kind == "attachment":
                by_blob[str(rev.payload.get("blob"))] = rev.item
        conn.executemany(
            "UPDATE items SET created = ? WHERE id = ?", [(t, i) for i, t in first_seen.items()]
        )
    blobs = []
    for file, size in files:
        item = by_blob.get(file.removesuffix(attachments.BLOB_SUFFIX))
        if item is not None:
            blobs.append((item, file, size))
    return blobs


def _write_blob(path: Path, member: backup_reader.Member, made: list[Path]) -> None:
    digest = hashlib.sha256()
    made.append(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    written = 0
    with os.fdopen(fd, "wb") as out:
        while chunk := member.handle.read(1 << 16):
            written += len(chunk)
            digest.update(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != member.name or written != member.size:
        raise IntegrityError(f"Attachment {member.name[:12]} in the backup is damaged.")


def restore_trust(vault: Vault, devices: dict[str, str]) -> None:
    """Put back the signed trust table, so that later merges from the same devices are taken
    (and a device that comes back with another key is refused) as before the backup.

    The restore already filed every device with revisions in the backup, with its chain
    state; a device the table lists without any (none does in a backup Vigil wrote)
    starts at sequence 0, as a device first seen would.
    """
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO devices (device, author_key, seq, last_hash)"
            " VALUES (?, ?, 0, '')",
            sorted(devices.items()),
        )


def forget_blob(vault: Vault, item_id: str) -> None:
    """The item's blob row, dropped before the item gets another blob (the file stays)."""
    with vault.transaction() as conn:
        conn.execute("DELETE FROM blobs WHERE item_id = ?", (item_id,))


def record_blob(vault: Vault, item_id: str, file: str, ct_sha256: str, ct_size: int) -> None:
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO blobs (item_id, file, ct_sha256, ct_size) VALUES (?, ?, ?, ?)",
            (item_id, file, ct_sha256, ct_size),
        )
