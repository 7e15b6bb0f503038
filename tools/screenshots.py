"""Real windows under Xvfb, saved as PNGs: ``make screenshots``.

Builds a throwaway vault holding the sample case, then walks the main screens in each
language (and the right-to-left pseudo-locale) and saves one PNG per screen:

    uv run python tools/screenshots.py --out build/screenshots [--languages en,ru,kk,pseudo]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from vigil.appeals.store import AppealStore
from vigil.cases.transfer import import_document, load_import_file
from vigil.crypto.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams
from vigil.resources import resource
from vigil.settings import Settings
from vigil.ui.controller import AppController
from vigil.ui.dialogs import SystemDialogs
from vigil.ui.i18n import Languages
from vigil.ui.worker import Runner
from vigil.vault.store import Vault

PASSPHRASE = "screenshot passphrase"  # noqa: S105 - a throwaway vault
KDF = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)


def settle(app: QApplication, ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def wait_for(app: QApplication, condition, timeout_ms: int = 20_000) -> None:  # type: ignore[no-untyped-def]
    waited = 0
    while not condition():
        settle(app, 50)
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError("the app did not reach the expected state")


def shoot(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def sample_ua(vault: Vault) -> None:
    """The sample urgent action, with appeals in three states for the status board."""
    store = AppealStore(vault)
    ((action_id, _ref, _new),) = store.import_bytes(
        resource("samples", "urgent-action.json").read_bytes(), "urgent-action.json"
    )
    for lang, target, status in (("kk", None, "sent"), ("ru", "prosecutor-general", "opened")):
        appeal = store.create_appeal(action_id, target, lang)
        store.set_status(appeal.id, status)
    reply = store.create_appeal(action_id, None, "en")
    store.set_status(reply.id, "reply", reply_date="2019-09-02", reply_text="Acknowledged.")


def shoot_appeals(app: QApplication, main_window: QWidget, out: Path, language: str) -> None:
    """The urgent actions area: the composer with a letter in the interface's language (in
    Kazakh for the pseudo-locale, the longest; in Chinese for Uyghur, which has no letters),
    then the status board."""
    main_window.show_appeals()  # type: ignore[attr-defined]
    area = main_window.appeals  # type: ignore[attr-defined]
    wait_for(app, lambda: area.composer.ua is not None)
    area.composer.follow_up.setChecked(True)  # the sample is closed: a follow-up letter
    wait_for(app, lambda: bool(area.composer.letters))
    composer = area.composer
    lang = {"pseudo": "kk", "ug": "zh"}.get(language, language)
    composer.language.setCurrentIndex(max(0, composer.language.findData(lang)))
    composer.sender_name.setText("Aigerim Sadykova")
    composer.sender_city.setText("Almaty")
    composer.note.setPlainText("I follow this case from Almaty.")
    settle(app, 600)
    wait_for(app, lambda: "Aigerim" in composer.preview.toPlainText())
    shoot(main_window, out / f"appeals-composer-{language}.png")
    area.tabs.setCurrentWidget(area.board)
    settle(app)
    shoot(main_window, out / f"appeals-board-{language}.png")
    area.tabs.setCurrentWidget(composer)


def shoot_dialogs(app: QApplication, main_window: QWidget, out: Path, language: str) -> None:
    """The field-safety and alert dialogs: raise an urgent alert, escrow, settings."""
    from vigil.ui.alerts_view import RaiseDialog
    from vigil.ui.escrow_view import EscrowDialog
    from vigil.ui.settings_dialog import SettingsDialog

    raise_dialog = RaiseDialog(main_window)
    raise_dialog.show()
    settle(app)
    shoot(raise_dialog, out / f"raise-alert-{language}.png")
    raise_dialog.close()
    escrow = EscrowDialog(main_window, main_window.ctx)  # type: ignore[attr-defined]
    escrow.show()
    settle(app)
    shoot(escrow, out / f"escrow-{language}.png")
    escrow.close()
    settings = SettingsDialog(
        Settings(language="en" if language == "pseudo" else language), main_window
    )
    settings.show()
    settle(app)
    shoot(settings, out / f"settings-{language}.png")
    settings.close()


def shoot_evidence(
    app: QApplication, main_window: QWidget, out: Path, language: str, case_id: str, tmp: Path
) -> None:
    """Verify an evidence package…: the report of a package that verifies, and of one whose
    case record was changed after it was signed (its failure named first)."""
    import zipfile

    from vigil.evidence import package, verifier
    from vigil.ui.evidence_view import EvidenceUi

    evidence = main_window.findChild(EvidenceUi)
    assert evidence is not None
    good, bad = tmp / f"evidence-{language}.zip", tmp / f"evidence-changed-{language}.zip"
    package.export(main_window.ctx.vault, case_id, good, [])  # type: ignore[attr-defined]
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            zout.writestr(info, data.replace(b"Almaty", b"Almaly") if info.filename ==
                          "case.json" else data)  # fmt: skip
    recorded = evidence.tr("This check is recorded in the case's custody log.")
    for path, name in ((good, "verified"), (bad, "failed")):
        report = verifier.verify_package(str(path))
        evidence.show_report(path.name, verifier.render(report), len(report.failures), recorded)
        settle(app)
        assert evidence.report is not None
        shoot(evidence.report, out / f"evidence-{name}-{language}.png")
        evidence.report.close()


def sample_enrolment_code(vault: Vault, kind: str = "device") -> str:
    """A code shaped like HQ's, made here for the picture: no server is asked (example.org).
    ``kind`` "admin": the server's admin code that sets the HQ desk up."""
    import base64
    import json
    from datetime import UTC, datetime, timedelta

    body = {
        "v": 1, "kind": kind, "role": "hq" if kind == "admin" else "field",
        "url": "https://hq.example.org",
        "pin": "sha256/" + base64.b64encode(bytes(range(32))).decode(),
        "secret": "A" * 43, "org": "Example HQ (sample)",
        "expires": (datetime.now(UTC) + timedelta(hours=24)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "hq_keys": [{"age": vault.identity.recipient_string,
                     "ed25519": base64.b64encode(vault.identity.verify_key_bytes).decode()}],
    }  # fmt: skip
    if kind == "admin":
        del body["hq_keys"]  # the desk brings them
    encoded = base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")
    return ("vigil-admin:" if kind == "admin" else "vigil-enrol:") + encoded


def shoot_field_screens(app: QApplication, ctl: AppController, out: Path, language: str) -> None:
    """Join HQ (a code checked), the Sync panel, a backup under way, changing the passphrase."""
    from vigil.ui.vault_tasks import BackupDialog, PassphraseChangeDialog

    assert ctl.window is not None
    main_window = ctl.window.main
    menu = ctl.window.sync_menu
    menu.open_join()
    join = menu.join_dialog
    assert join is not None
    join.code.setPlainText(sample_enrolment_code(main_window.ctx.vault))
    join.check()
    settle(app)
    shoot(join, out / f"join-hq-{language}.png")
    join.code.setPlainText(sample_enrolment_code(main_window.ctx.vault, "admin"))
    join.check()
    settle(app)
    shoot(join, out / f"join-hq-desk-{language}.png")
    join.close()
    menu.open_panel()
    panel = menu.panel
    assert panel is not None
    wait_for(app, lambda: panel.server.text() != "")
    # What a joined device shows (the screenshot vault is not enrolled): sample figures.
    panel.show_status({
        "enrolled": True, "org": "Example HQ (sample)", "url": "https://hq.example.org",
        "device_id": "5f0c9a2e71d4", "last_success": "2026-12-07T09:42:10Z", "last_error": "",
        "pending": 3, "pending_bytes": 48_213, "conflicts": 1,
        "integrity_alerts": [{"time": "2026-12-06T18:03:55Z", "kind": "withheld",
                              "detail": "revisions announced but not served"}],
    })  # fmt: skip
    settle(app)
    shoot(panel, out / f"sync-panel-{language}.png")
    panel.close()
    from vigil.vault.backup import plan

    vault = ctl.vault
    assert vault is not None
    plans = {False: plan(vault), True: plan(vault, True)}
    target = Path("/media/usb/vigil-backup-2026-12-07.age")
    backup = BackupDialog(main_window, target, plans)
    backup.show()
    settle(app)
    shoot(backup, out / f"backup-choice-{language}.png")  # before the start
    backup.x25519.setChecked(True)  # the choice for age 1.1, with its warning
    settle(app)
    shoot(backup, out / f"backup-x25519-{language}.png")
    backup.close()
    backup = BackupDialog(main_window, target, plans)
    backup.start_button.click()  # as after Back up (nothing is connected to write one)
    backup.moved(620, 1000)  # the bar moves, Cancel stops it
    backup.show()
    settle(app)
    shoot(backup, out / f"backup-{language}.png")
    backup.close()
    change = PassphraseChangeDialog(main_window)
    change.show()
    settle(app)
    shoot(change, out / f"change-passphrase-{language}.png")
    change.close()


def shoot_restore(app: QApplication, gate: QWidget, out: Path, language: str) -> None:
    from vigil.ui.restore_view import RestoreDialog

    restore = RestoreDialog(gate, Path("/home/field/Vigil-restored"))
    restore.file.setText("/media/usb/vigil-backup-2026-12-07.age")
    restore.show()
    settle(app)
    shoot(restore, out / f"restore-{language}.png")
    restore.close()


def shoot_tsa(app: QApplication, desk: QWidget, out: Path, language: str, base: Path) -> None:
    """The Time-stamping page: an authority set (a root made here, example.org: nothing is
    asked) with a last stamping, then a refused address with the core's words."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from vigil.evidence import timestamps

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Example TSA Root")])
    now = datetime.datetime.now(datetime.UTC)
    root = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(1)
        .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    roots = base / f"tsa-roots-{language}.pem"
    roots.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    page = desk.tsa  # type: ignore[attr-defined]
    vault = page.link.ctx.vault
    with vault.kept_open():
        timestamps.configure_from_file(vault, "https://tsa.example.org/tsr", roots)
        timestamps.record_result(vault, 3)
    page.url.clear()
    page.roots.clear()  # the roots file is a temporary one; its path means nothing to a reader
    desk.show_page(page)  # type: ignore[attr-defined]
    wait_for(app, lambda: "example.org" in page.current.text())
    settle(app)
    shoot(desk, out / f"hq-tsa-{language}.png")
    page.url.setText("ftp://tsa.example.org/tsr")
    page.set_button.click()
    wait_for(app, lambda: page.error.text() != "")
    settle(app)
    shoot(desk, out / f"hq-tsa-refused-{language}.png")
    with vault.kept_open():
        timestamps.clear(vault)


def shoot_hq(app: QApplication, out: Path, language: str, base: Path) -> None:
    """The HQ desk: the demo's HQ vault with its real server on loopback, every tab, with an
    enrolment code made, the sample urgent action checked and an alert written."""
    from vigil.demo import DEMO_PASSPHRASE, start_demo

    lang = "en" if language == "pseudo" else language
    demo = start_demo(base=base, settings=Settings(language=lang))
    try:
        if demo.server is None:
            print("no demo server here: the HQ desk is not shot", file=sys.stderr)
            return
        languages = Languages(app)
        languages.apply(lang, pseudo=language == "pseudo")
        runner = Runner()
        dialogs = _ScriptedFile(resource("samples", "urgent-action.json"))
        ctl = AppController(
            app, Settings(language=lang), demo.paths.hq, runner, dialogs, languages,
            settings_path=base / "hq-settings.json", kdf=KDF, credential_store=demo.store,
        )  # fmt: skip
        ctl.start(schedule_sync=False)
        ctl.gate.unlock.passphrase.setText(DEMO_PASSPHRASE)
        ctl.gate.unlock.unlock_button.click()
        wait_for(app, lambda: ctl.main is not None and ctl.hq_ui is not None)
        assert ctl.hq_ui is not None
        desk = ctl.hq_ui.open("devices")
        desk.resize(1100, 720)
        page = desk.devices
        wait_for(app, lambda: len(page.rows) >= 2)
        page.label.setText("Almaty laptop 2")
        page.make_code()
        wait_for(app, lambda: bool(page.code_text))
        page.select(next(r.id for r in page.rows if r.role == "field"))
        settle(app)
        shoot(desk, out / f"hq-devices-{language}.png")
        seize = page.seize.dialog(next(r for r in page.rows if r.role == "field"))
        seize.show()
        settle(app)
        shoot(seize, out / f"hq-seized-{language}.png")
        seize.close()
        desk.show_page(desk.publish)
        desk.publish.choose()
        wait_for(app, desk.publish.publish_button.isEnabled)
        settle(app)
        shoot(desk, out / f"hq-publish-{language}.png")
        desk.show_page(desk.alert)
        desk.alert.severity.setCurrentIndex(2)
        desk.alert.text.setPlainText("Checkpoints on the Almaty road: travel only in pairs.")
        settle(app)
        shoot(desk, out / f"hq-alert-{language}.png")
        desk.show_page(desk.field_alerts)
        settle(app)
        shoot(desk, out / f"hq-field-alerts-{language}.png")
        desk.show_page(desk.counts)
        settle(app)
        shoot(desk, out / f"hq-counts-{language}.png")
        desk.show_page(desk.integrity)
        settle(app)
        shoot(desk, out / f"hq-integrity-{language}.png")
        shoot_tsa(app, desk, out, language, base)
        ctl.lock("screenshots")
        settle(app)
        ctl.gate.close()
        runner.wait()
        for translator in languages.installed:
            app.removeTranslator(translator)
    finally:
        demo.stop()


class _ScriptedFile(SystemDialogs):
    """Answers every question yes and every file dialog with one file: a screenshot run has
    nobody to ask."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def open_file(self, parent: QWidget, title: str, filter_: str = "") -> str:
        return str(self.path)

    def confirm(self, parent: QWidget, title: str, text: str, action: str = "") -> bool:
        return True


def shoot_passphrase_screens(app: QApplication, gate: QWidget, out: Path, language: str) -> None:
    """The create page's meter at too short, weak and strong, and the recovery dialog refusing
    a weak new passphrase (the 12-character minimum and the zxcvbn score)."""
    from vigil.ui.gate import RecoverDialog

    create = gate.create  # type: ignore[attr-defined]
    gate.show_page(create)  # type: ignore[attr-defined]
    for name, text in (("short", "tulip"), ("weak", "password1234"),
                       ("strong", "copper lantern drifts over quiet harbour")):  # fmt: skip
        create.passphrase.setText(text)
        create.repeat.setText(text)
        settle(app)
        shoot(gate, out / f"create-{name}-{language}.png")
    create.clear()
    gate.show_page(gate.unlock)  # type: ignore[attr-defined]
    recover = RecoverDialog(gate)
    recover.key.setText("ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789-ABCD")
    recover.passphrase.setText("password1234")
    recover.repeat.setText("password1234")
    recover.show()
    recover.ok_button.click()  # refused: weak, the dialog stays with its reason
    settle(app)
    shoot(recover, out / f"recover-weak-{language}.png")
    recover.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="build/screenshots")
    parser.add_argument("--languages", default="en,ru,kk,pseudo")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        vault_dir = Path(tmp) / "vault"
        vault, _ = Vault.create(vault_dir, PASSPHRASE.encode(), KDF)
        with vault:
            (case_id,) = import_document(
                vault, load_import_file(resource("samples", "sample-case.json"))
            )
            sample_ua(vault)
        for language in args.languages.split(","):
            languages = Languages(app)
            languages.apply("en" if language == "pseudo" else language, pseudo=language == "pseudo")
            runner = Runner()
            ctl = AppController(
                app,
                # the views that name people pick the script from the interface's language
                Settings(language="en" if language == "pseudo" else language),
                vault_dir,
                runner,
                SystemDialogs(),
                languages,
                settings_path=Path(tmp) / "settings.json",
                kdf=KDF,
                demo_passphrase=PASSPHRASE,
            )
            ctl.start(schedule_sync=False)
            settle(app)
            shoot(ctl.gate, out / f"unlock-{language}.png")
            shoot_passphrase_screens(app, ctl.gate, out, language)
            shoot_restore(app, ctl.gate, out, language)
            ctl.gate.unlock.passphrase.setText(PASSPHRASE)
            ctl.gate.unlock.unlock_button.click()
            wait_for(app, lambda c=ctl: c.main is not None and c.main.cases.model.rowCount() > 0)
            main_window = ctl.main
            assert main_window is not None
            main_window.resize(1280, 800)
            settle(app)
            shoot(main_window, out / f"main-empty-{language}.png")  # no case open yet
            main_window.cases.select(case_id)
            settle(app)
            shoot(main_window, out / f"case-overview-{language}.png")
            ctl.theme.apply("dark")  # the same window in the dark theme
            settle(app)
            shoot(main_window, out / f"case-overview-dark-{language}.png")
            ctl.theme.apply("system")
            settle(app)
            timeline = main_window.case_view.timeline
            if timeline.events.topLevelItemCount() > 6:
                timeline.events.setCurrentItem(timeline.events.topLevelItem(6))
            for index, name in ((2, "timeline"), (1, "people"), (3, "notes")):
                main_window.case_view.setCurrentIndex(index)
                settle(app)
                shoot(main_window, out / f"case-{name}-{language}.png")
            main_window.open_search()
            dialog = main_window.search_dialog
            assert dialog is not None
            dialog.query.setText("Almaty")  # the sample case is written in English
            dialog.run_query()
            settle(app)
            shoot(dialog, out / f"search-{language}.png")
            dialog.close()
            shoot_appeals(app, main_window, out, language)
            shoot_dialogs(app, main_window, out, language)
            shoot_evidence(app, main_window, out, language, case_id, Path(tmp))
            shoot_field_screens(app, ctl, out, language)
            ctl.lock("screenshots")
            settle(app)
            ctl.gate.close()
            runner.wait()
            for translator in languages.installed:
                app.removeTranslator(translator)
            shoot_hq(app, out, language, Path(tmp) / "demo")
    return 0


if __name__ == "__main__":
    os.umask(0o077)
    sys.exit(main())
