"""Commands over the cases in an open vault."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.cli_common import UsageError, emit_json, full_item_id
from vigil.crypto.errors import VigilError

if TYPE_CHECKING:
    from vigil.vault.store import Vault


def cmd_case_add(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.vault.items import Change, new_id

    payload: dict[str, Any] = {"title": args.title, "tags": args.tag or []}
    if args.country:
        payload["country"] = args.country.upper()
    if args.status:
        payload["status"] = args.status
    case_id = new_id()
    changes = [Change("case", payload, case_id)]
    for name in args.person or []:
        script = "Cyrl" if any("\u0400" <= ch <= "\u04ff" for ch in name) else "Latn"
        changes.append(
            Change("person", {"names": [{"text": name, "script": script}]}, None, case_id)
        )
    vault.save_many(changes)
    print(case_id)


def _case_row(item: Any) -> dict[str, Any]:
    return {"id": item.id, **item.payload, "updated": item.updated}


def cmd_case_list(vault: Vault, args: argparse.Namespace) -> None:
    cases = vault.items("case")
    if args.json:
        emit_json([_case_row(c) for c in cases])
        return
    for case in cases:
        p = case.payload
        print(f"{case.id}  {p.get('status', ''):<10} {p.get('country', '--'):<3} {case.title}")


def cmd_case_show(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.cases.transfer import export_document

    case = vault.get(args.case_id)
    if case is None or case.kind != "case":
        raise VigilError(f"There is no case {args.case_id} in this vault.")
    record = export_document(vault, [case.id])["cases"][0]
    record["attachments"] = [{"ref": a.id, **a.payload} for a in vault.items("attachment", case.id)]
    if args.json:
        record["id"] = record.pop("ref")
        emit_json(record)
        return
    from vigil.cli_text import render_case

    print(render_case(record))


STDIN = "-"
MAX_NOTE_INPUT = 16 * 1024 * 1024  # no note is larger than the largest envelope


def _note_text(args: argparse.Namespace) -> str:
    """The note's text: ``--text T``, ``--file F``, or standard input for ``-`` (either), so
    that the text need not stand on the command line, where ``ps`` and shell history keep it."""
    if args.text is not None and args.text != STDIN:
        return str(args.text)
    source = "standard input" if STDIN in (args.text, args.file) else str(args.file)
    try:
        if source == "standard input":
            data = sys.stdin.buffer.read(MAX_NOTE_INPUT + 1)
        else:
            with open(args.file, "rb") as handle:
                data = handle.read(MAX_NOTE_INPUT + 1)
    except OSError as exc:
        raise UsageError(f"Cannot read {source}: {exc.strerror}.") from None
    if len(data) > MAX_NOTE_INPUT:
        raise UsageError(f"{source} holds more than {MAX_NOTE_INPUT // 2**20} MiB; no note is.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"Cannot read {source} as UTF-8 text (byte {exc.start}).") from None


def cmd_note_add(vault: Vault, args: argparse.Namespace) -> None:
    text = _note_text(args)
    rev = vault.save("note", {"text": text}, case_id=args.case_id)
    print(rev.item)


def cmd_attach(vault: Vault, args: argparse.Namespace) -> None:
    source = Path(args.file)
    if not source.is_file():
        raise UsageError(f"There is no file {source}.")
    original = getattr(args, "original", None)
    if original:
        original = full_item_id(vault, original)
    rev = vault.add_attachment(args.case_id, source, original=original)
    print(rev.item)


def cmd_search(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.vault.search import HIT_END, HIT_START

    hits = vault.search(args.query, limit=args.limit)
    if args.json:
        emit_json([{"id": h.id, "kind": h.kind, "case_id": h.case_id, "title": h.title,
                    "snippet": h.snippet.replace(HIT_START, "[").replace(HIT_END, "]")}
                   for h in hits])  # fmt: skip
        return
    for hit in hits:
        snippet = hit.snippet.replace(HIT_START, "[").replace(HIT_END, "]").replace("\n", " ")
        print(f"{hit.id}  {hit.kind:<10} {snippet}")


def cmd_history(vault: Vault, args: argparse.Namespace) -> None:
    if args.restore:
        rev = vault.restore_revision(args.item_id, args.restore)
        print(rev.id)
        return
    revisions = vault.history(args.item_id)
    if not revisions:
        raise VigilError(f"There is no item {args.item_id} in this vault.")
    if args.show:
        match = [r for r in revisions if r.id.startswith(args.show)]
        if len(match) != 1:
            raise VigilError(f"No single revision of this item starts with {args.show}.")
        emit_json(dict(match[0].payload))
        return
    rows = [{"id": r.id, "time": r.time, "device": r.device.hex(), "seq": r.seq,
             "parents": list(r.parents), "deleted": r.deleted} for r in revisions]  # fmt: skip
    if args.json:
        emit_json(rows)
        return
    for row in rows:
        print(f"{row['id']}  {row['time']}  device {row['device'][:8]} #{row['seq']}")


def cmd_verify(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.crypto.errors import IntegrityError
    from vigil.vault.verify import verify_vault

    problems = verify_vault(vault)
    if problems:
        for problem in problems:
            print(problem)
        raise IntegrityError(f"The vault has {len(problems)} integrity problem(s); see above.")
    count = vault.revision_count()
    print(f"Vault verified: {count} revisions, {len(vault.blob_files())} attachments, all intact.")


def cmd_import(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.cases.transfer import (
        already_there,
        import_document,
        load_import_file_hashed,
        plan_import,
    )

    document, digest = load_import_file_hashed(Path(args.file))
    plan_import(document)  # a file with problems is refused as a whole, before anything else
    found = already_there(vault, document)
    if found and not (args.skip_existing or args.again):
        titles = [str(document["cases"][i].get("title", "")) for i in sorted(found)]
        shown = "; ".join(titles[:5]) + (f" and {len(titles) - 5} more" if len(titles) > 5 else "")
        raise UsageError(
            f"{len(found)} of the {len(document['cases'])} cases in {args.file} are already in "
            f"this vault ({shown}): nothing was imported. Give --skip-existing to import only "
            "the others, or --again to import them all as new cases."
        )
    skip = found if args.skip_existing else {}
    for index in sorted(skip):
        print(f"Already here, skipped: {document['cases'][index].get('title', '')} "
              f"({skip[index]})", file=sys.stderr)  # fmt: skip
    for case_id in import_document(vault, document, skip, digest):
        print(case_id)


def cmd_export(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.cases.transfer import export_plaintext

    if not args.plaintext:
        raise UsageError(
            "Export writes readable, unencrypted files; say --plaintext to confirm. "
            "For an encrypted copy use 'vigil backup'."
        )
    print(
        "WARNING: writing case content UNENCRYPTED. Anyone with access to "
        f"{args.out} can read it. Delete it securely when done.",
        file=sys.stderr,
    )
    cases, files = export_plaintext(vault, Path(args.out))
    print(f"Exported {cases} cases and {files} attachments to {args.out}.")
