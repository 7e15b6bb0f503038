"""Urgent actions, appeals, signatories and the send log, in the vault's own database.

These tables are local to the device (schema migration 5): never written to envelopes,
never synced. A letter names its signers and its sender; HQ learns counts only.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vigil.appeals.model import DocumentError, UrgentAction
from vigil.appeals.parse import parse_urgent_action
from vigil.appeals.templates import require_valid
from vigil.crypto import strict_json
from vigil.crypto.errors import VigilError
from vigil.vault.items import new_id, now

if TYPE_CHECKING:
    from vigil.vault.store import Vault

FORMAT = "vigil-urgent-actions"
VERSION = 1
MAX_DOCUMENT_BYTES = 4 * 1024 * 1024
# Who signs letters on this device, kept in the vault's meta table (never in settings files).
SENDER_NAME, SENDER_CITY, SENDER_EMAIL, SENDER_GENDER = (
    "appeals.sender_name",
    "appeals.sender_city",
    "appeals.sender_email",
    "appeals.sender_gender",
)
STATUSES = ("draft", "exported", "opened", "sent", "reply")
# Only a person can say a letter was sent: opening a mailto link proves nothing.
CONFIRMED = ("sent", "reply")


class NotFound(VigilError):
    exit_code = 2


@dataclass(frozen=True)
class StoredAction:
    id: str
    ua: UrgentAction
    source: str  # "import" or "hq"
    followed: bool
    has_previous: bool
    updated: str


@dataclass(frozen=True)
class Appeal:
    id: str
    ua_id: str
    target_ref: str
    lang: str
    signatory_id: str | None
    status: str
    edited_body: str | None
    personal_note: str
    reply_date: str | None
    reply_text: str | None
    history: tuple[dict[str, str], ...]
    created: str
    updated: str


@dataclass(frozen=True)
class Consent:
    text: str  # exactly what the signatory was shown
    version: str
    at: str  # when they agreed, UTC ISO 8601


@dataclass(frozen=True)
class StoredSignatory:
    id: str
    name: str
    city: str
    pseudonym: bool
    consent: Consent


def load_document(
    data: bytes, name: str = "file", *, letter_checks: bool = True
) -> list[UrgentAction]:
    """Parse and check an urgent-action file: every action, every template, or nothing.
    ``letter_checks``: see ``parse_urgent_action``."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError([(name, f"is larger than {MAX_DOCUMENT_BYTES // 1024 // 1024} MiB")])
    try:
        # A byte-order mark is tolerated here (spreadsheet tools write one), nowhere else.
        doc = strict_json.loads(data.removeprefix(b"\xef\xbb\xbf"), name, max_bytes=len(data))
    except strict_json.StrictJSONError as exc:
        place = f" ({exc.where})" if exc.where else ""
        raise DocumentError([(name, f"{exc.reason}{place}")]) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise DocumentError([(name, f'is not a Vigil urgent-action file (format "{FORMAT}")')])
    if doc.get("version") != VERSION:
        raise DocumentError(
            [(name, f"has version {doc.get('version')!r}; this Vigil reads {VERSION}")]
        )
    actions = doc.get("urgent_actions")
    if not isinstance(actions, list) or not actions:
        raise DocumentError([(name, "holds no urgent_actions")])
    parsed = [
        parse_urgent_action(a, f"urgent_actions[{i}].", letter_checks=letter_checks)
        for i, a in enumerate(actions)
    ]
    for ua in parsed:
        require_valid(ua.templates, prefix=f"{name}#{ua.ref}/")
    return parsed


def document(actions: Iterable[UrgentAction]) -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION, "urgent_actions": [ua.raw for ua in actions]}


