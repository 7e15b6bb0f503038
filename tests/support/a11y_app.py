"""The app's side of the accessibility-tree test: the real controller and windows, shown one
screen after another for the walker outside (tests/support/atspi_walker.py) to read.

    python -m tests.support.a11y_app --base DIR [--hq]

A throwaway vault holds the sample case and the sample urgent action. The unlock screen is
unlocked from the outside keyboard (``A11Y type``); every other screen is opened the way its
menu would, then announced with ``A11Y screen NAME`` and left up until the walker answers
``next`` on stdin. The event loop keeps running while the walker reads: Qt answers AT-SPI
on the GUI thread. With ``--hq`` it also opens the demo's HQ desk, against the demo's own
server on loopback, and walks each of its pages.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tests.support.vaults import FAST_KDF
from vigil.appeals.store import AppealStore
from vigil.cases.transfer import import_document, load_import_file
from vigil.resources import resource
from vigil.settings import Settings
from vigil.ui.controller import AppController
from vigil.ui.dialogs import SystemDialogs
from vigil.ui.i18n import Languages
from vigil.ui.worker import Runner
from vigil.vault.store import Vault

PASSPHRASE = "accessible lantern harbour"


def settle(ms: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], object], timeout_ms: int = 30_000) -> None:
    waited = 0
    while not condition():
        settle(50)
        waited += 50
        if waited > timeout_ms:
            raise TimeoutError("the app did not reach the expected state")


def say(line: str) -> None:
    print(f"A11Y {line}", flush=True)


def next_line() -> str:
    """The walker's answer, read without blocking the event loop."""
    loop = QEventLoop()
    got: list[str] = []
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def readable() -> None:
        got.append(sys.stdin.readline())
        loop.quit()

    notifier.activated.connect(readable)
    loop.exec()
    notifier.setEnabled(False)
    return got[0].strip()


def show(name: str, window: QWidget) -> None:
    """Bring ``window`` to the front, with keyboard focus, and let the walker read it."""
    window.show()
    window.raise_()
    window.activateWindow()
    wait_for(window.isActiveWindow, 10_000)
    settle(300)
    say(f"screen {name}")
    if next_line() != "next":
        raise SystemExit("the walker stopped")


def make_vault(folder: Path) -> str:
    vault, _ = Vault.create(folder, PASSPHRASE.encode(), FAST_KDF)
    with vault:
        (case_id,) = import_document(
            vault, load_import_file(resource("samples", "sample-case.json"))
        )
        AppealStore(vault).import_bytes(
            resource("samples", "urgent-action.json").read_bytes(), "urgent-action.json"
        )
    return str(case_id)


def field_screens(app: QApplication, base: Path) -> None:
    from vigil.ui.editors import PersonDialog

    case_id = make_vault(base / "vault")
    runner = Runner()
    ctl = AppController(
        app, Settings(), base / "vault", runner, SystemDialogs(), Languages(app),
        settings_path=base / "settings.json", kdf=FAST_KDF,
    )  # fmt: skip
    ctl.wipe_also = (base / "settings.json", base / "vigil.log")
    ctl.start(schedule_sync=False)
    show("unlock", ctl.gate)
    ctl.gate.unlock.passphrase.setFocus()
    say(f"type {PASSPHRASE}")  # unlocked from the keyboard: the passphrase, then Return
    wait_for(lambda: ctl.main is not None and ctl.main.cases.model.rowCount() > 0)
    main = ctl.main
    assert main is not None
    main.resize(1280, 800)
    show("case-list", main)
    main.cases.select(case_id)
    view = main.case_view
    for index in range(view.count()):
        view.setCurrentIndex(index)
        show(f"case-{view.widget(index).objectName() or index}", main)
    editor = PersonDialog(None, main)
    show("person-editor", editor)
    editor.close()
    main.show_appeals()
    composer = main.appeals.composer
    wait_for(lambda: composer.ua is not None)
    # The sample action is closed: a follow-up letter, so the preview and every output
    # button are there to be walked too.
    composer.follow_up.setChecked(True)
    composer.sender_name.setText("Aigerim Sadykova")
    composer.sender_city.setText("Almaty")
    wait_for(lambda: "Aigerim" in composer.preview.toPlainText())
    show("composer", main)
    assert ctl.window is not None
    sync_menu = ctl.window.sync_menu
    sync_menu.open_panel()
    panel = sync_menu.panel
    assert panel is not None
    show("sync-panel", panel)
    panel.close()
    sync_menu.open_join()
    join = sync_menu.join_dialog
    assert join is not None
    show("join-hq", join)
    join.close()
    ctl.lock("test")
    settle()
    ctl.gate.close()
    runner.wait()


def hq_screens(app: QApplication, base: Path) -> None:
    from vigil.demo import DEMO_PASSPHRASE, start_demo

    demo = start_demo(base=base / "demo", settings=Settings())
    try:
        if demo.server is None:
            raise SystemExit("the demo's server did not start")
        runner = Runner()
        ctl = AppController(
            app, Settings(), demo.paths.hq, runner, SystemDialogs(), Languages(app),
            settings_path=base / "hq-settings.json", kdf=FAST_KDF, credential_store=demo.store,
        )  # fmt: skip
        ctl.wipe_also = (base / "hq-settings.json", base / "hq.log")
        ctl.start(schedule_sync=False)
        ctl.gate.unlock.passphrase.setText(DEMO_PASSPHRASE)
        ctl.gate.unlock.unlock_button.click()
        wait_for(lambda: ctl.main is not None and ctl.hq_ui is not None)
        assert ctl.hq_ui is not None
        desk = ctl.hq_ui.open("devices")
        desk.resize(1100, 720)
        wait_for(lambda: len(desk.devices.rows) >= 2)
        for index in range(desk.tabs.count()):  # every page, those added later too
            page = desk.tabs.widget(index)
            desk.show_page(page)
            show(f"hq-{type(page).__name__}", desk)
        ctl.lock("test")
        settle()
        ctl.gate.close()
        runner.wait()
    finally:
        demo.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--hq", action="store_true")
    args = parser.parse_args()
    app = QApplication(["vigil"])
    app.setApplicationName("Vigil")
    base = Path(args.base)
    field_screens(app, base)
    if args.hq:
        hq_screens(app, base)
    say("done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
