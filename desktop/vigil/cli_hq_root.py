"""``vigil hq root …`` and ``vigil hq rotate``: the offline HQ root (docs/hq-keys.md).

``root init``, ``root check`` and ``rotate`` run on a clean machine and open no vault: they
read a desk's key request and the seed, and write a key set. ``root request`` and ``root
adopt`` run on the desk, which never holds the root.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from vigil.crypto.errors import BadArgument
from vigil.vault.store import Vault


def _read(path: str, what: str, limit: int) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(limit + 1)
    except OSError as exc:
        raise BadArgument(f"The {what} cannot be read: {exc.strerror or exc}.") from None


def _write_new(path: str, data: bytes, what: str) -> None:
    """Never over a file that is there (the person's file, or the last key set)."""
    try:
        with open(path, "xb") as f:
            f.write(data)
    except FileExistsError:
        raise BadArgument(f"{path} exists; give a new file name for the {what}.") from None
    except OSError as exc:
        raise BadArgument(f"The {what} cannot be written: {exc.strerror or exc}.") from None


def _desk_request(path: str) -> Any:
    from vigil.crypto import hq_keyset

    return hq_keyset.parse_request(_read(path, "desk key request", hq_keyset.MAX_BYTES))


def _sign_and_write(root: Any, args: argparse.Namespace, previous: int) -> None:
    from vigil.crypto import hq_keyset

    desk = _desk_request(args.desk_keys)
    data = hq_keyset.sign(root, desk, hq_keyset.next_serial(previous))
    _write_new(args.out, data, "key set")
    serial = hq_keyset.parse(data).serial
    print(f"Key set {serial} for {desk.org}, naming the desk whose request reads {desk.short}")
    print(f"(compare with what 'vigil hq root request' showed there), written to {args.out}.")
    print(f"Root fingerprint: {root.fingerprint}")


def cmd_root_init(args: argparse.Namespace) -> None:
    from vigil.crypto import hq_root

    _desk_request(args.desk_keys)  # a bad request is said before any root is made
    if args.root_key_file and Path(args.root_key_file).exists():
        raise BadArgument(f"{args.root_key_file} exists; the root key file is always a new file.")
    root = hq_root.RootKey.generate()
    _sign_and_write(root, args, 0)
    if args.root_key_file:
        hq_root.write_file(Path(args.root_key_file), root)
        print(f"The root key file: {args.root_key_file} (keep it apart from the desk).")
    print()
    print("The HQ root seed. Write it down now, twice; it is shown only this once:")
    print()
    print(f"    {root.text()}")
    print()
    print("Check a written copy with 'vigil hq root check -'. Whoever holds it can give the")
    print("organisation new HQ keys: keep it offline, away from the desk (docs/hq-keys.md).")


def cmd_root_check(args: argparse.Namespace) -> None:
    from vigil.crypto import hq_root

    root = hq_root.read_file(args.root_key_file)
    print(f"A valid HQ root seed. Root fingerprint: {root.fingerprint}")


def cmd_rotate(args: argparse.Namespace) -> None:
    from vigil.crypto import hq_keyset, hq_root

    root = hq_root.read_file(args.root_key_file)
    previous = 0
    if args.after:
        current = hq_keyset.parse(_read(args.after, "current key set", hq_keyset.MAX_BYTES))
        if current.root_fingerprint != root.fingerprint:
            raise BadArgument("The current key set (--after) was signed by another root.")
        previous = current.serial
    _sign_and_write(root, args, previous)
    print("On the new desk: 'vigil hq init --keyset FILE CODE' with an admin code from the server.")


def cmd_root_request(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.sync.hq_desk_keys import desk_keys

    desk = desk_keys(vault, args.org)
    _write_new(args.out, desk.request(), "desk key request")
    print(f"The desk's public keys for {desk.org}, written to {args.out} (nothing secret).")
    print(f"Compare on the clean machine before signing: {desk.short}")


def cmd_root_adopt(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.crypto import hq_keyset
    from vigil.sync.credentials import KeyringStore
    from vigil.sync.hq_desk_keys import adopt

    data = _read(args.keyset, "key set", hq_keyset.MAX_BYTES)
    ks = adopt(vault, KeyringStore(), data, args.proxy)
    print(f"This organisation's HQ keys are now under the root {ks.root_fingerprint[:16]}…:")
    print("every device pins it from HQ's signed note and takes key set "
          f"{ks.serial} at its next sync.")  # fmt: skip


def add_parsers(hq: Any, with_vault: Any, proxy: Any, parser_class: Any) -> None:
    root = hq.add_parser("root", help="the offline HQ root key (docs/hq-keys.md)").add_subparsers(
        dest="root_command", metavar="ACTION", parser_class=parser_class
    )
    root.required = True
    p = root.add_parser("request", help="on the desk: its public keys, for the root to sign")
    p.set_defaults(func=with_vault(cmd_root_request))
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--org", help="the organisation's name (a desk not yet enrolled)")
    p = root.add_parser("init", help="on a clean machine: make the root, sign the first key set")
    p.set_defaults(func=cmd_root_init)
    p.add_argument("--desk-keys", required=True, metavar="FILE", help="the desk's request")
    p.add_argument("--out", required=True, metavar="FILE", help="the key set to write")
    p.add_argument("--root-key-file", metavar="FILE", help="also write the seed here (USB)")
    p = root.add_parser("check", help="check a written seed (or the root key file)")
    p.set_defaults(func=cmd_root_check)
    p.add_argument("root_key_file", metavar="FILE", help="the root key file, or - to type it")
    p = root.add_parser("adopt", help="on the desk: put the organisation under the root")
    p.set_defaults(func=with_vault(cmd_root_adopt))
    p.add_argument("keyset", metavar="KEYSET")
    proxy(p)
    p = hq.add_parser("rotate", help="on a clean machine: new HQ keys signed by the root")
    p.set_defaults(func=cmd_rotate)
    p.add_argument("--root-key-file", required=True, metavar="FILE", help="or - to type it")
    p.add_argument("--desk-keys", required=True, metavar="FILE", help="the new desk's request")
    p.add_argument("--after", metavar="KEYSET", help="the current key set (its serial)")
    p.add_argument("--out", required=True, metavar="FILE")

