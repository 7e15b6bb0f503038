"""Rendering letters: agreement, dates per language, blocks from data, warnings."""

from __future__ import annotations

import datetime

import pytest

from vigil.appeals.conventions import conventions
from vigil.appeals.model import DocumentError
from vigil.appeals.parse import parse_urgent_action
from vigil.appeals.render import (
    RenderError,
    Sender,
    Signatory,
    compose,
    deadline_warning,
)
from vigil.crypto.errors import VigilError

DAY = datetime.date(2019, 8, 26)


def _with_person(raw, names, gender, forms=None):
    raw = dict(raw)
    raw["person"] = {"names": names, "grammatical_gender": gender, "forms": forms or {}}
    return parse_urgent_action(raw)


def test_russian_verbs_agree_with_the_person(sample_raw) -> None:
    kk = {"genitive": "X", "accusative": "X"}
    male = _with_person(
        sample_raw, {"ru": "Серикжан Билаш", "en": "S. B."}, "masculine",
        {"ru": {"genitive": "Серикжана Билаша"}, "kk": kk},
    )  # fmt: skip
    female = _with_person(
        sample_raw, {"ru": "Айман Умарова", "en": "A. U."}, "feminine",
        {"ru": {"genitive": "Айман Умаровой"}, "kk": kk},
    )  # fmt: skip
    he = compose(male, "ru", Sender("Отправитель"), today=DAY, follow_up=True).body
    she = compose(female, "ru", Sender("Отправитель"), today=DAY, follow_up=True).body
    assert "он был арестован" in he and "провёл" in he and "Серикжан Билаш возглавлял" in he
    assert "она была арестована" in she and "провела" in she and "Айман Умарова возглавляла" in she
    assert "была арестована" not in he and "был арестован " not in she
    assert "положением Айман Умаровой, известной казахстанской правозащитницы" in she


def test_english_pronouns_follow_gender_with_a_neutral_default(sample_raw) -> None:
    forms = {"ru": {"genitive": "X"}, "kk": {"genitive": "X", "accusative": "X"}}
    unspecified = _with_person(sample_raw, {"en": "A. Person"}, "unspecified", forms)
    body = compose(unspecified, "en", Sender("Me"), today=DAY, follow_up=True).body
    assert "They led" in body and "their family" in body


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "26 August 2019"),
        ("ru", "26 августа 2019 г."),
        ("kk", "2019 жылғы 26 тамыз"),
        ("fr", "26 août 2019"),  # no conventions file: CLDR's long date in that language
        ("xx", "2019-08-26"),  # a language CLDR does not know: ISO
    ],
)
def test_dates_are_written_for_each_language(lang: str, expected: str) -> None:
    assert conventions(lang).date_text(DAY) == expected


def test_sample_letter_blocks_come_from_data(sample_ua) -> None:
    letter = compose(sample_ua, "kk", Sender("Айгерім", "Алматы"), today=DAY, follow_up=True)
    assert letter.addressee[:2] == ("Қазақстан Республикасының Президенті", "Қ.-Ж. К. Тоқаевқа")
    assert letter.salutation == "Құрметті Президент мырза!"
    assert letter.date_line == "Алматы қ., 2019 жылғы 26 тамыз"
    assert letter.demands[0] == "Серікжан Білашты босату кезінде қойылған шарттарды алып тастау."
    assert letter.closing == "Құрметпен,"
    assert letter.sender == ("Айгерім", "Алматы")
    assert letter.to_email == "president.sample@example.org"
    assert "Серікжан Білаш" in letter.subject and "FI 046/19-3" in letter.subject
    text = letter.text()
    assert (
        text.index(letter.salutation)
        < text.index(letter.paragraphs()[0])
        < text.index(letter.demands[0])
    )


def test_named_target_and_unknown_target(sample_ua) -> None:
    letter = compose(
        sample_ua, "ru", Sender("Я"), target_ref="prosecutor-general", today=DAY, follow_up=True
    )
    assert "Нурдаулетову Г. Д." in letter.addressee
    with pytest.raises(VigilError, match=r"no target 'embassy' \(it has: .*prosecutor-general"):
        compose(sample_ua, "ru", Sender("Я"), target_ref="embassy", today=DAY, follow_up=True)


def test_missing_language_is_a_clear_error(sample_ua) -> None:
    with pytest.raises(RenderError, match="no letter in 'fr'"):
        compose(sample_ua, "fr", Sender("Moi"), today=DAY, follow_up=True)


def test_group_letter_lists_every_signatory(sample_ua) -> None:
    people = [Signatory("Асель", "Алматы"), Signatory("Nurlan (pseudonym)", "")]
    letter = compose(
        sample_ua, "ru", Sender("Айгерим", "Астана"), signatories=people, today=DAY, follow_up=True
    )
    assert letter.signatories == ("Асель, Алматы", "Nurlan (pseudonym)")
    assert letter.text().rstrip().endswith("Nurlan (pseudonym)")


def test_edits_kept_when_allowed_and_refused_when_not(sample_raw) -> None:
    ua = parse_urgent_action(sample_raw)
    letter = compose(ua, "en", Sender("Me"), edited_body="My own words.", today=DAY, follow_up=True)
    assert letter.body == "My own words."
    strict = parse_urgent_action({**sample_raw, "allow_edits": False})
    with pytest.raises(RenderError, match="sent as written"):
        compose(strict, "en", Sender("Me"), edited_body="Mine", today=DAY, follow_up=True)


def test_deadline_and_staleness(sample_raw) -> None:
    active = parse_urgent_action({**sample_raw, "state": "active", "deadline": "2019-09-30"})
    assert deadline_warning(active, datetime.date(2019, 9, 1)) == ""
    late = deadline_warning(active, datetime.date(2019, 10, 2))
    assert "passed 2 day(s) ago" in late
    assert active.effective_state(datetime.date(2019, 10, 2)) == "deadline-passed"
    assert active.days_left(datetime.date(2019, 9, 1)) == 29
    closed = parse_urgent_action(sample_raw)
    assert "is closed" in deadline_warning(closed, DAY)
    assert closed.targets[0].stale(datetime.date(2026, 1, 1))
    assert not closed.targets[0].stale(datetime.date(2019, 9, 1))


def test_broken_documents_list_every_problem(sample_raw) -> None:
    broken = {
        **sample_raw,
        "state": "paused",
        "deadline": "soon",
        "languages": ["fr"],
        "targets": [{"ref": "X Y", "title": "President"}],
        "colour": "red",
    }
    with pytest.raises(DocumentError) as caught:
        parse_urgent_action(broken)
    where = [w for w, _ in caught.value.problems]
    for field in (
        "state",
        "deadline",
        "languages",
        "targets[0].ref",
        "targets[0].title",
        "targets[0].salutation",
        "targets[0].name",
        "colour",
    ):
        assert field in where, (field, where)
