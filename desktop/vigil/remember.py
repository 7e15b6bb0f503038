"""Quick unlock: the vault's master key remembered in the OS keyring, on this device only.

Off by default, and offered with a plain warning: whoever can read this user's keyring (any
program running as this user while the keyring is unlocked, or anyone who logs in as this
user) can then open the vault without the passphrase. A panic wipe removes the entry first.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path

from keyring.errors import KeyringError

from vigil.sync.credentials import SERVICE, KeyringStore, NoSecureKeyring
from vigil.vault.keyring_id import keyring_id
from vigil.vault.store import Vault, read_header

WARNING = (
    "Remembering the vault key lets anyone who can read this computer's keyring open the vault "
    "without the passphrase: programs running as you while you are logged in, or anyone who "
    "logs in as you. Use it only on a computer you alone use, with a strong login password."
)


_MAX_ENTRIES = 16


def _username(vault_id: str) -> str:
    return f"vault-key:{vault_id}"


def keyring_name(vault_dir: Path) -> str:
    """The name of this folder's entries in the keyring (vault/keyring_id.py)."""
    return keyring_id(vault_dir, read_header(vault_dir).vault_id)


class RememberedKeys:
    def __init__(self, store: KeyringStore | None = None) -> None:
        self.store = store or KeyringStore()

    def remember(self, vault: Vault) -> None:
        backend = self.store._backend()
        secret = base64.b64encode(vault.master_key_for_keyring()).decode()
        name = _username(keyring_id(vault.path, vault.header.vault_id))
        self.store._call("remember", lambda: backend.set_password(SERVICE, name, secret))

    def refresh(self, vault: Vault) -> None:
        """After a rekey the keyring holds the old master key, which opens nothing any more:
        store the new one, if this vault was remembered at all."""
        if self.is_remembered(vault.path):
            self.remember(vault)

    def is_remembered(self, vault_dir: Path) -> bool:
        return self._secret(vault_dir) is not None

    def _secret(self, vault_dir: Path) -> str | None:
        name = _username(keyring_name(vault_dir))
        backend = self.store._backend()
        return self.store._call("recall", lambda: backend.get_password(SERVICE, name))

    def open(self, vault_dir: Path) -> Vault | None:
        secret = self._secret(vault_dir)
        if secret is None:
            return None
        try:
            vmk = base64.b64decode(secret, validate=True)
        except (ValueError, binascii.Error):
            self.forget(keyring_name(vault_dir))
            return None
        return Vault.open_with_master_key(vault_dir, vmk)

    def forget(self, keyring_id: str) -> None:
        """Remove the remembered key of the folder ``keyring_id`` names (every copy, if a
        backend kept several)."""
        backend = self.store._backend()
        name = _username(keyring_id)

        def delete() -> None:
            for _ in range(_MAX_ENTRIES):  # bounded: a keyring that ignores deletes
                if backend.get_password(SERVICE, name) is None:
                    return
                backend.delete_password(SERVICE, name)
            raise KeyringError("the keyring keeps the entry after deleting it")

        self.store._call("forget", delete)


def forget_keyring_secrets(keyring_id: str) -> None:
    """Remove every keyring entry of the folder ``keyring_id`` names: the remembered key
    first, then the sync credential (a wipe, a panic, HQ's signed order). Raises
    KeyringUnavailable when an entry may still be there (the keyring is locked or did not
    answer), so the wipe can say so; returns quietly when this machine has no keyring Vigil
    would have stored anything in."""
    store = KeyringStore()
    try:
        RememberedKeys(store).forget(keyring_id)
        store.delete(keyring_id)
    except NoSecureKeyring:
        return
