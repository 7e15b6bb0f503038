"""Wipe after N wrong passphrases, set from the Settings dialog (it was only in the settings
file): off by default, turned on only after a plain warning, saved to the file, and obeyed
at the next unlock attempts."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QWidget

from tests.support.dialogs import ScriptedDialogs
from tests.support.ui import answer_modal
from tests.support.ui_flow import create_vault, unlock
from vigil.ui.controller import AppController
from vigil.ui.settings_dialog import SettingsDialog


def _set_wipe_after(qtbot: Any, controller: AppController, value: int) -> None:
    def handler(widget: QWidget) -> None:
        assert isinstance(widget, SettingsDialog)
        assert widget.wipe_after.value() == controller.settings.wipe_after_failures
        widget.wipe_after.setValue(value)
        widget.accept()

    answer_modal(qtbot, controller.edit_settings, handler)


def _saved(controller: AppController) -> int:
    assert controller.settings_path is not None
    return int(json.loads(controller.settings_path.read_text())["wipe_after_failures"])


def test_the_dialog_shows_never_for_the_default(qtbot: Any) -> None:
    from vigil.settings import Settings

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.wipe_after.value() == 0
    assert dialog.wipe_after.text() == "Never"
    assert dialog.wipe_after.accessibleName()


def test_declining_the_warning_keeps_the_wipe_off(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs
) -> None:
    create_vault(qtbot, controller)
    dialogs.confirms.append(False)
    _set_wipe_after(qtbot, controller, 2)
    title, text = dialogs.informed[-1]
    assert title == "Wipe after wrong passphrases"
    assert "in a row before the wipe: 2." in text and "backup" in text
    assert controller.settings.wipe_after_failures == 0
    assert _saved(controller) == 0


def test_a_wipe_set_in_the_dialog_is_saved_and_obeyed(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs
) -> None:
    create_vault(qtbot, controller)
    dialogs.confirms.append(True)
    _set_wipe_after(qtbot, controller, 2)
    assert controller.settings.wipe_after_failures == 2
    assert _saved(controller) == 2
    # Raising the limit (a later wipe) is no new danger: not asked again.
    asked = len(dialogs.informed)
    _set_wipe_after(qtbot, controller, 4)
    assert len(dialogs.informed) == asked and _saved(controller) == 4
    dialogs.confirms.append(True)
    _set_wipe_after(qtbot, controller, 2)
    assert len(dialogs.informed) == asked + 1 and _saved(controller) == 2
    controller.lock("test")
    unlock(qtbot, controller, "wrong passphrase 1")
    qtbot.waitUntil(lambda: controller.gate.unlock.error.text() != "", timeout=10_000)
    assert (controller.vault_dir / "vault.header").exists()
    with qtbot.waitSignal(controller.wiped, timeout=10_000):
        unlock(qtbot, controller, "wrong passphrase 2")
    assert not controller.vault_dir.exists()
