"""The composer's and the HQ desk's form fields have access keys, as KeePassXC's entry form
does (Alt+T title, Alt+U user name): each label underlines a letter, names its field as its
buddy, and no two things a person can reach with Alt on the same page share the letter, in
every interface language."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QWidget

from tests.support.ui_flow import create_vault
from vigil.appeals.store import AppealStore
from vigil.ui.composer import Composer
from vigil.ui.controller import AppController
from vigil.ui.hq_desk import HqDesk

KEY = re.compile(r"&(?!&)(\w)")


def key(text: str) -> str | None:
    found = KEY.search(text)
    return found.group(1).casefold() if found else None


def form_labels(page: QWidget) -> Iterator[tuple[QLabel, QWidget]]:
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item is not None else None
            field = field_item.widget() if field_item is not None else None
            if isinstance(label, QLabel) and label.text() and field is not None:
                yield label, field


def problems(page: QWidget, taken: dict[str, str]) -> list[str]:
    """Labels without a key or buddy, and keys that clash with ``taken`` (the window's menu
    or tab titles) or with another label or button on the page."""
    found = []
    keys = dict(taken)
    for button in page.findChildren(QAbstractButton):
        if (k := key(button.text())) is not None:
            keys.setdefault(k, button.text())
    for label, field in form_labels(page):
        k = key(label.text())
        if k is None:
            found.append(f"no access key: {label.text()!r}")
            continue
        if label.buddy() is not field:
            found.append(f"not the buddy of its field: {label.text()!r}")
        if k in keys:
            found.append(f"{label.text()!r} shares Alt+{k} with {keys[k]!r}")
        keys[k] = label.text()
    return found


@pytest.mark.parametrize("language", ["en", "ru", "kk", "ug"])
def test_composer_and_desk_fields_have_their_own_access_keys(
    qtbot: Any, controller: AppController, language: str
) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    controller.languages.apply(language)
    try:
        menus = {key(a.text()): a.text() for a in main.menuBar().actions() if key(a.text())}
        composer = Composer(main.ctx, AppealStore(main.ctx.vault))
        qtbot.addWidget(composer)
        assert problems(composer, {k: v for k, v in menus.items() if k}) == []
        desk = HqDesk(main, main.ctx, None, None)  # built, not shown: nothing is fetched
        tabs = desk.tabs
        desk_keys = {key(tabs.tabText(i)): tabs.tabText(i) for i in range(tabs.count())}
        for index in range(tabs.count()):
            page = tabs.widget(index)
            found = problems(page, {k: v for k, v in desk_keys.items() if k})
            assert found == [], (type(page).__name__, found)
        desk.close()
    finally:
        controller.languages.apply("en")
