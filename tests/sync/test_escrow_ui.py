"""The app's escrow screens, end to end: a real server on loopback TLS, the real Secret
Service, the field vault made and enrolled by the command line, the app driven offscreen.

The "Escrow to HQ" screen explains before it offers, shows the state, turns escrow on and
off through the worker, and says why when it cannot; the unlock screen takes HQ's code and
shows the new recovery key once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.support.cli import Cli, enrolled_field, make_cli
from tests.support.dialogs import ScriptedDialogs
from tests.support.escrow import NEW_PASSPHRASE, SECRET_TITLE
from tests.support.server import ServerProcess
from tests.support.ui import answer_modal
from tests.support.ui_flow import unlock
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto.errors import VigilError
from vigil.settings import Settings
from vigil.sync import escrow
from vigil.ui.controller import AppController
from vigil.ui.escrow_view import EscrowCodeDialog, EscrowDialog, has_escrow
from vigil.ui.i18n import Languages
from vigil.ui.worker import Runner
from vigil.vault.store import Vault

NO_PROXY_HERE = "socks5://127.0.0.1:1"  # nothing listens on port 1: the server is unreachable


@pytest.fixture(scope="module")
def hq(server: ServerProcess, secret_service: Any, tmp_path_factory: pytest.TempPathFactory) -> Cli:
    desk = make_cli(tmp_path_factory.mktemp("desk"), "hq")
    desk("hq", "init", server.admin_code)
    return desk


Opened = tuple[AppController, ScriptedDialogs]


@pytest.fixture
def app_on(qapp: QApplication, tmp_path: Path) -> Iterator[Callable[[Path], Opened]]:
    """Start the app on a vault folder (credentials from the real keyring, no schedule)."""
    made: list[tuple[AppController, Runner]] = []

    def start(vault_dir: Path) -> Opened:
        runner, dialogs = Runner(), ScriptedDialogs()
        ctl = AppController(
            qapp, Settings(), vault_dir, runner, dialogs, Languages(qapp),
            settings_path=tmp_path / "settings.json", kdf=FAST_KDF,
        )  # fmt: skip
        ctl.wipe_also = (tmp_path / "settings.json", tmp_path / "logs" / "vigil.log")
        ctl.start(schedule_sync=False)
        made.append((ctl, runner))
        return ctl, dialogs

    yield start
    for ctl, runner in made:
        ctl.shutdown()
        ctl.gate.close()
        ctl.gate.deleteLater()
        runner.wait()


def _unlock(qtbot: Any, ctl: AppController) -> None:
    qtbot.waitExposed(ctl.gate)
    unlock(qtbot, ctl, PASSPHRASE.decode())
    qtbot.waitUntil(lambda: ctl.main is not None, timeout=30_000)


def _screen(ctl: AppController) -> EscrowDialog:
    ctl.window.escrow.action.trigger()
    dialog = ctl.window.escrow.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _words(dialog: QWidget) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def _settle(qtbot: Any, dialog: EscrowDialog, expect: str) -> str:
    qtbot.waitUntil(lambda: not dialog.busy and expect in dialog.result.text(), timeout=30_000)
    return dialog.result.text()


def test_screen_explains_turns_on_and_the_code_opens_the_vault_at_the_unlock_screen(
    qtbot: Any, hq: Cli, tmp_path: Path, app_on: Callable[[Path], Opened]
) -> None:
    field, device_id, old_recovery = enrolled_field(tmp_path, hq, "field")
    field("case", "add", "--title", SECRET_TITLE)
    ctl, dialogs = app_on(field.vault)
    assert ctl.gate.unlock.escrow_button.isHidden()  # no escrow yet: no code can work
    _unlock(qtbot, ctl)
    assert ctl.main is not None
    menu_texts = [a.text() for a in ctl.main.menuBar().actions()[0].menu().actions()]
    assert "Escrow to HQ…" in menu_texts

    dialog = _screen(ctl)
    words = _words(dialog)
    # the trade-off comes first, in plain words, before anything can be pressed
    for said in ("lose both your passphrase and your printed recovery key",
                 "anyone who seizes HQ's key, or forces HQ to use it",
                 "a copy HQ already fetched cannot be called back",
                 "Escrow is off unless you turn it on",
                 "leave it off, and keep your printed recovery key somewhere safe"):  # fmt: skip
        assert said in words, said
    assert dialog.state.text() == "Escrow is OFF on this vault."
    assert not dialog.on_button.isHidden() and dialog.off_button.isHidden()

    # declining the confirmation changes nothing
    dialog.on_button.click()
    assert dialogs.informed[-1][0] == "Turn escrow on?"
    assert "seizes HQ's key" in dialogs.informed[-1][1]
    assert not has_escrow(field.vault) and dialog.result.text() == ""

    dialogs.confirms.append(True)
    dialog.on_button.click()
    assert "Escrow is on." in _settle(qtbot, dialog, "Escrow is on.")
    assert dialog.state.text().startswith("Escrow is ON")
    assert dialog.on_button.isHidden() and not dialog.off_button.isHidden()
    assert has_escrow(field.vault)
    assert field("escrow", "status").last_line == "on"

    # Both keys are lost. HQ opens the sealed envelope and hands the code over.
    code = hq("hq", "escrow", "recover", device_id).last_line
    ctl.lock("test")
    gate = ctl.gate
    assert not gate.unlock.escrow_button.isHidden()

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, EscrowCodeDialog)
        widget.code.setText(code[:-1] + ("A" if code[-1] != "A" else "B"))  # a typo
        widget.passphrase.setText(NEW_PASSPHRASE.decode())
        widget.repeat.setText(NEW_PASSPHRASE.decode())
        widget.ok_button.click()
        assert widget.isVisible() and widget.error.text()  # the checksum names the typo
        widget.code.setText(code)
        widget.repeat.setText("not the same passphrase at all")
        widget.ok_button.click()
        assert widget.isVisible() and widget.error.text() == "The two passphrases differ."
        widget.repeat.setText(NEW_PASSPHRASE.decode())
        widget.ok_button.click()

    answer_modal(qtbot, gate.unlock.escrow_button.click, fill)
    qtbot.waitUntil(lambda: ctl.recovery_dialog is not None, timeout=30_000)
    shown = ctl.recovery_dialog
    assert shown is not None
    new_recovery = shown.key_label.text()
    assert new_recovery != old_recovery and len(new_recovery.split("-")) == 9
    shown.print_button.click()
    assert new_recovery in dialogs.printed[-1]
    shown.reject()  # the new key is shown once: closing without confirming is refused
    assert shown.isVisible()
    shown.written.setChecked(True)
    shown.continue_button.click()
    qtbot.waitUntil(lambda: ctl.main is not None, timeout=10_000)
    assert ctl.vault is not None
    assert [c.payload["title"] for c in ctl.vault.items("case")] == [SECRET_TITLE]
    main = ctl.main
    assert main is not None  # the case list is read after a recovery: let it arrive
    qtbot.waitUntil(lambda: main.cases.model.rowCount() == 1, timeout=10_000)
    assert not has_escrow(field.vault)  # the code worked once; escrow is off now

    ctl.lock("test")
    assert ctl.gate.unlock.escrow_button.isHidden()
    Vault.open(field.vault, NEW_PASSPHRASE).close()
    Vault.open_with_recovery(field.vault, new_recovery).close()
    with pytest.raises(VigilError):
        Vault.open(field.vault, PASSPHRASE)
    with pytest.raises(VigilError):
        Vault.open_with_recovery(field.vault, old_recovery)


def test_turning_off_from_the_screen_makes_a_fetched_code_useless(
    qtbot: Any, hq: Cli, tmp_path: Path, app_on: Callable[[Path], Opened]
) -> None:
    field, device_id, _ = enrolled_field(tmp_path, hq, "changed-mind")
    ctl, dialogs = app_on(field.vault)
    _unlock(qtbot, ctl)
    dialog = _screen(ctl)
    dialogs.confirms.append(True)
    dialog.on_button.click()
    _settle(qtbot, dialog, "Escrow is on.")
    code = hq("hq", "escrow", "recover", device_id).last_line  # HQ fetched a copy

    dialog.off_button.click()  # declined: still on
    assert dialogs.informed[-1][0] == "Turn escrow off?"
    assert has_escrow(field.vault)
    dialogs.confirms.append(True)
    dialog.off_button.click()
    said = _settle(qtbot, dialog, "Escrow is off.")
    assert "server's copy is removed" in said and "cannot be called back" in said
    assert dialog.state.text() == "Escrow is OFF on this vault."
    assert not has_escrow(field.vault)

    gone = hq("hq", "escrow", "recover", device_id, check=False)
    assert gone.returncode == 1 and "no escrow envelope" in gone.stderr
    ctl.lock("test")
    assert ctl.gate.unlock.escrow_button.isHidden()
    with pytest.raises(VigilError, match="no escrow"):
        escrow.recover(field.vault, code, NEW_PASSPHRASE)
    Vault.open(field.vault, PASSPHRASE).close()  # the vault opens as before


def test_no_server_and_a_refusing_server_are_said_plainly(
    qtbot: Any, hq: Cli, tmp_path: Path, app_on: Callable[[Path], Opened]
) -> None:
    field, device_id, _ = enrolled_field(tmp_path, hq, "offline")
    ctl, dialogs = app_on(field.vault)
    _unlock(qtbot, ctl)
    dialog = _screen(ctl)

    ctl.scheduler.proxy = NO_PROXY_HERE
    dialogs.confirms.append(True)
    dialog.on_button.click()
    said = _settle(qtbot, dialog, "Escrow was not turned on.")
    assert "could not be reached" in said
    assert not has_escrow(field.vault)  # nothing reached HQ: no lock left behind

    ctl.scheduler.proxy = ""
    dialogs.confirms.append(True)
    dialog.on_button.click()
    _settle(qtbot, dialog, "Escrow is on.")
    code = hq("hq", "escrow", "recover", device_id).last_line

    # Off while offline: the lock here goes first, so the code is useless at once; the
    # server's copy stays until a retry reaches the server.
    ctl.scheduler.proxy = NO_PROXY_HERE
    dialogs.confirms.append(True)
    dialog.off_button.click()
    said = _settle(qtbot, dialog, "Escrow is off on this laptop")
    assert "server's copy was not removed" in said and "could not be reached" in said
    assert not has_escrow(field.vault) and not dialog.retry_button.isHidden()
    with pytest.raises(VigilError, match="no escrow"):
        escrow.recover(field.vault, code, NEW_PASSPHRASE)
    ctl.scheduler.proxy = ""
    dialog.retry_button.click()
    assert "server's copy is removed" in _settle(qtbot, dialog, "Escrow is off.")
    assert dialog.retry_button.isHidden()
    assert hq("hq", "escrow", "recover", device_id, check=False).returncode == 1

    hq("hq", "revoke", device_id)
    dialogs.confirms.append(True)
    dialog.on_button.click()
    said = _settle(qtbot, dialog, "Escrow was not turned on.")
    assert "The HQ server refused:" in said
    assert not has_escrow(field.vault)


def test_not_enrolled_says_so_and_offers_nothing(
    qtbot: Any, tmp_path: Path, app_on: Callable[[Path], Opened]
) -> None:
    lone = make_cli(tmp_path, "lone")
    ctl, dialogs = app_on(lone.vault)
    _unlock(qtbot, ctl)
    dialog = _screen(ctl)
    assert "not enrolled with an HQ server" in dialog.state.text()
    assert "Escrow lets HQ help you" in _words(dialog)  # the explanation is still there
    for button in (dialog.on_button, dialog.off_button, dialog.retry_button):
        assert button.isHidden()
    assert dialogs.informed == [] and not has_escrow(lone.vault)


def test_the_unlock_screen_looks_for_the_core_wrap_file(tmp_path: Path) -> None:
    # has_escrow writes the name out (no sync client at start-up): it must stay the core's name
    assert not has_escrow(tmp_path)
    (tmp_path / escrow.WRAP_FILE).write_bytes(b"")
    assert has_escrow(tmp_path)
