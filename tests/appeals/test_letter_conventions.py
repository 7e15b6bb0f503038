"""The sample letters as a native reader checks them: each fault a reviewer of Russian and
Kazakh found, rendered through the real pipeline (the sample urgent action, the template
gate, Fluent, the per-language letter conventions) and checked word for word."""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest

from vigil.appeals.conventions import conventions, languages
from vigil.appeals.model import DocumentError
from vigil.appeals.parse import parse_urgent_action
from vigil.appeals.render import RenderError, Sender, compose
from vigil.resources import resource

DAY = datetime.date(2026, 12, 4)
LATIN = re.compile("[A-Za-z]")


def _letter(ua: Any, lang: str, sender: Sender | None = None, **kw: Any) -> Any:
    return compose(ua, lang, sender or Sender("Айгерім", "Алматы"), today=DAY, follow_up=True, **kw)


def test_kazakh_subject_has_the_accusative_and_is_not_an_order(sample_ua) -> None:
    subject = _letter(sample_ua, "kk").subject
    assert (
        subject == "Шұғыл әрекет FI 046/19-3: Серікжан Білашты босату шарттарын алып тастау туралы"
    )


@pytest.mark.parametrize(
    ("lang", "heading"),
    [("kk", "Сізден мыналарды сұраймын:"), ("ru", "Призываю Вас:"), ("en", "I urge you to:")],
)
def test_demands_heading_fits_the_demands(sample_ua, lang: str, heading: str) -> None:
    assert _letter(sample_ua, lang).demands_heading == heading


@pytest.mark.parametrize(
    ("lang", "city", "line"),
    [
        ("kk", "Алматы", "Алматы қ., 2026 жылғы 4 желтоқсан"),
        ("ru", "Алматы", "г. Алматы, 4 декабря 2026 г."),
        ("en", "London", "London, 4 December 2026"),
    ],
)
def test_date_line_follows_the_letter_convention(
    sample_ua, lang: str, city: str, line: str
) -> None:
    assert _letter(sample_ua, lang, Sender("A", city)).date_line == line


def test_a_city_already_written_with_its_prefix_is_not_doubled(sample_ua) -> None:
    assert _letter(sample_ua, "ru", Sender("A", "г. Алматы")).date_line.startswith("г. Алматы, 4")
    assert _letter(sample_ua, "kk", Sender("A", "Алматы қ.")).date_line.startswith(
        "Алматы қ., 2026"
    )


@pytest.mark.parametrize(
    ("lang", "first_lines"),
    [
        ("ru", ("Президенту Республики Казахстан", "Токаеву К.-Ж. К.")),
        ("kk", ("Қазақстан Республикасының Президенті", "Қ.-Ж. К. Тоқаевқа")),
        ("en", ("President of the Republic of Kazakhstan", "Kassym-Jomart Tokayev")),
    ],
)
def test_addressee_is_in_the_dative(sample_ua, lang: str, first_lines: tuple[str, ...]) -> None:
    assert _letter(sample_ua, lang).addressee[:2] == first_lines


@pytest.mark.parametrize(
    ("lang", "address", "note"),
    [
        ("ru", "г. Астана, Республика Казахстан", "(образец — проверьте перед отправкой)"),
        ("kk", "Астана қ., Қазақстан Республикасы", "(үлгі — жібермес бұрын тексеріңіз)"),
        ("en", "Astana, Republic of Kazakhstan", "(sample, verify before sending)"),
    ],
)
def test_address_and_sample_note_are_in_the_letter_language(
    sample_ua, lang: str, address: str, note: str
) -> None:
    letter = _letter(sample_ua, lang)
    assert address in letter.addressee
    assert letter.addressee[-1] == note
    if lang != "en":
        latin = [line for line in letter.addressee if LATIN.search(line)]
        assert latin == [], latin


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_no_latin_letters_in_a_cyrillic_letter(sample_ua, lang: str) -> None:
    text = _letter(sample_ua, lang).text()
    # The urgent action's number is the one Latin token a Cyrillic letter carries.
    assert LATIN.findall(text.replace("FI 046/19-3", "")) == []


