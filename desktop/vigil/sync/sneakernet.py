"""Sync without a network: a bundle file carried by hand (docs/sync.md, "Sneakernet").

The network is one transport among two. An export takes what a sync round would push (the
outbox's envelopes, the queued notes, the attachments not yet uploaded) and seals it to its
one reader (HQ's bundle back adds HQ's signed word of what it holds, sync/held.py); an import
hands what it holds to the very code a pull feeds: ``merge.merge`` for envelopes (trust,
chains, forks, replays), the alerts inbox for notes (signatures, audience, sequence numbers,
expiry), and the signed hashes for attachments. Nothing leaves the outbox because of an
export: only the server's acknowledgement or HQ's, carried back in HQ's bundle, takes it out;
until then the next round or export carries it again, and the receiver recognises what it
already holds (envelopes and notes by id, attachments by hash).
"""

from __future__ import annotations

import base64
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vigil.alerts import channel, inbox, note, sent
from vigil.alerts import state as alerts_state
from vigil.crypto import age, keys, signed_note, strict_json
from vigil.crypto.errors import BadArgument
from vigil.crypto.keys import sha256
from vigil.sync import blobs, bundle, held, outbox
from vigil.sync.enrolment import NotEnrolled, SyncConfig, config, trust
from vigil.vault import layout, merge, quarantine
from vigil.vault.files import atomic_write, fsync_dir, safe_mkdir
from vigil.vault.items import now
from vigil.vault.store import Vault

log = logging.getLogger(__name__)


@dataclass
class Exported:
    envelopes: int = 0
    notes: int = 0
    attachments: int = 0
    size: int = 0
    held: int = 0  # HQ -> device: how many of the device's revisions HQ says it holds


@dataclass
class Imported:
    """What an import did, in counts only (never names or titles)."""

    direction: str = ""
    added: int = 0
    duplicates: int = 0
    conflicts: int = 0
    waiting: int = 0
    refused: int = 0
    notes: int = 0
    notes_duplicate: int = 0
    notes_refused: int = 0
    attachments: int = 0
    acknowledged: int = 0  # revisions HQ said it holds, dropped from the outbox
    acks_refused: int = 0
    items: set[str] = field(default_factory=set)
    cases: set[str] = field(default_factory=set)

    @property
    def troubled(self) -> bool:
        """Something was refused or waits for a missing predecessor: see the integrity log."""
        return bool(self.refused or self.waiting or self.notes_refused or self.acks_refused)


def _config(vault: Vault) -> SyncConfig:
    cfg = config(vault)
    if cfg is None:
        raise NotEnrolled()
    return cfg


# -- export -----------------------------------------------------------------------------------


def export_for_hq(vault: Vault, out: Path, replace: bool = False) -> Exported:
    """Field device: everything waiting to leave, sealed to the pinned HQ keys only."""
    cfg = _config(vault)
    if cfg.role == "hq":
        raise BadArgument("The HQ desk exports for one field device: add --for DEVICE_ID.")
    safe_mkdir(vault.path / layout.OUTBOX)
    outbox.reconcile(vault)  # the database is the record: nothing saved is missed
    blobs.reconcile(vault)
    from vigil.alerts.publish import announce_keys

    announce_keys(vault)  # as a round does: HQ learns this device's own key from it
    envelopes = [path.read_bytes() for path in outbox.queued(vault.path)]
    notes = [data for data, audience in _queued_notes(vault.path) if audience == "hq"]
    blob_dir = vault.path / layout.ATTACHMENTS
    files = [blob_dir / job.file for job in blobs.pending(vault.path)]
    files = [path for path in files if path.is_file()]
    recipients = keys.preferred([age.parse_recipient(key) for key in cfg.hq_age])
    header = {"direction": bundle.TO_HQ, "org": cfg.org, "from": cfg.device_id, "to": "hq",
              "made": now()}  # fmt: skip
    size = bundle.write(out, recipients, header, envelopes, notes, files, replace)
    return Exported(len(envelopes), len(notes), len(files), size)


