"""The app's create page and recovery dialog apply the same passphrase rule as the CLI."""

from __future__ import annotations

from typing import Any

import pytest

from vigil.ui.gate import GateWindow, RecoverDialog


@pytest.mark.parametrize(
    ("text", "allowed"),
    [("Password1234!", False), ("short words", False), ("river stone lantern orbit", True)],
)
def test_create_page_enables_only_an_acceptable_passphrase(
    qtbot: Any, text: str, allowed: bool
) -> None:
    gate = GateWindow()
    qtbot.addWidget(gate)
    gate.create.passphrase.setText(text)
    gate.create.repeat.setText(text)
    assert gate.create.create_button.isEnabled() is allowed
    if not allowed:
        assert gate.create.hint.text().startswith(("Weak", "Too short"))


def test_recover_dialog_refuses_a_guessable_passphrase(qtbot: Any) -> None:
    dialog = RecoverDialog()
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("Password1234!")
    dialog.repeat.setText("Password1234!")
    dialog._check()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text().startswith("Weak")
