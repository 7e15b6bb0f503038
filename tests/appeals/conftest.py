"""Shared pieces for the appeals tests: the sample urgent action, parsed."""

from __future__ import annotations

import json
from typing import Any

import pytest

from vigil.appeals.model import UrgentAction, parse_urgent_action
from vigil.resources import resource

SAMPLE_FILE = resource("samples", "urgent-action.json")


def sample_document() -> dict[str, Any]:
    return json.loads(SAMPLE_FILE.read_text("utf-8"))


@pytest.fixture
def sample_raw() -> dict[str, Any]:
    return sample_document()["urgent_actions"][0]


@pytest.fixture
def sample_ua(sample_raw: dict[str, Any]) -> UrgentAction:
    return parse_urgent_action(sample_raw)
