"""Fixtures: the suite's server (tests/conftest.py), here one per database backend (SQLite,
and PostgreSQL) for the whole session, its HQ desk, and fresh field devices."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.api import Device, decode_code, enrol
from tests.support.server import BACKENDS, ServerProcess, serve

# Servers ---------------------------------------------------------------------------------


@pytest.fixture(scope="session", params=BACKENDS)
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    """One server per backend for the whole of tests/server: the tests here share the HQ desk
    that spends its admin code and make their own field devices."""
    yield from serve(request, tmp_path_factory)


@pytest.fixture(scope="session")
def hq(server: ServerProcess) -> Device:
    """The HQ desk, enrolled with the server's admin code."""
    secret = decode_code(server.admin_code)["secret"]
    return enrol(server.api(), secret, role_hint="hq")


@pytest.fixture
def make_field(server: ServerProcess, hq: Device):  # type: ignore[no-untyped-def]
    """Enrol a fresh field device through an HQ-made code."""

    def make(label: str | None = None) -> Device:
        body: dict[str, object] = {"role": "field"}
        if label:
            body["label"] = label
        made = hq.call("POST", "/v1/hq/enrol-codes", action="admin", json=body)
        assert made.status_code == 200, made.text
        return enrol(server.api(), decode_code(made.json()["code"])["secret"])

    return make


@pytest.fixture
def field(make_field) -> Device:  # type: ignore[no-untyped-def]
    return make_field()
