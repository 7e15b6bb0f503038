"""One sync round, the same for the command line, the demo and the app's scheduler.

With the vault open: reconcile the outbox and the blob queue, push and pull (sync/engine.py,
which needs no vault key), reconcile again (what was pushed), merge the inbox, check the alerts
fetched, and download the blobs of attachments merged from elsewhere. With the vault locked:
push and pull only; the rest waits for the unlock (``unlocked.prepare``).

The round returns what changed, so that the app refreshes the views that show it. A lock
during a round stops it between two steps, never inside one: each step that touches the vault
holds it open while it runs (``Vault.kept_open``), and the steps after a lock are left for the
next unlock, which does them anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from vigil.crypto.errors import IntegrityError, VigilError
from vigil.sync import blobs, outbox
from vigil.sync.client import SyncClient
from vigil.sync.credentials import CredentialStore, DeviceCredential
from vigil.sync.engine import UNSIGNED_WIPE, SyncReport, sync_once
from vigil.sync.enrolment import NotEnrolled, credential_for
from vigil.sync.errors import DeviceRevoked, ServerLied, SyncError
from vigil.sync.state import load_state, save_state
from vigil.sync.transport import PinMismatch
from vigil.sync.unlocked import check_alerts, merge_inbox, note_integrity
from vigil.vault import merge
from vigil.vault.db import DatabaseError
from vigil.vault.keyring_id import keyring_id
from vigil.vault.store import Vault, read_header

log = logging.getLogger(__name__)


@dataclass
class RoundResult:
    report: SyncReport
    merged: merge.MergeReport = field(default_factory=merge.MergeReport)
    items: set[str] = field(default_factory=set)  # items a merge or a download changed
    cases: set[str] = field(default_factory=set)  # the cases those items belong to
    locked: bool = False  # the vault was (or became) locked: merging waits for the unlock
    stamped: int = 0  # HQ desk: RFC 3161 tokens kept this round (evidence/desk_stamps.py)
    stamp_error: str = ""  # why the stamping stopped early; the round is not failed for it

    def take(self, merged: merge.MergeReport) -> None:
        self.merged = merged
        self.items |= merged.items
        self.cases |= merged.cases


def run(
    vault_dir: Path,
    store: CredentialStore,
    proxy: str | None = None,
    vault: Vault | None = None,
    timeout: float = 30.0,
) -> RoundResult:
    """One round. ``vault``: the open vault, or None while locked. Raises NotEnrolled."""
    if vault is not None and vault.is_open:
        return _open_round(vault, store, credential_for(vault, store), proxy, timeout)
    cred = store.load(keyring_id(vault_dir, read_header(vault_dir).vault_id))
    if cred is None:
        raise NotEnrolled()
    return RoundResult(sync_once(vault_dir, cred, proxy, timeout=timeout), locked=True)


def _open_round(
    vault: Vault, store: CredentialStore, cred: DeviceCredential, proxy: str | None,
    timeout: float,
) -> RoundResult:  # fmt: skip
    def reconcile() -> None:
        outbox.reconcile(vault)
        blobs.reconcile(vault)

    result = RoundResult(SyncReport())
    if not _step(vault, reconcile):
        result.locked = True
    # HQ's keys first: a note the old desk signed, fetched in this round or kept from a round
    # run while locked, is then checked against the keys the root names now.
    keyset = SyncReport()
    if not result.locked:
        _hq_keyset(vault, store, cred, proxy, timeout, keyset)
        # A new set changed the keyring's HQ keys (they check a wipe order in this round).
        fresh = [cred]
        _step(vault, lambda: fresh.append(credential_for(vault, store)))
        cred = fresh[-1]
    # One client for HQ's hybrid key and the round: the key costs no second sign-in. Its
    # refusal is said when the round's other work is done (``_refuse_last``).
    hybrid = SyncReport()
    with _client_kind(cred).for_device(cred, proxy, timeout) as client:
        if not result.locked:
            _hq_hybrid(vault, client, hybrid)
        result.report = sync_once(vault.path, cred, proxy, timeout=timeout, client=client)
    try:
        return _after_sync(vault, store, cred, proxy, timeout, result, keyset)
    finally:
        _refuse_last(result.report, hybrid)


def _after_sync(
    vault: Vault, store: CredentialStore, cred: DeviceCredential, proxy: str | None,
    timeout: float, result: RoundResult, keyset: SyncReport,
) -> RoundResult:  # fmt: skip
    result.report.round_trips += keyset.round_trips
    if keyset.error:
        result.report.error, result.report.integrity = keyset.error, True
    if result.report.wipe:
        # An order signed by the pinned HQ key: nothing more is read or written; the caller
        # wipes (keys first) with the vault closed.
        vault.close()
        return result
    if result.locked:
        return result

    def merge_step() -> None:
        outbox.reconcile(vault)
        result.take(merge_inbox(vault))
        check_alerts(vault)  # after the merge: the HQ desk checks field notes against merged keys

    if not _step(vault, merge_step):
        result.locked = True
        return result
    if not result.report.error:
        _first_keyset(vault, store, cred, proxy, timeout, result)
        _download_blobs(vault, cred, proxy, timeout, result)
        _name_senders(vault, cred, proxy, timeout, result)
        _renew_escrow(vault, store, proxy, result)
    if cred.role == "hq":
        _stamp(vault, proxy, result)
    return result


def _first_keyset(
    vault: Vault, store: CredentialStore, cred: DeviceCredential, proxy: str | None,
    timeout: float, result: RoundResult,
) -> None:  # fmt: skip
    """HQ's note that this round pinned the root (the migration): its key set now, not a
    round later."""
    from vigil.sync.root_pin import held, pinned_root

    waiting: list[bool] = []
    _step(vault, lambda: waiting.append(bool(pinned_root(vault)) and held(vault) is None))
    if waiting and waiting[0]:
        _hq_keyset(vault, store, cred, proxy, timeout, result.report)
        if result.report.error:
            result.report.integrity = True


def _hq_keyset(
    vault: Vault, store: CredentialStore, cred: DeviceCredential, proxy: str | None,
    timeout: float, report: SyncReport,
) -> None:  # fmt: skip
    """A device that pinned the HQ root takes the server's newest root-signed key set
    (docs/hq-keys.md). A set it refuses is in its integrity log, and fails the round as an
    integrity error: the server served something the root did not sign, or an older one."""
    from vigil.crypto.hq_keyset import KeySetInvalid
    from vigil.sync import hq_keys
    from vigil.sync.root_pin import pinned_root

    rooted: list[str | None] = []
    if not _step(vault, lambda: rooted.append(pinned_root(vault))) or not rooted[0]:
        return
    try:
        with SyncClient.for_device(cred, proxy, timeout) as client:
            try:
                data = client.hq_keyset()
            finally:
                report.round_trips += client.round_trips
    except (VigilError, httpx.HTTPError) as exc:
        log.info("the HQ key set could not be fetched (%s)", type(exc).__name__)
        return
    if data is None:
        return
    try:
        _step(vault, lambda: _ignore(hq_keys.accept(vault, data, store)))
    except KeySetInvalid as exc:
        report.error = str(exc)


def _refuse_last(report: SyncReport, hybrid: SyncReport) -> None:
    if hybrid.error and not report.error:
        report.error, report.integrity = hybrid.error, True


def _client_kind(cred: DeviceCredential) -> type[SyncClient]:
    from vigil.sync.desk_client import DeskClient

    return DeskClient if cred.role == "hq" else SyncClient


def _hq_hybrid(vault: Vault, client: SyncClient, report: SyncReport) -> None:
    """Before a root, HQ's move to its hybrid key (sync/hq_upgrade.py): the desk registers
    it, a field device that pinned only HQ's X25519 key takes it. One request (the desk: a
    sign-in as admin too), only while that is still to do. A refusal is in the integrity
    log and fails the round as an integrity error, after the round's other work."""
    from vigil.sync import hq_upgrade
    from vigil.sync.desk_client import DeskClient

    due: list[bool] = []
    if isinstance(client, DeskClient):
        sent: list[tuple[str, bytes] | None] = []
        if not _step(vault, lambda: sent.append(hq_upgrade.registration(vault))) or not sent[0]:
            return
        recipient, signature = sent[0]
        try:
            client.post_hybrid_recipient(recipient, signature)
        except (VigilError, httpx.HTTPError) as exc:
            log.info("HQ's hybrid key could not be registered (%s)", type(exc).__name__)
            return
        _step(vault, lambda: hq_upgrade.registered(vault, recipient))
        return
    if not _step(vault, lambda: due.append(hq_upgrade.follow_due(vault))) or not due[0]:
        return
    try:
        answer = client.hq_keys()
    except ServerLied as exc:  # an answer no honest server sends (one too large): said
        report.error = str(exc)
        return
    except (VigilError, httpx.HTTPError) as exc:
        log.info("HQ's keys could not be fetched (%s)", type(exc).__name__)
        return
    try:
        _step(vault, lambda: _ignore(hq_upgrade.follow(vault, answer)))
    except hq_upgrade.HqHybridRefused as exc:
        report.error = str(exc)


