"""Import and plaintext export of cases in the documented JSON format (docs/formats.md).

Import is all or nothing: the whole file is validated first, every problem is reported with
the record and field it concerns, and only a file with no problem is saved, in one
transaction. Records refer to each other with local ``ref`` names that become item ids.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from vigil.cases import model
from vigil.crypto import strict_json
from vigil.crypto.errors import VigilError
from vigil.evidence import custody
from vigil.vault.files import safe_mkdir, written_aside
from vigil.vault.items import Change, new_id
from vigil.vault.store import Vault

FORMAT = "vigil-cases"
VERSION = 1
MAX_IMPORT_BYTES = 64 * 1024 * 1024
SECTIONS = {"people": "person", "sources": "source", "events": "event", "notes": "note"}
CASE_FIELDS = {f.name for f in model.SCHEMAS["case"]}


class ImportError_(VigilError):
    exit_code = 2

    def __init__(self, problems: model.Problems) -> None:
        self.problems = problems
        lines = [f"{where}: {what}" for where, what in problems]
        more = f" ({len(problems) - 1} more problems)" if len(problems) > 1 else ""
        super().__init__(f"Nothing was imported. {lines[0]}{more}")


def load_import_file(path: Path) -> Any:
    return load_import_file_hashed(path)[0]


def load_import_file_hashed(path: Path) -> tuple[Any, str]:
    """The document and the SHA-256 of the very bytes it was read from (for the custody log)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise VigilError(f"There is no file {path}.") from None
    if size > MAX_IMPORT_BYTES:
        raise ImportError_([(path.name, f"is larger than {MAX_IMPORT_BYTES // 2**20} MiB")])
    data = path.read_bytes()
    try:
        return (strict_json.loads(data, path.name, max_bytes=MAX_IMPORT_BYTES),
                hashlib.sha256(data).hexdigest())  # fmt: skip
    except strict_json.StrictJSONError as exc:
        # A file that cannot be read as a document is a bad input file (exit 2), as every
        # other problem of an import is; the strict reader says what and where.
        place = f" ({exc.where})" if exc.where else ""
        raise ImportError_([(path.name, f"{exc.reason}{place}")]) from None


def plan_import(document: Any) -> list[Change]:
    """Validate a whole import document and turn it into changes, or raise with every problem."""
    problems: model.Problems = []
    if not isinstance(document, Mapping):
        raise ImportError_([("document", "must be a JSON object")])
    if document.get("format") != FORMAT:
        problems.append(("format", f'must be "{FORMAT}"'))
    if type(document.get("version")) is not int or document.get("version") != VERSION:
        problems.append(("version", f"must be {VERSION}"))
    cases = document.get("cases")
    if not isinstance(cases, list):
        problems.append(("cases", "must be a list"))
        raise ImportError_(problems)
    changes: list[Change] = []
    for index, record in enumerate(cases):
        changes += _plan_case(record, f"cases[{index}]", problems)
    if problems:
        raise ImportError_(problems)
    return changes


def _plan_case(record: Any, where: str, problems: model.Problems) -> list[Change]:
    if not isinstance(record, Mapping):
        problems.append((where, "must be an object"))
        return []
    extra = set(record) - CASE_FIELDS - set(SECTIONS) - {"ref"}
    for name in sorted(extra):
        problems.append((f"{where}.{name}", "is not a field of a case"))
    case_payload = {k: v for k, v in record.items() if k in CASE_FIELDS}
    problems += model.validate("case", model.with_defaults("case", case_payload), where)
    case_id = new_id()
    changes = [Change("case", case_payload, case_id, fresh=True)]
    refs: dict[str, dict[str, str]] = {"person": {}, "source": {}}
    planned: list[tuple[str, str, dict[str, Any], str]] = []
    for section, kind in SECTIONS.items():
        entries = record.get(section, [])
        if not isinstance(entries, list):
            problems.append((f"{where}.{section}", "must be a list"))
            continue
        for index, entry in enumerate(entries):
            spot = f"{where}.{section}[{index}]"
            if not isinstance(entry, Mapping):
                problems.append((spot, "must be an object"))
                continue
            payload = {k: v for k, v in entry.items() if k != "ref"}
            item_id = new_id()
            ref = entry.get("ref")
            if ref is not None:
                if not isinstance(ref, str) or not ref:
                    problems.append((f"{spot}.ref", "must be non-empty text"))
                elif kind in refs:
                    if ref in refs[kind]:
                        problems.append((f"{spot}.ref", f"{ref!r} is used twice"))
                    refs[kind][ref] = item_id
            planned.append((kind, spot, payload, item_id))
    for kind, spot, payload, item_id in planned:
        if kind == "event":
            payload = _resolve_event(payload, spot, refs, problems)
        problems += model.validate(kind, model.with_defaults(kind, payload), spot)
        changes.append(Change(kind, payload, item_id, case_id, fresh=True))
    return changes


def _resolve_refs(
    values: Any, kind: str, spot: str, refs: dict[str, dict[str, str]], problems: model.Problems
) -> Any:
    if not isinstance(values, list):
        return values
    resolved = []
    for index, ref in enumerate(values):
        if isinstance(ref, str) and ref in refs[kind]:
            resolved.append(refs[kind][ref])
        else:
            problems.append((f"{spot}[{index}]", f"names no {kind} of this case: {ref!r}"))
    return resolved


