"""The composition root: everything the app needs is built here and handed down."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from vigil import logs
from vigil.hardening import harden
from vigil.settings import load as load_settings
from vigil.ui.controller import AppController
from vigil.ui.dialogs import SystemDialogs
from vigil.ui.i18n import Languages
from vigil.ui.worker import Runner
from vigil.vault.files import default_vault_dir


def run(
    argv: Sequence[str],
    vault_dir: Path | None = None,
    demo_passphrase: str | None = None,
) -> int:
    harden()
    with contextlib.suppress(OSError):  # a read-only log folder must not stop the app
        logs.setup()
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Vigil")
    app.setOrganizationName("Vigil")
    app.setDesktopFileName("org.vigil.Vigil")
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
    )
    controller.start()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(run(sys.argv))
