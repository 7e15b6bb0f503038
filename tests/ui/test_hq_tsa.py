"""The HQ desk's Time-stamping page, on a real vault and a real ``openssl ts`` authority on
loopback: it shows what is set and the last stamping's outcome, sets, changes and clears the
authority through the command's own core function on the worker, and shows each refusal in
the core's words (translated in the app's language)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from tests.support import tsa as tsa_support
from tests.support.dialogs import ScriptedDialogs
from tests.support.ui_flow import create_vault
from vigil.evidence import timestamps
from vigil.ui.controller import AppController
from vigil.ui.hq_desk import HqDesk, HqUi
from vigil.ui.hq_tsa import TsaPage


def _page(qtbot: Any, controller: AppController) -> tuple[HqDesk, TsaPage]:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    desk = HqDesk(main, main.ctx, None, None)  # no server: the page asks none
    titles = [desk.tabs.tabText(i) for i in range(desk.tabs.count())]
    assert "Ti&me-stamping" in titles
    desk.show_page(desk.tsa)  # showing the tab reads the setting on the worker
    qtbot.waitUntil(lambda: desk.tsa.current.text() != "", timeout=10_000)
    return desk, desk.tsa


def _set(qtbot: Any, page: TsaPage, url: str, roots: str) -> None:
    page.url.setText(url)
    page.roots.setText(roots)
    page.error.clear()
    page.set_button.click()
    qtbot.waitUntil(lambda: page.set_button.isEnabled(), timeout=10_000)


def test_set_change_and_clear_the_authority_and_see_the_last_stamping(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tsa: tsa_support.Tsa,
    tmp_path: Path,
) -> None:  # fmt: skip
    desk, page = _page(qtbot, controller)
    vault = controller.vault
    assert vault is not None
    assert page.current.text().startswith("No time-stamping authority is set")
    assert page.last.text() == "Nothing time-stamped yet."
    assert not page.clear_button.isEnabled()

    dialogs.files.append([str(tsa.ca)])
    page.choose_button.click()
    assert page.roots.text() == str(tsa.ca)
    _set(qtbot, page, tsa.url, page.roots.text())
    assert page.error.text() == ""
    assert timestamps.authority(vault) == timestamps.Authority(tsa.url, tsa.ca.read_bytes())
    digest = hashlib.sha256(tsa.ca.read_bytes()).hexdigest()
    assert page.current.text() == f"Authority: {tsa.url}\nRoot certificates, SHA-256: {digest}"
    assert desk.status.text() == "Time-stamping authority set."
    assert page.clear_button.isEnabled()

    # A stamping, then one that stops: the page says what the core kept of each.
    case_id = vault.save("case", {"title": "Stamped"}).item
    assert timestamps.stamp_case(vault, case_id).total == 1
    page.load()
    qtbot.waitUntil(lambda: "added" in page.last.text(), timeout=10_000)
    assert page.last.text().endswith(("1 token(s) added.", "1 token added."))
    tsa.down = True
    vault.save("note", {"text": "Later."}, case_id=case_id)
    with pytest.raises(timestamps.TsaError):
        timestamps.stamp_case(vault, case_id)
    page.load()
    qtbot.waitUntil(lambda: "stopped" in page.last.text(), timeout=10_000)
    assert "0 token" in page.last.text() and "503" in page.last.text()

    # Changed to another authority's roots.
    (tmp_path / "other").mkdir()
    other_ca, _ = tsa_support.make_keys(tmp_path / "other")
    _set(qtbot, page, "https://tsa.example.org/tsr", str(other_ca))
    assert timestamps.authority(vault) == timestamps.Authority(
        "https://tsa.example.org/tsr", other_ca.read_bytes()
    )
    assert "https://tsa.example.org/tsr" in page.current.text()

    # Clear asks first; No changes nothing, Yes forgets it.
    dialogs.confirms.append(False)
    page.clear_button.click()
    assert timestamps.authority(vault) is not None
    assert "tokens already kept stay" in dialogs.informed[-1][1]
    dialogs.confirms.append(True)
    page.clear_button.click()
    qtbot.waitUntil(lambda: timestamps.authority(vault) is None, timeout=10_000)
    qtbot.waitUntil(lambda: page.current.text().startswith("No time-stamping"), timeout=10_000)
    assert page.url.text() == "" and not page.clear_button.isEnabled()
    assert desk.status.text() == "Time-stamping authority cleared."
    desk.close()


def test_each_refusal_is_said_in_the_cores_words_and_changes_nothing(
    qtbot: Any, controller: AppController, tsa: tsa_support.Tsa, tmp_path: Path
) -> None:
    _, page = _page(qtbot, controller)
    vault = controller.vault
    assert vault is not None
    page.set_button.click()  # nothing typed
    assert page.error.text() == "Give the authority's address and its root certificates file."
    _set(qtbot, page, tsa.url, str(tsa.ca))
    before = timestamps.authority(vault)
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    with_key = tmp_path / "key.pem"
    with_key.write_bytes(tsa.ca.read_bytes() + (tsa.folder / "tsa.key").read_bytes())
    missing = tmp_path / "missing.pem"
    for url, roots, words in (
        ("ftp://tsa.example.org/", str(tsa.ca), timestamps.BAD_ADDRESS),
        ("https://user:pw@tsa.example.org/", str(tsa.ca), timestamps.ADDRESS_WITH_SECRET),
        ("https://tsa.example.org/", str(junk), timestamps.ROOTS_NOT_PEM),
        ("https://tsa.example.org/", str(with_key), timestamps.ROOTS_WITH_KEY),
    ):
        _set(qtbot, page, url, roots)
        qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
        assert page.error.text() == words, (url, roots)
        assert timestamps.authority(vault) == before
    _set(qtbot, page, "https://tsa.example.org/", str(missing))
    qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
    assert page.error.text().startswith(f"Cannot read the roots file {missing}: ")
    assert timestamps.authority(vault) == before
    qtbot.waitUntil(lambda: tsa.url in page.current.text(), timeout=10_000)  # still shown


def test_the_refusal_is_translated(
    qtbot: Any, controller: AppController, tsa: tsa_support.Tsa
) -> None:
    _, page = _page(qtbot, controller)
    controller.languages.apply("ru")
    try:
        _set(qtbot, page, "ftp://tsa.example.org/", str(tsa.ca))
        qtbot.waitUntil(lambda: page.error.text() != "", timeout=10_000)
        assert page.error.text() != timestamps.BAD_ADDRESS and "https://" in page.error.text()
        assert "адрес" in page.error.text()
    finally:
        controller.languages.apply("en")


def test_the_hq_menu_opens_the_page_at_the_address(
    qtbot: Any, controller: AppController
) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    hq = HqUi(main, main.ctx, None, None)
    assert hq.tsa_action.text() == "Time-stamping a&uthority…"
    assert hq.tsa_action in hq.menu.actions()
    hq.tsa_action.trigger()
    assert hq.desk is not None and hq.desk.tabs.currentWidget() is hq.desk.tsa
    hq.desk.close()
