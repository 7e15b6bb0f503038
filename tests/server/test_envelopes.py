"""The envelope log: batch push idempotent by content hash, pull in pages from a cursor,
audiences, all-or-nothing validation, and order under concurrent writers."""

from __future__ import annotations

import os
import threading
from typing import Any

from sqlalchemy import inspect

from tests.support.api import Device, b64, bare, seal, sha256_hex
from tests.support.pg import free_port
from tests.support.server import FAST_LIMITS, ServerProcess
from tests.support.uploads import envelopes


def _head(hq: Device) -> int:
    """The current end of the log, as HQ sees it (HQ sees everything)."""
    return hq.pull_all(since=0, limit=500)[1]


def test_push_is_idempotent_and_pull_pages_from_a_cursor(hq: Device, field: Device) -> None:
    start = _head(hq)
    batch = envelopes(field, 5, hq.recipient)
    first = field.push(batch)
    assert first.status_code == 200, first.text
    results = first.json()["results"]
    seqs = [r["seq"] for r in results]
    assert [r["sha256"] for r in results] == [sha256_hex(e) for e in batch]
    assert seqs == sorted(seqs) and len(set(seqs)) == 5 and seqs[0] > start
    assert not any(r["duplicate"] for r in results)

    again = field.push(batch).json()["results"]
    assert [r["seq"] for r in again] == seqs and all(r["duplicate"] for r in again)
    extra = envelopes(field, 1, hq.recipient)
    mixed = field.push([batch[2], *extra, extra[0]]).json()["results"]
    assert bare(mixed[0]) == {"sha256": sha256_hex(batch[2]), "seq": seqs[2], "duplicate": True}
    assert mixed[1]["seq"] > seqs[-1] and not mixed[1]["duplicate"]
    assert bare(mixed[2]) == {**bare(mixed[1]), "duplicate": True}

    items, cursor = hq.pull_all(since=start, limit=2)
    mine = [i for i in items if i["sha256"] in {sha256_hex(e) for e in [*batch, *extra]}]
    assert [i["seq"] for i in mine] == [*seqs, mixed[1]["seq"]]
    assert [b64(e) for e in [*batch, *extra]] == [i["envelope"] for i in mine]
    assert [i["size"] for i in mine] == [len(e) for e in [*batch, *extra]]
    assert all(i["audience"] == "hq" and i["received_at"].endswith("Z") for i in mine)
    assert len({i["seq"] for i in items}) == len(items), "a page repeated an item"
    assert cursor >= mixed[1]["seq"]
    empty = hq.call("GET", "/v1/envelopes", params={"since": cursor}).json()
    assert empty == {"items": [], "next": cursor, "more": False, "notes_head": 0}


def test_audiences_decide_who_pulls_what(hq: Device, make_field) -> None:  # type: ignore[no-untyped-def]
    a, b = make_field(), make_field()
    to_all = seal(b"x", hq.recipient, a.recipient, b.recipient)
    to_a = seal(b"y", hq.recipient, a.recipient)
    from_b = seal(b"z", hq.recipient, b.recipient)
    b_to_self = seal(b"w", hq.recipient, b.recipient)
    assert hq.push([to_all], audience="all").status_code == 200
    assert hq.push([to_a], audience=[a.id]).status_code == 200
    assert b.push([from_b], audience="hq").status_code == 200
    assert b.push([b_to_self], audience=[b.id]).status_code == 200
    ours = {sha256_hex(e): name for e, name in
            ((to_all, "all"), (to_a, "a"), (from_b, "hq"), (b_to_self, "b"))}  # fmt: skip

    def seen(device: Device) -> set[str]:
        return {ours[i["sha256"]] for i in device.pull_all()[0] if i["sha256"] in ours}

    assert seen(a) == {"all", "a"}
    assert seen(b) == {"all", "b"}
    assert seen(hq) == {"all", "a", "hq", "b"}
    listed = next(i for i in a.pull_all()[0] if i["sha256"] == sha256_hex(to_a))
    assert listed["audience"] == [a.id]


