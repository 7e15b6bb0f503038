"""Panic wipe: destroy the keys first, then everything else.

Order matters when time is short (a door being broken down, a battery pulled): the header
holds the only wrapped copies of the master key, so it goes first (overwritten with random
bytes, flushed, then removed), then any keyring entries for this vault, then the database,
envelopes, attachments, sync folders, settings and logs. After the header is gone nothing in
the folder can be decrypted, with the passphrase or the recovery key, whatever survives of
the rest (an SSD may keep old blocks; they are ciphertext under a destroyed key).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from vigil.vault.files import fsync_dir

log = logging.getLogger(__name__)


def _overwrite(path: Path) -> None:
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as handle:
            handle.write(os.urandom(size))
            os.fsync(handle.fileno())
    except OSError:
        pass
    with contextlib.suppress(OSError):
        path.unlink()


def destroy_file(path: Path) -> None:
    """Overwrite with random bytes, flush, then unlink (what the wipe does to key files)."""
    _overwrite(path)


def wipe_vault(
    vault_dir: Path,
    forget_secrets: Callable[[str], None] | None = None,
    also: tuple[Path, ...] = (),
) -> list[str]:
    """Destroy the vault in ``vault_dir``. ``forget_secrets(vault_id)`` removes keyring
    entries; ``also`` lists more files or folders to remove (settings, logs). Returns what
    could not be removed (empty when all went)."""
    header = vault_dir / "vault.header"
    vault_id = ""
    try:
        data = header.read_bytes()
        vault_id = data[12:28].hex() if len(data) >= 28 else ""
    except OSError:
        pass
    # 1. the key material
    _overwrite(header)
    for stray in vault_dir.glob(".vault.header*"):
        _overwrite(stray)
    # the escrow wrap (sync/escrow.py) is another wrapped copy of the master key
    for escrow in vault_dir.glob("*escrow.wrap*"):
        _overwrite(escrow)
    if vault_dir.exists():
        fsync_dir(vault_dir)
    if forget_secrets is not None and vault_id:
        try:
            forget_secrets(vault_id)
        except Exception as exc:  # a dead keyring must not stop the rest
            log.warning("wipe: keyring entries could not be removed (%s)", type(exc).__name__)
    # 2. the database, envelopes, attachments, sync folders
    for name in ("vault.db", "vault.db-wal", "vault.db-shm"):
        _overwrite(vault_dir / name)
    # plaintext copies opened in other programs, when they live in the vault (vault/scratch.py)
    for opened in sorted((vault_dir / ".open").rglob("*"), reverse=True):
        if opened.is_file() and not opened.is_symlink():
            _overwrite(opened)
    shutil.rmtree(vault_dir, ignore_errors=True)
    # 3. settings, caches, logs
    for extra in also:
        if extra.is_dir():
            shutil.rmtree(extra, ignore_errors=True)
        elif extra.exists():
            _overwrite(extra)
    left = [str(p) for p in (vault_dir, *also) if p.exists()]
    log.warning("vault wiped") if not left else log.warning("wipe incomplete")
    return left
