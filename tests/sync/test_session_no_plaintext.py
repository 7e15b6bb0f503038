"""A full session of the app leaves no plaintext behind: create a vault, document the sample
case, attach, view, open in another program, search, enrol and sync with a real server on
loopback TLS (credential in the real Secret Service), lock, quit. Then every byte of every
file under the session's private HOME (its settings, logs, XDG folders), its TMPDIR and
XDG_RUNTIME_DIR, the vault folder, the server's data folder, and every file created or changed
in the system temp folder meanwhile is scanned for the case's names and texts.

Not in this session yet: rendering a letter (the appeals work adds that step).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from tests.support.cli import make_cli
from tests.support.dialogs import ScriptedDialogs
from tests.support.plaintext import files_under, snapshot
from tests.support.server import ServerProcess
from tests.support.ui_flow import create_vault
from tests.support.vaults import FAST_KDF
from vigil.appeals.store import AppealStore
from vigil.cases.transfer import import_document, load_import_file
from vigil.resources import resource
from vigil.settings import Settings
from vigil.ui.controller import AppController
from vigil.ui.i18n import Languages
from vigil.ui.worker import Runner

NOTE = "Quillfeather reports Bilash was followed to the Zharkent bus station"
ATTACHED = "ATTACHMARK Vellichor witness list for the Almaty hearing"


def _sample_texts() -> list[str]:
    """The sample case's own names and texts: what must never be found in the clear."""
    case = json.loads(resource("samples", "sample-case.json").read_text("utf-8"))["cases"][0]
    texts = [case["title"], case["summary"].split(".")[0]]
    for person in case.get("people", []):
        texts += [n["text"] for n in person["names"]]
    texts += [event["text"].split(".")[0] for event in case["events"]]
    texts += [note["text"].split(".")[0] for note in case["notes"]]
    return [t for t in texts if len(t) >= 8]


def _letter_texts() -> list[str]:
    """What the sample letters say beyond the case: their demands and template sentences."""
    doc = json.loads(resource("samples", "urgent-action.json").read_text("utf-8"))
    ua = doc["urgent_actions"][0]
    texts = [demand[lang] for demand in ua["demands"] for lang in ("en", "ru", "kk")]
    texts += ["Nobody should have to give up their freedom of expression"]
    return texts


def needles(texts: list[str]) -> dict[bytes, str]:
    found: dict[bytes, str] = {}
    for text in texts:
        for form in {text, text.lower()}:
            for encoding in ("utf-8", "utf-16-le"):
                found[form.encode(encoding)] = f"{form[:40]!r} ({encoding})"
    return found


def scan(paths: list[Path], patterns: dict[bytes, str]) -> list[str]:
    leaks: list[str] = []
    for path in paths:
        try:
            data = path.read_bytes()
        except (FileNotFoundError, PermissionError, IsADirectoryError):
            continue
        leaks += [f"{path}: {what}" for needle, what in patterns.items() if needle in data]
    return leaks


