"""The alerts store on a real vault: what the inbox relies on when it pins keys and keeps notes."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta

from vigil.alerts import note
from vigil.alerts.store import AlertStore, KeyChange
from vigil.vault.store import Vault


def _note(kind: str, seq: int) -> note.Note:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    return note.Note(
        kind, "hq", seq, at, at + timedelta(days=30), "all", "n", 0, False, b"{}",
        key_id="k", note_id=f"id-{seq}",
    )  # fmt: skip


def test_a_key_change_keeps_the_age_it_does_not_name(vault: Vault) -> None:
    store = AlertStore(vault)
    old, new = os.urandom(32), os.urandom(32)
    store.set_keys([KeyChange(old, "field", "dev-1", "age1old", "trusted")])
    assert store.field_keys() == {"dev-1": (old, "age1old")}
    store.set_keys([
        KeyChange(old, "field", "dev-1", None, "retired"),
        KeyChange(new, "field", "dev-1", "age1new", "trusted"),
    ])  # fmt: skip
    assert store.field_keys() == {"dev-1": (new, "age1new")}
    store.set_keys([KeyChange(new, "field", "dev-1", None, "trusted")])  # a note without age
    assert store.field_keys() == {"dev-1": (new, "age1new")}
    hq = os.urandom(32)
    store.set_keys([KeyChange(hq, "hq", None, None, "retired")])
    assert store.hq_keys() == [(hq, "retired")]


def test_notes_are_kept_once_and_marked_read(vault: Vault) -> None:
    store = AlertStore(vault)
    store.add(_note("alert", 1), {"text": "first"}, b"signed-1", "")
    store.add(_note("alert", 1), {"text": "replaced?"}, b"signed-1", "")  # kept as it was
    store.add(_note("key-rotation", 2), {}, b"signed-2", "rotated")  # read from the start
    rows = store.rows()
    assert [(r["id"], r["payload"], r["read"]) for r in rows] == [
        ("id-2", {}, True), ("id-1", {"text": "first"}, False),
    ]  # fmt: skip
    assert store.unread_by_kind() == {"alert": 1}
    assert [r["id"] for r in store.rows(unread_only=True)] == ["id-1"]
    assert store.mark_read() == 1
    assert store.unread_by_kind() == {} and store.mark_read() == 0
