"""The vault's quarantine folder: what Vigil refused or could not place, kept as it came.

Vigil deletes nothing it did not make and no one asked it to delete. A file that came from
outside and was refused (an envelope in the inbox that failed any check) is evidence of who
sent what, and may be wanted later; it is moved here, named in the integrity log, and removed
only by a wipe. Never through a link: both the file and the folders are checked.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from vigil.vault import layout
from vigil.vault.files import atomic_write, fsync_dir, vault_subdir


def folder(vault_dir: Path, part: str) -> Path:
    """``quarantine/<part>/`` inside the vault, made if missing (a link there is refused)."""
    vault_subdir(vault_dir, layout.QUARANTINE)
    return vault_subdir(vault_dir / layout.QUARANTINE, part)


def keep_bytes(vault_dir: Path, name: str, data: bytes, part: str) -> Path:
    """Write ``data`` that was held elsewhere (a database row) as ``quarantine/<part>/<name>``,
    beside what is already kept there, never over it."""
    target_dir = folder(vault_dir, part)
    target = _free(target_dir, name)
    atomic_write(target, data)
    return target


def _free(target_dir: Path, name: str) -> Path:
    target = target_dir / name
    n = 1
    while target.exists():
        target = target_dir / f"{name}.{n}"
        n += 1
    return target


def keep(vault_dir: Path, path: Path, part: str) -> Path:
    """Move ``path`` (a file inside the vault folder) into ``quarantine/<part>/``; never
    overwrite what is already kept there. Returns where it now is."""
    if stat.S_ISLNK(os.lstat(path).st_mode):
        raise OSError(f"{path.name} is a link; Vigil does not follow it")
    target_dir = folder(vault_dir, part)
    target = _free(target_dir, path.name)
    os.replace(path, target)
    fsync_dir(target_dir)
    return target
