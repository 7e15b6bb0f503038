"""The case list's filters: status, country and a part of a tag, alone or together, on rows
as they come and as they change."""

from __future__ import annotations

from typing import Any

from vigil.ui.case_list import CaseListPane
from vigil.vault.listing import CaseRow

ROWS = [
    CaseRow("a", "Aigerim", "open", "KZ", ("arrest", "Жаңаөзен"), "2026-01-01"),
    CaseRow("b", "Bolat", "closed", "KZ", ("torture",), "2026-01-02"),
    CaseRow("c", "Chynara", "open", "KG", ("ab", "cd"), "2026-01-03"),
    CaseRow("d", "Dina", "monitoring", "", (), "2026-01-04"),
    CaseRow("e", "Erlan", "open", "UZ", ("a.b", "x(y", "[z]"), "2026-01-05"),
]


def shown(pane: CaseListPane) -> list[str]:
    proxy = pane.proxy
    return sorted(str(proxy.index(r, 0).data()) for r in range(proxy.rowCount()))


def filtered(pane: CaseListPane, status: str = "", country: str = "", tag: str = "") -> list[str]:
    pane.status.setCurrentIndex(max(0, pane.status.findData(status)))
    pane.country.setText(country)
    pane.tag.setText(tag)
    return shown(pane)


def test_each_filter_and_their_combination(qtbot: Any) -> None:
    pane = CaseListPane()
    qtbot.addWidget(pane)
    pane.model.set_rows(list(ROWS))
    everyone = ["Aigerim", "Bolat", "Chynara", "Dina", "Erlan"]
    assert shown(pane) == everyone
    assert filtered(pane, status="open") == ["Aigerim", "Chynara", "Erlan"]
    assert filtered(pane, country="kz") == ["Aigerim", "Bolat"]  # typed in lower case
    assert filtered(pane, tag="TORT") == ["Bolat"]  # part of a tag, any case
    assert filtered(pane, tag="ЖАҢА") == ["Aigerim"]  # Kazakh letters fold too
    assert filtered(pane, tag="  arrest ") == ["Aigerim"]  # spaces around are dropped
    assert filtered(pane, status="open", country="KZ") == ["Aigerim"]
    assert filtered(pane, status="open", country="KZ", tag="tort") == []
    assert filtered(pane, status="closed", tag="tort") == ["Bolat"]
    assert filtered(pane) == everyone


def test_a_tag_filter_matches_within_one_tag_and_literally(qtbot: Any) -> None:
    pane = CaseListPane()
    qtbot.addWidget(pane)
    pane.model.set_rows(list(ROWS))
    assert filtered(pane, tag="bc") == []  # "ab" then "cd": not across two tags
    assert filtered(pane, tag="b") == ["Chynara", "Erlan"]
    assert filtered(pane, tag="a.b") == ["Erlan"]  # a dot is a dot
    assert filtered(pane, tag="x(") == ["Erlan"]
    assert filtered(pane, tag="[z]") == ["Erlan"]
    assert filtered(pane, tag="a*") == []
    assert filtered(pane, country="K.") == []


def test_rows_added_or_changed_under_a_filter_are_filtered(qtbot: Any) -> None:
    pane = CaseListPane()
    qtbot.addWidget(pane)
    pane.model.set_rows(list(ROWS))
    assert filtered(pane, status="closed") == ["Bolat"]
    pane.model.upsert(CaseRow("f", "Farida", "closed", "KZ", (), "2026-01-06"))
    pane.model.upsert(CaseRow("g", "Gulnar", "open", "KZ", (), "2026-01-07"))
    assert shown(pane) == ["Bolat", "Farida"]
    pane.model.upsert(CaseRow("b", "Bolat", "open", "KZ", ("torture",), "2026-01-08"))
    assert shown(pane) == ["Farida"]
    pane.model.set_rows(list(ROWS))  # as after an import: the filter still holds
    assert shown(pane) == ["Bolat"]
