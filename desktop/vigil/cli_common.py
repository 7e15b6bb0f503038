"""What every command shares: secrets from files or the terminal, the vault folder, output."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from vigil.crypto.errors import BadArgument
from vigil.vault.files import default_vault_dir
from vigil.vault.passphrase import MIN_LENGTH, too_short

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class UsageError(BadArgument):
    exit_code = EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"vigil: {message}\n")


def read_secret_file(path: str) -> bytes:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror}.") from None
    if data.endswith(b"\r\n"):
        data = data[:-2]
    elif data.endswith(b"\n"):
        data = data[:-1]
    return data


def passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> bytes:
    if args.passphrase_file:
        return read_secret_file(args.passphrase_file)
    if not sys.stdin.isatty():
        raise UsageError("No passphrase: give --passphrase-file, or run in a terminal.")
    return getpass.getpass(prompt).encode()


def new_passphrase(args: argparse.Namespace, file: str | None) -> bytes:
    if file:
        value = read_secret_file(file)
    elif not sys.stdin.isatty():
        raise UsageError("No new passphrase: give a passphrase file, or run in a terminal.")
    else:
        value = getpass.getpass("New passphrase: ").encode()
        if getpass.getpass("Repeat it: ").encode() != value:
            raise UsageError("The two passphrases differ; nothing was changed.")
    if too_short(value.decode("utf-8", "replace")):
        raise UsageError(f"A passphrase has at least {MIN_LENGTH} characters.")
    return value


def vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault) if args.vault else default_vault_dir()


def emit_json(rows: Any) -> None:
    print(json.dumps(rows, ensure_ascii=False, indent=1))


def open_vault(args: argparse.Namespace) -> Any:
    from vigil.sync.round import prepare
    from vigil.vault.store import Vault

    if getattr(args, "keyring", False):
        from vigil.remember import RememberedKeys

        opened = RememberedKeys().open(vault_dir(args))
        if opened is None:
            raise UsageError("No vault key is remembered on this device ('vigil remember').")
        vault = opened
    else:
        accept = bool(getattr(args, "accept_older_database", False))
        vault = Vault.open(vault_dir(args), passphrase(args), accept_older_database=accept)
    prepare(vault)
    return vault


def _with_vault(
    action: Callable[[Any, argparse.Namespace], None],
) -> Callable[[argparse.Namespace], None]:
    def run(args: argparse.Namespace) -> None:
        with open_vault(args) as vault:
            action(vault, args)

    return run
