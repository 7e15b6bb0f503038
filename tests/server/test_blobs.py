"""Blobs: parts checked against their SHA-256, resumable uploads, whole-hash completion,
ranged downloads, and audiences."""

from __future__ import annotations

import hashlib
import os

from tests.support.api import Device, sha256_hex
from tests.support.server import ServerProcess
from tests.support.uploads import PART, attachment, init, parts_of, put, stored_pieces


def test_upload_in_parts_resume_and_download_by_ranges(
    server: ServerProcess, hq: Device, field: Device
) -> None:
    blob = attachment(field, hq.recipient)
    chunks = parts_of(blob)
    started = init(field, blob)
    assert started.status_code == 200, started.text
    assert started.json() | {"audience": None} == {
        "sha256": sha256_hex(blob), "size": len(blob), "part_size": PART,
        "parts": len(chunks), "complete": False, "received": [], "audience": None,
    }  # fmt: skip
    for index in (0, 1):
        got = put(field, blob, index, chunks[index])
        assert got.status_code == 200, got.text
        assert got.json() == {
            "index": index,
            "size": len(chunks[index]),
            "sha256": sha256_hex(chunks[index]),
        }
    assert put(field, blob, 1, chunks[1]).status_code == 200  # a repeated part is fine

    # The client restarts: a new connection and a new token find the upload where it was.
    restarted = Device(server.api(), field.id, field.role, field.auth_key, field.identity)
    resumed = init(restarted, blob, part=None)
    assert resumed.json()["received"] == [0, 1] and resumed.json()["part_size"] == PART
    early = hq.call("GET", f"/v1/blobs/{sha256_hex(blob)}/data")
    assert (early.status_code, early.json()["error"]) == (409, "blob_incomplete")
    not_addressed = restarted.call("GET", f"/v1/blobs/{sha256_hex(blob)}/data")
    assert (not_addressed.status_code, not_addressed.json()["error"]) == (404, "blob_not_found")
    for index in range(2, len(chunks)):
        assert put(restarted, blob, index, chunks[index]).status_code == 200
    done = restarted.call("POST", f"/v1/blobs/{sha256_hex(blob)}/complete")
    assert done.status_code == 200, done.text
    assert done.json()["complete"] is True and done.json()["received"] == list(range(len(chunks)))
    assert restarted.call("POST", f"/v1/blobs/{sha256_hex(blob)}/complete").status_code == 200
    late = put(restarted, blob, 0, chunks[0])
    assert (late.status_code, late.json()["error"]) == (409, "blob_complete")
    assert init(restarted, blob).json()["complete"] is True  # same blob again: already there

    url = f"/v1/blobs/{sha256_hex(blob)}/data"
    whole = hq.call("GET", url)
    assert whole.status_code == 200 and whole.content == blob
    assert whole.headers["accept-ranges"] == "bytes"
    middle = hq.call("GET", url, headers={"Range": "bytes=100-199"})
    assert middle.status_code == 206 and middle.content == blob[100:200]
    assert middle.headers["content-range"] == f"bytes 100-199/{len(blob)}"
    tail = hq.call("GET", url, headers={"Range": "bytes=-10"})
    assert tail.status_code == 206 and tail.content == blob[-10:]
    rest = hq.call("GET", url, headers={"Range": f"bytes={len(blob) - 5}-"})
    assert rest.content == blob[-5:]
    for bad in (f"bytes={len(blob)}-", "bytes=5-1", "bytes=0-1,5-6", "items=0-1", "bytes=-"):
        refused = hq.call("GET", url, headers={"Range": bad})
        assert refused.status_code == 416, bad
        assert refused.json()["error"] == "range_not_satisfiable"
        assert refused.headers["content-range"] == f"bytes */{len(blob)}"


def test_a_part_with_a_bad_hash_or_size_is_refused(field: Device) -> None:
    blob = attachment(field)
    chunks = parts_of(blob)
    assert init(field, blob).status_code == 200
    wrong = put(field, blob, 0, chunks[0], digest=sha256_hex(chunks[1]))
    assert (wrong.status_code, wrong.json()["error"]) == (422, "part_hash_mismatch")
    flipped = bytes([chunks[0][0] ^ 1]) + chunks[0][1:]
    damaged = put(field, blob, 0, flipped, digest=sha256_hex(chunks[0]))
    assert (damaged.status_code, damaged.json()["error"]) == (422, "part_hash_mismatch")
    short = put(field, blob, 0, chunks[0][:-1])
    assert (short.status_code, short.json()["error"]) == (422, "part_size_wrong")
    beyond = put(field, blob, len(chunks), chunks[-1])
    assert (beyond.status_code, beyond.json()["error"]) == (422, "part_out_of_range")
    no_hash = field.call("PUT", f"/v1/blobs/{sha256_hex(blob)}/parts/0", content=chunks[0])
    assert (no_hash.status_code, no_hash.json()["error"]) == (422, "invalid_request")
    status = field.call("GET", f"/v1/blobs/{sha256_hex(blob)}").json()
    assert status["received"] == []
    missing = field.call("POST", f"/v1/blobs/{sha256_hex(blob)}/complete")
    assert (missing.status_code, missing.json()["error"]) == (409, "parts_missing")
    assert missing.json()["missing"] == list(range(len(chunks)))


