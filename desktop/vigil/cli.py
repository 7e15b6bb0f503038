"""The headless interface: ``vigil [--vault DIR] [--passphrase-file F] COMMAND``.

Exit codes: 0 ok, 2 usage, 3 wrong passphrase, 4 integrity failure, 1 anything else.
Errors go to stderr as one line. Commands that create something print its id alone on the
last line of stdout. Every listing takes ``--json``. With no command, the desktop app opens.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from vigil import logs
from vigil.cli_admin import (
    cmd_app,
    cmd_backup,
    cmd_demo,
    cmd_identity_export,
    cmd_init,
    cmd_keys_upgrade,
    cmd_passwd,
    cmd_recover,
    cmd_recovery_rotate,
    cmd_remember,
    cmd_restore,
    cmd_wipe,
)
from vigil.cli_alerts import add_parsers as add_alert_parsers
from vigil.cli_appeals import add_parsers as add_appeal_parsers
from vigil.cli_cases import (
    cmd_attach,
    cmd_case_add,
    cmd_case_list,
    cmd_case_show,
    cmd_export,
    cmd_history,
    cmd_import,
    cmd_note_add,
    cmd_search,
    cmd_verify,
)
from vigil.cli_common import EXIT_ERROR, EXIT_OK, Parser, TerminalSafe, with_vault
from vigil.cli_edit import add_case_edit
from vigil.cli_edit import add_parsers as add_edit_parsers
from vigil.cli_evidence import add_parsers as add_evidence_parsers
from vigil.cli_sync import add_parsers as add_sync_parsers
from vigil.crypto.errors import VigilError
from vigil.hardening import harden
from vigil.vault import backup_words
from vigil.vault.db import DAMAGED, DatabaseError

log = logging.getLogger("vigil.cli")
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a program a pipe stopped


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="vigil", description="Encrypted case documentation for human-rights work.")
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help="vault folder (default: $VIGIL_VAULT or the user data folder)",
    )
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    parser.add_argument(
        "--keyring",
        action="store_true",
        help="unlock with the key remembered on this device (see 'remember')",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the app, unlock the vault with --passphrase-file, print what opened and quit "
        "(checks an installed or packaged app)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    def add(
        name: str, func: Callable[..., None], needs_vault: bool = True, **kw: Any
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, **kw)
        p.set_defaults(func=with_vault(func) if needs_vault else func)
        return p

    p = add("init", cmd_init, needs_vault=False, help="create a new vault")
    p.add_argument("--kdf-memory-mib", type=int)
    p.add_argument("--kdf-iterations", type=int)

    case = sub.add_parser("case", help="cases").add_subparsers(
        dest="case_command", metavar="ACTION", parser_class=Parser
    )
    case.required = True
    p = case.add_parser("add", help="add a case")
    p.set_defaults(func=with_vault(cmd_case_add))
    p.add_argument("--title", required=True)
    p.add_argument("--country", help="ISO 3166 two-letter code")
    p.add_argument("--status", choices=("open", "monitoring", "closed"))
    p.add_argument("--tag", action="append")
    p.add_argument("--person", action="append", metavar="NAME")
    p = case.add_parser("list", help="list cases")
    p.set_defaults(func=with_vault(cmd_case_list))
    p.add_argument("--json", action="store_true")
    p = case.add_parser("show", help="show one case")
    p.set_defaults(func=with_vault(cmd_case_show))
    p.add_argument("case_id")
    p.add_argument("--json", action="store_true")
    add_case_edit(case, with_vault)

    note = sub.add_parser("note", help="notes").add_subparsers(
        dest="note_command", metavar="ACTION", parser_class=Parser
    )
    note.required = True
    p = note.add_parser("add", help="add a note to a case")
    p.set_defaults(func=with_vault(cmd_note_add))
    p.add_argument("case_id")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--text", help="the note's text; - reads standard input")
    group.add_argument("--file", help="a UTF-8 text file; - reads standard input")

    p = add("attach", cmd_attach, help="encrypt a file into a case")
    p.add_argument("case_id")
    p.add_argument("file")
    p.add_argument(
        "--original",
        metavar="ITEM",
        help="the attachment this file is a redacted or annotated version of (kept as it is)",
    )
    p = add("search", cmd_search, help="full-text search")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p = add("history", cmd_history, help="an item's revisions; view or restore one")
    p.add_argument("item_id")
    p.add_argument("--show", metavar="REV", help="print that revision's content")
    p.add_argument("--restore", metavar="REV", help="make that revision current (a new revision)")
    p.add_argument("--json", action="store_true")
    p = add(
        "verify", cmd_verify, help="check every signature, envelope, attachment and the database"
    )
    p.add_argument(
        "--accept-older-database", action="store_true",
        help="go on with a vault.db older than the vault's last use (an older copy put back)",
    )  # fmt: skip
    p = add("passwd", cmd_passwd, help="change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.add_argument(
        "--rekey",
        action="store_true",
        help="also make a new master key and recovery key: old headers (in backups) with the "
        "old passphrase then open nothing written after",
    )
    p.add_argument(
        "--new-identity",
        action="store_true",
        help="with --rekey: also new age and signing keys, announced to HQ",
    )
    rec = sub.add_parser("recovery", help="the recovery key").add_subparsers(
        dest="recovery_command", metavar="ACTION", parser_class=Parser
    )
    rec.required = True
    p = rec.add_parser(
        "rotate", help="a new recovery key (and master key); the old one opens nothing"
    )
    p.set_defaults(func=with_vault(cmd_recovery_rotate))
    p = add(
        "recover", cmd_recover, needs_vault=False, help="set a new passphrase with the recovery key"
    )
    p.add_argument("--recovery-key-file", metavar="FILE", required=True)
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p = add("backup", cmd_backup, help="write an encrypted backup")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument(
        "--x25519",
        action="store_true",
        help=backup_words.X25519_CHOICE,
    )
    p = add("restore", cmd_restore, needs_vault=False, help="rebuild a vault from a backup")
    p.add_argument("file")
    p.add_argument("--recovery-key-file", metavar="FILE")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.add_argument("--identity-file", metavar="FILE")
    p.add_argument(
        "--allow-unsigned-backup",
        action="store_true",
        help="also restore a backup from Vigil before backup version 2, whose manifest is not "
        "signed (only if you know where it came from)",
    )
    ident = sub.add_parser("identity", help="the vault's identity").add_subparsers(
        dest="identity_command", metavar="ACTION", parser_class=Parser
    )
    ident.required = True
    p = ident.add_parser("export", help="write the age identity to a file")
    p.set_defaults(func=with_vault(cmd_identity_export))
    p.add_argument("--out", required=True, metavar="FILE")
    keys_cmd = sub.add_parser("keys", help="the vault's keys").add_subparsers(
        dest="keys_command", metavar="ACTION", parser_class=Parser
    )
    keys_cmd.required = True
    p = keys_cmd.add_parser(
        "upgrade", help="give the vault its post-quantum key now (an unlock does it too)"
    )
    p.set_defaults(func=with_vault(cmd_keys_upgrade))
    p.add_argument(
        "--recovery-key-file",
        metavar="FILE",
        help="the recovery key, so that backups are post-quantum for it too",
    )
    p = add("import", cmd_import, help="import cases from a JSON file")
    p.add_argument("file")
    again = p.add_mutually_exclusive_group()
    again.add_argument(
        "--skip-existing", action="store_true", help="leave out cases this vault already holds"
    )
    again.add_argument(
        "--again", action="store_true", help="import cases this vault already holds as new ones"
    )
    p = add("export", cmd_export, help="export everything decrypted (needs --plaintext)")
    p.add_argument("--plaintext", action="store_true")
    p.add_argument("--out", required=True, metavar="DIR")
    add_sync_parsers(sub, with_vault, Parser)
    add_edit_parsers(sub, with_vault, Parser)
    add_appeal_parsers(sub, with_vault, Parser)
    add_alert_parsers(sub, with_vault, Parser)
    add_evidence_parsers(sub, with_vault, Parser)
    p = add(
        "remember",
        cmd_remember,
        needs_vault=False,
        help="quick unlock: keep the vault key in this device's keyring (opt-in)",
    )
    p.add_argument("--forget", action="store_true", help="stop remembering it")
    p = add("wipe", cmd_wipe, needs_vault=False, help="destroy the vault: keys first (panic)")
    p.add_argument("--yes", action="store_true", help="do not ask (for scripts)")
    p = add("demo", cmd_demo, needs_vault=False, help="open the demo vault with the sample case")
    p.add_argument("--reset", action="store_true", help="delete the demo vault and start over")
    p.add_argument(
        "--text", action="store_true", help="print the demo case instead of opening the app"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    harden()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args.func = cmd_app  # no command: the desktop app
    with contextlib.suppress(OSError):  # a read-only log folder must not stop the work
        logs.setup()
    streams = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = TerminalSafe(sys.stdout), TerminalSafe(sys.stderr)  # type: ignore[assignment]
    try:
        code = _run(args)
        sys.stdout.flush()  # inside the guard: a closed pipe is found here, not at exit
        return code
    except BrokenPipeError:
        return _reader_gone()
    finally:
        sys.stdout, sys.stderr = streams


def _reader_gone() -> int:
    """The program reading the output went away ('vigil case list | head -1'): what it did not
    read is not wanted. Stop as a program stopped by the broken pipe does (128 + SIGPIPE),
    quietly; stdout points at /dev/null so that the interpreter's last flush finds no pipe."""
    log.info("the reader of the output closed it")
    with contextlib.suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
    return EXIT_BROKEN_PIPE


def _run(args: argparse.Namespace) -> int:
    try:
        args.func(args)
    except VigilError as exc:
        log.warning("command %s failed: %s", args.command, type(exc).__name__)
        print(f"vigil: {exc}", file=sys.stderr)
        for where, what in getattr(exc, "problems", [])[1:]:
            print(f"  {where}: {what}", file=sys.stderr)
        return exc.exit_code
    except DatabaseError:
        log.warning("command %s met a damaged database page", args.command)
        print(f"vigil: {DAMAGED}", file=sys.stderr)
        return 4
    except BrokenPipeError:
        return _reader_gone()
    except KeyboardInterrupt:
        print("vigil: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130
    except Exception as exc:
        log.error("unexpected failure: %s", logs.describe_exception(exc))
        print(
            f"vigil: unexpected {type(exc).__name__}; "
            "details (without case content) are in the log.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
