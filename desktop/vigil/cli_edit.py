"""Commands that add to a case and change what is there: people, events and sources, edits of
any of them, deleting an item (a revision: history keeps every earlier one, and 'vigil history
ID --restore REV' brings it back), and taking one attachment out.

Every change goes through the vault's save (vault/store.py), which validates it against the
documentation model (cases/model.py), as the app's editors do.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.cli_common import UsageError, WithVault, full_item_id
from vigil.crypto.errors import VigilError

if TYPE_CHECKING:
    from vigil.vault.items import Item
    from vigil.vault.store import Vault


def _item(vault: Vault, item_id: str, kind: str | None = None) -> Item:
    item = vault.get(item_id)
    if item is None or item.deleted or (kind is not None and item.kind != kind):
        raise VigilError(f"There is no {kind or 'item'} {item_id} in this vault.")
    return item


def _names(texts: list[str]) -> list[dict[str, str]]:
    def script(name: str) -> str:
        return "Cyrl" if any("\u0400" <= ch <= "\u04ff" for ch in name) else "Latn"

    return [{"text": t, "script": script(t)} for t in texts]


def _fields(vault: Vault, kind: str, args: argparse.Namespace) -> dict[str, Any]:
    """The payload fields the options of this kind give (only those given)."""
    given: dict[str, Any] = {}
    for option, field in _OPTIONS[kind]:
        value = getattr(args, option, None)
        if value is None:
            continue
        if field == "names":
            value = _names(value)
        elif field == "sources":
            value = [full_item_id(vault, v) for v in value]
        elif field == "country":
            value = value.upper()
        given[field] = value
    return given


def _add(kind: str) -> Any:
    def run(vault: Vault, args: argparse.Namespace) -> None:
        case = _item(vault, args.case_id, "case")
        rev = vault.save(kind, _fields(vault, kind, args), case_id=case.id)
        print(rev.item)

    return run


def _edit(kind: str) -> Any:
    def run(vault: Vault, args: argparse.Namespace) -> None:
        item = _item(vault, args.item_id, kind)
        changes = _fields(vault, kind, args)
        if not changes:
            raise UsageError(
                f"Nothing to change: give at least one option ('vigil {kind} edit -h')."
            )
        vault.save(kind, {**item.payload, **changes}, item_id=item.id, case_id=item.case_id)
        print(
            f"{kind.capitalize()} {item.id} changed; 'vigil history {item.id[:8]}' shows "
            "every version."
        )
        print(item.id)

    return run


def cmd_delete(vault: Vault, args: argparse.Namespace) -> None:
    item = _item(vault, args.item_id)
    if item.kind == "case" and not args.yes:
        raise UsageError(
            f"Deleting case {item.id} ({item.title}) hides it and everything in it from lists "
            "and search; give --yes to do it. Its history is kept."
        )
    rev = vault.save(item.kind, item.payload, item_id=item.id, case_id=item.case_id, deleted=True)
    print(
        f"{item.kind.capitalize()} {item.id} deleted: a new revision, so nothing is lost. "
        f"'vigil history {item.id[:8]} --restore {rev.parents[0] if rev.parents else item.head}' "
        "brings it back."
    )


def cmd_attachment_export(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.cases.transfer import export_attachment

    _item(vault, args.item_id, "attachment")
    size = export_attachment(vault, args.item_id, Path(args.out))
    print(f"Wrote {args.out} ({size} bytes), decrypted: it is outside the vault now.")


# option dest -> payload field, per kind (the model validates the values)
_OPTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "case": (("title", "title"), ("status", "status"), ("country", "country"),
             ("tag", "tags"), ("summary", "summary"), ("confidentiality", "confidentiality")),
    "person": (("name", "names"), ("role", "role"), ("gender", "grammatical_gender"),
               ("descriptor", "descriptor"), ("pronouns", "pronouns")),
    "event": (("date", "date"), ("type", "type"), ("text", "text"), ("place", "place"),
              ("source", "sources")),
    "source": (("title", "title"), ("url", "url"), ("publisher", "publisher"),
               ("date", "date"), ("reliability", "reliability")),
}  # fmt: skip


def _options(p: argparse.ArgumentParser, kind: str, adding: bool) -> None:
    need = adding  # what a new item must have (the model's required fields)
    if kind == "case":
        p.add_argument("--title")
        p.add_argument("--status")
        p.add_argument("--country", help="ISO 3166 two-letter code")
        p.add_argument("--tag", action="append", help="replaces the tags; repeat for more")
        p.add_argument("--summary")
        p.add_argument("--confidentiality")
    elif kind == "person":
        p.add_argument("--name", action="append", required=need,
                       help="a name (repeat for other scripts); replaces the names")  # fmt: skip
        p.add_argument("--role", help="e.g. detained, lawyer, witness")
        p.add_argument("--gender", help="for letters: masculine, feminine, neuter, unspecified")
        p.add_argument("--descriptor")
        p.add_argument("--pronouns")
    elif kind == "event":
        p.add_argument("--date", required=need, help="YYYY, YYYY-MM or YYYY-MM-DD")
        p.add_argument("--type", required=need, help="arrest, detention, hearing, trial, …")
        p.add_argument("--text", required=need)
        p.add_argument("--place")
        p.add_argument("--source", action="append", metavar="SOURCE_ID",
                       help="a source of this case (repeat); replaces the sources")  # fmt: skip
    else:
        p.add_argument("--title", required=need)
        p.add_argument("--url")
        p.add_argument("--publisher")
        p.add_argument("--date")
        p.add_argument("--reliability", help="confirmed, reliable, unverified, doubtful")


def add_case_edit(case: Any, with_vault: WithVault) -> None:
    """'vigil case edit', among the case actions."""
    p = case.add_parser("edit", help="change a case (a new revision)")
    p.set_defaults(func=with_vault(_edit("case")))
    p.add_argument("item_id")
    _options(p, "case", adding=False)


def add_parsers(sub: Any, with_vault: WithVault, parser_class: Any) -> None:
    for kind in ("person", "event", "source"):
        group = sub.add_parser(kind, help=f"a case's {kind}s").add_subparsers(
            dest=f"{kind}_command", metavar="ACTION", parser_class=parser_class
        )
        group.required = True
        p = group.add_parser("add", help=f"add a {kind} to a case")
        p.set_defaults(func=with_vault(_add(kind)))
        p.add_argument("case_id")
        _options(p, kind, adding=True)
        p = group.add_parser("edit", help=f"change a {kind} (a new revision)")
        p.set_defaults(func=with_vault(_edit(kind)))
        p.add_argument("item_id")
        _options(p, kind, adding=False)
    p = sub.add_parser("delete", help="delete an item (a new revision; history keeps the rest)")
    p.set_defaults(func=with_vault(cmd_delete))
    p.add_argument("item_id")
    p.add_argument("--yes", action="store_true", help="needed to delete a whole case")
    att = sub.add_parser("attachment", help="attachments").add_subparsers(
        dest="attachment_command", metavar="ACTION", parser_class=parser_class
    )
    att.required = True
    p = att.add_parser("export", help="write one attachment, decrypted, to a file")
    p.set_defaults(func=with_vault(cmd_attachment_export))
    p.add_argument("item_id")
    p.add_argument("--out", required=True, metavar="FILE", help="a file that does not exist yet")