def test_parts_that_do_not_add_up_reset_the_upload(field: Device) -> None:
    blob = attachment(field, size=2 * PART)
    impostor = os.urandom(len(blob))
    body = {"sha256": sha256_hex(blob), "size": len(blob), "part_size": PART, "audience": "hq"}
    assert field.call("POST", "/v1/blobs", json=body).status_code == 200
    for index, chunk in enumerate(parts_of(impostor)):
        assert put(field, blob, index, chunk).status_code == 200  # each part matches its own hash
    done = field.call("POST", f"/v1/blobs/{sha256_hex(blob)}/complete")
    assert (done.status_code, done.json()["error"]) == (422, "blob_hash_mismatch")
    assert field.call("GET", f"/v1/blobs/{sha256_hex(blob)}").json()["received"] == []
    for index, chunk in enumerate(parts_of(blob)):
        assert put(field, blob, index, chunk).status_code == 200
    assert field.call("POST", f"/v1/blobs/{sha256_hex(blob)}/complete").json()["complete"] is True


def test_blob_audiences_and_limits(hq: Device, make_field) -> None:  # type: ignore[no-untyped-def]
    a, b = make_field(), make_field()
    from_a = attachment(a, hq.recipient, size=1000)
    to_b = attachment(hq, b.recipient, size=1000)
    for device, blob, audience in ((a, from_a, "hq"), (hq, to_b, [b.id])):
        assert init(device, blob, audience=audience).status_code == 200
        assert put(device, blob, 0, blob).status_code == 200
        assert device.call("POST", f"/v1/blobs/{sha256_hex(blob)}/complete").status_code == 200

    def fetch(device: Device, blob: bytes) -> int:
        return int(device.call("GET", f"/v1/blobs/{sha256_hex(blob)}/data").status_code)

    assert (fetch(hq, from_a), fetch(a, from_a), fetch(b, from_a)) == (200, 404, 404)
    assert (fetch(hq, to_b), fetch(b, to_b), fetch(a, to_b)) == (200, 200, 404)
    unknown = a.call("GET", f"/v1/blobs/{'0' * 64}")
    assert (unknown.status_code, unknown.json()["error"]) == (404, "blob_not_found")

    huge = {"sha256": "1" * 64, "size": 5 * 1024**3, "audience": "hq"}
    refused = a.call("POST", "/v1/blobs", json=huge)
    assert (refused.status_code, refused.json()["error"]) == (413, "blob_too_large")
    odd = {"sha256": "2" * 64, "size": 10, "part_size": 10, "audience": "hq"}
    refused = a.call("POST", "/v1/blobs", json=odd)
    assert (refused.status_code, refused.json()["error"]) == (422, "part_size_out_of_range")
    refused = a.call("POST", "/v1/blobs", json={**odd, "part_size": None, "audience": "all"})
    assert (refused.status_code, refused.json()["error"]) == (403, "audience_forbidden")
    first = {"sha256": "3" * 64, "size": 100, "audience": "hq"}
    assert a.call("POST", "/v1/blobs", json=first).status_code == 200
    clash = a.call("POST", "/v1/blobs", json={**first, "size": 101})
    assert (clash.status_code, clash.json()["error"]) == (409, "blob_conflict")


def test_completed_blobs_are_stored_whole_and_parts_removed(
    server: ServerProcess, field: Device
) -> None:
    blob = attachment(field, size=3 * PART)
    assert init(field, blob).status_code == 200
    for index, chunk in enumerate(parts_of(blob)):
        assert put(field, blob, index, chunk).status_code == 200
    assert field.call("POST", f"/v1/blobs/{sha256_hex(blob)}/complete").json()["complete"]
    digest = sha256_hex(blob)
    stored = stored_pieces(server, digest)
    assert hashlib.sha256(b"".join(stored.values())).hexdigest() == digest
    if server.database_url is None:  # one file; the parts' folder is gone
        assert [name.rsplit("/", 1)[-1] for name in stored] == [digest]
    else:  # the parts' rows are the blob: nothing copied, nothing left over
        assert len(stored) == len(parts_of(blob))
