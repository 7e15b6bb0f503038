"""What sync does with the vault open and no network: prepare it at unlock (queue every save
for HQ, record what was pushed while locked, merge what was fetched, check the alerts fetched)
and merge the inbox, for the unlock and for a round (round.py).

Apart from the round so that an unlock imports neither the network client (httpx) nor the
keyring: about half a second of CPU, holding the interpreter while the app builds its window
and reads the case list (docs/desktop.md, "An enrolled vault's unlock").
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from vigil.crypto.keys import sha256
from vigil.sync import blobs, outbox
from vigil.sync.enrolment import config, trust
from vigil.sync.state import load_state, save_state
from vigil.vault import layout, merge, meta, quarantine
from vigil.vault.files import LinkedFolder, remove_quietly
from vigil.vault.store import Vault

log = logging.getLogger(__name__)
# The last cursor merged, kept in the vault so that a rolled-back state file is noticed.
SYNC_CURSOR = "sync_cursor"


def prepare(vault: Vault) -> None:
    """At unlock: if enrolled, queue every save for HQ, and merge what was fetched while locked."""
    if config(vault) is None:
        return
    try:
        outbox.attach(vault)
        blobs.attach(vault)
        outbox.reconcile(vault)
        blobs.reconcile(vault)
        merge_inbox(vault)
    except LinkedFolder as exc:
        # The vault still opens: its database is the record, and the outbox is written again
        # from it once the folder is a folder (outbox.reconcile). Sync rounds refuse until then.
        note_integrity(vault, "linked", str(exc))
        return
    check_alerts(vault)


def check_alerts(vault: Vault) -> None:
    """Alerts fetched while locked are verified again and stored (docs/alerts.md)."""
    from vigil.alerts.publish import after_unlock

    after_unlock(vault)


def note_integrity(vault: Vault, kind: str, detail: str) -> None:
    """One entry in the vault's integrity log (what the Sync panel lists)."""
    with vault.transaction() as conn:
        merge.log_integrity(conn, kind, detail)


def merge_inbox(vault: Vault) -> merge.MergeReport:
    """Merge what was pulled into the vault. A merged inbox file goes; one holding a refused
    envelope, or one that cannot be read, moves as it came to the quarantine (never deleted)
    and is named in the integrity log."""
    cfg = config(vault)
    if cfg is None:
        return merge.MergeReport()
    came_in: dict[str, Path] = {}  # envelope id -> the inbox file (page or envelope) it came in
    accepted: dict[str, str] = {}  # envelope id -> the server's acceptance time, when sent
    read: list[Path] = []

    def envelopes() -> Iterator[bytes]:
        for path in outbox.inbox(vault.path):
            try:
                found = outbox.read_inbox_file(path)
            except (OSError, outbox.DamagedPage) as exc:  # refused without merging any of it
                note_integrity(vault, "refused", f"inbox file {path.name}: {exc}")
                _quarantine(vault, path)
                continue
            read.append(path)
            for data, when in found:
                rev_id = sha256(data).hex()
                came_in[rev_id] = path
                if when:
                    accepted[rev_id] = when
                yield data

    # ``accepted`` fills as the merge reads the envelopes, before it checks any of them.
    result = merge.merge(vault, envelopes(), trust(cfg, vault, accepted))
    holding_refused = {came_in[r] for r in result.refused if r in came_in}
    for path in read:
        if path in holding_refused:
            _quarantine(vault, path)
        else:
            remove_quietly(path)  # merged, duplicates, or waiting in the database
    state = load_state(vault.path)
    with vault.transaction() as conn:
        for alert in state.alerts:
            merge.log_integrity(conn, "server", alert)
        stored = meta.read(conn, SYNC_CURSOR)
        if stored is not None and int(stored) > state.cursor:
            merge.log_integrity(
                conn,
                "rollback",
                "The sync cursor went backwards since the "
                "last unlock: the state file was replaced or the server rolled back.",
            )
            state.cursor = int(stored)
        meta.write(conn, SYNC_CURSOR, str(state.cursor))
    state.alerts = []
    save_state(vault.path, state)
    return result


def _quarantine(vault: Vault, path: Path) -> None:
    """Keep a refused inbox file, as it came, in the vault's quarantine (never deleted)."""
    try:
        quarantine.keep(vault.path, path, layout.QUARANTINE_INBOX)
    except OSError as exc:
        log.warning("a refused inbox file could not be moved to quarantine: %s", exc.strerror)
