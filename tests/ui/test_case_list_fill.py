"""A long case list is filled in turns of the event loop, and never seen half-filled by
whatever changes, sorts, finds or clears rows meanwhile."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer

from vigil.ui.case_list import CaseListModel, CaseListPane
from vigil.vault.listing import CaseRow

FIRST, CHUNK = CaseListModel.FIRST_ROWS, CaseListModel.CHUNK_ROWS
TOTAL = FIRST + 2 * CHUNK + 7


def rows(count: int = TOTAL) -> list[CaseRow]:
    return [
        CaseRow(f"id{n:05}", f"Case {count - n:05}", "open", "KZ", ("arrest",), "2026-01-01")
        for n in range(count)
    ]


def test_the_first_rows_come_at_once_and_the_rest_in_later_turns(qtbot: Any) -> None:
    pane = CaseListPane()
    qtbot.addWidget(pane)
    turns: list[int] = []
    pane.model.rowsInserted.connect(lambda *_: turns.append(pane.model.rowCount()))
    QTimer.singleShot(0, lambda: turns.append(-1))  # queued before the fill's own turns
    pane.model.set_rows(rows())
    assert pane.model.rowCount() == FIRST
    qtbot.waitUntil(lambda: pane.model.rowCount() == TOTAL, timeout=5_000)
    assert turns == [-1, FIRST + CHUNK, FIRST + 2 * CHUNK, TOTAL]
    assert [r.id for r in pane.model.rows] == [r.id for r in rows()]  # in order, once each
    assert pane.proxy.rowCount() == TOTAL


def test_a_short_list_is_filled_at_once(qtbot: Any) -> None:
    model = CaseListModel()
    model.set_rows(rows(FIRST))
    assert model.rowCount() == FIRST


def test_changing_sorting_or_finding_rows_finishes_the_fill_first(qtbot: Any) -> None:
    model = CaseListModel()
    model.set_rows(rows())
    last = rows()[-1]
    assert model.row_of(last.id) == TOTAL - 1 and model.rowCount() == TOTAL

    model.set_rows(rows())
    model.upsert(CaseRow(last.id, "Renamed", "open", "KZ", (), "2026-01-02"))
    assert model.rowCount() == TOTAL  # updated in place, not appended before its turn
    assert [r.title for r in model.rows if r.id == last.id] == ["Renamed"]

    model.set_rows(rows())
    model.remove(last.id)
    assert model.rowCount() == TOTAL - 1 and model.row_of(last.id) == -1

    model.set_rows(rows())
    model.sort(0)
    assert model.rowCount() == TOTAL
    assert [r.title for r in model.rows] == sorted(r.title for r in rows())


def test_clearing_drops_the_rows_still_to_come(qtbot: Any) -> None:
    """Locking clears the list: no row the fill still held may arrive afterwards."""
    model = CaseListModel()
    model.set_rows(rows())
    model.clear()
    turned: list[bool] = []
    QTimer.singleShot(0, lambda: turned.append(True))  # after the fill's queued turn
    qtbot.waitUntil(lambda: bool(turned), timeout=5_000)
    assert model.rowCount() == 0 and model.rows == []
