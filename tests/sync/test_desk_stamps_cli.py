"""`vigil sync now` on the HQ desk says what its round time-stamped, and when the authority
could not be asked, says so without failing the sync (exit 0): a real server, the real
keyring, a real ``openssl ts`` authority on loopback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support import tsa as tsa_support
from tests.support.cli import make_cli
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e


def test_the_desks_sync_says_what_it_stamped_and_never_fails_for_it(
    server: ServerProcess, secret_service: Any, tmp_path: Path
) -> None:
    hq = make_cli(tmp_path, "hq")
    hq("hq", "init", server.admin_code)
    field = make_cli(tmp_path, "field")
    field("sync", "enrol", hq("hq", "enrol-code").last_line)
    case_id = field("case", "add", "--title", "Stamped by the desk's round").last_line
    field("sync", "now")
    tsa = tsa_support.start(tmp_path / "tsa")
    try:
        hq("evidence", "tsa", tsa.url, "--roots", str(tsa.ca))
        done = hq("sync", "now")
        assert "Time-stamped 1 revisions and attachments received (RFC 3161)." in done.stdout
        tsa.down = True
        field("note", "add", case_id, "--text", "Moved to another prison.")
        field("sync", "now")
        down = hq("sync", "now")  # exit 0: the round stands
        assert "Time-stamping waits for the next round" in down.stderr and "503" in down.stderr
        tsa.down = False
        report = json.loads(hq("sync", "now", "--json").stdout)
        assert report["stamped"] >= 1 and report["stamp_error"] == ""
    finally:
        tsa.stop()
