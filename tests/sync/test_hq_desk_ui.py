"""The HQ desk in the app, against a real server on loopback TLS: the desk makes a code, a
field device joins with it and shows in the list, the desk revokes it (and orders a wipe),
publishes the sample urgent action and sends an alert that the field receives, and reads
the letter counts and the integrity log. Every action asks first, naming what and whom;
declining does nothing. Real widgets offscreen; the OS dialogs answered by a stand-in."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
)

from tests.support.dialogs import ScriptedDialogs
from tests.support.sync import Device, memory_store, new_vault
from tests.support.ui import unnamed_controls
from vigil.alerts import channel, inbox, publish
from vigil.appeals.store import AppealStore
from vigil.crypto import recovery
from vigil.resources import resource
from vigil.settings import Settings
from vigil.sync import escrow, hq, session
from vigil.sync.codes import parse
from vigil.ui.clipboard import ClipboardGuard
from vigil.ui.context import UiContext
from vigil.ui.hq_desk import HqDesk, HqUi, install
from vigil.ui.worker import Runner
from vigil.vault import merge

pytestmark = pytest.mark.e2e  # a real server for each test, and in-process devices

SAMPLE_UA = "ua-046-19"


class Desk:
    def __init__(self, device: Device, window: HqDesk, dialogs: ScriptedDialogs) -> None:
        self.device, self.window, self.dialogs = device, window, dialogs

    @property
    def asked(self) -> tuple[str, str]:
        """The last confirmation: (title, text)."""
        return self.dialogs.informed[-1]

    def status(self) -> str:
        return self.window.status.text()


@pytest.fixture
def desk(
    qapp: QApplication, qtbot: Any, hq_desk_device: Device, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Desk]:
    monkeypatch.setenv("VIGIL_STRICT_THREADS", "1")  # a worker touching a widget fails
    runner, dialogs = Runner(), ScriptedDialogs()
    ctx = UiContext(hq_desk_device.vault, runner, dialogs, ClipboardGuard(30), Settings())
    main = QMainWindow()
    window = HqDesk(main, ctx, hq_desk_device.store, None)
    qtbot.addWidget(main)
    yield Desk(hq_desk_device, window, dialogs)
    window.wipe()
    runner.wait()


def _wait_devices(qtbot: Any, desk: Desk, count: int) -> None:
    page = desk.window.devices
    qtbot.waitUntil(lambda: len(page.rows) == count and not page.busy, timeout=30_000)


def _row_of(desk: Desk, device_id: str) -> list[str]:
    page = desk.window.devices
    index = next(i for i, r in enumerate(page.rows) if r.id == device_id)
    return [page.table.item(index, c).text() for c in range(page.table.columnCount())]


def _make_code(qtbot: Any, desk: Desk, label: str) -> str:
    page = desk.window.devices
    page.label.setText(label)
    page.hours.setValue(2)
    desk.dialogs.confirms.append(True)
    page.code_button.click()
    qtbot.waitUntil(lambda: bool(page.code_text) and not page.busy, timeout=30_000)
    return page.code_text


def test_the_hq_menu_is_only_on_the_desk(
    qapp: QApplication, qtbot: Any, hq_desk_device: Device, field: Device, tmp_path: Path
) -> None:
    runner = Runner()
    loose = new_vault(tmp_path, "never-enrolled")
    try:
        for vault, wanted in ((hq_desk_device.vault, True), (field.vault, False),
                              (loose, False)):  # fmt: skip
            window = QMainWindow()
            qtbot.addWidget(window)
            window.menuBar().addMenu("&Vault")
            asked = ScriptedDialogs()
            sample = str(resource("samples", "urgent-action.json"))
            asked.files.append([sample])
            ctx = UiContext(vault, runner, asked, ClipboardGuard(30), Settings())
            installed = install(window, ctx, None)
            menus = [a.text() for a in window.menuBar().actions()]
            assert (installed is not None) is wanted
            assert ("&HQ" in menus) is wanted
            if isinstance(installed, HqUi):
                names = [a.text() for a in installed.menu.actions()]
                assert names == ["HQ &desk…", "Make an &enrolment code…",
                                 "&Publish an urgent action…", "Send an &alert…",
                                 "Time-stamping a&uthority…"]  # fmt: skip
                installed.publish_action.trigger()  # straight to the file chooser
                opened = installed.desk
                assert opened is not None and opened.isVisible()
                assert opened.tabs.currentWidget() is opened.publish
                assert opened.publish.file_label.text() == sample  # chosen, and being checked
                qtbot.waitUntil(opened.publish.publish_button.isEnabled, timeout=30_000)
                assert unnamed_controls(opened) == []
                installed.wipe()
    finally:
        loose.close()
        runner.wait()


def test_code_enrol_list_revoke(qtbot: Any, desk: Desk, tmp_path: Path) -> None:
    desk.window.show_page(desk.window.devices)
    _wait_devices(qtbot, desk, 1)  # the desk itself
    page = desk.window.devices
    page.select(desk.device.server_id)  # the desk cannot revoke or wipe itself from here
    assert not page.revoke_button.isEnabled() and not page.wipe_button.isEnabled()
    assert not page.empty.isHidden()  # no field device yet: the page says what to do
    assert "Make an enrolment code below" in page.empty.text()

    # declining the confirmation asks the server for nothing
    page.label.setText("Almaty laptop 2")
    page.code_button.click()
    title, text = desk.asked
    assert title == "Make an enrolment code?"
    assert "one-time enrolment code" in text and "Who: Almaty laptop 2" in text
    assert page.code_box.isHidden() and page.code_text == ""

    code = _make_code(qtbot, desk, "Almaty laptop 2")
    assert page.code.toPlainText() == code and not page.code_box.isHidden()
    made = parse(code)
    assert made.role == "field" and made.url == desk.device.cred.url
    page.print_button.click()
    printed = desk.dialogs.printed[-1]
    assert code in printed and "Almaty laptop 2" in printed and made.url in printed

    # the field worker joins with it, and the device shows in the list with its label
    field_vault = new_vault(tmp_path, "field")
    store = memory_store()
    cred = session.enrol_field(field_vault, code, store)
    field = Device("field", field_vault, store)
    try:
        page.refresh_button.click()
        _wait_devices(qtbot, desk, 2)
        label, device_id, role, state, seen, _stored, quota, _when = _row_of(desk, cred.device_id)
        assert (label, device_id, role, state) == (
            "Almaty laptop 2",
            cred.device_id,
            "field device",
            "active",
        )
        # It signed in to learn its label: seen today, as a day and never a time.
        assert seen == datetime.now(UTC).date().isoformat()
        assert quota == "1.0 GiB / 16.0 GiB"  # the server's defaults
        assert page.empty.isHidden()

        # Its storage quota, from the desk ('vigil hq quota'): asked first, then set.
        page.select(cred.device_id)
        page.quota_daily.setText("5GB")  # a decimal unit is refused, not guessed at
        asked = len(desk.dialogs.informed)
        page.quota_button.click()
        assert "Not a size" in desk.status() and len(desk.dialogs.informed) == asked
        page.quota_daily.setText("500MiB")
        desk.dialogs.confirms.append(True)
        page.quota_button.click()
        title, text = desk.asked
        assert title == "Set the quota?" and "500.0 MiB in any 24 hours" in text
        assert "the server's default in all" in text and "Almaty laptop 2" in text
        qtbot.waitUntil(
            lambda: _row_of(desk, cred.device_id)[6] == "500.0 MiB / 16.0 GiB", timeout=30_000
        )
        assert "Quota set: Almaty laptop 2" in desk.status()

        page.select(cred.device_id)
        assert page.revoke_button.isEnabled()
        page.revoke_button.click()  # declined: still active
        title, text = desk.asked
        assert title == "Revoke?" and f"Who: Almaty laptop 2 ({cred.device_id})" in text
        assert _row_of(desk, cred.device_id)[3] == "active"

        desk.dialogs.confirms.append(True)
        page.revoke_button.click()
        qtbot.waitUntil(lambda: _row_of(desk, cred.device_id)[3] == "revoked", timeout=30_000)
        assert "Revoked: Almaty laptop 2" in desk.status()
        assert not page.revoke_button.isEnabled()
        report, _merged = field.sync()
        assert "revoked" in report.error.lower()
    finally:
        field.close()


def test_revoke_and_wipe_pushes_first(qtbot: Any, desk: Desk, field: Device) -> None:
    desk.window.show_page(desk.window.devices)
    _wait_devices(qtbot, desk, 2)
    page = desk.window.devices
    page.select(field.server_id)
    page.wipe_days.setValue(3)
    assert page.push_first.isChecked()  # nothing waiting to leave is lost by default
    desk.dialogs.confirms.append(True)
    page.wipe_button.click()
    title, text = desk.asked
    assert title == "Revoke and wipe?"
    assert "destroy its vault" in text and "within 3 days" in text
    assert "after it pushes what is waiting" in text and field.server_id in text
    qtbot.waitUntil(
        lambda: _row_of(desk, field.server_id)[3] == "revoked, wipe order waiting",
        timeout=30_000,
    )
    listed = {d.id: d for d in hq.devices(desk.device.vault, desk.device.store)}
    assert listed[field.server_id].wipe and listed[field.server_id].status == "revoked"
    assert not page.wipe_button.isEnabled()  # one order is enough


def _publish_page(desk: Desk, path: Path) -> Any:
    page = desk.window.publish
    desk.window.show_page(page)
    desk.dialogs.files.append([str(path)])
    page.choose_button.click()
    return page


def test_publish_the_sample_urgent_action(
    qtbot: Any, desk: Desk, field: Device, tmp_path: Path
) -> None:
    field.sync()  # its first round sets up its notes channel (done at its first unlock)
    chosen = tmp_path / "urgent-action.json"
    chosen.write_bytes(resource("samples", "urgent-action.json").read_bytes())
    page = _publish_page(desk, chosen)
    qtbot.waitUntil(page.publish_button.isEnabled, timeout=30_000)
    # changed on disk after the check: the checked bytes are what is signed, not these
    chosen.write_text('{"format": "vigil-urgent-actions", "swapped": true}', "utf-8")
    assert page.findings.item(0).text().startswith("No problems found")
    # the sample is closed: the file says closure, with its outcome
    assert page.summary.text().startswith("The file says: closure.")
    assert SAMPLE_UA in page.summary.text()

    page.publish_button.click()  # declined: nothing signed, nothing queued
    title, text = desk.asked
    assert title == "Publish urgent action?"
    assert f"sign {SAMPLE_UA} as a closure" in text
    assert "Who: every enrolled device" in text
    assert channel.queued(desk.device.vault.path) == []

    desk.dialogs.confirms.append(True)
    page.publish_button.click()
    qtbot.waitUntil(lambda: "Published" in desk.status(), timeout=30_000)
    assert desk.status() == f"Published {SAMPLE_UA}."
    assert channel.queued(desk.device.vault.path) == []  # sent, not only queued

    field.sync()
    received = [r for r in inbox.alerts(field.vault) if r["kind"] == "closure"]
    refs = [a["ref"] for a in received[0]["payload"]["document"]["urgent_actions"]]
    assert refs == [SAMPLE_UA]


def test_a_file_the_gate_refuses_shows_file_and_line_and_signs_nothing(
    qtbot: Any, desk: Desk, tmp_path: Path
) -> None:
    import json

    doc = json.loads(resource("samples", "urgent-action.json").read_text("utf-8"))
    ua = doc["urgent_actions"][0]
    lang = sorted(ua["templates"])[0]
    source = ua["templates"][lang].splitlines()
    source.append("extra = { $password }")  # a variable the gate does not know
    ua["templates"][lang] = "\n".join(source) + "\n"
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(doc), "utf-8")
    seq_before = desk.device.vault.get_meta(publish.OUT_SEQ)

    page = _publish_page(desk, hostile)
    qtbot.waitUntil(lambda: page.findings.count() > 0, timeout=30_000)
    findings = [page.findings.item(i).text() for i in range(page.findings.count())]
    line = len(source)
    assert any(f"hostile.json#{SAMPLE_UA}/{lang}" in f and f":{line}:" in f and "password" in f
               for f in findings), findings  # fmt: skip
    assert "nothing can be signed" in page.summary.text()
    assert not page.publish_button.isEnabled()
    page.publish()  # even called directly: nothing was checked, nothing is signed
    assert desk.dialogs.informed == []  # not even asked
    assert channel.queued(desk.device.vault.path) == []
    assert desk.device.vault.get_meta(publish.OUT_SEQ) == seq_before


def test_send_an_alert(qtbot: Any, desk: Desk, field: Device) -> None:
    field.new_case()  # HQ trusts the device's key from its revisions
    field.sync()  # its first round sets up its notes channel (done at its first unlock)
    page = desk.window.alert
    desk.window.show_page(page)
    page.severity.setCurrentIndex(page.severity.findData("urgent"))
    page.days.setValue(3)
    page.audience.setText(field.server_id)
    page.text.setPlainText("Checkpoints on the Almaty road: travel only in pairs.")
    desk.dialogs.confirms.append(True)
    page.send_button.click()
    title, text = desk.asked
    assert title == "Send alert?" and "“Urgent” alert" in text and "3 days" in text
    assert f"Who: {field.server_id}" in text
    qtbot.waitUntil(lambda: desk.status() == "Alert sent.", timeout=30_000)
    assert page.text.toPlainText() == ""

    field.sync()
    alerts = [r for r in inbox.alerts(field.vault) if r["kind"] == "alert"]
    assert alerts[0]["payload"]["severity"] == "urgent"
    assert alerts[0]["payload"]["text"].startswith("Checkpoints on the Almaty road")

    page.audience.setText("not-a-device")  # a typo names what is wrong, sends nothing
    page.text.setPlainText("A second alert")
    asked = len(desk.dialogs.informed)
    page.send_button.click()
    assert "not-a-device" in desk.status() and len(desk.dialogs.informed) == asked

    # confidential: encrypted to the key the device announced (the desk learns it by sync)
    desk.device.sync()
    page.audience.setText(field.server_id)
    page.confidential.setChecked(True)
    page.text.setPlainText("Meet at the second address.")
    desk.dialogs.confirms.append(True)
    page.send_button.click()
    assert "only those devices can read it" in desk.asked[1]
    qtbot.waitUntil(page.send_button.isEnabled, timeout=30_000)
    assert desk.status() == "Alert sent."
    field.sync()
    texts = [r["payload"]["text"] for r in inbox.alerts(field.vault) if r["kind"] == "alert"]
    assert "Meet at the second address." in texts


def test_rotate_the_alert_key_and_the_field_takes_alerts_signed_by_the_new_one(
    qtbot: Any, desk: Desk, field: Device
) -> None:
    field.sync()  # its first round sets up its notes channel (done at its first unlock)
    page = desk.window.alert
    desk.window.show_page(page)
    old_key = publish.hq_signing_key(desk.device.vault).public_key().public_bytes_raw()
    page.rotate_button.click()  # declined: the key stays
    title, text = desk.asked
    assert title == "Rotate the alert key?" and "Who: every enrolled device" in text
    assert publish.hq_signing_key(desk.device.vault).public_key().public_bytes_raw() == old_key
    desk.dialogs.confirms.append(True)
    page.rotate_button.click()
    qtbot.waitUntil(page.rotate_button.isEnabled, timeout=30_000)
    assert desk.status() == "New alert key sent; the old one is retired."
    new_key = publish.hq_signing_key(desk.device.vault).public_key().public_bytes_raw()
    assert new_key != old_key

    page.text.setPlainText("Signed by the new key.")
    desk.dialogs.confirms.append(True)
    page.send_button.click()
    qtbot.waitUntil(page.send_button.isEnabled, timeout=30_000)
    assert desk.status() == "Alert sent."
    field.sync()
    received = inbox.alerts(field.vault)
    assert "key-rotation" in [r["kind"] for r in received]
    texts = [r["payload"].get("text") for r in received if r["kind"] == "alert"]
    assert texts == ["Signed by the new key."]


def test_escrow_code_counts_and_integrity_log(qtbot: Any, desk: Desk, field: Device) -> None:
    escrow.enable(field.vault, field.store)
    field.new_case()  # HQ trusts the device's key from its revisions
    store = AppealStore(field.vault)
    store.import_bytes(resource("samples", "urgent-action.json").read_bytes(), "ua.json")
    appeal = store.create_appeal(SAMPLE_UA, None, "kk")
    store.set_status(appeal.id, "sent")
    assert publish.report_counts(field.vault, force=True)
    field.sync()
    desk.device.sync()

    window, page = desk.window, desk.window.devices
    window.show_page(page)
    _wait_devices(qtbot, desk, 2)
    page.select(field.server_id)
    desk.dialogs.confirms.append(True)
    page.escrow_button.click()
    assert field.server_id in desk.asked[1] and "escrow unlock code" in desk.asked[1]
    qtbot.waitUntil(lambda: bool(page.code_text), timeout=30_000)
    recovery.parse_key(page.code_text)  # a well-formed code, checksum and all
    assert page.print_button.isHidden()  # an escrow code is never printed
    window.wipe()
    assert page.code.toPlainText() == "" and page.code_box.isHidden()

    window.show_page(window.counts)
    qtbot.waitUntil(lambda: window.counts.table.rowCount() == 1, timeout=30_000)
    cells = [window.counts.table.item(0, c).text() for c in range(4)]
    assert cells == [SAMPLE_UA, "kk", "1", "1"]
    assert window.counts.empty.isHidden()

    window.show_page(window.integrity)
    qtbot.waitUntil(lambda: not window.integrity.empty.isHidden(), timeout=30_000)
    with desk.device.vault.transaction() as conn:
        merge.log_integrity(conn, "rollback", "the server served an older log head")
    window.integrity.load()
    qtbot.waitUntil(lambda: window.integrity.table.rowCount() == 1, timeout=30_000)
    assert window.integrity.table.item(0, 1).text() == "rollback"
    assert "older log head" in window.integrity.table.item(0, 2).text()


@pytest.mark.slow  # the demo made from scratch: a server, two vaults, a first sync
def test_the_app_on_the_demo_hq_desk_has_the_desk_and_forgets_its_codes_at_lock(
    qapp: QApplication, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole app, unlocked on the demo's HQ vault with its own server: the HQ menu is
    there, the desk lists the demo's two devices, and locking forgets a code it showed."""
    from tests.support.ui_flow import unlock
    from tests.support.vaults import FAST_KDF
    from vigil.demo import DEMO_PASSPHRASE, start_demo
    from vigil.ui.controller import AppController
    from vigil.ui.i18n import Languages

    monkeypatch.setenv("VIGIL_STRICT_THREADS", "1")
    monkeypatch.setenv("VIGIL_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("VIGIL_DATABASE_URL", raising=False)
    with start_demo(base=tmp_path / "demo", settings=Settings()) as demo:
        assert demo.server is not None
        runner, dialogs = Runner(), ScriptedDialogs()
        ctl = AppController(
            qapp, Settings(), demo.paths.hq, runner, dialogs, Languages(qapp),
            settings_path=tmp_path / "settings.json", kdf=FAST_KDF, credential_store=demo.store,
        )  # fmt: skip
        ctl.wipe_also = (tmp_path / "settings.json", tmp_path / "logs" / "vigil.log")
        ctl.start(schedule_sync=False)
        try:
            unlock(qtbot, ctl, DEMO_PASSPHRASE)
            qtbot.waitUntil(lambda: ctl.main is not None, timeout=30_000)
            assert ctl.main is not None and ctl.hq_ui is not None
            assert "&HQ" in [a.text() for a in ctl.main.menuBar().actions()]
            ctl.hq_ui.open_action.trigger()
            desk = ctl.hq_ui.desk
            assert desk is not None and desk.isVisible()
            page = desk.devices
            qtbot.waitUntil(lambda: len(page.rows) == 2, timeout=30_000)
            assert sorted(r.role for r in page.rows) == ["field", "hq"]
            dialogs.confirms.append(True)
            page.code_button.click()
            qtbot.waitUntil(lambda: bool(page.code_text), timeout=30_000)
            ctl.lock("test")
            assert ctl.hq_ui is None
            assert page.code_text == "" and page.code.toPlainText() == ""
        finally:
            ctl.shutdown()
            ctl.gate.close()
            ctl.gate.deleteLater()
            runner.wait()


def test_field_alerts_name_the_device_that_raised_them(
    qtbot: Any, desk: Desk, tmp_path: Path
) -> None:
    """Issue 20: HQ's field alerts carry the label HQ gave the device, in the desk too."""
    hq = desk.device
    vault, store = new_vault(tmp_path, "field"), memory_store()
    code = session.hq_enrol_code(hq.vault, hq.store, 3600, None, "Almaty laptop 3")
    cred = session.enrol_field(vault, code, store)
    field = Device("field", vault, store)
    try:
        page = desk.window.field_alerts
        desk.window.show_page(page)
        qtbot.waitUntil(lambda: not page.empty.isHidden(), timeout=30_000)
        assert page.table.rowCount() == 0 and "next sync" in page.empty.text()
        field.sync()  # its revisions and its signed key reach the server
        hq.sync()
        case = field.new_case("Asel K., detained at the checkpoint")
        publish.raise_alert(field.vault, case, "detained", "Taken at 06:10 today")
        field.sync()
        hq.sync()  # brings the alert, and the label of the device that raised it
        page.load()
        qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=30_000)
        cells = [page.table.item(0, c).text() for c in range(page.table.columnCount())]
        assert cells[1] == f"Almaty laptop 3 ({cred.device_id[:8]})"
        assert cells[2:] == ["detained", "Asel K., detained at the checkpoint",
                             "Taken at 06:10 today"]  # fmt: skip
        assert page.empty.isHidden()
    finally:
        field.close()
