"""The alerts tables in the vault's own database (schema 6): notes received and the alert keys.

The one module that writes SQL on ``alerts`` and ``alert_keys`` (tests/test_architecture.py
holds every other module to that), as appeals/store.py does for the appeals tables. It stores
and reads; deciding what a note may change is alerts/inbox.py's job.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vigil.alerts import note
from vigil.vault.items import now

if TYPE_CHECKING:
    from vigil.vault.store import Vault


@dataclass(frozen=True)
class KeyChange:
    """One alert key to trust or retire; ``age`` stays as stored when ``None``."""

    key: bytes
    role: str  # "hq" or "field"
    device: str | None
    age: str | None
    status: str  # "trusted" or "retired"
    age_pq: str | None = None  # the hybrid age key, likewise kept when None


class AlertStore:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    # -- keys ---------------------------------------------------------------------------------

    def hq_keys(self) -> list[tuple[bytes, str]]:
        """(key, status) of the HQ alert keys rotations introduced or retired."""
        rows = self.vault.query("SELECT key, status FROM alert_keys WHERE role = 'hq'")
        return [(base64.b64decode(k), str(s)) for k, s in rows]

    def field_keys(self) -> dict[str, tuple[bytes, str]]:
        """HQ desk: device id -> (signing key, age recipient) pinned from its signed notes."""
        rows = self.vault.query(
            "SELECT device, key, age FROM alert_keys WHERE role = 'field' AND status = 'trusted'"
        )
        return {str(d): (base64.b64decode(k), a or "") for d, k, a in rows}

    def field_hybrid_keys(self) -> dict[str, str]:
        """HQ desk: device id -> the hybrid age recipient it announced, for those that did."""
        rows = self.vault.query(
            "SELECT device, age_pq FROM alert_keys WHERE role = 'field' AND status = 'trusted'"
            " AND age_pq IS NOT NULL"
        )
        return {str(d): str(a) for d, a in rows}

    def device_keys(self, device: str) -> list[bytes]:
        """Every signing key pinned for one field device, trusted or retired."""
        rows = self.vault.query(
            "SELECT key FROM alert_keys WHERE role = 'field' AND device = ?", (device,)
        )
        return [base64.b64decode(k) for (k,) in rows]

    def set_keys(self, changes: Iterable[KeyChange]) -> None:
        """All the changes in one transaction: a rotation retires and trusts together."""
        with self.vault.transaction() as conn:
            for c in changes:
                conn.execute(
                    "INSERT INTO alert_keys (key, role, device, age, status, added, age_pq)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
                    " status = excluded.status, age = COALESCE(excluded.age, alert_keys.age),"
                    " age_pq = COALESCE(excluded.age_pq, alert_keys.age_pq)",
                    (
                        base64.b64encode(c.key).decode(),
                        c.role,
                        c.device,
                        c.age,
                        c.status,
                        now(),
                        c.age_pq,
                    ),
                )

    # -- notes --------------------------------------------------------------------------------

    def add(self, n: note.Note, payload: dict[str, Any], data: bytes, outcome: str) -> None:
        """Keep a verified note (a note already kept stays as it was)."""
        read = 1 if n.kind in ("device-keys", "key-rotation", "hq-root") else 0
        with self.vault.transaction() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO alerts (id, kind, sender, key_id, seq, issued, expires,"
                " received, payload, note, read, outcome) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (n.note_id, n.kind, n.sender, n.key_id, n.seq, note.fmt_time(n.issued),
                 note.fmt_time(n.expires), now(), json.dumps(payload, ensure_ascii=False), data,
                 read, outcome),
            )  # fmt: skip

    def rows(self, unread_only: bool = False) -> list[dict[str, Any]]:
        """The notes kept, newest first, as the CLI and the app show them."""
        sql = (
            "SELECT id, kind, sender, seq, issued, expires, received, payload, read, outcome"
            " FROM alerts"
        )
        if unread_only:
            sql += " WHERE read = 0"
        return [
            {"id": r[0], "kind": r[1], "from": r[2], "seq": r[3], "issued": r[4],
             "expires": r[5], "received": r[6], "payload": json.loads(r[7]),
             "read": bool(r[8]), "outcome": r[9]}
            for r in self.vault.query(sql + " ORDER BY received DESC, seq DESC")
        ]  # fmt: skip

    def mark_read(self, ids: list[str] | None = None) -> int:
        """Mark the named notes (every unread one when ``None``) read; how many changed."""
        with self.vault.transaction() as conn:
            if ids is None:
                done = conn.execute("UPDATE alerts SET read = 1 WHERE read = 0")
            else:
                done = conn.executemany(
                    "UPDATE alerts SET read = 1 WHERE id = ?", [(i,) for i in ids]
                )
        return int(done.rowcount or 0)

    def unread_by_kind(self) -> dict[str, int]:
        rows = self.vault.query("SELECT kind, COUNT(*) FROM alerts WHERE read = 0 GROUP BY kind")
        return {str(k): int(n) for k, n in rows}
