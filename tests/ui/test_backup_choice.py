"""The app's Back up dialog offers what ``vigil backup`` offers: post-quantum keys by default,
X25519 keys only (for Debian's age 1.1) when asked, with the command line's own warnings word
for word (vault/backup_words.py) and which tools open the file; in the app's language."""

from __future__ import annotations

import tarfile
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import Any

import pyrage
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from tests.support.dialogs import ScriptedDialogs
from tests.support.ui import answer_modal
from tests.support.ui_flow import PASSPHRASE, create_vault
from vigil.crypto import keys
from vigil.ui.controller import AppController
from vigil.ui.vault_tasks import BackupDialog, VaultTasks
from vigil.vault import backup_words, hybrid
from vigil.vault.rekey import rotate_recovery

OTHER_VAULTS_KEY = "C1GP-4RV4-CNK6-ET39-D9NP-RVBE-DXR7-2WKK-CPEJ"


def _open(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, out: Path
) -> BackupDialog:
    create_vault(qtbot, controller)
    assert controller.vault is not None and controller.window is not None
    controller.vault.save("case", {"title": "Kept for age 1.1"})
    tasks: VaultTasks = controller.window.vault_tasks
    dialogs.saves.append(str(out))
    tasks.backup_action.trigger()
    dialog = tasks.backup_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _stanzas(data: bytes) -> tuple[int, int]:
    header = data.split(b"\n---", 1)[0]
    return header.count(b"-> mlkem768x25519 "), header.count(b"-> X25519 ")


def test_post_quantum_by_default_says_which_tools_open_it_and_waits_for_the_start(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    out = tmp_path / "b.age"
    dialog = _open(qtbot, controller, dialogs, out)
    assert not dialog.x25519.isChecked()
    assert dialog.x25519.text() == backup_words.X25519_CHOICE
    assert dialog.opens.text() == backup_words.OPENS_HYBRID
    assert "age 1.3 or later, or typage" in dialog.opens.text()
    assert dialog.warning.isHidden()
    assert not out.exists()  # nothing is written before the person says so
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.finished_ok is not None, timeout=20_000)
    assert dialog.finished_ok, dialog.result.text()
    assert _stanzas(out.read_bytes()) == (2, 0)
    assert dialog.warning.isHidden() and dialog.opens.text() == backup_words.OPENS_HYBRID


def test_x25519_shows_the_commands_warning_and_writes_a_file_age_1_1_opens(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    out = tmp_path / "old-age.age"
    dialog = _open(qtbot, controller, dialogs, out)
    dialog.x25519.setChecked(True)
    assert dialog.warning.isVisible()
    assert dialog.warning.text() == backup_words.X25519_WARNING
    assert "NOT safe against a future quantum computer" in dialog.warning.text()
    assert dialog.opens.text() == backup_words.OPENS_X25519
    dialog.x25519.setChecked(False)  # changing one's mind takes the warning away
    assert dialog.warning.isHidden() and dialog.opens.text() == backup_words.OPENS_HYBRID
    dialog.x25519.setChecked(True)
    dialog.start_button.click()
    assert not dialog.x25519.isEnabled()  # the choice is made once the backup runs
    qtbot.waitUntil(lambda: dialog.finished_ok is not None, timeout=20_000)
    assert dialog.finished_ok, dialog.result.text()
    assert dialog.warning.text() == backup_words.X25519_WARNING  # still said at the end
    data = out.read_bytes()
    assert _stanzas(data) == (0, 2)
    vault = controller.vault
    assert vault is not None
    identity = pyrage.x25519.Identity.from_str(
        keys.age_identity_string(vault.identity.x25519_secret)
    )
    with tarfile.open(fileobj=BytesIO(pyrage.decrypt(data, [identity]))) as tar:
        assert tar.getnames()[:2] == ["vigil-backup.json", "vault.header"]


def test_a_vault_that_does_not_know_its_recovery_keys_hybrid_form_says_so_and_learns_it(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    create_vault(qtbot, controller)
    vault = controller.vault
    assert vault is not None
    recovery_key = rotate_recovery(vault, PASSPHRASE.encode())  # a key this test knows
    # As an older vault upgraded at unlock, before 'vigil keys upgrade --recovery-key-file'.
    with vault.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (hybrid.RECOVERY_PQ,))
    assert controller.window is not None
    dialogs.saves.append(str(tmp_path / "b.age"))
    controller.window.vault_tasks.backup_action.trigger()
    dialog = controller.window.vault_tasks.backup_dialog
    assert dialog is not None
    assert not dialog.x25519.isChecked()
    assert dialog.warning.isVisible() and dialog.warning.text() == backup_words.RECOVERY_UNKNOWN
    assert dialog.opens.text() == backup_words.OPENS_X25519
    assert dialog.recovery_button.isVisible()

    def typed(key: str) -> Callable[[QWidget], None]:
        def answer(widget: QWidget) -> None:
            assert isinstance(widget, QInputDialog)
            assert widget.textEchoMode() == QLineEdit.EchoMode.Password
            widget.setTextValue(key)
            widget.accept()

        return answer

    # Another vault's key (well formed): refused, nothing learned.
    answer_modal(qtbot, dialog.recovery_button.click, typed(OTHER_VAULTS_KEY))
    qtbot.waitUntil(lambda: dialog.result.text() != "", timeout=20_000)
    assert "does not belong to this vault" in dialog.result.text()
    assert hybrid.recovery_recipient(vault) is None and dialog.recovery_button.isVisible()
    # This vault's key: the backup becomes post-quantum, as after 'vigil keys upgrade'.
    answer_modal(qtbot, dialog.recovery_button.click, typed(recovery_key))
    qtbot.waitUntil(lambda: dialog.warning.isHidden(), timeout=20_000)
    assert hybrid.recovery_recipient(vault) is not None
    assert dialog.opens.text() == backup_words.OPENS_HYBRID
    assert not dialog.recovery_button.isVisible()
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.finished_ok is not None, timeout=20_000)
    assert dialog.finished_ok, dialog.result.text()
    assert _stanzas((tmp_path / "b.age").read_bytes()) == (2, 0)


def test_the_warning_is_shown_in_the_apps_language(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    create_vault(qtbot, controller)
    controller.switch_language("ru")
    try:
        assert controller.window is not None
        dialogs.saves.append(str(tmp_path / "b.age"))
        controller.window.vault_tasks.backup_action.trigger()
        dialog = controller.window.vault_tasks.backup_dialog
        assert dialog is not None
        dialog.x25519.setChecked(True)
        shown = dialog.warning.text()
        assert shown and shown != backup_words.X25519_WARNING
        assert "квантов" in shown  # Russian, from the .ts file's entry for the core's sentence
        assert (
            "age 1.1" in dialog.x25519.text() and dialog.x25519.text() != backup_words.X25519_CHOICE
        )
        dialog.reject()
    finally:
        controller.languages.apply("en")


def test_closing_before_the_start_writes_nothing(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog = _open(qtbot, controller, dialogs, stick / "never.age")
    dialog.cancel_button.click()
    assert not dialog.isVisible() and dialog.finished_ok is None
    qtbot.wait(50)
    assert list(stick.iterdir()) == []
