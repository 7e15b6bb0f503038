"""UI tests: offscreen Qt, strict worker checks, OS dialogs answered by a stand-in."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["VIGIL_STRICT_THREADS"] = "1"

from PySide6.QtWidgets import QApplication

from tests.support.dialogs import ScriptedDialogs
from tests.support.vaults import FAST_KDF
from vigil.settings import Settings
from vigil.ui.controller import AppController
from vigil.ui.i18n import Languages
from vigil.ui.worker import Runner


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
