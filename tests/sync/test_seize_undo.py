"""A seizure recorded after HQ had already merged what the laptop sent (vigil.sync.seize,
vigil.vault.unmerge): the seized device's revisions that the server accepted after TIME (its
signed receipts decide, never the laptop's clock) are undone at HQ: kept in quarantine,
readable there as such, and each case shown as it was before them; what it accepted before
TIME stays. Nothing is deleted. Against a real server."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.support.server import FAST_LIMITS
from tests.support.sync import Device
from vigil.sync import seized
from vigil.sync.enrolment import config
from vigil.sync.seize import seize
from vigil.vault import unmerge


@pytest.fixture
def org(enrolled: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Device, Device]:
    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    server, (hq, taken) = enrolled("taken")
    server.start(*FAST_LIMITS)
    return hq, taken


def _round(*devices: Device) -> None:
    for device in devices:
        report, _ = device.sync()
        assert not report.error, report.error


def _server_id(device: Device) -> str:
    cfg = config(device.vault)
    assert cfg is not None
    return cfg.device_id


def _title(device: Device, item_id: str) -> str:
    item = device.vault.get(item_id)
    assert item is not None
    return str(item.payload["title"])


def test_what_hq_merged_from_after_time_is_undone_and_kept_readable(
    org: tuple[Device, Device],
) -> None:
    hq, taken = org
    case_id = taken.new_case("Held at the checkpoint")
    kept_note = taken.add_note(case_id, "seen at the station")  # a revision id
    _round(taken, hq, taken, hq)  # merged at HQ, accepted well before TIME
    assert hq.vault.get(case_id) is not None

    time.sleep(1.1)  # the server's clock must pass TIME: it, not the laptop's, decides
    since = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    time.sleep(1.1)
    edit = taken.edit_case(case_id, "Nothing happened here, close it")
    planted = taken.new_case("Planted by whoever holds the laptop")
    planted_note = taken.add_note(case_id, "the witness lied")
    _round(taken, hq)  # HQ merges them before anyone knows the laptop was taken
    assert _title(hq, case_id) == "Nothing happened here, close it"
    assert hq.vault.get(planted) is not None
    # HQ's own edit of the planted case builds on what is about to be undone.
    hq_edit = hq.edit_case(planted, "Planted case, reviewed at HQ")
    before = len(hq.integrity())
    revisions_before = hq.revisions()

    done = seize(hq.vault, hq.store, _server_id(taken), since)

    assert done.undone == 3 and not done.unchecked
    assert _title(hq, case_id) == "Held at the checkpoint"  # as it was before them
    assert kept_note in hq.revisions()  # accepted before TIME: stays
    assert "seized" in hq.integrity_kinds(before)
    # Nothing is deleted: every undone revision is kept, readable as such.
    readable = {r.id: r for r in unmerge.kept(hq.vault)}
    assert edit in readable and len(readable) == 3
    assert readable[edit].payload["title"] == "Nothing happened here, close it"
    assert planted_note in readable and readable[planted_note].payload["text"] == "the witness lied"
    # A note that existed only through an undone revision is no longer listed.
    assert hq.vault.get(readable[planted_note].item) is None
    assert {r.item for r in readable.values()} == {case_id, planted, readable[planted_note].item}
    assert hq.revisions() | set(readable) == revisions_before
    # HQ's own edit on top of an undone revision is not lost: it stays, for a person to review.
    assert hq_edit in hq.revisions()
    assert hq.vault.get(planted) is not None
    assert hq.verify() == []

    # Seizing again (the button pressed twice, its time left at now) undoes nothing more,
    # loses nothing, and keeps the earlier TIME: a later one would let merge what the server
    # accepted in between.
    again = seize(hq.vault, hq.store, _server_id(taken))
    assert again.since == done.since == seized.parse_since(since)
    assert seized.seized(hq.vault)[_server_id(taken)]["since"] == done.since
    assert again.undone == 0 and len(unmerge.kept(hq.vault)) == 3
    assert _title(hq, case_id) == "Held at the checkpoint"
