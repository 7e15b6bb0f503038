"""Deadline reminders for followed urgent actions: which are due, once per day, the setting,
the follow checkbox, and the reminder the app shows after unlock (in the window with the
action's number, in the tray with fixed words only). Real vaults at the KDF floor."""

from __future__ import annotations

import datetime
import json
import re
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from tests.support.ui import answer_modal
from tests.support.ui_flow import create_vault, enrol_offline, relock, unlock_and_wait
from vigil.appeals.parse import parse_urgent_action
from vigil.appeals.reminders import REMINDED, Reminder, due, reminded, take_due
from vigil.appeals.store import AppealStore, StoredAction, document
from vigil.resources import resource
from vigil.settings import Settings, load, save
from vigil.ui.controller import AppController
from vigil.ui.settings_dialog import SettingsDialog
from vigil.vault.store import Vault

SAMPLE = resource("samples", "urgent-action.json")
TODAY = datetime.date(2025, 3, 10)
NAMES = ("Serikzhan Bilash", "Серикжан Билаш", "Серікжан Білаш", "Bilash", "Билаш")


def sample_raw(**changes: Any) -> dict[str, Any]:
    """The sample urgent action (closed in 2019), made active with the given fields."""
    raw = dict(json.loads(SAMPLE.read_text("utf-8"))["urgent_actions"][0])
    raw.update({"state": "active", "outcome": ""})
    raw.update(changes)
    return {k: v for k, v in raw.items() if v is not None}


def stored(ref: str = "ua-046-19", followed: bool = True, **changes: Any) -> StoredAction:
    ua = parse_urgent_action(sample_raw(ref=ref, **changes))
    return StoredAction(ref, ua, "import", followed, False, "")


def in_days(days: int, today: datetime.date = TODAY) -> str:
    return (today + datetime.timedelta(days=days)).isoformat()


# -- which reminders are due ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        (in_days(3), [3]),  # exactly N days ahead
        (in_days(1), [1]),
        (in_days(0), [0]),  # the deadline is today: still time to send
        (in_days(4), []),  # beyond N
        (in_days(-1), []),  # passed (read as deadline-passed)
        ("2025-03", []),  # month only: no day to count to
        ("2025", []),
        ("", []),
    ],
)
def test_due_at_the_boundaries(deadline: str, expected: list[int]) -> None:
    action = stored(deadline=deadline or None)
    assert [r.days_left for r in due([action], TODAY, 3)] == expected


def test_only_followed_active_actions_remind_and_zero_turns_it_off() -> None:
    soon = in_days(2)
    assert due([stored(followed=False, deadline=soon)], TODAY, 3) == []
    assert due([stored(state="closed", outcome="released", deadline=soon)], TODAY, 3) == []
    assert due([stored(state="draft", deadline=soon)], TODAY, 3) == []
    assert due([stored(deadline=soon)], TODAY, 0) == []
    assert due([stored(deadline=soon)], TODAY, 3) == [Reminder("ua-046-19", "FI 046/19-3", 2, soon)]
    later, sooner = stored("ua-later", deadline=in_days(3)), stored("ua-sooner", deadline=soon)
    assert [r.ref for r in due([later, sooner], TODAY, 7)] == ["ua-sooner", "ua-later"]


def import_active(vault: Vault, deadline: str, follow: bool = True) -> str:
    store = AppealStore(vault)
    data = json.dumps(document([parse_urgent_action(sample_raw(deadline=deadline))]))
    action_id = store.import_bytes(data.encode(), "ua.json")[0][0]
    if follow:
        store.follow(action_id, True)
    return action_id


def test_each_action_reminds_once_per_day_kept_inside_the_vault(vault: Vault) -> None:
    import_active(vault, in_days(2))
    assert [r.number for r in take_due(vault, 3, TODAY)] == ["FI 046/19-3"]
    assert take_due(vault, 3, TODAY) == []  # the hourly check later that day: nothing new
    assert reminded(vault) == {"ua-046-19": TODAY.isoformat()}
    tomorrow = TODAY + datetime.timedelta(days=1)
    assert [r.days_left for r in take_due(vault, 3, tomorrow)] == [1]  # a new day reminds
    assert reminded(vault) == {"ua-046-19": tomorrow.isoformat()}  # yesterday's mark is gone
    # the marks live in the vault's meta table (encrypted), nowhere beside it
    assert vault.get_meta(REMINDED) == json.dumps({"ua-046-19": tomorrow.isoformat()})
    files = [p for p in vault.path.rglob("*") if p.is_file()]
    beside = b"".join(p.read_bytes() for p in files if not p.name.startswith("vault.db"))
    assert b"ua-046-19" not in beside and b"reminded" not in beside
    # a damaged value reads as nothing reminded: at worst a second reminder, never none
    vault.set_meta(REMINDED, "{not json")
    assert len(take_due(vault, 3, tomorrow)) == 1


def test_unfollowing_stops_the_reminders(vault: Vault) -> None:
    action_id = import_active(vault, in_days(1))
    AppealStore(vault).follow(action_id, False)
    assert take_due(vault, 3, TODAY) == []
    assert vault.get_meta(REMINDED) is None  # nothing due, nothing written


# -- the setting ---------------------------------------------------------------------------


