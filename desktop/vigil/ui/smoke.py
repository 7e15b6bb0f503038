"""``vigil --smoke-test``: open the app, unlock the vault as a person would, report, quit.

It checks that an installed or packaged app really starts: Qt and its platform plugin load, the
translations are found, the unlock window appears, Argon2id and SQLCipher open the vault on the
worker, and the main window is built. The passphrase comes from ``--passphrase-file`` (a file or
a pipe such as /dev/stdin), never from the command line or the environment.

The app's status is 0 once unlocked, 2 with no unlock window (no vault there), 3 when the
unlock is refused and 1 on a time-out; the command names it and exits 1 unless it is 0.
"""

from __future__ import annotations

import sys
from typing import TextIO

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from vigil.resources import resources_dir
from vigil.ui.controller import AppController

TIMEOUT_MS = 180_000  # Argon2id at a strong setting on a slow machine, with room to spare


def unlock_then_quit(app: QApplication, controller: AppController, passphrase: str) -> None:
    def say(text: str, stream: TextIO = sys.stdout) -> None:
        print(f"vigil smoke test: {text}", file=stream, flush=True)

    def submit() -> None:
        page = controller.gate.unlock
        if not controller.gate.isVisible() or controller.gate.stack.currentWidget() is not page:
            say(f"no unlock window: no vault in {controller.vault_dir}", sys.stderr)
            app.exit(2)
            return
        # Printed in the interface language: shows that the compiled translations were found.
        say(f"unlock window '{page.unlock_button.text()}' ({controller.languages.current})")
        page.passphrase.setText(passphrase)
        page.unlock_button.click()

    def unlocked() -> None:
        vault = controller.vault
        cases = len(vault.items("case")) if vault is not None else 0
        say(f"unlocked, {cases} cases; resources in {resources_dir()}")
        app.quit()  # the normal way out: locks, saves and waits for the workers

    def failed(text: str) -> None:
        say(f"unlock failed: {text}", sys.stderr)
        app.exit(3)

    def timed_out() -> None:
        say("timed out before the vault was unlocked", sys.stderr)
        app.exit(1)

    controller.unlocked.connect(unlocked)
    controller.unlock_failed.connect(failed)
    QTimer.singleShot(0, submit)
    QTimer.singleShot(TIMEOUT_MS, timed_out)
