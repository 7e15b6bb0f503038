"""The envelope log and the notes channel share their sequence rules (storage/sequenced.py):
paging within a row limit and a byte budget, the cursor past the head, duplicates by hash and
audience. The notes channel is checked here through the API; the envelope log's own tests
(test_envelopes.py, test_audiences.py) check the same rules on its side."""

from __future__ import annotations

import os
from types import SimpleNamespace
from typing import Any

from tests.support.api import Device, b64, sha256_hex
from vigil_server.storage import sequenced


def _rows(*sizes: int) -> list[Any]:
    return [SimpleNamespace(seq=i + 1, size=s) for i, s in enumerate(sizes)]


def test_a_page_stops_at_the_row_limit_and_the_byte_budget_but_holds_one_row() -> None:
    size = lambda row: row.size  # noqa: E731
    chosen, more = sequenced.page(_rows(1, 1, 1), 2, 100, size)
    assert [r.seq for r in chosen] == [1, 2] and more
    chosen, more = sequenced.page(_rows(1, 1), 2, 100, size)
    assert [r.seq for r in chosen] == [1, 2] and not more
    chosen, more = sequenced.page(_rows(60, 50, 1), 5, 100, size)
    assert [r.seq for r in chosen] == [1] and more  # the second would pass the budget
    chosen, more = sequenced.page(_rows(500, 1), 5, 100, size)
    assert [r.seq for r in chosen] == [1] and more  # one large row still goes through
    assert sequenced.page(_rows(), 5, 100, size) == ([], False)
    assert sequenced.next_cursor(2, 9, True) == 2
    assert sequenced.next_cursor(2, 9, False) == 9
    assert sequenced.next_cursor(None, 9, False) == 9


def _post(hq: Device, note: bytes, audience: list[str]) -> dict[str, Any]:
    got = hq.call("POST", "/v1/notes", json={
        "note": b64(note), "sha256": sha256_hex(note), "audience": audience})  # fmt: skip
    assert got.status_code == 200, got.text
    body: dict[str, Any] = got.json()
    return body


def test_notes_page_from_a_cursor_and_refuse_one_past_the_head(hq: Device, make_field) -> None:  # type: ignore[no-untyped-def]
    reader, other = make_field(), make_field()
    sent = [b"vigil-note/v1 page\n" + os.urandom(16) for _ in range(5)]
    seqs = [_post(hq, note, [reader.id])["seq"] for note in sent]
    assert seqs == sorted(seqs)
    # The same note to the same devices, listed in another order, is a duplicate.
    again = _post(hq, sent[0], [reader.id, reader.id])
    assert again == {"sha256": sha256_hex(sent[0]), "seq": seqs[0], "duplicate": True}

    pages: list[list[int]] = []
    cursor, more = seqs[0] - 1, True
    while more:
        got = reader.call("GET", "/v1/notes", params={"since": cursor, "limit": 2}).json()
        pages.append([item["seq"] for item in got["items"]])
        cursor, more = got["next"], got["more"]
    assert pages == [seqs[0:2], seqs[2:4], seqs[4:5]]
    assert cursor >= seqs[-1]

    # A device the notes do not name sees none of them, and its cursor jumps to the head.
    empty = other.call("GET", "/v1/notes", params={"since": seqs[0] - 1}).json()
    assert empty["items"] == [] and empty["more"] is False and empty["next"] >= seqs[-1]

    ahead = reader.call("GET", "/v1/notes", params={"since": cursor + 1000})
    assert ahead.status_code == 409, ahead.text
    assert ahead.json()["error"] == "cursor_ahead" and ahead.json()["head"] >= seqs[-1]
