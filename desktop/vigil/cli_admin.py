"""Commands that make, open, protect and rebuild a vault (and open the app or the demo)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import Any

from vigil.cli_cases import cmd_case_show
from vigil.cli_common import (
    UsageError,
    new_passphrase,
    passphrase,
    read_secret_file,
    vault_dir,
)
from vigil.crypto.errors import VigilError


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


def forget_keyring_secrets(vault_id: str) -> None:
    """Remove every keyring entry of this vault: the remembered key first, then the sync
    credential."""
    from vigil.remember import RememberedKeys
    from vigil.sync.credentials import KeyringStore

    RememberedKeys().forget(vault_id)
    KeyringStore().delete(vault_id)


def cmd_remember(args: argparse.Namespace) -> None:
    from vigil.remember import WARNING, RememberedKeys
    from vigil.vault.store import Vault

    keys = RememberedKeys()
    path = vault_dir(args)
    if args.forget:
        from vigil.vault.store import read_header

        keys.forget(read_header(path).vault_id.hex())
        print("The vault key is no longer remembered on this device.")
        return
    with Vault.open(path, passphrase(args)) as vault:
        keys.remember(vault)
    print(f"WARNING: {WARNING}", file=sys.stderr)
    print("The vault key is remembered in this device's keyring ('vigil remember --forget').")


def cmd_wipe(args: argparse.Namespace) -> None:
    from vigil.settings import settings_path
    from vigil.vault.files import default_log_dir
    from vigil.vault.wipe import wipe_vault

    path = vault_dir(args)
    if not (path / "vault.header").exists() and not path.exists():
        raise UsageError(f"There is no vault in {path}.")
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError("Wiping needs --yes when no one can answer the question.")
        answer = input(f"Destroy the vault in {path} for good? Type WIPE to confirm: ")
        if answer.strip() != "WIPE":
            raise UsageError("Nothing was wiped.")
    left = wipe_vault(path, _safe_forget, (settings_path(), default_log_dir()))
    if left:
        raise VigilError("The keys are destroyed, but some files could not be removed: "
                         + ", ".join(left))  # fmt: skip
    print("Wiped: the keys first, then the vault, its settings and its logs.")


def _safe_forget(vault_id: str) -> None:
    # No keyring on this machine: nothing was stored there to remove.
    with contextlib.suppress(VigilError):
        forget_keyring_secrets(vault_id)
