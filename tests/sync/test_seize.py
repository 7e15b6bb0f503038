"""A field laptop is seized (vigil.sync.seized, `vigil hq seize`): against a real server, the
desk revokes it, tells every device in a note it signs, encrypts nothing more to its keys,
keeps in quarantine what the server accepted from it after TIME (the server's clock decides,
never the laptop's) while what it accepted before still merges, and lists what it held."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.support.server import FAST_LIMITS
from tests.support.sync import Device
from vigil.alerts import inbox, publish
from vigil.crypto.errors import BadArgument, VigilError
from vigil.sync import seized, sneakernet
from vigil.sync.enrolment import config
from vigil.sync.seize import seize
from vigil.vault import layout, quarantine


@pytest.fixture
def org(enrolled: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Device, Device, Device]:
    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    server, (hq, taken, other) = enrolled("taken", "other")
    server.start(*FAST_LIMITS)
    return hq, taken, other


def _round(*devices: Device) -> None:
    for device in devices:
        report, _ = device.sync()
        assert not report.error, report.error


def _server_id(device: Device) -> str:
    cfg = config(device.vault)
    assert cfg is not None
    return cfg.device_id


def test_a_seized_laptop_is_cut_off_and_what_it_sent_after_time_is_quarantined(
    org: tuple[Device, Device, Device], tmp_path: Path
) -> None:
    hq, taken, other = org
    case_id = taken.new_case("Held at the checkpoint")
    person = taken.vault.save(
        "person", {"names": [{"text": "Ерлан", "script": "Cyrl"}]}, case_id=case_id
    ).item
    photo = tmp_path / "photo.bin"
    photo.write_bytes(b"x" * 5000)
    attachment = taken.vault.add_attachment(case_id, photo).item
    other.new_case("The other device's case")  # a revision that vouches for its key note
    # Two rounds each way: revisions first, then the signed key notes they vouch for.
    _round(taken, other, hq, taken, other, hq)

    before_time = taken.new_case("Pushed before the laptop was taken")
    _round(taken)  # accepted by the server; HQ has not pulled it yet
    time.sleep(1.1)  # the server's clock must pass TIME: it, not the laptop's, decides
    since = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    time.sleep(1.1)
    planted = taken.new_case("Planted by whoever holds the laptop")
    _round(taken)  # the server accepted it after TIME, before HQ revoked the laptop

    done = seize(hq.vault, hq.store, _server_id(taken), since)
    assert done.notes_sent == 1 and done.held.known
    assert done.held.cases == [case_id] and done.held.people == [person]
    assert done.held.attachments == [attachment] and done.held.revisions >= 3

    log_before = len(hq.integrity())
    report, merged = hq.sync()
    assert not report.error and len(merged.refused) == 1
    held_by_hq = {row[0] for row in hq.vault.query("SELECT id FROM items")}
    assert before_time in held_by_hq  # accepted before TIME: merged as usual
    assert planted not in held_by_hq  # after TIME: not merged...
    kinds = hq.integrity_kinds(log_before)
    assert "seized" in kinds  # ...shown as such...
    kept = quarantine.folder(hq.vault.path, layout.QUARANTINE_INBOX)
    assert any(kept.iterdir())  # ...and kept, not deleted

    # Every other device hears it in a note signed by HQ, and records it.
    _round(other)
    assert seized.is_seized(other.vault, _server_id(taken))
    assert "device-seized" in [row["kind"] for row in inbox.alerts(other.vault)]

    # Nothing HQ makes is encrypted to the seized laptop's keys any more.
    with pytest.raises(VigilError, match="Seized devices"):
        publish.publish_alert(hq.vault, "info", "x", 2.0, [_server_id(taken)], True)
    confidential = publish.publish_alert(hq.vault, "urgent", "Move", 2.0, "all", True)
    assert confidential  # sealed to the other device alone (the taken one is retired)
    with pytest.raises(BadArgument, match="seized"):
        sneakernet.export_for_device(hq.vault, tmp_path / "b.vigil", _server_id(taken))
    assert taken.sync()[0].error  # revoked: refused at once


def test_seize_time_must_carry_its_zone() -> None:
    with pytest.raises(BadArgument, match="zone"):
        seized.parse_since("2026-12-07T06:10:00")
    with pytest.raises(BadArgument, match="not a time"):
        seized.parse_since("yesterday")
    assert seized.parse_since("2026-12-07T07:10:00+01:00") == "2026-12-07T06:10:00.000000Z"
    # A time to come is no time a laptop was taken: until then, what the server accepted from
    # whoever holds it would merge.
    with pytest.raises(BadArgument, match="to come"):
        seized.parse_since("2099-01-01T00:00:00Z")