def _renew_escrow(
    vault: Vault, store: CredentialStore, proxy: str | None, result: RoundResult
) -> None:
    """After the move to HQ's hybrid key (``_hq_hybrid``), HQ's escrow copy is sealed to it
    the way ``vigil escrow enable`` does. A failure keeps the old copy and its wrap (the old
    code still opens), fails the round's report like any other error, after the round's
    other work, and is tried again at the next round."""
    from vigil.sync import escrow

    try:
        _step(vault, lambda: _ignore(escrow.renew_if_due(vault, store, proxy)))
    except (VigilError, DatabaseError, httpx.HTTPError) as exc:
        if not vault.is_open:
            result.locked = True
            return
        log.warning("HQ's escrow copy could not be renewed (%s)", type(exc).__name__)
        result.report.error = (
            f"HQ's escrow copy could not be sealed to HQ's new key ({type(exc).__name__}); "
            "the old escrow code still works, and the next sync tries again."
        )
        result.report.retry = True


def _stamp(vault: Vault, proxy: str | None, result: RoundResult) -> None:
    """HQ desk: time-stamps for what it received, when HQ configured an authority. Whatever
    goes wrong there is said and logged, and the round stands (the server's cannot wait on a
    third party's)."""
    from vigil.evidence import desk_stamps

    try:
        done = desk_stamps.stamp_received(vault, proxy, lambda work: _step(vault, work))
    except (VigilError, DatabaseError, OSError, httpx.HTTPError) as exc:
        if not vault.is_open:
            result.locked = True
            return
        log.warning("time-stamping failed (%s)", type(exc).__name__)
        result.stamp_error = f"Time-stamping failed ({type(exc).__name__})."
        return
    result.stamped, result.stamp_error = done.added, done.error


