"""Escrow commands (optional, off by default; docs/escrow.md): on a field device
``escrow enable|disable|status|recover``, on the HQ desk ``hq escrow recover DEVICE``."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from vigil.cli_common import WithVault, new_passphrase, read_secret_file, vault_dir

if TYPE_CHECKING:
    from vigil.vault.store import Vault


def _store() -> Any:
    from vigil.sync.credentials import KeyringStore

    return KeyringStore()


def cmd_escrow_enable(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.sync.escrow import TRADE_OFF, enable

    print(f"WARNING: {TRADE_OFF}", file=sys.stderr)
    enable(vault, _store(), args.proxy)
    print("Escrow is on: HQ holds a sealed key that can open this vault once.")


def cmd_escrow_disable(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.sync.escrow import disable

    removed = disable(vault, _store(), args.proxy)
    print("Escrow is off: the local escrow key is destroyed" + (
        ", and the server's copy is removed." if removed else "; the server held no copy."
    ))  # fmt: skip
    print(
        "A copy HQ already fetched cannot be recalled, but it no longer opens this vault.",
        file=sys.stderr,
    )


def cmd_escrow_status(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.sync.escrow import is_enabled

    print("on" if is_enabled(vault.path) else "off")


def cmd_escrow_recover(args: argparse.Namespace) -> None:
    from vigil.unlock import EscrowCode, RecoveredNotOpened, unlock

    code = read_secret_file(args.code_file).decode("utf-8", "replace")
    new = new_passphrase(args, args.new_passphrase_file)
    try:
        opened = unlock(vault_dir(args), EscrowCode(code, new))
    except RecoveredNotOpened as exc:
        print(f"New recovery key (write it down by hand now): {exc.recovery_key}")
        raise
    opened.vault.close()
    key = opened.new_recovery_key
    print("Vault recovered with HQ's escrow code; it now opens with the new passphrase.")
    print("The escrow code no longer works. Turn escrow on again with 'vigil escrow enable'.")
    print()
    print("New recovery key. Write it down by hand now: it is shown only this once.")
    print()
    print(f"    {key}")


def cmd_hq_escrow_recover(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.cli_devices import called, device_named
    from vigil.sync.escrow import hq_code

    device = device_named(vault, args)  # a short id from 'vigil hq devices' will do
    code = hq_code(vault, _store(), device.id, args.proxy)
    print(
        f"The escrow unlock code for device {called(device)}. Give it to the field worker "
        "over a safe "
        "channel (in person, or a verified call), never by the same route as the laptop:",
        file=sys.stderr,
    )
    print(code)


def add_parsers(sub: Any, hq: Any, with_vault: WithVault, parser_class: Any) -> None:
    def proxy(p: argparse.ArgumentParser) -> None:
        p.add_argument("--proxy", metavar="URL", help="e.g. socks5://127.0.0.1:9050 for Tor")

    esc = sub.add_parser("escrow", help="optional HQ escrow of this vault's key").add_subparsers(
        dest="escrow_command", metavar="ACTION", parser_class=parser_class
    )
    esc.required = True
    p = esc.add_parser("enable", help="let HQ open this vault if every key is lost (read it)")
    p.set_defaults(func=with_vault(cmd_escrow_enable))
    proxy(p)
    p = esc.add_parser("disable", help="destroy the escrow key and remove HQ's copy")
    p.set_defaults(func=with_vault(cmd_escrow_disable))
    proxy(p)
    p = esc.add_parser("status", help="on or off")
    p.set_defaults(func=with_vault(cmd_escrow_status))
    p = esc.add_parser("recover", help="open the vault with HQ's escrow code; new keys")
    p.set_defaults(func=cmd_escrow_recover)
    p.add_argument("--code-file", metavar="FILE", required=True)
    p.add_argument("--new-passphrase-file", metavar="FILE")

    hq_esc = hq.add_parser("escrow", help="escrow codes for field devices").add_subparsers(
        dest="hq_escrow_command", metavar="ACTION", parser_class=parser_class
    )
    hq_esc.required = True
    p = hq_esc.add_parser("recover", help="the escrow unlock code for a device")
    p.set_defaults(func=with_vault(cmd_hq_escrow_recover))
    p.add_argument("device_id")
    proxy(p)
