"""Fixtures: a real ``vigil-server`` process on loopback TLS per database backend (SQLite,
and PostgreSQL in a throwaway cluster), its HQ desk, and fresh field devices.

A missing PostgreSQL follows the suite's one rule (tests/support/tools.py): an error under CI
or as root, a skip elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.api import Device, decode_code, enrol
from tests.support.pg import Cluster, make_cluster
from tests.support.server import FAST_LIMITS, ServerProcess, launch
from tests.support.tools import missing_tool

# PostgreSQL ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    try:
        cluster = make_cluster()
    except FileNotFoundError as exc:
        missing_tool(f"PostgreSQL ({exc})", "postgresql")
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="session")
def pg_url(pg_cluster: Cluster) -> str:
    return pg_cluster.url


# Servers ---------------------------------------------------------------------------------


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    database_url = None
    if request.param == "postgresql":
        database_url = request.getfixturevalue("pg_url")
    proc = launch(tmp_path_factory.mktemp(f"server-{request.param}"), database_url, *FAST_LIMITS)
    try:
        yield proc
    finally:
        proc.stop()


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
