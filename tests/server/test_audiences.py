"""Who may address whom: a field device writes only to HQ and to itself (no targeted spam at
other field devices), and the same bytes sent to a new audience reach it instead of being
answered ``duplicate`` and dropped; device labels refuse control and bidi characters."""

from __future__ import annotations

import os

from tests.support.api import Device, b64, bare, seal, sha256_hex
from tests.support.server import ServerProcess


def _seen(device: Device, sha: str) -> bool:
    return any(i["sha256"] == sha for i in device.pull_all()[0])


def test_field_devices_address_only_hq_and_themselves(hq: Device, make_field) -> None:  # type: ignore[no-untyped-def]
    a, b = make_field(), make_field()
    spam = seal(os.urandom(32), b.recipient)
    refused = a.push([spam], audience=[b.id])
    assert (refused.status_code, refused.json()["error"]) == (403, "audience_forbidden")
    mixed = a.push([spam], audience=[a.id, b.id])
    assert (mixed.status_code, mixed.json()["error"]) == (403, "audience_forbidden")
    assert not _seen(b, sha256_hex(spam))
    fine = seal(os.urandom(32), a.recipient, hq.recipient)
    assert a.push([fine], audience=[a.id, hq.id]).status_code == 200
    assert _seen(a, sha256_hex(fine)) and _seen(hq, sha256_hex(fine))
    # Blob uploads are addressed the same way.
    blob = a.call("POST", "/v1/blobs", json={"sha256": "ab" * 32, "size": 10, "audience": [b.id]})
    assert (blob.status_code, blob.json()["error"]) == (403, "audience_forbidden")


def test_the_same_envelope_to_a_new_audience_is_delivered(hq: Device, make_field) -> None:  # type: ignore[no-untyped-def]
    a, b = make_field(), make_field()
    envelope = seal(b"urgent action 17", hq.recipient, a.recipient, b.recipient)
    sha = sha256_hex(envelope)
    first = hq.push([envelope], audience=[a.id]).json()["results"][0]
    assert not first["duplicate"]
    second = hq.push([envelope], audience=[b.id]).json()["results"][0]
    assert not second["duplicate"] and second["seq"] > first["seq"]
    assert _seen(b, sha) and _seen(a, sha)
    # The same audience again, in another order, is a duplicate with its first seq.
    again = hq.push([envelope], audience=[b.id]).json()["results"][0]
    assert bare(again) == {**bare(second), "duplicate": True}
    both = hq.push([envelope], audience=[b.id, a.id]).json()["results"][0]
    assert bare(hq.push([envelope], audience=[a.id, b.id]).json()["results"][0]) == {
        **bare(both),
        "duplicate": True,
    }


def test_the_same_note_to_a_new_audience_is_delivered(hq: Device, make_field) -> None:  # type: ignore[no-untyped-def]
    a, b = make_field(), make_field()
    note = b"vigil-note/v1 test\n" + os.urandom(16)

    def post(audience: list[str]) -> dict[str, object]:
        got = hq.call("POST", "/v1/notes", json={
            "note": b64(note), "sha256": sha256_hex(note), "audience": audience})  # fmt: skip
        assert got.status_code == 200, got.text
        body: dict[str, object] = got.json()
        return body

    def notes_of(device: Device) -> list[str]:
        got = device.call("GET", "/v1/notes", params={"since": 0, "limit": 500})
        return [i["sha256"] for i in got.json()["items"]]

    first = post([a.id])
    second = post([b.id])
    assert second["duplicate"] is False and second["seq"] != first["seq"]
    assert sha256_hex(note) in notes_of(b)
    assert post([b.id]) == {**second, "duplicate": True}


def test_labels_refuse_control_and_bidi_characters(server: ServerProcess, hq: Device) -> None:
    for label in ("Laptop\u202e7pdf.exe", "desk\u2067x\u2069", "a\u200fb", "tab\u0085",
                  "line\u2028two", "\u061cname"):  # fmt: skip
        got = hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={"label": label})
        assert got.status_code == 422, (label, got.text)
        assert got.json()["error"] == "invalid_request"
    for label in ("Айгерім's laptop", "می\u200cخواهم", "Desk 2 👩\u200d💻"):
        got = hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={"label": label})
        assert got.status_code == 200, (label, got.text)
