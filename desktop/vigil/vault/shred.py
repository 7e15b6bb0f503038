"""Overwrite-then-remove, for one file or one folder of Vigil's own, never through a link.

Files are overwritten with random bytes in fixed-size chunks (memory stays flat for a 1 GiB
database), flushed, then unlinked. A symlink is removed as a link: its target is never opened
(O_NOFOLLOW, lstat). A file with more than one name is overwritten only when the caller says
its content must not survive under another name (the wrapped keys); otherwise only this name
goes, because the other name may be someone else's file.

On an SSD or a journalling file system old blocks may survive an overwrite; that is why the
wipe destroys the keys first (docs/threat-model.md): what survives is ciphertext under a key
that no longer exists.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

CHUNK = 1024 * 1024
# Never through a link; and never blocking on a fifo planted where a file is expected.
_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def overwrite(path: Path, even_if_linked: bool = False) -> None:
    """Overwrite a regular file in place with random bytes, in CHUNK pieces, and flush.
    Raises OSError. A symlink raises (ELOOP) and is not followed."""
    fd = os.open(path, os.O_WRONLY | _FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return  # a fifo or device node: nothing of ours is stored in it
        if info.st_nlink > 1 and not even_if_linked:
            return
        left = info.st_size
        while left > 0:
            chunk = os.urandom(min(CHUNK, left))
            view = memoryview(chunk)
            while view:
                view = view[os.write(fd, view) :]
            left -= len(chunk)
        os.fsync(fd)
    finally:
        os.close(fd)


def destroy_file(path: Path, even_if_linked: bool = False) -> None:
    """Overwrite (when a regular file) and unlink; a symlink is unlinked without being
    followed. Raises OSError (FileNotFoundError when there was nothing)."""
    info = os.lstat(path)
    if stat.S_ISREG(info.st_mode):
        overwrite(path, even_if_linked)
    os.unlink(path)


def destroy_quietly(path: Path, even_if_linked: bool = False) -> bool:
    """``destroy_file`` that says False instead of raising; a missing file counts as gone."""
    try:
        destroy_file(path, even_if_linked)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True


@dataclass
class Shredded:
    files: int = 0  # regular files overwritten and removed
    left: list[Path] = field(default_factory=list)  # what could not be removed


def destroy_tree(root: Path, done: Shredded | None = None) -> Shredded:
    """Destroy every file below ``root`` (a folder of Vigil's own) and the folders; a link
    is removed, never entered. Each file on its own: one failure does not stop the rest."""
    done = done if done is not None else Shredded()
    try:
        info = os.lstat(root)
    except FileNotFoundError:
        return done
    if not stat.S_ISDIR(info.st_mode):
        if destroy_quietly(root):
            done.files += stat.S_ISREG(info.st_mode)
        else:
            done.left.append(root)
        return done
    try:
        names = sorted(os.listdir(root))
    except OSError:
        done.left.append(root)
        return done
    for name in names:
        destroy_tree(root / name, done)
    try:
        os.rmdir(root)
    except FileNotFoundError:
        pass
    except OSError:
        done.left.append(root)
    return done
