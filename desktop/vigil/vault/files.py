"""Private folders and crash-safe files.

Every folder Vigil makes is 0700 and every file 0600, whatever the umask. A file is written
to a temporary name beside its target, flushed to disk, then renamed over it, and the folder
is flushed too, so that a crash leaves either the old file or the new one, never half of one.

Two ways to write, by who owns the folder:
- ``atomic_write``: Vigil's own declared files (vault folder, settings). The temporary name is
  the fixed ``.NAME.tmp`` that vault/layout.py declares, so a crash leftover is recognised.
- ``written_aside`` / ``save_beside``: a path the person chose (exports, backups, letters).
  Nothing there is Vigil's, so the temporary file gets a fresh random name made with O_EXCL:
  it can never be a file the person already had, and a failure removes only that file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import platformdirs

from vigil.crypto.errors import IntegrityError

ENV_VAULT = "VIGIL_VAULT"


def default_vault_dir() -> Path:
    env = os.environ.get(ENV_VAULT)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir("vigil", appauthor=False)) / "vault"


def default_log_dir() -> Path:
    env = os.environ.get("VIGIL_LOG_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_log_dir("vigil", appauthor=False))


def default_config_dir() -> Path:
    env = os.environ.get("VIGIL_CONFIG_DIR")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir("vigil", appauthor=False))


def own_folders() -> tuple[Path, ...]:
    """The folders Vigil makes for itself at the platform's default places, innermost first.
    A wipe removes those that held what it destroyed when they are left empty (an empty
    "vigil" folder says Vigil was here); a folder the person chose (an option or a VIGIL_*
    variable) is theirs and stays, even empty."""
    data = Path(platformdirs.user_data_dir("vigil", appauthor=False))
    logs = Path(platformdirs.user_log_dir("vigil", appauthor=False))
    config = Path(platformdirs.user_config_dir("vigil", appauthor=False))
    # Linux keeps logs in .../vigil/log and Windows in ...\vigil\Logs: that "vigil" is ours too
    parents = (logs.parent,) if logs.parent.name == "vigil" else ()
    return (data, logs, *parents, config)


def safe_mkdir(path: Path) -> Path:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


class LinkedFolder(IntegrityError):
    """A folder inside the vault is a symbolic link: someone pointed Vigil elsewhere."""


def vault_subdir(parent: Path, name: str) -> Path:
    """The folder ``parent/name`` inside a vault, made 0700 if missing. A link in its place is
    refused, never followed: reading an inbox or writing an outbox through one would take
    envelopes from, or put them in, a folder the person never chose."""
    path = parent / name
    with contextlib.suppress(FileExistsError):
        os.mkdir(path, 0o700)
    real_subdir(path)
    os.chmod(path, 0o700)
    return path


def real_subdir(path: Path) -> bool:
    """Whether the folder ``path`` inside a vault exists; a link or a file in its place
    raises ``LinkedFolder``."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return False
    if not stat.S_ISDIR(mode):  # lstat: a link to a folder is a link, not a folder
        raise LinkedFolder(
            f"The vault's {path.name} folder is a link or not a folder; Vigil does not follow "
            f"links inside a vault. Move it away and Vigil makes the folder again."
        )
    return True


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace one of Vigil's own files (see the module note; a person's path takes
    ``save_beside``). O_NOFOLLOW: a link planted at the temporary name is refused, not
    followed to write somewhere else."""
    tmp = path.with_name(f".{path.name}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        os.fchmod(fd, 0o600)
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)


# Room for the random part and suffix within a 255-byte file name.
_ASIDE_STEM = 150


@contextlib.contextmanager
def written_aside(target: Path) -> Iterator[BinaryIO]:
    """Yield a new private file beside ``target``; when the block ends without error it is
    flushed and renamed over ``target``. On any error, only the file made here is removed."""
    stem = target.name.encode()[:_ASIDE_STEM].decode(errors="ignore")
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{stem}.", suffix=".partial")
    partial = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        remove_quietly(partial)
        raise
    fsync_dir(target.parent)


def save_beside(target: Path, data: bytes) -> None:
    """Write ``data`` to a path the person chose, crash-safely (``written_aside``)."""
    with written_aside(target) as handle:
        handle.write(data)


LOCK_FILE = ".lock"  # the vault's own is layout.LOCK


@contextlib.contextmanager
def folder_lock(folder: Path, exclusive: bool, wait: bool) -> Iterator[bool]:
    """An advisory lock on ``folder/.lock``; yields whether it is held. Where the platform
    has no flock (Windows), yields True: one process per vault is the rule there."""
    try:
        import fcntl
    except ImportError:
        yield True
        return
    fd = os.open(folder / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        flags = fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH
        try:
            fcntl.flock(fd, flags if wait else flags | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
