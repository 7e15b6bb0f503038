"""`vigil hq seize` at the command line, against a real server with the real Secret Service:
the listing by id and count, a TIME without its zone refused as a bad argument, and an earlier
TIME given later undoing what HQ had merged, readable with `vigil hq quarantined`."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import enrolled_field, make_cli
from tests.support.server import ServerProcess

pytestmark = pytest.mark.e2e  # whole devices against a real server


def test_hq_seize_lists_what_the_laptop_sent_and_revokes_it(
    server: ServerProcess, secret_service: Any, tmp_path: Path
) -> None:
    hq = make_cli(tmp_path, "hq")
    hq("hq", "init", server.admin_code)
    field, field_id, _ = enrolled_field(tmp_path, hq, "field")
    case = field("case", "add", "--title", "Checkpoint", "--person", "Айгерім").last_line
    before_all = "2020-01-01T00:00:00Z"  # every revision was accepted after it
    field("sync", "now")  # the case, and the signed note announcing the device's key
    field("sync", "now")
    hq("sync", "now")
    # Receipts date to the second, and a revision accepted in TIME's own second counts as
    # after it (sync/seize.py): TIME, now, must fall in a later second than the acceptance.
    time.sleep(1.05 - time.time() % 1)

    bad = hq("hq", "seize", field_id, "--since", "2026-12-07T06:10:00", check=False)
    assert bad.returncode == 2 and "zone" in bad.stderr
    done = json.loads(hq("hq", "seize", field_id[:8], "--json").stdout)
    assert done["device"] == field_id and done["known"] and done["notes_sent"] == 1
    assert done["cases"] == [case] and len(done["people"]) == 1
    refused = field("sync", "now", check=False)
    assert refused.returncode != 0 and "revoked" in refused.stderr.lower()
    devices = json.loads(hq("hq", "devices", "--json").stdout)
    assert [d["status"] for d in devices if d["id"] == field_id] == ["revoked"]
    assert done["undone"] == 0 and not done["unchecked"]  # all accepted before now

    # HQ learns it was taken long before: what HQ merged from it is undone, and readable.
    merged = hq("case", "list", "--json").stdout
    assert case in merged
    again = json.loads(hq("hq", "seize", field_id, "--since", before_all, "--json").stdout)
    assert again["undone"] >= 2 and not again["unchecked"]
    assert case not in hq("case", "list", "--json").stdout
    kept = json.loads(hq("hq", "quarantined", "--json").stdout)
    assert len(kept) == again["undone"]
    assert {r["item"] for r in kept if r["kind"] == "case"} == {case}
    assert [r["payload"]["title"] for r in kept if r["kind"] == "case"] == ["Checkpoint"]
