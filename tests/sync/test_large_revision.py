"""The largest revision the app allows must sync: a note of 1,000,000 characters that JSON has
to escape makes an envelope of about 6 MiB, which the server once refused (1 MiB cap), and
every later save of that device then waited behind it for ever."""

from __future__ import annotations

from tests.support.sync import Device
from vigil.cases.model import MAX_TEXT
from vigil.vault.items import Change


def test_the_largest_note_syncs_with_what_follows(hq_desk_device: Device, field: Device) -> None:
    hq = hq_desk_device
    case_id = field.new_case("Large note case")
    [big] = field.vault.save_many([Change("note", {"text": "\x01" * MAX_TEXT}, case_id=case_id)])
    assert len(big.envelope) > 5 * 1024 * 1024  # far above the old cap
    after = field.add_note(case_id, "a note saved after the large one")
    report, _ = field.sync()
    assert report.error == "" and report.pushed == 3
    hq.sync()
    held = hq.revisions()
    assert big.id in held and after in held
