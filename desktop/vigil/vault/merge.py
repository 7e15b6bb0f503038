"""Merging revisions that come from elsewhere (sync): trust, chains, siblings.

Every incoming envelope is decrypted and its signature checked; its author must be a key this
vault trusts (its own identity on another device, the HQ key pinned at enrolment, or, on the HQ
desk, a field device seen first with that key and never with another). Each device's revisions
must form one chain (sequence numbers that only grow, each naming the previous envelope's hash):
a revision that would fork a chain is refused and logged; one that arrives before its
predecessor waits, and a gap still open at the end is logged as withheld.

Concurrent edits of one item become sibling revisions: nothing is dropped. The newest (by time,
then id) shows as the item's state; the others are listed as conflicts until a person resolves
them with a revision that names them all as parents.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vigil.cases import model
from vigil.crypto import envelope
from vigil.crypto.envelope import Revision
from vigil.crypto.errors import EnvelopeError, VigilError
from vigil.crypto.keys import sha256
from vigil.vault import layout, quarantine
from vigil.vault.items import Change, now

if TYPE_CHECKING:
    from vigil.vault.store import Vault

log = logging.getLogger(__name__)


@dataclass
class MergeReport:
    added: int = 0
    duplicates: int = 0
    conflicts: int = 0
    waiting: int = 0
    refused: list[str] = field(default_factory=list)
    items: set[str] = field(default_factory=set)  # items whose state a merged revision changed
    cases: set[str] = field(default_factory=set)  # the cases those items belong to


@dataclass(frozen=True)
class Trust:
    """Whose signatures this vault accepts."""

    hq_keys: frozenset[bytes] = frozenset()
    first_use: bool = False  # the HQ desk learns field devices' keys from their first revision
    # The HQ desk: signing keys of seized devices -> TIME; a revision they signed that the
    # server accepted after TIME (or at a time not known) is kept in quarantine, not merged.
    seized: Mapping[bytes, str] = field(default_factory=dict)
    accepted: Mapping[str, str] = field(default_factory=dict)  # revision id -> server time


def log_integrity(conn: Any, kind: str, detail: str) -> None:
    conn.execute(
        "INSERT INTO integrity_log (time, kind, detail) VALUES (?, ?, ?)", (now(), kind, detail)
    )
    log.warning("integrity: %s", kind)


def _open(vault: Vault, data: bytes) -> Revision:
    """Open an envelope from outside and check it as a local save is checked: a known kind, a
    payload valid for it (formats.md §8), and, for an item already here, the same kind and
    case. Raises VigilError (or anything the hostile bytes provoke) to refuse it."""
    rev = envelope.open_envelope(data, vault.identities)
    problems = model.validate(rev.kind, model.with_defaults(rev.kind, rev.payload), rev.kind)
    if problems:
        where, what = problems[0]
        raise EnvelopeError(f"its payload is not valid: {where}: {what}")
    row = vault.conn.execute("SELECT kind, case_id FROM items WHERE id = ?", (rev.item,)).fetchone()
    if row is not None and (row[0], row[1]) != (rev.kind, rev.case):
        raise EnvelopeError(f"it names an item that is a {row[0]} of another case or kind")
    return rev


def _refuse(vault: Vault, rev_id: str, exc: Exception, report: MergeReport) -> None:
    # Anything one envelope provokes is a refusal of that envelope, never a failed unlock:
    # whoever reaches the inbox must not be able to stop the vault opening.
    reason = str(exc) if isinstance(exc, VigilError) else f"unreadable ({type(exc).__name__})"
    with vault.transaction() as conn:
        log_integrity(conn, "refused", f"revision {rev_id[:12]}: {reason}")
    report.refused.append(rev_id)


def merge(vault: Vault, envelopes: Iterable[bytes], trust: Trust) -> MergeReport:
    """Merge envelopes from outside. Each is refused on its own (recorded in the integrity
    log, its id in ``report.refused``), whatever it holds; the rest merge."""
    report = MergeReport()
    opened: list[Revision] = []
    for data in envelopes:
        rev_id = sha256(data).hex()
        if vault.conn.execute("SELECT 1 FROM revisions WHERE id = ?", (rev_id,)).fetchone():
            report.duplicates += 1
            continue
        try:
            opened.append(_open(vault, data))
        except Exception as exc:  # see _refuse
            _refuse(vault, rev_id, exc, report)
    already_waiting: set[str] = set()
    for row in vault.conn.execute("SELECT rev_id, envelope FROM pending").fetchall():
        try:
            rev = _open(vault, bytes(row[1]))
        except Exception as exc:  # taken in by an older, laxer Vigil
            _refuse(vault, str(row[0]), exc, report)
            # It came from outside: kept, as an inbox file would be, not dropped with the row.
            name = f"pending-{row[0]}.age"
            try:
                quarantine.keep_bytes(vault.path, name, bytes(row[1]), layout.QUARANTINE_INBOX)
            except OSError as exc:
                log.warning("a refused waiting revision was not kept: %s", exc.strerror)
            continue
        already_waiting.add(rev.id)
        opened.append(rev)
    with vault.transaction() as conn:
        conn.execute("DELETE FROM pending")
        opened.sort(key=lambda r: (r.device, r.seq))
        progress = True
        waiting = opened
        while progress and waiting:
            progress = False
            later: list[Revision] = []
            for rev in waiting:
                outcome = _take_alone(vault, conn, rev, trust, report)
                if outcome == "wait":
                    later.append(rev)
                else:
                    progress = True
            waiting = later
        for rev in waiting:
            conn.execute(
                "INSERT OR IGNORE INTO pending (rev_id, device, seq, envelope) VALUES (?, ?, ?, ?)",
                (rev.id, rev.device.hex(), rev.seq, rev.envelope),
            )
            if rev.id in already_waiting:
                # Logged when it first had to wait. Logging it again at every merge (each
                # unlock, each sync) filled the log with one alert many times over.
                continue
            log_integrity(
                conn,
                "withheld",
                f"device {rev.device.hex()[:12]}: revision {rev.seq} arrived but an earlier one "
                "is missing; the server may be withholding it",
            )
        report.waiting = len(waiting)
    return report


def _trusted(conn: Any, vault: Vault, rev: Revision, trust: Trust) -> str | None:
    """None if the author is trusted (recording a first-use device), else why not."""
    row = conn.execute(
        "SELECT author_key FROM devices WHERE device = ?", (rev.device.hex(),)
    ).fetchone()
    if row is not None:
        if row[0] != rev.author_key.hex():
            return "signed with a different key than this device used before (forged?)"
        return None
    if rev.author_key == vault.identity.verify_key_bytes or rev.author_key in trust.hq_keys:
        return None
    if trust.first_use:
        return None
    return "signed by a key this vault does not know"


def _take_alone(vault: Vault, conn: Any, rev: Revision, trust: Trust, report: MergeReport) -> str:
    """``_take`` in a savepoint: if storing one revision fails, only it is undone and
    refused."""
    conn.execute("SAVEPOINT take")
    try:
        outcome = _take(vault, conn, rev, trust, report)
    except Exception as exc:  # one revision's failure is its own refusal
        conn.execute("ROLLBACK TO take")
        conn.execute("RELEASE take")
        problem = f"cannot be stored ({type(exc).__name__})"
        log_integrity(conn, "refused", f"revision {rev.id[:12]}: {problem}")
        report.refused.append(rev.id)
        return "refused"
    conn.execute("RELEASE take")
    return outcome


def _take(vault: Vault, conn: Any, rev: Revision, trust: Trust, report: MergeReport) -> str:
    if conn.execute("SELECT 1 FROM revisions WHERE id = ?", (rev.id,)).fetchone():
        report.duplicates += 1
        return "duplicate"
    if rev.author_key in trust.seized:
        since, accepted = trust.seized[rev.author_key], trust.accepted.get(rev.id, "")
        if not accepted or accepted > since:
            log_integrity(
                conn,
                "seized",
                f"revision {rev.id[:12]}: signed by a seized device and accepted by the server "
                f"{'after ' + since if accepted else 'at a time not known'}; kept in "
                "quarantine, not merged",
            )
            report.refused.append(rev.id)
            return "refused"
    problem = _trusted(conn, vault, rev, trust)
    if problem:
        log_integrity(conn, "refused", f"revision {rev.id[:12]}: {problem}")
        report.refused.append(rev.id)
        return "refused"
    row = conn.execute(
        "SELECT seq, last_hash FROM devices WHERE device = ?", (rev.device.hex(),)
    ).fetchone()
    seq, last = (int(row[0]), str(row[1])) if row else (0, "")
    if rev.seq <= seq:
        log_integrity(
            conn,
            "forked",
            f"device {rev.device.hex()[:12]}: a second revision {rev.seq} "
            f"({rev.id[:12]}); the history was forked",
        )
        report.refused.append(rev.id)
        return "refused"
    if rev.seq > seq + 1:
        return "wait"
    if rev.prev != last:
        log_integrity(
            conn,
            "forked",
            f"device {rev.device.hex()[:12]}: revision {rev.seq} does not follow the one before",
        )
        report.refused.append(rev.id)
        return "refused"
    vault._record(conn, rev)
    report.added += 1
    report.items.add(rev.item)
    report.cases.add(rev.item if rev.kind == "case" else rev.case or "")
    report.cases.discard("")
    _apply_to_item(vault, conn, rev, report)
    return "added"


def _apply_to_item(vault: Vault, conn: Any, rev: Revision, report: MergeReport) -> None:
    row = conn.execute("SELECT head FROM items WHERE id = ?", (rev.item,)).fetchone()
    if row is None:
        vault._apply(conn, rev, existed=False)
        return
    head = str(row[0])
    for parent in rev.parents:
        conn.execute("DELETE FROM conflicts WHERE item_id = ? AND rev_id = ?", (rev.item, parent))
    if head in rev.parents:
        vault._apply(conn, rev)
        return
    # Not a plain next edit. Ancestry decides before time does: a revision that arrives after
    # its descendant (held back by the server, or written by a restored vault's old chain) is
    # history, not a sibling; and one that descends from what is shown moves it forward. (Both
    # used to be listed as conflicts for a person to resolve.)
    siblings = [
        str(r[0])
        for r in conn.execute("SELECT rev_id FROM conflicts WHERE item_id = ?", (rev.item,))
    ]
    above = _ancestors(conn, rev.parents)
    for sibling in siblings:
        if sibling in above:
            conn.execute(
                "DELETE FROM conflicts WHERE item_id = ? AND rev_id = ?", (rev.item, sibling)
            )
    if head in above:
        vault._apply(conn, rev)
        return
    if rev.id in _ancestors(conn, [head, *siblings]) - {head, *siblings}:
        return
    # Concurrent: both stay. The newer shows; the other waits for a person.
    current = conn.execute("SELECT time FROM revisions WHERE id = ?", (head,)).fetchone()
    if (rev.time, rev.id) > (str(current[0]) if current else "", head):
        vault._apply(conn, rev)
        conn.execute(
            "INSERT OR IGNORE INTO conflicts (item_id, rev_id) VALUES (?, ?)", (rev.item, head)
        )
    else:
        conn.execute(
            "INSERT OR IGNORE INTO conflicts (item_id, rev_id) VALUES (?, ?)", (rev.item, rev.id)
        )
    report.conflicts += 1


def _ancestors(conn: Any, start: Iterable[str]) -> set[str]:
    """The given revisions and every revision they descend from, as far as this vault has
    them."""
    seen: set[str] = set()
    todo = list(start)
    while todo:
        rev_id = todo.pop()
        if rev_id in seen:
            continue
        seen.add(rev_id)
        row = conn.execute("SELECT parents FROM revisions WHERE id = ?", (rev_id,)).fetchone()
        if row is not None:
            todo += json.loads(row[0])
    return seen


def conflicts(vault: Vault) -> dict[str, list[str]]:
    """Items with sibling revisions: item id -> the revisions besides the one shown."""
    out: dict[str, list[str]] = {}
    for item_id, rev_id in vault.conn.execute("SELECT item_id, rev_id FROM conflicts"):
        out.setdefault(item_id, []).append(rev_id)
    return out


def resolve(vault: Vault, item_id: str, payload: dict[str, Any]) -> Revision:
    """A person's resolution: a new revision whose parents are every sibling."""
    item = vault.get(item_id)
    if item is None:
        raise VigilError(f"There is no item {item_id} in this vault.")
    siblings = conflicts(vault).get(item_id, [])
    parents = (item.head, *siblings)
    rev = vault.save_many([Change(item.kind, payload, item_id, parents=parents)])[0]
    with vault.transaction() as conn:
        conn.execute("DELETE FROM conflicts WHERE item_id = ?", (item_id,))
    return rev


