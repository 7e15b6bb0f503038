"""A Settings answer as plain values: what changed, what must be asked first, what follows.

No Qt here, so the rules are tested without a window (tests/ui/test_settings_change.py). The
dialog (settings_dialog.py) shows the fields; its round trip (settings_flow.py) asks the two
questions these rules call for and returns a ``Decision``, which the controller applies.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from vigil.settings import Settings

KeyringChange = Literal["remember", "forget"]


@dataclass(frozen=True)
class Decision:
    """What to use from now on, once every question was answered."""

    settings: Settings
    keyring: KeyringChange | None  # store the vault key on this device, forget it, or neither
    language_changed: bool  # the windows are rebuilt in the new language


@dataclass(frozen=True)
class SettingsChange:
    old: Settings
    chosen: Settings  # as the dialog's fields say
    remembered: bool  # the vault key is remembered on this device now
    remember: bool  # what the quick-unlock box says

    @property
    def asks_wipe(self) -> bool:
        """Turning the wipe on, or making it fire sooner, is asked once more: it destroys the
        vault on the person's own typing mistakes as surely as on a stranger's guesses."""
        old, new = self.old.wipe_after_failures, self.chosen.wipe_after_failures
        return new != 0 and (old == 0 or new < old)

    @property
    def keyring(self) -> KeyringChange | None:
        if self.remember == self.remembered:
            return None
        return "remember" if self.remember else "forget"

    @property
    def asks_remember(self) -> bool:
        """Storing the key is warned about (anyone who can read the keyring opens the vault);
        forgetting it takes nothing away from the person and is done at once."""
        return self.keyring == "remember"

    def decided(self, wipe_confirmed: bool, remember_confirmed: bool) -> Decision:
        settings = self.chosen
        if self.asks_wipe and not wipe_confirmed:
            settings = replace(settings, wipe_after_failures=self.old.wipe_after_failures)
        keyring = self.keyring
        if self.asks_remember and not remember_confirmed:
            keyring = None
        return Decision(settings, keyring, settings.language != self.old.language)