def _name_senders(
    vault: Vault, cred: DeviceCredential, proxy: str | None, timeout: float, result: RoundResult
) -> None:
    """HQ desk: ask for the device list once when notes arrived from field devices the desk
    cannot name yet (sync/device_names.py). A label is only a name to show: failing to get
    one is logged, and the round is not failed for it."""
    if cred.role != "hq":
        return
    from vigil.alerts.inbox import unnamed_senders
    from vigil.sync import device_names
    from vigil.sync.desk_client import DeskClient
    from vigil.sync.hq import DeviceRow

    unnamed: set[str] = set()
    if not _step(vault, lambda: unnamed.update(unnamed_senders(vault))) or not unnamed:
        return
    try:
        with DeskClient.for_device(cred, proxy, timeout) as client:
            try:
                listed = [DeviceRow.from_server(d) for d in client.devices() if isinstance(d, dict)]
            finally:
                result.report.round_trips += client.round_trips
    except (VigilError, httpx.HTTPError) as exc:
        log.info("the device list could not be fetched for labels (%s)", type(exc).__name__)
        return
    labels = {row.id: row.label for row in listed}
    # A sender the server does not list is kept too (without a label): asked about once.
    named = [*labels.items(), *((i, "") for i in unnamed if i not in labels)]
    _step(vault, lambda: device_names.remember(vault, named))


def _ignore(_value: object) -> None:
    """For a step whose answer the round does not need."""


def _step(vault: Vault, work: Callable[[], None]) -> bool:
    """Run one step on the vault unless it is locked; the lock waits for the step."""
    with vault.kept_open() as is_open:
        if is_open:
            work()
        return is_open


def _download_blobs(
    vault: Vault, cred: DeviceCredential, proxy: str | None, timeout: float, result: RoundResult
) -> None:
    """Fetch merged attachments' blobs. A failure here is a failed round like any other: it
    goes into the report and the state file. The vault is not held during a download (that
    would hold up a lock for as long as the network takes): a lock meanwhile ends the step."""
    report = result.report
    alert = ""
    wipe_asked = False
    try:
        with SyncClient.for_device(cred, proxy, timeout) as client:
            fetched = blobs.download_missing(vault, client)
        report.blobs += len(fetched)
        result.items |= {item for item, _case in fetched}
        result.cases |= {case for _item, case in fetched if case}
        return
    except DeviceRevoked as exc:
        report.error = UNSIGNED_WIPE if exc.wipe else str(exc)  # shown, not obeyed
        wipe_asked = exc.wipe
    except (PinMismatch, IntegrityError) as exc:  # ServerLied is an IntegrityError
        report.error, report.integrity, alert = str(exc), True, str(exc)
    except SyncError as exc:
        report.error, report.retry = str(exc), exc.retry
    except httpx.HTTPError:
        report.error, report.retry = "The server cannot be reached.", True
    except (VigilError, DatabaseError) as exc:
        if vault.is_open:
            raise
        log.info("the vault was locked during a download (%s)", type(exc).__name__)
        result.locked = True
        return
    state = load_state(vault.path)
    state.failures += 1
    state.last_error = report.error
    state.wipe_requested = state.wipe_requested or wipe_asked
    save_state(vault.path, state)
    if alert:
        _step(vault, lambda: note_integrity(vault, "server", alert))