def test_field_devices_may_not_address_everyone_or_strangers(hq: Device, field: Device) -> None:
    everyone = field.push(envelopes(field, 1), audience="all")
    assert (everyone.status_code, everyone.json()["error"]) == (403, "audience_forbidden")
    stranger = field.push(envelopes(field, 1), audience=["e" * 32])
    assert (stranger.status_code, stranger.json()["error"]) == (422, "unknown_audience_device")
    assert stranger.json()["devices"] == ["e" * 32]


def test_a_bad_item_refuses_the_whole_batch(hq: Device, field: Device) -> None:
    good, other = envelopes(field, 2)
    items: list[dict[str, Any]] = [
        {"sha256": sha256_hex(good), "envelope": b64(good), "audience": "hq"},
        {"sha256": sha256_hex(good), "envelope": b64(other), "audience": "hq"},
    ]
    mismatch = field.call("POST", "/v1/envelopes", json={"envelopes": items})
    assert mismatch.status_code == 422
    assert mismatch.json()["error"] == "hash_mismatch" and mismatch.json()["index"] == 1
    assert field.push([good]).json()["results"][0]["duplicate"] is False  # nothing was kept

    plain = b"Case 17: the witness said..."
    refused = field.push([plain])
    assert (refused.status_code, refused.json()["error"]) == (422, "not_age_envelope")
    bad64 = field.call("POST", "/v1/envelopes", json={"envelopes": [
        {"sha256": "0" * 64, "envelope": "YWJj", "audience": "hq"}]})  # fmt: skip
    assert bad64.json()["error"] in ("invalid_envelope", "not_age_envelope")
    unpadded = field.call("POST", "/v1/envelopes", json={"envelopes": [
        {"sha256": "0" * 64, "envelope": "YWJjZA", "audience": "hq"}]})  # fmt: skip
    assert (unpadded.status_code, unpadded.json()["error"]) == (422, "invalid_envelope")
    empty = field.call("POST", "/v1/envelopes", json={"envelopes": []})
    assert (empty.status_code, empty.json()["error"]) == (422, "invalid_request")


def test_envelope_and_batch_limits(field: Device) -> None:
    big = b"age-encryption.org/v1\n" + os.urandom(8 * 1024 * 1024)  # one byte past the cap
    too_big = field.push([big])
    assert (too_big.status_code, too_big.json()["error"]) == (413, "envelope_too_large")
    largest = b"age-encryption.org/v1\n" + os.urandom(8 * 1024 * 1024 - 22)  # exactly the cap
    assert field.push([largest]).status_code == 200
    tiny = [b"age-encryption.org/v1\n" + os.urandom(8) for _ in range(501)]
    too_many = field.push(tiny)
    assert (too_many.status_code, too_many.json()["error"]) == (422, "invalid_request")
    assert "500" in too_many.json()["message"]
    assert field.push(tiny[:500]).status_code == 200


def test_a_cursor_ahead_of_the_log_is_reported(hq: Device) -> None:
    end = _head(hq)
    ahead = hq.call("GET", "/v1/envelopes", params={"since": end + 1000})
    assert (ahead.status_code, ahead.json()["error"]) == (409, "cursor_ahead")
    assert ahead.json()["head"] == end
    for bad in ({"since": -1}, {"since": "abc"}, {"limit": 0}, {"limit": 501}):
        got = hq.call("GET", "/v1/envelopes", params=bad)
        assert (got.status_code, got.json()["error"]) == (422, "invalid_request"), bad


