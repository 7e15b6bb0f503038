"""Saving, history, restore of old revisions, validation and search."""

from __future__ import annotations

import pytest

from vigil.crypto.errors import VigilError
from vigil.vault.search import HIT_END, HIT_START
from vigil.vault.store import Change, ValidationError, Vault
from vigil.vault.verify import verify_vault


def add_case(vault: Vault, title: str = "A case") -> str:
    return vault.save("case", {"title": title, "country": "KZ"}).item


def test_every_save_is_a_chained_revision(vault: Vault) -> None:
    case_id = add_case(vault)
    first = vault.save("note", {"text": "first"}, case_id=case_id)
    second = vault.save("note", {"text": "second"}, item_id=first.item)
    assert second.parents == (first.id,)
    assert second.prev == first.id and second.seq == first.seq + 1
    history = vault.history(first.item)
    assert [r.id for r in history] == [first.id, second.id]
    assert [r.payload["text"] for r in history] == ["first", "second"]
    assert vault.get(first.item).payload["text"] == "second"  # type: ignore[union-attr]
    assert verify_vault(vault) == []


def test_histories_of_many_items_are_their_histories(vault: Vault) -> None:
    case_id = add_case(vault)
    notes = [vault.save("note", {"text": f"note {i}"}, case_id=case_id).item for i in range(3)]
    vault.save("note", {"text": "edited"}, item_id=notes[0])
    wanted = [case_id, *notes, notes[1]]  # an id given twice is read once
    expected = {rev.id for item in wanted for rev in vault.history(item)}
    found = vault.histories(wanted)
    assert len(found) == len(expected) == 5
    assert {rev.id for rev in found} == expected
    assert vault.histories([]) == []
    assert vault.histories(["0" * 32]) == []


def test_restore_makes_a_new_revision(vault: Vault) -> None:
    case_id = add_case(vault)
    first = vault.save("note", {"text": "original words"}, case_id=case_id)
    vault.save("note", {"text": "a mistaken edit"}, item_id=first.item)
    restored = vault.restore_revision(first.item, first.id)
    assert restored.id not in (first.id,)
    assert vault.get(first.item).payload["text"] == "original words"  # type: ignore[union-attr]
    assert len(vault.history(first.item)) == 3
    with pytest.raises(VigilError, match="another item"):
        other = vault.save("note", {"text": "other"}, case_id=case_id)
        vault.restore_revision(other.item, first.id)


def test_deleting_keeps_history_and_leaves_search(vault: Vault) -> None:
    case_id = add_case(vault)
    note = vault.save("note", {"text": "ephemeral zebra"}, case_id=case_id)
    assert vault.search("zebra")
    vault.save("note", {"text": "ephemeral zebra"}, item_id=note.item, deleted=True)
    assert vault.search("zebra") == []
    assert vault.items("note", case_id) == []
    assert len(vault.items("note", case_id, include_deleted=True)) == 1
    assert len(vault.history(note.item)) == 2


