"""A handler that fails (here: a damaged database, a table gone under a running server) is
answered 500 with a request id; the log says 500, not 0, under the same id, and names the
exception's type and place, never the request's body, the SQL or its parameters."""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.api import Device, b64, decode_code, enrol, seal, sha256_hex
from tests.support.server import FAST_LIMITS, ServerProcess, launch

MARKER = "VIGIL-CRASH-MARKER-52d1"


@pytest.fixture
def lone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    server = launch(tmp_path_factory.mktemp("crash"), None, *FAST_LIMITS)
    try:
        yield server
    finally:
        server.stop()


def entries(server: ServerProcess) -> list[dict[str, Any]]:
    out = []
    for line in server.log.read_text(errors="replace").splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if isinstance(entry, dict):
            out.append(entry)
    return out


def test_a_crash_is_a_500_with_a_request_id_and_no_body_in_the_log(lone: ServerProcess) -> None:
    hq: Device = enrol(lone.api(), decode_code(lone.admin_code)["secret"], role_hint="hq")
    envelope = seal(MARKER.encode() * 10, hq.recipient)
    fine = hq.call("GET", "/v1/me")
    assert fine.status_code == 200
    assert re.fullmatch(r"[0-9a-f]{16}", fine.headers["x-request-id"])
    db = sqlite3.connect(lone.data / "vigil-server.db")
    try:
        db.execute("ALTER TABLE envelope_bodies RENAME TO envelope_bodies_gone")
        db.commit()
        crashed = hq.push([envelope], audience=[hq.id])
    finally:
        db.execute("ALTER TABLE envelope_bodies_gone RENAME TO envelope_bodies")
        db.commit()
        db.close()
    assert crashed.status_code == 500, crashed.text
    body = crashed.json()
    assert body["error"] == "internal"
    request_id = body["request_id"]
    assert crashed.headers["x-request-id"] == request_id != fine.headers["x-request-id"]
    assert hq.push([envelope], audience=[hq.id]).status_code == 200  # the server lives on

    time.sleep(0.3)
    log = entries(lone)
    crash = [e for e in log if e["event"] == "crash"]
    assert len(crash) == 1 and crash[0]["request_id"] == request_id, crash
    assert crash[0]["exception"].startswith("OperationalError at "), crash
    lines = [e for e in log if e["event"] == "request" and e.get("request_id") == request_id]
    assert len(lines) == 1 and lines[0]["status"] == 500, lines
    assert lines[0]["route"] == "/v1/envelopes"
    assert all(e.get("status") != 0 for e in log if e["event"] == "request")
    text = lone.log.read_text(errors="replace")
    for secret in (MARKER[:20], b64(envelope)[:40], sha256_hex(envelope), "INSERT", "SELECT",
                   hq.tokens["sync"]):  # fmt: skip
        assert secret not in text, secret
