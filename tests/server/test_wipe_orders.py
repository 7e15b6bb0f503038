"""The server side of remote wipe: it relays HQ's signed order with the refusal, and a device
whose order asks for its outbox first gets "final" tokens that only reach the push and
blob-upload routes. (The device's own checks: tests/sync/test_remote_wipe.py.)"""

from __future__ import annotations

import base64
import hashlib
import time

import httpx
from sqlalchemy import text

from tests.support.api import Device, seal
from tests.support.server import ServerProcess
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


def _order(expires: int) -> str:
    stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(expires))
    text = f"vigil-wipe-order/v1\ndevice x\nexpires {stamp}\npush-first yes\n\n— vigil-hq AAAA\n"
    return base64.b64encode(text.encode()).decode()


def _final_token(device: Device) -> httpx.Response:
    nonce = device.challenge("final").json()["nonce"]
    return device.api.request("POST", "/v1/auth/token", json={
        "device_id": device.id, "action": "final", "nonce": nonce,
        "signature": device.sign_challenge(device.api.host, "final", nonce)})  # fmt: skip


def test_one_final_session_pushes_only_to_hq_until_a_stored_deadline(
    server: ServerProcess,
    hq: Device,
    make_field,  # type: ignore[no-untyped-def]
) -> None:
    field = make_field()
    expires = int(time.time()) + 600
    _revoke(hq, field, wipe=True, wipe_order=_order(expires), push_first=True)
    asked = time.time()
    got = _final_token(field)
    answered = time.time()
    assert got.status_code == 200, got.text
    # The session ends at the order's expiry (10 min here), not a renewable 10-minute token.
    # Bounds from the clock around the request, not a fixed margin: a loaded machine may take
    # many seconds between the order and the token.
    assert expires - answered - 1 <= got.json()["expires_in"] <= expires - asked + 1
    field.tokens["final"] = got.json()["token"]
    with server.engine().connect() as conn:
        stored = conn.execute(
            text("SELECT final_until FROM devices WHERE id = :d"), {"d": field.id}
        ).scalar()
    assert stored == expires
    # One session: no second final token, not even a challenge for one.
    again = field.challenge("final")
    assert (again.status_code, again.json()["error"]) == (403, "final_spent")

    envelope = seal(b"the last revision", hq.recipient)
    item = {"sha256": hashlib.sha256(envelope).hexdigest(),
            "envelope": base64.b64encode(envelope).decode()}  # fmt: skip
    for audience in ([field.id], [hq.id], "all"):
        other = field.call("POST", "/v1/envelopes", action="final",
                           json={"envelopes": [{**item, "audience": audience}]})  # fmt: skip
        assert (other.status_code, other.json()["error"]) == (403, "audience_forbidden")
    pushed = field.call(
        "POST", "/v1/envelopes", action="final", json={"envelopes": [{**item, "audience": "hq"}]}
    )
    assert pushed.status_code == 200, pushed.text
    # No blob uploads in a final session (they used to start uploads of up to 4 GiB).
    blob = field.call("POST", "/v1/blobs", action="final",
                      json={"sha256": "cd" * 32, "size": 2**32, "audience": "hq"})  # fmt: skip
    assert (blob.status_code, blob.json()["error"]) == (403, "wrong_action")


def test_a_final_session_ends_at_its_deadline_and_an_expired_order_gets_none(
    hq: Device,
    make_field,  # type: ignore[no-untyped-def]
) -> None:
    late = make_field()
    _revoke(hq, late, wipe=True, wipe_order=_order(int(time.time()) - 60), push_first=True)
    refused = late.challenge("final")
    assert (refused.status_code, refused.json()["error"]) == (403, "device_revoked")

    short = make_field()
    _revoke(hq, short, wipe=True, wipe_order=_order(int(time.time()) + 2), push_first=True)
    got = _final_token(short)
    assert got.status_code == 200, got.text
    short.tokens["final"] = got.json()["token"]
    time.sleep(3)
    envelope = seal(b"too late", hq.recipient)
    item = {"sha256": hashlib.sha256(envelope).hexdigest(),
            "envelope": base64.b64encode(envelope).decode(), "audience": "hq"}  # fmt: skip
    expired = short.api.request("POST", "/v1/envelopes", token=short.tokens["final"],
                                json={"envelopes": [item]})  # fmt: skip
    assert (expired.status_code, expired.json()["error"]) == (401, "token_expired")
