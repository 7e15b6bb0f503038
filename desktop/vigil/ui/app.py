"""The composition root: everything the app needs is built here and handed down."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from vigil import logs, quit_signals
from vigil.hardening import harden
from vigil.resources import resource
from vigil.settings import load as load_settings
from vigil.ui.controller import AppController
from vigil.ui.dialogs import SystemDialogs
from vigil.ui.i18n import Languages
from vigil.ui.worker import Runner
from vigil.vault.files import default_vault_dir


def app_icon() -> QIcon:
    """The candle, from the one SVG the Linux icons are also rendered from."""
    return QIcon(str(resource("icons", "org.vigil.Vigil.svg")))


def run(
    argv: Sequence[str],
    vault_dir: Path | None = None,
    demo_passphrase: str | None = None,
    smoke_passphrase: bytes | None = None,
    credential_store: Any = None,
) -> int:
    quit_signals.hold()
    harden()
    with contextlib.suppress(OSError):  # a read-only log folder must not stop the app
        logs.setup()
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Vigil")
    app.setOrganizationName("Vigil")
    app.setDesktopFileName("org.vigil.Vigil")
    app.setWindowIcon(app_icon())
    settings = load_settings()
    languages = Languages(app)
    languages.apply(settings.language, pseudo=os.environ.get("VIGIL_PSEUDO_LOCALE") == "1")
    chosen = vault_dir or (Path(settings.vault_dir) if settings.vault_dir else default_vault_dir())
    controller = AppController(
        app,
        settings,
        chosen,
        Runner(),
        SystemDialogs(),
        languages,
        demo_passphrase=demo_passphrase,
        credential_store=credential_store,
    )
    quit_on_signals(app)
    controller.start()
    if smoke_passphrase is not None:  # vigil --smoke-test: unlock, report, quit
        from vigil.ui.smoke import unlock_then_quit

        unlock_then_quit(app, controller, smoke_passphrase.decode("utf-8", "replace"))
    return int(app.exec())


def quit_on_signals(app: QApplication) -> None:
    """Ctrl+C in the terminal, SIGTERM (logout, a service manager) and SIGHUP quit the app
    the ordinary way: pending edits saved, the vault locked and, in the demo, its server
    stopped; one that came while starting (vigil/quit_signals.py) quits at once. Python runs
    a signal handler only when it gets control back, and an idle Qt event loop never gives
    it, so a timer does twice a second."""

    def handler(_signum: int, _frame: Any) -> None:
        app.quit()

    quit_signals.install(handler)
    if quit_signals.received():  # came while starting (quit_signals.hold): quit at once
        QTimer.singleShot(0, app.quit)
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)


if __name__ == "__main__":
    sys.exit(run(sys.argv))
