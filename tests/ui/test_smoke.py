from __future__ import annotations

from PySide6.QtCore import Qt

from tests.support.dialogs import ScriptedDialogs
from vigil.ui.controller import AppController


def test_create_vault_and_see_recovery_key(
    qtbot,
    controller: AppController,
    dialogs: ScriptedDialogs,  # type: ignore[no-untyped-def]
) -> None:
    controller.start()
    gate = controller.gate
    qtbot.waitExposed(gate)
    assert gate.stack.currentWidget() is gate.welcome
    qtbot.mouseClick(gate.welcome.create_button, Qt.MouseButton.LeftButton)
    assert gate.stack.currentWidget() is gate.create
    assert not gate.create.create_button.isEnabled()
    qtbot.keyClicks(gate.create.passphrase, "river stone lantern orbit")
    qtbot.keyClicks(gate.create.repeat, "river stone lantern orbit")
    assert gate.create.create_button.isEnabled()
    qtbot.mouseClick(gate.create.create_button, Qt.MouseButton.LeftButton)
    seen = {}

    def confirm_recovery() -> None:
        dialog = controller.recovery_dialog
        assert dialog is not None
        seen["key"] = dialog.key_label.text()
        assert not dialog.continue_button.isEnabled()
        dialog.print_button.click()
        dialog.written.setChecked(True)
        dialog.continue_button.click()

    qtbot.waitUntil(lambda: getattr(controller, "recovery_dialog", None) is not None, timeout=20000)
    confirm_recovery()
    qtbot.waitUntil(lambda: controller.main is not None, timeout=5000)
    assert len(seen["key"].split("-")) == 9
    assert seen["key"] in dialogs.printed[0]