def export_for_device(vault: Vault, out: Path, device_id: str, replace: bool = False) -> Exported:
    """HQ desk: the notes addressed to one field device (alerts, urgent actions with their
    letter templates, key rotations), sealed to that device's own key only: the one it
    announced in a note it signed, never a key the server hands out."""
    cfg = _config(vault)
    if cfg.role != "hq":
        raise BadArgument("Only the HQ desk makes a bundle for a device; --for is HQ's.")
    from vigil.sync import seized

    if seized.is_seized(vault, device_id):
        raise BadArgument(
            f"Device {device_id} was seized: nothing is encrypted to its keys any more."
        )
    known = inbox.field_keys(vault).get(device_id)
    if known is None or not known[1]:
        raise BadArgument(
            f"HQ does not know device {device_id}'s own key yet: a device announces it in its "
            "first sync or bundle. Import a bundle from that device first."
        )
    notes = sent.for_device(vault, device_id)
    header = {"direction": bundle.TO_DEVICE, "org": cfg.org, "from": "hq", "to": device_id,
              "made": now()}  # fmt: skip
    recipients = inbox.device_recipients(vault, [device_id])
    statement = held.make(vault, device_id)
    size = bundle.write(out, recipients, header, [], notes, [], replace, held=[statement])
    return Exported(0, len(notes), 0, size, held.count(statement))


def _queued_notes(vault_dir: Path) -> list[tuple[bytes, Any]]:
    """The notes waiting in ``alerts-out/`` as (note, audience)."""
    found = []
    for path in channel.queued(vault_dir):
        try:
            raw = strict_json.loads(path.read_bytes(), path.name)
            found.append((base64.b64decode(raw["note"], validate=True), raw["audience"]))
        except (OSError, strict_json.StrictJSONError, ValueError, KeyError, TypeError):
            continue  # the network round drops it; an export leaves it alone
    return found


# -- import -----------------------------------------------------------------------------------


def import_bundle(vault: Vault, path: Path) -> Imported:
    """Check and take in a bundle made for this vault. Idempotent: a bundle imported twice,
    or whose contents also came through the server, adds nothing the second time."""
    cfg = _config(vault)
    stage = safe_mkdir(vault.path / layout.ATTACHMENTS)
    opened = bundle.read(path, vault.identities, stage)
    try:
        _check_addressed(cfg, opened.header)
        result = Imported(direction=str(opened.header["direction"]))
        _merge(vault, cfg, opened.envelopes, result)
        _keep_blobs(vault, opened, result)
        _take_notes(vault, cfg, opened.notes, result)
        if cfg.role != "hq":  # HQ's word is for a field device; the desk ignores any
            result.acknowledged, result.acks_refused = held.apply(vault, cfg, opened.held)
    finally:
        opened.discard()
    _record_custody(vault, path, result)
    return result


def _record_custody(vault: Vault, path: Path, result: Imported) -> None:
    """An ``imported`` entry, naming the bundle file's SHA-256, in each case the bundle brought
    something of. The other side's own custody entries arriving are not a case brought in:
    recording them would also echo entries back and forth between the two chains."""
    from vigil.evidence import custody

    brought = set()
    for item_id in result.items:
        item = vault.get(item_id)
        if item is not None and item.kind != custody.KIND:
            brought.add(item.id if item.kind == "case" else item.case_id or "")
    brought.discard("")
    if brought:
        way = "field device to HQ" if result.direction == bundle.TO_HQ else "HQ to this device"
        detail = f"from a bundle carried by hand ({way})"
        custody.record_imported(vault, brought, detail, custody.file_sha256(path))


def _check_addressed(cfg: SyncConfig, header: dict[str, Any]) -> None:
    if header["org"] != cfg.org:
        raise bundle.BundleRefused(
            "This bundle was made for another organisation. Nothing was imported."
        )
    if cfg.role == "hq":
        if header["direction"] != bundle.TO_HQ or header["to"] != "hq":
            raise bundle.BundleRefused(
                "This bundle was made by HQ for a field device, not for the HQ desk. Nothing "
                "was imported."
            )
    elif header["direction"] != bundle.TO_DEVICE or header["to"] != cfg.device_id:
        raise bundle.BundleRefused("This bundle was made for another device. Nothing was imported.")


