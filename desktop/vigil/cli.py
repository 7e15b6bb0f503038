"""The headless interface: ``vigil [--vault DIR] [--passphrase-file F] COMMAND``.

Exit codes: 0 ok, 2 usage, 3 wrong passphrase, 4 integrity failure, 1 anything else.
Errors go to stderr as one line. Commands that create something print its id alone on the
last line of stdout. Every listing takes ``--json``.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from vigil import logs
from vigil.crypto.errors import VigilError
from vigil.vault.files import default_vault_dir
from vigil.vault.passphrase import MIN_LENGTH, too_short

log = logging.getLogger("vigil.cli")

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class UsageError(VigilError):
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


# -- commands ----------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> None:
    from vigil.crypto.kdf import FLOOR_ITERATIONS, KIB_PER_MIB, KdfParams, calibrate
    from vigil.vault.store import Vault

    secret = new_passphrase(args, args.passphrase_file)
    if args.kdf_memory_mib or args.kdf_iterations:
        kdf = KdfParams(
            (args.kdf_memory_mib or 256) * KIB_PER_MIB, args.kdf_iterations or FLOOR_ITERATIONS, 1
        )
        problem = kdf.check_bounds()
        if problem:
            raise UsageError(f"Those KDF settings are refused: {problem}.")
    else:
        kdf = calibrate()
    path = vault_dir(args)
    vault, recovery_key = Vault.create(path, secret, kdf)
    with vault:
        print(f"Vault created in {path}.")
        cost = f"{kdf.memory_kib // KIB_PER_MIB} MiB, {kdf.iterations} passes"
        print(f"Key derivation: Argon2id, {cost}.")
        print()
        print("Recovery key. Write it down by hand now: it is shown only this once.")
        print("Anyone holding it can open this vault; keep it away from this computer.")
        print()
        print(f"    {recovery_key}")
        print()
        print(vault.header.vault_id.hex())


def open_vault(args: argparse.Namespace) -> Any:
    from vigil.vault.store import Vault

    return Vault.open(vault_dir(args), passphrase(args))


def _with_vault(
    action: Callable[[Any, argparse.Namespace], None],
) -> Callable[[argparse.Namespace], None]:
    def run(args: argparse.Namespace) -> None:
        with open_vault(args) as vault:
            action(vault, args)

    return run


def cmd_case_add(vault: Any, args: argparse.Namespace) -> None:
    from vigil.vault.store import Change, new_id

    payload: dict[str, Any] = {"title": args.title, "tags": args.tag or []}
    if args.country:
        payload["country"] = args.country.upper()
    if args.status:
        payload["status"] = args.status
    case_id = new_id()
    changes = [Change("case", payload, case_id)]
    for name in args.person or []:
        script = "Cyrl" if any("\u0400" <= ch <= "\u04ff" for ch in name) else "Latn"
        changes.append(
            Change("person", {"names": [{"text": name, "script": script}]}, None, case_id)
        )
    vault.save_many(changes)
    print(case_id)


def _case_row(item: Any) -> dict[str, Any]:
    return {"id": item.id, **item.payload, "updated": item.updated}


def cmd_case_list(vault: Any, args: argparse.Namespace) -> None:
    cases = vault.items("case")
    if args.json:
        emit_json([_case_row(c) for c in cases])
        return
    for case in cases:
        p = case.payload
        print(f"{case.id}  {p.get('status', ''):<10} {p.get('country', '--'):<3} {case.title}")


def cmd_case_show(vault: Any, args: argparse.Namespace) -> None:
    from vigil.cases.transfer import export_document

    case = vault.get(args.case_id)
    if case is None or case.kind != "case":
        raise VigilError(f"There is no case {args.case_id} in this vault.")
    record = export_document(vault, [case.id])["cases"][0]
    record["attachments"] = [{"ref": a.id, **a.payload} for a in vault.items("attachment", case.id)]
    if args.json:
        record["id"] = record.pop("ref")
        emit_json(record)
        return
    from vigil.cli_text import render_case

    print(render_case(record))


def cmd_note_add(vault: Any, args: argparse.Namespace) -> None:
    if args.file:
        try:
            text = Path(args.file).read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(
                f"Cannot read {args.file} as UTF-8 text ({type(exc).__name__})."
            ) from None
    else:
        text = args.text
    rev = vault.save("note", {"text": text}, case_id=args.case_id)
    print(rev.item)


def cmd_attach(vault: Any, args: argparse.Namespace) -> None:
    source = Path(args.file)
    if not source.is_file():
        raise UsageError(f"There is no file {source}.")
    rev = vault.add_attachment(args.case_id, source)
    print(rev.item)


def cmd_search(vault: Any, args: argparse.Namespace) -> None:
    from vigil.vault.store import HIT_END, HIT_START

    hits = vault.search(args.query, limit=args.limit)
    if args.json:
        emit_json([{"id": h.id, "kind": h.kind, "case_id": h.case_id, "title": h.title,
                    "snippet": h.snippet.replace(HIT_START, "[").replace(HIT_END, "]")}
                   for h in hits])  # fmt: skip
        return
    for hit in hits:
        snippet = hit.snippet.replace(HIT_START, "[").replace(HIT_END, "]").replace("\n", " ")
        print(f"{hit.id}  {hit.kind:<10} {snippet}")


def cmd_history(vault: Any, args: argparse.Namespace) -> None:
    if args.restore:
        rev = vault.restore_revision(args.item_id, args.restore)
        print(rev.id)
        return
    revisions = vault.history(args.item_id)
    if not revisions:
        raise VigilError(f"There is no item {args.item_id} in this vault.")
    if args.show:
        match = [r for r in revisions if r.id.startswith(args.show)]
        if len(match) != 1:
            raise VigilError(f"No single revision of this item starts with {args.show}.")
        emit_json(dict(match[0].payload))
        return
    rows = [{"id": r.id, "time": r.time, "device": r.device.hex(), "seq": r.seq,
             "parents": list(r.parents), "deleted": r.deleted} for r in revisions]  # fmt: skip
    if args.json:
        emit_json(rows)
        return
    for row in rows:
        print(f"{row['id']}  {row['time']}  device {row['device'][:8]} #{row['seq']}")


def cmd_verify(vault: Any, args: argparse.Namespace) -> None:
    from vigil.crypto.errors import IntegrityError
    from vigil.vault.verify import verify_vault

    problems = verify_vault(vault)
    count = vault.conn.execute("SELECT count(*) FROM revisions").fetchone()[0]
    if problems:
        for problem in problems:
            print(problem)
        raise IntegrityError(f"The vault has {len(problems)} integrity problem(s); see above.")
    print(f"Vault verified: {count} revisions, {len(vault.blob_files())} attachments, all intact.")


def cmd_passwd(vault: Any, args: argparse.Namespace) -> None:
    vault.change_passphrase(new_passphrase(args, args.new_passphrase_file))
    print("Passphrase changed. The recovery key still works.")


def cmd_recover(args: argparse.Namespace) -> None:
    from vigil.vault.store import Vault

    key = read_secret_file(args.recovery_key_file).decode("utf-8", "replace")
    with Vault.open_with_recovery(vault_dir(args), key) as vault:
        vault.change_passphrase(new_passphrase(args, args.new_passphrase_file))
    print("Vault recovered; it now opens with the new passphrase.")


def cmd_backup(vault: Any, args: argparse.Namespace) -> None:
    from vigil.vault.backup import write_backup

    out = Path(args.out)
    counts = write_backup(vault, out)
    print(f"Backup written: {counts['revisions']} revisions, {counts['attachments']} attachments.")
    print(out)


def cmd_restore(args: argparse.Namespace) -> None:
    from vigil.crypto import header as header_mod
    from vigil.crypto import recovery
    from vigil.vault.backup import restore_backup

    target = vault_dir(args)
    if args.recovery_key_file:
        text = read_secret_file(args.recovery_key_file).decode("utf-8", "replace")
        new = new_passphrase(args, args.new_passphrase_file)
        identity = header_mod.recovery_age_identity_string(text)
        vault = restore_backup(
            Path(args.file), target, identity,
            lambda h: h.unwrap_with_recovery(recovery.parse_key(text)),
        )  # fmt: skip
        with vault:
            vault.change_passphrase(new)
    elif args.identity_file:
        identity = _read_identity_file(Path(args.identity_file))
        secret = passphrase(args, "Passphrase of the backed-up vault: ")
        with restore_backup(
            Path(args.file), target, identity, lambda h: h.unwrap_with_passphrase(secret)
        ) as vault:
            pass
    else:
        raise UsageError("Give --recovery-key-file (with a new passphrase) or --identity-file.")
    print(f"Vault restored into {target}.")
    print(vault.header.vault_id.hex())


def _read_identity_file(path: Path) -> str:
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise UsageError(f"Cannot read the identity file {path}.") from None
    keys = [line.strip() for line in lines if line.strip().startswith("AGE-SECRET-KEY-1")]
    if not keys:
        raise UsageError(f"{path} holds no age identity (AGE-SECRET-KEY-1…).")
    return keys[0]


def cmd_identity_export(vault: Any, args: argparse.Namespace) -> None:
    from datetime import UTC, datetime

    from vigil.crypto.keys import age_identity_string
    from vigil.vault.files import atomic_write

    out = Path(args.out)
    text = (
        f"# Vigil vault {vault.header.vault_id.hex()} identity, exported "
        f"{datetime.now(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}\n"
        "# Whoever holds this file can read every envelope and backup of the vault.\n"
        f"# public key: {vault.identity.recipient_string}\n"
        f"{age_identity_string(vault.identity.x25519_secret)}\n"
    )
    atomic_write(out, text.encode())
    print(
        "Identity exported. It opens every envelope and backup: store it offline.", file=sys.stderr
    )
    print(out)


def cmd_import(vault: Any, args: argparse.Namespace) -> None:
    from vigil.cases.transfer import import_document, load_import_file

    for case_id in import_document(vault, load_import_file(Path(args.file))):
        print(case_id)


def cmd_export(vault: Any, args: argparse.Namespace) -> None:
    from vigil.cases.transfer import export_plaintext

    if not args.plaintext:
        raise UsageError(
            "Export writes readable, unencrypted files; say --plaintext to confirm. "
            "For an encrypted copy use 'vigil backup'."
        )
    print(
        "WARNING: writing case content UNENCRYPTED. Anyone with access to "
        f"{args.out} can read it. Delete it securely when done.",
        file=sys.stderr,
    )
    cases, files = export_plaintext(vault, Path(args.out))
    print(f"Exported {cases} cases and {files} attachments to {args.out}.")


def cmd_demo(args: argparse.Namespace) -> None:
    from vigil.demo import DEMO_PASSPHRASE, ensure_demo
    from vigil.vault.store import Vault

    path, made = ensure_demo(reset=args.reset)
    if not args.text and _has_display():
        from vigil.ui.app import run

        print(f"Demo vault in {path}; its passphrase is: {DEMO_PASSPHRASE}")
        status = run(sys.argv[:1], vault_dir=path, demo_passphrase=DEMO_PASSPHRASE)
        if status:
            raise VigilError(f"The app stopped with status {status}.")
        return
    with Vault.open(path, DEMO_PASSPHRASE.encode()) as vault:
        cases = vault.items("case")
        print(f"Demo vault {'created' if made else 'opened'} in {path}")
        print(f"Its passphrase (public, for the demo only): {DEMO_PASSPHRASE}")
        print()
        for case in cases:
            cmd_case_show(vault, argparse.Namespace(case_id=case.id, json=False))
            print()
    print("Explore it with the same commands a field worker uses, for example:")
    print(f"  vigil --vault {path} search Almaty")
    print(f"  vigil --vault {path} verify")


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux"):
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def cmd_app(args: argparse.Namespace) -> None:
    if not _has_display():
        raise UsageError("No display to open the app on; use a command (see 'vigil --help').")
    from vigil.ui.app import run

    status = run(sys.argv[:1], vault_dir=Path(args.vault) if args.vault else None)
    if status:
        raise VigilError(f"The app stopped with status {status}.")


# -- the parser --------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="vigil", description="Encrypted case documentation for human-rights work."
    )
    parser.add_argument(
        "--vault",
        metavar="DIR",
        help="vault folder (default: $VIGIL_VAULT or the user data folder)",
    )
    parser.add_argument("--passphrase-file", metavar="FILE", help="read the passphrase from FILE")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(
        name: str, func: Callable[..., None], needs_vault: bool = True, **kw: Any
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, **kw)
        p.set_defaults(func=_with_vault(func) if needs_vault else func)
        return p

    p = add("init", cmd_init, needs_vault=False, help="create a new vault")
    p.add_argument("--kdf-memory-mib", type=int)
    p.add_argument("--kdf-iterations", type=int)

    case = sub.add_parser("case", help="cases").add_subparsers(
        dest="case_command", metavar="ACTION", parser_class=_Parser
    )
    case.required = True
    p = case.add_parser("add", help="add a case")
    p.set_defaults(func=_with_vault(cmd_case_add))
    p.add_argument("--title", required=True)
    p.add_argument("--country", help="ISO 3166 two-letter code")
    p.add_argument("--status", choices=("open", "monitoring", "closed"))
    p.add_argument("--tag", action="append")
    p.add_argument("--person", action="append", metavar="NAME")
    p = case.add_parser("list", help="list cases")
    p.set_defaults(func=_with_vault(cmd_case_list))
    p.add_argument("--json", action="store_true")
    p = case.add_parser("show", help="show one case")
    p.set_defaults(func=_with_vault(cmd_case_show))
    p.add_argument("case_id")
    p.add_argument("--json", action="store_true")

    note = sub.add_parser("note", help="notes").add_subparsers(
        dest="note_command", metavar="ACTION", parser_class=_Parser
    )
    note.required = True
    p = note.add_parser("add", help="add a note to a case")
    p.set_defaults(func=_with_vault(cmd_note_add))
    p.add_argument("case_id")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--text")
    group.add_argument("--file")

    p = add("attach", cmd_attach, help="encrypt a file into a case")
    p.add_argument("case_id")
    p.add_argument("file")
    p = add("search", cmd_search, help="full-text search")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p = add("history", cmd_history, help="an item's revisions; view or restore one")
    p.add_argument("item_id")
    p.add_argument("--show", metavar="REV", help="print that revision's content")
    p.add_argument("--restore", metavar="REV", help="make that revision current (a new revision)")
    p.add_argument("--json", action="store_true")
    add("verify", cmd_verify, help="check every signature, envelope, attachment and the database")
    p = add("passwd", cmd_passwd, help="change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p = add(
        "recover", cmd_recover, needs_vault=False, help="set a new passphrase with the recovery key"
    )
    p.add_argument("--recovery-key-file", metavar="FILE", required=True)
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p = add("backup", cmd_backup, help="write an encrypted backup")
    p.add_argument("--out", required=True, metavar="FILE")
    p = add("restore", cmd_restore, needs_vault=False, help="rebuild a vault from a backup")
    p.add_argument("file")
    p.add_argument("--recovery-key-file", metavar="FILE")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.add_argument("--identity-file", metavar="FILE")
    ident = sub.add_parser("identity", help="the vault's identity").add_subparsers(
        dest="identity_command", metavar="ACTION", parser_class=_Parser
    )
    ident.required = True
    p = ident.add_parser("export", help="write the age identity to a file")
    p.set_defaults(func=_with_vault(cmd_identity_export))
    p.add_argument("--out", required=True, metavar="FILE")
    p = add("import", cmd_import, help="import cases from a JSON file")
    p.add_argument("file")
    p = add("export", cmd_export, help="export everything decrypted (needs --plaintext)")
    p.add_argument("--plaintext", action="store_true")
    p.add_argument("--out", required=True, metavar="DIR")
    p = add("demo", cmd_demo, needs_vault=False, help="open the demo vault with the sample case")
    p.add_argument("--reset", action="store_true", help="delete the demo vault and start over")
    p.add_argument(
        "--text", action="store_true", help="print the demo case instead of opening the app"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        args.func = cmd_app  # no command: the desktop app
    with contextlib.suppress(OSError):  # a read-only log folder must not stop the work
        logs.setup()
    try:
        args.func(args)
    except VigilError as exc:
        log.warning("command %s failed: %s", args.command, type(exc).__name__)
        print(f"vigil: {exc}", file=sys.stderr)
        for where, what in getattr(exc, "problems", [])[1:]:
            print(f"  {where}: {what}", file=sys.stderr)
        return exc.exit_code
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