@pytest.fixture
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Private HOME, TMPDIR, XDG folders and log folder for everything the app writes."""
    root = tmp_path / "session"
    for name in ("home", "tmp", "config", "data", "cache", "state", "run", "logs"):
        (root / name).mkdir(parents=True, mode=0o700)
    monkeypatch.setenv("HOME", str(root / "home"))
    monkeypatch.setenv("TMPDIR", str(root / "tmp"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(root / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(root / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(root / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(root / "state"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(root / "run"))
    monkeypatch.setenv("VIGIL_LOG_DIR", str(root / "logs"))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again
    yield root


# About 12 s on a quiet machine (a whole session: the app, HQ's CLI, a server, a sync and a
# scan of every file): make test (CI) runs it, make test-fast does not.
@pytest.mark.slow
def test_full_session_leaves_no_plaintext(
    qtbot: Any,
    qapp: QApplication,
    session: Path,
    server: ServerProcess,
    secret_service: Any,
    tmp_path: Path,
) -> None:
    import logging

    from vigil.logs import setup as setup_logging
    from vigil.sync.credentials import KeyringStore
    from vigil.sync.session import enrol_field

    system_tmp = Path("/tmp")  # the shared one, whatever TMPDIR says
    before = snapshot(system_tmp)
    app_log = logging.getLogger("vigil")
    saved = (app_log.handlers[:], app_log.level, app_log.propagate)
    setup_logging(log_dir=session / "logs")  # as the app does, into the session's log folder
    hq = make_cli(tmp_path / "hq-desk", "hq")  # its own home: HQ is another computer
    hq("hq", "init", server.admin_code)

    runner = Runner()
    dialogs = ScriptedDialogs()
    vault_dir = session / "data" / "vigil" / "vault"
    controller = AppController(
        qapp, Settings(), vault_dir, runner, dialogs, Languages(qapp),
        settings_path=session / "config" / "vigil" / "settings.json", kdf=FAST_KDF,
    )  # fmt: skip
    controller.wipe_also = ()
    try:
        create_vault(qtbot, controller)
        main, vault = controller.main, controller.vault
        assert main is not None and vault is not None
        # document the sample case, then work on it in the UI
        case_ids = import_document(vault, load_import_file(resource("samples", "sample-case.json")))
        main.open_case(case_ids[0])
        view = main.case_view
        view.setCurrentWidget(view.notes)
        view.notes.new_button.click()
        qtbot.keyClicks(view.notes.editor, NOTE)
        qtbot.waitUntil(lambda: view.notes.status.text() == "Saved, encrypted.", timeout=5_000)
        inputs = tmp_path / "inputs"  # what the person brings in, plaintext on purpose
        inputs.mkdir()
        (inputs / "witnesses.txt").write_text(ATTACHED + "\n", "utf-8")
        view.attachments.add_files([str(inputs / "witnesses.txt")])
        qtbot.waitUntil(lambda: view.attachments.list.count() == 1, timeout=10_000)
        view.attachments.list.setCurrentRow(0)
        qtbot.waitUntil(
            lambda: "Vellichor" in view.attachments.viewer.text.toPlainText(), timeout=10_000
        )
        opened: list[QUrl] = []
        view.attachments.open_url = lambda url: opened.append(url) or True
        dialogs.confirms = [True]
        view.attachments.open_outside()
        qtbot.waitUntil(lambda: opened != [], timeout=5_000)
        copy = Path(opened[0].toLocalFile())
        assert copy.read_text("utf-8").startswith(ATTACHED)  # the one sanctioned copy...
        assert vault.search("Zharkent")

        # render a letter: the sample urgent action, previewed in the composer and saved as
        # a PDF where the person chose (their own plaintext copy, outside the scanned folders)
        AppealStore(vault).import_bytes(
            resource("samples", "urgent-action.json").read_bytes(), "urgent-action.json"
        )
        main.show_appeals()
        area = main.appeals
        qtbot.waitUntil(lambda: area.list.topLevelItemCount() == 1, timeout=10_000)
        qtbot.waitUntil(lambda: area.composer.ua is not None, timeout=10_000)
        area.composer.follow_up.setChecked(True)  # the sample is closed: a follow-up letter
        qtbot.waitUntil(lambda: bool(area.composer.letters), timeout=10_000)
        area.composer.sender_name.setText("Session Signer")
        letter_out = inputs / "letter.pdf"
        dialogs.saves.append(str(letter_out))
        area.composer.outputs.pdf_button.click()
        qtbot.waitUntil(lambda: letter_out.exists(), timeout=20_000)
        assert letter_out.read_bytes().startswith(b"%PDF-")

        # enrol and sync from the app
        enrol_field(vault, hq("hq", "enrol-code").last_line, KeyringStore())
        with qtbot.waitSignal(controller.scheduler.finished, timeout=60_000) as round_:
            main.sync_requested.emit()
        assert round_.args[0].error == "" and round_.args[0].pushed > 0
        controller.lock()
        assert not copy.exists()  # ...is gone at the lock
    finally:
        controller.shutdown()
        controller.gate.close()
        runner.wait()
        for handler in app_log.handlers:
            handler.close()
        app_log.handlers[:], app_log.level, app_log.propagate = saved

    # HQ really received the session's work
    hq("sync", "now")
    assert any("Bilash" in c["title"] for c in json.loads(hq("case", "list", "--json").stdout))

    # New files in the shared temp folder, outside pytest's own folders (where this test keeps
    # its plaintext inputs, and parallel test runs theirs): the app must have written none.
    pytest_base = tmp_path.parents[1]
    changed = [
        p for p in snapshot(system_tmp) if p not in before and not p.is_relative_to(pytest_base)
    ]
    files = list(files_under(session)) + changed + list(files_under(server.data))
    assert any(p.name == "vault.db" for p in files) and any(p.suffix == ".log" for p in files)
    patterns = needles([*_sample_texts(), *_letter_texts(), NOTE, ATTACHED])
    leaks = scan(files, patterns)
    assert leaks == [], "plaintext found:\n" + "\n".join(leaks)
    # the scan itself works: it finds the texts where they are in the clear on purpose
    assert scan(list(files_under(inputs)), patterns)
    assert len(_sample_texts()) >= 4
