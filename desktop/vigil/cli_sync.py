"""Sync and HQ-desk commands: enrol, sync now, status, and the desk's codes, devices and
their storage quotas."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from vigil.cli_common import (
    UsageError,
    WithVault,
    add_code_argument,
    code_from_stdin,
    emit_json,
    read_code,
)
from vigil.crypto.errors import IntegrityError, VigilError
from vigil.sizes import human_size, quota_size

if TYPE_CHECKING:
    from vigil.vault.store import Vault


def _store() -> Any:
    from vigil.sync.credentials import KeyringStore

    return KeyringStore()


def cmd_sync_enrol(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.sync.session import enrol_field
    from vigil.sync.status import credential_gone

    code = read_code(args)
    store = _store()
    gone = credential_gone(vault, store)
    if gone is not None and not args.again:
        _ask_to_enrol_again(gone, code_from_stdin(args), "vigil sync enrol --again")
    cred = enrol_field(vault, code, store, args.proxy, again=gone is not None)
    if gone is not None:
        print(
            f"Enrolled again with {cred.org or cred.url} as a new field device. The old device "
            f"{gone.device_id} is no longer used: ask HQ to revoke it "
            f"('vigil hq revoke {gone.device_id}'). The current state of every item is queued "
            "for HQ under the new device."
        )
    else:
        print(
            f"Enrolled with {cred.org or cred.url} as a field device. The server key and the "
            "HQ keys are pinned; this vault's saves are now also encrypted to HQ."
        )
    print(cred.device_id)


def _ask_to_enrol_again(gone: Any, stdin_taken: bool, command: str) -> None:
    """The plain question before a vault whose credential is gone becomes a new device."""
    question = (
        f"This vault was enrolled with {gone.org or gone.url} as device {gone.device_id}, but "
        "this computer's keyring has no sync credential for it (a reset keyring, a folder "
        "from another computer). Enrolling again makes it a new device"
    )
    if stdin_taken or not sys.stdin.isatty():
        raise UsageError(f"{question}: run '{command}' with the new code.")
    answer = input(f"{question}. Enrol again as a new device? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise UsageError("Nothing was changed.")


def cmd_sync_now(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.sync import round as sync_round

    done = sync_round.run(vault.path, _store(), args.proxy, vault)
    report, merged = done.report, done.merged
    if report.wipe:
        _obey_wipe(vault.path, report.pushed)
        return
    if args.json:
        emit_json(
            {
                "pushed": report.pushed,
                "pulled": report.pulled,
                "merged": merged.added,
                "conflicts": merged.conflicts,
                "refused": len(merged.refused),
                "waiting": merged.waiting,
                "notes_sent": report.notes_sent,
                "notes_fetched": report.notes_fetched,
                "error": report.error,
                "round_trips": report.round_trips,
                "stamped": done.stamped,
                "stamp_error": done.stamp_error,
            }
        )
    elif report.error:
        # Said only when something moved before the failure: a "Pushed 0, fetched 0" line
        # printed before "Sync failed" read as a sync that went through.
        if report.pushed or report.pulled or report.notes_sent or report.notes_fetched:
            print(f"Before it stopped: {_moved(report)}.")
    else:
        print(
            f"{_moved(report).capitalize()}; merged {merged.added}"
            f" ({merged.conflicts} conflicts, {len(merged.refused)} refused)."
        )
    if not args.json and done.stamped:
        print(f"Time-stamped {done.stamped} revisions and attachments received (RFC 3161).")
    if not args.json and done.stamp_error:
        # The round stands: what was not stamped is asked for in the next one.
        print(f"Time-stamping waits for the next round: {done.stamp_error}", file=sys.stderr)
    if report.error:
        failure = IntegrityError if report.integrity else VigilError
        raise failure(f"Sync failed: {report.error}")
    if merged.refused or merged.waiting:
        raise IntegrityError(
            "Some fetched revisions were refused or are missing predecessors; "
            "see 'vigil sync status'."
        )


def _moved(report: Any) -> str:
    """What a round moved: revisions both ways, and the alerts channel's notes (alerts, urgent
    actions, HQ notes), which are not revisions but did arrive."""
    text = f"pushed {report.pushed}, fetched {report.pulled}"
    if report.notes_sent or report.notes_fetched:
        text += (
            f" revisions; alerts and notes: sent {report.notes_sent}, "
            f"fetched {report.notes_fetched}"
        )
    return text


def _obey_wipe(path: Any, pushed: int) -> None:
    """HQ's signed order (verified in sync.engine): the same wipe as 'vigil wipe'."""
    from vigil.cli_admin import report_wipe, run_wipe

    print(f"Pushed {pushed} before the wipe." if pushed else "Nothing was waiting to be pushed.")
    report_wipe(
        run_wipe(path),
        "HQ's signed wipe order was obeyed: the keys, the vault, its settings and logs are gone.",
    )


