"""Panic wipe from the command line: keys first, the keyring entry gone (real Secret Service),
nothing left that the passphrase or the recovery key opens."""

from __future__ import annotations

import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import secretstorage

from tests.support.cli import Cli
from tests.support.vaults import PASSPHRASE
from vigil.crypto.errors import VigilError
from vigil.sync.credentials import DeviceCredential, KeyringStore
from vigil.vault.store import Vault, read_header


def test_wipe_destroys_keys_keyring_entry_and_vault(
    cli: Cli, secret_service: Any, tmp_path: Path
) -> None:
    recovery_key = cli.init()
    case_id = cli("case", "add", "--title", "To be wiped", "--person", "Name Surname").last_line
    cli("note", "add", case_id, "--text", "wipe me")
    vault_id = read_header(cli.vault).vault_id.hex()
    store = KeyringStore()
    store.save(
        DeviceCredential(
            vault_id=vault_id,
            device_id="ab" * 16,
            device_key=os.urandom(32),
            url="https://127.0.0.1:8443",
            pin="sha256/" + "A" * 43 + "=",
            role="field",
            org="Org",
        )
    )
    assert store.load(vault_id) is not None
    refused = cli("wipe", check=False)  # no terminal to answer: refuses, wipes nothing
    assert refused.returncode == 2 and (cli.vault / "vault.header").exists()
    done = cli("wipe", "--yes", passphrase=False)
    assert "Wiped" in done.stdout
    assert store.load(vault_id) is None
    assert not cli.vault.exists()
    with pytest.raises(VigilError):
        Vault.open(cli.vault, PASSPHRASE)
    with pytest.raises(VigilError):
        Vault.open_with_recovery(cli.vault, recovery_key)
    # the log file went; its folder was chosen (VIGIL_LOG_DIR), so it stays, even empty
    assert not (cli.home / "logs" / "vigil.log").exists() and (cli.home / "logs").is_dir()


def test_wipe_overwrites_the_header_before_removing_it(tmp_path: Path) -> None:
    """A second name for the header's blocks survives the unlink; the bytes it keeps are
    not the header any more (the header is overwritten in place, through every name)."""
    from tests.support.vaults import FAST_KDF
    from vigil.vault.wipe import wipe_vault

    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    vault.close()
    header = tmp_path / "v" / "vault.header"
    original = header.read_bytes()
    keep = tmp_path / "v" / "kept-link"
    os.link(header, keep)
    report = wipe_vault(tmp_path / "v")
    assert not header.exists() and report.foreign == [keep] and report.complete
    assert keep.read_bytes() != original and len(keep.read_bytes()) == len(original)
    assert keep.read_bytes().startswith(b"VIGILWPD")  # the tombstone: the vault id, no key
    assert original[12:28] in keep.read_bytes() and original[152:] not in keep.read_bytes()


def test_a_keyring_entry_that_could_not_be_removed_fails_the_wipe_plainly(
    cli: Cli, secret_service: Any
) -> None:
    """The keyring is locked (no prompter can be shown): the wipe says so and exits non-zero;
    the vault's keys are gone, and once the keyring is unlocked a second wipe finishes."""
    recovery_key = cli.init()
    vault_id = read_header(cli.vault).vault_id.hex()
    store = KeyringStore()
    store.save(
        DeviceCredential(
            vault_id=vault_id, device_id="ab" * 16, device_key=os.urandom(32),
            url="https://127.0.0.1:8443", pin="sha256/" + "A" * 43 + "=", role="field",
            org="Org",
        )
    )  # fmt: skip
    with closing(secretstorage.dbus_init()) as conn:
        collection = secretstorage.get_default_collection(conn)
        collection.lock()
        try:
            done = cli("wipe", "--yes", passphrase=False, check=False)
        finally:
            secret_service.unlock(conn, collection)
    assert done.returncode == 1, done.stderr
    assert "Wiped" not in done.stdout
    assert "keyring entry of this vault may still be there" in done.stderr
    assert "run 'vigil wipe' again" in done.stderr
    with pytest.raises(VigilError):
        Vault.open(cli.vault, PASSPHRASE)
    with pytest.raises(VigilError):
        Vault.open_with_recovery(cli.vault, recovery_key)
    assert store.load(vault_id) is not None  # really still there
    again = cli("wipe", "--yes", passphrase=False)
    assert "Wiped" in again.stdout
    assert store.load(vault_id) is None and not cli.vault.exists()


def test_processes_are_not_dumpable() -> None:
    code = (
        "import resource\n"
        "from vigil.hardening import dumpable, harden\n"
        "assert dumpable() == 1\n"
        "harden()\n"
        "print(dumpable(), resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0 (0, 0)"


def test_remembered_key_opens_the_vault_until_forgotten_or_wiped(
    cli: Cli, secret_service: Any
) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "Quick unlock").last_line
    refused = cli("--keyring", "case", "list", passphrase=False, check=False)
    assert refused.returncode == 2 and "No vault key is remembered" in refused.stderr
    remembered = cli("remember")
    assert "keyring" in remembered.stderr.lower()  # the plain warning
    assert case_id in cli("--keyring", "case", "list", passphrase=False).stdout
    cli("remember", "--forget", passphrase=False)
    assert cli("--keyring", "case", "list", passphrase=False, check=False).returncode == 2
    cli("remember")
    vault_id = read_header(cli.vault).vault_id.hex()
    cli("wipe", "--yes", passphrase=False)
    from vigil.remember import _username
    from vigil.sync.credentials import SERVICE

    assert KeyringStore()._backend().get_password(SERVICE, _username(vault_id)) is None
