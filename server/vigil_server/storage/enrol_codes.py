"""Listing and revoking enrolment codes (an unspent admin code is the key to becoming HQ).

Only the hash of a code's secret is stored; a code is named by the first 16 hex digits of
that hash, which the person who holds the code can compute and nobody else can use.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select, update

from vigil_server.storage.tables import enrol_codes

ID_LEN = 16


@dataclass(frozen=True)
class CodeInfo:
    id: str
    kind: str
    role: str
    label: str | None
    created_at: int
    expires_at: int
    used_at: int | None
    revoked_at: int | None

    def state(self, now: int) -> str:
        if self.revoked_at is not None:
            return "revoked"
        if self.used_at is not None:
            return "used"
        return "expired" if self.expires_at <= now else "unused"


def list_codes(conn: Connection, org_id: str) -> list[CodeInfo]:
    rows = conn.execute(
        select(enrol_codes)
        .where(enrol_codes.c.org_id == org_id)
        .order_by(enrol_codes.c.created_at, enrol_codes.c.secret_hash)
    ).mappings()
    return [
        CodeInfo(
            row["secret_hash"][:ID_LEN],
            row["kind"],
            row["role"],
            row["label"],
            row["created_at"],
            row["expires_at"],
            row["used_at"],
            row["revoked_at"],
        )
        for row in rows
    ]


def revoke(conn: Connection, org_id: str, code_id: str, now: int) -> str | None:
    """Revoke an unspent code; its state afterwards ("revoked", or "used" when it was spent
    already), or None when no code has this id."""
    if len(code_id) != ID_LEN or any(c not in "0123456789abcdef" for c in code_id):
        return None
    where = (enrol_codes.c.org_id == org_id, enrol_codes.c.secret_hash.startswith(code_id))
    conn.execute(
        update(enrol_codes)
        .where(*where, enrol_codes.c.used_at.is_(None), enrol_codes.c.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    for code in list_codes(conn, org_id):
        if code.id == code_id:
            return code.state(now)
    return None
