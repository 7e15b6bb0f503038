"""A field worker's session, offscreen: create, document the sample case, search, lock,
unlock, history and restore. Real vault, real Argon2id (at the floor), real Qt widgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QListWidget, QWidget

from tests.support.dialogs import ScriptedDialogs
from tests.support.ui import answer_modal, flush_deletes, texts_in_widgets
from tests.support.ui_flow import (
    create_vault,
    event_filler,
    fill_person,
    fill_source,
    unlock,
)
from vigil.cases.transfer import import_document, load_import_file
from vigil.resources import resource
from vigil.ui.controller import AppController
from vigil.ui.history import HistoryDialog

MARKERS = ("Серікжан Білаш", "Atajurt", "plea deal under pressure", "sample-attachment-marker")


def test_field_workers_session(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None

    def new_case(widget: QWidget) -> None:
        assert isinstance(widget, QInputDialog)
        widget.setTextValue("Serikzhan Bilash, Atajurt")
        widget.accept()

    answer_modal(qtbot, main.new_case_action.trigger, new_case)
    assert main.cases.model.rowCount() == 1
    view = main.case_view
    view.overview.country.setText("kz")
    view.overview.save_button.click()
    assert main.cases.model.rows[0].country == "KZ"

    answer_modal(qtbot, view.people.add_button.click, fill_person)
    assert view.people.list.count() == 1
    answer_modal(qtbot, view.timeline.add_source.click, fill_source)
    for date, kind, text in (
        ("2019-02", "fine", "Fined almost US$700 for Atajurt."),
        ("2019-03", "arrest", "Arrested on incitement charges."),
        ("2019-08-16", "release", "Released after a plea deal under pressure."),
    ):
        answer_modal(qtbot, view.timeline.add_event.click, event_filler(date, kind, text))
    assert view.timeline.events.topLevelItemCount() == 3
    assert "HRW statement" in view.timeline.events.topLevelItem(2).text(3)

    view.setCurrentWidget(view.notes)
    view.notes.new_button.click()
    qtbot.keyClicks(view.notes.editor, "Lawyer says the plea deal under pressure")
    qtbot.waitUntil(lambda: view.notes.status.text() == "Saved, encrypted.", timeout=5_000)
    note_id = view.notes.note_id
    assert note_id is not None
    assert len(controller.vault.history(note_id)) == 2  # type: ignore[union-attr]

    attachment = tmp_path / "statement.txt"
    attachment.write_text("sample-attachment-marker: the statement text\n")
    view.attachments.add_files([str(attachment)])
    qtbot.waitUntil(lambda: view.attachments.list.count() == 1, timeout=10_000)
    view.attachments.list.setCurrentRow(0)
    qtbot.waitUntil(
        lambda: "sample-attachment-marker" in view.attachments.viewer.text.toPlainText(),
        timeout=10_000,
    )

    # search everywhere, from the keyboard
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2_000)
    qtbot.keyClick(main, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    search = main.search_dialog
    assert search is not None and search.isVisible()
    search.query.setText("білаш")  # QTest types ASCII only
    qtbot.waitUntil(lambda: search.model.rowCount() > 0, timeout=2_000)
    group = search.model.item(0)
    assert group.text() == "People" and "Білаш" in group.child(0).text()
    view.setCurrentWidget(view.overview)
    qtbot.keyClick(search.query, Qt.Key.Key_Return)  # opens the first result once it is in
    qtbot.waitUntil(lambda: not search.isVisible(), timeout=5_000)
    assert view.currentWidget() is view.people

    # an edit, then history and restore
    view.setCurrentWidget(view.notes)
    view.notes.editor.setPlainText("A mistaken rewrite")
    view.notes.flush()

    def restore_first(widget: QWidget) -> None:
        assert isinstance(widget, HistoryDialog)
        assert widget.list.count() == 3
        widget.list.setCurrentRow(1)
        assert "plea deal under pressure" in widget.after.toPlainText()
        assert widget.restore_button.isEnabled()
        widget.restore_button.click()
        assert widget.list.count() == 4
        widget.reject()

    answer_modal(qtbot, view.notes.history_button.click, restore_first)
    assert view.notes.editor.toPlainText() == "Lawyer says the plea deal under pressure"

    # unsaved typing is saved before the lock; afterwards no case text is anywhere
    view.notes.editor.moveCursor(view.notes.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(view.notes.editor, " - typed just before locking")
    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=2_000)
    qtbot.keyClick(main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.main is None and controller.vault is None
    flush_deletes()
    leftovers = [t for t in texts_in_widgets() for m in MARKERS if m in t]
    assert leftovers == []
    assert controller.gate.isVisible()

    unlock(qtbot, controller, "not the passphrase")
    qtbot.waitUntil(
        lambda: controller.gate.unlock.error.text() == "Wrong passphrase.", timeout=10_000
    )
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.main is not None, timeout=10_000)
    main = controller.main
    assert main is not None
    qtbot.waitUntil(lambda: main.cases.model.rowCount() == 1, timeout=5_000)
    main.cases.select(main.cases.model.rows[0].id)
    notes = main.case_view.notes
    assert notes.editor.toPlainText().endswith(" - typed just before locking")


def test_idle_lock_fires(qtbot: Any, controller: AppController) -> None:
    create_vault(qtbot, controller)
    controller.guard.timer.setInterval(300)
    controller.guard.timer.start()
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        pass
    assert controller.vault is None
    assert controller.gate.stack.currentWidget() is controller.gate.unlock


def test_activity_postpones_idle_lock(qtbot: Any, controller: AppController) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    # the parts of the window built in later turns, built now: on a loaded machine their
    # build inside the 200 ms between keys below could outlast the 400 ms of idle
    assert main.case_view is not None and main.appeals is not None
    controller.guard.timer.setInterval(400)
    controller.guard.timer.start()
    window = main.windowHandle()
    assert window is not None
    for _ in range(4):
        qtbot.wait(200)
        # to the window, as the desktop delivers keys (it passes them to the focused widget)
        qtbot.keyClick(window, Qt.Key.Key_Down)
    assert controller.vault is not None


def test_clipboard_is_cleared_only_if_still_ours(qtbot: Any, controller: AppController) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    answer_modal(
        qtbot,
        main.new_case_action.trigger,
        lambda w: (w.setTextValue("Clipboard case"), w.accept()),
    )  # type: ignore[attr-defined]
    notes = main.case_view.notes
    notes.new_button.click()
    notes.editor.setPlainText("secret name Айгүл")
    controller.clipboard.clear_after_ms = 300
    notes.copy_button.click()
    clipboard = QApplication.clipboard()
    assert clipboard.text() == "secret name Айгүл"
    assert clipboard.mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3_000)
    notes.copy_button.click()
    clipboard.setText("the person copied something else")
    qtbot.wait(500)
    assert clipboard.text() == "the person copied something else"


def test_every_control_has_an_accessible_name(qtbot: Any, controller: AppController) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    answer_modal(
        qtbot,
        main.new_case_action.trigger,
        lambda w: (w.setTextValue("Accessible case"), w.accept()),
    )  # type: ignore[attr-defined]
    windows: list[QWidget] = [main, controller.gate]
    main.open_search()
    assert main.search_dialog is not None
    windows.append(main.search_dialog)
    unnamed = []
    for window in windows:
        for widget in window.findChildren(QWidget):
            interactive = isinstance(
                widget, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView | QListWidget
            )
            if not interactive or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            if widget.parent() is not None and type(widget.parent()).__name__ in (
                "QComboBox",
                "QAbstractSpinBox",
                "QSpinBox",
                "QTabBar",
                "QScrollBar",
                "QComboBoxPrivateContainer",
            ):
                continue
            if type(widget).__name__ in ("QToolButton",) or widget.objectName().startswith("qt_"):
                continue
                unnamed.append(f"{type(widget).__name__} in {type(window).__name__}")
                unnamed.append(f"{type(widget).__name__} in {type(window).__name__}")
    assert unnamed == []


def test_dialogs_close_with_escape(qtbot: Any, controller: AppController) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    answer_modal(
        qtbot, main.new_case_action.trigger, lambda w: (w.setTextValue("Escape case"), w.accept())
    )  # type: ignore[attr-defined]
    view = main.case_view
    for trigger in (
        view.people.add_button.click,
        view.timeline.add_source.click,
        view.timeline.add_event.click,
    ):
        closed: list[bool] = []

        def escape(widget: QWidget, closed: list[bool] = closed) -> None:
            assert isinstance(widget, QDialog) and widget.isVisible()
            qtbot.keyClick(widget, Qt.Key.Key_Escape)
            closed.append(not widget.isVisible())

        answer_modal(qtbot, trigger, escape)
        assert closed == [True]
    assert view.people.list.count() == 0


def test_lock_at_once_after_unlock(qtbot: Any, controller: AppController) -> None:
    """Locking the moment the window opens, again and again, leaves no vault open and raises
    nothing in a slot (the mechanism that drops late results: test_worker.py)."""
    create_vault(qtbot, controller)
    assert controller.vault is not None
    import_document(controller.vault, load_import_file(resource("samples", "sample-case.json")))
    for _ in range(5):
        controller.lock("test")
        unlock(qtbot, controller)
        qtbot.waitUntil(lambda: controller.main is not None, timeout=20_000)
        controller.lock("test")  # at once: the list is still loading on the worker
        # the worker's read ends, and what it sends back, queued to this thread, arrives late
        assert controller.runner.wait()
        qtbot.wait(20)
        assert controller.vault is None and controller.main is None
