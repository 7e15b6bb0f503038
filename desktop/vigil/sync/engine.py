"""One sync round: push the outbox, pull into the inbox. Needs no vault key.

What the round remembers between rounds is the state file (sync/state.py).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vigil.alerts import channel as alerts_channel
from vigil.crypto.errors import VigilError
from vigil.sync import blobs, outbox, wipe_order
from vigil.sync.client import SyncClient
from vigil.sync.credentials import DeviceCredential
from vigil.sync.errors import DeviceRevoked, ServerLied, SyncError
from vigil.sync.state import SyncState, load_state, save_state
from vigil.sync.transport import PinMismatch
from vigil.vault.files import vault_subdir
from vigil.vault.items import now

log = logging.getLogger(__name__)
UNSIGNED_WIPE = (
    "The server says HQ revoked this device and asked it to wipe itself. Vigil does not obey a "
    "wipe order the HQ key did not sign: if HQ confirms it by another channel, run 'vigil wipe' "
    "(or the panic wipe in the app)."
)
WIPE_OBEYED = "HQ ordered this device to wipe itself, with a signature this device verified."
CURSOR_AHEAD = (
    "The server no longer has envelopes this device already fetched: it lost data or is "
    "hiding it. Sync stopped; tell HQ by another channel."
)


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    round_trips: int = 0
    error: str = ""
    retry: bool = False
    wipe: bool = False  # an HQ-signed wipe order for this device arrived: the caller wipes
    integrity: bool = False  # the server or the connection cannot be trusted
    blobs: int = 0
    notes_sent: int = 0  # alerts channel (docs/alerts.md)
    notes_fetched: int = 0


def sync_once(
    vault_dir: Path,
    credential: DeviceCredential,
    proxy: str | None = None,
    audience: Any = "hq",
    timeout: float = 30.0,
    client: SyncClient | None = None,
) -> SyncReport:
    """``client``: one the caller signed in with and closes (its token is used again)."""
    state = load_state(vault_dir)
    state.last_attempt = now()
    report = SyncReport()
    vault_subdir(vault_dir, outbox.INBOX)  # before the network: a link here stops the round
    try:
        with contextlib.ExitStack() as own:
            if client is None:
                client = own.enter_context(SyncClient.for_device(credential, proxy, timeout))
            try:
                # Field alerts jump the queue: the notes channel goes before any envelope.
                report.notes_sent = alerts_channel.send_queued(vault_dir, client)
                _push(vault_dir, client, audience, report)
                _pull(vault_dir, client, state, report)
                report.notes_fetched = alerts_channel.fetch(vault_dir, client, credential)
            finally:
                report.round_trips = client.round_trips
    except DeviceRevoked as exc:
        report.error = str(exc)
        if exc.wipe:
            _wipe_request(vault_dir, credential, exc, state, report, proxy, audience, timeout)
    except (PinMismatch, ServerLied) as exc:
        report.error, report.integrity = str(exc), True
        state.alerts.append(str(exc))
    except SyncError as exc:
        report.error, report.retry = str(exc), exc.retry
        if exc.code == "cursor_ahead":
            # In our own words: the server that may be lying also wrote its message.
            report.error, report.integrity = CURSOR_AHEAD, True
            state.alerts.append(CURSOR_AHEAD)
    except VigilError as exc:
        report.error = str(exc)
    if report.error:
        state.failures += 1
        state.last_error = report.error
        log.warning("sync failed (%s)", "will retry" if report.retry else "stopped")
    else:
        state.failures = 0
        state.last_error = ""
        state.last_success = now()
    save_state(vault_dir, state)
    return report


def _wipe_request(
    vault_dir: Path,
    credential: DeviceCredential,
    exc: DeviceRevoked,
    state: SyncState,
    report: SyncReport,
    proxy: str | None,
    audience: Any,
    timeout: float,
) -> None:
    """Obey a wipe order signed by a pinned HQ key (the caller then wipes); show any other.

    An order that the server alone vouches for is never obeyed: a compromised server must not
    be able to destroy every field device's unsynced evidence. The reason goes to the
    integrity log at the next unlock.
    """
    try:
        order = wipe_order.check(exc.wipe_order, credential.hq_ed25519, credential.device_id)
    except wipe_order.WipeOrderInvalid as why:
        state.wipe_requested = True
        report.error = UNSIGNED_WIPE
        state.alerts.append(f"{UNSIGNED_WIPE} ({why})")
        log.warning("wipe request not obeyed")
        return
    if order.push_first:
        # HQ asked for the evidence first. A failed push does not stop the wipe: HQ judged this
        # device at risk, and people named in it matter more than the unsynced revisions.
        try:
            with SyncClient.for_device(credential, proxy, timeout) as client:
                client.action = "final"
                # The server's one final session takes envelopes to HQ only, no blob uploads.
                _push(vault_dir, client, "hq", report, with_blobs=False)
        except (VigilError, OSError) as failed:
            log.warning("final push before the wipe failed (%s)", type(failed).__name__)
    log.warning("obeying a wipe order signed by HQ")
    report.wipe = True
    report.error = WIPE_OBEYED


def _push(
    vault_dir: Path, client: SyncClient, audience: Any, report: SyncReport, with_blobs: bool = True
) -> None:
    # Blobs first: a revision should not reach HQ before the attachment it names.
    if with_blobs:
        report.blobs = blobs.upload_all(vault_dir, client, audience)
    files = outbox.queued(vault_dir)
    for start in range(0, len(files), 200):
        chunk = files[start : start + 200]
        bodies = [p.read_bytes() for p in chunk]
        pushed = client.push_receipted(bodies, audience)
        # The receipts as they came, beside where the envelopes go: checked and kept in the
        # vault at the next unlock (evidence/receipts.py), as the sent files are recorded.
        for path, body, answer in zip(chunk, bodies, pushed, strict=True):
            if answer.receipt is not None:
                outbox.write_receipt(path, body, answer.receipt, answer.receipt_keys)
        outbox.mark_sent(chunk)  # only after the server acknowledged the whole batch
        report.pushed += len(chunk)


def _pull(vault_dir: Path, client: SyncClient, state: SyncState, report: SyncReport) -> None:
    for items, cursor, _more in client.pull(state.cursor):
        outbox.write_page(vault_dir, items)  # one file and one fsync for the whole page
        report.pulled += len(items)
        # The cursor moves only once the page is safely on disk.
        state.cursor = cursor
        save_state(vault_dir, state)
