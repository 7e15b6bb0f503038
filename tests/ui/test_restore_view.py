"""Restore from backup in the app, from the welcome screen of a computer without a vault and
from the unlock screen: a real backup of a real vault, the printed recovery key, a new
passphrase. A wrong key, or a folder that is not new or empty, restores nothing and changes
nothing; the restored vault opens, and opens again with its new passphrase."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from tests.support.dialogs import ScriptedDialogs
from tests.support.ui import answer_modal
from tests.support.ui_flow import create_vault, unlock
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.ui.controller import AppController
from vigil.ui.restore_view import RestoreDialog
from vigil.vault.backup import write_backup
from vigil.vault.store import Vault

NEW_PASSPHRASE = "lantern orchard velvet compass"

# A restore calibrates the KDF for the new passphrase (256 MiB, about a second per unlock):
# at the floor here, where the point is the screens, not the KDF's cost (what a command
# calibrates: tests/core/hostile/test_rekey.py).
pytestmark = pytest.mark.usefixtures("floor_kdf")


@pytest.fixture
def backup(tmp_path: Path) -> tuple[Path, str]:
    vault, recovery_key = Vault.create(tmp_path / "old-laptop", PASSPHRASE, FAST_KDF)
    with vault:
        vault.save("case", {"title": "Case from the backup"})
        write_backup(vault, tmp_path / "stick.age")
    return tmp_path / "stick.age", recovery_key


def _restore(qtbot: Any, trigger: Any, file: Path, folder: Path, key: str) -> None:
    def fill(widget: QWidget) -> None:
        assert isinstance(widget, RestoreDialog)
        widget.file.setText(str(file))
        widget.folder.setText(str(folder))
        widget.key.setText(key)
        widget.passphrase.setText(NEW_PASSPHRASE)
        widget.repeat.setText(NEW_PASSPHRASE)
        widget.ok_button.click()

    answer_modal(qtbot, trigger, fill)


def test_restore_on_a_new_computer_opens_the_vault_with_the_new_passphrase(
    qtbot: Any, controller: AppController, backup: tuple[Path, str], tmp_path: Path
) -> None:
    file, key = backup
    controller.start(schedule_sync=False)
    gate = controller.gate
    assert gate.stack.currentWidget() is gate.welcome
    target = tmp_path / "restored"
    _restore(qtbot, gate.welcome.restore_button.click, file, target, key)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=30_000)
    main = controller.main
    assert main is not None
    qtbot.waitUntil(lambda: main.cases.model.rows != [], timeout=10_000)
    assert [r.title for r in main.cases.model.rows] == ["Case from the backup"]
    assert controller.vault_dir == target
    assert controller.settings_path is not None
    assert json.loads(controller.settings_path.read_text())["vault_dir"] == str(target)
    controller.lock("test")
    unlock(qtbot, controller, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=30_000)


def test_a_wrong_recovery_key_restores_nothing(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs,
    backup: tuple[Path, str], tmp_path: Path,
) -> None:  # fmt: skip
    file, _key = backup
    other_key = Vault.create(tmp_path / "someone-else", PASSPHRASE, FAST_KDF)
    other_key[0].close()
    controller.start(schedule_sync=False)
    target = tmp_path / "restored"
    _restore(qtbot, controller.gate.welcome.restore_button.click, file, target, other_key[1])
    qtbot.waitUntil(lambda: bool(dialogs.informed), timeout=30_000)
    assert dialogs.informed[-1][0] == "Nothing was restored"
    assert not target.exists() and controller.main is None
    assert controller.gate.stack.currentWidget() is controller.gate.welcome


def test_the_unlock_screen_restores_only_into_a_new_or_empty_folder(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs,
    backup: tuple[Path, str], tmp_path: Path,
) -> None:  # fmt: skip
    file, key = backup
    create_vault(qtbot, controller)
    controller.lock("test")
    gate = controller.gate
    assert gate.stack.currentWidget() is gate.unlock and gate.unlock.restore_button.isVisible()
    busy = tmp_path / "papers"
    busy.mkdir()
    (busy / "letter.txt").write_text("mine")
    _restore(qtbot, gate.unlock.restore_button.click, file, busy, key)
    qtbot.waitUntil(lambda: bool(dialogs.informed), timeout=30_000)
    assert "not empty" in dialogs.informed[-1][1]
    assert sorted(p.name for p in busy.iterdir()) == ["letter.txt"]
    assert (busy / "letter.txt").read_text() == "mine"
    assert gate.stack.currentWidget() is gate.unlock
