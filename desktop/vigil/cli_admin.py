"""Commands that make, open, protect and rebuild a vault (and open the app or the demo)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.cli_cases import cmd_case_show
from vigil.cli_common import (
    UsageError,
    new_passphrase,
    passphrase,
    read_secret_file,
    vault_dir,
)
from vigil.crypto.errors import VigilError

if TYPE_CHECKING:
    from vigil.crypto.keys import Identity
    from vigil.vault.store import Vault


def cmd_init(args: argparse.Namespace) -> None:
    from vigil.crypto.kdf import FLOOR_ITERATIONS, KIB_PER_MIB, KdfParams, calibrate
    from vigil.vault.store import Vault

    secret = new_passphrase(args, args.passphrase_file)
    if args.kdf_memory_mib or args.kdf_iterations:
        kdf = KdfParams(
            (args.kdf_memory_mib or 256) * KIB_PER_MIB, args.kdf_iterations or FLOOR_ITERATIONS, 1
        )
        problem = kdf.check_restorable()
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


def cmd_passwd(vault: Vault, args: argparse.Namespace) -> None:
    if args.new_identity and not args.rekey:
        raise UsageError("--new-identity goes with --rekey.")
    new = new_passphrase(args, args.new_passphrase_file)
    if not args.rekey:
        from vigil.vault.rekey import change_passphrase

        change_passphrase(vault, new)
        print("Passphrase changed. The recovery key still works.")
        return
    from vigil.crypto.kdf import calibrate

    if args.new_identity:
        _new_identity(vault, new, calibrate())
        return
    _rekeyed(vault, vault.rekey(new, calibrate()), "Passphrase changed and the vault rekeyed.")


def _new_identity(vault: Vault, new: bytes, kdf: Any) -> None:
    from vigil.alerts.publish import announce_new_identity
    from vigil.sync.enrolment import config

    cfg = config(vault)
    if cfg is not None and cfg.role == "hq":
        raise UsageError(
            "An HQ desk's keys are pinned by every enrolled device; --new-identity would cut "
            "them off. Nothing was changed."
        )
    old = vault.identity
    recovery_key = vault.rekey(new, kdf, new_identity=True)
    announced = announce_new_identity(vault, old)
    _rekeyed(vault, recovery_key, "Passphrase changed; new master key, age key and signing key.")
    print("What was encrypted to the old keys stays readable in this vault and its backups.")
    print("Export the identity again ('vigil identity export') if you keep a copy of it.")
    if announced:
        print("The new keys are announced to HQ, signed with the old key, at the next sync.")


def cmd_recovery_rotate(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.vault.rekey import rotate_recovery

    if getattr(args, "keyring", False):
        raise UsageError("Rotating the recovery key needs the passphrase (--passphrase-file).")
    recovery_key = rotate_recovery(vault, passphrase(args))
    _rekeyed(vault, recovery_key, "New recovery key; the vault rekeyed.")


def _rekeyed(vault: Vault, recovery_key: str, done: str) -> None:
    """After a rekey: the keyring entry, the escrow warning, and the new recovery key."""
    from vigil.remember import RememberedKeys
    from vigil.sync import escrow

    with contextlib.suppress(VigilError):  # no keyring here: nothing was remembered
        RememberedKeys().refresh(vault)
    print(done)
    print("Old headers (in earlier backups) with the old passphrase or recovery key open")
    print("nothing written from now on. The old recovery key no longer opens this vault.")
    if escrow.is_enabled(vault.path):
        print("HQ escrow still holds the old key: run 'vigil escrow enable' again.")
    print()
    print("New recovery key. Write it down by hand now: it is shown only this once.")
    print()
    print(f"    {recovery_key}")


def cmd_recover(args: argparse.Namespace) -> None:
    from vigil.crypto.kdf import calibrate
    from vigil.unlock import RecoveryKey, unlock

    key = read_secret_file(args.recovery_key_file).decode("utf-8", "replace")
    new = new_passphrase(args, args.new_passphrase_file)
    # Calibrated here: the header's cost may have been chosen by whoever altered it.
    unlock(vault_dir(args), RecoveryKey(key, new, calibrate())).vault.close()
    print("Vault recovered; it now opens with the new passphrase.")


def cmd_backup(vault: Vault, args: argparse.Namespace) -> None:
    from vigil.vault import backup_words
    from vigil.vault.backup import write_backup

    out = Path(args.out)
    counts = write_backup(vault, out, x25519=args.x25519)
    if counts["warning"]:
        print(f"WARNING: {counts['warning']}", file=sys.stderr)
    print(f"Backup written: {counts['revisions']} revisions, {counts['attachments']} attachments.")
    print(backup_words.opens_with(counts["post_quantum"]))
    print(out)


def cmd_restore(args: argparse.Namespace) -> None:
    from vigil.vault.backup import restore_backup, restore_with_recovery_key

    target = vault_dir(args)
    unsigned = args.allow_unsigned_backup
    if unsigned:
        print(
            "WARNING: --allow-unsigned-backup: a version 1 backup is restored on its own word; "
            "anyone who knows this vault's public key could have written it.",
            file=sys.stderr,
        )
    if args.recovery_key_file:
        text = read_secret_file(args.recovery_key_file).decode("utf-8", "replace")
        new = new_passphrase(args, args.new_passphrase_file)
        with restore_with_recovery_key(Path(args.file), target, text, new, unsigned) as vault:
            pass
    elif args.identity_file:
        identity = _read_identity_file(Path(args.identity_file))
        secret = passphrase(args, "Passphrase of the backed-up vault: ")
        with restore_backup(
            Path(args.file), target, identity, lambda h: h.unwrap_with_passphrase(secret), unsigned
        ) as vault:
            pass
    else:
        raise UsageError("Give --recovery-key-file (with a new passphrase) or --identity-file.")
    print(f"Vault restored into {target}.")
    print(vault.header.vault_id.hex())


def _read_identity_file(path: Path) -> list[str]:
    """Every age identity in the file, X25519 (AGE-SECRET-KEY-1…) and hybrid
    (AGE-SECRET-KEY-PQ-1…): age tries each on the backup."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        raise UsageError(f"Cannot read the identity file {path}.") from None
    keys = [
        line.strip()
        for line in lines
        if line.strip().startswith(("AGE-SECRET-KEY-1", "AGE-SECRET-KEY-PQ-1"))
    ]
    if not keys:
        raise UsageError(f"{path} holds no age identity (AGE-SECRET-KEY-1…).")
    return keys


