"""A field device announces its hybrid (post-quantum) age key beside its X25519 one in its
signed ``device-keys`` note; HQ then encrypts to the hybrid key (confidential alerts, bundles
by hand), and a device that announced only X25519 before announces again once."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.sync import Device
from vigil.alerts import inbox, note, publish
from vigil.alerts.store import AlertStore
from vigil.crypto import age, signed_note
from vigil.sync import sneakernet


def _introduce(field: Device, hq: Device) -> None:
    """A revision vouches for the device's signing key; the round after it carries the
    key note (queued at the unlock), and HQ takes both."""
    field.new_case("Checkpoint")
    assert not field.sync()[0].error
    assert not field.sync()[0].error
    assert not hq.sync()[0].error


def _body(data: bytes) -> bytes:
    return note.parse_text(signed_note.split(data)[0]).body


def _stanza_types(age_file: bytes) -> set[str]:
    head = age_file[: age_file.index(b"\n---")].decode()
    return {line.split()[1] for line in head.splitlines() if line.startswith("-> ")}


def test_hq_encrypts_to_the_hybrid_key_a_device_announced(
    hq_desk_device: Device, field: Device, tmp_path: Path
) -> None:
    hq = hq_desk_device
    _introduce(field, hq)
    device_id = field.server_id
    announced = AlertStore(hq.vault).field_hybrid_keys()
    assert announced[device_id] == str(field.vault.identity.hybrid_recipient)

    sent = publish.publish_alert(hq.vault, "urgent", "Leave by the south road", 2.0, "all", True)
    assert _stanza_types(_body(sent)) == {"mlkem768x25519"}
    with pytest.raises(age.AgeNoMatch):  # the device's X25519 key alone does not open it
        age.decrypt(_body(sent), [field.vault.identity.age_identity])
    assert not hq.sync()[0].error
    assert not field.sync()[0].error
    texts = [str(row.get("payload", {}).get("text", "")) for row in inbox.alerts(field.vault)]
    assert "Leave by the south road" in texts, texts

    out = tmp_path / "for-field.vigil"
    sneakernet.export_for_device(hq.vault, out, device_id)
    assert _stanza_types(out.read_bytes()) == {"mlkem768x25519"}


def test_a_device_that_announced_only_x25519_announces_again(
    hq_desk_device: Device, field: Device
) -> None:
    hq = hq_desk_device
    field.new_case("Checkpoint")
    assert not field.sync()[0].error
    assert not hq.sync()[0].error
    # As if the device had announced before it had a hybrid key: HQ knows only its X25519
    # key, and the device's marker (alerts/publish.py) names only that.
    with hq.vault.transaction() as conn:
        conn.execute("UPDATE alert_keys SET age_pq = NULL WHERE role = 'field'")
    assert AlertStore(hq.vault).field_hybrid_keys() == {}
    field.vault.set_meta(publish.ANNOUNCED, field.vault.identity.recipient_string)
    assert publish.announce_keys(field.vault) is True
    assert publish.announce_keys(field.vault) is False  # once
    assert not field.sync()[0].error
    assert not hq.sync()[0].error
    device_id = field.server_id
    assert AlertStore(hq.vault).field_hybrid_keys() == {
        device_id: str(field.vault.identity.hybrid_recipient)
    }


def test_hq_falls_back_to_x25519_while_one_device_has_no_hybrid_key(
    hq_desk_device: Device, field: Device
) -> None:
    """An age file cannot mix the two: one device that never announced a hybrid key (an
    older Vigil) keeps a note to everyone on X25519, and the log says why."""
    hq = hq_desk_device
    _introduce(field, hq)
    device_id = field.server_id
    with hq.vault.transaction() as conn:
        conn.execute("UPDATE alert_keys SET age_pq = NULL WHERE device = ?", (device_id,))
    recipients = inbox.device_recipients(hq.vault, [device_id])
    assert [type(r) for r in recipients] == [age.X25519Recipient]
