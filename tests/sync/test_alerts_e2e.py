"""The urgent loop end to end: a real vigil-server on loopback TLS, an HQ desk and two field
devices driven through the `vigil` command line, credentials in the real Secret Service.

HQ publishes an urgent action with its letter templates; both field devices receive it,
verify it and render its letters; a field device raises a detention alert, which reaches the
HQ desk within one sync cycle; counts of letters sent come back without names.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Cli, make_cli
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e  # whole devices against a real server

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "urgent-action.json"


@pytest.fixture(scope="module")
def hq(server: ServerProcess, secret_service: Any, tmp_path_factory: pytest.TempPathFactory) -> Cli:
    desk = make_cli(tmp_path_factory.mktemp("desk"), "hq")
    desk("hq", "init", server.admin_code)
    return desk


def _alerts(cli: Cli) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(cli("alert", "list", "--json").stdout)
    return rows


@pytest.mark.slow  # a whole round trip of three devices: about a minute
def test_urgent_action_out_and_detention_alert_back(hq: Cli, tmp_path: Path) -> None:
    fields = []
    for name in ("one", "two"):
        device = make_cli(tmp_path, name)
        device("sync", "enrol", hq("hq", "enrol-code").last_line)
        device("sync", "now")  # announces the device's own key, signed
        fields.append(device)
    one, two = fields
    hq("sync", "now")  # merges the field revisions, then pins their signed key notes

    published = hq("hq", "publish", str(SAMPLE))
    assert "Signed closure for ua-046-19" in published.stdout
    assert "Published (1 note(s) sent)" in published.stdout

    for device in fields:
        device("sync", "now")
        inbox = _alerts(device)
        kinds = [row["kind"] for row in inbox]
        assert kinds == ["closure"], kinds
        row = inbox[0]
        assert row["read"] is False and row["from"] == "hq"
        assert row["payload"]["outcome"] == "released-with-conditions"
        assert "ua-046-19" in row["outcome"]
        # the locked-screen marker beside the vault: counts and kinds, no text
        marker = json.loads((device.vault / "alerts-marker.json").read_text())
        assert marker == {"v": 1, "unread": 1, "kinds": {"closure": 1}}
        actions = json.loads(device("ua", "list", "--json").stdout)
        assert [(a["ref"], a["source"]) for a in actions] == [("ua-046-19", "hq")]
        letter = device(
            "appeal", "render", "--follow-up", "--ua", "ua-046-19", "--lang", "ru",
            "--format", "txt", "--out", "-", "--sender", "Айгерім", "--city", "Алматы",
        ).stdout  # fmt: skip
        assert "Серикжан Билаш" in letter and "Айгерім" in letter

    # HQ's notes reach each device once: a second round brings nothing new
    one("sync", "now")
    assert len(_alerts(one)) == 1

    case = one("case", "add", "--title", "Asel K., detained at the Zhanaozen checkpoint").last_line
    raised = one("alert", "raise", case, "--kind", "detained", "--text", "Taken at 06:10 today")
    assert "Sent to HQ" in raised.stdout

    hq("sync", "now")  # one cycle
    urgent = [row for row in _alerts(hq) if row["kind"] == "field-alert"]
    assert len(urgent) == 1
    payload = urgent[0]["payload"]
    assert payload["situation"] == "detained" and payload["case_id"] == case
    assert payload["text"] == "Taken at 06:10 today"
    assert payload["case_title"] == "Asel K., detained at the Zhanaozen checkpoint"
    listed = hq("alert", "list").stdout
    assert "URGENT detained" in listed
    devices = {d["id"] for d in json.loads(hq("hq", "devices", "--json").stdout)}
    assert urgent[0]["from"] in devices
    # the case itself arrived in the same cycle
    titles = [c["title"] for c in json.loads(hq("case", "list", "--json").stdout)]
    assert "Asel K., detained at the Zhanaozen checkpoint" in titles

    # counts back to HQ: letters sent per urgent action and language, never names
    appeal = one(
        "appeal", "render", "--follow-up", "--ua", "ua-046-19", "--lang", "kk", "--format", "txt",
        "--out", str(tmp_path / "letter.txt"),
    ).last_line  # fmt: skip
    one("appeal", "mark", appeal, "sent")
    one("sync", "now")  # the counts are queued at unlock and leave in this round
    two("sync", "now")
    hq("sync", "now")
    counts = json.loads(hq("alert", "counts", "--json").stdout)
    assert counts == [{"ua": "ua-046-19", "lang": "kk", "sent": 1, "devices": 1}]
    report = next(r for r in _alerts(hq) if r["kind"] == "counts")
    assert "Айгерім" not in json.dumps(report, ensure_ascii=False)
