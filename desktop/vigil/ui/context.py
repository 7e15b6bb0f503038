"""What every view of an unlocked vault is handed: built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from vigil.settings import Settings
from vigil.ui.clipboard import ClipboardGuard
from vigil.ui.dialogs import SystemDialogs
from vigil.ui.worker import Runner

if TYPE_CHECKING:  # the vault's modules load on the unlock worker, not before the gate
    from vigil.vault.store import Vault


@dataclass
class UiContext:
    vault: Vault
    runner: Runner
    dialogs: SystemDialogs
    clipboard: ClipboardGuard
    settings: Settings
