"""Opening the SQLCipher database with a raw key, and explicit transactions."""

from __future__ import annotations

import contextlib
import functools
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from vigil.crypto.errors import IntegrityError

DatabaseError = sqlcipher3.DatabaseError


def connect(path: Path, raw_key: bytes) -> Any:
    """Open (or create) the database. The key is raw: SQLCipher runs no PBKDF2 of its own,
    because the Argon2id stretching already happened when the header was unlocked."""
    # Created 0600 whatever the umask; SQLite gives the WAL and SHM files the same mode.
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher would print its own page-check failures on stderr; Vigil says it once.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        # Fails here, not later, when the key is wrong or page 1 is damaged.
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlcipher3.DatabaseError:
        conn.close()
        raise IntegrityError(
            "The vault database is damaged or does not belong to this vault header; "
            "restore it from a backup."
        ) from None
    return conn


def reads(method: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a damaged-page error into IntegrityError, and reopen the connection: SQLCipher
    refuses every later read on a connection that met a bad page, and one damaged note must
    not make the rest of the vault unreadable. ``method`` belongs to an object with
    ``_reconnect()`` and ``_lock``. The lock is held while reading: closing the connection
    (locking the vault) while another thread reads on it would crash SQLite."""

    @functools.wraps(method)
    def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            with self._lock:
                return method(self, *args, **kwargs)
        except DatabaseError:
            self._reconnect()
            raise IntegrityError(DAMAGED) from None

    return wrapper


DAMAGED = (
    "The vault database is damaged where this was stored; the rest may still be readable. "
    "Run 'vigil verify', and restore a backup if it reports damage."
)


@contextlib.contextmanager
def transaction(conn: Any, lock: threading.RLock | None = None) -> Iterator[Any]:
    """One write transaction. The lock serialises transactions of threads that share the
    connection (the app saves on the GUI thread while a worker encrypts an attachment)."""
    with lock if lock is not None else contextlib.nullcontext():
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