def test_the_setting_round_trips_through_the_dialog_and_the_file(qtbot: Any, tmp_path: Any) -> None:
    assert Settings().remind_days_before == 3
    base = Settings(remind_days_before=5, wipe_after_failures=7)
    dialog = SettingsDialog(base)
    qtbot.addWidget(dialog)
    assert dialog.remind_days.value() == 5
    dialog.remind_days.setValue(0)
    assert dialog.remind_days.text() == "Off"
    result = dialog.result_settings(base)
    assert result.remind_days_before == 0
    assert result.wipe_after_failures == 7  # shown as it was: kept, not reset to 0
    dialog.remind_days.setValue(14)
    path = tmp_path / "settings.json"
    save(dialog.result_settings(base), path)
    assert load(path).remind_days_before == 14
    path.write_text(json.dumps({"remind_days_before": 999}))
    assert load(path).remind_days_before == 3  # out of range: the default
    assert Settings(remind_days_before=-1).problems() == ["remind_days_before"]


# -- in the app ----------------------------------------------------------------------------


def test_the_app_reminds_after_unlock_for_a_followed_active_action(
    qtbot: Any, controller: AppController
) -> None:
    create_vault(qtbot, controller)
    assert controller.vault is not None
    today = datetime.date.today()
    action_id = import_active(controller.vault, in_days(2, today), follow=False)
    relock(qtbot, controller)
    unlock_and_wait(qtbot, controller)
    assert controller.main is not None
    with qtbot.assertNotEmitted(controller.window.reminders.shown, wait=300):  # not followed
        controller.window.reminders.check()
        controller.runner.wait()
    assert not controller.window.reminders.button.isVisible()
    # checked at unlock, then every hour while unlocked
    assert controller.window.reminders.timer.isActive()
    assert controller.window.reminders.timer.interval() == 60 * 60 * 1000

    # Follow it in the Urgent actions area, as a campaigner does.
    main = controller.main
    main.show_appeals()
    area = main.appeals
    qtbot.waitUntil(lambda: area.current_id() == action_id, timeout=5_000)
    assert not area.follow.isChecked()
    area.follow.click()
    assert AppealStore(controller.vault).action(action_id).followed

    relock(qtbot, controller)
    unlock_and_wait(qtbot, controller)
    reminders = controller.window.reminders
    qtbot.waitUntil(lambda: reminders.button.isVisible(), timeout=5_000)
    # "2 days left" once English plural forms are compiled in; "2 day(s) left" until then
    assert re.fullmatch(r"FI 046/19-3: 2 day(s|\(s\)) left", reminders.button.text())
    # The tray's words are fixed: no number, no name, nothing of the case.
    assert reminders.tray_text == "Urgent action deadline soon"
    assert not any(n in reminders.tray_text for n in (*NAMES, "046", "FI ", "ua-"))
    # The button opens the Urgent actions area, where the box shows the action followed.
    controller.main.areas.setCurrentIndex(0)
    reminders.button.click()
    assert controller.main.areas.currentWidget() is controller.main.appeals
    qtbot.waitUntil(lambda: controller.main.appeals.current_id() == action_id, timeout=5_000)
    assert controller.main.appeals.follow.isChecked()

    # The same day again (the hourly check, or another unlock): reminded once already.
    with qtbot.assertNotEmitted(reminders.shown, wait=300):
        reminders.check()
        controller.runner.wait()


def test_settings_zero_turns_the_app_reminders_off(qtbot: Any, controller: AppController) -> None:
    create_vault(qtbot, controller)
    controller.runner.wait()  # the unlock's own reminder check, before any action exists
    assert controller.vault is not None
    import_active(controller.vault, in_days(1, datetime.date.today()))

    def turn_off(dialog: QWidget) -> None:
        assert isinstance(dialog, SettingsDialog)
        dialog.remind_days.setValue(0)
        dialog.accept()

    answer_modal(qtbot, controller.edit_settings, turn_off)
    assert controller.settings.remind_days_before == 0
    assert load(controller.settings_path).remind_days_before == 0
    relock(qtbot, controller)
    unlock_and_wait(qtbot, controller)
    with qtbot.assertNotEmitted(controller.window.reminders.shown, wait=300):
        controller.window.reminders.check()
        controller.runner.wait()
    assert controller.vault is not None and controller.vault.get_meta(REMINDED) is None


def test_an_urgent_action_hq_publishes_is_not_followed_by_default(
    qtbot: Any, controller: AppController
) -> None:
    create_vault(qtbot, controller)
    assert controller.vault is not None
    vault_dir = controller.vault.path
    hq = enrol_offline(controller.vault)
    relock(qtbot, controller)
    unlock_and_wait(qtbot, controller)  # sets the device up to receive notes
    relock(qtbot, controller)
    raw = sample_raw(deadline=in_days(1, datetime.date.today()))
    hq.deliver(
        vault_dir, hq.note("urgent-action", {"document": document([parse_urgent_action(raw)])})
    )
    unlock_and_wait(qtbot, controller)
    assert controller.vault is not None
    stored_action = AppealStore(controller.vault).action("ua-046-19")
    assert stored_action.source == "hq" and not stored_action.followed
    assert controller.window.alerts.badge.text() == "Alerts (1)"  # it arrives as an unread alert
    with qtbot.assertNotEmitted(controller.window.reminders.shown, wait=300):
        controller.window.reminders.check()
        controller.runner.wait()
