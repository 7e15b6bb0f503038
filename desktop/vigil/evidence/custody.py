"""The custody log of a case (docs/evidence.md, "Custody").

Each entry is an item of kind ``custody`` in the case, saved once and never edited, so it is a
signed revision like any other and travels inside envelopes to HQ. Entries are chained per
device, not in one shared chain: the field device and HQ both append offline, and one chain
would fork. An entry's ``prev`` is the SHA-256 of the signed text of the same device's
previous entry in the case (the text a third party sees in an evidence package), so the chain
is checked without any Vigil key.

What the revisions already record needs no entry: the case's creation and each attachment
added (its first revision carries the plaintext SHA-256, size, original name, time and
device), edits, and, through the server's receipts, each transfer to HQ. Viewing is never
recorded: that would leak who looked.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.cases.model import SCHEMAS
from vigil.crypto.envelope import Revision, canonical_json
from vigil.vault.items import Change
from vigil.vault.store import Vault

if TYPE_CHECKING:
    from vigil.evidence.verifier import Report

KIND = "custody"


def case_revisions(vault: Vault, case_id: str) -> list[Revision]:
    """Every revision of the case and of every item in it, deleted items and custody entries
    too, each opened and verified, ordered by device and sequence number."""
    items = [case_id]
    for kind in (k for k in SCHEMAS if k != "case"):  # people, notes, attachments, custody…
        items += [i.id for i in vault.items(kind, case_id, include_deleted=True)]
    return sorted(vault.histories(items), key=lambda r: (r.device.hex(), r.seq))


def signed_text(rev: Revision) -> bytes:
    """The exact text a revision's signature covers (formats.md §7.3)."""
    return canonical_json(rev.body()) + b"\n"


def text_hash(rev: Revision) -> str:
    return hashlib.sha256(signed_text(rev)).hexdigest()


def append(vault: Vault, case_id: str, action: str, detail: str = "", sha256: str = "") -> Revision:
    """Add one entry to the case's custody log, chained to this device's previous one (found
    among the revisions: a head kept apart could lag behind them after a crash, and the next
    entry would then start a second chain)."""
    payload = _payload(action, detail, sha256)
    head = vault.last_own(KIND, case_id)
    if head is not None:
        payload["prev"] = text_hash(head)
    return vault.save(KIND, payload, case_id=case_id)


def first_entry(case_id: str, action: str, detail: str = "", sha256: str = "") -> Change:
    """The first entry of a case saved in the same transaction as the case itself (an
    import): the case and its record of how it came land together or not at all."""
    return Change(KIND, _payload(action, detail, sha256), case_id=case_id)


def record_imported(vault: Vault, case_ids: Iterable[str], detail: str, sha256: str = "") -> int:
    """An ``imported`` entry in each of these cases this vault holds; returns how many."""
    made = 0
    for case_id in sorted(set(case_ids)):
        found = vault.get(case_id)
        if found is not None and found.kind == "case":
            append(vault, case_id, "imported", detail, sha256)
            made += 1
    return made


def record_verified(vault: Vault, path: Path, report: Report) -> Revision | None:
    """A ``verified`` entry, with the package's SHA-256 and the outcome, in the case the
    package's signed manifest names, when this vault holds that case; None otherwise (a
    package of another organisation's case is no event of ours, and one whose manifest does
    not verify names no case)."""
    found = vault.get(report.case) if report.case else None
    if found is None or found.kind != "case":
        return None
    if report.ok:
        outcome = "evidence package verified: all checks passed"
    else:
        outcome = f"evidence package verified: {len(report.failures)} checks failed"
    return append(vault, report.case, "verified", outcome, file_sha256(path))


def file_sha256(path: Path) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _payload(action: str, detail: str, sha256: str) -> dict[str, Any]:
    payload: dict[str, Any] = {"action": action, "detail": detail}
    if sha256:
        payload["sha256"] = sha256
    return payload
