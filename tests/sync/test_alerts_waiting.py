"""A field device's notes jump its queue, so they can reach the HQ desk before any revision
that vouches for the device's signing key. The desk keeps such a note and takes it once the
revisions arrive, instead of refusing it as signed by an unknown key."""

from __future__ import annotations

from tests.support.sync import Device
from vigil.alerts import inbox


def _kinds(hq: Device) -> list[str]:
    return [row[0] for row in hq.vault.conn.execute("SELECT kind FROM alerts ORDER BY received")]


def test_a_note_waits_for_the_revisions_that_vouch_for_its_key(
    hq_desk_device: Device, field: Device
) -> None:
    hq = hq_desk_device
    field.sync()  # the first round queues the device's signed key announcement...
    report, _ = field.sync()  # ...which goes in the next; nothing was saved yet
    assert report.error == "" and report.pushed == 0 and report.notes_sent == 1
    hq.sync()
    assert _kinds(hq) == [] and hq.integrity() == []  # kept, not refused
    waiting = list((hq.vault.path / "alerts-inbox").glob("*.age"))
    assert len(waiting) == 1
    assert inbox.absorb(hq.vault).waiting == 1  # and again at the next absorb

    field.new_case("A first case")  # its revision vouches for the device's key
    field.sync()
    hq.sync()
    assert _kinds(hq) == ["device-keys"] and hq.integrity() == []
    assert not list((hq.vault.path / "alerts-inbox").glob("*.age"))
