"""A device named on the HQ desk's command line: by its id or a unique start of it (as
'vigil hq devices' and 'vigil sync status' print it), and in messages with its label."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from vigil.cli_common import SHORT_ID_MIN, UsageError
from vigil.crypto.errors import VigilError

if TYPE_CHECKING:
    from vigil.sync.hq import DeviceRow
    from vigil.vault.store import Vault


def device_named(vault: Vault, args: argparse.Namespace) -> DeviceRow:
    """The device ``args.device_id`` names; a plain error, naming 'vigil hq devices',
    otherwise. Asks the server's device list (sync/hq.py)."""
    from vigil.sync import hq
    from vigil.sync.credentials import KeyringStore

    wanted = args.device_id.strip().lower()
    if len(wanted) < SHORT_ID_MIN:
        raise UsageError(
            f"{args.device_id!r} is too short for a device id: give at least {SHORT_ID_MIN} "
            "digits ('vigil hq devices' lists them)."
        )
    found = [
        row for row in hq.devices(vault, KeyringStore(), args.proxy) if row.id.startswith(wanted)
    ]
    if len(found) > 1:
        raise UsageError(
            f"More than one device has an id starting with {args.device_id}: give more of it "
            "('vigil hq devices' lists them)."
        )
    if not found:
        raise VigilError(
            f"No device of this organisation has an id starting with {args.device_id}; "
            "'vigil hq devices' lists them."
        )
    return found[0]


def called(device: DeviceRow) -> str:
    """A device as a message names it: its id, and its label when it has one."""
    return f"{device.id} ({device.label})" if device.label else device.id
