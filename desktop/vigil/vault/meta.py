"""Small facts the vault keeps about itself (the ``meta`` table), and its device identity."""

from __future__ import annotations

import os
from contextlib import AbstractContextManager
from typing import Any

from vigil.vault import db


def read(conn: Any, key: str) -> str | None:
    """A meta value, inside a transaction the caller holds (``Vault.get_meta`` otherwise)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def write(conn: Any, key: str, value: str) -> None:
    """Set a meta value inside the caller's transaction, so it commits with the caller's other
    writes (``Vault.set_meta`` otherwise)."""
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


class MetaMixin:
    """Part of ``Vault``: needs ``conn``, ``transaction``, ``device`` and ``_recipients``."""

    conn: Any
    device: bytes
    _recipients: list[Any] | None

    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    @db.reads  # under the vault's lock: a lock closing the connection meanwhile crashed SQLite
    def get_meta(self, key: str) -> str | None:
        return read(self.conn, key)

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            write(conn, key, value)
        if key == "recipients":
            self._recipients = None

    def delete_meta(self, key: str) -> bool:
        """Forget a meta value; returns whether there was one."""
        with self.transaction() as conn:
            return bool(conn.execute("DELETE FROM meta WHERE key = ?", (key,)).rowcount)

    def start_new_device(self) -> None:
        """Write from now on as a new device (after a restore): same identity, new chain."""
        device = os.urandom(16)
        with self.transaction() as conn:
            write(conn, "device", device.hex())
        self.device = device