def cmd_sync_status(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.sync.status import status

    info = status(vault.path, vault)
    if args.json:
        emit_json(info)
        return
    if not info.get("enrolled"):
        print("Not enrolled with an HQ server.")
        return
    print(f"Server: {info['url']} ({info['role']}, {info['org']})")
    label = f" ({info['label']})" if info.get("label") else ""
    print(f"This device: {info['device_id']}{label}")
    if info.get("hq_root"):
        serial = info.get("hq_keyset") or "none yet"
        print(f"HQ root: {info['hq_root'][:16]}… (key set {serial})")
    print(f"Last sync: {info['last_success'] or 'never'}")
    print(f"Waiting to be pushed: {info['pending']}")
    if info["last_error"]:
        print(f"Last error: {info['last_error']}")
    print(f"Conflicts to resolve: {info['conflicts']}")
    for alert in info["integrity_alerts"]:
        print(f"Integrity: {alert['time'][:19]} {alert['kind']}: {alert['detail']}")


def cmd_sync_upgrade_hq_key(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.sync.hq_upgrade import upgrade_now

    print(upgrade_now(vault, _store(), args.proxy))


def cmd_hq_init(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.sync.session import hq_enrol_again, hq_init
    from vigil.sync.status import credential_gone

    code = read_code(args)
    store = _store()
    gone = credential_gone(vault, store)
    if gone is None:
        _refuse_enrolled(vault, args.again)
        keyset = None
        if args.keyset:
            from vigil.sync.hq_desk_keys import read_keyset_file

            keyset = read_keyset_file(args.keyset)
        cred = hq_init(vault, code, store, args.proxy, keyset)
        if keyset is not None:
            print(
                "This vault is now the HQ desk, named by the root's key set: every device takes "
                "it at its next sync and refuses the old desk from then on."
            )
        else:
            print("This vault is now the HQ desk: its keys are the organisation's HQ keys.")
        print(cred.device_id)
        return
    if not args.again:
        _ask_to_enrol_again(gone, code_from_stdin(args), "vigil hq init --again")
    done = hq_enrol_again(vault, code, store, args.proxy)
    print(
        f"Enrolled again with {done.cred.org or done.cred.url} as a new device of the HQ desk, "
        "with the same HQ keys: field devices need nothing."
    )
    if done.revoke_error:
        print(
            f"The old device {done.old_device} could not be revoked ({done.revoke_error}): "
            f"revoke it now, 'vigil hq revoke {done.old_device}', since its lost credential "
            "could still act as the HQ desk."
        )
    else:
        print(f"This desk revoked the old one, {done.old_device}.")
    print(done.cred.device_id)


def _refuse_enrolled(vault: Vault, again: bool) -> None:
    """An enrolled vault whose keyring holds its credential: said before the code is spent."""
    from vigil.sync.enrolment import config

    cfg = config(vault)
    if cfg is None:
        return
    if again:
        raise UsageError(
            "This vault is enrolled and this computer's keyring holds its sync credential: it "
            "syncs as it is. Enrolling again is for a vault whose credential is gone."
        )
    if cfg.role == "hq":
        raise UsageError(f"This vault is already the HQ desk of {cfg.org or cfg.url}.")
    raise UsageError(
        "This vault is a field device; an HQ desk is a vault of its own ('vigil init')."
    )


def cmd_hq_enrol_code(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.sync.session import hq_enrol_code

    code = hq_enrol_code(vault, _store(), int(args.ttl_hours * 3600), args.proxy, args.label)
    print("A one-time enrolment code for a field device (give it over a safe channel):")
    print(code)


def cmd_hq_devices(vault: Vault, args: argparse.Namespace) -> None:
    from dataclasses import asdict

    from vigil.sync import hq

    rows = hq.devices(vault, _store(), args.proxy)
    if args.json:
        emit_json([asdict(row) for row in rows])
        return
    for row in rows:
        size = human_size(row.stored_bytes)
        state = row.status + (" (wipe order waiting)" if row.wipe else "")
        seen = row.last_seen or "never"  # a day, never a time (docs/protocol.md)
        line = f"{row.id}  {row.role:<6} {state:<8} seen {seen:<10} {size:>10}  {_quota_text(row)}"
        print(f"{line}  {row.label}".rstrip())


def _quota_text(row: Any) -> str:
    if row.quota_daily is None or row.quota_total is None:
        return ""  # an HQ desk: no quota
    return f"quota {human_size(row.quota_daily)} a day, {human_size(row.quota_total)} in all"


def _size_or_default(text: str | None, option: str) -> int | None:
    if text is not None and not text.strip():
        raise UsageError(f"{option}: give a size above zero, or 'default'.")
    try:
        return quota_size(text)
    except ValueError as exc:
        raise UsageError(f"{option}: {exc}.") from None


def cmd_hq_quota(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.cli_devices import called, device_named
    from vigil.sync import hq

    daily = _size_or_default(args.daily, "--daily")
    total = _size_or_default(args.total, "--total")
    device = device_named(vault, args)
    row = hq.set_quota(vault, _store(), device.id, daily, total, args.proxy)
    print(f"Device {called(device)}: {_quota_text(row)}.")


def cmd_hq_revoke(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.cli_devices import called, device_named
    from vigil.sync import hq

    device = device_named(vault, args)
    hq.revoke(vault, _store(), device.id, args.wipe, args.push_first, args.expires_days, args.proxy)
    if args.wipe:
        first = " after pushing its outbox" if args.push_first else ""
        print(
            f"Device {called(device)} revoked with a signed wipe order: it wipes itself{first} "
            f"at its next contact with the server, within {args.expires_days:g} days."
        )
    else:
        print(f"Device {called(device)} revoked.")


def cmd_conflicts(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.vault.merge import conflicts

    rows = [{"id": item, "siblings": revs} for item, revs in conflicts(vault).items()]
    if args.json:
        emit_json(rows)
        return
    for row in rows:
        print(f"{row['id']}  {len(row['siblings']) + 1} versions; see 'vigil history {row['id']}'")


def add_parsers(sub: Any, with_vault: WithVault, parser_class: Any) -> None:
    def proxy(p: argparse.ArgumentParser) -> None:
        p.add_argument("--proxy", metavar="URL", help="e.g. socks5://127.0.0.1:9050 for Tor")

    sync = sub.add_parser("sync", help="sync with HQ").add_subparsers(
        dest="sync_command", metavar="ACTION", parser_class=parser_class
    )
    sync.required = True
    p = sync.add_parser("enrol", help="enrol this vault with an HQ code")
    p.set_defaults(func=with_vault(cmd_sync_enrol))
    add_code_argument(p, "enrolment code")
    p.add_argument(
        "--again",
        action="store_true",
        help="the vault was enrolled but this computer's keyring lost its credential: "
        "enrol it as a new device without asking",
    )
    proxy(p)
    p = sync.add_parser("now", help="push and fetch now")
    p.set_defaults(func=with_vault(cmd_sync_now))
    p.add_argument("--json", action="store_true")
    proxy(p)
    p = sync.add_parser(
        "upgrade-hq-key",
        help="move to HQ's post-quantum key now, checked against the HQ key pinned at "
        "enrolment (the next sync does it too)",
    )
    p.set_defaults(func=with_vault(cmd_sync_upgrade_hq_key))
    proxy(p)
    p = sync.add_parser("status", help="last sync, pending, errors, integrity alerts")
    p.set_defaults(func=with_vault(cmd_sync_status))
    p.add_argument("--json", action="store_true")
    from vigil.cli_bundle import add_parsers as add_bundle_parsers

    add_bundle_parsers(sync, with_vault)

    hq = sub.add_parser("hq", help="the HQ desk").add_subparsers(
        dest="hq_command", metavar="ACTION", parser_class=parser_class
    )
    hq.required = True
    p = hq.add_parser("init", help="make this vault the HQ desk (admin code)")
    p.set_defaults(func=with_vault(cmd_hq_init))
    add_code_argument(p, "admin code")
    p.add_argument(
        "--again",
        action="store_true",
        help="this desk's keyring lost its credential: enrol it as a new device of the same "
        "server (a new admin code) and revoke the old one, without asking",
    )
    p.add_argument(
        "--keyset",
        metavar="FILE",
        help="take over from a seized desk: the root-signed key set naming this desk "
        "('vigil hq rotate', docs/hq-keys.md)",
    )
    proxy(p)
    p = hq.add_parser("enrol-code", help="a one-time code for a field device")
    p.set_defaults(func=with_vault(cmd_hq_enrol_code))
    p.add_argument("--ttl-hours", type=float, default=24.0)
    p.add_argument("--label", help="a name for the device, shown in HQ's device list")
    proxy(p)
    p = hq.add_parser("devices", help="list the organisation's devices")
    p.set_defaults(func=with_vault(cmd_hq_devices))
    p.add_argument("--json", action="store_true")
    proxy(p)
    p = hq.add_parser("quota", help="what a field device may store on the server")
    p.set_defaults(func=with_vault(cmd_hq_quota))
    p.add_argument("device_id")
    p.add_argument(
        "--daily", metavar="SIZE", help="in any 24 hours, e.g. 500MiB (omitted: the default)"
    )
    p.add_argument("--total", metavar="SIZE", help="in all, e.g. 8GiB (omitted: the default)")
    proxy(p)
    p = hq.add_parser("revoke", help="revoke a device")
    p.set_defaults(func=with_vault(cmd_hq_revoke))
    p.add_argument("device_id")
    p.add_argument("--wipe", action="store_true", help="order the device to wipe itself (signed)")
    p.add_argument(
        "--push-first", action="store_true", help="the device pushes its outbox before wiping"
    )
    p.add_argument(
        "--expires-days", type=float, default=30.0, help="the order's validity (default 30 days)"
    )
    proxy(p)
    from vigil.cli_seize import add_parsers as add_seize_parsers

    add_seize_parsers(hq, with_vault, proxy)
    from vigil.cli_hq_root import add_parsers as add_root_parsers

    add_root_parsers(hq, with_vault, proxy, parser_class)
    from vigil.cli_escrow import add_parsers as add_escrow_parsers

    add_escrow_parsers(sub, hq, with_vault, parser_class)
    p = sub.add_parser("conflicts", help="items with concurrent versions to resolve")
    p.set_defaults(func=with_vault(cmd_conflicts))
    p.add_argument("--json", action="store_true")


__all__ = ["add_parsers", "json"]
