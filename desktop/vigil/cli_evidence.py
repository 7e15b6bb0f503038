"""``vigil evidence export CASE --out FILE.zip [--redact ITEM|KIND.FIELD …]`` and
``vigil evidence verify FILE.zip`` (docs/evidence.md)."""

from __future__ import annotations

import argparse
import sys
import zipfile
from pathlib import Path
from typing import Any

from vigil.cli_common import WithVault
from vigil.crypto.errors import IntegrityError, VigilError
from vigil.vault.store import Vault


class PackageUnreadable(VigilError):
    exit_code = 2


class PackageFailed(IntegrityError):
    """Some check failed: the report says which (exit 4, damaged or hostile content)."""


def cmd_evidence_export(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.evidence.package import export

    manifest = export(vault, args.case_id, Path(args.out), args.redact or [])
    redacted = manifest["redactions"]
    files, revisions = len(manifest["files"]), len(manifest["revisions"])
    print(f"Wrote {args.out}: {files} files, {revisions} revisions, "
          f"signed by device {manifest['device']}.")  # fmt: skip
    if redacted:
        print("Redacted (listed in the package): " + "; ".join(redacted))
    print("It holds the case decrypted: keep it as safe as the case.")


def cmd_evidence_timestamp(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.cli_common import UsageError
    from vigil.evidence import timestamps

    if bool(args.tsa) != bool(args.tsa_roots):
        raise UsageError("Give --tsa and --tsa-roots together.")
    if args.tsa:
        timestamps.configure_from_file(vault, args.tsa, args.tsa_roots)
    added = timestamps.stamp_case(vault, args.case_id, proxy=args.proxy)
    print(f"{added.revisions} revisions and {added.attachments} attachments time-stamped.")


def cmd_evidence_tsa(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.cli_common import UsageError
    from vigil.evidence import timestamps

    if args.clear and (args.url or args.roots):
        raise UsageError("Give --clear alone, or the authority's URL and --roots.")
    if bool(args.url) != bool(args.roots):
        raise UsageError("Give the authority's URL and --roots together.")
    if args.clear:
        was = timestamps.clear(vault)
        print("Time-stamping authority cleared." if was else "No time-stamping authority was set.")
        print("Tokens already kept stay with their cases.")
        return
    if args.url:
        timestamps.configure_from_file(vault, args.url, args.roots)
    tsa = timestamps.authority(vault)
    if tsa is None:
        print("No time-stamping authority is set.")
    else:
        print(f"Time-stamping authority: {tsa.url} (roots SHA-256 {tsa.fingerprint}).")
        print("The HQ desk asks it for tokens over what it receives, in each sync round.")
    last = timestamps.last_result(vault)
    if last is not None:
        when, added, error = last
        stopped = f" Stopped: {error}" if error else ""
        print(f"Last stamping, {when}: {added} tokens added.{stopped}")


def cmd_evidence_receipts(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.evidence.receipts import fetch_for_case
    from vigil.sync.client import SyncClient
    from vigil.sync.credentials import KeyringStore
    from vigil.sync.enrolment import credential_for

    with SyncClient.for_device(credential_for(vault, KeyringStore()), args.proxy) as client:
        kept = fetch_for_case(vault, args.case_id, client)
    print(f"{kept} receipts checked and kept.")


def cmd_evidence_verify(args: argparse.Namespace, vault: Vault | None = None) -> None:
    from vigil.evidence import verifier

    try:
        report = verifier.verify_package(args.file)
    except (OSError, zipfile.BadZipFile) as exc:
        raise PackageUnreadable(f"Cannot read {args.file} as an evidence package: {exc}") from None
    print(verifier.render(report))
    if vault is not None:
        print(_recorded(vault, Path(args.file), report))
    sys.stdout.flush()
    if not report.ok:
        raise PackageFailed(f"{args.file}: {len(report.failures)} checks failed (listed above).")


def _recorded(vault: Vault, path: Path, report: Any) -> str:
    from vigil.evidence import custody

    if custody.record_verified(vault, path, report) is None:
        return "Not recorded: this vault does not hold the case the package names."
    return f"Recorded in the custody log of case {report.case}."


def add_parsers(sub: Any, with_vault: WithVault, parser_class: Any) -> None:
    evidence = sub.add_parser(
        "evidence", help="evidence packages anyone can verify"
    ).add_subparsers(dest="evidence_command", metavar="ACTION", parser_class=parser_class)
    evidence.required = True
    p = evidence.add_parser("export", help="write a case's evidence package (a zip)")
    p.set_defaults(func=with_vault(cmd_evidence_export))
    p.add_argument("case_id")
    p.add_argument("--out", required=True, metavar="FILE.zip")
    p.add_argument(
        "--redact",
        action="append",
        metavar="ITEM|KIND.FIELD",
        help="leave out an item (a person, a note…) or a field (person.descriptor); repeatable",
    )
    p = evidence.add_parser(
        "timestamp", help="HQ: RFC 3161 time-stamp tokens for every revision of a case"
    )
    p.set_defaults(func=with_vault(cmd_evidence_timestamp))
    p.add_argument("case_id")
    p.add_argument("--tsa", metavar="URL", help="the time-stamping authority (kept for next time)")
    p.add_argument("--tsa-roots", metavar="FILE", help="PEM root certificates of the TSA")
    p.add_argument("--proxy", metavar="URL", help="e.g. socks5://127.0.0.1:9050 for Tor")
    p = evidence.add_parser(
        "tsa", help="HQ: the RFC 3161 authority the desk asks in each sync round (show or set)"
    )
    p.set_defaults(func=with_vault(cmd_evidence_tsa))
    p.add_argument("url", nargs="?", metavar="URL", help="the time-stamping authority")
    p.add_argument("--roots", metavar="FILE", help="PEM root certificates of the TSA")
    p.add_argument("--clear", action="store_true", help="forget the authority (tokens stay)")
    p = evidence.add_parser(
        "receipts", help="the server's receipts for revisions that have none here (HQ desk)"
    )
    p.set_defaults(func=with_vault(cmd_evidence_receipts))
    p.add_argument("case_id")
    p.add_argument("--proxy", metavar="URL", help="e.g. socks5://127.0.0.1:9050 for Tor")
    p = evidence.add_parser("verify", help="check an evidence package; needs no vault")
    recording = with_vault(lambda vault, args: cmd_evidence_verify(args, vault))
    p.set_defaults(func=lambda args: (recording if args.record else cmd_evidence_verify)(args))
    p.add_argument("file")
    p.add_argument(
        "--record",
        action="store_true",
        help="open the vault and record the check in the case's custody log",
    )
