"""The Vault menu's "Export evidence package…" in the app, on a real vault: it asks for a case
to be open, writes the open case's package on a worker, and the package verifies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.dialogs import ScriptedDialogs
from tests.support.ui_flow import create_vault
from vigil.evidence import verifier
from vigil.ui.controller import AppController


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
