"""HQ can tell which device raised an alert (issue 20): field notes at the HQ desk carry the
label HQ gave the device, on a real server over loopback TLS. The desk learns labels it does
not know yet in the same sync round that brings the note, and keeps them in the vault, so the
inbox names devices offline too."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Cli, make_cli
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e  # whole devices against a real server

LABEL = "Aigerim's laptop"


@pytest.fixture(scope="module")
def hq(server: ServerProcess, secret_service: Any, tmp_path_factory: pytest.TempPathFactory) -> Cli:
    desk = make_cli(tmp_path_factory.mktemp("desk"), "hq")
    desk("hq", "init", server.admin_code)
    return desk


def _field_alerts(hq: Cli) -> dict[str, dict[str, Any]]:
    rows = json.loads(hq("alert", "list", "--json").stdout)
    return {r["payload"]["text"]: r for r in rows if r["kind"] == "field-alert"}


@pytest.mark.slow  # a desk and two field devices
def test_hq_sees_the_label_of_the_device_that_raised_an_alert(hq: Cli, tmp_path: Path) -> None:
    labelled = make_cli(tmp_path, "labelled")
    code = hq("hq", "enrol-code", "--label", LABEL).last_line
    labelled_id = labelled("sync", "enrol", code).last_line
    plain = make_cli(tmp_path, "plain")
    plain_id = plain("sync", "enrol", hq("hq", "enrol-code").last_line).last_line
    for device, text in ((labelled, "Taken at 06:10"), (plain, "Searched at night")):
        case = device("case", "add", "--title", "Asel K.").last_line
        device("alert", "raise", case, "--kind", "detained", "--text", text)

    hq("sync", "now")  # one cycle brings the alerts and names their senders
    rows = _field_alerts(hq)
    assert rows["Taken at 06:10"]["from_label"] == LABEL
    assert rows["Taken at 06:10"]["from"] == labelled_id
    assert rows["Searched at night"]["from_label"] == ""
    lines = hq("alert", "list").stdout.splitlines()
    labelled_line = next(line for line in lines if "Taken at 06:10" in line)
    assert f"from {LABEL} ({labelled_id[:8]})" in labelled_line
    plain_line = next(line for line in lines if "Searched at night" in line)
    assert f"from device {plain_id[:8]}" in plain_line

    # Known labels are kept: a quiet round asks the server for no device list.
    quiet = json.loads(hq("sync", "now", "--json").stdout)
    assert quiet["round_trips"] <= 3, quiet


def test_a_label_from_the_server_is_cleaned_before_it_is_kept_or_shown() -> None:
    """The server is not trusted: a label it sends cannot move the terminal's cursor, reverse
    the text around it (bidi overrides) or fill the screen."""
    from vigil.sync.device_names import MAX_LABEL, clean, shown

    assert clean("Almaty\u202e pot\x1b[2J\nlaptop\u200f") == "Almaty pot[2J laptop"
    assert len(clean("x" * 10_000)) == MAX_LABEL
    assert shown("0123456789abcdef", "") == "device 01234567"
    assert shown("0123456789abcdef", "Almaty laptop") == "Almaty laptop (01234567)"
