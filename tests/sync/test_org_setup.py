"""The user guide's organisation set-up, walked as a script (issue 20, "Done means"): a server
on a real port taken from its URL, an HQ desk, two labelled field devices, sync, an alert each
way and a letter, with only documented commands (docs/user-guide.md, "For HQ" and "For field
workers"). It fails when a documented command or the output a person is told to read changes.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.api import trust
from tests.support.appeals import SAMPLE_FILE
from tests.support.cli import Cli, _cli_at
from tests.support.pg import free_port
from tests.support.server import server_env

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@pytest.fixture
def server_url(tmp_path: Path) -> Iterator[tuple[str, str]]:
    """'vigil-server init --url …' then 'run' with no --host or --port, as the guide says:
    (the URL, the admin code its init printed)."""
    url = f"https://127.0.0.1:{free_port()}"
    data, home = tmp_path / "server", tmp_path / "server-home"
    home.mkdir()
    base = [sys.executable, "-m", "vigil_server", "--data", str(data)]
    init = subprocess.run(
        [*base, "init", "--org", "Rights Watch", "--url", url], capture_output=True, text=True,
        timeout=120, env=server_env(home), stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    assert "WARNING" in init.stderr  # a loopback URL: the guide says init warns
    proc = subprocess.Popen(
        [*base, "run"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL, env=server_env(home),
    )  # fmt: skip
    try:
        context, deadline = trust(data / "tls" / "cert.pem"), time.monotonic() + 60
        while True:
            assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
            try:
                if httpx.get(f"{url}/healthz", verify=context, timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        yield url, init.stdout.strip().splitlines()[-1]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _code_file(folder: Path, code: str) -> str:
    """The guide: save the code to a file rather than type it on the command line."""
    path = folder / "code.txt"
    path.write_text(code + "\n")
    return str(path)


def test_an_organisation_set_up_from_the_guide(
    server_url: tuple[str, str], secret_service: Any, tmp_path: Path
) -> None:
    url, admin_code = server_url
    # The desk: 'vigil init', then 'vigil hq init --code-file FILE'.
    desk = _cli_at(tmp_path, "desk")
    desk.init()
    assert "HQ desk" in desk("hq", "init", "--code-file", _code_file(tmp_path, admin_code)).stdout

    # Two field devices, each from a labelled one-time code.
    fields: dict[str, tuple[Cli, str]] = {}
    for label in ("Aigerim's laptop", "Dana's laptop"):
        code = desk("hq", "enrol-code", "--label", label).last_line
        field = _cli_at(tmp_path, label.split("'")[0].lower())
        field.init()
        enrolled = field("sync", "enrol", "--code-file", _code_file(field.home, code))
        assert "Rights Watch" in enrolled.stdout
        fields[label] = field, enrolled.last_line
        assert url in field("sync", "status").stdout
    devices = desk("hq", "devices").stdout
    for label, (_field, device_id) in fields.items():
        row = next(line for line in devices.splitlines() if line.startswith(device_id))
        assert label in row

    # A case documented in the field reaches HQ.
    aigerim, _ = fields["Aigerim's laptop"]
    added = aigerim("case", "add", "--title", "Detained at Khorgos", "--person", "Serik B")
    case_id = added.last_line
    aigerim("event", "add", case_id, "--date", "2026-11-01", "--type", "detention",
            "--text", "Detained at the border crossing")  # fmt: skip
    assert "Pushed " in aigerim("sync", "now").stdout
    desk("sync", "now")
    assert "Detained at Khorgos" in desk("case", "list").stdout

    # An alert each way.
    raised = aigerim(
        "alert", "raise", case_id[:8], "--kind", "detained", "--text", "Lawyer refused"
    )
    desk("sync", "now")
    assert "Lawyer refused" in desk("alert", "list").stdout
    # Commands that make something print its id on the last line: the id the inbox lists.
    assert raised.last_line in {
        row["id"] for row in json.loads(desk("alert", "list", "--json").stdout)
    }
    signed = desk("hq", "alert", "--severity", "urgent", "--expires", "48h", "--text", "Check in")
    assert "Signed an urgent alert." in signed.stdout
    dana, _ = fields["Dana's laptop"]
    # (its first sync also sends one note: the device announces its own keys to HQ)
    assert re.search(r"alerts and notes: sent \d+, fetched 1;", dana("sync", "now").stdout)
    inbox = json.loads(dana("alert", "list", "--json").stdout)
    assert [row["id"] for row in inbox if "Check in" in row["summary"]] == [signed.last_line]

    # Nothing of this ordinary day reads as tampering in anyone's integrity log: a device
    # enrolled after HQ's earlier notes is not told they were "withheld".
    late = _cli_at(tmp_path, "late")
    late.init()
    late("sync", "enrol", "--code-file", _code_file(late.home, desk("hq", "enrol-code").last_line))
    for device in (aigerim, dana, late, desk):
        device("sync", "now")
        status = device("sync", "status").stdout
        assert "Integrity:" not in status, status

    # A letter.
    ua_id = dana("ua", "import", str(SAMPLE_FILE)).last_line
    letter = tmp_path / "letter.txt"
    dana("appeal", "render", "--follow-up", "--ua", ua_id, "--lang", "en", "--format", "txt",
         "--out", str(letter), "--sender", "Dana K", "--city", "Astana")  # fmt: skip
    assert "Dana K" in letter.read_text("utf-8")