def cmd_identity_export(vault: Vault, args: argparse.Namespace) -> None:
    from datetime import UTC, datetime

    from vigil.vault.files import save_beside

    out = Path(args.out)
    text = (
        f"# Vigil vault {vault.header.vault_id.hex()} identity, exported "
        f"{datetime.now(UTC).strftime('%Y-%m-%dT%H:%M:%SZ')}\n"
        "# Whoever holds this file can read every envelope and backup of the vault.\n"
    ) + _identity_lines(vault.identity, "")
    # Identities retired by 'passwd --rekey --new-identity' follow the current one: age tries
    # every key in the file.
    for old in vault.retired_identities():
        text += _identity_lines(old, "retired, ")
    save_beside(out, text.encode())
    print(
        "Identity exported. It opens every envelope and backup: store it offline.", file=sys.stderr
    )
    print(out)


def cmd_keys_upgrade(vault: Vault, args: argparse.Namespace) -> None:
    """The unlock already gave the vault its hybrid key (vault/hybrid.py); this says so,
    announces it to HQ on an enrolled device, and with the recovery key makes backups
    post-quantum for that key too."""
    from vigil.vault import hybrid

    if args.recovery_key_file:
        text = read_secret_file(args.recovery_key_file).decode("utf-8", "replace")
        hybrid.learn_recovery(vault, text)  # RecoveryKeyInvalid if not this vault's
    from vigil.alerts.publish import announce_keys
    from vigil.sync.enrolment import config

    cfg = config(vault)
    announced = cfg is not None and cfg.role == "field" and announce_keys(vault)
    print(f"Post-quantum key: {str(vault.identity.hybrid_recipient)[:24]}…")
    if announced:
        print("Announced to HQ in a signed note; it leaves with the next sync.")
    from vigil.sync.hq_upgrade import follow_due

    if follow_due(vault):
        print(
            "HQ's key here is X25519 only: the next sync moves to HQ's post-quantum key once "
            "HQ registered it ('vigil sync upgrade-hq-key' does it now)."
        )
    if hybrid.recovery_recipient(vault) is None:
        print(
            "Backups stay X25519 until the recovery key is given: "
            "vigil keys upgrade --recovery-key-file FILE"
        )
    else:
        print("Backups are post-quantum, for the vault and its recovery key.")


