"""Sync with the vault open: enrolment, a full round (outbox, push, pull, merge), status."""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from vigil.crypto.errors import IntegrityError, VigilError
from vigil.crypto.keys import sha256
from vigil.sync import blobs, codes, outbox
from vigil.sync.client import DeviceRevoked, SyncClient, SyncError
from vigil.sync.credentials import CredentialStore, DeviceCredential
from vigil.sync.engine import UNSIGNED_WIPE, SyncReport, load_state, save_state, sync_once
from vigil.sync.transport import PinMismatch
from vigil.vault import db, layout, merge, quarantine
from vigil.vault.files import LinkedFolder, remove_quietly
from vigil.vault.items import Change
from vigil.vault.store import Vault

log = logging.getLogger(__name__)


class NotEnrolled(VigilError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__("This vault is not enrolled with an HQ server; use 'vigil sync enrol'.")


@dataclass(frozen=True)
class SyncConfig:
    """What enrolment pinned, kept inside the encrypted vault."""

    url: str
    pin: str
    role: str
    org: str
    device_id: str
    hq_age: tuple[str, ...]
    hq_ed25519: tuple[str, ...]  # base64

    @property
    def hq_keys(self) -> frozenset[bytes]:
        return frozenset(base64.b64decode(k) for k in self.hq_ed25519)


def config(vault: Vault) -> SyncConfig | None:
    raw = vault.get_meta("sync")
    if raw is None:
        return None
    data = json.loads(raw)
    return SyncConfig(
        data["url"],
        data["pin"],
        data["role"],
        data["org"],
        data["device_id"],
        tuple(data["hq_age"]),
        tuple(data["hq_ed25519"]),
    )


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
        with db.transaction(vault.conn, vault._lock) as conn:
            merge.log_integrity(conn, "linked", str(exc))
        return
    _alerts(vault)


def _alerts(vault: Vault) -> None:
    """Alerts fetched while locked are verified again and stored (docs/alerts.md)."""
    from vigil.alerts.publish import after_unlock

    after_unlock(vault)


def _store_config(vault: Vault, cfg: SyncConfig) -> None:
    vault.set_meta("sync", json.dumps(cfg.__dict__))


def trust(vault: Vault, cfg: SyncConfig) -> merge.Trust:
    return merge.Trust(hq_keys=cfg.hq_keys, first_use=cfg.role == "hq")


def credential_for(vault: Vault, store: CredentialStore) -> DeviceCredential:
    cfg = config(vault)
    if cfg is None:
        raise NotEnrolled()
    cred = store.load(vault.header.vault_id.hex())
    if cred is None:
        raise VigilError("This device's sync credential is missing from the keyring; enrol again.")
    # The keyring is outside the vault: check it against what the vault pinned.
    if (cred.url, cred.pin, cred.device_id) != (cfg.url, cfg.pin, cfg.device_id):
        raise IntegrityError("The keyring's sync credential differs from what this vault pinned.")
    pinned = tuple(base64.b64decode(k) for k in cfg.hq_ed25519)
    if not cred.hq_ed25519:
        # Enrolled before the keyring carried the HQ keys: copy them from the vault, so that a
        # signed wipe order can be checked while the vault is locked.
        cred = dataclasses.replace(cred, hq_ed25519=pinned)
        store.save(cred)
    elif cred.hq_ed25519 != pinned:
        raise IntegrityError("The keyring's HQ keys differ from the ones this vault pinned.")
    return cred


def _enrol(
    vault: Vault,
    code: codes.EnrolmentCode,
    store: CredentialStore,
    proxy: str | None,
    hq_ed25519: tuple[bytes, ...],
) -> DeviceCredential:
    if config(vault) is not None:
        raise VigilError("This vault is already enrolled.")
    if code.expired:
        raise codes.CodeInvalid("This enrolment code has expired; ask HQ for a new one.")
    device_key = os.urandom(32)  # random: never derived from the passphrase
    with SyncClient(code.url, code.pin, proxy=proxy) as client:
        answer = client.enrol(
            code.secret,
            device_key,
            vault.identity.recipient_string,
            vault.identity.verify_key_bytes,
            vault.identity.signing_key if code.role == "hq" else None,
        )
    cred = DeviceCredential(
        vault_id=vault.header.vault_id.hex(),
        device_id=str(answer["device_id"]),
        device_key=device_key,
        url=code.url,
        pin=code.pin,
        role=code.role,
        org=code.org,
        hq_ed25519=hq_ed25519,
    )
    store.save(cred)
    return cred


def enrol_field(
    vault: Vault, code_text: str, store: CredentialStore, proxy: str | None = None
) -> DeviceCredential:
    """Enrol as a field device: pin the server key and the HQ keys from the code."""
    code = codes.parse(code_text)
    if code.kind != "device":
        raise codes.CodeInvalid("That is an HQ admin code; use 'vigil hq init' on the HQ desk.")
    cred = _enrol(vault, code, store, proxy, tuple(k.ed25519 for k in code.hq_keys))
    cfg = SyncConfig(
        code.url,
        code.pin,
        code.role,
        code.org,
        cred.device_id,
        tuple(k.age for k in code.hq_keys),
        tuple(base64.b64encode(k.ed25519).decode() for k in code.hq_keys),
    )
    _store_config(vault, cfg)
    vault.set_meta("recipients", json.dumps(list(cfg.hq_age)))
    _share_current_state(vault)
    return cred


def hq_init(
    vault: Vault, code_text: str, store: CredentialStore, proxy: str | None = None
) -> DeviceCredential:
    """Enrol the HQ desk: this vault's identity becomes the organisation's HQ keys."""
    code = codes.parse(code_text)
    if code.kind != "admin":
        raise codes.CodeInvalid("'vigil hq init' takes the admin code from 'vigil-server init'.")
    own = vault.identity
    cred = _enrol(vault, code, store, proxy, (own.verify_key_bytes,))
    cfg = SyncConfig(
        code.url,
        code.pin,
        "hq",
        code.org,
        cred.device_id,
        (own.recipient_string,),
        (base64.b64encode(own.verify_key_bytes).decode(),),
    )
    _store_config(vault, cfg)
    _share_current_state(vault)
    return cred


def _share_current_state(vault: Vault) -> None:
    """Revisions made before enrolment were encrypted to this vault alone: they stay local.
    The current state of every item is saved once more, now also for HQ, and queued."""
    with db.transaction(vault.conn, vault._lock) as conn:
        conn.execute("UPDATE revisions SET pushed = 1")
    # A new chain for what HQ will see: HQ never gets the local revisions before enrolment,
    # so a chain continuing from them would look to HQ like withheld revisions.
    vault.start_new_device()
    outbox.attach(vault)
    blobs.attach(vault)
    changes = []
    for kind in ("case", "person", "source", "event", "note"):
        for item in vault.items(kind):
            changes.append(Change(kind, dict(item.payload), item.id))
    superseded = []
    for item in vault.items("attachment"):
        changes.append(
            Change("attachment", _reencrypted(vault, dict(item.payload), item.id), item.id)
        )
        superseded.append(vault.path / layout.ATTACHMENTS / f"{item.payload['blob']}.age")
    if changes:
        vault.save_many(changes)
    # Only once the new revisions name the new blobs: the old files hold the same content,
    # encrypted to this vault alone, and no row names them any more.
    for path in superseded:
        remove_quietly(path)


def _reencrypted(vault: Vault, payload: dict[str, Any], item_id: str) -> dict[str, Any]:
    """An attachment blob made before enrolment is readable by this vault only: encrypt it
    again, stream to stream, now also to HQ. (The caller removes the old file.)"""
    from vigil.vault import attachments
    from vigil.vault.backup import record_blob

    folder = vault.path / layout.ATTACHMENTS
    blob = attachments.reencrypt_blob(
        folder / f"{payload['blob']}.age",
        str(payload["blob"]),
        str(payload.get("sha256", "")),
        vault.identities,
        vault.recipients,
        folder,
    )
    with db.transaction(vault.conn, vault._lock) as conn:
        conn.execute("DELETE FROM blobs WHERE item_id = ?", (item_id,))
    record_blob(vault, item_id, blob.file, blob.ct_sha256, blob.ct_size)
    return {
        **payload,
        "blob": blob.ct_sha256,
        "ct_size": blob.ct_size,
        "padded_size": blob.padded_size,
        "padded_sha256": blob.padded_sha256,
    }


def hq_enrol_code(
    vault: Vault, store: CredentialStore, ttl_seconds: int = 86_400, proxy: str | None = None
) -> str:
    cfg = config(vault)
    if cfg is None or cfg.role != "hq":
        raise VigilError("Only the HQ desk makes enrolment codes.")
    cred = credential_for(vault, store)
    with SyncClient.for_device(cred, proxy) as client:
        text = client.make_enrol_code("field", ttl_seconds)
    made = codes.parse(text)
    own = vault.identity
    # The server writes the code; the desk checks it carries our own keys before anyone uses it.
    if (
        made.url != cfg.url
        or made.pin != cfg.pin
        or [k.age for k in made.hq_keys] != [own.recipient_string]
        or [k.ed25519 for k in made.hq_keys] != [own.verify_key_bytes]
    ):
        raise IntegrityError(
            "The server made an enrolment code with keys that are not this HQ desk's; "
            "do not hand it out. The server may be compromised."
        )
    return text


def sync_now(
    vault: Vault, store: CredentialStore, proxy: str | None = None, timeout: float = 30.0
) -> tuple[SyncReport, merge.MergeReport]:
    """Reconcile the outbox, push and pull, then merge the inbox into the vault."""
    cfg = config(vault)
    if cfg is None:
        raise NotEnrolled()
    cred = credential_for(vault, store)
    outbox.reconcile(vault)
    blobs.reconcile(vault)
    report = sync_once(vault.path, cred, proxy, timeout=timeout)
    if report.wipe:
        # An order signed by the pinned HQ key: nothing more is read or written; the caller
        # wipes (keys first) with the vault closed.
        vault.close()
        return report, merge.MergeReport()
    outbox.reconcile(vault)
    merged = merge_inbox(vault)
    _alerts(vault)  # after the merge: the HQ desk checks field notes against merged keys
    if not report.error:
        _download_blobs(vault, cred, proxy, timeout, report)
    return report, merged


def _download_blobs(
    vault: Vault, cred: DeviceCredential, proxy: str | None, timeout: float, report: SyncReport
) -> None:
    """Fetch merged attachments' blobs. A failure here is a failed round like any other: it
    goes into the report and the state file. (It used to escape sync_now as an exception: a
    503 as SyncError, a dropped connection mid-download as a raw httpx error.)"""
    alert = ""
    wipe_asked = False
    try:
        with SyncClient.for_device(cred, proxy, timeout) as client:
            report.blobs += blobs.download_missing(vault, client)
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
    state = load_state(vault.path)
    state.failures += 1
    state.last_error = report.error
    state.wipe_requested = state.wipe_requested or wipe_asked
    save_state(vault.path, state)
    if alert:
        with db.transaction(vault.conn, vault._lock) as conn:
            merge.log_integrity(conn, "server", alert)


def merge_inbox(vault: Vault) -> merge.MergeReport:
    cfg = config(vault)
    if cfg is None:
        return merge.MergeReport()
    files: dict[str, Path] = {}

    def envelopes() -> Iterator[bytes]:
        for path in outbox.inbox(vault.path):
            try:
                data = outbox.read_envelope(path)
            except OSError as exc:  # too large, a link, unreadable: refused without reading
                with db.transaction(vault.conn, vault._lock) as conn:
                    merge.log_integrity(conn, "refused", f"inbox file {path.name}: {exc}")
                _quarantine(vault, path)
                continue
            files[sha256(data).hex()] = path
            yield data

    result = merge.merge(vault, envelopes(), trust(vault, cfg))
    refused = set(result.refused)
    for rev_id, path in files.items():
        if rev_id in refused:
            _quarantine(vault, path)
        else:
            remove_quietly(path)  # merged, a duplicate, or waiting in the database
    state = load_state(vault.path)
    with db.transaction(vault.conn, vault._lock) as conn:
        for alert in state.alerts:
            merge.log_integrity(conn, "server", alert)
        stored = conn.execute("SELECT value FROM meta WHERE key = 'sync_cursor'").fetchone()
        if stored is not None and int(stored[0]) > state.cursor:
            merge.log_integrity(
                conn,
                "rollback",
                "The sync cursor went backwards since the "
                "last unlock: the state file was replaced or the server rolled back.",
            )
            state.cursor = int(stored[0])
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('sync_cursor', ?) ON CONFLICT(key)"
            " DO UPDATE SET value = excluded.value",
            (str(state.cursor),),
        )
    state.alerts = []
    save_state(vault.path, state)
    return result


def _quarantine(vault: Vault, path: Path) -> None:
    """Keep a refused inbox file, as it came, in the vault's quarantine (never deleted)."""
    try:
        quarantine.keep(vault.path, path, layout.QUARANTINE_INBOX)
    except OSError as exc:
        log.warning("a refused inbox file could not be moved to quarantine: %s", exc.strerror)


def status(vault_dir: Path, vault: Vault | None = None) -> dict[str, Any]:
    state = load_state(vault_dir)
    info: dict[str, Any] = {
        "last_success": state.last_success,
        "last_attempt": state.last_attempt,
        "last_error": state.last_error,
        "pending": len(outbox.queued(vault_dir)),
        "cursor": state.cursor,
        "wipe_requested": state.wipe_requested,
    }
    if vault is not None:
        cfg = config(vault)
        info["enrolled"] = cfg is not None
        if cfg is not None:
            info.update(url=cfg.url, role=cfg.role, org=cfg.org, device_id=cfg.device_id)
        info["conflicts"] = len(merge.conflicts(vault))
        info["integrity_alerts"] = merge.integrity_log(vault, 20)
    return info
