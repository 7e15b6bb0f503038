"""Urgent actions and appeals from the command line: ua, appeal, template, signatories."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.appeals.letter import SENDER_GENDERS
from vigil.cli_common import UsageError, WithVault, emit_json
from vigil.crypto.errors import VigilError
from vigil.vault.files import save_beside

if TYPE_CHECKING:
    from vigil.vault.store import Vault

FORMATS = ("pdf", "eml", "txt", "mailto")


def _store(vault: Vault) -> Any:
    from vigil.appeals.store import AppealStore

    return AppealStore(vault)


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"Cannot read {path}: {exc.strerror}.") from None


def _write_private(path: str, data: bytes) -> None:
    """The letter holds case text: written only where asked, readable by its owner only."""
    if path == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        save_beside(Path(path), data)
    except OSError as exc:
        raise VigilError(f"Cannot write {path}: {exc.strerror}.") from None


def cmd_ua_import(vault: Vault, args: argparse.Namespace) -> None:
    results = _store(vault).import_bytes(_read(args.file), Path(args.file).name)
    for _action_id, ref, new in results:
        print(f"{'Imported' if new else 'Updated'} urgent action {ref}")
    print(results[-1][0])


def _ua_row(stored: Any, today: datetime.date) -> dict[str, Any]:
    ua = stored.ua
    return {
        "id": stored.id,
        "ref": ua.ref,
        "number": ua.number,
        "state": ua.effective_state(today),
        "outcome": ua.outcome,
        "deadline": ua.deadline,
        "days_left": ua.days_left(today),
        "languages": list(ua.languages),
        "targets": [t.ref for t in ua.targets],
        "source": stored.source,
        "followed": stored.followed,
    }


def cmd_ua_list(vault: Vault, args: argparse.Namespace) -> None:
    today = datetime.date.today()
    rows = [_ua_row(s, today) for s in _store(vault).actions()]
    if args.json:
        emit_json(rows)
        return
    for r in rows:
        left = (
            ""
            if r["days_left"] is None or r["state"] != "active"
            else f", {r['days_left']} days left"
        )
        outcome = f" ({r['outcome']})" if r["outcome"] else ""
        langs = ", ".join(r["languages"])
        print(f"{r['id']}  {r['number']:<14} {r['state']}{outcome}{left}  [{langs}]")


def cmd_ua_rollback(vault: Vault, args: argparse.Namespace) -> None:
    _store(vault).rollback(args.ua)
    print(f"Urgent action {args.ua} is back to its previous version.")


def _sender(vault: Vault, args: argparse.Namespace) -> Any:
    from vigil.appeals.render import Sender, city_fits
    from vigil.appeals.store import SENDER_CITY, SENDER_EMAIL, SENDER_GENDER, SENDER_NAME

    for key, value in (
        (SENDER_NAME, args.sender),
        (SENDER_CITY, args.city),
        (SENDER_EMAIL, args.from_addr),
        (SENDER_GENDER, args.sender_gender),
    ):
        if value is not None:
            vault.set_meta(key, value)  # remembered inside the vault, for the next letter
    name = vault.get_meta(SENDER_NAME) or ""
    if not name.strip():
        raise UsageError(
            "Say who signs the letter: --sender NAME (and --city CITY); "
            "Vigil remembers them in this vault."
        )
    city = vault.get_meta(SENDER_CITY) or ""
    if args.city is None and city and not city_fits(city, args.lang):
        # Remembered from a letter in another script ("г. Алматы" for a Russian letter): it
        # is not written into this one; the person says the city for this language.
        print(
            f"vigil: the remembered city {city!r} is written for another language; this letter "
            f"has no city. Give --city for a {args.lang} letter.",
            file=sys.stderr,
        )
        city = ""
    return Sender(
        name,
        city,
        vault.get_meta(SENDER_EMAIL) or "",
        gender=vault.get_meta(SENDER_GENDER) or "unspecified",
    )


def cmd_appeal_render(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.appeals.render import compose, deadline_warning

    store = _store(vault)
    stored = store.action(args.ua)
    sender = _sender(vault, args)
    letter = compose(
        stored.ua, args.lang, sender, target_ref=args.target, personal_note=args.note or "",
        follow_up=args.follow_up,
    )  # fmt: skip
    warning = deadline_warning(stored.ua)
    if warning:
        print(f"vigil: warning: {warning}", file=sys.stderr)
    if args.format == "txt":
        data = letter.text().encode("utf-8")
    elif args.format == "mailto":
        from vigil.appeals.mail import mailto_link

        data = (mailto_link(letter) + "\n").encode("ascii")
    else:
        from vigil.appeals.pdf import render_pdf

        pdf = render_pdf([letter], page_size=args.page_size)
        if args.format == "pdf":
            data = pdf
        else:
            from vigil.appeals.mail import build_eml

            data = build_eml(
                letter,
                pdf,
                from_addr=sender.email,
                filename=f"appeal-{stored.ua.ref}-{args.lang}.pdf",
            )
    _write_private(args.out, data)
    appeal = store.create_appeal(stored.id, letter_target(stored, args.target), args.lang)
    store.set_status(appeal.id, "exported")
    if args.out != "-":
        print(f"Wrote the {args.lang} letter to {letter.addressee[0]} as {args.format}: {args.out}")
        print(appeal.id)


def letter_target(stored: Any, ref: str | None) -> str:
    return str(stored.ua.target(ref).ref)


def cmd_appeal_list(vault: Vault, args: argparse.Namespace) -> None:
    store = _store(vault)
    rows = [
        {
            "id": a.id,
            "ua": store.action(a.ua_id).ua.ref,
            "target": a.target_ref,
            "lang": a.lang,
            "status": a.status,
            "updated": a.updated,
        }
        for a in store.appeals(args.ua)
    ]
    if args.json:
        emit_json(rows)
        return
    for r in rows:
        print(f"{r['id']}  {r['ua']:<12} {r['target']:<20} {r['lang']:<3} {r['status']}")


_STATUS_WORDS = {
    "draft": "a draft",
    "exported": "marked exported",
    "opened": "marked opened",
    "sent": "marked sent",
    "reply": "marked replied to",
}


def cmd_appeal_mark(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.appeals.render import deadline_warning

    store = _store(vault)
    appeal = store.set_status(
        args.appeal, args.status, reply_date=args.reply_date or "", reply_text=args.reply_text or ""
    )
    if args.status == "sent":
        warning = deadline_warning(store.action(appeal.ua_id).ua)
        if warning:
            print(f"vigil: warning: {warning}", file=sys.stderr)
    print(f"Appeal {appeal.id} is now {_STATUS_WORDS.get(appeal.status, appeal.status)}.")


def _window(text: str) -> tuple[datetime.time, datetime.time] | None:
    """'8-20' (hours, local time), or 'any'."""
    if text == "any":
        return None
    try:
        start, end = (int(part) for part in text.split("-"))
        return datetime.time(start), datetime.time(end % 24)
    except ValueError:
        raise UsageError(f"--window {text!r}: write hours as 8-20, or 'any'.") from None


def cmd_appeal_send(vault: Vault, args: argparse.Namespace) -> None:
    """SMTP from the campaigner's own account: a dry run unless --send is given."""
    from vigil.appeals.pdf import render_pdf
    from vigil.appeals.render import Sender, compose, deadline_warning
    from vigil.appeals.smtp import Outgoing, SendRecord, SmtpSender, SmtpSettings
    from vigil.cli_common import read_secret_file

    store = _store(vault)
    stored = store.action(args.ua)
    ua, target = stored.ua, stored.ua.target(args.target)
    sender = _sender(vault, args)
    if not sender.email:
        raise UsageError("Give your own address with --from ADDRESS (remembered in the vault).")
    signers = store.signatories() if args.per_signatory else []
    people = [(s.id, Sender(s.name, s.city, sender.email)) for s in signers] or [("own", sender)]
    batch, appeal_for = [], {}
    for key, person in people:
        letter = compose(ua, args.lang, person, target_ref=target.ref, follow_up=args.follow_up)
        # Stable ids: sending the same batch again skips what the server already accepted.
        message_id = f"{ua.ref}/{target.ref}/{args.lang}/{key}"
        appeal_for[message_id] = None if key == "own" else key
        batch.append(
            Outgoing(message_id, letter, render_pdf([letter]), f"appeal-{ua.ref}-{args.lang}.pdf")
        )
    settings = SmtpSettings(
        host=args.smtp_host, port=args.smtp_port, security=args.security,
        username=args.smtp_user or "", from_addr=sender.email, per_period=args.per_minute,
        window=_window(args.window),
    )  # fmt: skip
    password = read_secret_file(args.password_file).decode() if args.password_file else None
    warning = deadline_warning(ua)
    if warning:
        print(f"vigil: warning: {warning}", file=sys.stderr)

    def record(sent: SendRecord) -> None:
        appeal = store.create_appeal(stored.id, target.ref, args.lang, appeal_for[sent.message_id])
        store.record_send(appeal.id, sent.message_id, ", ".join(sent.recipients), sent.response)
        store.set_status(appeal.id, "sent")

    report = SmtpSender(settings, password=password).send(
        batch, record=record, already_sent=store.sent_message_ids(), dry_run=not args.send
    )
    if report.dry_run:
        print(
            f"Dry run: {len(report.planned)} letter(s) would go to {target.email}; "
            f"{len(report.skipped)} already sent. Nothing was sent; add --send to send."
        )
    else:
        print(f"Sent {len(report.sent)} letter(s); {len(report.skipped)} had been sent before.")


