"""The OS dialogs answered from queues a test fills."""

from __future__ import annotations

from typing import Any

from vigil.ui.dialogs import SystemDialogs


class ScriptedDialogs(SystemDialogs):
    """Answers the OS dialogs from queues the test fills; records what was asked."""

    def __init__(self) -> None:
        self.files: list[list[str]] = []
        self.saves: list[str] = []
        self.folders: list[str] = []
        self.confirms: list[bool] = []
        self.choices: list[int] = []  # an answer's index; -1: Cancel
        self.informed: list[tuple[str, str]] = []
        self.actions: list[str] = []  # the words on each confirmation's go-ahead button
        self.printed: list[str] = []

    def open_files(self, parent: Any, title: str) -> list[str]:
        return self.files.pop(0) if self.files else []

    def open_file(self, parent: Any, title: str, filter_: str = "") -> str:
        return self.files.pop(0)[0] if self.files else ""

    def save_file(self, parent: Any, title: str, suggested: str) -> str:
        return self.saves.pop(0) if self.saves else ""

    def folder(self, parent: Any, title: str) -> str:
        return self.folders.pop(0) if self.folders else ""

    def confirm(self, parent: Any, title: str, text: str, action: str = "") -> bool:
        self.informed.append((title, text))
        self.actions.append(action)
        return self.confirms.pop(0) if self.confirms else False

    def choose(self, parent: Any, title: str, text: str, choices: list[str]) -> int:
        self.informed.append((title, text))
        return self.choices.pop(0) if self.choices else -1

    def inform(self, parent: Any, title: str, text: str, warning: bool = False) -> None:
        self.informed.append((title, text))

    def print_text(self, parent: Any, text: str) -> bool:
        self.printed.append(text)
        return True
