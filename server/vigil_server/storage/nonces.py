"""Single-use nonces the server hands out for a client to sign (device challenges in
storage/auth.py, HQ proofs in storage/hq_proof.py).

Only the nonce's hash is stored, so a copy of the database cannot answer a live challenge.
Spending marks the row used before anything else is checked, and the caller commits that
before checking the signature: each nonce can be tried once.
"""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import Connection, RowMapping, Table, select, update

from vigil_server.errors import ApiError
from vigil_server.wire import b64url, sha256_hex


def issue(conn: Connection, table: Table, **columns: Any) -> str:
    """Store a fresh nonce's hash with ``columns`` in ``table``; return the nonce."""
    nonce = b64url(secrets.token_bytes(32))
    conn.execute(table.insert().values(nonce_hash=sha256_hex(nonce.encode()), **columns))
    return nonce


def find(conn: Connection, table: Table, nonce: str) -> RowMapping | None:
    """The row issued for ``nonce``, used or not, or None."""
    nonce_hash = sha256_hex(nonce.encode())
    return (
        conn.execute(select(table).where(table.c.nonce_hash == nonce_hash)).mappings().one_or_none()
    )


def spend(conn: Connection, table: Table, row: RowMapping, now: int) -> None:
    """Mark ``row`` (from ``find``) used; raise if it was used already or has expired."""
    used = conn.execute(
        update(table)
        .where(table.c.nonce_hash == row["nonce_hash"], table.c.used_at.is_(None))
        .values(used_at=now)
    )
    if used.rowcount != 1:
        raise ApiError(401, "challenge_used", "This challenge has already been used.")
    if row["expires_at"] <= now:
        raise ApiError(401, "challenge_expired", "This challenge has expired; ask for a new one.")
