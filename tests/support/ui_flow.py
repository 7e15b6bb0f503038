"""Driving the app's windows as a person does: create and unlock a vault, fill forms."""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.support.dialogs import ScriptedDialogs
from vigil.alerts import channel, note, state
from vigil.alerts.publish import PREV_ALL
from vigil.demo_server import free_port
from vigil.settings import Settings
from vigil.sync.credentials import DeviceCredential
from vigil.ui.attachments import AttachmentsTab
from vigil.ui.clipboard import ClipboardGuard
from vigil.ui.context import UiContext
from vigil.ui.controller import AppController
from vigil.ui.editors import EventDialog, PersonDialog, SourceDialog
from vigil.ui.worker import Runner
from vigil.vault.store import Vault

PASSPHRASE = "river stone lantern orbit"


def create_vault(qtbot: Any, controller: AppController) -> None:
    controller.start()
    gate = controller.gate
    qtbot.waitExposed(gate)
    gate.welcome.create_button.click()
    qtbot.keyClicks(gate.create.passphrase, PASSPHRASE)
    qtbot.keyClicks(gate.create.repeat, PASSPHRASE)
    qtbot.keyClick(gate.create.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.recovery_dialog is not None, timeout=20_000)
    dialog = controller.recovery_dialog
    assert dialog is not None
    dialog.reject()  # closing without confirming is refused: the key would be lost
    assert dialog.isVisible()
    dialog.written.setChecked(True)
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: controller.main is not None, timeout=5_000)
    # The list's first fill comes a turn or two after the window (MainWindow._build_later):
    # a test that acts at once raced it, and its "0 cases" replaced the test's own message.
    main = controller.main
    assert main is not None
    bar = main.statusBar()
    qtbot.waitUntil(lambda: not bar.currentMessage().startswith("Loading"), timeout=10_000)


def unlock(qtbot: Any, controller: AppController, passphrase: str = PASSPHRASE) -> None:
    gate = controller.gate
    gate.unlock.passphrase.clear()
    qtbot.keyClicks(gate.unlock.passphrase, passphrase)
    qtbot.keyClick(gate.unlock.passphrase, Qt.Key.Key_Return)


def fill_person(widget: QWidget) -> None:
    assert isinstance(widget, PersonDialog)
    names = [
        ("Serikzhan Bilash", "Latn", ""),
        ("Серікжан Білаш", "Cyrl", "kk"),
        ("Серикжан Билаш", "Cyrl", "ru"),
    ]
    from PySide6.QtWidgets import QTableWidgetItem

    widget.names.setRowCount(len(names))
    for row, values in enumerate(names):
        for column, value in enumerate(values):
            widget.names.setItem(row, column, QTableWidgetItem(value))
    widget.pronouns.setText("he/him")
    widget.gender.setCurrentIndex(widget.gender.findData("masculine"))
    widget.role.setText("person at risk")
    widget._accept()


def fill_source(widget: QWidget) -> None:
    assert isinstance(widget, SourceDialog)
    widget.title_.setText("HRW statement, August 2019")
    widget.publisher.setText("Human Rights Watch")
    widget.reliability.setCurrentIndex(widget.reliability.findData("reliable"))
    widget._accept()


def event_filler(date: str, kind: str, text: str) -> Any:
    def fill(widget: QWidget) -> None:
        assert isinstance(widget, EventDialog)
        widget.date.setText(date)
        widget.type_.setCurrentIndex(widget.type_.findData(kind))
        widget.text.setPlainText(text)
        widget.sources.item(0).setCheckState(Qt.CheckState.Checked)
        widget._accept()

    return fill


@dataclass
class Hq:
    """HQ's keys, held by the test: it signs notes and reads what the field sends it."""

    key: Ed25519PrivateKey
    age: pyrage.x25519.Identity
    cred: DeviceCredential
    seq: int = 0

    def note(self, kind: str, payload: dict[str, Any]) -> bytes:
        self.seq = note.next_seq(self.seq)
        body = note.canonical({"v": 1, **payload})
        return note.make(self.key, note.HQ_SIGNER, kind, self.seq, "all", body)

    def deliver(self, vault_dir: Path, *notes: bytes) -> None:
        """What a locked sync round does with each note it fetched (alerts/channel.fetch)."""
        st = state.load(vault_dir)
        for data in notes:
            assert channel.accept_hq_note(vault_dir, self.cred, st, data) is not None
        state.save(vault_dir, st)


def enrol_offline(vault: Vault) -> Hq:
    """Pin what an enrolment code would carry; the server's address is a closed port."""
    key, age = Ed25519PrivateKey.generate(), pyrage.x25519.Identity.generate()
    device_id, hq_pub = os.urandom(16).hex(), key.public_key().public_bytes_raw()
    url = f"https://127.0.0.1:{free_port()}"
    pin = "sha256/" + base64.b64encode(b"\x07" * 32).decode()
    config = {
        "url": url, "pin": pin, "role": "field", "org": "test", "device_id": device_id,
        "hq_age": [str(age.to_public())], "hq_ed25519": [base64.b64encode(hq_pub).decode()],
    }  # fmt: skip
    vault.set_meta("sync", json.dumps(config))
    vault.set_meta(PREV_ALL, "0")
    cred = DeviceCredential(
        vault.header.vault_id.hex(), device_id, os.urandom(32), url, pin, "field", "test",
        (hq_pub,),
    )  # fmt: skip
    return Hq(key, age, cred)


def relock(qtbot: Any, controller: AppController) -> None:
    controller.lock("test")
    qtbot.waitUntil(lambda: controller.main is None and controller.gate.isVisible(), timeout=5_000)


def unlock_and_wait(qtbot: Any, controller: AppController) -> None:
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20_000)


def make_tab(qtbot: Any, vault: Vault, dialogs: ScriptedDialogs) -> AttachmentsTab:
    ctx = UiContext(vault, Runner(), dialogs, ClipboardGuard(), Settings())
    tab = AttachmentsTab(ctx)
    qtbot.addWidget(tab)
    return tab
