"""Import of the documented JSON format: validation, all-or-nothing, round trips."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vigil.cases import model
from vigil.cases.transfer import ImportError_, export_document, import_document, plan_import
from vigil.resources import resource
from vigil.vault.store import Vault
from vigil.vault.verify import verify_vault

GOOD: dict[str, Any] = {
    "format": "vigil-cases",
    "version": 1,
    "cases": [
        {
            "title": "Test case",
            "country": "KZ",
            "people": [{"ref": "p1", "names": [{"text": "Айгүл", "script": "Cyrl", "lang": "kk"}]}],
            "sources": [{"ref": "s1", "title": "A statement", "reliability": "reliable"}],
            "events": [
                {
                    "date": "2019-03",
                    "type": "arrest",
                    "text": "Arrested.",
                    "sources": ["s1"],
                    "people": ["p1"],
                    "other_dates": [{"date": "2019-03-10", "sources": ["s1"]}],
                },
            ],
            "notes": [{"text": "A note."}],
        }
    ],
}


def test_good_document_imports(vault: Vault) -> None:
    (case_id,) = import_document(vault, GOOD)
    events = vault.items("event", case_id)
    source = vault.items("source", case_id)[0]
    person = vault.items("person", case_id)[0]
    assert events[0].payload["sources"] == [source.id]
    assert events[0].payload["people"] == [person.id]
    assert events[0].payload["other_dates"][0]["sources"] == [source.id]
    assert verify_vault(vault) == []


@pytest.mark.parametrize(
    ("path", "value", "where", "what"),
    [
        (["cases", 0, "events", 0, "date"], "March 2019", "cases[0].events[0].date", "YYYY"),
        (["cases", 0, "events", 0, "sources"], ["nope"], "cases[0].events[0].sources[0]", "nope"),
        (
            ["cases", 0, "people", 0, "names", 0, "script"],
            "cyrillic",
            "cases[0].people[0].names",
            "ISO 15924",
        ),
        (["cases", 0, "title"], "", "cases[0].title", "empty"),
        (["cases", 0, "colour"], "red", "cases[0].colour", "not a field"),
        (["cases", 0, "notes", 0], "text only", "cases[0].notes[0]", "object"),
        (["version"], 2, "version", "must be 1"),
    ],
)
def test_bad_record_is_named_and_nothing_lands(
    vault: Vault, path: list[Any], value: Any, where: str, what: str
) -> None:
    document = copy.deepcopy(GOOD)
    target: Any = document
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(ImportError_) as info:
        import_document(vault, document)
    assert any(w.startswith(where) and what in m for w, m in info.value.problems), (
        info.value.problems
    )
    assert str(info.value).startswith("Nothing was imported.")
    assert vault.items("case") == []


def test_sample_case_imports_completely(vault: Vault) -> None:
    from vigil.cases.transfer import load_import_file

    (case_id,) = import_document(vault, load_import_file(resource("samples", "sample-case.json")))
    case = vault.get(case_id)
    assert case is not None and case.payload["country"] == "KZ"
    names = {n["text"] for p in vault.items("person", case_id) for n in p.payload["names"]}
    assert {"Serikzhan Bilash", "Серикжан Билаш", "Серікжан Білаш"} <= names
    events = vault.items("event", case_id)
    dates = {e.payload["date"] for e in events}
    assert "2019-08-16" in dates and any(d.startswith("2019-02") for d in dates)
    release = [e for e in events if e.payload["type"] == "release"]
    assert release and any(
        o["date"] == "2019-08-17" for e in release for o in e.payload.get("other_dates", [])
    )
    assert all(e.payload["sources"] for e in events)
    assert vault.search("Almaty")


# -- property: what is imported comes back out unchanged --------------------------------------

_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda s: s.strip() != "")
_date = st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}") | st.integers(
    1900, 2100
).map(str)
_case = st.fixed_dictionaries(
    {
        "title": _text,
        "status": st.sampled_from(model.CASE_STATUSES),
        "tags": st.lists(_text, max_size=3),
    },
    optional={"country": st.sampled_from(["KZ", "RU", "CN", "DE"]), "summary": _text},
)
_person = st.fixed_dictionaries(
    {
        "names": st.lists(
            st.fixed_dictionaries(
                {"text": _text, "script": st.sampled_from(["Latn", "Cyrl", "Arab"])}
            ),
            min_size=1,
            max_size=3,
        )
    },
    optional={"pronouns": _text, "grammatical_gender": st.sampled_from(model.GRAMMATICAL_GENDERS)},
)
_event = st.fixed_dictionaries(
    {"date": _date, "type": st.sampled_from(model.EVENT_TYPES), "text": _text},
    optional={"place": _text},
)
_note = st.fixed_dictionaries({"text": _text}, optional={"title": _text})


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    cases = []
    for _ in range(draw(st.integers(1, 3))):
        case = draw(_case)
        case["people"] = draw(st.lists(_person, max_size=3))
        case["events"] = draw(st.lists(_event, max_size=3))
        case["notes"] = draw(st.lists(_note, max_size=2))
        cases.append(case)
    return {"format": "vigil-cases", "version": 1, "cases": cases}


def _normalise(document: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for case in document["cases"]:
        record = {
            k: v
            for k, v in model.with_defaults("case", case).items()
            if k not in ("people", "events", "notes", "sources", "ref")
        }
        for section, kind in (("people", "person"), ("events", "event"), ("notes", "note")):
            record[section] = sorted(
                json.dumps(
                    {k: v for k, v in model.with_defaults(kind, e).items() if k != "ref"},
                    sort_keys=True,
                )
                for e in case.get(section, [])
            )
        out.append(record)
    return sorted(out, key=lambda r: json.dumps(r, sort_keys=True))


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=documents())
def test_import_export_round_trip(vault: Vault, document: dict[str, Any]) -> None:
    plan_import(document)  # valid by construction
    for case in vault.items("case"):
        vault.save("case", case.payload, item_id=case.id, deleted=True)
    ids = import_document(vault, document)
    exported = export_document(vault, ids)
    assert _normalise(exported) == _normalise(document)
    again = import_document(vault, exported)
    assert _normalise(export_document(vault, again)) == _normalise(document)


def test_importing_the_same_file_twice_says_so_and_duplicates_nothing(tmp_path: Path) -> None:
    """Issue 20: a second import of one file silently made every case twice."""
    from tests.support.cli import make_cli

    cli = make_cli(tmp_path, "v")
    cli("case", "add", "--title", "Detained at the border", "--person", "Aigerim N")
    exported = tmp_path / "export"
    cli("export", "--plaintext", "--out", str(exported))
    document = exported / "cases.json"
    other = make_cli(tmp_path, "other")
    (imported,) = other("import", str(document)).stdout.split()
    again = other("import", str(document), check=False)
    assert again.returncode == 2 and "already in this vault" in again.stderr
    assert "Detained at the border" in again.stderr and "--skip-existing" in again.stderr
    assert len(other("case", "list").stdout.splitlines()) == 1
    skipped = other("import", str(document), "--skip-existing")
    assert skipped.stdout.strip() == "" and imported in skipped.stderr
    assert len(other("case", "list").stdout.splitlines()) == 1
    other("import", str(document), "--again")  # asked for: a second copy
    assert len(other("case", "list").stdout.splitlines()) == 2
