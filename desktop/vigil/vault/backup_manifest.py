"""The backup manifest, and whose revisions a restore may trust.

A backup is encrypted to public keys only (the vault's age recipient, the recovery recipient,
a pinned HQ key), so anyone who knows them can write a file that decrypts like a backup. An
envelope's signature proves which key wrote a revision, not that this vault ever trusted that
key, so a restore cannot take a foreign revision on the file's word.

Version 1 manifests are plain JSON, and a restore accepts only revisions signed with the
vault's own key, which makes the backup of any vault that merged other devices' revisions (an
HQ desk above all) impossible to restore. Version 2 signs, with the vault's own Ed25519 key,
the trust table the vault had learnt (the ``devices`` table: device id -> author key) and a
digest of the header and of every member. Only the holder of the vault's identity can make
that signature, and a restore checks it with the key it unwraps from the header with the
master key; then a revision is accepted only if its device and key are in the signed table.
The format is docs/formats.md §11.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from vigil.crypto import keys, signed_note, strict_json
from vigil.crypto.envelope import Revision, canonical_json
from vigil.crypto.errors import IntegrityError, SignatureError, VigilError
from vigil.crypto.header import Header

FORMAT = "vigil-backup"
VERSION = 2
READABLE = (1, 2)
# The trust table grows with every device the vault has merged from (about 100 bytes each):
# 4 MiB is some 40 000 devices. The writer refuses a larger manifest rather than write a
# backup that no reader would open.
MAX_MANIFEST = 4 * 1024 * 1024
_SIGNED_TYPE = "backup-manifest"


def signer_name(vault_id: bytes) -> str:
    """Not a device's name: a manifest's key id can never match a revision's signature line."""
    return "vigil-backup-" + vault_id.hex()


def contents_digest(revision_ids: Iterable[str], blob_files: Iterable[str]) -> str:
    """SHA-256 over the sorted member names. Each name is the SHA-256 of the member, so this
    commits to every byte of every revision and attachment, and to the set of them."""
    names = sorted(f"revisions/{r}.age" for r in revision_ids)
    names += sorted(f"attachments/{f}" for f in blob_files)
    return keys.sha256("".join(n + "\n" for n in names).encode()).hex()


def build(
    identity: keys.Identity,
    header: Header,
    devices: Mapping[str, str],
    created: str,
    revision_ids: Sequence[str],
    blob_files: Sequence[str],
) -> bytes:
    """The ``vigil-backup.json`` member: the version, and the signed note that is the rest."""
    body = {
        "format": FORMAT,
        "version": VERSION,
        "type": _SIGNED_TYPE,
        "vault_id": header.vault_id.hex(),
        "created": created,
        "header": keys.sha256(header.to_bytes()).hex(),
        "revisions": len(revision_ids),
        "attachments": len(blob_files),
        "contents": contents_digest(revision_ids, blob_files),
        "devices": dict(devices),
    }
    note = signed_note.sign(
        canonical_json(body) + b"\n",
        signer_name(header.vault_id),
        identity.signing_key,
        identity.verify_key_bytes,
    )
    manifest = {"format": FORMAT, "version": VERSION, "signed": note.decode()}
    data = json.dumps(manifest, indent=1).encode()
    if len(data) > MAX_MANIFEST:
        raise VigilError(
            f"This vault trusts {len(devices)} devices, too many for one backup manifest; "
            "the backup was not written."
        )
    return data


def parse(data: bytes) -> dict[str, Any]:
    """Read the manifest member (unverified: only the version decides what comes next)."""
    if len(data) > MAX_MANIFEST:
        raise IntegrityError("The backup's manifest is larger than any Vigil writes.")
    found = strict_json.loads(data, "The backup's manifest", max_bytes=MAX_MANIFEST)
    if not isinstance(found, dict) or found.get("format") != FORMAT:
        raise IntegrityError("This is not a Vigil backup.")
    if found.get("version") not in READABLE:
        raise IntegrityError("This backup was made by a newer Vigil; update Vigil to restore it.")
    if found["version"] == 2 and not isinstance(found.get("signed"), str):
        raise IntegrityError("The backup's manifest is unreadable: it carries no signed part.")
    return found


def verify(
    manifest: Mapping[str, Any],
    header: Header,
    identity: keys.Identity,
    revision_ids: Sequence[str],
    blob_files: Sequence[str],
) -> dict[str, str]:
    """Check a version 2 manifest against the vault's own key and the members the tar held;
    return its trust table (device id hex -> author key hex)."""
    try:
        text, _ = signed_note.verify(
            str(manifest["signed"]).encode(),
            {signer_name(header.vault_id): identity.verify_key_bytes},
        )
        body = strict_json.loads(text, "The backup's signed manifest", max_bytes=MAX_MANIFEST)
    except (SignatureError, strict_json.StrictJSONError):
        raise IntegrityError(
            "The backup's manifest is not signed by this vault's key: the backup was altered "
            "or made by someone else. Nothing was restored."
        ) from None
    if not isinstance(body, dict) or (
        body.get("format"),
        body.get("version"),
        body.get("type"),
    ) != (FORMAT, VERSION, _SIGNED_TYPE):
        raise IntegrityError("The backup's signed manifest is malformed.")
    if body.get("vault_id") != header.vault_id.hex() or body.get("header") != (
        keys.sha256(header.to_bytes()).hex()
    ):
        raise IntegrityError("The backup's vault header is not the one its manifest signs.")
    if (
        body.get("revisions") != len(revision_ids)
        or body.get("attachments") != len(blob_files)
        or body.get("contents") != contents_digest(revision_ids, blob_files)
    ):
        raise IntegrityError(
            "The backup is incomplete or altered: its contents differ from its signed manifest."
        )
    devices = body.get("devices")
    if not isinstance(devices, dict) or not all(
        _is_hex(d, 32) and _is_hex(k, 64) for d, k in devices.items()
    ):
        raise IntegrityError("The backup's signed manifest has a malformed trust table.")
    return {str(d): str(k) for d, k in devices.items()}


def _is_hex(value: object, length: int) -> bool:
    return (
        isinstance(value, str)
        and len(value) == length
        and all(c in "0123456789abcdef" for c in value)
    )


def check_authors(revisions: Iterable[Revision], devices: Mapping[str, str]) -> None:
    """Version 2: every revision's device must be in the signed trust table with its key.
    The vault's own devices are in the table like any other, so one rule covers both."""
    for rev in revisions:
        device = rev.device.hex()
        if devices.get(device) != rev.author_key.hex():
            raise IntegrityError(
                f"Revision {rev.id[:12]} in the backup is signed by a key this vault did not "
                f"trust for device {device[:12]} when the backup was made. Nothing was restored."
            )


def check_authors_v1(revisions: Sequence[Revision], own_key: bytes) -> None:
    """Version 1 records no trust table, so only the vault's own key can be verified.

    Restoring without the foreign revisions is not offered: the vault's own revisions may
    name them as parents (an edit at HQ of a field device's case), the items they made would
    vanish, and what is left would no longer be the history that was backed up.
    """
    foreign = [rev for rev in revisions if rev.author_key != own_key]
    if foreign:
        raise IntegrityError(
            f"This backup was made by an older Vigil (backup version 1) and holds "
            f"{len(foreign)} revisions signed by other devices (merged through sync, such as "
            f"{foreign[0].id[:12]}). A version 1 backup does not record which devices this "
            "vault trusted, so those revisions cannot be verified, and it cannot be restored "
            "safely without them. Nothing was restored. If the vault still exists, make a new "
            "backup of it and restore that."
        )