class AppealStore:
    """The appeals tables of one open vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def _write(self) -> Any:
        return self.vault.transaction()

    def _read(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        return list(self.vault.query(sql, params))

    # Urgent actions
    def save_action(self, ua: UrgentAction, source: str = "import") -> tuple[str, bool]:
        """Insert or update by ref. An update keeps the previous document for rollback.
        Returns the id and whether it was new."""
        require_valid(ua.templates, prefix=f"{ua.ref}/")  # the gate, whatever the source
        text = json.dumps(ua.raw, ensure_ascii=False, sort_keys=True)
        stamp = now()
        with self._write() as conn:
            row = conn.execute(
                "SELECT id, doc FROM urgent_actions WHERE ref = ?", (ua.ref,)
            ).fetchone()
            if row is None:
                action_id = new_id()
                conn.execute(
                    "INSERT INTO urgent_actions (id, ref, doc, previous, source, created, updated)"
                    " VALUES (?, ?, ?, NULL, ?, ?, ?)",
                    (action_id, ua.ref, text, source, stamp, stamp),
                )
                return action_id, True
            if row[1] != text:
                conn.execute(
                    "UPDATE urgent_actions SET doc = ?, previous = ?, source = ?, updated = ?"
                    " WHERE id = ?",
                    (text, row[1], source, stamp, row[0]),
                )
            return str(row[0]), False

    def import_bytes(self, data: bytes, name: str = "file") -> list[tuple[str, str, bool]]:
        """Import a whole file, checked in full first: (id, ref, new) for each action."""
        results = []
        for ua in load_document(data, name):
            action_id, new = self.save_action(ua)
            results.append((action_id, ua.ref, new))
        return results

    def _stored(self, row: Any) -> StoredAction:
        ua = parse_urgent_action(json.loads(row[2]), letter_checks=False)
        return StoredAction(row[0], ua, row[4], bool(row[5]), row[3] is not None, row[6])

    def actions(self) -> list[StoredAction]:
        rows = self._read(
            "SELECT id, ref, doc, previous, source, followed, updated FROM urgent_actions"
            " ORDER BY updated DESC"
        )
        return [self._stored(r) for r in rows]

    def action(self, key: str) -> StoredAction:
        """By id or by ref."""
        rows = self._read(
            "SELECT id, ref, doc, previous, source, followed, updated FROM urgent_actions"
            " WHERE id = ? OR ref = ?",
            (key, key),
        )
        if not rows:
            raise NotFound(f"No urgent action {key!r} in this vault; see 'vigil ua list'.")
        return self._stored(rows[0])

    def rollback(self, key: str) -> None:
        """Go back to the document this action had before its last update."""
        stored = self.action(key)
        with self._write() as conn:
            row = conn.execute(
                "SELECT doc, previous FROM urgent_actions WHERE id = ?", (stored.id,)
            ).fetchone()
            if row[1] is None:
                raise VigilError(f"Urgent action {stored.ua.ref} has no earlier version.")
            conn.execute(
                "UPDATE urgent_actions SET doc = ?, previous = ?, updated = ? WHERE id = ?",
                (row[1], row[0], now(), stored.id),
            )

    def follow(self, key: str, followed: bool = True) -> None:
        stored = self.action(key)
        with self._write() as conn:
            conn.execute(
                "UPDATE urgent_actions SET followed = ? WHERE id = ?", (int(followed), stored.id)
            )

    # Appeals
    @staticmethod
    def _appeal(row: Any) -> Appeal:
        return Appeal(
            id=row[0], ua_id=row[1], target_ref=row[2], lang=row[3], signatory_id=row[4],
            status=row[5], edited_body=row[6], personal_note=row[7], reply_date=row[8],
            reply_text=row[9], history=tuple(json.loads(row[10])), created=row[11],
            updated=row[12],
        )  # fmt: skip

    _APPEAL_COLUMNS = (
        "id, ua_id, target_ref, lang, signatory_id, status, edited_body, personal_note,"
        " reply_date, reply_text, history, created, updated"
    )

    def create_appeal(
        self, ua_key: str, target_ref: str | None, lang: str, signatory_id: str | None = None
    ) -> Appeal:
        stored = self.action(ua_key)
        target = stored.ua.target(target_ref)
        if lang not in stored.ua.templates:
            raise VigilError(f"Urgent action {stored.ua.ref} has no letter in {lang!r}.")
        appeal_id, stamp = new_id(), now()
        history = json.dumps([{"status": "draft", "time": stamp}])
        with self._write() as conn:
            conn.execute(
                f"INSERT INTO appeals ({self._APPEAL_COLUMNS}) VALUES"  # noqa: S608 - a constant column list
                " (?, ?, ?, ?, ?, 'draft', NULL, '', NULL, NULL, ?, ?, ?)",
                (appeal_id, stored.id, target.ref, lang, signatory_id, history, stamp, stamp),
            )
        return self.appeal(appeal_id)

    def appeal(self, appeal_id: str) -> Appeal:
        rows = self._read(f"SELECT {self._APPEAL_COLUMNS} FROM appeals WHERE id = ?", (appeal_id,))  # noqa: S608 - a constant column list
        if not rows:
            raise NotFound(f"No appeal {appeal_id!r} in this vault.")
        return self._appeal(rows[0])

    def appeals(self, ua_key: str | None = None) -> list[Appeal]:
        if ua_key is None:
            rows = self._read(f"SELECT {self._APPEAL_COLUMNS} FROM appeals ORDER BY created")  # noqa: S608 - a constant column list
        else:
            rows = self._read(
                f"SELECT {self._APPEAL_COLUMNS} FROM appeals WHERE ua_id = ? ORDER BY created",  # noqa: S608 - a constant column list
                (self.action(ua_key).id,),
            )
        return [self._appeal(r) for r in rows]

    def set_status(
        self, appeal_id: str, status: str, *, reply_date: str = "", reply_text: str = ""
    ) -> Appeal:
        """Move an appeal on. Automatic steps (exported, opened) never move it back from a
        status a person confirmed."""
        if status not in STATUSES:
            raise VigilError(f"Unknown appeal status {status!r}; use one of {', '.join(STATUSES)}.")
        appeal = self.appeal(appeal_id)
        if status in ("exported", "opened") and appeal.status in CONFIRMED:
            return appeal
        if status == "reply" and not reply_text.strip():
            raise VigilError("A reply needs its text (a summary is fine).")
        stamp = now()
        history = [*appeal.history, {"status": status, "time": stamp}]
        with self._write() as conn:
            conn.execute(
                "UPDATE appeals SET status = ?, history = ?, updated = ?,"
                " reply_date = COALESCE(?, reply_date), reply_text = COALESCE(?, reply_text)"
                " WHERE id = ?",
                (
                    status,
                    json.dumps(history),
                    stamp,
                    reply_date or None,
                    reply_text or None,
                    appeal_id,
                ),
            )
        return self.appeal(appeal_id)

    def save_edit(self, appeal_id: str, edited_body: str | None, personal_note: str) -> Appeal:
        appeal = self.appeal(appeal_id)
        ua = self.action(appeal.ua_id).ua
        if edited_body is not None and not ua.allow_edits:
            raise VigilError(f"Urgent action {ua.ref} asks that its letters be sent as written.")
        with self._write() as conn:
            conn.execute(
                "UPDATE appeals SET edited_body = ?, personal_note = ?, updated = ? WHERE id = ?",
                (edited_body, personal_note, now(), appeal_id),
            )
        return self.appeal(appeal_id)

    def counts(self) -> dict[tuple[str, str], int]:
        """Letters confirmed sent, by urgent action ref and language: what HQ may learn."""
        rows = self._read(
            "SELECT u.ref, a.lang, COUNT(*) FROM appeals a JOIN urgent_actions u ON u.id = a.ua_id"
            " WHERE a.status IN ('sent', 'reply') GROUP BY u.ref, a.lang"
        )
        return {(r[0], r[1]): int(r[2]) for r in rows}

    # Signatories
    def add_signatories(
        self, people: Iterable[tuple[str, str, bool]], consent: Consent
    ) -> list[str]:
        ids = []
        with self._write() as conn:
            for name, city, pseudonym in people:
                sid = new_id()
                conn.execute(
                    "INSERT INTO signatories (id, name, city, pseudonym, consent_text,"
                    " consent_version, consent_at, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        sid,
                        name,
                        city,
                        int(pseudonym),
                        consent.text,
                        consent.version,
                        consent.at,
                        now(),
                    ),
                )
                ids.append(sid)
        return ids

    def signatories(self) -> list[StoredSignatory]:
        rows = self._read(
            "SELECT id, name, city, pseudonym, consent_text, consent_version, consent_at"
            " FROM signatories ORDER BY created, rowid"
        )
        return [
            StoredSignatory(r[0], r[1], r[2], bool(r[3]), Consent(r[4], r[5], r[6])) for r in rows
        ]

    def remove_signatory(self, signatory_id: str) -> StoredSignatory:
        """Consent withdrawn: the person's row leaves the vault now (its pages overwritten,
        not only unlinked), and a record without their name says when they had agreed, to
        which version, and when they withdrew. Returns what was removed; VigilError when
        there is no such signatory."""
        found = [s for s in self.signatories() if s.id == signatory_id]
        if not found:
            raise VigilError(f"There is no signatory {signatory_id}; see 'vigil signatories list'.")
        gone = found[0]
        with self._write() as conn:
            conn.execute("PRAGMA secure_delete = ON")
            try:
                conn.execute(
                    "INSERT INTO consent_withdrawals (id, consent_version, consent_at,"
                    " withdrawn_at) VALUES (?, ?, ?, ?)",
                    (gone.id, gone.consent.version, gone.consent.at, now()),
                )
                conn.execute("DELETE FROM signatories WHERE id = ?", (signatory_id,))
            finally:
                conn.execute("PRAGMA secure_delete = OFF")
        return gone

    def consent_withdrawals(self) -> list[tuple[str, str, str, str]]:
        """(id, consent version, consented at, withdrawn at) of everyone who withdrew."""
        rows = self._read(
            "SELECT id, consent_version, consent_at, withdrawn_at FROM consent_withdrawals"
            " ORDER BY withdrawn_at, id"
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    # The send log
    def record_send(self, appeal_id: str, message_id: str, recipient: str, response: str) -> None:
        with self._write() as conn:
            conn.execute(
                "INSERT OR IGNORE INTO appeal_sends (appeal_id, message_id, recipient, sent_at,"
                " response) VALUES (?, ?, ?, ?, ?)",
                (appeal_id, message_id, recipient, now(), response[:500]),
            )

    def sent_message_ids(self) -> set[str]:
        return {r[0] for r in self._read("SELECT message_id FROM appeal_sends")}

    def sends(self) -> list[Mapping[str, str]]:
        rows = self._read(
            "SELECT appeal_id, message_id, recipient, sent_at, response FROM appeal_sends"
            " ORDER BY id"
        )
        keys = ("appeal_id", "message_id", "recipient", "sent_at", "response")
        return [dict(zip(keys, r, strict=True)) for r in rows]


def utc_now() -> str:
    return datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
