"""People can tell devices apart (issue 20): a label given with the enrolment code is what
HQ's device list and its messages show, and a short id from that list names the device,
on a real server over loopback TLS with the credentials in the real Secret Service."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Cli, _cli_at, make_cli
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def hq(server: ServerProcess, secret_service: Any, tmp_path_factory: pytest.TempPathFactory) -> Cli:
    desk = make_cli(tmp_path_factory.mktemp("desk"), "hq")
    desk("hq", "init", server.admin_code)
    return desk


def test_a_labelled_device_is_shown_and_named_by_a_short_id(hq: Cli, tmp_path: Path) -> None:
    code = hq("hq", "enrol-code", "--label", "Aigerim's laptop").last_line
    field = _cli_at(tmp_path, "field")
    field.init()
    device_id = field("sync", "enrol", code).last_line
    status = field("sync", "status").stdout  # the device's own id and label, as HQ sees them
    assert f"This device: {device_id} (Aigerim's laptop)" in status

    row = next(line for line in hq("hq", "devices").stdout.splitlines() if device_id in line)
    assert "Aigerim's laptop" in row

    short = device_id[:8]
    revoked = hq("hq", "revoke", short)
    assert f"Device {device_id} (Aigerim's laptop) revoked." in revoked.stdout
    for wrong in ("ab", "0000000000"):  # too short; no such device
        refused = hq("hq", "revoke", wrong, check=False)
        assert refused.returncode in (1, 2) and "vigil hq devices" in refused.stderr
    recover = hq("hq", "escrow", "recover", "ab", check=False)
    assert recover.returncode == 2 and "too short" in recover.stderr
