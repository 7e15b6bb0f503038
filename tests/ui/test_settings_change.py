"""The rules of a Settings answer, as plain values (vigil/ui/settings_change.py): no window.

What must be asked again (the wipe turned on or made sooner, the vault key remembered),
what a refusal keeps, and which answers cannot be saved at all."""

from __future__ import annotations

from dataclasses import replace

import pytest

from vigil.settings import Settings
from vigil.ui.errors import proxy_problem
from vigil.ui.settings_change import SettingsChange

OFF = Settings()


def _change(old: Settings = OFF, remembered: bool = False, remember: bool = False,
            **chosen: object) -> SettingsChange:  # fmt: skip
    return SettingsChange(old, replace(old, **chosen), remembered, remember)


@pytest.mark.parametrize(
    ("old", "new", "asks"),
    [(0, 0, False), (0, 3, True), (5, 3, True), (5, 5, False), (3, 5, False), (5, 0, False)],
)
def test_the_wipe_is_asked_again_only_when_turned_on_or_made_sooner(
    old: int, new: int, asks: bool
) -> None:
    change = _change(replace(OFF, wipe_after_failures=old), wipe_after_failures=new)
    assert change.asks_wipe is asks


def test_a_refused_wipe_keeps_the_old_limit_and_every_other_change() -> None:
    change = _change(wipe_after_failures=3, auto_lock_minutes=9, theme="dark")
    kept = change.decided(wipe_confirmed=False, remember_confirmed=False).settings
    assert kept.wipe_after_failures == 0
    assert (kept.auto_lock_minutes, kept.theme) == (9, "dark")
    taken = change.decided(wipe_confirmed=True, remember_confirmed=False).settings
    assert taken.wipe_after_failures == 3


def test_a_sooner_wipe_refused_keeps_the_later_one() -> None:
    change = _change(replace(OFF, wipe_after_failures=5), wipe_after_failures=2)
    assert change.decided(wipe_confirmed=False, remember_confirmed=True).settings == replace(
        OFF, wipe_after_failures=5
    )


@pytest.mark.parametrize(
    ("remembered", "box", "confirmed", "keyring", "asks"),
    [
        (False, False, False, None, False),
        (True, True, False, None, False),
        (False, True, True, "remember", True),
        (False, True, False, None, True),  # the warning declined: nothing stored
        (True, False, False, "forget", False),  # forgetting is never asked
    ],
)
def test_remembering_the_key_is_warned_about_forgetting_is_not(
    remembered: bool, box: bool, confirmed: bool, keyring: str | None, asks: bool
) -> None:
    change = _change(remembered=remembered, remember=box)
    assert change.asks_remember is asks
    assert change.decided(wipe_confirmed=False, remember_confirmed=confirmed).keyring == keyring


def test_a_new_language_is_reported_so_the_windows_are_rebuilt() -> None:
    assert _change(language="kk").decided(False, False).language_changed
    assert not _change(theme="dark").decided(False, False).language_changed


@pytest.mark.parametrize(
    "address",
    ["", "127.0.0.1:9050", "tor", "socks5://127.0.0.1:9050", "socks5h://h:1", "http://p:3128"],
)
def test_the_dialog_refuses_exactly_the_proxies_loading_would_drop(address: str) -> None:
    # Saved as typed, a proxy without its scheme was used until the next start and then fell
    # back to no proxy at all: a sync meant to go through Tor went out directly.
    dropped = "sync_proxy" in Settings(sync_proxy=address).problems()
    assert bool(proxy_problem(address)) is dropped
    assert dropped is (address in ("127.0.0.1:9050", "tor"))
