"""Panic wipe in the app: a countdown that can be cancelled; then the vault is gone and the
app quits. And the optional wipe after too many wrong passphrases."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.support.ui_flow import create_vault, unlock
from vigil.ui.controller import AppController


def test_cancelled_countdown_wipes_nothing(qtbot: Any, controller: AppController) -> None:
    create_vault(qtbot, controller)
    dialog = controller.panic(seconds=1)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.cancel_button
    with qtbot.assertNotEmitted(controller.wiped, wait=0):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        # The countdown is stopped at once: no later tick can wipe, however slow the machine.
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
        assert not dialog.timer.isActive()
        assert dialog.remaining >= 1
    assert controller.vault is not None and (controller.vault_dir / "vault.header").exists()


def test_countdown_wipes_keys_first_and_quits(qtbot: Any, controller: AppController) -> None:
    create_vault(qtbot, controller)
    assert controller.main is not None
    controller.main.panic_action.trigger()
    dialog = controller.panic_dialog
    assert dialog is not None and "5" in dialog.label.text()
    dialog.remaining = 1
    with qtbot.waitSignal(controller.wiped, timeout=5_000):
        pass
    assert not controller.vault_dir.exists()
    assert controller.vault is None


def test_wipe_after_wrong_passphrases_when_enabled(qtbot: Any, controller: AppController) -> None:
    create_vault(qtbot, controller)
    controller.settings.wipe_after_failures = 3
    controller.lock("test")
    for attempt in range(2):
        unlock(qtbot, controller, f"wrong passphrase {attempt}")
        qtbot.waitUntil(lambda: controller.gate.unlock.error.text() != "", timeout=10_000)
        controller.gate.unlock.error.clear()
    assert (controller.vault_dir / "vault.header").exists()
    with qtbot.waitSignal(controller.wiped, timeout=10_000):
        unlock(qtbot, controller, "wrong passphrase 3")
    assert not controller.vault_dir.exists()
