"""The app's import asks before it duplicates cases (issue 20), with the same check as
'vigil import' (cases/transfer.py: already_there): the file's cases that this vault already
holds are named, and the person imports only the others, all again as new cases, or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.dialogs import ScriptedDialogs
from tests.support.ui_flow import create_vault
from vigil.ui.controller import AppController

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "sample-case.json"


def test_importing_a_file_twice_asks_and_does_what_was_chosen(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs
) -> None:
    create_vault(qtbot, controller)
    main, vault = controller.main, controller.vault
    assert main is not None and vault is not None

    def cases() -> int:
        return len(vault.items("case"))

    def import_with(*choice: int) -> None:
        asked = len(dialogs.informed)
        dialogs.files.append([str(SAMPLE)])
        dialogs.choices.extend(choice)
        main.import_action.trigger()
        qtbot.waitUntil(lambda: "mport" in main.statusBar().currentMessage(), timeout=10_000)
        assert len(dialogs.informed) == asked + len(choice)  # asked exactly when expected

    import_with()  # a new file: nothing to ask
    assert cases() == 1 and main.statusBar().currentMessage().startswith("Imported 1 case")
    title = vault.items("case")[0].title

    main.statusBar().clearMessage()
    import_with(-1)  # asked, and Cancel
    question_title, question = dialogs.informed[-1]
    assert question_title == "Cases already here"
    assert question.startswith("1 of the 1 cases in this file are already in this vault")
    assert title in question
    assert cases() == 1 and main.statusBar().currentMessage() == "Nothing was imported."

    main.statusBar().clearMessage()
    import_with(0)  # only the others: there are none
    assert cases() == 1
    said = main.statusBar().currentMessage()
    assert said.startswith("Imported 0 case") and said.endswith("Left out 1 already here.")

    main.statusBar().clearMessage()
    import_with(1)  # all again, as new cases
    said = main.statusBar().currentMessage()
    assert cases() == 2 and said.startswith("Imported 1 case") and "Left out" not in said
