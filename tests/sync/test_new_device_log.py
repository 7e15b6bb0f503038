"""What a device that joins late finds in its integrity log (issue 20: "a new device's
integrity log calls HQ notes withheld, which reads as server tampering to a field worker").

A device enrolled after HQ has been sending notes for a while fetches the notes channel from
its start: notes that expired before it joined, and notes to everyone that came before any it
can still accept. Neither is the server's doing, and neither may read as tampering."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Cli, enrolled_field, make_cli
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e  # whole devices against a real server


@pytest.fixture(scope="module")
def hq(server: ServerProcess, secret_service: Any, tmp_path_factory: pytest.TempPathFactory) -> Cli:
    desk = make_cli(tmp_path_factory.mktemp("desk"), "hq")
    desk("hq", "init", server.admin_code)
    return desk


def _alert(hq: Cli, text: str, expires: str) -> None:
    hq("hq", "alert", "--severity", "info", "--expires", expires, "--text", text)


@pytest.mark.slow  # a desk and two field devices
def test_a_device_that_joins_late_sees_no_tampering_in_hq_notes(hq: Cli, tmp_path: Path) -> None:
    early, _, _ = enrolled_field(tmp_path, hq, "early")
    early("sync", "now")
    _alert(hq, "First, for a week", "7d")
    # Long enough to outlast signing and the early device's sync on a loaded machine (a
    # moment shorter than the CLI's minimum notice is refused), then waited out.
    soon = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=30)
    _alert(hq, "Second, for a moment", soon.strftime("%Y-%m-%dT%H:%M:%SZ"))
    _alert(hq, "Third, for a week", "7d")
    early("sync", "now")  # was there: got all three while they were valid
    time.sleep(max(0.0, (soon - datetime.now(UTC)).total_seconds()) + 1)

    late, _, _ = enrolled_field(tmp_path, hq, "late")
    late("sync", "now")
    status = json.loads(late("sync", "status", "--json").stdout)
    assert status["integrity_alerts"] == [], status["integrity_alerts"]
    inbox = [r["payload"].get("text") for r in json.loads(late("alert", "list", "--json").stdout)]
    assert "First, for a week" in inbox and "Third, for a week" in inbox
    assert "Second, for a moment" not in inbox  # expired: not shown
