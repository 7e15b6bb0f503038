"""The Vault menu's keeping tasks in the app, on real vaults: Back up… (progress, Cancel,
where it went, a destination that cannot be written), Change passphrase… and Rotate keys…
(each proves the current passphrase first), Export… (behind its warning, into a new folder)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QInputDialog, QWidget

from tests.support.dialogs import ScriptedDialogs
from tests.support.ui import answer_modal
from tests.support.ui_flow import PASSPHRASE, create_vault, unlock
from vigil.crypto import recovery
from vigil.crypto.keys import age_identity_string
from vigil.ui.controller import AppController
from vigil.ui.vault_tasks import BackupDialog, PassphraseChangeDialog, VaultTasks
from vigil.vault.backup import restore_backup

NEW_PASSPHRASE = "copper meadow whistle harbour"


def _tasks(qtbot: Any, controller: AppController, title: str = "Kept case") -> VaultTasks:
    create_vault(qtbot, controller)
    assert controller.vault is not None and controller.main is not None
    controller.vault.save("case", {"title": title})
    names = [a.text() for a in controller.main.vault_menu.actions()]
    for entry in ("&Back up…", "Change &passphrase…", "&Rotate keys…", "&Export decrypted…"):
        assert entry in names
    # above Lock: the keeping tasks are not mixed with the emergency ones
    assert names.index("&Export decrypted…") < names.index("&Lock")
    return controller.window.vault_tasks


def _backup_dialog(qtbot: Any, tasks: VaultTasks, start: bool = True) -> BackupDialog:
    tasks.backup_action.trigger()
    dialog = tasks.backup_dialog
    assert dialog is not None
    if start:
        dialog.start_button.click()
    return dialog


def test_back_up_writes_a_backup_that_restores_and_says_where(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    tasks = _tasks(qtbot, controller)
    stick = tmp_path / "usb"
    stick.mkdir()
    dialogs.saves.append(str(stick / "vigil.age"))
    dialog = _backup_dialog(qtbot, tasks, start=False)
    qtbot.waitExposed(dialog)
    # no bar before Back up is pressed: empty, it read as a text field to fill in
    assert not dialog.bar.isVisible()
    dialog.start_button.click()
    assert dialog.bar.isVisible()
    assert str(stick / "vigil.age") in dialog.where.text()
    qtbot.waitUntil(lambda: dialog.finished_ok is not None, timeout=20_000)
    assert dialog.finished_ok, dialog.result.text()
    assert str(stick / "vigil.age") in dialog.result.text()
    assert dialog.bar.value() == dialog.bar.maximum() and dialog.close_button.isVisible()
    assert sorted(p.name for p in stick.iterdir()) == ["vigil.age"]
    dialog.close()  # the window's close button, once done (it used to crash here)
    assert not dialog.isVisible()
    vault = controller.vault
    assert vault is not None
    restored = restore_backup(
        stick / "vigil.age", tmp_path / "restored",
        [str(vault.identity.hybrid_identity), age_identity_string(vault.identity.x25519_secret)],
        lambda h: h.unwrap_with_passphrase(PASSPHRASE.encode()),
    )  # fmt: skip
    with restored:
        assert [c.payload["title"] for c in restored.items("case")] == ["Kept case"]


def test_cancel_stops_the_backup_and_keeps_an_older_file(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    tasks = _tasks(qtbot, controller)
    old = tmp_path / "vigil.age"
    old.write_bytes(b"last week")
    dialogs.saves.append(str(old))
    vault = controller.vault
    assert vault is not None
    # Held here, the vault's lock keeps the backup waiting before its first step, so the
    # click lands while it runs, however fast this machine is.
    with vault.kept_open():
        dialog = _backup_dialog(qtbot, tasks)
        dialog.cancel_button.click()
        assert dialog.result.text() == "Stopping…" and dialog.isVisible()
        dialog.close()  # closing the window while it runs stops it too, and stays to say so
        assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.finished_ok is not None, timeout=20_000)
    assert dialog.finished_ok is False
    assert "Cancelled" in dialog.result.text()
    assert old.read_bytes() == b"last week"
    assert sorted(p.name for p in tmp_path.iterdir() if "vigil.age" in p.name) == ["vigil.age"]


def test_locking_during_a_backup_leaves_no_file(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    tasks = _tasks(qtbot, controller)
    vault = controller.vault
    assert vault is not None
    target = tmp_path / "vigil.age"
    dialogs.saves.append(str(target))
    # The backup waits for the vault's lock held here; the app locks meanwhile.
    with vault.kept_open():
        _backup_dialog(qtbot, tasks)
        controller.lock("idle")
    assert controller.main is None
    qtbot.waitUntil(lambda: controller.runner.pool.activeThreadCount() == 0, timeout=20_000)
    assert [p.name for p in tmp_path.iterdir() if "vigil.age" in p.name] == []


def test_a_destination_that_cannot_be_written_is_named_with_what_to_do(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    tasks = _tasks(qtbot, controller)
    gone = tmp_path / "unplugged" / "vigil.age"
    dialogs.saves.append(str(gone))
    dialog = _backup_dialog(qtbot, tasks)
    qtbot.waitUntil(lambda: dialog.finished_ok is not None, timeout=20_000)
    assert dialog.finished_ok is False
    assert str(gone) in dialog.result.text() and "plugged in" in dialog.result.text()
    assert not gone.parent.exists()


def _change(qtbot: Any, tasks: VaultTasks, current: str, new: str) -> None:
    def fill(widget: QWidget) -> None:
        assert isinstance(widget, PassphraseChangeDialog)
        assert widget.ok_button.text() == "Change passphrase"
        widget.current.setText(current)
        widget.passphrase.setText(new)
        widget.repeat.setText(new)
        widget.ok_button.click()

    answer_modal(qtbot, tasks.change_passphrase, fill)


def test_change_passphrase_needs_the_current_one_then_the_new_one_unlocks(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs
) -> None:
    tasks = _tasks(qtbot, controller)
    _change(qtbot, tasks, "not the passphrase at all", NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: bool(dialogs.informed), timeout=20_000)
    assert "not the passphrase" in dialogs.informed[-1][1]
    _change(qtbot, tasks, PASSPHRASE, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: "Passphrase changed" in dialogs.informed[-1][1], timeout=20_000)
    controller.lock("test")
    unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.gate.unlock.error.text() != "", timeout=20_000)
    assert controller.main is None
    unlock(qtbot, controller, NEW_PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20_000)


def test_rotate_keys_asks_shows_a_new_recovery_key_and_keeps_the_passphrase(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs
) -> None:
    tasks = _tasks(qtbot, controller)
    vault = controller.vault
    assert vault is not None
    before = vault.header.recovery_recipient
    dialogs.confirms.append(False)
    tasks.rotate_action.trigger()  # declined: nothing asked further, nothing changed
    assert "new recovery key" in dialogs.informed[-1][1]
    assert vault.header.recovery_recipient == before

    def type_passphrase(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.setTextValue(PASSPHRASE)
        widget.accept()

    dialogs.confirms.append(True)
    answer_modal(qtbot, tasks.rotate_action.trigger, type_passphrase)
    qtbot.waitUntil(lambda: controller.recovery_dialog is not None, timeout=20_000)
    shown = controller.recovery_dialog
    assert shown is not None
    key = shown.key_label.text()
    assert vault.header.recovery_recipient != before
    vault.header.unwrap_with_recovery(recovery.parse_key(key))  # the key shown opens it
    shown.written.setChecked(True)
    shown.continue_button.click()
    controller.lock("test")
    unlock(qtbot, controller, PASSPHRASE)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20_000)
    main = controller.main
    assert main is not None
    # The list is put in a turn after the window exists: wait for it, never race it.
    qtbot.waitUntil(lambda: main.cases.model.rowCount() == 1, timeout=10_000)
    assert [main.cases.model.rows[0].title] == ["Kept case"]


def test_export_is_behind_its_warning_and_writes_into_a_new_folder(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    tasks = _tasks(qtbot, controller)
    out = tmp_path / "exports"
    out.mkdir()
    (out / "cases.json").write_text("mine")
    dialogs.confirms.append(False)
    dialogs.folders.append(str(out))
    tasks.export_action.trigger()
    assert "UNENCRYPTED" in dialogs.informed[-1][1]
    assert sorted(p.name for p in out.iterdir()) == ["cases.json"]  # declined: nothing
    dialogs.confirms.append(True)
    tasks.export_action.trigger()
    qtbot.waitUntil(lambda: "Exported 1 cases" in dialogs.informed[-1][1], timeout=20_000)
    assert (out / "cases.json").read_text() == "mine"
    (made,) = [p for p in out.iterdir() if p.name.startswith("vigil-export-")]
    document = json.loads((made / "cases.json").read_text("utf-8"))
    assert [c["title"] for c in document["cases"]] == ["Kept case"]