def _identity_lines(identity: Identity, prefix: str) -> str:
    """The hybrid key first (what everything new is encrypted to; age 1.3 and typage read
    it), then the X25519 key (older files, and what age 1.1 reads)."""
    from vigil.crypto.keys import age_identity_string

    text = ""
    if identity.hybrid_identity is not None:
        text += (
            f"# {prefix}post-quantum public key: {identity.hybrid_recipient}\n"
            f"{identity.hybrid_identity}\n"
        )
    return text + (
        f"# {prefix}public key: {identity.recipient_string}\n"
        f"{age_identity_string(identity.x25519_secret)}\n"
    )


def cmd_demo(args: argparse.Namespace) -> None:
    from vigil import logs
    from vigil.demo import (
        DEMO_PASSPHRASE,
        DemoPaths,
        claim,
        demo_dir,
        demo_environment,
        own_settings,
        start_demo,
    )

    paths, settings = DemoPaths(demo_dir()), own_settings()
    claim(paths, settings)  # refuses a folder that is not the demo's before writing there
    # The demo's settings and logs stay in the demo folder, from the first line it logs.
    os.environ.update(demo_environment(paths))
    with contextlib.suppress(OSError):
        logs.setup()
    with_app = not args.text and _has_display()
    if args.reset:
        print("Starting the demo over: its folder is deleted and made again.")
    # The server is a child process: stopped in the finally below, by atexit after an
    # unexpected exit, and (on Linux) by the kernel if this process is killed outright.
    if with_app:  # a quit signal while the server and the app start quits the app at once
        from vigil import quit_signals

        quit_signals.hold()
    demo = start_demo(reset=args.reset, settings=settings)
    try:
        print(f"Demo {'created' if demo.made else 'opened'} in {demo.paths.base}")
        print(f"Its passphrase (public, for the demo only): {DEMO_PASSPHRASE}")
        if demo.server is not None:
            print(f"Demo HQ server: {demo.server.url} (stops when the demo ends)")
        else:
            print("This installation cannot run the demo HQ server; sync is not part of it.")
        if with_app:
            from vigil.ui.app import run

            status = run(
                sys.argv[:1],
                vault_dir=demo.vault,
                demo_passphrase=DEMO_PASSPHRASE,
                credential_store=demo.store,
            )
            if status:
                raise VigilError(f"The app stopped with status {status}.")
            return
        _print_demo(demo)
    finally:
        demo.stop()


