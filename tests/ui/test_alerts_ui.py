"""The alerts UI: a notification on a locked vault says only what kind of note waits."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from vigil.ui.alerts_view import Notifier


def test_locked_notification_names_the_kind_never_the_content(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    notifier = Notifier(parent)
    shown = notifier.marker_changed({"v": 1, "unread": 1, "kinds": {"urgent-action": 1}})
    assert shown == "New urgent action"
    # a marker someone stuffed with text: only fixed words ever come out
    stuffed = {"unread": 2, "kinds": {"alert": 2, "Asel K. detained": 5}, "text": "Asel K."}
    shown = notifier.marker_changed(stuffed)
    assert shown == "New alert" and "Asel" not in shown
    assert notifier.marker_changed(stuffed) == ""  # nothing new: no second message