def test_concurrent_pushes_get_distinct_ordered_seqs_and_none_is_missed(
    hq: Device, make_field
) -> None:  # type: ignore[no-untyped-def]
    devices = [make_field() for _ in range(3)]
    start = _head(hq)
    pushed: dict[str, int] = {}
    errors: list[str] = []
    lock = threading.Lock()
    seen: set[str] = set()
    stop = threading.Event()

    def writer(device: Device) -> None:
        for _ in range(8):
            batch = envelopes(device, 4, hq.recipient)
            got = device.push(batch)
            if got.status_code != 200:
                errors.append(got.text)
                return
            with lock:
                pushed.update({r["sha256"]: r["seq"] for r in got.json()["results"]})

    def reader() -> None:  # pulls while writers write: a cursor must never skip a row
        cursor = start
        while True:
            final = stop.is_set()
            page = hq.call("GET", "/v1/envelopes", params={"since": cursor, "limit": 7}).json()
            seen.update(i["sha256"] for i in page["items"])
            cursor = page["next"]
            if final and not page["more"]:
                return

    threads = [threading.Thread(target=writer, args=(d,)) for d in devices]
    pulling = threading.Thread(target=reader)
    pulling.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    pulling.join()
    assert errors == []
    assert len(pushed) == 3 * 8 * 4
    assert len(set(pushed.values())) == len(pushed)
    assert set(pushed) <= seen


def test_the_log_has_no_author_column(server: ServerProcess) -> None:
    engine = server.engine()
    columns = {c["name"] for c in inspect(engine).get_columns("envelopes")}
    engine.dispose()
    assert columns == {"org_id", "seq", "sha256", "size", "audience", "received_at", "device_id"}


def test_two_server_processes_share_one_database(
    server: ServerProcess, hq: Device, make_field
) -> None:  # type: ignore[no-untyped-def]
    """A second process on the same data folder and database, as behind a load balancer: both
    present the same public URL, so a device signs the same host whichever it reaches."""
    twin = ServerProcess(server.data, free_port(), server.database_url, server.admin_code,
                         server.log.with_name("twin.log"), server.home)  # fmt: skip
    twin.start(*FAST_LIMITS)
    try:
        api = twin.api()
        api.pinned_host = hq.api.host
        on_twin = make_field()
        on_twin.api, on_twin.tokens = api, {}
        on_first = make_field()
        pushed: dict[str, int] = {}
        lock = threading.Lock()

        def writer(device: Device) -> None:
            for _ in range(6):
                got = device.push(envelopes(device, 5, hq.recipient))
                assert got.status_code == 200, got.text
                with lock:
                    pushed.update({r["sha256"]: r["seq"] for r in got.json()["results"]})

        threads = [threading.Thread(target=writer, args=(d,)) for d in (on_twin, on_first)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(pushed) == 60 and len(set(pushed.values())) == 60
        hq_on_twin = Device(api, hq.id, hq.role, hq.auth_key, hq.identity)
        seen = {
            i["sha256"]: i["seq"] for i in hq_on_twin.pull_all(since=min(pushed.values()) - 1)[0]
        }
        assert {h: seen.get(h) for h in pushed} == pushed
    finally:
        twin.stop()


def test_each_accepted_envelope_gets_a_receipt_signed_by_the_code_s_receipt_key(
    server: ServerProcess, hq: Device, field: Device
) -> None:
    """The receipt names the envelope's hash, its seq and the server's time, signed by the key
    whose fingerprint enrolment codes carry; a duplicate gets a receipt too."""
    from tests.support.api import decode_code
    from vigil.evidence import verifier

    code = decode_code(server.cli("admin-code").stdout.strip().splitlines()[-1])
    batch = envelopes(field, 3, hq.recipient)
    answer = field.push(batch).json()
    org = verifier.receipt(answer["results"][0]["receipt"]).org
    trusted = verifier.receipt_keys(answer["receipt_keys"], org, {code["receipt_key"]})
    assert code["receipt_key"] in trusted
    for sent, result in zip(batch, [*answer["results"]], strict=True):
        checked = verifier.receipt(result["receipt"], trusted)
        assert (checked.sha256, checked.seq) == (sha256_hex(sent), result["seq"])
        assert checked.time.endswith("Z")
    again = field.push(batch[:1]).json()["results"][0]
    assert again["duplicate"] and verifier.receipt(again["receipt"], trusted).seq == again["seq"]
