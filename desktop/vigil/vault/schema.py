"""The database schema and its migrations.

The schema version lives in SQLite's ``user_version``. Each migration is a list of
statements applied in one transaction; a vault opened by an older Vigil than its schema is
refused rather than guessed at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from vigil.crypto.errors import VigilError
from vigil.vault import search
from vigil.vault.db import transaction

Step = str | Callable[[Any], None]

MIGRATIONS: list[list[Step]] = [
    [
        """CREATE TABLE items (
            rowid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            case_id TEXT,
            head TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            payload TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
        "CREATE INDEX items_by_case ON items(case_id, kind)",
        "CREATE INDEX items_by_kind ON items(kind, deleted)",
        """CREATE TABLE revisions (
            id TEXT PRIMARY KEY,
            item_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            parents TEXT NOT NULL,
            device TEXT NOT NULL,
            seq INTEGER NOT NULL,
            time TEXT NOT NULL,
            envelope BLOB NOT NULL
        )""",
        "CREATE INDEX revisions_by_item ON revisions(item_id)",
        "CREATE UNIQUE INDEX revisions_by_device_seq ON revisions(device, seq)",
        """CREATE TABLE devices (
            device TEXT PRIMARY KEY,
            author_key TEXT NOT NULL,
            seq INTEGER NOT NULL,
            last_hash TEXT NOT NULL
        )""",
        """CREATE TABLE blobs (
            item_id TEXT PRIMARY KEY,
            file TEXT NOT NULL UNIQUE,
            ct_sha256 TEXT NOT NULL,
            ct_size INTEGER NOT NULL
        )""",
        """CREATE VIRTUAL TABLE search USING fts5(
            title, body,
            tokenize = "unicode61 remove_diacritics 2"
        )""",
    ],
    [
        # Which device this copy of the vault writes as. Absent: the header's device id.
        # A restored vault gets a fresh one, so that it and the old laptop never fork a chain.
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ],
    [
        # A contentless index (no third copy of every text) and a listing index, so that the
        # first page of cases is read without sorting them all.
        "DROP TABLE search",
        search.CREATE_TABLE,
        search.reindex,
        "CREATE INDEX items_list ON items(kind, deleted, created, rowid)",
    ],
    [
        # Sync: which revisions reached the server; sibling heads a person must resolve;
        # revisions waiting for a missing predecessor; and what the integrity checks saw.
        "ALTER TABLE revisions ADD COLUMN pushed INTEGER NOT NULL DEFAULT 0",
        "CREATE TABLE conflicts (item_id TEXT NOT NULL, rev_id TEXT NOT NULL,"
        " PRIMARY KEY (item_id, rev_id))",
        "CREATE TABLE pending (rev_id TEXT PRIMARY KEY, device TEXT NOT NULL,"
        " seq INTEGER NOT NULL, envelope BLOB NOT NULL)",
        "CREATE TABLE integrity_log (id INTEGER PRIMARY KEY, time TEXT NOT NULL,"
        " kind TEXT NOT NULL, detail TEXT NOT NULL)",
    ],
    [
        # Appeals live only in this database, never in envelopes: the letters name their
        # signers, and HQ gets counts, not names (docs/appeals.md).
        """CREATE TABLE urgent_actions (
            id TEXT PRIMARY KEY,
            ref TEXT NOT NULL UNIQUE,
            doc TEXT NOT NULL,
            previous TEXT,
            source TEXT NOT NULL,
            followed INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
        """CREATE TABLE signatories (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            city TEXT NOT NULL DEFAULT '',
            pseudonym INTEGER NOT NULL DEFAULT 0,
            consent_text TEXT NOT NULL,
            consent_version TEXT NOT NULL,
            consent_at TEXT NOT NULL,
            created TEXT NOT NULL
        )""",
        """CREATE TABLE appeals (
            id TEXT PRIMARY KEY,
            ua_id TEXT NOT NULL REFERENCES urgent_actions(id) ON DELETE CASCADE,
            target_ref TEXT NOT NULL,
            lang TEXT NOT NULL,
            signatory_id TEXT REFERENCES signatories(id) ON DELETE SET NULL,
            status TEXT NOT NULL,
            edited_body TEXT,
            personal_note TEXT NOT NULL DEFAULT '',
            reply_date TEXT,
            reply_text TEXT,
            history TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
        "CREATE INDEX appeals_by_ua ON appeals(ua_id, status)",
        """CREATE TABLE appeal_sends (
            id INTEGER PRIMARY KEY,
            appeal_id TEXT NOT NULL,
            message_id TEXT NOT NULL UNIQUE,
            recipient TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            response TEXT NOT NULL
        )""",
    ],
    [
        # Alerts (docs/alerts.md): notes received and verified, with their decrypted payload;
        # the alert keys this vault trusts beyond the pinned HQ key (rotations; on the HQ
        # desk, each field device's signing key and age recipient, pinned on first use).
        """CREATE TABLE alerts (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            sender TEXT NOT NULL,
            key_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            issued TEXT NOT NULL,
            expires TEXT NOT NULL,
            received TEXT NOT NULL,
            payload TEXT NOT NULL,
            note BLOB NOT NULL,
            read INTEGER NOT NULL DEFAULT 0,
            outcome TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX alerts_by_received ON alerts(received)",
        """CREATE TABLE alert_keys (
            key TEXT PRIMARY KEY,
            role TEXT NOT NULL,
            device TEXT,
            age TEXT,
            status TEXT NOT NULL,
            added TEXT NOT NULL
        )""",
    ],
    [
        # A signatory who withdraws consent leaves the vault at once (their row is deleted);
        # what stays is when they had agreed, to which version, and when they withdrew: no
        # name, no city (docs/appeals.md, "Signatories").
        """CREATE TABLE consent_withdrawals (
            id TEXT PRIMARY KEY,
            consent_version TEXT NOT NULL,
            consent_at TEXT NOT NULL,
            withdrawn_at TEXT NOT NULL
        )""",
    ],
    [
        # Evidence (docs/evidence.md): the server's signed receipts for this vault's envelopes,
        # kept with the revision they date, each checked against the pinned receipt key.
        """CREATE TABLE receipts (
            rev_id TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            time TEXT NOT NULL,
            key_id TEXT NOT NULL,
            receipt TEXT NOT NULL,
            PRIMARY KEY (rev_id, time, key_id)
        )""",
    ],
    [
        # RFC 3161 time-stamp tokens over revision ids (evidence/timestamps.py).
        """CREATE TABLE timestamps (
            rev_id TEXT PRIMARY KEY,
            token BLOB NOT NULL,
            time TEXT NOT NULL
        )""",
    ],
    [
        # The hybrid (post-quantum) age key a field device announced beside its X25519 one
        # (alerts/inbox.py): HQ encrypts to it once every addressed device has one.
        "ALTER TABLE alert_keys ADD COLUMN age_pq TEXT",
    ],
    [
        # A time-stamp token covers a digest: a revision id, or an attachment's own plaintext
        # SHA-256 (evidence/timestamps.py); two attachments of the same bytes share one.
        "ALTER TABLE timestamps RENAME COLUMN rev_id TO digest",
    ],
    [
        # The revisions still to push, found without reading the others: each unlock of an
        # enrolled vault asks (sync/outbox.py: reconcile), and through the (device, seq) index
        # it read every revision this device wrote, envelope and all, to find none.
        "CREATE INDEX revisions_unpushed ON revisions(device, seq) WHERE pushed = 0",
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: Any) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise VigilError(
            f"This vault was written by a newer Vigil (schema {version}); update Vigil to open it."
        )
    for index in range(version, SCHEMA_VERSION):
        with transaction(conn):
            for step in MIGRATIONS[index]:
                if callable(step):
                    step(conn)
                else:
                    conn.execute(step)
            conn.execute(f"PRAGMA user_version = {index + 1}")
