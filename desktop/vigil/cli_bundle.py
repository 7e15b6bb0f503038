"""Sync by hand: ``vigil sync export`` and ``vigil sync import`` (docs/sync.md, "Sneakernet").

What a bundle holds is shown by counts only: a USB stick's contents may be read over a
person's shoulder at a checkpoint, and so may a terminal.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.cli_common import emit_json
from vigil.crypto.errors import IntegrityError

if TYPE_CHECKING:
    from vigil.vault.store import Vault


def cmd_sync_export(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.sync import sneakernet

    out = Path(args.out)
    if args.device:
        done = sneakernet.export_for_device(vault, out, args.device)
    else:
        done = sneakernet.export_for_hq(vault, out)
    counts = {"envelopes": done.envelopes, "notes": done.notes, "attachments": done.attachments,
              "held": done.held, "bytes": done.size}  # fmt: skip
    if args.json:
        emit_json(counts)
        return
    if args.device:
        print(
            f"Wrote {out.name}: {done.notes} notes, and HQ's signed word that it holds "
            f"{done.held} of that device's revisions ({done.size} bytes, padded). That device "
            "alone can open it."
        )
        return
    print(
        f"Wrote {out.name}: {done.envelopes} revisions, {done.notes} notes, "
        f"{done.attachments} attachments ({done.size} bytes, padded). HQ alone can open it. "
        "Everything stays queued until HQ's bundle back or the server says HQ has it."
    )


def cmd_sync_import(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.sync import sneakernet

    done = sneakernet.import_bundle(vault, Path(args.file))
    if args.json:
        emit_json({
            "added": done.added, "duplicates": done.duplicates, "conflicts": done.conflicts,
            "refused": done.refused, "waiting": done.waiting, "attachments": done.attachments,
            "notes": done.notes, "notes_duplicate": done.notes_duplicate,
            "notes_refused": done.notes_refused, "acknowledged": done.acknowledged,
            "acknowledgements_refused": done.acks_refused,
        })  # fmt: skip
    else:
        print(sneakernet.describe(done))
    if done.troubled:
        raise IntegrityError(
            "Some of the bundle was refused or waits for what has not arrived; see "
            "'vigil sync status'."
        )


def add_parsers(sync: Any, with_vault: Any) -> None:
    p = sync.add_parser(
        "export", help="write what waits for HQ (on the HQ desk: for one device) to a file"
    )
    p.set_defaults(func=with_vault(cmd_sync_export))
    p.add_argument("--out", required=True, metavar="FILE", help="the bundle to write")
    p.add_argument("--for", dest="device", metavar="DEVICE_ID",
                   help="HQ desk: the field device the bundle is for")  # fmt: skip
    p.add_argument("--json", action="store_true")
    p = sync.add_parser("import", help="take in a bundle carried by hand")
    p.set_defaults(func=with_vault(cmd_sync_import))
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
