"""Evidence in the app, on a real vault: the Vault menu's "Export evidence package…" asks for a
case to be open, writes the open case's package on a worker, and the package verifies;
"Verify an evidence package…" shows the command's own report (a tampered package names what
failed) and records the check in the case's custody log; "Time-stamp this case" (the HQ
menu's) asks a real ``openssl ts`` authority on loopback."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from tests.support import tsa as tsa_support
from tests.support.dialogs import ScriptedDialogs
from tests.support.ui_flow import create_vault
from vigil.evidence import custody, package, timestamps, verifier
from vigil.ui.controller import AppController
from vigil.ui.evidence_view import EvidenceUi


def test_the_open_case_is_exported_as_a_package_that_verifies(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    create_vault(qtbot, controller)
    assert controller.vault is not None and controller.main is not None
    main = controller.main
    case_id = controller.vault.save("case", {"title": "Exported from the app"}).item
    (action,) = [a for a in main.vault_menu.actions() if a.text() == "Export e&vidence package…"]
    names = [a.text() for a in main.vault_menu.actions()]
    assert names.index("Export e&vidence package…") < names.index("&Lock")
    action.trigger()
    assert dialogs.informed[-1][1] == "Open a case first."
    main.open_case(case_id)
    out = tmp_path / "package.zip"
    dialogs.saves.append(str(out))
    action.trigger()
    qtbot.waitUntil(lambda: dialogs.informed[-1][1].startswith("Wrote"), timeout=20_000)
    assert str(out) in dialogs.informed[-1][1]
    report = verifier.verify_package(str(out))
    assert report.ok, report.failures


def _evidence(controller: AppController) -> EvidenceUi:
    assert controller.main is not None
    found = controller.main.findChild(EvidenceUi)
    assert found is not None
    return found


def test_a_package_is_verified_in_the_app_with_the_words_of_the_command(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    create_vault(qtbot, controller)
    assert controller.vault is not None and controller.main is not None
    vault, main = controller.vault, controller.main
    case_id = vault.save("case", {"title": "Checked in the app"}).item
    vault.save("note", {"text": "Seen in court."}, case_id=case_id)
    out = tmp_path / "package.zip"
    package.export(vault, case_id, out, [])
    (action,) = [a for a in main.vault_menu.actions() if a.text() == "Veri&fy an evidence package…"]
    evidence = _evidence(controller)

    dialogs.files.append([str(out)])
    action.trigger()
    qtbot.waitUntil(lambda: evidence.report is not None, timeout=20_000)
    shown = evidence.report
    assert shown is not None and shown.isVisible()
    assert shown.report.toPlainText() == verifier.render(verifier.verify_package(str(out)))
    assert shown.headline.text().startswith("Verified")
    assert "recorded in the case's custody log" in shown.recorded.text()
    entries = [i.payload for i in vault.items(custody.KIND, case_id)]
    assert sorted(e["action"] for e in entries) == ["exported", "verified"]

    # A changed member: the headline says it failed, the report names the member first.
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(tampered, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "case.json":
                data = data.replace(b"court", b"courx")
            zout.writestr(info, data)
    dialogs.files.append([str(tampered)])
    action.trigger()
    qtbot.waitUntil(lambda: evidence.report is not shown, timeout=20_000)
    bad = evidence.report
    assert bad is not None and bad.headline.text().startswith("Not verified: 1 check")
    first = bad.report.toPlainText().splitlines()[0]
    assert first.startswith("FAILED: case.json")
    assert not shown.isVisible()  # one report at a time

    # Not a zip: said plainly, nothing recorded, no report.
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    count = len(dialogs.informed)
    dialogs.files.append([str(junk)])
    action.trigger()
    qtbot.waitUntil(lambda: len(dialogs.informed) > count, timeout=20_000)
    assert "junk.zip cannot be read as an evidence package" in dialogs.informed[-1][1]
    assert len(vault.items(custody.KIND, case_id)) == 3


def test_time_stamp_this_case_asks_the_authority_on_a_worker(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    create_vault(qtbot, controller)
    assert controller.vault is not None and controller.main is not None
    vault, main = controller.vault, controller.main
    evidence = _evidence(controller)
    # Not an HQ desk: the action is on no menu.
    menus = [a for m in main.menuBar().actions() if m.menu() for a in m.menu().actions()]
    assert evidence.stamp_action not in menus
    action = evidence.stamp_action
    action.trigger()
    assert dialogs.informed[-1][1] == "Open a case first."
    case_id = vault.save("case", {"title": "Stamped from the app"}).item
    main.open_case(case_id)
    count = len(dialogs.informed)
    action.trigger()
    qtbot.waitUntil(lambda: len(dialogs.informed) > count, timeout=20_000)
    assert "No time-stamping authority is set" in dialogs.informed[-1][1]

    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8 photo" * 100)
    vault.add_attachment(case_id, photo)
    tsa = tsa_support.start(tmp_path / "tsa")
    try:
        timestamps.configure(vault, tsa.url, tsa.ca.read_bytes())
        count = len(dialogs.informed)
        action.trigger()
        qtbot.waitUntil(lambda: len(dialogs.informed) > count, timeout=20_000)
        # (the English plural forms, when the English translation is installed)
        assert dialogs.informed[-1][1] in (
            "2 revision(s) time-stamped by the authority. "
            "1 attachment(s) time-stamped over the file's own SHA-256.",
            "2 revisions time-stamped by the authority. "
            "1 attachment time-stamped over the file's own SHA-256.",
        )
        assert tsa.requests == 3
        tsa.down = True
        count = len(dialogs.informed)
        vault.save("note", {"text": "Another."}, case_id=case_id)
        action.trigger()
        qtbot.waitUntil(lambda: len(dialogs.informed) > count, timeout=20_000)
        assert "503" in dialogs.informed[-1][1]
    finally:
        tsa.stop()


def test_the_desks_round_says_in_the_status_bar_what_it_stamped(
    qtbot: Any, controller: AppController
) -> None:
    from vigil.sync.engine import SyncReport
    from vigil.sync.round import RoundResult

    create_vault(qtbot, controller)
    assert controller.main is not None
    evidence = _evidence(controller)
    # What a desk's window connects (app_window: only when the vault is the HQ desk).
    controller.scheduler.stamped.connect(evidence.round_stamped)
    seen: list[tuple[int, str]] = []
    controller.scheduler.stamped.connect(lambda n, e: seen.append((n, e)))
    bar = controller.main.statusBar()
    controller.scheduler._done((RoundResult(SyncReport()), {}))
    assert seen == []  # nothing stamped, nothing stopped: nothing said
    controller.scheduler._done((RoundResult(SyncReport(), stamped=3), {}))
    assert seen == [(3, "")] and bar.currentMessage().startswith("3 time-stamp token")
    stopped = RoundResult(SyncReport(), stamped=1,
                          stamp_error="The time-stamping authority answered 503.")  # fmt: skip
    controller.scheduler._done((stopped, {}))
    assert "waits for the next sync round: The time-stamping authority answered 503." in (
        bar.currentMessage()
    )
    controller.scheduler.timer.stop()
