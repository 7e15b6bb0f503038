"""Writing an evidence package (docs/evidence.md; format: docs/formats.md §17.3).

A zip file, written aside and renamed into place only when complete, holding: the case record
as JSON, every revision of the case's items as its signed note (the exact bytes the author's
signature covers) and as its envelope (the bytes the server's receipts name), the evidentiary
attachments decrypted, the receipts, the public keys, the standalone verifier, and last the
manifest: SHA-256 and size of every other member in order, signed by the exporting device.

Attachments are streamed from the vault into the zip (stored, not compressed) and hashed on
the way, so memory stays flat whatever their size.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from vigil.cases import model
from vigil.cases.transfer import SECTIONS, TargetExists, export_document
from vigil.crypto import signed_note
from vigil.crypto.envelope import Revision, signer_name
from vigil.crypto.errors import VigilError
from vigil.evidence import custody, receipts, timestamps, verifier
from vigil.sync.enrolment import config
from vigil.vault.files import written_aside
from vigil.vault.items import now
from vigil.vault.store import Vault

FORMAT = verifier.PACKAGE_FORMAT
VERSION = verifier.PACKAGE_VERSION
CHUNK = 1024 * 1024
_ITEM = re.compile(r"[0-9a-f]{32}")
_FIELD = re.compile(r"([a-z]+)\.([a-z_0-9]+)")


class BadRedaction(VigilError):
    """A --redact value that names nothing in the case (a bad argument: exit 2)."""

    exit_code = 2


@dataclass
class Redactions:
    items: dict[str, str] = field(default_factory=dict)  # item id -> kind
    fields: list[tuple[str, str]] = field(default_factory=list)  # (kind, field)

    def hides(self, rev: Revision) -> bool:
        return rev.item in self.items or any(kind == rev.kind for kind, _ in self.fields)

    def listed(self) -> list[str]:
        return [f"item {i} ({k})" for i, k in self.items.items()] + [
            f"field {k}.{f}" for k, f in self.fields
        ]


def parse_redactions(vault: Vault, case_id: str, values: list[str]) -> Redactions:
    found = Redactions()
    for value in values:
        if _ITEM.fullmatch(value):
            item = vault.get(value)
            if item is None or item.case_id != case_id or item.kind in ("case", custody.KIND):
                raise BadRedaction(f"--redact {value}: there is no such item in this case.")
            found.items[value] = item.kind
            continue
        match = _FIELD.fullmatch(value)
        known = {f.name for f in model.SCHEMAS.get(match[1], ())} if match else set()
        if match is None or match[2] not in known or match[1] == custody.KIND:
            raise BadRedaction(
                f"--redact {value}: give an item id of this case or KIND.FIELD "
                "(for example person.descriptor)."
            )
        found.fields.append((match[1], match[2]))
    return found


class _Writer:
    """Members in order, each hashed as written; the manifest lists them."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        self.zf = zf
        self.files: list[dict[str, Any]] = []

    def add(self, path: str, data: bytes, compression: int = zipfile.ZIP_DEFLATED) -> None:
        """``compression``: stored for ciphertext, which deflate only spends time on."""
        self.zf.writestr(_info(path, compression), data)
        self.files.append(
            {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        )

    def stream(self, path: str, fill: Any, sha256: str) -> None:
        """A member written by ``fill(writer)``, which returns its size and raises unless the
        bytes hash to ``sha256`` (the vault's attachment reader checks the plaintext hash on
        the way, so it is not taken twice)."""
        with self.zf.open(_info(path, zipfile.ZIP_STORED), "w", force_zip64=True) as member:
            size = fill(member)
        self.files.append({"path": path, "sha256": sha256, "size": size})


def _info(path: str, compression: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(path, date_time=(1980, 1, 1, 0, 0, 0))  # no clock of this machine
    info.compress_type = compression
    info.external_attr = 0o644 << 16
    return info


def _json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode() + b"\n"


def export(
    vault: Vault, case_id: str, target: Path, redact: list[str] | None = None
) -> dict[str, Any]:
    """Write the evidence package of one case to ``target`` (which must not exist); returns
    its manifest. A custody entry records the export first, so the package holds it."""
    case = vault.get(case_id)
    if case is None or case.kind != "case":
        raise VigilError(f"There is no case {case_id} in this vault.")
    if target.exists() or target.is_symlink():
        raise TargetExists(f"{target} already exists; Vigil does not write over it.")
    hidden = parse_redactions(vault, case_id, redact or [])
    # The custody entry goes in before the package is written (the package holds it), so a
    # place that cannot be written is refused first: an entry for an export that never was
    # would stay in the append-only log.
    if not (target.parent.is_dir() and os.access(target.parent, os.W_OK | os.X_OK)):
        raise TargetExists(f"Cannot write in {target.parent}.")
    listed = hidden.listed()
    if listed:
        custody.append(vault, case_id, "redacted-export", "redacted: " + "; ".join(listed))
    else:
        custody.append(vault, case_id, "exported", "evidence package")
    revs = custody.case_revisions(vault, case_id)
    try:
        with written_aside(target) as handle:
            manifest = _write(vault, case_id, revs, hidden, handle)
            if target.exists():
                raise TargetExists(f"{target} already exists; Vigil does not write over it.")
    except OSError as exc:
        raise TargetExists(f"Cannot write {target}: {exc.strerror}.") from None
    return manifest


def _write(
    vault: Vault, case_id: str, revs: list[Revision], hidden: Redactions, handle: BinaryIO
) -> dict[str, Any]:
    cfg = config(vault)
    with zipfile.ZipFile(handle, "w", allowZip64=True) as zf:
        out = _Writer(zf)
        record = _case_record(vault, case_id, hidden)
        out.add("case.json", _json(record))
        listing: list[dict[str, Any]] = []
        shown = [rev.id for rev in revs if not hidden.hides(rev)]
        kept = receipts.of_revisions(vault, shown)
        for rev in revs:
            entry: dict[str, Any] = {"id": rev.id, "item": rev.item, "kind": rev.kind,
                                     "device": rev.device.hex(), "seq": rev.seq}  # fmt: skip
            if hidden.hides(rev):
                entry["redacted"] = True
            else:
                out.add(f"revisions/{rev.id}.note", rev.note)  # as signed, kept from opening
                out.add(f"envelopes/{rev.id}.age", rev.envelope, zipfile.ZIP_STORED)
            listing.append(entry)
        out.add("receipts.json", _json(kept))
        stamped = timestamps.tokens(vault, shown)
        files = timestamps.attachment_digests(vault, case_id)
        over_files = timestamps.tokens(vault, [digest for _, digest in files])
        # Each attachment's token is listed, a left-out one as redacted (not its hash: a
        # known photo could be recognised by it), so that none is dropped without a word.
        token_list = [{"item": item, **({"redacted": True} if item in hidden.items else {})}
                      for item, digest in files if digest in over_files]  # fmt: skip
        # Every kept token travels, whichever authority gave it and whether one is still set;
        # with the roots of every authority set here (one that cannot be checked is named by
        # the verifier, not left out).
        roots = timestamps.kept_roots(vault) if stamped or token_list else b""
        if roots:
            out.add(verifier.TSA_ROOTS, roots)
        for rev_id, token in stamped.items():
            out.add(f"timestamps/{rev_id}.tsr", token)
        for item, digest in files:
            if digest in over_files and item not in hidden.items:
                out.add(f"{verifier.ATTACHMENT_TOKENS}{item}.tsr", over_files[digest])
        devices = {r.device.hex(): r.author_key.hex() for r in revs}
        out.add("keys.json", _json({
            "devices": devices,
            "receipt_keys": sorted(cfg.receipt_keys) if cfg else [],
        }))  # fmt: skip
        shown_files = {d: t for i, d in files if i not in hidden.items and (t := over_files.get(d))}
        out.add("report.pdf", _report(record, revs, listing, kept, {**stamped, **shown_files},
                                      roots, hidden))  # fmt: skip
        for item in vault.items("attachment", case_id, include_deleted=True):
            if item.id in hidden.items:
                continue
            name = _safe_name(str(item.payload.get("name", "")))
            sha256 = str(item.payload.get("sha256", ""))
            if not sha256:  # no hash was recorded: nothing would check the bytes
                raise VigilError(f"Attachment {item.id} has no SHA-256 in its revision.")
            out.stream(
                f"attachments/{item.id}/{name}",
                lambda writer, item_id=item.id: vault.read_attachment(item_id, writer),
                sha256,
            )
        # The source beside the module (a frozen app keeps it there as data: vigil.spec).
        out.add("verify.py", Path(verifier.__file__).with_suffix(".py").read_bytes())
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "case": case_id,
            "exported_at": now(),
            "device": vault.device.hex(),
            "device_key": vault.identity.verify_key_bytes.hex(),
            "files": out.files,
            "revisions": listing,
            "redactions": hidden.listed(),
            "attachment_tokens": token_list,
        }
        text = json.dumps(manifest, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        note = signed_note.sign(
            text.encode() + b"\n",
            signer_name(vault.device),
            vault.identity.signing_key,
            vault.identity.verify_key_bytes,
        )
        zf.writestr(_info(verifier.MANIFEST, zipfile.ZIP_DEFLATED), note)
    return manifest


def _report(
    record: dict[str, Any],
    revs: list[Revision],
    listing: list[dict[str, Any]],
    kept: dict[str, list[dict[str, Any]]],
    stamped: dict[str, bytes],
    roots: bytes,
    hidden: Redactions,
) -> bytes:
    from vigil.appeals.pdf import render_report
    from vigil.evidence import report

    dated = {rev_id: [verifier.receipt(r).time for r in found] for rev_id, found in kept.items()}
    stamps: dict[str, str] = {}
    for digest, token in stamped.items():
        try:  # one that does not check is left undated here, and named by the verifier
            stamps[digest] = verifier.timestamp(token, bytes.fromhex(digest), roots)
        except (verifier.Invalid, ValueError):
            continue
    redacted = {e["id"] for e in listing if e.get("redacted")}
    paragraphs = report.blocks(record, revs, redacted, dated, stamps, hidden.listed())
    return render_report(paragraphs, "Evidence package")


def _case_record(vault: Vault, case_id: str, hidden: Redactions) -> dict[str, Any]:
    record: dict[str, Any] = export_document(vault, [case_id])["cases"][0]
    record["attachments"] = [
        {"ref": a.id, **a.payload}
        for a in vault.items("attachment", case_id)
        if a.id not in hidden.items
    ]
    kinds = {**{v: k for k, v in SECTIONS.items()}, "attachment": "attachments"}
    for section in kinds.values():
        record[section] = [r for r in record[section] if r["ref"] not in hidden.items]
    for kind, name in hidden.fields:
        rows = [record] if kind == "case" else record.get(kinds.get(kind, ""), [])
        for row in rows:
            row.pop(name, None)
    return record


def _safe_name(name: str) -> str:
    """The original name as a single zip path segment."""
    cleaned = "".join("_" if c in "/\\:\0" or ord(c) < 32 else c for c in name).strip(". ")
    return cleaned[:200] or "attachment"
