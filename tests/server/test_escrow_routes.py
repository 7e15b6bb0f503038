"""Escrow on the server (docs/escrow.md): a device stores, replaces and removes its own
envelope; HQ fetches it with an admin token; a field device cannot fetch anyone's."""

from __future__ import annotations

import os

from tests.support.api import Device, b64, seal


def test_a_device_stores_replaces_and_removes_its_escrow_and_hq_fetches_it(
    hq: Device, make_field
) -> None:  # type: ignore[no-untyped-def]
    field, other = make_field(), make_field()
    path = f"/v1/devices/{field.id}/escrow"
    assert hq.call("GET", path, action="admin").json()["error"] == "escrow_not_found"
    first, second = (seal(os.urandom(64), hq.recipient) for _ in range(2))
    for envelope in (first, second):
        stored = field.call("PUT", "/v1/escrow", json={"envelope": b64(envelope)})
        assert stored.json() == {"removed": False}, stored.text
    got = hq.call("GET", path, action="admin")
    assert got.status_code == 200, got.text
    assert got.json()["device_id"] == field.id and got.json()["envelope"] == b64(second)
    assert got.json()["stored_at"].endswith("Z")
    # Another field device may not read it, with either token it can get.
    assert other.call("GET", path).status_code == 403
    assert field.call("DELETE", "/v1/escrow").json() == {"removed": True}
    assert field.call("DELETE", "/v1/escrow").json() == {"removed": False}
    gone = hq.call("GET", path, action="admin")
    assert (gone.status_code, gone.json()["error"]) == (404, "escrow_not_found")
