"""``vigil hq seize DEVICE_ID [--since TIME]``: a field laptop was taken (sync/seized.py).

Prints what HQ knows the laptop held, by id and count, so that the organisation can warn the
people named in it; never a title or a name.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from vigil.cli_common import emit_json

if TYPE_CHECKING:
    from vigil.vault.store import Vault


def cmd_hq_seize(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.cli_devices import device_named
    from vigil.sync.credentials import KeyringStore
    from vigil.sync.seize import seize

    device = device_named(vault, args)
    done = seize(vault, KeyringStore(), device.id, args.since, args.proxy)
    held = done.held
    if args.json:
        emit_json({
            "device": done.device_id, "since": done.since, "notes_sent": done.notes_sent,
            "known": held.known, "revisions": held.revisions, "cases": held.cases,
            "people": held.people, "attachments": held.attachments, "undone": done.undone,
            "unchecked": done.unchecked,
        })  # fmt: skip
        return
    print(
        f"Device {done.device_id} revoked and recorded as seized. Every device is told (a note "
        f"signed by HQ, {'sent' if done.notes_sent else 'queued for the next sync'}) to "
        "encrypt nothing more to its keys. What the server accepted from it after "
        f"{done.since} is kept in quarantine at HQ, not merged."
    )
    if done.undone:
        print(
            f"{done.undone} of its revisions HQ had already merged were accepted after that "
            "(or never by the server): undone, kept in quarantine ('vigil hq quarantined')."
        )
    if done.unchecked:
        print("The server could not be asked when it accepted the rest: seize it again later.")
    if not held.known:
        print("HQ never learnt this device's key: what it held is not known here.")
        return
    print(
        f"It sent HQ {held.revisions} revisions: {len(held.cases)} cases, "
        f"{len(held.people)} people, {len(held.attachments)} attachments. Warn the people "
        "named in them:"
    )
    for kind, ids in (("case", held.cases), ("person", held.people),
                      ("attachment", held.attachments)):  # fmt: skip
        for item_id in ids:
            print(f"  {kind} {item_id}")


def cmd_hq_quarantined(vault: Vault, args: argparse.Namespace) -> None:
    """What seizures undid, read back from the quarantine: by id, kind, item and case (the
    author's own time is its claim, not the server's). ``--json`` adds each payload."""
    from vigil.sync import hq
    from vigil.vault.unmerge import kept

    hq.desk(vault, "lists what seizures undid")
    revs = kept(vault)
    if args.json:
        emit_json([{"id": r.id, "kind": r.kind, "item": r.item, "case": r.case,
                    "device": r.device.hex(), "seq": r.seq, "time": r.time,
                    "payload": dict(r.payload)} for r in revs])  # fmt: skip
        return
    print(f"{len(revs)} revisions undone by seizures, kept in quarantine:")
    for r in revs:
        print(f"  {r.id[:16]} {r.kind} {r.item} case {r.case or '-'}")


def add_parsers(hq: Any, with_vault: Any, proxy: Any) -> None:
    p = hq.add_parser("seize", help="a field laptop was taken: revoke it, tell every device, "
                      "quarantine what it sent after TIME, list what it held")  # fmt: skip
    p.set_defaults(func=with_vault(cmd_hq_seize))
    p.add_argument("device_id")
    p.add_argument("--since", metavar="TIME",
                   help="when it was taken, e.g. 2026-12-07T06:10:00Z (default: now)")  # fmt: skip
    p.add_argument("--json", action="store_true")
    proxy(p)
    p = hq.add_parser("quarantined", help="the revisions seizures undid, kept in quarantine")
    p.set_defaults(func=with_vault(cmd_hq_quarantined))
    p.add_argument("--json", action="store_true")