def _merge(vault: Vault, cfg: SyncConfig, envelopes: list[bytes], result: Imported) -> None:
    """The envelopes go where a pulled page's go: one merge, with this vault's trust."""
    # A seized device's envelope in a bundle has no server acceptance time: quarantined.
    merged = merge.merge(vault, envelopes, trust(cfg, vault))
    refused = set(merged.refused)
    for data in envelopes:
        rev_id = sha256(data).hex()
        if rev_id in refused:
            # Kept as it came, as a refused inbox file is: never dropped.
            quarantine.keep_bytes(vault.path, f"bundle-{rev_id}.age", data, layout.QUARANTINE_INBOX)
    result.added += merged.added
    result.duplicates += merged.duplicates
    result.conflicts += merged.conflicts
    result.waiting += merged.waiting
    result.refused += len(merged.refused)
    result.items |= merged.items
    result.cases |= merged.cases


def _keep_blobs(vault: Vault, opened: bundle.Bundle, result: Imported) -> None:
    """Keep an attachment's ciphertext when a signed attachment revision names its hash and
    size (what a download checks too); others stay out of the vault."""
    from vigil.vault.backup import record_blob

    blob_dir = vault.path / layout.ATTACHMENTS
    for item in vault.items("attachment"):
        payload = dict(item.payload)
        expected = str(payload.get("blob", ""))
        staged = opened.blobs.get(expected)
        if staged is None or (blob_dir / f"{expected}.age").exists():
            continue
        if staged.stat().st_size != int(payload.get("ct_size", -1)):
            continue
        name = f"{expected}.age"
        os.replace(staged, blob_dir / name)
        del opened.blobs[expected]
        fsync_dir(blob_dir)
        record_blob(vault, item.id, name, expected, int(payload["ct_size"]))
        result.attachments += 1
        result.items.add(item.id)
        if item.case_id:
            result.cases.add(item.case_id)


def _note_key(vault: Vault, cfg: SyncConfig, data: bytes) -> tuple[str, int] | None:
    """A note's id as the inbox will know it, and its signed sequence number; None when it
    cannot be read here (the inbox then refuses it with its reason)."""
    try:
        text = age.decrypt(data, vault.identities) if cfg.role == "hq" else data
        signed = signed_note.split(text)[0]
        return note.note_id(signed), note.parse_text(signed).seq
    except Exception:  # hostile bytes: the inbox says why
        return None


def _take_notes(vault: Vault, cfg: SyncConfig, notes: list[bytes], result: Imported) -> None:
    """Into ``alerts-inbox/`` as a notes pull leaves them, then the inbox's checks. A note
    already held is a duplicate; one taken here is remembered as such, so that the same note
    arriving later through the server is recognised, not reported as a replay."""
    if not notes:
        return
    from vigil.alerts.publish import after_unlock

    marks = inbox.seq_state(vault)
    folder = safe_mkdir(vault.path / alerts_state.INBOX)
    own = [vault.identity.own_recipient()]
    for data in notes:
        key = _note_key(vault, cfg, data)
        if key is not None and key[0] in marks.seen:
            result.notes_duplicate += 1
            continue
        if key is not None and key[0] not in marks.bundled:
            marks.bundled.append(key[0])
        # On a field device the HQ note is sealed to the vault's own key, as a locked fetch
        # keeps it; the HQ desk keeps a field note as it came (already sealed to HQ).
        sealed = data if cfg.role == "hq" else age.encrypt(data, own)
        # Named by the signed sequence number: the inbox takes files in name order, and a
        # note below the last one accepted from its key is refused as reordered. (A bundle
        # lists urgent notes first, as the outbox queues them.)
        name = f"bundle-{key[1] if key else 0:016d}-{sha256(data).hex()[:32]}.age"
        atomic_write(folder / name, sealed)
    vault.set_meta(inbox.SEQ_META, json.dumps(marks.to_json()))
    absorbed = after_unlock(vault)
    result.notes += len(absorbed.accepted)
    result.notes_refused += len(absorbed.refused)


def describe(result: Imported) -> str:
    """One line of counts for a person."""
    text = (
        f"Imported {result.added} revisions ({result.duplicates} already here, "
        f"{result.conflicts} conflicts, {result.refused} refused, {result.waiting} waiting), "
        f"{result.attachments} attachments, {result.notes} notes"
    )
    if result.notes_duplicate:
        text += f" ({result.notes_duplicate} already here)"
    if result.acknowledged:
        text += f"; HQ holds {result.acknowledged} revisions, no longer queued"
    if result.acks_refused:
        text += f"; {result.acks_refused} acknowledgements refused"
    return text + "."


__all__ = ["Exported", "Imported", "describe", "export_for_hq", "import_bundle"]
