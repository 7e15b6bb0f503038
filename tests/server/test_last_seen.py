"""When HQ last heard from a device (issue 15: a "last seen" column): the server records the
UTC day of a device's latest sign-in, never the time, so that the rounds that push nothing
leave no time of day on the server (docs/protocol.md, docs/threat-model.md)."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.support.api import Device


def _listed(hq: Device, device: Device) -> dict[str, object]:
    got = hq.call("GET", "/v1/devices", action="admin")
    assert got.status_code == 200, got.text
    found: dict[str, object] = next(d for d in got.json()["devices"] if d["id"] == device.id)
    return found


def test_hq_sees_the_day_a_device_last_signed_in_and_no_time(
    hq: Device, make_field  # type: ignore[no-untyped-def]
) -> None:
    enrolled = make_field()
    assert _listed(hq, enrolled)["last_seen"] is None  # enrolled, never signed in since
    enrolled.login("sync")
    today = datetime.now(UTC).date().isoformat()
    assert _listed(hq, enrolled)["last_seen"] == today  # a day: "2026-12-07", no hour
    assert _listed(hq, hq)["last_seen"] == today  # the desk signed in to list them
    me = enrolled.call("GET", "/v1/me")
    assert me.status_code == 200 and me.json()["last_seen"] == today
