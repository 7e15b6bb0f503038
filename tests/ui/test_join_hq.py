"""Join HQ and the Sync panel in the app, against a real vigil-server on loopback TLS and a
real HQ desk: the code is read before anything is sent and shows what joining will pin; the
join enrols through the same core call as 'vigil sync enrol'; the first round then takes the
field's case to HQ. Each failure says what happened and what to do: a used, expired or
unknown code, the wrong server (its key differs from the code's pin), no server at all."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.server import FAST_LIMITS, ServerProcess, launch
from tests.support.sync import Device, make_hq, memory_store, new_vault
from tests.support.ui_flow import create_vault
from vigil.sync import session
from vigil.sync.enrolment import config
from vigil.ui.controller import AppController
from vigil.ui.join_hq import JoinHqDialog, fingerprint
from vigil.ui.sync_panel import SyncMenu, SyncPanel


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, Device]]:
    root = tmp_path_factory.mktemp("org")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
        server = launch(root / "server", None, *FAST_LIMITS)
        try:
            hq = make_hq(root, server.admin_code)
            yield server, hq
            hq.close()
        finally:
            server.stop()


def _code(hq: Device) -> str:
    return session.hq_enrol_code(hq.vault, hq.store, 3600)


def _rewritten(code: str, **changes: str) -> str:
    """The same code with some fields changed, as someone handing out a doctored code would."""
    prefix, body = code.split(":", 1)
    data = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    data.update(changes)
    encoded = base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")
    return f"{prefix}:{encoded}"


@pytest.fixture
def field_app(
    qtbot: Any, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> tuple[AppController, SyncMenu]:
    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    controller.scheduler.store = memory_store()
    create_vault(qtbot, controller)
    assert controller.main is not None and controller.vault is not None
    controller.vault.save("case", {"title": "Field case for HQ"})
    menu = controller.window.sync_menu
    titles = [a.text() for a in controller.main.menuBar().actions()]
    assert titles.index("&Sync") == titles.index("&Vault") + 1
    # the bundle actions (sync_bundle.py) follow, after a separator
    assert [a.text() for a in menu.menu.actions()][:3] == ["&Join HQ…", "S&ync now", "Sync &panel…"]
    return controller, menu


def _join_dialog(menu: SyncMenu, code: str) -> JoinHqDialog:
    menu.join_action.trigger()
    dialog = menu.join_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.code.setPlainText(code)
    return dialog


def _join(qtbot: Any, dialog: JoinHqDialog) -> str:
    assert dialog.check() is not None, dialog.status.text()
    assert dialog.join_button.isEnabled()
    dialog.join_button.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    return dialog.status.text()


def test_join_shows_the_pins_then_enrols_and_the_first_sync_reaches_hq(
    qtbot: Any, field_app: tuple[AppController, SyncMenu], desk: tuple[ServerProcess, Device]
) -> None:
    controller, menu = field_app
    _server, hq = desk
    code = _code(hq)
    dialog = _join_dialog(menu, code)
    dialog.check_button.click()
    pins = dialog.pins.text()
    cfg = config(hq.vault)
    assert cfg is not None
    assert cfg.url in pins and cfg.pin in pins and cfg.org in pins
    assert fingerprint(hq.vault.identity.verify_key_bytes) in pins
    assert controller.vault is not None
    assert config(controller.vault) is None  # nothing sent or pinned before Join
    with qtbot.waitSignal(controller.scheduler.finished, timeout=60_000) as round_done:
        status = _join(qtbot, dialog)
    assert "Joined" in status, status
    assert dialog.code.toPlainText() == ""  # the spent secret is not left in the widget
    assert round_done.args[0].error == "" and round_done.args[0].pushed >= 1
    vault = controller.vault
    assert vault is not None
    pinned = config(vault)
    assert pinned is not None and (pinned.url, pinned.pin) == (cfg.url, cfg.pin)
    assert not menu.join_action.isEnabled() and controller.main is not None
    assert controller.main.sync_action.isEnabled()
    hq.sync()
    assert "Field case for HQ" in [c.payload["title"] for c in hq.vault.items("case")]
    # the Sync panel: the server, a last sync, nothing waiting, no alerts
    menu.panel_action.trigger()
    panel = menu.panel
    assert isinstance(panel, SyncPanel)
    qtbot.waitUntil(lambda: cfg.url in panel.server.text(), timeout=20_000)
    assert "never" not in panel.last.text() and "nothing" in panel.waiting.text()
    assert not panel.join_button.isVisible() and panel.sync_button.isEnabled()
    assert "None" in panel.alerts.item(0).text()
    # something new waits, with its size, until the next round
    vault.save("case", {"title": "Second"})
    menu.refresh()
    qtbot.waitUntil(lambda: "1 item" in panel.waiting.text(), timeout=20_000)
    assert "B" in panel.waiting.text()  # a size: bytes, KiB...
    with qtbot.waitSignal(controller.scheduler.finished, timeout=60_000):
        panel.sync_button.click()
    qtbot.waitUntil(lambda: "nothing" in panel.waiting.text(), timeout=20_000)


def test_a_used_code_says_ask_hq_for_a_new_one(
    qtbot: Any, field_app: tuple[AppController, SyncMenu], desk: tuple[ServerProcess, Device],
    tmp_path: Path,
) -> None:  # fmt: skip
    controller, menu = field_app
    _server, hq = desk
    code = _code(hq)
    other = new_vault(tmp_path, "other")
    session.enrol_field(other, code, memory_store())
    other.close()
    status = _join(qtbot, _join_dialog(menu, code))
    assert "already used" in status and "new one" in status
    assert controller.vault is not None and config(controller.vault) is None


def test_the_wrong_server_is_named_and_nothing_is_pinned(
    qtbot: Any, field_app: tuple[AppController, SyncMenu], desk: tuple[ServerProcess, Device]
) -> None:
    controller, menu = field_app
    _server, hq = desk
    code = _code(hq)
    other_key = "sha256/" + base64.b64encode(bytes(range(32))).decode()
    status = _join(qtbot, _join_dialog(menu, _rewritten(code, pin=other_key)))
    assert "different key" in status and "another channel" in status
    assert controller.vault is not None and config(controller.vault) is None
    # the same code, unchanged, still works: the refused attempt never reached the server
    status = _join(qtbot, _join_dialog(menu, code))
    assert "Joined" in status


def test_no_server_there_says_check_the_network_or_the_proxy(
    qtbot: Any, field_app: tuple[AppController, SyncMenu], desk: tuple[ServerProcess, Device]
) -> None:
    _controller, menu = field_app
    _server, hq = desk
    code = _rewritten(_code(hq), url="https://127.0.0.1:1")
    status = _join(qtbot, _join_dialog(menu, code))
    assert "cannot be reached" in status and "proxy" in status


def test_codes_refused_before_anything_is_sent(
    qtbot: Any, field_app: tuple[AppController, SyncMenu], desk: tuple[ServerProcess, Device]
) -> None:
    _controller, menu = field_app
    _server, hq = desk
    cases = {
        "hello": "not a Vigil enrolment code",
        _code(hq)[:40]: "damaged",
    }
    # an old code, kept too long (the server's shortest life for a code is a minute)
    cases[_rewritten(_code(hq), expires="2026-01-01T00:00:00Z")] = "expired"
    for text, said in cases.items():
        dialog = _join_dialog(menu, text)
        assert dialog.check() is None
        assert said in dialog.status.text(), (said, dialog.status.text())
        assert not dialog.join_button.isEnabled() and dialog.pins.text() == ""


def test_the_panel_before_joining_and_its_proxy_setting(
    qtbot: Any, field_app: tuple[AppController, SyncMenu]
) -> None:
    controller, menu = field_app
    menu.panel_action.trigger()
    panel = menu.panel
    assert panel is not None
    qtbot.waitUntil(lambda: "Not joined" in panel.server.text(), timeout=20_000)
    assert panel.join_button.isVisible() and not panel.sync_button.isEnabled()
    panel.proxy.setText("tor")
    panel.save_proxy.click()
    assert "socks5://" in panel.proxy_status.text() and controller.settings.sync_proxy == ""
    panel.proxy.setText("socks5h://127.0.0.1:9050")
    panel.save_proxy.click()
    assert controller.scheduler.proxy == "socks5h://127.0.0.1:9050"
    assert controller.settings_path is not None
    saved = json.loads(controller.settings_path.read_text())
    assert saved["sync_proxy"] == "socks5h://127.0.0.1:9050"
    for kind in ("rollback", "withheld", "forked", "refused", "attachment-quarantined"):
        assert "Something looked wrong" not in panel.explain(kind)


def test_what_a_code_says_is_shown_as_plain_text(
    qtbot: Any, field_app: tuple[AppController, SyncMenu], desk: tuple[ServerProcess, Device]
) -> None:
    """The organisation's name comes from whoever wrote the code: markup in it stays text."""
    from PySide6.QtCore import Qt

    _controller, menu = field_app
    _server, hq = desk
    hostile = '<a href="https://evil.example">Real HQ</a><img src="file:///etc/passwd">'
    dialog = _join_dialog(menu, _rewritten(_code(hq), org=hostile))
    assert dialog.check() is not None
    assert dialog.pins.textFormat() == Qt.TextFormat.PlainText
    assert hostile in dialog.pins.text()
    assert not dialog.pins.openExternalLinks()


def test_the_panel_explains_an_integrity_alert_the_vault_logged(
    qtbot: Any, field_app: tuple[AppController, SyncMenu]
) -> None:
    from vigil.vault import merge

    controller, menu = field_app
    vault = controller.vault
    assert vault is not None
    with vault.transaction() as conn:
        merge.log_integrity(conn, "withheld", "revision 0123abcd announced, not served")
        merge.log_integrity(conn, "something-new", "a kind this panel does not know")
    menu.panel_action.trigger()
    panel = menu.panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.alerts.count() == 2, timeout=20_000)
    texts = [panel.alerts.item(i).text() for i in range(2)]
    withheld = next(t for t in texts if "0123abcd" in t)
    assert "held back" in withheld and "another channel" in withheld
    unknown = next(t for t in texts if "does not know" in t)
    assert "Something looked wrong (something-new)" in unknown
