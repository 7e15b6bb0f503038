"""The server side of remote wipe: it relays HQ's signed order with the refusal, and a device
whose order asks for its outbox first gets "final" tokens that only reach the push and
blob-upload routes. (The device's own checks: tests/sync/test_remote_wipe.py.)"""

from __future__ import annotations

import base64
import hashlib

from tests.server.client import Device, seal
from vigil.crypto.keys import Identity

ORDER = b"vigil-wipe-order/v1\ndevice ...\n\n\xe2\x80\x94 vigil-hq AAAA\n"  # relayed as is


def _revoke(hq: Device, device: Device, **body: object) -> None:
    done = hq.call("POST", f"/v1/devices/{device.id}/revoke", action="admin", json=body)
    assert done.status_code == 200, done.text


def test_the_refusal_carries_the_order_and_final_tokens_only_push(
    hq: Device,
    make_field,  # type: ignore[no-untyped-def]
) -> None:
    field = make_field()
    _revoke(hq, field, wipe=True, wipe_order=base64.b64encode(ORDER).decode(), push_first=True)
    refused = field.challenge("sync")
    assert refused.status_code == 403
    body = refused.json()
    assert body["error"] == "device_revoked" and body["wipe"] is True
    assert base64.b64decode(body["wipe_order"]) == ORDER and body["push_first"] is True

    envelope = seal(b"the last revision", Identity.generate().recipient_string)
    item = {
        "sha256": hashlib.sha256(envelope).hexdigest(),
        "envelope": base64.b64encode(envelope).decode(),
        "audience": "hq",
    }
    pushed = field.call("POST", "/v1/envelopes", action="final", json={"envelopes": [item]})
    assert pushed.status_code == 200, pushed.text
    for method, path in (("GET", "/v1/envelopes"), ("GET", "/v1/devices"), ("GET", "/v1/me")):
        got = field.call(method, path, action="final")
        assert got.status_code == 403, (path, got.text)
    assert field.call("GET", "/v1/envelopes", action="final").json()["error"] == "wrong_action"


def test_final_is_refused_without_a_push_first_order(
    hq: Device,
    make_field,  # type: ignore[no-untyped-def]
) -> None:
    active, plain, no_push = make_field(), make_field(), make_field()
    got = active.challenge("final")
    assert (got.status_code, got.json()["error"]) == (403, "wrong_action")
    _revoke(hq, plain, wipe=True)
    _revoke(hq, no_push, wipe=True, wipe_order=base64.b64encode(ORDER).decode())
    for device in (plain, no_push):
        got = device.challenge("final")
        assert (got.status_code, got.json()["error"]) == (403, "device_revoked")
    assert "wipe_order" not in plain.challenge("sync").json()
    assert no_push.challenge("sync").json()["push_first"] is False


def test_a_wipe_order_must_look_like_one(hq: Device, make_field) -> None:  # type: ignore[no-untyped-def]
    field = make_field()
    bad = hq.call(
        "POST",
        f"/v1/devices/{field.id}/revoke",
        action="admin",
        json={"wipe": True, "wipe_order": base64.b64encode(b"rm -rf /").decode()},
    )
    assert (bad.status_code, bad.json()["error"]) == (422, "invalid_wipe_order")
