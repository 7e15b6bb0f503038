"""Alerts from the command line: ``vigil alert …`` (both ends) and ``vigil hq publish|alert|
rotate-alert-key|counts`` on the HQ desk (docs/alerts.md)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.cli_common import UsageError, WithVault, emit_json
from vigil.crypto.errors import VigilError

if TYPE_CHECKING:
    from vigil.vault.store import Vault

RETRIES = (0.0, 2.0, 5.0)  # an urgent alert: an immediate round, then two retries


def _store() -> Any:
    from vigil.sync.credentials import KeyringStore

    return KeyringStore()


def _audience(args: argparse.Namespace) -> str | list[str]:
    from vigil.alerts.publish import parse_audience

    if args.to is not None and not args.to.strip():
        raise UsageError("--to takes device ids separated by commas.")
    try:
        return parse_audience(args.to or "")
    except VigilError as exc:
        raise UsageError(f"--to: {exc}") from None


def summary(row: dict[str, Any]) -> str:
    """One line for a person (the inbox is inside the unlocked vault: text may be shown). A
    field device's note names the device by the label HQ gave it, beside its short id."""
    from vigil.sync.device_names import shown

    p, kind = row["payload"], row["kind"]
    who = shown(row["from"], row.get("from_label", ""))
    if kind == "alert":
        return f"[{p.get('severity', '')}] {p.get('text', '')}"
    if kind in ("urgent-action", "follow-up", "closure"):
        actions = p.get("document", {}).get("urgent_actions", [])
        numbers = ", ".join(str(a.get("number", a.get("ref", ""))) for a in actions)
        extra = f" ({p['outcome']})" if p.get("outcome") else ""
        return f"{numbers}{extra} {row.get('outcome', '')}".strip()
    if kind == "field-alert":
        situation, title, text = p.get("situation", ""), p.get("case_title", ""), p.get("text", "")
        return f"URGENT {situation} from {who}: {title}: {text}"
    if kind == "counts":
        counts = ", ".join(f"{c['ua']}/{c['lang']}: {c['sent']}" for c in p.get("counts", []))
        return f"{who}: {counts}"
    if kind == "key-rotation":
        return "HQ rotated its alert key."
    if kind == "hq-root":
        return "HQ's keys are now under its offline root."
    if kind == "device-seized":
        since = p.get("since", "")
        return f"Device {p.get('device', '')} was seized; what it sent after {since} is held."
    return f"{who}: device key announced"


