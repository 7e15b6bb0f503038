"""A device's first alert and its key announcement leave together: the announcement, signed
first, must reach HQ first, or HQ refuses it as reordered (a lower sequence number than the
alert it already took) and never learns the key it needs to reach that device (confidential
notes, bundles by hand)."""

from __future__ import annotations

from tests.support.sync import Device
from vigil.alerts import inbox
from vigil.alerts.publish import raise_alert


def test_a_first_urgent_alert_does_not_overtake_the_key_announcement(
    hq_desk_device: Device, field: Device
) -> None:
    hq = hq_desk_device
    case_id = field.new_case("Checkpoint")
    raise_alert(field.vault, case_id, "detained", "Taken at 06:10")  # queues both notes
    assert not field.sync()[0].error
    log_before = len(hq.integrity())
    assert not hq.sync()[0].error
    assert inbox.field_keys(hq.vault)[field.server_id][1].startswith("age1")  # its own key
    assert "field-alert" in [row["kind"] for row in inbox.alerts(hq.vault)]
    assert hq.integrity()[log_before:] == []