def test_validation_names_the_field(vault: Vault) -> None:
    case_id = add_case(vault)
    with pytest.raises(ValidationError) as info:
        vault.save("event", {"date": "2019-13-01", "type": "arrest", "text": "x"}, case_id=case_id)
    assert info.value.problems == [
        ("event.date", "must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
    ]
    with pytest.raises(ValidationError, match=r"case\.country"):
        vault.save("case", {"title": "x", "country": "Kazakhstan"})
    with pytest.raises(ValidationError, match="is not a field"):
        vault.save("case", {"title": "x", "colour": "red"})
    with pytest.raises(VigilError, match="no case"):
        vault.save("note", {"text": "orphan"}, case_id="0" * 32)


@pytest.mark.parametrize("text", ["\ud800", "before \udcff after", "\udfff\ud800"])
def test_text_with_an_unpaired_surrogate_is_refused_by_name(vault: Vault, text: str) -> None:
    """An unpaired surrogate is not text and has no UTF-8 form: a command-line argument with
    bytes that are not UTF-8 decodes to one, and so does a JSON import's ``\\ud800``. It is
    refused by field, like any invalid value, not a UnicodeEncodeError from deep in a save;
    the vault is left as it was."""
    case_id = add_case(vault)
    before = vault.revision_count()
    with pytest.raises(ValidationError) as info:
        vault.save("note", {"text": text}, case_id=case_id)
    assert info.value.problems == [("note.text", "contains an unpaired surrogate (not text)")]
    with pytest.raises(ValidationError, match=r"case\.title contains an unpaired surrogate"):
        vault.save("case", {"title": "A" + text})
    assert vault.revision_count() == before


def test_save_many_is_all_or_nothing(vault: Vault) -> None:
    with pytest.raises(ValidationError):
        vault.save_many([Change("case", {"title": "fine"}), Change("case", {"title": ""})])
    assert vault.items("case") == []


def test_search_handles_cyrillic_kazakh_and_diacritics(vault: Vault) -> None:
    case_id = add_case(vault, "Serikzhan Bilash")
    vault.save(
        "person",
        {
            "names": [
                {"text": "Серікжан Білаш", "script": "Cyrl", "lang": "kk"},
                {"text": "Серикжан Билаш", "script": "Cyrl", "lang": "ru"},
            ]
        },
        case_id=case_id,
    )
    vault.save("note", {"text": "Қазақстан: ұсталды, үкім шықты"}, case_id=case_id)
    vault.save("note", {"text": "Hearing at the Tribunal de Génève"}, case_id=case_id)
    assert {h.kind for h in vault.search("БІЛАШ")} == {"person"}
    assert {h.kind for h in vault.search("Билаш")} == {"person"}
    assert vault.search("қазақ")[0].kind == "note"
    assert vault.search("ұсталды")
    assert vault.search("geneve") and vault.search("GÉNÈVE")
    hit = vault.search("білаш")[0]
    assert f"{HIT_START}Білаш{HIT_END}" in hit.snippet


def test_search_ranks_title_matches_first(vault: Vault) -> None:
    case_id = add_case(vault, "Unrelated")
    vault.save(
        "note",
        {"text": "Almaty is mentioned once in a long text " + "filler " * 50},
        case_id=case_id,
    )
    vault.save("note", {"title": "Almaty hearing", "text": "Almaty Almaty"}, case_id=case_id)
    hits = vault.search("almaty")
    assert next(h.title for h in hits) == "Almaty hearing"


@pytest.mark.parametrize("query", ['"', "*", "NEAR(a b)", "a OR", "(", "title:x", "'; DROP", "^"])
def test_search_syntax_is_never_interpreted(vault: Vault, query: str) -> None:
    add_case(vault, "Something")
    assert isinstance(vault.search(query), list)


def test_locked_vault_refuses_work(vault_path, new_vault: tuple[Vault, str]) -> None:  # type: ignore[no-untyped-def]
    vault = new_vault[0]
    vault.close()
    with pytest.raises(VigilError, match="locked"):
        vault.items("case")


@pytest.mark.parametrize(
    ("kind", "payload", "field"),
    [
        ("event", {"date": "2019-08\n", "type": "arrest", "text": "x"}, "event.date"),
        ("event", {"date": "٢٠١٩-٠٨", "type": "arrest", "text": "x"}, "event.date"),
        ("source", {"title": "x", "url": "javascript:alert(1)"}, "source.url"),
        ("person", {"names": []}, "person.names"),
    ],
)
def test_strict_field_rules(
    vault: Vault, kind: str, payload: dict[str, object], field: str
) -> None:
    case_id = add_case(vault)
    with pytest.raises(ValidationError) as info:
        vault.save(kind, payload, case_id=case_id)
    assert [where for where, _ in info.value.problems] == [field]
