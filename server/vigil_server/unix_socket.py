"""``run --unix PATH``: listen on a unix socket where the proxy forwards (behind nginx).

Who may connect is decided by the socket's permissions: 0660 for the socket's group (give
it to the proxy's user), or 0600 for the server's own user. The socket is created under a
umask that lets nobody else in, then given its mode, so there is no moment when others could
connect. An existing path is replaced only when it is a socket nobody is listening on (left
by a server that was killed); any other file stays where it is and ``run`` refuses.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import stat
from pathlib import Path


def listen_unix(path: Path, mode: int, backlog: int) -> tuple[socket.socket, int]:
    """The listening socket, and the inode of its path (for ``remove``)."""
    path = path.expanduser().absolute()
    if not path.parent.is_dir():
        raise ValueError(f"--unix: the folder {path.parent} does not exist")
    _clear_stale(path)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    old = os.umask(0o177)  # owner read/write only, until chmod below
    try:
        sock.bind(str(path))
    except OSError as exc:
        sock.close()
        raise ValueError(f"--unix: cannot listen on {path}: {exc.strerror or exc}") from None
    finally:
        os.umask(old)
    os.chmod(path, mode)
    sock.listen(backlog)
    return sock, path.lstat().st_ino


def _clear_stale(path: Path) -> None:
    try:
        found = path.lstat()
    except FileNotFoundError:
        return
    if not stat.S_ISSOCK(found.st_mode):
        raise ValueError(f"--unix: {path} exists and is not a socket; it was left alone")
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
        probe.settimeout(2)
        try:
            probe.connect(str(path))
        except (ConnectionRefusedError, FileNotFoundError):
            pass  # nobody listens: a socket left by a server that did not shut down
        except OSError as exc:
            raise ValueError(f"--unix: {path} cannot be checked: {exc.strerror or exc}") from None
        else:
            raise ValueError(f"--unix: another server is listening on {path}")
    path.unlink(missing_ok=True)


def remove(path: Path, inode: int) -> None:
    """Remove the socket this process made when it stops, unless another server has since
    replaced it (the path then names another inode)."""
    path = path.expanduser().absolute()
    with contextlib.suppress(OSError):
        found = path.lstat()
        if stat.S_ISSOCK(found.st_mode) and found.st_ino == inode:
            path.unlink()


def remove_on_exit(path: Path, inode: int) -> None:
    """Remove the socket when the process ends: at a normal exit, and on SIGTERM, which
    uvicorn raises again once it has shut down (the default action ends the process without
    running ``finally`` blocks or exit handlers)."""
    atexit.register(remove, path, inode)

    def on_term(signum: int, _frame: object) -> None:
        remove(path, inode)
        signal.signal(signum, signal.SIG_DFL)
        signal.raise_signal(signum)

    signal.signal(signal.SIGTERM, on_term)
