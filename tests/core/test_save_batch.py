"""A save of many changes writes its rows table by table at the end (vault/writes.py): the
result must be exactly what one insert after another gave, whatever the order of changes."""

from __future__ import annotations

import dataclasses

import pytest

from vigil.cases.transfer import FORMAT, VERSION, import_document
from vigil.vault import db
from vigil.vault.items import new_id
from vigil.vault.store import Change, Vault
from vigil.vault.verify import verify_vault


def test_each_search_entry_is_its_own_items(vault: Vault) -> None:
    # Items already there, one deleted, so the new rowids do not start at 1.
    old = vault.save("case", {"title": "Older case", "country": "KZ"}).item
    gone = vault.save("note", {"text": "soon deleted"}, case_id=old)
    vault.save("note", {"text": "soon deleted"}, item_id=gone.item, deleted=True)
    words = ["aardvark", "бұлбұл", "журавль", "quokka", "тиін", "ocelot"]
    document = {
        "format": FORMAT,
        "version": VERSION,
        "cases": [
            {"title": f"Case {word}", "country": "KZ",
             "notes": [{"title": f"Note {i}", "text": f"The {word} of note {i}"}]}
            for i, word in enumerate(words)
        ],
    }  # fmt: skip
    case_ids = import_document(vault, document)
    assert len(case_ids) == len(words)
    for word, case_id in zip(words, case_ids, strict=True):
        hits = vault.search(word)
        assert {(h.kind, h.case_id or h.id) for h in hits} == {("case", case_id), ("note", case_id)}
        (note,) = vault.items("note", case_id)
        assert word in note.payload["text"]
    assert vault.search("deleted") == []
    assert vault.count("case") == len(words) + 1
    assert verify_vault(vault) == []


def test_an_item_made_and_changed_in_one_save(vault: Vault) -> None:
    case_id, note_id = new_id(), new_id()
    saved = vault.save_many([
        Change("case", {"title": "One save", "country": "KZ"}, case_id, fresh=True),
        Change("note", {"text": "first words"}, note_id, case_id, fresh=True),
        Change("note", {"text": "second words"}, note_id),  # reads the row made just above
        Change("case", {"title": "One save, renamed", "country": "KZ"}, case_id),
    ])  # fmt: skip
    assert saved[2].parents == (saved[1].id,) and saved[3].parents == (saved[0].id,)
    assert [r.seq for r in saved] == [saved[0].seq + i for i in range(4)]
    assert [r.id for r in vault.history(note_id)] == [saved[1].id, saved[2].id]
    assert vault.get(note_id).payload["text"] == "second words"  # type: ignore[union-attr]
    assert vault.get(case_id).head == saved[3].id  # type: ignore[union-attr]
    assert [h.id for h in vault.search("second")] == [note_id]
    assert vault.search("first") == []
    assert [h.id for h in vault.search("renamed")] == [case_id]
    assert verify_vault(vault) == []


def test_a_save_failing_at_its_end_writes_nothing(vault: Vault) -> None:
    taken = vault.save("case", {"title": "Already here", "country": "KZ"})
    revisions = vault.revision_count()
    with pytest.raises(db.DatabaseError):
        vault.save_many([
            Change("case", {"title": "New", "country": "KZ"}),
            Change("case", {"title": "Clash", "country": "KZ"}, taken.item, fresh=True),
        ])  # fmt: skip
    assert vault.revision_count() == revisions
    assert [c.id for c in vault.items("case")] == [taken.item]
    assert vault.search("New") == [] and vault.search("Clash") == []
    after = vault.save("note", {"text": "the chain goes on"}, case_id=taken.item)
    assert after.prev == taken.id and after.seq == taken.seq + 1
    assert verify_vault(vault) == []


def test_the_time_of_a_revision_is_exact_across_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    # items.now formats each second once: the cached seconds must never outlive their second.
    from datetime import UTC, datetime, timedelta

    from vigil.vault import items

    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    for ns in (1_765_152_215_999_999_999, 1_765_152_216_000_000_000, 1_765_152_216_000_001_000,
               1_765_152_215_500_000_123, 0, 4_102_444_800_000_000_000):  # fmt: skip
        monkeypatch.setattr(items.time, "time_ns", lambda ns=ns: ns)
        expected = (epoch + timedelta(microseconds=ns // 1000)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        assert items.now() == expected


def test_an_item_with_no_text_has_no_search_entry(vault: Vault) -> None:
    case_id = vault.save("case", {"title": "Custody only", "country": "KZ"}).item
    before = vault.query("SELECT count(*) FROM search")[0][0]
    entry = vault.save("custody", {"action": "verified"}, case_id=case_id)
    assert vault.query("SELECT count(*) FROM search")[0][0] == before
    # Changing and deleting it touch a search row that is not there: nothing breaks.
    vault.save("custody", {"action": "verified", "detail": ""}, item_id=entry.item)
    vault.save("custody", {"action": "verified"}, item_id=entry.item, deleted=True)
    with vault.transaction() as conn:
        conn.execute("INSERT INTO search (search) VALUES ('integrity-check')")
    assert [h.id for h in vault.search("custody")] == [case_id]
    assert verify_vault(vault) == []


def test_with_payload_carries_every_field() -> None:
    # Built field by field for speed: a field added to Change and forgotten there fails here.
    values = {f.name: f"value of {f.name}" for f in dataclasses.fields(Change)}
    change = Change(**values)  # type: ignore[arg-type]
    assert change.with_payload({"new": 1}) == dataclasses.replace(change, payload={"new": 1})
