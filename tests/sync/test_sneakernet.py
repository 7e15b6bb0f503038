"""Sync by hand (vigil.sync.sneakernet, docs/sync.md "Sneakernet"): a field device's bundle for
HQ, carried while the server is stopped, imported with the checks of a pull; the same
envelopes, notes and attachments arriving later through the server recognised, not doubled.

A real server enrols the devices and is then stopped: nothing in between talks to it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.sync import CutOff, Device
from vigil.alerts import inbox
from vigil.alerts.publish import raise_alert
from vigil.crypto.envelope import AGE_MAGIC, Revision
from vigil.crypto.errors import BadArgument
from vigil.sync import bundle, outbox, sneakernet
from vigil.vault import layout, quarantine
from vigil.vault.attachments import padme


def _field_work(field: Device, tmp_path: Path) -> tuple[str, str]:
    case_id = field.new_case("Zhanaozen checkpoint")
    field.add_note(case_id, "detained on the 4th")
    source = tmp_path / "photo.bin"
    source.write_bytes(os.urandom(70_000))
    attachment = field.vault.add_attachment(case_id, source).item
    return case_id, attachment


def test_a_field_bundle_reaches_hq_with_the_server_stopped(cut_off: CutOff, tmp_path: Path) -> None:
    hq, field = cut_off.hq, cut_off.field
    case_id, attachment = _field_work(field, tmp_path)
    raise_alert(field.vault, case_id, "detained", "Taken at the checkpoint")
    stick = tmp_path / "stick" / "for-hq.vigil"
    stick.parent.mkdir()
    done = sneakernet.export_for_hq(field.vault, stick)
    assert done.envelopes >= 3 and done.attachments == 1 and done.notes >= 1
    # The outbox keeps every item: HQ is not known to have them until the server says so.
    assert len(outbox.queued(field.vault.path)) == done.envelopes

    got = sneakernet.import_bundle(hq.vault, stick)
    assert got.added == done.envelopes and got.refused == 0 and got.waiting == 0
    assert got.attachments == 1 and case_id in got.cases and not got.troubled
    assert field.own_revisions() <= hq.revisions()
    assert hq.vault.get(case_id) is not None
    blob = hq.vault.get(attachment)
    assert blob is not None
    assert (hq.vault.path / layout.ATTACHMENTS / f"{blob.payload['blob']}.age").is_file()
    kinds = [row["kind"] for row in inbox.alerts(hq.vault)]
    assert "field-alert" in kinds
    assert stick.exists()  # the person's file is theirs: never removed

    # Idempotent: the same bundle again adds nothing and reports nothing as refused.
    again = sneakernet.import_bundle(hq.vault, stick)
    assert again.added == 0 and again.duplicates == done.envelopes
    assert not again.troubled and again.attachments == 0
    assert again.notes_duplicate == done.notes
    assert [row["kind"] for row in inbox.alerts(hq.vault)] == kinds

    # The server comes back: the field pushes what it holds, HQ pulls it, nothing doubles.
    before = len(hq.integrity())
    cut_off.server.start()
    report, _ = field.sync()
    assert not report.error and report.pushed == done.envelopes
    assert outbox.queued(field.vault.path) == []
    report, merged = hq.sync()
    assert not report.error and merged.added == 0 and merged.duplicates >= done.envelopes
    assert not merged.refused
    assert [row["kind"] for row in inbox.alerts(hq.vault)] == kinds
    assert hq.integrity()[before:] == []  # the notes that came first by hand are no replay


def test_a_bundle_holds_only_ciphertext_and_its_size_is_a_bucket(
    cut_off: CutOff, tmp_path: Path
) -> None:
    field = cut_off.field
    marker = "Nurlan Sadykov, detained"
    case_id = field.new_case(marker)
    field.add_note(case_id, marker)
    out = tmp_path / "b.vigil"
    done = sneakernet.export_for_hq(field.vault, out)
    data = out.read_bytes()
    assert data.startswith(AGE_MAGIC)
    assert marker.encode() not in data and marker.encode("utf-16-le") not in data
    # The plaintext is padded to a Padmé bucket of at least 64 KiB: age adds a header (a few
    # kilobytes when HQ's key is hybrid), a 16-byte nonce and 16 bytes per 64 KiB chunk.
    assert done.size == len(data) >= bundle.MIN_SIZE
    payload = len(data) - (data.index(b"\n", data.index(b"\n---") + 1) + 1) - 16
    plain_guess = payload - -(-payload // 65552) * 16
    assert any(abs(plain_guess - padme(n)) < 400 for n in (bundle.MIN_SIZE, plain_guess))
    # The field device itself cannot open it: only the pinned HQ keys can.
    with pytest.raises(bundle.BundleRefused, match="not for this vault"):
        sneakernet.import_bundle(field.vault, out)
    assert list((field.vault.path / layout.ATTACHMENTS).glob(".bundle-*")) == []


def test_cut_altered_and_foreign_bundles_are_refused_whole(cut_off: CutOff, tmp_path: Path) -> None:
    hq, field = cut_off.hq, cut_off.field
    _field_work(field, tmp_path)
    out = tmp_path / "b.vigil"
    sneakernet.export_for_hq(field.vault, out)
    data = out.read_bytes()
    held = hq.revisions()

    cut = tmp_path / "cut.vigil"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(bundle.BundleRefused, match="damaged or cut short") as refused:
        sneakernet.import_bundle(hq.vault, cut)
    assert refused.value.exit_code == 4
    flipped = bytearray(data)
    flipped[-40] ^= 1
    bad = tmp_path / "flipped.vigil"
    bad.write_bytes(bytes(flipped))
    with pytest.raises(bundle.BundleRefused):
        sneakernet.import_bundle(hq.vault, bad)
    text = tmp_path / "notes.txt"
    text.write_text("not a bundle")
    with pytest.raises(bundle.BundleUnreadable) as unreadable:
        sneakernet.import_bundle(hq.vault, text)
    assert unreadable.value.exit_code == 2
    with pytest.raises(bundle.BundleUnreadable):
        sneakernet.import_bundle(hq.vault, tmp_path / "missing.vigil")
    assert hq.revisions() == held  # nothing of a refused bundle was taken
    assert list((hq.vault.path / layout.ATTACHMENTS).glob(".bundle-*")) == []
    assert cut.exists() and bad.exists() and text.exists()


def test_a_crafted_bundle_goes_through_the_pull_checks(cut_off: CutOff, tmp_path: Path) -> None:
    """Anyone who knows HQ's public key can write a bundle: what it carries is checked as a
    pull is. Something that is no envelope is refused and kept in quarantine; the genuine
    envelope beside it still merges."""
    hq, field = cut_off.hq, cut_off.field
    case_id, _ = _field_work(field, tmp_path)
    first = tmp_path / "first.vigil"
    sneakernet.export_for_hq(field.vault, first)
    assert sneakernet.import_bundle(hq.vault, first).added > 0
    from vigil.sync.enrolment import config

    cfg = config(field.vault)
    assert cfg is not None
    from vigil.crypto import age, keys

    header = {"direction": bundle.TO_HQ, "org": cfg.org, "from": cfg.device_id, "to": "hq",
              "made": "2026-12-07T00:00:00.000000Z"}  # fmt: skip
    recipients = keys.preferred([age.parse_recipient(k) for k in cfg.hq_age])
    field.edit_case(case_id, "edited after the export")
    newer = outbox.queued(field.vault.path)[-1].read_bytes()
    crafted = tmp_path / "crafted.vigil"
    bundle.write(crafted, recipients, header, [b"age-encryption.org/v1\nnot really", newer],
                 [], [])  # fmt: skip
    got = sneakernet.import_bundle(hq.vault, crafted)
    assert got.refused == 1 and got.added == 1 and got.troubled
    kept = quarantine.folder(hq.vault.path, layout.QUARANTINE_INBOX)
    assert len(list(kept.glob("bundle-*.age"))) == 1
    assert "refused" in hq.integrity_kinds()


def test_a_bundle_for_another_organisation_or_direction_is_refused_plainly(
    cut_off: CutOff, tmp_path: Path
) -> None:
    hq, field = cut_off.hq, cut_off.field
    from vigil.sync.enrolment import config

    cfg = config(field.vault)
    assert cfg is not None
    from vigil.crypto import age, keys

    recipients = keys.preferred([age.parse_recipient(k) for k in cfg.hq_age])
    other = tmp_path / "other-org.vigil"
    bundle.write(other, recipients, {"direction": bundle.TO_HQ, "org": "another org",
                 "from": cfg.device_id, "to": "hq", "made": "x"}, [], [], [])  # fmt: skip
    with pytest.raises(bundle.BundleRefused, match="another organisation") as refused:
        sneakernet.import_bundle(hq.vault, other)
    assert refused.value.exit_code == 4
    wrong_way = tmp_path / "wrong-way.vigil"
    bundle.write(wrong_way, recipients, {"direction": bundle.TO_DEVICE, "org": cfg.org,
                 "from": "hq", "to": cfg.device_id, "made": "x"}, [], [], [])  # fmt: skip
    with pytest.raises(bundle.BundleRefused, match="for a field device"):
        sneakernet.import_bundle(hq.vault, wrong_way)


def test_an_export_never_replaces_a_file_it_did_not_make(cut_off: CutOff, tmp_path: Path) -> None:
    """A person's file at the chosen name is theirs: refused (exit 2) and left as it was,
    unless they said to replace it (the app's save dialog asks)."""
    field = cut_off.field
    field.new_case("Zhanaozen")
    thesis = tmp_path / "thesis.odt"
    thesis.write_bytes(b"three years of work")
    with pytest.raises(BadArgument, match="already exists") as refused:
        sneakernet.export_for_hq(field.vault, thesis)
    assert refused.value.exit_code == 2
    assert thesis.read_bytes() == b"three years of work"
    with pytest.raises(BadArgument, match="no folder"):
        sneakernet.export_for_hq(field.vault, tmp_path / "unplugged" / "b.vigil")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    assert sneakernet.export_for_hq(field.vault, thesis, replace=True).envelopes == 1
    assert thesis.read_bytes().startswith(AGE_MAGIC)


def test_a_bundle_that_brings_a_case_in_is_recorded_in_its_custody_log(
    cut_off: CutOff, tmp_path: Path
) -> None:
    """HQ's own chain gets an ``imported`` entry naming the bundle file's SHA-256 for each case
    the bundle brought something of; the same bundle again, or one carrying only the field's
    own custody entries, brings nothing in and records nothing."""
    import hashlib

    from vigil.evidence import custody

    def hq_revs(case_id: str) -> list[Revision]:
        return [r for r in custody.case_revisions(hq.vault, case_id)
                if r.kind == custody.KIND and r.device == hq.vault.device]  # fmt: skip

    def hq_entries(case_id: str) -> list[dict[str, str]]:
        return [dict(r.payload) for r in hq_revs(case_id)]

    hq, field = cut_off.hq, cut_off.field
    case_id, _ = _field_work(field, tmp_path)
    quiet = field.new_case("Nothing new after the first bundle")
    first = tmp_path / "first.vigil"
    sneakernet.export_for_hq(field.vault, first)
    sneakernet.import_bundle(hq.vault, first)
    digest = hashlib.sha256(first.read_bytes()).hexdigest()
    for brought in (case_id, quiet):
        (entry,) = hq_entries(brought)
        assert entry["action"] == "imported" and entry["sha256"] == digest
        assert "bundle" in entry["detail"] and "prev" not in entry

    sneakernet.import_bundle(hq.vault, first)  # already here: nothing brought in
    assert len(hq_entries(case_id)) == 1

    # The field's own custody entry alone is no case brought in (and no echo back and forth).
    custody.append(field.vault, quiet, "exported", "evidence package")
    field.add_note(case_id, "released on bail")
    second = tmp_path / "second.vigil"
    sneakernet.export_for_hq(field.vault, second)
    sneakernet.import_bundle(hq.vault, second)
    assert len(hq_entries(quiet)) == 1
    older, newer = hq_revs(case_id)
    assert newer.payload["sha256"] == hashlib.sha256(second.read_bytes()).hexdigest()
    assert newer.payload["prev"] == custody.text_hash(older)
