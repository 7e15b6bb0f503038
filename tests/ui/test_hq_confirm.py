"""The HQ desk's questions name the action on the button that goes ahead, as KeePassXC's do
("Delete", not "Yes"), and Cancel stays the default, so Enter alone changes nothing."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from tests.support.dialogs import ScriptedDialogs
from tests.support.ui import answer_modal
from tests.support.ui_flow import create_vault
from vigil.ui.controller import AppController
from vigil.ui.dialogs import SystemDialogs
from vigil.ui.hq_desk import HqDesk
from vigil.ui.hq_link import HqLink


def test_the_go_ahead_button_says_the_action_and_cancel_is_the_default(
    qtbot: Any, controller: AppController
) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    link = HqLink(dataclasses.replace(main.ctx, dialogs=SystemDialogs()), None, None)
    seen: dict[str, Any] = {}

    def look(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        yes = box.button(QMessageBox.StandardButton.Yes)
        seen.update(text=yes.text(), name=yes.accessibleName(), default=box.defaultButton())
        seen["cancel"] = box.button(QMessageBox.StandardButton.Cancel)
        seen["cancel"].click()

    asked = QPushButton("Revoke and &wipe…")
    answers: list[bool] = []
    answer_modal(qtbot, lambda: answers.append(link.confirm(
        main, "Revoke and wipe?", "revoke it", "Almaty laptop", asked)), look)  # fmt: skip
    assert answers == [False]
    assert seen["text"] == "Revoke and &wipe" and seen["name"] == "Revoke and wipe"
    assert seen["default"] is seen["cancel"]


def test_each_desk_action_passes_its_own_words(qtbot: Any, controller: AppController) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    dialogs = main.ctx.dialogs
    assert isinstance(dialogs, ScriptedDialogs)
    desk = HqDesk(main, main.ctx, None, None)  # built, not shown: nothing is fetched
    qtbot.addWidget(desk)
    desk.alert.text.setPlainText("Checkpoints on the Almaty road.")
    desk.alert.send()  # declined (no scripted yes): nothing is signed or sent
    desk.alert.rotate()
    assert dialogs.actions == ["&Send alert", "Rotate the alert &key"]