def known_author_keys(vault: Vault) -> list[bytes]:
    """Signing keys of every device whose revisions this vault took (trust on first use)."""
    return [bytes.fromhex(r[0]) for r in vault.query("SELECT author_key FROM devices")]


def chains(vault: Vault, keys: Iterable[bytes]) -> dict[str, tuple[int, str]]:
    """The revision chains signed by any of ``keys``: device (hex) -> (the last sequence
    number this vault holds without a gap, that revision's id)."""
    wanted = {k.hex() for k in keys}
    rows = vault.query("SELECT device, author_key, seq, last_hash FROM devices ORDER BY device")
    return {str(d): (int(s), str(h)) for d, k, s, h in rows if k in wanted}


def chain(vault: Vault, device: str) -> list[tuple[str, bytes]]:
    """One device's revisions this vault holds, as (id, envelope), in chain order."""
    rows = vault.query("SELECT id, envelope FROM revisions WHERE device = ? ORDER BY seq",
                       (device,))  # fmt: skip
    return [(str(i), bytes(e)) for i, e in rows]


def authored_by(vault: Vault, keys: Iterable[bytes]) -> tuple[set[str], int]:
    """The items that revisions signed by any of ``keys`` touched, and how many revisions
    (what a seized device sent, docs/sync.md)."""
    items: set[str] = set()
    count = 0
    for chain in chains(vault, keys):
        for (item,) in vault.query("SELECT item_id FROM revisions WHERE device = ?", (chain,)):
            items.add(str(item))
            count += 1
    return items, count


def integrity_log(vault: Vault, limit: int = 200) -> list[dict[str, str]]:
    rows = vault.conn.execute(
        "SELECT time, kind, detail FROM integrity_log ORDER BY id DESC LIMIT ?", (limit,)
    )
    return [{"time": t, "kind": k, "detail": d} for t, k, d in rows]


__all__: Sequence[str] = ["MergeReport", "Trust", "conflicts", "integrity_log", "merge", "resolve"]
