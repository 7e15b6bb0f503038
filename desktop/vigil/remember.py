"""Quick unlock: the vault's master key remembered in the OS keyring, on this device only.

Off by default, and offered with a plain warning: whoever can read this user's keyring (any
program running as this user while the keyring is unlocked, or anyone who logs in as this
user) can then open the vault without the passphrase. A panic wipe removes the entry first.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from pathlib import Path

from vigil.crypto.errors import VigilError
from vigil.sync.credentials import SERVICE, KeyringStore
from vigil.vault.store import Vault, read_header

WARNING = (
    "Remembering the vault key lets anyone who can read this computer's keyring open the vault "
    "without the passphrase: programs running as you while you are logged in, or anyone who "
    "logs in as you. Use it only on a computer you alone use, with a strong login password."
)


def _username(vault_id: str) -> str:
    return f"vault-key:{vault_id}"


class RememberedKeys:
    def __init__(self, store: KeyringStore | None = None) -> None:
        self.store = store or KeyringStore()

    def remember(self, vault: Vault) -> None:
        backend = self.store._backend()
        secret = base64.b64encode(vault.master_key_for_keyring()).decode()
        name = _username(vault.header.vault_id.hex())
        self.store._call("remember", lambda: backend.set_password(SERVICE, name, secret))

    def is_remembered(self, vault_dir: Path) -> bool:
        return self._secret(vault_dir) is not None

    def _secret(self, vault_dir: Path) -> str | None:
        name = _username(read_header(vault_dir).vault_id.hex())
        backend = self.store._backend()
        return self.store._call("recall", lambda: backend.get_password(SERVICE, name))

    def open(self, vault_dir: Path) -> Vault | None:
        secret = self._secret(vault_dir)
        if secret is None:
            return None
        try:
            vmk = base64.b64decode(secret, validate=True)
        except (ValueError, binascii.Error):
            self.forget(read_header(vault_dir).vault_id.hex())
            return None
        return Vault.open_with_master_key(vault_dir, vmk)

    def forget(self, vault_id: str) -> None:
        """Remove the remembered key of this vault (every copy, if a backend kept several)."""
        backend = self.store._backend()
        name = _username(vault_id)

        def delete() -> None:
            while backend.get_password(SERVICE, name) is not None:
                backend.delete_password(SERVICE, name)

        self.store._call("forget", delete)


def forget_keyring_secrets(vault_id: str) -> None:
    """Remove every keyring entry of this vault: the remembered key first, then the sync
    credential (a wipe, a panic, HQ's signed order)."""
    RememberedKeys().forget(vault_id)
    KeyringStore().delete(vault_id)


def forget_keyring_secrets_quietly(vault_id: str) -> None:
    """The same, for a wipe: no keyring on this machine means nothing was stored there."""
    with contextlib.suppress(VigilError):
        forget_keyring_secrets(vault_id)
