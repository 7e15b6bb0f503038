"""Sync by hand, as an attacker would use it (docs/formats.md §18): bundles whose plaintext is
cut, padded wrong or replayed, sealed to the right reader by anyone who knows its public key;
and a bundle a seized laptop makes after its seizure. Each is refused whole or checked record
by record; nothing of it merges that must not. The server is stopped unless a test says."""

from __future__ import annotations

import hashlib
import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.support.server import FAST_LIMITS
from tests.support.sync import CutOff, Device
from vigil.alerts import inbox
from vigil.alerts.publish import raise_alert
from vigil.crypto import age, keys
from vigil.sync import bundle, outbox, sneakernet
from vigil.sync.enrolment import config
from vigil.sync.seize import seize
from vigil.vault import layout, quarantine
from vigil.vault.attachments import padme


def _to_hq(field: Device) -> tuple[dict[str, str], list[age.Recipient]]:
    cfg = config(field.vault)
    assert cfg is not None
    header = {"direction": bundle.TO_HQ, "org": cfg.org, "from": cfg.device_id, "to": "hq",
              "made": "2026-12-07T00:00:00.000000Z"}  # fmt: skip
    return header, keys.preferred([age.parse_recipient(k) for k in cfg.hq_age])


def _body(header: dict[str, str], envelopes: list[bytes]) -> bytes:
    """A bundle's plaintext up to and including its end line, as bundle.write lays it out."""
    parts = [bundle.MAGIC, json.dumps({"v": 1, **header}, sort_keys=True).encode(), b"\n"]
    for data in envelopes:
        parts.append(f"env {len(data)} {hashlib.sha256(data).hexdigest()}\n".encode() + data)
    return b"".join(parts) + b"end\n"


def _sealed(path: Path, plaintext: bytes, recipients: list[age.Recipient]) -> Path:
    path.write_bytes(age.encrypt(plaintext, recipients))
    return path


def test_hostile_plaintexts_sealed_to_hq_are_refused_whole(
    cut_off: CutOff, tmp_path: Path
) -> None:
    hq, field = cut_off.hq, cut_off.field
    field.new_case("Zhanaozen checkpoint")
    envelopes = [p.read_bytes() for p in outbox.queued(field.vault.path)]
    header, recipients = _to_hq(field)
    body = _body(header, envelopes)
    size = max(bundle.MIN_SIZE, padme(len(body)))
    record_start = body.index(b"env ")
    cases = {
        "cut inside a record": body[: record_start + 40],
        "no end line": body[:-4] + bytes(size - len(body) + 4),
        "a byte after the end": body + b"\x01" + bytes(size - len(body) - 1),
        "padding short of its bucket": body + bytes(size - len(body) - 1),
        "padding past its bucket": body + bytes(size - len(body) + 1),
        "no padding at all": body,
        "a record longer than the bundle": body[:record_start] + b"env 999999 " + b"0" * 64
        + b"\n" + bytes(size),
    }  # fmt: skip
    held = hq.revisions()
    for what, plaintext in cases.items():
        crafted = _sealed(tmp_path / "crafted.vigil", plaintext, recipients)
        with pytest.raises(bundle.BundleRefused) as refused:
            sneakernet.import_bundle(hq.vault, crafted)
        assert refused.value.exit_code == 4, what
        assert hq.revisions() == held, what  # nothing of it was taken
        assert crafted.exists(), what  # the person's file stays
    assert list((hq.vault.path / layout.ATTACHMENTS).glob(".bundle-*")) == []
    # The same records padded as Vigil pads them are taken: the cases above were refused
    # for what was wrong with them, not for being crafted.
    right = _sealed(tmp_path / "right.vigil", body + bytes(size - len(body)), recipients)
    got = sneakernet.import_bundle(hq.vault, right)
    assert got.added == len(envelopes) and not got.troubled


def test_an_old_bundle_replayed_after_a_newer_one_adds_nothing(
    cut_off: CutOff, tmp_path: Path
) -> None:
    hq, field = cut_off.hq, cut_off.field
    case_id = field.new_case("Zhanaozen checkpoint")
    old = tmp_path / "old.vigil"
    sneakernet.export_for_hq(field.vault, old)
    field.edit_case(case_id, "Released on the 9th")
    new = tmp_path / "new.vigil"
    sneakernet.export_for_hq(field.vault, new)
    assert not sneakernet.import_bundle(hq.vault, new).troubled
    item = hq.vault.get(case_id)
    assert item is not None and item.payload["title"] == "Released on the 9th"
    before = len(hq.integrity())
    replayed = sneakernet.import_bundle(hq.vault, old)
    assert replayed.added == 0 and replayed.duplicates >= 1 and not replayed.troubled
    item = hq.vault.get(case_id)
    assert item is not None and item.payload["title"] == "Released on the 9th"  # not rolled back
    assert hq.integrity()[before:] == []


@pytest.fixture
def seized_org(enrolled: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Device, Device]:
    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    server, (hq, taken) = enrolled("taken")
    server.start(*FAST_LIMITS)
    return hq, taken


def test_a_bundle_a_seized_laptop_makes_after_its_seizure_merges_nothing(
    seized_org: tuple[Device, Device], tmp_path: Path
) -> None:
    hq, taken = seized_org
    case_id = taken.new_case("Held at the checkpoint")
    for device in (taken, taken, hq):  # the case, then the key note it vouches for
        assert not device.sync()[0].error
    time.sleep(1.1)
    seize(hq.vault, hq.store, taken.server_id,
          datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))  # fmt: skip
    # Whoever holds the laptop cannot sync any more: they carry a bundle instead.
    taken.edit_case(case_id, "Nothing happened, close the case")
    planted = taken.new_case("Planted")
    raise_alert(taken.vault, case_id, "other", "All clear, stop looking for him")
    stick = tmp_path / "for-hq.vigil"
    done = sneakernet.export_for_hq(taken.vault, stick)
    assert done.envelopes >= 2 and done.notes >= 1
    before = len(hq.integrity())
    alerts_before = len(inbox.alerts(hq.vault))

    got = sneakernet.import_bundle(hq.vault, stick)
    assert got.added == 0 and got.refused == done.envelopes and got.troubled
    assert got.notes == 0  # its alert is signed by a retired key: not shown
    item = hq.vault.get(case_id)
    assert item is not None and item.payload["title"] == "Held at the checkpoint"
    assert hq.vault.get(planted) is None
    assert len(inbox.alerts(hq.vault)) == alerts_before
    assert "seized" in hq.integrity_kinds(before)
    kept = quarantine.folder(hq.vault.path, layout.QUARANTINE_INBOX)
    assert len(list(kept.glob("bundle-*.age"))) == done.envelopes  # kept, not deleted
