"""The high-water mark: notices an older copy of ``vault.db`` put back (docs/formats.md §3.4).

The database keeps a generation counter (``meta`` key ``generation``) that grows at every unlock
and every save. The same number is kept outside the database, in ``vault.mark``, authenticated
with a key derived from the vault's master key, so only someone who can open the vault can
write a mark that the vault accepts. At unlock:

- database generation = mark: the expected case; both move on by one.
- database ahead of the mark: a crash between the database commit and the mark's rewrite; the
  mark catches up.
- database behind the mark: an older copy of the database was put back. What was saved after
  that copy is not in it (and its attachments would look unreferenced). The unlock is refused,
  naming it, with nothing changed or deleted; ``vigil verify --accept-older-database`` accepts
  the copy (logged in the integrity log) and the mark follows it from then on.
- no mark, or one that is not this vault's (wrong key or damaged): a new one is written, and
  the integrity log says so when the database had counted before (a new, restored or older
  vault's database is at 0: nothing to compare).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
from pathlib import Path
from typing import Any

from vigil.crypto import keys
from vigil.crypto.errors import IntegrityError
from vigil.vault import db, layout
from vigil.vault.files import atomic_write
from vigil.vault.merge import log_integrity

log = logging.getLogger(__name__)

LABEL_MARK = b"vigil/v1/high-water-mark"
VERSION = 1
META_KEY = "generation"
_MAX_BYTES = 4096


class OlderDatabase(IntegrityError):
    """The database is older than the vault's last use: refused, nothing changed."""


def _mac(key: bytes, vault_id: bytes, generation: int) -> str:
    message = b"vigil-mark/v1\n" + vault_id + generation.to_bytes(8, "big")
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def mark_key(vmk: bytes, vault_id: bytes) -> bytes:
    return keys.hkdf(vmk, vault_id, LABEL_MARK)


def read(vault_dir: Path, key: bytes, vault_id: bytes) -> int | None:
    """The generation in ``vault.mark``, or None when it is missing or not this vault's."""
    try:
        with open(vault_dir / layout.MARK, "rb") as handle:
            raw: Any = json.loads(handle.read(_MAX_BYTES))
    except (OSError, ValueError):
        return None
    if not isinstance(raw, dict) or raw.get("v") != VERSION:
        return None
    generation, mac = raw.get("generation"), raw.get("mac")
    if type(generation) is not int or not 0 <= generation < 2**63 or not isinstance(mac, str):
        return None
    if not hmac.compare_digest(mac, _mac(key, vault_id, generation)):
        return None
    return generation


def write(
    vault_dir: Path, key: bytes, vault_id: bytes, generation: int, durable: bool = True
) -> None:
    """``durable=False`` (after each save) skips the flushes: a mark that a crash leaves
    behind or unreadable only lags the database, which is safe (it is rewritten at unlock);
    a save should not pay two more fsyncs for it."""
    body = {"v": VERSION, "generation": generation, "mac": _mac(key, vault_id, generation)}
    data = json.dumps(body).encode()
    if durable:
        atomic_write(vault_dir / layout.MARK, data)
        return
    tmp = vault_dir / f".{layout.MARK}.tmp"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)
    os.replace(tmp, vault_dir / layout.MARK)


def db_generation(conn: Any) -> int:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    try:
        return int(row[0]) if row else 0
    except ValueError:
        return 0


def bump(conn: Any) -> int:
    """Inside an open transaction: the database's generation plus one."""
    generation = db_generation(conn) + 1
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (META_KEY, str(generation)),
    )
    return generation


def check_at_unlock(
    vault_dir: Path, conn: Any, lock: Any, key: bytes, vault_id: bytes, accept_older: bool
) -> None:
    """Compare the database with the mark (see the module docstring); then move both on."""
    with db.transaction(conn, lock) as tx:  # one unlock at a time (another process may too)
        ours = db_generation(tx)
        marked = read(vault_dir, key, vault_id)  # a mark only ever lags its commit
        older = marked is not None and ours < marked
        if marked is None and ours > 0:
            log_integrity(
                tx, "mark-missing",
                "vault.mark was missing or not this vault's; a new one was written",
            )  # fmt: skip
        elif older:
            if not accept_older:
                raise OlderDatabase(
                    f"The vault database {vault_dir / layout.DB} is older than this vault's last "
                    f"use (it is at generation {ours}, the vault had reached {marked}): an older "
                    "copy was put back, and what was saved after it is not in it. Nothing was "
                    "changed or deleted. Put the newer vault.db back if you have it; to go on "
                    "with this copy, run 'vigil verify --accept-older-database'."
                )
            log_integrity(
                tx, "older-database-accepted",
                f"an older vault.db (generation {ours}, the vault had reached {marked}) was "
                "accepted by the person",
            )  # fmt: skip
        generation = bump(tx)
        if older and marked is not None:
            generation = marked + 1  # the accepted copy goes on from above the old mark
            tx.execute(
                "UPDATE meta SET value = ? WHERE key = ?", (str(generation), META_KEY)
            )
    write(vault_dir, key, vault_id, generation)


def advance(vault_dir: Path, key: bytes, vault_id: bytes, generation: int) -> None:
    """After a committed save: the mark follows the database."""
    write(vault_dir, key, vault_id, generation, durable=False)
