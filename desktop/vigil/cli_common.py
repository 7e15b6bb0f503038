"""What every command shares: secrets from files or the terminal, the vault folder, output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from vigil.crypto.errors import BadArgument, VigilError
from vigil.vault.files import default_vault_dir
from vigil.vault.passphrase import problem

if TYPE_CHECKING:  # every command imports this module; only those that open a vault pay
    from vigil.vault.store import Vault

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
# A command's handler, one that needs the open vault, and what turns the second into the first.
Command = Callable[[argparse.Namespace], None]
VaultCommand = Callable[["Vault", argparse.Namespace], None]
WithVault = Callable[[VaultCommand], Command]


class UsageError(BadArgument):
    exit_code = EXIT_USAGE


class Parser(argparse.ArgumentParser):
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


def add_code_argument(p: argparse.ArgumentParser, what: str) -> None:
    """An enrolment code on the command line, or (better: kept out of shell history and the
    process list) from a file or standard input."""
    p.add_argument("code", nargs="?", help=f"the {what}; - reads it from standard input")
    p.add_argument("--code-file", metavar="FILE", help=f"read the {what} from FILE (- for stdin)")


def read_code(args: argparse.Namespace) -> str:
    """The code given by ``add_code_argument``'s arguments, surrounding space removed."""
    if args.code is not None and args.code_file is not None:
        raise UsageError("Give the code or --code-file, not both.")
    source = args.code_file if args.code_file is not None else args.code
    if source is None:
        raise UsageError("No code: give it, or --code-file FILE, or - to read standard input.")
    if source == "-":
        text = sys.stdin.read(64 * 1024)
    elif args.code_file is not None:
        text = read_secret_file(source).decode("utf-8", "replace")
    else:
        text = source
    return text.strip()


def code_from_stdin(args: argparse.Namespace) -> bool:
    return "-" in (args.code, args.code_file)


def how_to_run() -> str:
    """How a printed hint names this program so that it runs as printed: ``vigil`` when the
    person's shell finds this very program under that name, else its full path (after
    ``make run`` the program lives in the project's environment, which is not on PATH)."""
    import shlex
    import shutil

    if getattr(sys, "frozen", False):  # a bundled build: the executable is the program
        program = Path(sys.executable)
    else:
        program = Path(sys.prefix) / ("Scripts/vigil.exe" if os.name == "nt" else "bin/vigil")
    found = shutil.which("vigil")
    if found and program.exists() and Path(found).resolve() == program.resolve():
        return "vigil"
    if program.exists():
        return shlex.quote(str(program))
    return f"{shlex.quote(sys.executable)} -m vigil"


def passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> bytes:
    if args.passphrase_file:
        return read_secret_file(args.passphrase_file)
    if not sys.stdin.isatty():
        raise UsageError("No passphrase: give --passphrase-file, or run in a terminal.")
    try:
        return getpass.getpass(prompt).encode()
    except EOFError:  # Ctrl+D at the prompt
        raise UsageError("No passphrase was typed.") from None


def new_passphrase(args: argparse.Namespace, file: str | None) -> bytes:
    if file:
        value = read_secret_file(file)
    elif not sys.stdin.isatty():
        raise UsageError("No new passphrase: give a passphrase file, or run in a terminal.")
    else:
        value = getpass.getpass("New passphrase: ").encode()
        if getpass.getpass("Repeat it: ").encode() != value:
            raise UsageError("The two passphrases differ; nothing was changed.")
    refused = problem(value.decode("utf-8", "replace"))
    if refused:
        raise UsageError(refused)
    return value


def vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault) if args.vault else default_vault_dir()


# What a terminal obeys instead of showing: C0 controls but newline and tab (ESC starts colour,
# cursor, title and clipboard sequences; CR overwrites a line), DEL, the C1 controls (U+009B is
# a one-character CSI for some terminals), and the bidirectional overrides and isolates that
# make text read in another order than it is stored ("Trojan source").
_OBEYED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def neutralise(text: str) -> str:
    """``text`` with every character a terminal would obey written as a ``\\uXXXX`` escape:
    visible to the person, inert for the terminal, and still valid inside a JSON string."""
    return _OBEYED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class TerminalSafe:
    """A text stream that neutralises what is written to it. The CLI prints case text that
    came from elsewhere (a sync, an import, an alert): none of it may drive the terminal."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(neutralise(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:  # flush, buffer (raw output asked for), isatty...
        return getattr(self._stream, name)


def emit_json(rows: Any) -> None:
    print(json.dumps(rows, ensure_ascii=False, indent=1))


def open_vault(args: argparse.Namespace) -> Vault:
    """The core unlock (vigil/unlock.py), as the app runs it: a wrong passphrase here counts
    toward the wipe-after-failures setting too."""
    from vigil.unlock import KeySource, Passphrase, Remembered, unlock
    from vigil.vault.store import read_header

    # No vault (or a wiped one) is said before the passphrase is asked for, not after.
    read_header(vault_dir(args))
    accept = bool(getattr(args, "accept_older_database", False))  # 'vigil verify' only
    source: KeySource = (
        Remembered()
        if getattr(args, "keyring", False)
        else Passphrase(passphrase(args), accept_older_database=accept)
    )
    return unlock(vault_dir(args), source, *wipe_policy()).vault


def wipe_policy() -> tuple[int, tuple[Path, ...]]:
    """The person's wipe-after-failures setting, and what a wipe removes besides the vault."""
    from vigil import settings
    from vigil.logs import LOG_NAME
    from vigil.vault.files import default_log_dir

    also = (settings.settings_path(), default_log_dir() / LOG_NAME)
    return settings.load().wipe_after_failures, also


SHORT_ID_MIN = 4
# The arguments that name an item: each may be any unique start of the id (at least
# SHORT_ID_MIN hex digits), such as the short ids 'case show' prints.
_ITEM_ARGS = ("case_id", "item_id")


def full_item_id(vault: Vault, text: str) -> str:
    """The id an item id or a unique start of one names; a plain error otherwise."""
    from vigil.vault.listing import ids_starting

    wanted = text.strip().lower()
    if len(wanted) == 32:
        return wanted
    if len(wanted) < SHORT_ID_MIN:
        raise UsageError(f"{text!r} is too short for an id: give at least {SHORT_ID_MIN} digits.")
    found = ids_starting(vault, wanted)
    if not found:
        raise VigilError(f"No item in this vault has an id starting with {text}.")
    if len(found) > 1:
        raise UsageError(
            f"More than one item has an id starting with {text} ({', '.join(found)}"
            f"{', …' if len(found) >= 5 else ''}): give more of it."
        )
    return found[0]


def _full_ids(vault: Vault, args: argparse.Namespace) -> None:
    for name in _ITEM_ARGS:
        value = getattr(args, name, None)
        if isinstance(value, str):
            setattr(args, name, full_item_id(vault, value))


def with_vault(action: VaultCommand) -> Command:
    def run(args: argparse.Namespace) -> None:
        with open_vault(args) as vault:
            _full_ids(vault, args)
            action(vault, args)

    return run
