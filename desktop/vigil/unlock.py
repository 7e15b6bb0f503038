"""One way to open a vault, for the app and the command line.

Every source of the key (the passphrase, the key remembered in the OS keyring, the recovery
key, HQ's escrow code) becomes one master key, opened in one place, with one error path; the
model is KeePassXC's composite key (``src/gui/DatabaseOpenWidget.cpp``). After the open, the
same steps run whatever the source: the failure count is cleared, sync is prepared (the outbox
attached, what was fetched while locked merged), on the same (background) thread. The case
list is not read here (the command line needs none): the app reads it in the same job once
this returns (ui/app_window.py: first_rows), before it builds the main window.

Wrong passphrases are counted in ``.unlock-failures`` beside the vault, by the app and the
command line alike; at the limit the person set (``wipe_after_failures``, off by default) the
vault is wiped, keys first, and ``WipedAfterFailures`` says so.
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vigil.crypto.errors import VigilError, WrongPassphrase
from vigil.vault import layout
from vigil.vault.files import atomic_write, remove_quietly

if TYPE_CHECKING:
    from vigil.crypto.kdf import KdfParams
    from vigil.remember import RememberedKeys
    from vigil.vault.store import Vault

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Passphrase:
    text: bytes
    accept_older_database: bool = False  # 'vigil verify --accept-older-database' (vault/mark.py)


@dataclass(frozen=True)
class Remembered:
    """The master key remembered in this device's keyring ('vigil remember')."""

    keys: RememberedKeys | None = None  # None: the OS keyring


@dataclass(frozen=True)
class RecoveryKey:
    """The printed recovery key; the vault then opens with ``new_passphrase``."""

    key: str
    new_passphrase: bytes
    kdf: KdfParams | None = None  # None: keep the header's parameters


@dataclass(frozen=True)
class EscrowCode:
    """HQ's one-time escrow code; sets ``new_passphrase`` and a new recovery key."""

    code: str
    new_passphrase: bytes


KeySource = Passphrase | Remembered | RecoveryKey | EscrowCode


@dataclass
class Unlocked:
    vault: Vault
    new_recovery_key: str = ""  # escrow: the new key, to be shown once


class NotRemembered(VigilError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__("No vault key is remembered on this device ('vigil remember').")


class WipedAfterFailures(VigilError):
    exit_code = 3

    def __init__(self) -> None:
        super().__init__("Too many wrong passphrases: the vault was wiped, as its settings asked.")


class RecoveredNotOpened(VigilError):
    """The escrow code worked (the header now carries ``recovery_key``) but the vault did not
    open afterwards: the key must still reach the person."""

    def __init__(self, recovery_key: str, cause: BaseException) -> None:
        super().__init__(f"The vault was recovered but did not open ({type(cause).__name__}).")
        self.recovery_key = recovery_key


def unlock(
    vault_dir: Path,
    source: KeySource,
    wipe_after: int = 0,
    wipe_also: tuple[Path, ...] = (),
) -> Unlocked:
    """Open the vault with ``source`` and prepare sync.

    The vault's modules are imported here, on the thread that unlocks, not with this module:
    the app's unlock window imports it (the key sources), and must appear without them."""
    try:
        vault, new_key = _open(vault_dir, source)
    except WrongPassphrase:
        if count_failure(vault_dir, wipe_after):
            from vigil.remember import forget_keyring_secrets
            from vigil.vault.wipe import wipe_vault

            wipe_vault(vault_dir, forget_keyring_secrets, wipe_also)
            log.warning("wiped after %d wrong passphrases", wipe_after)
            raise WipedAfterFailures() from None
        raise
    try:
        remove_quietly(vault_dir / layout.UNLOCK_FAILURES)
        prepare_sync(vault)
    except BaseException as exc:
        vault.close()
        if new_key:
            raise RecoveredNotOpened(new_key, exc) from None
        raise
    return Unlocked(vault, new_key)


def _open(vault_dir: Path, source: KeySource) -> tuple[Vault, str]:
    from vigil.vault.store import Vault

    if isinstance(source, Passphrase):
        return Vault.open(vault_dir, source.text, source.accept_older_database), ""
    if isinstance(source, Remembered):
        from vigil.remember import RememberedKeys

        vault = (source.keys or RememberedKeys()).open(vault_dir)
        if vault is None:
            raise NotRemembered()
        return vault, ""
    if isinstance(source, RecoveryKey):
        vault = Vault.open_with_recovery(vault_dir, source.key)
        try:
            vault.change_passphrase(source.new_passphrase, kdf=source.kdf)
        except BaseException:
            vault.close()
            raise
        return vault, ""
    from vigil.sync.escrow import recover

    key = recover(vault_dir, source.code, source.new_passphrase)
    try:
        return Vault.open(vault_dir, source.new_passphrase), key  # proves the new passphrase
    except Exception as exc:  # whatever it is, the new key must still reach the person
        raise RecoveredNotOpened(key, exc) from None


def prepare_sync(vault: Vault) -> None:
    """Sync code is imported only for an enrolled vault: most commands on most vaults need
    none of it, and the client's imports (httpx, the keyring) cost a second."""
    from vigil.sync.enrolment import is_enrolled

    if is_enrolled(vault):
        from vigil.sync.unlocked import prepare

        prepare(vault)


def count_failure(vault_dir: Path, limit: int) -> bool:
    """Count a wrong passphrase; True when the count reaches ``limit`` (0: never)."""
    if not limit:
        return False
    path = vault_dir / layout.UNLOCK_FAILURES
    try:
        count = int(path.read_text() or "0") + 1
    except (OSError, ValueError):
        count = 1
    if count >= limit:
        return True
    with contextlib.suppress(OSError):  # a read-only vault folder still refuses the unlock
        atomic_write(path, str(count).encode())
    return False


def failures(vault_dir: Path) -> int:
    try:
        return int((vault_dir / layout.UNLOCK_FAILURES).read_text() or "0")
    except (OSError, ValueError):
        return 0
