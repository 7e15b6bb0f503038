"""UI tests: offscreen Qt, strict worker checks, OS dialogs answered by a stand-in."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["VIGIL_STRICT_THREADS"] = "1"

from PySide6.QtWidgets import QApplication

from tests.conftest import FAST_KDF
from vigil.settings import Settings
from vigil.ui.controller import AppController
from vigil.ui.dialogs import SystemDialogs
from vigil.ui.i18n import Languages
from vigil.ui.worker import Runner


class ScriptedDialogs(SystemDialogs):
    """Answers the OS dialogs from queues the test fills; records what was asked."""

    def __init__(self) -> None:
        self.files: list[list[str]] = []
        self.saves: list[str] = []
        self.folders: list[str] = []
        self.confirms: list[bool] = []
        self.informed: list[tuple[str, str]] = []
        self.printed: list[str] = []

    def open_files(self, parent: Any, title: str) -> list[str]:
        return self.files.pop(0) if self.files else []

    def open_file(self, parent: Any, title: str, filter_: str = "") -> str:
        return self.files.pop(0)[0] if self.files else ""

    def save_file(self, parent: Any, title: str, suggested: str) -> str:
        return self.saves.pop(0) if self.saves else ""

    def folder(self, parent: Any, title: str) -> str:
        return self.folders.pop(0) if self.folders else ""

    def confirm(self, parent: Any, title: str, text: str) -> bool:
        self.informed.append((title, text))
        return self.confirms.pop(0) if self.confirms else False

    def inform(self, parent: Any, title: str, text: str, warning: bool = False) -> None:
        self.informed.append((title, text))

    def print_text(self, parent: Any, text: str) -> bool:
        self.printed.append(text)
        return True


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def controller(
    qapp: QApplication, tmp_path: Path, dialogs: ScriptedDialogs
) -> Iterator[AppController]:
    runner = Runner()
    ctl = AppController(
        qapp,
        Settings(),
        tmp_path / "vault",
        runner,
        dialogs,
        Languages(qapp),
        settings_path=tmp_path / "settings.json",
        kdf=FAST_KDF,
    )
    # never the real ones
    ctl.wipe_also = (tmp_path / "settings.json", tmp_path / "logs" / "vigil.log")
    yield ctl
    ctl.shutdown()
    ctl.gate.close()
    ctl.gate.deleteLater()
    runner.wait()
