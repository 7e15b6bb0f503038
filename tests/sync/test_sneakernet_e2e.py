"""The network is cut (issue 17): a field device and the HQ desk exchange a case with an
attachment and alerts both ways by files alone, through the `vigil` command line with the
real Secret Service; then the real server comes back and nothing is doubled or lost."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Cli, enrolled_field, make_cli
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e  # whole devices, a real server stopped and started again

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "urgent-action.json"


def _json(cli: Cli, *args: str) -> Any:
    return json.loads(cli(*args, "--json").stdout)


def _alert_ids(cli: Cli) -> list[str]:
    return sorted(row["id"] for row in _json(cli, "alert", "list"))


def _integrity(cli: Cli) -> list[Any]:
    return list(_json(cli, "sync", "status")["integrity_alerts"])


@pytest.mark.slow  # two devices, a server stopped and started: about a minute
def test_field_and_hq_exchange_by_files_alone_then_the_server_returns(
    server: ServerProcess, secret_service: Any, tmp_path: Path
) -> None:
    hq = make_cli(tmp_path, "hq")
    hq("hq", "init", server.admin_code)
    field, field_id, _ = enrolled_field(tmp_path, hq, "field")
    server.stop()  # from here the network is cut
    try:
        _by_hand(hq, field, field_id, tmp_path)
    finally:
        server.start()

    # The server is back: each side pushes and pulls what it also carried by hand.
    hq_alerts, field_alerts = _alert_ids(hq), _alert_ids(field)
    hq_log, field_log = _integrity(hq), _integrity(field)
    hq_cases = _json(hq, "case", "list")
    field("sync", "now")
    hq("sync", "now")
    field("sync", "now")
    assert _json(field, "sync", "status")["pending"] == 0
    assert _alert_ids(hq) == hq_alerts and _alert_ids(field) == field_alerts
    assert _json(hq, "case", "list") == hq_cases
    assert _integrity(hq) == hq_log and _integrity(field) == field_log


def _by_hand(hq: Cli, field: Cli, field_id: str, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    case = field("case", "add", "--title", "Zhanaozen checkpoint", "--person", "Айгерім").last_line
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(os.urandom(150_000))
    attachment = field("attach", case, str(photo)).last_line
    field("alert", "raise", case, "--kind", "detained", "--text", "Taken at 06:10", "--no-sync")

    exported = _json(field, "sync", "export", "--out", str(stick / "to-hq.vigil"))
    assert exported["attachments"] == 1 and exported["envelopes"] >= 3
    imported = _json(hq, "sync", "import", str(stick / "to-hq.vigil"))
    assert imported["added"] == exported["envelopes"] and imported["attachments"] == 1
    assert imported["refused"] == imported["notes_refused"] == 0
    assert "field-alert" in [row["kind"] for row in _json(hq, "alert", "list")]
    assert [row["id"] for row in _json(hq, "case", "list")] == [case]
    hq("attachment", "export", attachment, "--out", str(tmp_path / "at-hq.jpg"))
    assert (tmp_path / "at-hq.jpg").read_bytes() == photo.read_bytes()

    # HQ answers: an alert and an urgent action, signed and queued (the server is away).
    sent = hq("hq", "alert", "--severity", "urgent", "--expires", "7d", "--text",
              "Checkpoint closed", check=False)  # fmt: skip
    assert sent.returncode != 0 and "queued" in sent.stderr
    hq("hq", "publish", str(SAMPLE), "--to", field_id, check=False)
    back = stick / "to-field.vigil"
    assert _json(hq, "sync", "export", "--for", field_id, "--out", str(back))["notes"] == 2
    took = _json(field, "sync", "import", str(back))
    assert took["notes"] == 2 and took["notes_refused"] == 0
    assert sorted(r["kind"] for r in _json(field, "alert", "list")) == ["alert", "closure"]
    assert [a["ref"] for a in _json(field, "ua", "list")] == ["ua-046-19"]

    # Each bundle opens only where it is going, and says so with exit code 4; a file that
    # is no bundle is a bad input file (2). The files on the stick stay where they are.
    wrong = field("sync", "import", str(stick / "to-hq.vigil"), check=False)
    assert wrong.returncode == 4 and "not for this vault" in wrong.stderr
    wrong = hq("sync", "import", str(back), check=False)
    assert wrong.returncode == 4
    assert hq("sync", "import", str(photo), check=False).returncode == 2
    assert sorted(p.name for p in stick.iterdir()) == ["to-field.vigil", "to-hq.vigil"]