def _print_demo(demo: Any) -> None:
    from vigil.demo import DEMO_PASSPHRASE
    from vigil.sync.status import status as sync_status
    from vigil.vault.store import Vault

    path = demo.vault
    with Vault.open(path, DEMO_PASSPHRASE.encode()) as vault:
        print()
        for case in vault.items("case"):
            cmd_case_show(vault, argparse.Namespace(case_id=case.id, json=False))
            print()
        if demo.server is not None:
            from vigil.sync import round as sync_round

            report = sync_round.run(path, demo.store, vault=vault).report
            print(f"Synced with the demo HQ: {report.pushed} pushed, {report.pulled} fetched"
                  + (f"; error: {report.error}" if report.error else "."))  # fmt: skip
        info = sync_status(path, vault)
    if info.get("enrolled"):
        last = info["last_success"] or "never"
        print(f"Enrolled with {info['org']} at {info['url']}; last sync: {last}; "
              f"waiting to be pushed: {info['pending']}.")  # fmt: skip
    import shlex

    from vigil.cli_common import how_to_run

    print("Explore it with the same commands a field worker uses (each asks for the demo")
    print("passphrase above), for example:")
    prefix = f"{how_to_run()} --vault {shlex.quote(str(path))}"
    print(f"  {prefix} search Almaty")
    print(f"  {prefix} verify")


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

    # --smoke-test: the passphrase from --passphrase-file (or the terminal), never from argv
    smoke = passphrase(args) if getattr(args, "smoke_test", False) else None
    status = run(
        sys.argv[:1], vault_dir=Path(args.vault) if args.vault else None, smoke_passphrase=smoke
    )
    if status:
        raise VigilError(f"The app stopped with status {status}.")


def cmd_remember(args: argparse.Namespace) -> None:
    from vigil.remember import WARNING, RememberedKeys, keyring_name

    keys = RememberedKeys()
    path = vault_dir(args)
    if args.forget:
        keys.forget(keyring_name(path))
        print("The vault key is no longer remembered on this device.")
        return
    from vigil.cli_common import wipe_policy
    from vigil.unlock import Passphrase, unlock

    with unlock(path, Passphrase(passphrase(args)), *wipe_policy()).vault as vault:
        keys.remember(vault)
    print(f"WARNING: {WARNING}", file=sys.stderr)
    print("The vault key is remembered in this device's keyring ('vigil remember --forget').")


def cmd_wipe(args: argparse.Namespace) -> None:
    from vigil.vault.wipe import check_wipeable

    path = vault_dir(args)
    check_wipeable(path)  # a folder that is not a vault is refused before the question
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("Wiping needs --yes when no one can answer the question.")
        answer = input(f"Destroy the vault in {path} for good? Type WIPE to confirm: ")
        if answer.strip() != "WIPE":
            raise UsageError("Nothing was wiped.")
    report_wipe(run_wipe(path), "Wiped: the keys first, then the vault, its settings and its logs.")


def run_wipe(path: Path) -> Any:
    """The wipe of the CLI and of an HQ-signed order: this vault's keyring entries, settings
    and log go with it."""
    from vigil.cli_common import wipe_policy
    from vigil.remember import forget_keyring_secrets
    from vigil.vault.wipe import wipe_vault

    return wipe_vault(path, forget_keyring_secrets, wipe_policy()[1])


def report_wipe(report: Any, done: str) -> None:
    """Say what a wipe did; "Wiped" only when nothing of the vault remains."""
    for path in report.foreign:
        print(f"Left alone (not Vigil's): {path}")
    if report.foreign:
        print(f"The folder {report.folder} stays because it holds the files above.")
    if not report.keys_destroyed:
        raise VigilError(
            "The vault's header could not be overwritten, so its keys may still open it: "
            + ", ".join(map(str, report.left))
            + ". Check the folder's permissions and run 'vigil wipe' again."
        )
    problems = []
    if report.left:
        problems.append(
            "these could not be removed: " + ", ".join(map(str, report.left))
            + "; run 'vigil wipe' again"
        )  # fmt: skip
    for failure in report.keyring_failures:
        problems.append(
            f"a keyring entry of this vault may still be there ({failure}); unlock the keyring "
            "and run 'vigil wipe' again, or delete the entries named 'vigil' in your keyring's "
            "manager"
        )
    if problems:
        raise VigilError("The keys are destroyed, but " + "; ".join(problems) + ".")
    print(done)
