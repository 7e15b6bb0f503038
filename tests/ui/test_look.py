"""The main window's look: the toolbar, the lock and sync states, the theme, the SVG icons."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QInputDialog, QToolButton

from tests.support.ui_flow import create_vault, unlock
from vigil.ui.controller import AppController
from vigil.ui.look import TOOLBAR_ICONS, Theme, is_dark, svg_icon
from vigil.ui.status_line import Level

NOW = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)


@pytest.fixture
def theme(qapp: QApplication) -> Iterator[Theme]:
    """A theme for one test; the shared application gets its palette back afterwards."""
    before = QPalette(qapp.palette())
    yield Theme(qapp)
    qapp.styleHints().setColorScheme(Qt.ColorScheme.Unknown)
    qapp.setPalette(before)


def _button(main: Any, action: Any) -> QToolButton:
    button = main.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    return button


def test_toolbar_actions_are_the_menu_actions_with_names_tips_and_keys(
    qtbot: Any, controller: AppController
) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    wanted = [main.new_case_action, main.search_action, main.sync_action, main.lock_action]
    assert main.toolbar.actions() == wanted  # the same objects: one slot for menu and toolbar
    names = []
    for action in wanted:
        button = _button(main, action)
        names.append(button.accessibleName())
        assert not action.icon().isNull()
        keys = action.shortcut().toString()
        assert keys and keys in action.toolTip()
    assert names == ["New case", "Search everywhere", "Sync now", "Lock"]

    # search: the toolbar opens the same dialog as Ctrl+K
    _button(main, main.search_action).click()
    assert main.search_dialog is not None and main.search_dialog.isVisible()
    main.search_dialog.close()

    # new case: the same question, and the case is made and opened
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Toolbar case")
        dialog.accept()

    QTimer.singleShot(0, answer)
    _button(main, main.new_case_action).click()
    assert [r.title for r in main.cases.model.rows] == ["Toolbar case"]
    assert main.case_view.case_id is not None

    # sync now: greyed out until the vault is enrolled, then the scheduler starts a round
    assert not _button(main, main.sync_action).isEnabled()
    controller.scheduler.status_changed.emit({"enrolled": True})
    assert _button(main, main.sync_action).isEnabled()
    _button(main, main.sync_action).click()
    assert controller.scheduler.running
    qtbot.waitUntil(lambda: not controller.scheduler.running, timeout=10_000)

    # lock: the window goes, the unlock screen comes
    _button(main, main.lock_action).click()
    assert controller.main is None and controller.gate.isVisible()


def test_status_bar_shows_lock_and_sync_state_in_words(
    qtbot: Any, controller: AppController
) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    lock = main.status_line.lock_label
    assert lock.text() == "Unlocked" and lock.accessibleName() == "Lock state"
    assert lock.level is Level.GOOD and "Ctrl+L" in lock.toolTip()
    assert main.statusBar().isAncestorOf(lock) and main.statusBar().isAncestorOf(main.sync_label)

    # fed by the scheduler's own signal, as a round's end feeds it
    controller.scheduler.status_changed.emit({"enrolled": False})
    assert main.sync_label.text() == "Not enrolled"
    last = (datetime.now(UTC).replace(microsecond=0)).isoformat()
    controller.scheduler.status_changed.emit({"enrolled": True, "last_success": last})
    assert main.sync_label.text() == "Synced just now"
    assert main.sync_label.level is Level.GOOD
    failed = {"enrolled": True, "last_success": last, "last_error": "server unreachable"}
    controller.scheduler.status_changed.emit(failed)
    assert main.sync_label.text() == "Sync failed: server unreachable"
    assert main.sync_label.level is Level.PROBLEM
    good = main.sync_label.palette().color(QPalette.ColorRole.WindowText)
    controller.scheduler.status_changed.emit({"enrolled": True, "last_success": last})
    assert main.sync_label.palette().color(QPalette.ColorRole.WindowText) != good

    # locked: no window and no status line; unlocked again: a fresh one says so
    controller.lock()
    assert controller.main is None
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=20_000)
    assert controller.main is not None
    assert controller.main.status_line.lock_label.text() == "Unlocked"


@pytest.mark.parametrize(
    ("info", "text", "level"),
    [
        ({"last_success": "2026-11-27T11:55:00.000Z"}, "Synced 5 min ago", Level.GOOD),
        ({"last_success": "2026-11-27T09:10:00Z"}, "Synced 2 h ago", Level.GOOD),
        ({"last_success": "2026-11-20T09:10:00Z"}, "Synced on 2026-11-20", Level.GOOD),
        ({"last_success": "2026-11-27T11:59:30Z", "pending": 3}, "Synced just now · 3 waiting",
         Level.WAITING),
        ({}, "Never synced", Level.WAITING),
        ({"last_success": "garbled"}, "Synced garbled", Level.GOOD),
        ({"last_success": "2026-11-27T11:00:00Z", "conflicts": 2},
         "Synced 1 h ago · 2 conflicts to resolve", Level.WAITING),
        ({"last_error": "refused", "integrity_alerts": [{"kind": "withheld"}]},
         "Sync failed: refused · ⚠ 1 integrity alert", Level.PROBLEM),
        ({"last_success": "2026-11-27T11:00:00Z", "integrity_alerts": [{"kind": "x"}] * 2},
         "Synced 1 h ago · ⚠ 2 integrity alerts", Level.PROBLEM),
    ],
)  # fmt: skip
def test_sync_state_words_and_level(
    qtbot: Any, controller: AppController, info: dict[str, object], text: str, level: Level
) -> None:
    """In English as the app shows it: with its .qm installed, which carries the plurals (the
    words depended on whether an earlier test had left that translation installed)."""
    from vigil.ui.status_line import StatusLine
    from vigil.ui.widgets import plain_label

    controller.languages.apply("en")
    try:
        host = plain_label()
        qtbot.addWidget(host)
        line = StatusLine(host, 5)
        said, said_level, _tip = line.describe({"enrolled": True, **info}, NOW)
        assert (said, said_level) == (text, level)
    finally:  # leave no translation installed for the tests after this one
        for translator in controller.languages.installed:
            QCoreApplication.removeTranslator(translator)



def test_dark_and_light_theme_apply_and_recolour_the_status(
    qtbot: Any, qapp: QApplication, theme: Theme
) -> None:
    from vigil.ui.status_line import StateLabel

    label = StateLabel("probe")
    qtbot.addWidget(label)
    label.set_state("Synced just now", Level.GOOD)
    theme.apply("light")
    assert not is_dark(qapp.palette())
    light_green = label.palette().color(QPalette.ColorRole.WindowText)
    theme.apply("dark")
    qapp.processEvents()  # the change reaches widgets as an event
    assert is_dark(qapp.palette()) and theme.wants_dark()
    text = qapp.palette().color(QPalette.ColorRole.WindowText)
    window = qapp.palette().color(QPalette.ColorRole.Window)
    assert text.lightness() - window.lightness() > 150  # readable, not grey on grey
    dark_green = label.palette().color(QPalette.ColorRole.WindowText)
    assert dark_green.lightness() > light_green.lightness()  # a lighter shade on dark
    theme.apply("light")
    assert not is_dark(qapp.palette())


def test_system_theme_follows_the_desktop(
    qapp: QApplication, theme: Theme, monkeypatch: Any
) -> None:
    hints = qapp.styleHints()
    desktop = {"scheme": Qt.ColorScheme.Light}
    monkeypatch.setattr(type(hints), "colorScheme", lambda _self: desktop["scheme"])
    theme.apply("system")
    assert not is_dark(qapp.palette())
    desktop["scheme"] = Qt.ColorScheme.Dark  # the desktop switched while the app runs
    theme._desktop_changed(Qt.ColorScheme.Dark)
    assert is_dark(qapp.palette())
    theme.apply("light")  # the setting wins over the desktop
    assert not is_dark(qapp.palette())


@pytest.mark.parametrize("name", TOOLBAR_ICONS)
def test_icons_are_drawn_from_svg_sharp_at_any_size_in_the_theme_colour(
    qapp: QApplication, theme: Theme, name: str
) -> None:
    icon = svg_icon(name)
    for size in (16, 48, 256):
        image = icon.pixmap(QSize(size, size)).toImage()
        assert image.width() == size
        alphas = [image.pixelColor(x, y).alpha() for x in range(size) for y in range(size)]
        solid = sum(a == 255 for a in alphas)
        soft = sum(0 < a < 255 for a in alphas)
        assert solid > 0
        if size == 256:
            # drawn at this size: only a thin anti-aliased rim, not a blurred small picture
            assert soft < solid * 0.2
    theme.apply("dark")
    image = svg_icon(name).pixmap(QSize(64, 64)).toImage()
    drawn = [
        image.pixelColor(x, y) for x in range(64) for y in range(64)
        if image.pixelColor(x, y).alpha() == 255
    ]  # fmt: skip
    assert drawn and all(c.lightness() > 160 for c in drawn)  # light strokes on a dark bar
    assert QGuiApplication.palette().color(QPalette.ColorRole.ButtonText).lightness() > 160


def test_empty_state_says_what_to_do_and_its_buttons_do_it(
    qtbot: Any, controller: AppController
) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    qtbot.waitUntil(lambda: main.empty.title.text() == "No cases yet", timeout=5_000)
    assert main.right.currentWidget() is main.empty
    assert "import" in main.empty.hint.text()
    assert main.empty.import_button.isVisibleTo(main.empty)
    imports: list[bool] = []
    main.import_action.triggered.connect(lambda *_: imports.append(True))
    main.empty.import_button.click()  # the stand-in file dialog answers "cancel"
    assert imports == [True]

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("From the empty state")
        dialog.accept()

    QTimer.singleShot(0, answer)
    main.empty.new_button.click()
    assert [r.title for r in main.cases.model.rows] == ["From the empty state"]
    assert main.right.currentWidget() is main.case_view
    assert main.empty.title.text() == "No case open"
    assert "Ctrl+N" in main.empty.hint.text()
    assert not main.empty.import_button.isVisibleTo(main.empty)


def test_a_hostile_or_long_failure_reason_stays_one_short_honest_line(
    qtbot: Any, controller: AppController
) -> None:
    """The reason may come from the server: a flood of text, line breaks and a right-to-left
    override must not widen the window, break the bar or reverse what the line says."""
    from vigil.ui.status_line import SHORT, StatusLine
    from vigil.ui.widgets import plain_label

    host = plain_label()
    qtbot.addWidget(host)
    line = StatusLine(host, 5)
    reason = "refused\n\u202edetaolpu\u202c " + "x" * 5000 + "\r\n\x00end"
    line.show_sync({"enrolled": True, "last_error": reason})
    text = line.sync_label.text()
    assert text.startswith("Sync failed: refused detaolpu x")
    assert len(text) <= len("Sync failed: ") + SHORT and text.endswith("…")
    assert not any(c in text for c in "\n\r\x00\u202e\u202c")
    tip = line.sync_label.toolTip()
    assert len(tip) < 700 and "\u202e" not in tip and "Sync now" in tip
    assert line.sync_label.sizeHint().width() < 1000


def test_choosing_dark_in_settings_applies_it_at_once_and_saves_it(
    qtbot: Any, controller: AppController, theme: Theme
) -> None:
    import json

    from tests.support.ui import answer_modal
    from vigil.ui.settings_dialog import SettingsDialog

    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None and not is_dark(main.palette())

    def choose(theme_name: str) -> Any:
        def handler(widget: Any) -> None:
            assert isinstance(widget, SettingsDialog)
            widget.theme.setCurrentIndex(widget.theme.findData(theme_name))
            widget.accept()

        return handler

    answer_modal(qtbot, controller.edit_settings, choose("dark"))
    QApplication.processEvents()
    assert is_dark(main.palette())  # no restart, the open window changes
    assert controller.settings_path is not None
    assert json.loads(controller.settings_path.read_text())["theme"] == "dark"
    answer_modal(qtbot, controller.edit_settings, choose("light"))
    QApplication.processEvents()
    assert not is_dark(main.palette())
