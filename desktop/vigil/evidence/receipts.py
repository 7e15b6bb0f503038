"""Server receipts, kept with the revisions they date (docs/evidence.md).

A push may happen while the vault is locked, so the sync engine writes each receipt as it came
beside the sent envelope (``outbox/sent/<name>.receipt``); at the next unlock the outbox
reconciliation hands it here. It is checked against the receipt key pinned at enrolment
(following endorsed rotations, which are pinned in turn) and against the envelope's own hash,
then stored in the vault. A receipt that fails goes to the integrity log, not the vault.

A vault enrolled with a code made before receipts existed has no receipt key pinned: it pins
the first key it sees (trust on first use), and says so in the integrity log.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import TYPE_CHECKING, Any

from vigil.crypto import strict_json
from vigil.evidence import verifier
from vigil.sync.enrolment import config, store_config
from vigil.vault import merge
from vigil.vault.store import Vault

if TYPE_CHECKING:
    from vigil.sync.client import SyncClient

FILE_VERSION = 1
ORG_META = "receipt_org"  # the organisation id of the first receipt kept: later ones must match


def file_body(sha256: str, receipt: dict[str, Any], chain: list[Any]) -> bytes:
    """What the sync engine writes beside a sent envelope (docs/formats.md, Receipt file)."""
    body = {"v": FILE_VERSION, "sha256": sha256, "receipt": receipt, "receipt_keys": chain}
    return json.dumps(body, sort_keys=True).encode()


def keep(vault: Vault, rev_id: str, envelope: bytes, raw: bytes) -> bool:
    """Check one receipt file's content and store it with revision ``rev_id``. Returns
    whether it was kept; one that fails is named in the integrity log."""
    try:
        _keep(vault, rev_id, envelope, raw)
    except (verifier.Invalid, strict_json.StrictJSONError) as exc:
        with vault.transaction() as conn:
            merge.log_integrity(conn, "receipt", f"revision {rev_id}: {exc}")
        return False
    return True


def _keep(vault: Vault, rev_id: str, envelope: bytes, raw: bytes) -> None:
    cfg = config(vault)
    if cfg is None:
        raise verifier.Invalid("this vault is not enrolled")
    body = strict_json.loads(raw, "The receipt file")
    if not isinstance(body, dict) or body.get("v") != FILE_VERSION:
        raise verifier.Invalid("the receipt file has an unknown version")
    entry = body.get("receipt")
    if not isinstance(entry, dict):
        raise verifier.Invalid("the server sent no receipt")
    # The organisation comes from the receipt itself the first time, then must stay the same.
    org = vault.get_meta(ORG_META)
    claimed = verifier.receipt(entry)  # parsed and self-consistent; trust is checked next
    if org is None:
        org = claimed.org
    elif claimed.org != org:
        raise verifier.Invalid("the receipt names another organisation than earlier ones")
    pinned = set(cfg.receipt_keys)
    first_use = not pinned
    if first_use:
        pinned = {verifier.fingerprint(claimed.key)}
    trusted = verifier.receipt_keys(body.get("receipt_keys", []), org, pinned) | pinned
    checked = verifier.receipt(entry, trusted)
    if checked.sha256 != hashlib.sha256(envelope).hexdigest():
        raise verifier.Invalid("the receipt is for another envelope")
    with vault.transaction() as conn:
        if first_use:
            merge.log_integrity(
                conn,
                "receipt",
                f"pinned the server's receipt key {checked.key_id} on first use (the enrolment "
                "code carried none)",
            )
        conn.execute(
            "INSERT OR IGNORE INTO receipts (rev_id, sha256, time, key_id, receipt)"
            " VALUES (?, ?, ?, ?, ?)",
            (rev_id, checked.sha256, checked.time, checked.key_id, json.dumps(entry)),
        )
    if vault.get_meta(ORG_META) is None:
        vault.set_meta(ORG_META, org)
    if trusted - set(cfg.receipt_keys):
        store_config(vault, dataclasses.replace(cfg, receipt_keys=tuple(sorted(trusted))))


def of_revision(vault: Vault, rev_id: str) -> list[dict[str, Any]]:
    """The receipts kept for one revision, earliest first, as the server sent them."""
    return of_revisions(vault, [rev_id]).get(rev_id, [])


def of_revisions(vault: Vault, rev_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The receipts kept for these revisions (those that have any), each's earliest first: in
    one query, not one per revision (an evidence package may hold thousands)."""
    found: dict[str, list[dict[str, Any]]] = {}
    rows = vault.query(
        "SELECT rev_id, receipt FROM receipts WHERE rev_id IN (SELECT value FROM json_each(?))"
        " ORDER BY rev_id, time, key_id",
        (json.dumps(rev_ids),),
    )
    for rev_id, receipt in rows:
        found.setdefault(rev_id, []).append(json.loads(receipt))
    return found


def fetch_for_case(vault: Vault, case_id: str, client: SyncClient) -> int:
    """Ask the server for receipts of the case's revisions that have none here (on the HQ
    desk, the field's revisions came by pull: the server dates each by its first acceptance),
    check and keep them; returns how many were kept."""
    from vigil.evidence import custody

    revs = custody.case_revisions(vault, case_id)
    return fetch_missing(vault, [(r.id, r.envelope) for r in revs], client)


def fetch_missing(vault: Vault, revs: list[tuple[str, bytes]], client: SyncClient) -> int:
    """Receipts for the given (revision id, envelope) that have none here, asked of the
    server, checked and kept; returns how many were kept."""
    have = of_revisions(vault, [rev_id for rev_id, _ in revs])
    missing = [(rev_id, data) for rev_id, data in revs if rev_id not in have]
    kept = 0
    for start in range(0, len(missing), 500):
        batch = dict(missing[start : start + 500])
        found, chain = client.receipts(list(batch))
        for entry in found:
            rev_id = str(entry.get("sha256"))
            receipt = entry.get("receipt")
            if rev_id not in batch or not isinstance(receipt, dict):
                continue
            kept += keep(vault, rev_id, batch[rev_id], file_body(rev_id, receipt, chain))
    return kept


def accepted_at(vault: Vault, rev_id: str) -> str | None:
    """The server's first acceptance time of a revision, from the receipts kept (checked
    against the pinned receipt key when kept); None when none is kept."""
    row = vault.conn.execute("SELECT min(time) FROM receipts WHERE rev_id = ?", (rev_id,))
    found = row.fetchone()
    return str(found[0]) if found and found[0] else None
