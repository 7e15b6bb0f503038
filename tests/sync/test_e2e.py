"""End to end: a real vigil-server on loopback TLS, an HQ desk and two field devices, all
driven through the `vigil` command line, with credentials in the real Secret Service; once
with the server on SQLite and once on PostgreSQL (a throwaway cluster; under CI or as root a
missing PostgreSQL fails rather than skips)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from tests.support.cli import Cli, make_cli
from tests.support.server import BACKENDS, ServerProcess

pytestmark = [
    pytest.mark.e2e,  # whole devices against a real server, on each database backend
    pytest.mark.parametrize("server", BACKENDS, indirect=True, scope="module"),
]

MARKERS = (
    "Айгерім Сәрсенова",
    "detained at the Zhanaozen checkpoint",
    "Field-two secret note",
    "attachment made before enrolment",
)


@pytest.fixture(scope="module")
def hq_desk(
    server: ServerProcess, secret_service: Any, tmp_path_factory: pytest.TempPathFactory
) -> Cli:
    hq = make_cli(tmp_path_factory.mktemp("desk"), "hq")
    hq("hq", "init", server.admin_code)
    return hq


def stored_files(server: ServerProcess, request: pytest.FixtureRequest) -> list[Path]:
    """Every file the server's storage wrote: its data folder, and PostgreSQL's own."""
    folders = [server.data]
    if server.database_url:
        engine = server.engine()
        try:
            with engine.connect() as conn:
                conn.execute(text("CHECKPOINT"))  # the rows reach the data files now
        finally:
            engine.dispose()
        folders.append(request.getfixturevalue("pg_cluster").data)
    return [path for folder in folders for path in folder.rglob("*") if path.is_file()]


@pytest.mark.slow  # three whole devices, every kind of record: about a minute
def test_hq_and_two_field_devices(
    server: ServerProcess, hq_desk: Cli, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    hq = hq_desk
    codes = [hq("hq", "enrol-code").last_line for _ in range(2)]
    assert all(c.startswith("vigil-enrol:") for c in codes)

    one, two = make_cli(tmp_path, "one"), make_cli(tmp_path, "two")
    case_before = one("case", "add", "--title", "Documented before enrolment").last_line
    early = tmp_path / "early.txt"
    early.write_bytes(b"attachment made before enrolment\n" * 5000)
    one("attach", case_before, str(early))
    for device, code in ((one, codes[0]), (two, codes[1])):
        assert len(device("sync", "enrol", code).last_line) == 32
    # offline edits: nothing talks to the server until `sync now`
    case_one = one("case", "add", "--title", "Zhanaozen", "--person", MARKERS[0]).last_line
    one("note", "add", case_one, "--text", MARKERS[1])
    case_two = two("case", "add", "--title", "Second device case").last_line
    two("note", "add", case_two, "--text", MARKERS[2])
    late = tmp_path / "late.bin"
    late.write_bytes(os.urandom(9 * 1024 * 1024 + 17))  # three 4 MiB parts once padded
    two("attach", case_two, str(late))
    status = json.loads(one("sync", "status", "--json").stdout)
    assert status["enrolled"] and status["pending"] >= 4

    for device in (one, two):
        report = json.loads(device("sync", "now", "--json").stdout)
        assert report["pushed"] >= 2 and report["error"] == ""
    report = json.loads(hq("sync", "now", "--json").stdout)
    assert (report["merged"], report["refused"], report["waiting"]) == (8, 0, 0)

    listed = {c["id"]: c for c in json.loads(hq("case", "list", "--json").stdout)}
    assert {case_before, case_one, case_two} <= set(listed)
    shown = json.loads(hq("case", "show", case_one, "--json").stdout)
    assert shown["notes"][0]["text"] == MARKERS[1]
    assert shown["people"][0]["names"][0]["text"] == MARKERS[0]
    devices = {r["device"] for r in json.loads(hq("history", case_two, "--json").stdout)}
    assert len(devices) == 1 and devices != {""}
    verified = hq("verify").stdout
    assert "all intact" in verified and "2 attachments" in verified

    # the field devices see nothing of each other; a second sync is one quiet round
    quiet = json.loads(two("sync", "now", "--json").stdout)
    assert quiet["pushed"] == 0 and quiet["pulled"] == 0 and quiet["round_trips"] <= 3
    assert case_one not in two("case", "list").stdout

    listed_devices = json.loads(hq("hq", "devices", "--json").stdout)
    assert len(listed_devices) == 3

    # the server holds ciphertext only
    files = stored_files(server, request)
    assert len(files) > 3
    for path in files:
        data = path.read_bytes()
        for marker in MARKERS:
            assert marker.encode() not in data, (path, marker)


@pytest.mark.slow  # whole devices before and after a revocation
def test_revoked_device_is_refused(server: ServerProcess, hq_desk: Cli, tmp_path: Path) -> None:
    field = make_cli(tmp_path, "field")
    device_id = field("sync", "enrol", hq_desk("hq", "enrol-code").last_line).last_line
    field("case", "add", "--title", "Before revocation")
    assert json.loads(field("sync", "now", "--json").stdout)["error"] == ""

    hq_desk("hq", "revoke", device_id)  # (with --wipe: tests/sync/test_remote_wipe.py)
    listed = {d["id"]: d for d in json.loads(hq_desk("hq", "devices", "--json").stdout)}
    assert listed[device_id]["status"] == "revoked" and listed[device_id]["wipe"] is False

    field("case", "add", "--title", "After revocation")
    refused = field("sync", "now", "--json", check=False)
    assert refused.returncode != 0 and "revoked" in refused.stderr
    report = json.loads(refused.stdout)
    assert report["pushed"] == 0 and "revoked" in report["error"]
    # Nothing is lost on the device: the refused revision still waits in its outbox.
    status = json.loads(field("sync", "status", "--json").stdout)
    assert status["pending"] == 1 and "revoked" in status["last_error"]
    assert not status["wipe_requested"]

    # A second desk with another identity cannot become HQ: the organisation's HQ keys are
    # the first desk's.
    other = make_cli(tmp_path, "desk")
    made = server.cli("admin-code").stdout.strip().splitlines()[-1]
    taken = other("hq", "init", made, check=False)
    assert taken.returncode != 0 and "HQ" in taken.stderr
