"""The alerts UI: the inbox dialog and its unread badge, "Raise urgent alert…" on the open case,
and notifications that name only the kind of note.

On a real vault and the real alerts core. No server runs: the vault is given the sync
configuration enrolment would have pinned (an HQ signing key and age key this test holds),
HQ notes go through the same acceptance a locked sync round applies to fetched notes
(``channel.accept_hq_note``), and the unlock absorbs them. "Raise urgent alert…" is followed
up to the queued note, and to the urgent sync round, which here meets a closed port: it fails,
the note stays queued first, and the quick retry is scheduled. That the note then reaches HQ
through a real server is tested in tests/sync/test_alerts_e2e.py.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pyrage
from PySide6.QtWidgets import QListWidget, QPushButton, QWidget

from tests.support.ui import answer_modal
from tests.support.ui_flow import create_vault, enrol_offline, relock, unlock_and_wait
from vigil.alerts import channel, note, state
from vigil.demo_server import DemoCredentialStore
from vigil.ui.alerts_view import InboxDialog, Notifier, RaiseDialog
from vigil.ui.controller import AppController

SECRET = "Asel K. taken from the Zhanaozen checkpoint"


def test_locked_notification_names_the_kind_never_the_content(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    notifier = Notifier(parent)
    shown = notifier.marker_changed({"v": 1, "unread": 1, "kinds": {"urgent-action": 1}})
    assert shown == "New urgent action"
    # a marker someone stuffed with text: only fixed words ever come out
    stuffed = {"unread": 2, "kinds": {"alert": 2, "Asel K. detained": 5}, "text": "Asel K."}
    shown = notifier.marker_changed(stuffed)
    assert shown == "New alert" and "Asel" not in shown
    assert notifier.marker_changed(stuffed) == ""  # nothing new: no second message


def test_inbox_lists_alerts_counts_unread_and_mark_all_read_clears_the_badge(
    qtbot: Any, controller: AppController
) -> None:
    create_vault(qtbot, controller)
    assert controller.vault is not None
    vault_dir = controller.vault.path
    hq = enrol_offline(controller.vault)
    from vigil.alerts import inbox

    inbox.absorb(controller.vault)  # the unlock's first absorb: the device's own age key
    assert controller.main is not None
    assert controller.window.alerts.badge.text() == "Alerts (0)"
    relock(qtbot, controller)

    hq.deliver(
        vault_dir,
        hq.note("alert", {"severity": "urgent", "text": "Checkpoint closed: take the north road"}),
        hq.note("alert", {"severity": "info", "text": "Office closed on Friday"}),
    )
    marker = state.read_marker(vault_dir)
    assert marker["unread"] == 2 and "Checkpoint" not in json.dumps(marker)

    unlock_and_wait(qtbot, controller)
    alerts_ui = controller.window.alerts
    assert alerts_ui.badge.text() == "Alerts (2)"
    assert alerts_ui.notifier.last_unread == 2

    seen: dict[str, list[str]] = {}

    def read_all(dialog: QWidget) -> None:
        assert isinstance(dialog, InboxDialog)
        listing = dialog.findChild(QListWidget)
        assert listing is not None

        def lines() -> list[str]:
            return [listing.item(i).text() for i in range(listing.count())]

        qtbot.waitUntil(lambda: any("Checkpoint" in line for line in lines()), timeout=5_000)
        seen["before"] = lines()
        button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Mark all read")
        button.click()
        qtbot.waitUntil(lambda: not any(line.startswith("●") for line in lines()), timeout=5_000)
        seen["after"] = lines()
        dialog.accept()

    answer_modal(qtbot, alerts_ui.open_inbox, read_all)
    before = seen["before"]
    assert len(before) == 2 and all(line.startswith("● ") for line in before)
    assert any("alert  [urgent] Checkpoint closed: take the north road" in ln for ln in before)
    assert any("[info] Office closed on Friday" in ln for ln in before)
    assert sorted(seen["after"]) == sorted(line.removeprefix("● ") for line in before)
    assert alerts_ui.badge.text() == "Alerts (0)"  # refreshed when the dialog closed
    assert state.read_marker(vault_dir)["unread"] == 0  # the locked screen has nothing either
    controller.lock("test")


def test_raise_urgent_alert_queues_it_before_everything_and_syncs_now(
    qtbot: Any, controller: AppController, tmp_path: Path
) -> None:
    create_vault(qtbot, controller)
    vault = controller.vault
    assert vault is not None and controller.main is not None
    hq = enrol_offline(vault)
    store = DemoCredentialStore(tmp_path / "creds", [hq.cred.vault_id])
    store.save(hq.cred)  # what the keyring holds after enrolment
    controller.scheduler.store = store
    relock(qtbot, controller)
    unlock_and_wait(qtbot, controller)  # an enrolled vault's unlock sets up its outbox
    vault = controller.vault
    assert vault is not None and controller.main is not None
    main, alerts_ui = controller.main, controller.window.alerts

    alerts_ui.raise_alert()  # no case open: nothing is queued
    assert main.statusBar().currentMessage() == "Open a case first."
    # the unlock queued the device's key announcement, urgent (priority 0) so that no alert
    # signed after it overtakes it (HQ would refuse it as reordered); no alert yet
    assert [p.name.split("-")[0] for p in channel.queued(vault.path)] == ["0"]

    case_id = vault.save("case", {"title": "Asel K."}).item
    main.open_case(case_id)
    assert main.case_view.case_id == case_id

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, RaiseDialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("detained"))
        dialog.text.setPlainText(SECRET)
        dialog.accept()

    with qtbot.waitSignal(controller.scheduler.finished, timeout=30_000) as round_:
        answer_modal(qtbot, alerts_ui.raise_alert, fill)
    assert main.statusBar().currentMessage() == "Urgent alert queued; sending now."

    # The urgent round ran at once, met no server, and scheduled the first quick retry.
    report = round_.args[0]
    assert report.error and report.retry and report.notes_sent == 0
    assert controller.scheduler.urgent_retries == 2
    assert controller.scheduler.timer.isActive()
    assert controller.scheduler.timer.interval() == 5_000

    # Nothing was lost: the field alert waits in the queue at priority 0, right behind the
    # device's key announcement signed before it, and the notes channel goes before any
    # envelope in a round.
    queued = channel.queued(vault.path)
    assert [p.name.split("-")[0] for p in queued] == ["0", "0"]
    raw = json.loads(queued[1].read_bytes())
    assert raw["audience"] == "hq"
    wrapped = base64.b64decode(raw["note"])
    assert SECRET.encode() not in wrapped and b"Asel" not in wrapped  # age to HQ's key only
    signed = pyrage.decrypt(wrapped, [hq.age])
    field_key = vault.identity.signing_key.public_key().public_bytes_raw()
    checked = note.verify(
        signed, note.FIELD_SIGNER, [field_key], "hq", note.SeqState(), kinds=note.FIELD_KINDS
    )
    assert checked.kind == "field-alert" and checked.sender == hq.cred.device_id
    assert checked.payload() == {
        "v": 1, "case_id": case_id, "case_title": "Asel K.", "situation": "detained",
        "text": SECRET,
    }  # fmt: skip
    controller.scheduler.stop()
    controller.lock("test")
