"""Concurrent edits from two devices: both kept, the item marked, a person chooses."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.ui.history import HistoryDialog
from vigil.vault.merge import Trust, conflicts, merge
from vigil.vault.store import Vault


def make_conflict(tmp_path: Path) -> tuple[Vault, str, str]:
    """One vault, copied to a second device; the same note edited on both; merged back."""
    vault, _ = Vault.create(tmp_path / "laptop", PASSPHRASE, FAST_KDF)
    case_id = vault.save("case", {"title": "Shared case"}).item
    note = vault.save("note", {"text": "first words"}, case_id=case_id)
    vault.close()
    shutil.copytree(tmp_path / "laptop", tmp_path / "second")
    other = Vault.open(tmp_path / "second", PASSPHRASE)
    other.start_new_device()
    theirs = other.save("note", {"text": "edited on the second device"}, item_id=note.item)
    other.close()
    vault = Vault.open(tmp_path / "laptop", PASSPHRASE)
    vault.save("note", {"text": "edited on the laptop"}, item_id=note.item)
    report = merge(vault, [theirs.envelope], Trust())
    assert (report.added, report.conflicts, report.refused) == (1, 1, [])
    return vault, note.item, theirs.id


def test_merge_keeps_both_and_resolution_names_both(tmp_path: Path) -> None:
    vault, item_id, _theirs = make_conflict(tmp_path)
    with vault:
        assert list(conflicts(vault)) == [item_id]
        texts = {r.payload["text"] for r in vault.history(item_id)}
        assert {"edited on the laptop", "edited on the second device"} <= texts


def test_history_dialog_shows_the_conflict_and_keeps_a_version(qtbot: Any, tmp_path: Path) -> None:
    vault, item_id, theirs = make_conflict(tmp_path)
    with vault:
        dialog = HistoryDialog(vault, item_id)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.conflict_note.isVisible() and dialog.keep_button.isVisible()
        row = next(i for i, r in enumerate(dialog.revisions) if r.id == theirs)
        assert dialog.list.item(row).text().startswith("⚠")
        dialog.list.setCurrentRow(row)
        assert "edited on the second device" in dialog.after.toPlainText()
        shown = vault.get(item_id)
        assert shown is not None
        assert shown.payload["text"] in dialog.before.toPlainText()
        with qtbot.waitSignal(dialog.restored):
            dialog.keep_button.click()
        assert conflicts(vault) == {}
        current = vault.get(item_id)
        assert current is not None and current.payload["text"] == "edited on the second device"
        resolution = vault.history(item_id)[-1]
        assert set(resolution.parents) == {shown.head, theirs}
        assert not dialog.conflict_note.isVisible()
