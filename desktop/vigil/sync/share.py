"""Saving every item once more for HQ: after enrolment, and after HQ's keys change.

Revisions made before are encrypted to whom they were made for; the current state of every
item is saved again, under a new chain, to the HQ keys pinned now (docs/hq-keys.md §3).
"""

from __future__ import annotations

from typing import Any

from vigil.sync import blobs, outbox
from vigil.vault import layout
from vigil.vault.files import remove_quietly
from vigil.vault.items import Change
from vigil.vault.store import Vault


def share_current_state(vault: Vault) -> None:
    """Revisions made before enrolment were encrypted to this vault alone: they stay local.
    The current state of every item is saved once more, now also for HQ, and queued."""
    outbox.keep_local(vault)
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
    from vigil.vault.backup import forget_blob, record_blob

    folder = vault.path / layout.ATTACHMENTS
    blob = attachments.reencrypt_blob(
        folder / f"{payload['blob']}.age",
        str(payload["blob"]),
        str(payload.get("sha256", "")),
        vault.identities,
        vault.recipients,
        folder,
    )
    forget_blob(vault, item_id)
    record_blob(vault, item_id, blob.file, blob.ct_sha256, blob.ct_size)
    return {
        **payload,
        "blob": blob.ct_sha256,
        "ct_size": blob.ct_size,
        "padded_size": blob.padded_size,
        "padded_sha256": blob.padded_sha256,
    }