def cmd_alert_list(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.alerts import inbox

    rows = inbox.alerts(vault, unread_only=args.unread)
    if args.json:
        emit_json([{**r, "summary": summary(r)} for r in rows])
    else:
        if not rows:
            print("No alerts.")
        for r in rows:
            mark = " " if r["read"] else "*"
            print(f"{mark} {r['received'][:16]}  {r['kind']:<13} {summary(r)}")
    if args.mark_read:
        inbox.mark_read(vault)


def cmd_alert_read(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.alerts import inbox

    n = inbox.mark_read(vault, None if args.all else list(args.ids))
    print(f"Marked {n} alert(s) read.")


def _sync_with_retries(vault: Vault, args: argparse.Namespace) -> Any:
    from vigil.sync import round as sync_round

    report = None
    for wait in RETRIES:
        time.sleep(wait)
        report = sync_round.run(vault.path, _store(), args.proxy, vault).report
        if not report.error or not report.retry:
            break
    return report


def cmd_alert_raise(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.alerts import publish
    from vigil.alerts.note import id_of

    made = id_of(publish.raise_alert(vault, args.case_id, args.kind, args.text))
    print("Urgent alert signed and queued for HQ; it leaves before anything else.")
    if args.no_sync:
        print(made)
        return
    report = _sync_with_retries(vault, args)
    if report is None or report.error:
        print(made)  # made and queued all the same: its id, as every command that makes one
        raise VigilError(
            "The alert is queued but HQ has not received it yet: "
            f"{report.error if report else 'no sync'} It goes at the next sync."
        )
    print(f"Sent to HQ ({report.notes_sent} note(s)).")
    print(made)


def cmd_alert_counts(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.alerts import inbox, publish
    from vigil.sync.enrolment import config

    cfg = config(vault)
    if cfg is not None and cfg.role == "hq":
        rows = inbox.hq_counts(vault)
        if args.json:
            emit_json(rows)
            return
        for r in rows:
            print(f"{r['ua']:<16} {r['lang']:<4} {r['sent']:>6}  ({r['devices']} device(s))")
        return
    queued = publish.report_counts(vault, force=True)
    print("Counts queued for HQ (no names)." if queued else "No confirmed letters to report.")


def _send_now(vault: Vault, args: argparse.Namespace, made: bytes | None = None) -> None:
    """Send what was signed now; then the id of the note made (``made``) on the last line."""
    from vigil.alerts.note import id_of
    from vigil.sync import hq

    try:
        sent = hq.send_published(vault, _store(), args.proxy)
    except VigilError as exc:
        if made is not None:
            print(id_of(made))
        raise VigilError(
            f"Signed and queued; not sent yet ({exc}). It goes at the next sync."
        ) from None
    print(f"Published ({sent} note(s) sent).")
    if made is not None:
        print(id_of(made))


def cmd_hq_publish(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.alerts import publish

    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise UsageError(f"Cannot read {args.file}: {exc.strerror}.") from None
    days = publish.days_until(args.expires) if args.expires else None
    kind, refs, signed = publish.publish_document(
        vault, data, Path(args.file).name, args.kind, _audience(args), days
    )
    print(f"Signed {kind} for {', '.join(refs)}.")
    _send_now(vault, args, signed)


def cmd_hq_alert(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.alerts import publish

    days = publish.days_until(args.expires)
    signed = publish.publish_alert(
        vault, args.severity, args.text, days, _audience(args), args.confidential
    )
    article = "an" if args.severity[:1] in "aeiou" else "a"
    print(f"Signed {article} {args.severity} alert.")
    _send_now(vault, args, signed)


def cmd_hq_rotate(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.alerts import publish

    publish.rotate_key(vault)
    print("A new alert key, introduced by a note signed with the old one; the old is retired.")
    _send_now(vault, args)


def add_parsers(sub: Any, with_vault: WithVault, parser_class: Any) -> None:
    def proxy(p: argparse.ArgumentParser) -> None:
        p.add_argument("--proxy", metavar="URL", help="e.g. socks5://127.0.0.1:9050 for Tor")

    alert = sub.add_parser("alert", help="signed alerts: inbox, raise, counts").add_subparsers(
        dest="alert_command", metavar="ACTION", parser_class=parser_class
    )
    alert.required = True
    p = alert.add_parser("list", help="the alert inbox")
    p.set_defaults(func=with_vault(cmd_alert_list))
    p.add_argument("--json", action="store_true")
    p.add_argument("--unread", action="store_true", help="only unread alerts")
    p.add_argument("--mark-read", action="store_true", help="then mark them all read")
    p = alert.add_parser("read", help="mark alerts read")
    p.set_defaults(func=with_vault(cmd_alert_read))
    p.add_argument("ids", nargs="*")
    p.add_argument("--all", action="store_true")
    p = alert.add_parser("raise", help="raise an urgent alert about a case, for HQ")
    p.set_defaults(func=with_vault(cmd_alert_raise))
    p.add_argument("case_id")
    p.add_argument("--kind", required=True, help="detained, disappeared, hearing, threatened, …")
    p.add_argument("--text", default="")
    p.add_argument("--no-sync", action="store_true", help="queue only")
    proxy(p)
    p = alert.add_parser("counts", help="field: report letter counts; HQ: the totals")
    p.set_defaults(func=with_vault(cmd_alert_counts))
    p.add_argument("--json", action="store_true")

    hq = _subparsers(sub.choices["hq"])
    p = hq.add_parser("publish", help="sign and publish an urgent-action file")
    p.set_defaults(func=with_vault(cmd_hq_publish))
    p.add_argument("file")
    p.add_argument("--kind", choices=("urgent-action", "follow-up", "closure"))
    p.add_argument("--to", metavar="IDS", help="device ids, comma-separated (default: all)")
    p.add_argument("--expires", metavar="T", help="7d, 48h or a time (default: deadline + 30 d)")
    proxy(p)
    p = hq.add_parser("alert", help="sign and publish an alert")
    p.set_defaults(func=with_vault(cmd_hq_alert))
    p.add_argument("--severity", required=True, choices=("info", "warning", "urgent"))
    p.add_argument("--expires", required=True, metavar="T", help="7d, 48h or a time")
    p.add_argument("--text", required=True)
    p.add_argument("--to", metavar="IDS", help="device ids, comma-separated (default: all)")
    p.add_argument("--confidential", action="store_true", help="encrypt to the devices' keys")
    proxy(p)
    p = hq.add_parser("rotate-alert-key", help="introduce a new alert key, retire the old")
    p.set_defaults(func=with_vault(cmd_hq_rotate))
    proxy(p)


def _subparsers(parser: argparse.ArgumentParser) -> Any:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the 'hq' command has no subcommands")
