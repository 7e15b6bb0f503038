"""The one sync round (vigil.sync.round) against a real server: the inbox kept page by page,
what a round reports as changed, attachments downloaded in the same round, a round while
locked, and a damaged inbox page."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from tests.support.sync import Device
from tests.support.vaults import PASSPHRASE
from vigil.sync import outbox, unlocked
from vigil.sync import round as sync_round
from vigil.sync.engine import sync_once
from vigil.vault import layout, merge
from vigil.vault.items import Change
from vigil.vault.store import Vault

NOTES = 150


@pytest.fixture
def org(hq_desk_device: Device, field: Device) -> tuple[Device, Device]:
    return hq_desk_device, field


def _field_saves(field: Device, notes: int) -> str:
    case_id = field.new_case("Zhanaozen")
    field.vault.save_many(
        [Change("note", {"text": f"note {i}"}, case_id=case_id) for i in range(notes)]
    )
    report, _ = field.sync()
    assert not report.error and report.pushed >= notes
    return case_id


def test_a_pulled_page_is_one_file_and_costs_a_few_fsyncs_not_two_per_envelope(
    org: tuple[Device, Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, field = org
    _field_saves(field, NOTES)
    calls = []
    real = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(fd), real(fd))[1])
    report = sync_once(hq.vault.path, hq.cred)
    monkeypatch.undo()
    assert not report.error and report.pulled > NOTES
    # One page (the client asks for 500): the page file and its folder, the state file and
    # its folder, and what the notes channel keeps. It was two per envelope (300 and more).
    assert len(calls) <= 10, len(calls)
    files = outbox.inbox(hq.vault.path)
    assert [p.suffix for p in files] == [".page"]
    envelopes = outbox.read_page(files[0].read_bytes())
    assert len(envelopes) == report.pulled
    merged = unlocked.merge_inbox(hq.vault)
    assert merged.added == report.pulled and not merged.refused
    assert outbox.inbox(hq.vault.path) == []  # merged pages go


def test_a_damaged_page_moves_to_quarantine_as_it_came_and_is_logged(
    org: tuple[Device, Device],
) -> None:
    hq, field = org
    _field_saves(field, 3)
    assert not sync_once(hq.vault.path, hq.cred).error
    (page,) = outbox.inbox(hq.vault.path)
    data = bytearray(page.read_bytes())
    data[-5] ^= 0x01  # one flipped bit in the last envelope: its hash no longer matches
    page.write_bytes(bytes(data))
    logged = len(merge.integrity_log(hq.vault))
    merged = unlocked.merge_inbox(hq.vault)
    assert merged.added == 0
    kept = hq.vault.path / layout.QUARANTINE / layout.QUARANTINE_INBOX / page.name
    assert kept.read_bytes() == bytes(data) and not page.exists()
    entries = merge.integrity_log(hq.vault)
    assert len(entries) == logged + 1
    assert entries[0]["kind"] == "refused" and page.name in entries[0]["detail"]
    # not merged, nor logged, again at the next round
    assert unlocked.merge_inbox(hq.vault).added == 0
    assert len(merge.integrity_log(hq.vault)) == logged + 1


@pytest.mark.parametrize("cut", [1, 40])
def test_a_cut_page_is_refused(cut: int) -> None:
    page = outbox.PAGE_MAGIC + b"7 " + b"0" * 64 + b" 100\n" + b"x" * (100 - cut)
    with pytest.raises(outbox.DamagedPage):
        outbox.read_page(page)
    with pytest.raises(outbox.DamagedPage):
        outbox.read_page(b"not a page")
    with pytest.raises(outbox.DamagedPage):
        outbox.read_page(outbox.PAGE_MAGIC + b"1 2\n")


def test_one_round_merges_downloads_attachments_and_says_what_changed(
    org: tuple[Device, Device], tmp_path: Path
) -> None:
    hq, field = org
    case_id = field.new_case("Evidence")
    source = tmp_path / "photo.jpg"
    source.write_bytes(os.urandom(70_000))
    attachment = field.vault.add_attachment(case_id, source).item
    assert not field.sync()[0].error
    result = sync_round.run(hq.vault.path, hq.store, vault=hq.vault)
    assert not result.report.error and not result.locked
    assert result.report.blobs == 1
    (item,) = hq.vault.items("attachment")
    assert item.id == attachment
    assert (hq.vault.path / "attachments" / f"{item.payload['blob']}.age").is_file()
    plain = io.BytesIO()
    hq.vault.read_attachment(attachment, plain)
    assert plain.getvalue() == source.read_bytes()
    assert {case_id, attachment} <= result.items
    assert result.cases == {case_id}
    again = sync_round.run(hq.vault.path, hq.store, vault=hq.vault)
    assert not again.items and not again.cases


def test_a_locked_round_pushes_and_pulls_and_the_unlock_merges(
    org: tuple[Device, Device],
) -> None:
    hq, field = org
    case_id = _field_saves(field, 2)
    hq_dir = hq.vault.path
    hq.vault.close()
    result = sync_round.run(hq_dir, hq.store)  # no vault: locked
    assert result.locked and not result.report.error and result.report.pulled >= 3
    assert not result.items
    assert [p.suffix for p in outbox.inbox(hq_dir)] == [".page"]
    with Vault.open(hq_dir, PASSPHRASE) as vault:
        unlocked.prepare(vault)  # what every unlock does
        assert vault.get(case_id) is not None
        assert outbox.inbox(hq_dir) == []
