"""``passwd --rekey --new-identity`` on an enrolled field device, through a real server: HQ
moves its pin to the new signing key because one note signed with the old key announces it,
and everything before and after the change stays readable on both ends."""

from __future__ import annotations

from tests.support.sync import Device
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.alerts import inbox, publish


def _alerts(hq: Device) -> list[tuple[str, str]]:
    rows = hq.vault.conn.execute("SELECT kind, sender FROM alerts ORDER BY received, seq")
    return [(str(k), str(s)) for k, s in rows]


def _ready(hq: Device, field: Device) -> str:
    """The field device enrolled, its first case merged and its keys pinned at HQ."""
    case = field.new_case("Detained at the checkpoint")
    field.sync()
    field.sync()
    hq.sync()
    assert ("device-keys", field.server_id) in _alerts(hq)
    old = field.vault.identity.verify_key_bytes
    assert inbox.field_keys(hq.vault)[field.server_id][0] == old
    return case


def test_hq_follows_a_field_device_to_its_new_keys(hq_desk_device: Device, field: Device) -> None:
    hq = hq_desk_device
    case = _ready(hq, field)
    old = field.vault.identity
    field.vault.rekey(PASSPHRASE, FAST_KDF, new_identity=True)
    assert publish.announce_new_identity(field.vault, old)
    publish.raise_alert(field.vault, case, "detained", "Moved to another prison")
    after = field.add_note(case, "Written with the new keys")
    report, _ = field.sync()
    assert report.error == ""
    hq.sync()
    assert hq.integrity() == [], hq.integrity()
    new = field.vault.identity
    pinned = inbox.field_keys(hq.vault)[field.server_id]
    assert pinned == (new.verify_key_bytes, new.recipient_string)
    assert ("field-alert", field.server_id) in _alerts(hq)
    assert after in hq.revisions() and field.own_revisions() <= hq.revisions()
    assert hq.verify() == [] and field.verify() == []


def test_new_keys_that_were_not_announced_are_refused(
    hq_desk_device: Device, field: Device
) -> None:
    """The control: without the note signed by the old key, HQ keeps its pin."""
    hq = hq_desk_device
    case = _ready(hq, field)
    old_key = field.vault.identity.verify_key_bytes
    field.vault.rekey(PASSPHRASE, FAST_KDF, new_identity=True)
    publish.raise_alert(field.vault, case, "detained", "Moved to another prison")
    field.add_note(case, "Written with the new keys")  # HQ learns the key from this
    field.sync()
    hq.sync()
    assert any("changed_key" in entry["detail"] for entry in hq.integrity())
    assert ("field-alert", field.server_id) not in _alerts(hq)
    assert inbox.field_keys(hq.vault)[field.server_id][0] == old_key