def cmd_template_check(args: argparse.Namespace) -> None:
    from vigil.appeals.store import load_document
    from vigil.appeals.templates import check_files

    problems: list[str] = []
    loose: list[tuple[str, bytes]] = []
    for name in args.files:
        data = _read(name)
        if name.endswith(".json"):
            try:
                load_document(data, name)
            except VigilError as exc:
                found = getattr(exc, "found", None)
                problems += (
                    [str(p) for p in found]
                    if found
                    else [
                        f"{where}: {what}"
                        for where, what in getattr(exc, "problems", [(name, str(exc))])
                    ]
                )
        else:
            loose.append((name, data))
    problems += [str(p) for p in check_files(loose)]
    for line in problems:
        print(line)
    if problems:
        raise VigilError(
            f"{len(problems)} problem(s) in {len(args.files)} file(s); "
            "nothing is rendered from them."
        )
    print(f"{len(args.files)} file(s) passed the template checks.")


def cmd_signatories_import(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.appeals.signatories import parse_csv
    from vigil.appeals.store import Consent, utc_now

    consent_text = _read(args.consent_text_file).decode("utf-8", "replace").strip()
    if not consent_text:
        raise UsageError("The consent text is empty: give the exact words people agreed to.")
    rows, errors = parse_csv(_read(args.file))
    for error in errors:
        print(error, file=sys.stderr)
    if errors and not args.skip_bad_rows:
        raise VigilError(
            f"{len(errors)} row(s) have problems; nothing was imported "
            "(fix them, or pass --skip-bad-rows to import the other rows)."
        )
    ids = _store(vault).add_signatories(
        [(r.name, r.city, r.pseudonym) for r in rows],
        Consent(consent_text, args.consent_version, utc_now()),
    )
    print(f"Imported {len(ids)} signatories (kept only in this vault, never synced).")


def cmd_signatories_remove(vault: Vault, args: argparse.Namespace) -> None:
    store = _store(vault)
    wanted = args.signatory_id.strip().lower()
    found = [s.id for s in store.signatories() if s.id.startswith(wanted)] if wanted else []
    if len(found) != 1:
        raise UsageError(
            f"{args.signatory_id!r} names {'no' if not found else 'more than one'} signatory; "
            "'vigil signatories list' shows their ids."
        )
    gone = store.remove_signatory(found[0])
    print(
        f"Removed {gone.name}: their name and city are no longer in this vault. The consent "
        f"record keeps only that they agreed (version {gone.consent.version}, "
        f"{gone.consent.at}) and when they withdrew."
    )


def cmd_signatories_list(vault: Vault, args: argparse.Namespace) -> None:
    people = _store(vault).signatories()
    if args.json:
        emit_json(
            [
                {
                    "id": s.id,
                    "name": s.name,
                    "city": s.city,
                    "pseudonym": s.pseudonym,
                    "consent_version": s.consent.version,
                    "consent_at": s.consent.at,
                }
                for s in people
            ]
        )
        return
    for s in people:
        print(f"{s.id}  {s.name}{' (pseudonym)' if s.pseudonym else ''}, {s.city}")


def _letter_options(p: argparse.ArgumentParser) -> None:
    """What render and send both ask about the letter being written."""
    p.add_argument(
        "--sender-gender", choices=SENDER_GENDERS,
        help="the signer's grammatical gender, for languages whose verbs agree with it "
        "(remembered in the vault)",
    )  # fmt: skip
    p.add_argument(
        "--follow-up", action="store_true",
        help="confirm that a letter for a closed urgent action is about its follow-up",
    )  # fmt: skip


def add_parsers(sub: Any, with_vault: WithVault, parser_class: Any) -> None:
    ua = sub.add_parser("ua", help="urgent actions").add_subparsers(
        dest="ua_command", metavar="ACTION", parser_class=parser_class
    )
    ua.required = True
    p = ua.add_parser("list", help="urgent actions with their state and deadline")
    p.set_defaults(func=with_vault(cmd_ua_list))
    p.add_argument("--json", action="store_true")
    p = ua.add_parser("import", help="import urgent actions and their letter templates")
    p.set_defaults(func=with_vault(cmd_ua_import))
    p.add_argument("file")
    p = ua.add_parser("rollback", help="go back to an urgent action's previous version")
    p.set_defaults(func=with_vault(cmd_ua_rollback))
    p.add_argument("ua", metavar="ID")

    appeal = sub.add_parser("appeal", help="letters to the authorities").add_subparsers(
        dest="appeal_command", metavar="ACTION", parser_class=parser_class
    )
    appeal.required = True
    p = appeal.add_parser("render", help="write one letter as PDF, .eml, text or mailto link")
    p.set_defaults(func=with_vault(cmd_appeal_render))
    p.add_argument("--ua", required=True, metavar="ID", help="urgent action id or ref")
    p.add_argument("--target", metavar="REF", help="default: the primary target")
    p.add_argument("--lang", required=True, help="kk, ru, en, ...")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--out", required=True, metavar="PATH", help="a file, or - for stdout")
    p.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    p.add_argument("--sender", metavar="NAME", help="who signs (remembered in the vault)")
    p.add_argument("--city", metavar="CITY")
    p.add_argument("--from", dest="from_addr", metavar="ADDRESS", help="your e-mail address")
    p.add_argument("--note", metavar="TEXT", help="a personal note, added after the demands")
    _letter_options(p)
    p = appeal.add_parser("send", help="send by SMTP from your own account (dry run by default)")
    p.set_defaults(func=with_vault(cmd_appeal_send))
    p.add_argument("--ua", required=True, metavar="ID")
    p.add_argument("--target", metavar="REF")
    p.add_argument("--lang", required=True)
    p.add_argument("--per-signatory", action="store_true", help="one letter per signatory")
    p.add_argument("--sender", metavar="NAME")
    p.add_argument("--city", metavar="CITY")
    p.add_argument("--from", dest="from_addr", metavar="ADDRESS")
    p.add_argument("--smtp-host", required=True)
    p.add_argument("--smtp-port", type=int, default=587)
    p.add_argument("--security", choices=("starttls", "tls", "none"), default="starttls")
    p.add_argument("--smtp-user", metavar="USER")
    p.add_argument("--password-file", metavar="FILE")
    p.add_argument("--per-minute", type=int, default=10, help="rate limit (default 10)")
    p.add_argument("--window", default="8-20", help="local hours to send in (default 8-20), or any")
    p.add_argument("--send", action="store_true", help="really send (default: a dry run)")
    _letter_options(p)
    p = appeal.add_parser("list", help="appeals and their status")
    p.set_defaults(func=with_vault(cmd_appeal_list))
    p.add_argument("--ua", metavar="ID")
    p.add_argument("--json", action="store_true")
    p = appeal.add_parser("mark", help="confirm a letter was sent, or log a reply")
    p.set_defaults(func=with_vault(cmd_appeal_mark))
    p.add_argument("appeal", metavar="ID")
    p.add_argument("status", choices=("sent", "reply"))
    p.add_argument("--reply-date", metavar="YYYY-MM-DD")
    p.add_argument("--reply-text", metavar="TEXT")

    template = sub.add_parser("template", help="letter templates").add_subparsers(
        dest="template_command", metavar="ACTION", parser_class=parser_class
    )
    template.required = True
    p = template.add_parser("check", help="check Fluent templates or urgent-action files")
    p.set_defaults(func=cmd_template_check)
    p.add_argument("files", nargs="+", metavar="FILE")

    signers = sub.add_parser("signatories", help="people who sign group letters").add_subparsers(
        dest="signatories_command", metavar="ACTION", parser_class=parser_class
    )
    signers.required = True
    p = signers.add_parser("import", help="import signatories from CSV")
    p.set_defaults(func=with_vault(cmd_signatories_import))
    p.add_argument("file")
    p.add_argument(
        "--consent-text-file",
        required=True,
        metavar="FILE",
        help="the exact consent text the signatories were shown",
    )
    p.add_argument("--consent-version", required=True, metavar="VERSION")
    p.add_argument("--skip-bad-rows", action="store_true")
    p = signers.add_parser("list", help="signatories in this vault")
    p.set_defaults(func=with_vault(cmd_signatories_list))
    p.add_argument("--json", action="store_true")
    p = signers.add_parser("remove", help="a signatory withdrew consent: their data goes now")
    p.set_defaults(func=with_vault(cmd_signatories_remove))
    p.add_argument("signatory_id", help="the id 'signatories list' shows (or a unique start)")