def _resolve_event(
    payload: dict[str, Any], spot: str, refs: dict[str, dict[str, str]], problems: model.Problems
) -> dict[str, Any]:
    payload = dict(payload)
    if "sources" in payload:
        payload["sources"] = _resolve_refs(
            payload["sources"], "source", f"{spot}.sources", refs, problems
        )
    if "people" in payload:
        payload["people"] = _resolve_refs(
            payload["people"], "person", f"{spot}.people", refs, problems
        )
    others = payload.get("other_dates")
    if isinstance(others, list):
        fixed = []
        for index, other in enumerate(others):
            if isinstance(other, Mapping) and "sources" in other:
                where = f"{spot}.other_dates[{index}].sources"
                sources = _resolve_refs(other["sources"], "source", where, refs, problems)
                other = {**other, "sources": sources}
            fixed.append(other)
        payload["other_dates"] = fixed
    return payload


def _fingerprint(title: Any, people: Any) -> tuple[str, frozenset[str]]:
    """What makes two cases the same case for an import: the title and the people's names,
    compared without case and spacing (a file imported twice, or re-exported and imported)."""

    def plain(text: Any) -> str:
        return " ".join(str(text).split()).casefold()

    names = frozenset(
        plain(name.get("text", ""))
        for person in (people if isinstance(people, list) else [])
        if isinstance(person, Mapping)
        for name in (person.get("names") or [])
        if isinstance(name, Mapping)
    )
    return plain(title), names


def already_there(vault: Vault, document: Any) -> dict[int, str]:
    """The cases of a (valid) import document that this vault already holds: index in the
    document -> the id of the case here."""
    here: dict[tuple[str, frozenset[str]], str] = {}
    for case in vault.items("case"):
        people = [dict(p.payload) for p in vault.items("person", case.id)]
        here.setdefault(_fingerprint(case.payload.get("title"), people), case.id)
    found = {}
    for index, record in enumerate(document.get("cases", [])):
        key = _fingerprint(record.get("title"), record.get("people"))
        if key in here:
            found[index] = here[key]
    return found


def import_document(
    vault: Vault, document: Any, skip: Iterable[int] = (), source_sha256: str = ""
) -> list[str]:
    """Import (leaving out the cases at the indexes in ``skip``); return the new case ids.
    Each new case's custody log starts with an ``imported`` entry naming the file's SHA-256
    when given, saved in the same transaction as the case."""
    left_out = set(skip)
    if left_out:
        document = {
            **document,
            "cases": [c for i, c in enumerate(document["cases"]) if i not in left_out],
        }
    changes = plan_import(document)
    case_ids = [c.item_id for c in changes if c.kind == "case" and c.item_id]
    entries = [
        custody.first_entry(case_id, "imported", "from a vigil-cases import file", source_sha256)
        for case_id in case_ids
    ]
    vault.save_many([*changes, *entries])
    return case_ids


def export_document(vault: Vault, case_ids: list[str] | None = None) -> dict[str, Any]:
    """The vault's cases as an import document; refs are the item ids."""
    cases = []
    for case in vault.items("case"):
        if case_ids is not None and case.id not in case_ids:
            continue
        record: dict[str, Any] = {"ref": case.id, **case.payload}
        for section, kind in SECTIONS.items():
            record[section] = [
                {"ref": item.id, **item.payload} for item in vault.items(kind, case.id)
            ]
        # An event may cite a source or person deleted since: drop such references, or the
        # exported file would not import again.
        live = {r["ref"] for section in ("people", "sources") for r in record[section]}
        for event in record["events"]:
            for key in ("sources", "people"):
                if key in event:
                    event[key] = [ref for ref in event[key] if ref in live]
            for other in event.get("other_dates", []):
                if "sources" in other:
                    other["sources"] = [ref for ref in other["sources"] if ref in live]
        cases.append(record)
    return {"format": FORMAT, "version": VERSION, "cases": cases}


class TargetExists(VigilError):
    """An export never writes over a file that is there (a bad argument: exit 2)."""

    exit_code = 2


def export_attachment(vault: Vault, item_id: str, target: Path) -> int:
    """Decrypt one attachment into ``target``, a file that must not exist yet (plaintext on
    disk, on purpose: the person asked for it). Written aside and renamed only once the blob's
    hashes check out, so a swapped or damaged blob leaves nothing behind; only the file made
    here is ever removed. Returns the size written."""
    if target.exists() or target.is_symlink():
        raise TargetExists(f"{target} already exists; Vigil does not write over it.")
    try:
        with written_aside(target) as handle:
            size = vault.read_attachment(item_id, handle)
            if target.exists():  # appeared meanwhile: still never written over
                raise TargetExists(f"{target} already exists; Vigil does not write over it.")
    except OSError as exc:
        raise TargetExists(f"Cannot write {target}: {exc.strerror}.") from None
    return int(size)


def export_plaintext(vault: Vault, out: Path) -> tuple[int, int]:
    """Write every case as JSON and every attachment decrypted. Plaintext on disk, on purpose."""
    safe_mkdir(out)
    document = export_document(vault)
    (out / "cases.json").write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
    written = 0
    for case in vault.items("case"):
        for item in vault.items("attachment", case.id):
            folder = safe_mkdir(out / "attachments" / case.id)
            safe_name = Path(str(item.payload["name"])).name or item.id
            export_attachment(vault, item.id, folder / f"{item.id[:8]}-{safe_name}")
            written += 1
    return len(document["cases"]), written