def test_legal_terms(sample_ua) -> None:
    ru = _letter(sample_ua, "ru").body
    assert "процессуального соглашения о признании вины" in ru and "с прокурором" in ru
    assert "сделки со следствием" not in ru
    kk = _letter(sample_ua, "kk").body
    assert "кінәні мойындау туралы процестік келісім" in kk and "прокурормен" in kk
    assert "алауыздықты қоздыру" in kk and "араздықты" not in kk
    assert "тергеумен" not in kk
    en = _letter(sample_ua, "en").body
    assert "plea agreement with the prosecutor, under which he undertook to admit" in en
    demand = _letter(sample_ua, "kk").demands[2]
    assert "адам құқықтары саласындағы халықаралық міндеттемелерін" in demand


def test_list_after_a_colon_hangs_on_a_noun(sample_ua) -> None:
    ru = _letter(sample_ua, "ru").body
    assert "по которому обязался: признать вину" in ru or "обязался признать вину" in ru
    assert "после сделки со следствием: признать" not in ru


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("ru", "Обращаюсь к Вам, поскольку глубоко обеспокоена положением Серикжана Билаша"),
        ("kk", "Сізге Серікжан Білаштың жағдайына алаңдаушылық білдіріп жазып отырмын."),
    ],
)
def test_letters_open_with_a_sentence_before_the_facts(sample_ua, lang: str, opening: str) -> None:
    body = _letter(sample_ua, lang, Sender("Айгерім", "Алматы", gender="feminine")).body
    assert body.startswith(opening)


def test_demands_keep_a_campaigners_tone(sample_ua) -> None:
    for lang in ("en", "ru", "kk"):
        demands = " ".join(_letter(sample_ua, lang).demands)
        assert not re.search("China|Китай|Қытай", demands), demands


def test_sender_gender_reaches_the_russian_text(sample_ua) -> None:
    woman = _letter(sample_ua, "ru", Sender("Айгерим", "Алматы", gender="feminine")).body
    man = _letter(sample_ua, "ru", Sender("Нурлан", "Алматы", gender="masculine")).body
    assert "обеспокоена" in woman and "обеспокоен " in man and "обеспокоена" not in man


def test_demands_agree_with_a_woman(sample_raw) -> None:
    raw = dict(sample_raw)
    raw["person"] = {
        "names": {"en": "Aiman Umarova", "ru": "Айман Умарова", "kk": "Айман Умарова"},
        "forms": {
            "ru": {"genitive": "Айман Умаровой"},
            "kk": {"genitive": "Айман Умарованың", "accusative": "Айман Умарованы"},
        },
        "grammatical_gender": "feminine",
    }
    letter = _letter(parse_urgent_action(raw), "ru")
    text = " ".join([letter.body, *letter.demands])
    for masculine in ("был освобождён", "его ", "Он ", "он был", "заключил ", "обязался"):
        assert masculine not in text, masculine


def test_closed_action_is_refused_unless_the_letter_is_its_follow_up(sample_ua) -> None:
    assert sample_ua.state == "closed"
    with pytest.raises(RenderError, match="closed") as caught:
        compose(sample_ua, "en", Sender("Me"), today=DAY)
    assert caught.value.exit_code == 2
    assert "follow-up" in str(caught.value)
    assert compose(sample_ua, "en", Sender("Me"), today=DAY, follow_up=True).body


def _blank(lang: str) -> str:
    return resource("samples", "templates", f"blank.{lang}.ftl").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("lang", "until"),
    [
        ("ru", "до 26 августа 2019 г. "),
        ("kk", "2019 жылғы 26 тамызға дейін"),
        ("en", "by 26 August 2019."),
    ],
)
def test_blank_templates_render_their_deadline(sample_raw, lang: str, until: str) -> None:
    raw = {**sample_raw, "templates": {lang: _blank(lang)}, "languages": [lang]}
    body = _letter(parse_urgent_action(raw), lang).body
    assert until in body
    assert "г.." not in body and "ж. " not in body


# -- what the import gate checks, so that the next template is right by construction --------


