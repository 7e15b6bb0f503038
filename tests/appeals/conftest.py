"""Fixtures of the appeals tests: the sample urgent action, parsed; a real SMTP server."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.support.appeals import sample_document
from tests.support.smtp import Recorder, free_port
from vigil.appeals.model import UrgentAction
from vigil.appeals.parse import parse_urgent_action


@pytest.fixture
def sample_raw() -> dict[str, Any]:
    return sample_document()["urgent_actions"][0]


@pytest.fixture
def sample_ua(sample_raw: dict[str, Any]) -> UrgentAction:
    return parse_urgent_action(sample_raw)


@pytest.fixture
def server() -> Iterator[tuple[Controller, Recorder]]:
    """A real SMTP server on loopback that records every message it accepts."""
    handler = Recorder()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller, handler
    finally:
        with contextlib.suppress(AssertionError):  # already stopped by the test
            controller.stop()
