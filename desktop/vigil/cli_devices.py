"""The HQ desk's view of the organisation's devices: a device named by a short id, and named
in messages with its label."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from vigil.cli_common import SHORT_ID_MIN, UsageError
from vigil.crypto.errors import VigilError

if TYPE_CHECKING:
    from vigil.vault.store import Vault


def hq_client(vault: Vault, args: argparse.Namespace) -> Any:
    """A client signed in as this desk (its credential from the keyring)."""
    from vigil.sync.client import SyncClient
    from vigil.sync.credentials import KeyringStore
    from vigil.sync.enrolment import credential_for

    return SyncClient.for_device(credential_for(vault, KeyringStore()), args.proxy)


def _devices(vault: Vault, args: argparse.Namespace) -> list[dict[str, Any]]:
    with hq_client(vault, args) as client:
        devices: list[dict[str, Any]] = client.devices()
    return devices


def device_named(vault: Vault, args: argparse.Namespace) -> dict[str, Any]:
    """The device ``args.device_id`` names: its id, or a unique start of it (as 'hq devices'
    and 'sync status' print it); a plain error otherwise. Asks the server's device list."""
    wanted = args.device_id.strip().lower()
    devices = _devices(vault, args)
    found = [d for d in devices if str(d.get("id", d.get("device_id", ""))).startswith(wanted)]
    if len(wanted) < SHORT_ID_MIN or not wanted or len(found) > 1:
        raise UsageError(
            f"{args.device_id!r} names more than one device, or is too short: give more of "
            "its id ('vigil hq devices' lists them)."
        )
    if not found:
        raise VigilError(
            f"No device of this organisation has an id starting with {args.device_id}; "
            "'vigil hq devices' lists them."
        )
    return found[0]


def called(device: dict[str, Any]) -> str:
    """A device as a message names it: its id, and its label when it has one."""
    label = device.get("label")
    ident = str(device.get("id", device.get("device_id", "")))
    return f"{ident} ({label})" if isinstance(label, str) and label else ident
