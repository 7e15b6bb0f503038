"""The backup manifest, and whose revisions a restore may trust.

A backup is encrypted to public keys only (the vault's age recipient, the recovery recipient,
a pinned HQ key), so anyone who knows them can write a file that decrypts like a backup. An
envelope's signature proves which key wrote a revision, not that this vault ever trusted that
key, so a restore cannot take a foreign revision on the file's word.

Version 1 manifests are plain JSON and unsigned: a restore takes one only when the person says
so (``--allow-unsigned-backup``), and then only revisions signed with the vault's own key.
Version 2 signs, with the vault's own Ed25519 key, the trust table the vault had learnt (the
``devices`` table: device id -> author key) and a digest of the header and of every member.
Version 3 signs the same trust table and lists every member by name (and every attachment's
size), so that a restore checks each member against the signed list as it arrives, before
it writes a byte of it, and names a member that is missing. Only the holder of the vault's
identity can make the signature; a restore checks it with the key it unwraps from the header
with the master key, before it reads any other member. The format is docs/formats.md §11.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from vigil.crypto import keys, signed_note, strict_json
from vigil.crypto.envelope import Revision, canonical_json
from vigil.crypto.errors import IntegrityError, SignatureError, VigilError
from vigil.crypto.header import Header
from vigil.vault.attachments import BLOB_SUFFIX

FORMAT = "vigil-backup"
VERSION = 3
READABLE = (1, 2, 3)
# The manifest lists every revision (about 70 bytes each) and every trusted device (about 100):
# 32 MiB is some 400 000 revisions. It is read before anything is verified, so it is bounded;
# the writer refuses a larger manifest rather than write a backup that no reader would open.
MAX_MANIFEST = 32 * 1024 * 1024
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
    blob_files: Mapping[str, int],
    retired: bytes = b"",
) -> bytes:
    """The ``vigil-backup.json`` member: the version, and the signed note that is the rest.
    ``blob_files`` maps each attachment file name to its size in bytes; ``retired`` is the
    retired-identities member, if the vault has one."""
    body = {
        "format": FORMAT,
        "version": VERSION,
        "type": _SIGNED_TYPE,
        "vault_id": header.vault_id.hex(),
        "created": created,
        "header": keys.sha256(header.to_bytes()).hex(),
        "revisions": list(revision_ids),
        "attachments": dict(blob_files),
        "devices": dict(devices),
    }
    if retired:
        body["retired"] = keys.sha256(retired).hex()
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
            f"This vault has {len(revision_ids)} revisions and trusts {len(devices)} devices, "
            "too many for one backup manifest; the backup was not written."
        )
    return data


def parse(data: bytes) -> dict[str, Any]:
    """Read the manifest member (unverified: only the version decides what comes next)."""
    if len(data) > MAX_MANIFEST:
        raise IntegrityError("The backup's manifest is larger than any Vigil writes.")
    found = strict_json.loads(data, "The backup's manifest", max_bytes=MAX_MANIFEST)
    if not isinstance(found, dict) or found.get("format") != FORMAT:
        raise IntegrityError("This is not a Vigil backup.")
    version = found.get("version")
    if type(version) is not int or version not in READABLE:
        raise IntegrityError("This backup was made by a newer Vigil; update Vigil to restore it.")
    if version >= 2 and not isinstance(found.get("signed"), str):
        raise IntegrityError("The backup's manifest is unreadable: it carries no signed part.")
    return found


@dataclass
class Expected:
    """What a verified manifest says the backup holds, checked member by member.

    Version 3 lists every member: a member it does not list is refused before it is read,
    and one it lists that never came is named at the end. Version 2 signs only the counts and
    a digest of the names, checked at the end. Version 1 (unsigned) only counts.
    """

    version: int
    devices: dict[str, str]
    revisions: set[str] | None = None
    attachments: dict[str, int] | None = None
    counts: tuple[int, int] | None = None
    contents: str | None = None
    retired: str | None = None  # SHA-256 of the retired-identities member, when there is one
    seen_revisions: list[str] = field(default_factory=list)
    seen_attachments: list[str] = field(default_factory=list)
    retired_taken: bool = False

    def retired_member(self, data: bytes) -> None:
        if self.retired is None or keys.sha256(data).hex() != self.retired:
            raise IntegrityError(
                "The backup's retired identities are not the ones its signed manifest names: "
                "the backup was altered. Nothing was restored."
            )
        self.retired_taken = True

    def revision(self, rev_id: str) -> None:
        if self.retired is not None and not self.retired_taken:
            raise IntegrityError(
                "The backup's retired identities must come before its revisions; "
                "this backup was not written by Vigil. Nothing was restored."
            )
        if self.revisions is not None and rev_id not in self.revisions:
            raise IntegrityError(
                f"The backup holds revision {rev_id[:12]}, which its signed manifest does not "
                "list: the backup was altered. Nothing was restored."
            )
        self.seen_revisions.append(rev_id)

    def attachment(self, file: str, size: int) -> None:
        if self.attachments is not None and self.attachments.get(file) != size:
            raise IntegrityError(
                f"The backup holds attachment {file[:12]} of {size} bytes, which its signed "
                "manifest does not list: the backup was altered. Nothing was restored."
            )
        self.seen_attachments.append(file)

    def author(self, rev: Revision, own_key: bytes) -> None:
        """Version 2 and 3: the revision's device must be in the signed trust table with its
        key (the vault's own devices are in it like any other, so one rule covers both).
        Version 1 records no trust table, so only the vault's own key can be verified."""
        if self.version == 1:
            if rev.author_key != own_key:
                raise IntegrityError(
                    f"This backup was made by an older Vigil (backup version 1) and holds "
                    f"revisions signed by other devices (merged through sync, such as "
                    f"{rev.id[:12]}). A version 1 backup does not record which devices this "
                    "vault trusted, so those revisions cannot be verified, and it cannot be "
                    "restored safely without them. Nothing was restored. If the vault still "
                    "exists, make a new backup of it and restore that."
                )
            return
        device = rev.device.hex()
        if self.devices.get(device) != rev.author_key.hex():
            raise IntegrityError(
                f"Revision {rev.id[:12]} in the backup is signed by a key this vault did not "
                f"trust for device {device[:12]} when the backup was made. Nothing was restored."
            )

    def finish(self) -> None:
        """After the last member: everything listed came, and (v1, v2) the counts match."""
        if self.retired is not None and not self.retired_taken:
            raise IntegrityError(
                "The backup is incomplete: the retired identities its signed manifest names "
                "are missing. Nothing was restored."
            )
        if self.revisions is not None and self.attachments is not None:
            missing = sorted(self.revisions - set(self.seen_revisions))
            missing += sorted(set(self.attachments) - set(self.seen_attachments))
            if missing:
                raise IntegrityError(
                    f"The backup is incomplete: {len(missing)} members its signed manifest "
                    f"lists are missing (such as {missing[0][:12]}). Nothing was restored."
                )
            return
        counts = (len(self.seen_revisions), len(self.seen_attachments))
        if self.counts != counts or (
            self.contents is not None
            and self.contents != contents_digest(self.seen_revisions, self.seen_attachments)
        ):
            raise IntegrityError(
                "The backup is incomplete or altered: its contents differ from its "
                + ("signed " if self.version > 1 else "")
                + "manifest. Nothing was restored."
            )


def unsigned(manifest: Mapping[str, Any], header: Header) -> Expected:
    """A version 1 manifest: its own word, which a restore takes only when asked to."""
    revisions, files = manifest.get("revisions"), manifest.get("attachments")
    if (
        manifest.get("vault_id") != header.vault_id.hex()
        or type(revisions) is not int
        or type(files) is not int
    ):
        raise IntegrityError("The backup's manifest does not describe its vault header.")
    return Expected(1, {}, counts=(revisions, files))


def verify(manifest: Mapping[str, Any], header: Header, identity: keys.Identity) -> Expected:
    """Check a version 2 or 3 manifest's signature against the vault's own key, and its
    header digest; return what it says the backup holds. Called before any other member is
    read."""
    try:
        text, _ = signed_note.verify(
            str(manifest["signed"]).encode(),
            {signer_name(header.vault_id): identity.verify_key_bytes},
        )
    except SignatureError:
        raise IntegrityError(
            "The backup's manifest is not signed by this vault's key: the backup was altered "
            "or made by someone else. Nothing was restored."
        ) from None
    body = strict_json.loads(text, "The backup's signed manifest", max_bytes=MAX_MANIFEST)
    version = manifest["version"]
    if not isinstance(body, dict) or (
        body.get("format"),
        body.get("version"),
        body.get("type"),
    ) != (FORMAT, version, _SIGNED_TYPE):
        raise IntegrityError("The backup's signed manifest is malformed.")
    if body.get("vault_id") != header.vault_id.hex() or body.get("header") != (
        keys.sha256(header.to_bytes()).hex()
    ):
        raise IntegrityError("The backup's vault header is not the one its manifest signs.")
    devices = body.get("devices")
    if not isinstance(devices, dict) or not all(
        _is_hex(d, 32) and _is_hex(k, 64) for d, k in devices.items()
    ):
        raise IntegrityError("The backup's signed manifest has a malformed trust table.")
    trusted = {str(d): str(k) for d, k in devices.items()}
    revisions, files = body.get("revisions"), body.get("attachments")
    if version == 2:
        if type(revisions) is not int or type(files) is not int:
            raise IntegrityError("The backup's signed manifest is malformed.")
        return Expected(2, trusted, counts=(revisions, files), contents=body.get("contents"))
    if (
        not isinstance(revisions, list)
        or not all(_is_hex(r, 64) for r in revisions)
        or len(set(revisions)) != len(revisions)
        or not isinstance(files, dict)
        or not all(
            isinstance(f, str)
            and _is_hex(f.removesuffix(BLOB_SUFFIX), 64)
            and f.endswith(BLOB_SUFFIX)
            and type(n) is int
            and n >= 0
            for f, n in files.items()
        )
    ):
        raise IntegrityError("The backup's signed manifest has a malformed member list.")
    retired = body.get("retired")
    if retired is not None and not _is_hex(retired, 64):
        raise IntegrityError("The backup's signed manifest is malformed.")
    return Expected(3, trusted, revisions=set(revisions), attachments=dict(files), retired=retired)


def _is_hex(value: object, length: int) -> bool:
    return (
        isinstance(value, str)
        and len(value) == length
        and all(c in "0123456789abcdef" for c in value)
    )
