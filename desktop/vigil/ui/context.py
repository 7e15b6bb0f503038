"""What every view of an unlocked vault is handed: built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from vigil.settings import Settings
from vigil.ui.clipboard import ClipboardGuard
from vigil.ui.dialogs import SystemDialogs
from vigil.ui.worker import Runner
from vigil.vault.store import Vault


@dataclass
class UiContext:
    vault: Vault
    runner: Runner
    dialogs: SystemDialogs
    clipboard: ClipboardGuard
    settings: Settings
