"""Key rotation: a new master key (and recovery key) for a vault, crash-safe.

``passwd`` only re-wraps the master key, so an old header (every backup holds one) and the
passphrase that was current then would open the vault for ever. A rekey makes a new master
key, rekeys the SQLCipher database to the key derived from it, wraps it for the passphrase
and a new recovery key, and re-wraps the identity: the old header, with the old passphrase
or the old recovery key, then opens nothing written after.

Three steps, each of which a crash may interrupt (docs/formats.md §4.7):

1. ``vault.header.pending`` is written (atomically): the new header, then the new master key
   sealed under a key derived from the old master key.
2. The database is rekeyed (SQLCipher rewrites every page in one transaction: it is under the
   old key or the new one, never half).
3. The new header replaces ``vault.header``; the pending file is removed.

``settle`` runs at every unlock while a pending file exists and finishes or forgets it: if the
database still opens with the old key, step 2 never happened and the pending file goes; if it
opens only with the new key, the new header is put in place. Either old or new secrets unlock.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vigil.crypto import keys, recovery
from vigil.crypto.errors import IntegrityError, VigilError, WrongPassphrase
from vigil.crypto.header import EXT_HEADER_LEN, HEADER_LEN, Header
from vigil.crypto.kdf import KdfParams
from vigil.vault import db, layout, mark
from vigil.vault.files import atomic_write, fsync_dir, remove_quietly

if TYPE_CHECKING:
    from vigil.vault.store import Vault

log = logging.getLogger(__name__)

_LABEL = b"vigil/v1/rekey-pending"
_SEALED_LEN = 12 + 32 + 16


def _pending_key(old_vmk: bytes, vault_id: bytes) -> bytes:
    return keys.hkdf(old_vmk, vault_id, _LABEL)


def db_key(vmk: bytes, header: Header) -> bytes:
    return keys.hkdf(vmk, header.vault_id, keys.LABEL_SQLCIPHER)


def change_passphrase(vault: Vault, new: bytes) -> None:
    """The passphrase only: the master key is re-wrapped, nothing else changes. Settings above
    the restore ceiling (an older Vigil's explicit init) are replaced by today's calibration."""
    from vigil.crypto.kdf import calibrate

    vault.change_passphrase(new, kdf=None if vault.header.kdf.check_restorable() is None
                            else calibrate())  # fmt: skip


def rotate_recovery(vault: Vault, passphrase: bytes) -> str:
    """A new master key and recovery key, the passphrase kept; return the recovery key."""
    from vigil.crypto.kdf import calibrate

    kdf = vault.header.kdf if vault.header.kdf.check_restorable() is None else calibrate()
    return vault.rekey(passphrase, kdf)


def pending_path(path: Path) -> Path:
    return path / layout.PENDING_HEADER


def read_pending(path: Path) -> tuple[Header, bytes] | None:
    """The pending header and the sealed new master key, or None when there is none."""
    try:
        data = pending_path(path).read_bytes()
    except FileNotFoundError:
        return None
    size = len(data) - _SEALED_LEN  # the header with or without its hybrid extension
    if size not in (HEADER_LEN, EXT_HEADER_LEN):
        raise IntegrityError(
            f"{pending_path(path)} is damaged; unlock with the old passphrase or recovery key."
        )
    return Header.from_bytes(data[:size]), data[size:]


def _opens(path: Path, key: bytes) -> bool:
    try:
        conn = db.connect(path / layout.DB, key)
    except IntegrityError:
        return False
    conn.close()
    return True


def settle(path: Path, header: Header, vmk: bytes) -> tuple[Header, bytes]:
    """Finish or forget an interrupted rekey, given the header that unlocked and its master
    key; return the header and master key that open the database now."""
    pending = read_pending(path)
    if pending is None:
        return header, vmk
    new_header, sealed = pending
    if _opens(path, db_key(vmk, header)):
        if header.to_bytes() == new_header.to_bytes():
            _commit(path, new_header)  # step 2 done, step 3 interrupted
        else:
            log.info("an interrupted rekey never reached the database; its new header is dropped")
            remove_quietly(pending_path(path))
            fsync_dir(path)
        return header, vmk
    if header.to_bytes() == new_header.to_bytes():
        raise WrongPassphrase(
            "A change of keys was interrupted before it took effect: unlock with the old "
            "passphrase or recovery key."
        )
    try:
        new_vmk = AESGCM(_pending_key(vmk, header.vault_id)).decrypt(
            sealed[:12], sealed[12:], new_header.to_bytes()
        )
    except InvalidTag:
        return header, vmk  # not this rekey's: let the unlock report what it finds
    if not _opens(path, db_key(new_vmk, new_header)):
        return header, vmk
    _commit(path, new_header)
    return new_header, new_vmk


def pending_header(path: Path) -> Header | None:
    """For an unlock with the *new* secrets of a rekey that did not finish."""
    found = read_pending(path)
    return found[0] if found else None


def _commit(path: Path, header: Header) -> None:
    atomic_write(path / layout.HEADER, header.to_bytes())
    remove_quietly(pending_path(path))
    fsync_dir(path)
    log.info("finished an interrupted rekey")


# A test stops the rekey after a step, as a crash would.
_after_step: list[int] = []


def _step(number: int) -> None:
    if number in _after_step:
        raise _Crash(number)


RETIRED_IDENTITIES = "retired_identities"  # meta key: JSON list of 64- or 96-byte identities, hex


class _Crash(BaseException):
    """Only for tests: the process died after ``number``."""


def retire(vault: Vault, identity: keys.Identity) -> None:
    known = [i.to_bytes().hex() for i in vault.retired_identities()]
    if identity.to_bytes().hex() not in known:
        vault.set_meta(RETIRED_IDENTITIES, json.dumps([*known, identity.to_bytes().hex()]))
    vault._age_identities = None


def rekey(
    vault: Vault,
    passphrase: bytes,
    kdf: KdfParams,
    new_identity: keys.Identity | None = None,
) -> str:
    """Give ``vault`` (an open Vault) a new master key and recovery key; return the recovery
    key, which is never stored. ``passphrase`` is the one the new header opens with."""
    problem = kdf.check_restorable()
    if problem:
        raise VigilError(f"Those passphrase settings are refused: {problem}.")
    path, old = vault.path, vault.header
    old_vmk = vault.master_key_for_keyring()
    identity = new_identity or vault.identity
    new_vmk = keys.new_vmk()
    secret = recovery.new_secret()
    header = old.with_new_keys(passphrase, secret, new_vmk, identity, kdf=kdf)
    nonce = os.urandom(12)
    sealed = nonce + AESGCM(_pending_key(old_vmk, old.vault_id)).encrypt(
        nonce, new_vmk, header.to_bytes()
    )
    atomic_write(pending_path(path), header.to_bytes() + sealed)
    _step(1)
    if new_identity is not None:
        # Before the database rekey, so it is durable with it: the old identity stays to read
        # what was encrypted to it, and the new keys write as a new device (a device's chain
        # is signed by one key). After a crash before step 2 this is harmless: the retired
        # list then holds the identity still in use, and the device starts a new chain.
        retire(vault, vault.identity)
        vault.start_new_device()
    with vault._lock:
        conn = vault.conn
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA rekey = \"x'{db_key(new_vmk, header).hex()}'\"")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        vault._vmk = new_vmk
        vault.header = header
        vault.identity = identity
        vault._age_identities = None
        vault._recipients = None
        vault._mark_key = mark.mark_key(new_vmk, header.vault_id)
    _step(2)
    _commit(path, header)
    # the high-water mark under the new key (a crash before this: logged once, then rewritten)
    mark.write(path, vault._mark_key, header.vault_id, mark.db_generation(vault.conn))
    from vigil.vault import hybrid

    hybrid.settle(vault)  # a new identity's hybrid key is the one the database remembers
    hybrid.remember_recovery(vault, secret)
    return recovery.format_key(secret)
