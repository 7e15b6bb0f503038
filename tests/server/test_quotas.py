"""Per-device storage quotas (set by HQ, defaults 1 GiB a day and 16 GiB in all), the record
of which device pushed what (the author inside stays hidden), HQ's view of bytes stored, and
`vigil-server devices purge ID [--since TIME]`."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from typing import Any

from tests.support.api import Device, b64, seal, sha256_hex
from tests.support.server import ServerProcess
from tests.support.uploads import attachment, envelopes, init, parts_of, put, stored_pieces

GIB = 1024**3


def _listed(hq: Device, device: Device) -> dict[str, object]:
    got = hq.call("GET", "/v1/devices", action="admin")
    assert got.status_code == 200, got.text
    found: dict[str, object] = next(d for d in got.json()["devices"] if d["id"] == device.id)
    return found


def _set(hq: Device, device: Device, daily: int | None, total: int | None) -> dict[str, object]:
    got = hq.call("POST", f"/v1/devices/{device.id}/quota", action="admin",
                  json={"daily_bytes": daily, "total_bytes": total})  # fmt: skip
    assert got.status_code == 200, got.text
    body: dict[str, object] = got.json()
    return body


def test_hq_sees_bytes_stored_and_the_default_quotas(hq: Device, field: Device) -> None:
    fresh = _listed(hq, field)
    assert (fresh["stored_bytes"], fresh["quota_daily"], fresh["quota_total"]) == (0, GIB, 16 * GIB)
    batch = envelopes(field, 3, hq.recipient)
    assert field.push(batch).status_code == 200
    assert field.push(batch).status_code == 200  # duplicates store nothing more
    row = _listed(hq, field)
    assert row["stored_bytes"] == row["stored_today"] == sum(len(e) for e in batch)
    assert _listed(hq, hq)["quota_total"] is None  # HQ desks have none


def test_a_device_over_its_daily_quota_is_refused_and_nothing_of_the_batch_kept(
    hq: Device, field: Device
) -> None:
    first = envelopes(field, 1, hq.recipient)
    assert field.push(first).status_code == 200
    used = len(first[0])
    _set(hq, field, daily=used + 3000, total=None)
    big = [seal(os.urandom(2000), field.recipient, hq.recipient) for _ in range(3)]
    over = field.push(big)
    assert over.status_code == 429, over.text
    body = over.json()
    assert body["error"] == "daily_quota_exceeded" and body["quota"] == used + 3000
    assert over.headers["Retry-After"]
    assert _listed(hq, field)["stored_bytes"] == used
    # What fits still goes in; the same bytes again are a duplicate and cost nothing.
    small = envelopes(field, 1, hq.recipient)
    assert field.push(small).status_code == 200
    assert field.push(first).json()["results"][0]["duplicate"] is True


def test_the_total_quota_covers_envelopes_and_blobs(hq: Device, field: Device) -> None:
    stored = envelopes(field, 2, hq.recipient)
    assert field.push(stored).status_code == 200
    used = sum(len(e) for e in stored)
    set_to = _set(hq, field, daily=None, total=used + 100_000)
    assert set_to["quota_total"] == used + 100_000 and set_to["quota_daily"] == GIB
    blob = attachment(field, hq.recipient, size=150_000)
    refused = init(field, blob)
    assert (refused.status_code, refused.json()["error"]) == (507, "storage_quota_exceeded")
    small = attachment(field, hq.recipient, size=60_000)
    assert init(field, small).status_code == 200
    assert field.push(envelopes(field, 1, hq.recipient)).status_code == 200  # still fits
    over = field.push([attachment(field, hq.recipient, size=50_000)])
    assert (over.status_code, over.json()["error"]) == (507, "storage_quota_exceeded")
    # Only HQ sets quotas, and HQ desks have none.
    refused_field = field.call("POST", f"/v1/devices/{field.id}/quota", json={})
    assert refused_field.status_code == 403
    hq_quota = hq.call("POST", f"/v1/devices/{hq.id}/quota", action="admin", json={})
    assert (hq_quota.status_code, hq_quota.json()["error"]) == (409, "hq_has_no_quota")


def test_purge_removes_what_one_device_pushed(
    server: ServerProcess, hq: Device, make_field
) -> None:  # type: ignore[no-untyped-def]
    junk_maker, honest = make_field(), make_field()
    early = envelopes(junk_maker, 2, hq.recipient)
    assert junk_maker.push(early).status_code == 200
    kept = envelopes(honest, 2, hq.recipient)
    assert honest.push(kept).status_code == 200
    time.sleep(1.1)
    cut = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    time.sleep(1.1)
    late = envelopes(junk_maker, 3, hq.recipient)
    assert junk_maker.push(late).status_code == 200
    blob = attachment(junk_maker, hq.recipient, size=100_000)
    assert init(junk_maker, blob).status_code == 200
    assert put(junk_maker, blob, 0, parts_of(blob)[0]).status_code == 200
    assert stored_pieces(server, sha256_hex(blob))

    done = server.cli("devices", "purge", junk_maker.id, "--since", cut)
    assert "3 envelopes" in done.stdout and "1 blobs" in done.stdout
    held = {i["sha256"] for i in hq.pull_all()[0]}
    assert {sha256_hex(e) for e in early + kept} <= held
    assert not {sha256_hex(e) for e in late} & held
    assert stored_pieces(server, sha256_hex(blob)) == {}
    assert _listed(hq, junk_maker)["stored_bytes"] == sum(len(e) for e in early)

    everything = server.cli("devices", "purge", junk_maker.id)
    assert "2 envelopes" in everything.stdout
    assert _listed(hq, junk_maker)["stored_bytes"] == 0
    assert _listed(hq, honest)["stored_bytes"] == sum(len(e) for e in kept)
    bad = server.cli("devices", "purge", junk_maker.id, "--since", "yesterday", check=False)
    assert bad.returncode == 1 and "--since" in bad.stderr
    unknown = server.cli("devices", "purge", "0" * 32, check=False)
    assert unknown.returncode == 1 and "No device" in unknown.stderr


def _note(field: Device, note: bytes) -> Any:
    return field.call("POST", "/v1/notes", json={
        "sha256": sha256_hex(note), "note": b64(note), "audience": "hq"})  # fmt: skip


def test_notes_count_in_the_quota_and_are_purged_with_the_rest(
    server: ServerProcess, hq: Device, field: Device
) -> None:
    """A field device's notes to HQ take up to 1 MiB each on the server, like envelopes: they
    count in its stored bytes and its quotas, and a purge removes them."""
    first = seal(os.urandom(2000), hq.recipient)
    assert _note(field, first).status_code == 200
    assert _note(field, first).json()["duplicate"] is True  # the same bytes cost nothing more
    row = _listed(hq, field)
    assert row["stored_bytes"] == row["stored_today"] == len(first)
    _set(hq, field, daily=len(first) + 3000, total=None)
    over = _note(field, seal(os.urandom(5000), hq.recipient))
    assert (over.status_code, over.json()["error"]) == (429, "daily_quota_exceeded"), over.text
    _set(hq, field, daily=None, total=len(first) + 3000)
    over = _note(field, seal(os.urandom(5000), hq.recipient))
    assert (over.status_code, over.json()["error"]) == (507, "storage_quota_exceeded"), over.text
    assert _listed(hq, field)["stored_bytes"] == len(first)
    assert _listed(hq, hq)["quota_total"] is None  # HQ's own notes are not counted against it

    seen = hq.call("GET", "/v1/notes", params={"since": 0, "limit": 500}).json()["items"]
    assert sha256_hex(first) in {n["sha256"] for n in seen}
    done = server.cli("devices", "purge", field.id)
    assert "1 notes" in done.stdout, done.stdout
    assert _listed(hq, field)["stored_bytes"] == 0
    seen = hq.call("GET", "/v1/notes", params={"since": 0, "limit": 500}).json()["items"]
    assert sha256_hex(first) not in {n["sha256"] for n in seen}