def _problems(raw: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(DocumentError) as caught:
        parse_urgent_action(raw)
    return caught.value.problems


def test_a_target_without_its_dative_addressee_is_refused_at_import(sample_raw) -> None:
    del sample_raw["targets"][1]["addressee"]["ru"]
    problems = _problems(sample_raw)
    assert ("targets[1].addressee.ru", problems[0][1]) in problems
    assert "dative" in dict(problems)["targets[1].addressee.ru"]
    assert "targets[1].addressee.en" not in dict(problems)  # English needs no other case


def test_a_name_form_the_template_uses_must_be_given(sample_raw) -> None:
    del sample_raw["person"]["forms"]["kk"]["accusative"]
    assert dict(_problems(sample_raw)) == {
        "person.forms.kk.accusative": "is missing: the kk template uses $person_accusative"
    }


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"forms": {"ru": {"ablative": "X"}}}, "person.forms.ru.ablative"),
        ({"forms": {"ru": {"genitive": ""}}}, "person.forms.ru.genitive"),
        ({"forms": ["Серикжана"]}, "person.forms"),
        ({"forms": {"ru": {"genitive": "Серикжана\u202eБилаша"}}}, "person.forms.ru.genitive"),
    ],
)
def test_bad_name_forms_are_named(sample_raw, change: dict[str, Any], where: str) -> None:
    sample_raw["person"] = {**sample_raw["person"], **change}
    assert where in dict(_problems(sample_raw))


@pytest.mark.parametrize(
    ("addressee", "where"),
    [
        (["Президенту", 7], "addressee.ru"),
        ([], "addressee.ru"),
        ("Президенту", "addressee"),
        (["Президенту \u202eуважаемому"], "addressee.ru"),  # reorders what the official reads
        (["Президенту\x1b[2J"], "addressee.ru"),
    ],
)
def test_bad_addressee_blocks_are_named(sample_raw, addressee: Any, where: str) -> None:
    target = sample_raw["targets"][0]
    target["addressee"] = {"ru": addressee} if where.endswith(".ru") else addressee
    assert any(w.startswith(f"targets[0].{where}") for w, _ in _problems(sample_raw))


def test_a_review_names_who_read_the_template_and_when(sample_raw) -> None:
    sample_raw["review"] = {"ru": {"state": "reviewed"}}
    assert {"review.ru.by", "review.ru.on"} <= set(dict(_problems(sample_raw)))
    sample_raw["review"] = {"ru": {"state": "reviewed", "by": "A. Native", "on": "2026-12-01"}}
    ua = parse_urgent_action(sample_raw)
    assert _letter(ua, "ru").reviewed and not _letter(ua, "kk").reviewed


def test_conventions_never_read_outside_their_folder() -> None:
    assert conventions("kk-KZ").lang == "kk"
    for hostile in ("../../../etc/passwd", "..", "kk/../../x", "KK"):
        rules = conventions(hostile)
        assert rules.date_text(datetime.date(2019, 8, 26))  # a fallback, not a file elsewhere
    assert set(languages()) >= {"en", "ru", "kk"}


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_every_language_file_is_complete(lang: str) -> None:
    rules = conventions(lang)
    assert rules.lang == lang
    assert rules.review.state in ("draft", "reviewed")
    day = datetime.date(2026, 1, 31)
    assert "31" in rules.date_text(day) and "2026" in rules.until_text(day)


def test_a_stored_action_without_a_name_form_says_which_form_is_missing(sample_raw) -> None:
    del sample_raw["person"]["forms"]["kk"]["accusative"]
    kept = parse_urgent_action(sample_raw, letter_checks=False)  # as the vault reads it
    with pytest.raises(RenderError, match=r"person\.forms\.kk\.accusative") as caught:
        _letter(kept, "kk")
    assert caught.value.exit_code == 2
    assert _letter(kept, "ru").body  # the other languages still write


def test_a_salutation_in_every_letter_language_is_required(sample_raw) -> None:
    """Without it a Russian letter would open with "Dear Prosecutor General,"."""
    del sample_raw["targets"][1]["salutation"]["ru"]
    assert dict(_problems(sample_raw)) == {
        "targets[1].salutation.ru": "is missing: every letter in ru opens with its own salutation"
    }


def test_deadline_until_on_a_month_only_deadline_fails_clearly(sample_raw) -> None:
    raw = {**sample_raw, "templates": {"ru": _blank("ru")}, "languages": ["ru"]}
    raw["deadline"] = "2019-08"
    with pytest.raises(RenderError, match=r"'body' message of ua-046-19 failed.*deadline_until"):
        _letter(parse_urgent_action(raw), "ru")
