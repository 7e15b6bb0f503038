"""Every evidence test may write a PDF report, which makes a bare QGuiApplication when no Qt
application exists; Qt allows one per process, and a widget test later in the same worker
would abort. The widgets' QApplication (pytest-qt's) comes first, as in the desktop app."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _widgets_app(qapp: object) -> Iterator[None]:
    yield
