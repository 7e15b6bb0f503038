"""A private folder for "Open in another program": the only place Vigil writes a decrypted
attachment on its own (after a warning), and wipes again on lock, on exit and at the next start.

Where: under ``$XDG_RUNTIME_DIR`` when it is a private folder of ours (a tmpfs on Linux: never
on disk, gone at logout), else a folder inside the vault directory (so it goes with a panic
wipe). Never the shared temp folder, where other users and indexers look. The folder and each
open's subfolder are 0700, files 0600; a folder that is a symlink, someone else's, or readable
by others is refused.

Wiping overwrites each file with random bytes before unlinking it. On an SSD or a journalling
file system old blocks may survive the overwrite; the tmpfs case has no blocks at all. What the
other program does with the file (recent lists, thumbnails, autosave) is beyond Vigil: the app
says so before it writes anything.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import secrets
import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from vigil.crypto.errors import VigilError
from vigil.vault import layout
from vigil.vault.shred import Shredded, destroy_quietly, destroy_tree

log = logging.getLogger(__name__)
IN_VAULT = layout.OPEN_COPIES
_UNSAFE = re.compile(r"[\x00-\x1f/\\:*?\"<>|]")


class ScratchUnsafe(VigilError):
    pass


def _private_dir(path: Path) -> bool:
    try:
        info = path.lstat()
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and stat.S_IMODE(info.st_mode) & 0o077 == 0
    )


def scratch_root(vault_dir: Path) -> Path:
    """The folder for this vault's opened copies (not created here)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and os.path.isabs(runtime) and _private_dir(Path(runtime)):
        # One folder per vault, named by a hash of its path (not the vault id: nothing to link).
        tag = hashlib.sha256(str(vault_dir.resolve()).encode()).hexdigest()[:16]
        return Path(runtime) / f"vigil-open-{tag}"
    return vault_dir / IN_VAULT


def _ensure_private(folder: Path) -> None:
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700)
    if not _private_dir(folder):
        raise ScratchUnsafe(
            f"The folder {folder} is not private to this user (or is a link); nothing was "
            "decrypted into it."
        )


def safe_name(name: str) -> str:
    """The file's own name, without folders or characters other programs trip over."""
    base = _UNSAFE.sub("_", name.replace("\\", "/").rsplit("/", 1)[-1]).strip().lstrip(".")
    return base[:120] or "attachment"


def write_copy(vault_dir: Path, name: str, fill: Callable[[BinaryIO], object]) -> Path:
    """Make a private subfolder, write ``name`` there with ``fill(handle)``, return its path.
    A failed write leaves nothing behind."""
    root = scratch_root(vault_dir)
    _ensure_private(root)
    folder = root / secrets.token_hex(8)  # each open its own folder: same names never clash
    folder.mkdir(mode=0o700)
    path = folder / safe_name(name)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            fill(handle)
    except BaseException:
        destroy_quietly(path)
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return path


def wipe(vault_dir: Path) -> Shredded:
    """Overwrite and remove every opened copy of this vault; say how many files went and what
    could not be removed. Safe to call when there is nothing (at every start, lock and exit).
    A link in place of the folder or of a file is removed, never followed."""
    done = Shredded()
    for root in {scratch_root(vault_dir), vault_dir / IN_VAULT}:
        destroy_tree(root, done)
    if done.files:
        log.info("wiped %d opened copies", done.files)
    if done.left:
        log.warning("%d opened copies could not be removed", len(done.left))
    return done
