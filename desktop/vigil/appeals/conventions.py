"""How a letter is written in each language: the conventions a native reader expects.

An official judges a letter in seconds; a date line in a foreign format or an addressee in the
wrong case reads as careless. Those conventions belong to the letter, not to a locale's raw
date format, so they live in one file per language (``resources/letters/<lang>.toml``): the
date line (and how the place joins it), the place prefix, "by <deadline>", the addressee's
case, the demands heading, the closing, the "sample" note and the review state of the file
itself. A new letter language is one new file. The files are the project's own text; their
fields are filled by plain replacement, never evaluated.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import re
import tomllib
from dataclasses import dataclass

from babel.core import UnknownLocaleError
from babel.dates import format_date

from vigil.crypto.errors import VigilError
from vigil.resources import resource

_BASE = re.compile(r"[a-z]{2,3}")
REVIEW_STATES = ("draft", "reviewed")
DATE_LINE = "{place}, {date}"  # the date line when a language's file names no other
CASES = ("nominative", "dative")
_FIELDS = (
    "date", "place", "until", "addressee_case", "demands_heading", "closing", "sample_note",
    "unreviewed_note",
)  # fmt: skip


class ConventionsError(VigilError):
    exit_code = 4


@dataclass(frozen=True)
class Review:
    """Who read a text as a native speaker would, and when; ``draft`` until someone did."""

    state: str = "draft"
    by: str = ""
    on: str = ""

    @property
    def reviewed(self) -> bool:
        return self.state == "reviewed"


@dataclass(frozen=True)
class Conventions:
    lang: str
    date: str  # "{year} жылғы {day} {month}", "{year}年{month_number}月{day}日"
    place: str  # "г. {city}"
    date_line_pattern: str  # "{place}, {date}"; Chinese joins them with a full-width comma
    until: str  # "до {date}"
    addressee_case: str  # "dative": a target needs its addressee lines in this language
    demands_heading: str
    closing: str
    sample_note: str
    unreviewed_note: str
    months_dative: tuple[str, ...]  # twelve forms, for languages whose "until" needs them
    review: Review
    # The first line of each paragraph (and of the closing) set in by this many characters'
    # widths: Chinese letters start each paragraph two characters in, and 此致 too.
    paragraph_indent: int = 0

    def _fill(self, pattern: str, day: datetime.date) -> str:
        month = format_date(day, "MMMM", locale=self.lang)  # CLDR's form used inside a date
        values = {
            "{day}": str(day.day),
            "{month}": month,
            "{month_number}": str(day.month),  # Chinese writes 12月, not a month's name
            "{year}": str(day.year),
        }
        if self.months_dative:
            values["{month_dative}"] = self.months_dative[day.month - 1]
        for key, value in values.items():
            pattern = pattern.replace(key, value)
        return pattern

    def date_text(self, day: datetime.date) -> str:
        """The date as this language's letters write it: "2026 жылғы 4 желтоқсан"."""
        if not self.date:  # a language without its own file: CLDR's long date, or ISO
            try:
                return format_date(day, format="long", locale=self.lang)
            except (ValueError, LookupError, UnknownLocaleError):
                return day.isoformat()
        return self._fill(self.date, day)

    def until_text(self, day: datetime.date) -> str:
        """Writes "by <date>", with the case the language's postposition needs."""
        if "{date}" in self.until:
            return self.until.replace("{date}", self.date_text(day))
        return self._fill(self.until, day)

    def place_text(self, city: str) -> str:
        """The sender's city with its prefix ("г. Алматы", "Алматы қ."), once: a city the
        person already wrote with it is kept as written."""
        city = city.strip()
        bare = self.place.replace("{city}", "").strip()
        if not city or (bare and bare in city.split()):
            return city
        return self.place.replace("{city}", city)

    def date_line(self, city: str, day: datetime.date) -> str:
        place = self.place_text(city)
        if not place:
            return self.date_text(day)
        return self.date_line_pattern.replace("{place}", place).replace(
            "{date}", self.date_text(day)
        )


def _text(table: dict[str, object], name: str, lang: str) -> str:
    value = table.get(name)
    if not isinstance(value, str):
        raise ConventionsError(f"letters/{lang}.toml: {name} must be text")
    return value


def _parse(lang: str, data: dict[str, object]) -> Conventions:
    letter = data.get("letter")
    review = data.get("review", {})
    if not isinstance(letter, dict) or not isinstance(review, dict):
        raise ConventionsError(f"letters/{lang}.toml needs the tables [letter] and [review]")
    fields = {name: _text(letter, name, lang) for name in _FIELDS}
    if fields["addressee_case"] not in CASES:
        raise ConventionsError(f"letters/{lang}.toml: addressee_case must be one of {CASES}")
    months = letter.get("months_dative", [])
    if not isinstance(months, list) or (
        months and (len(months) != 12 or not all(isinstance(m, str) for m in months))
    ):
        raise ConventionsError(f"letters/{lang}.toml: months_dative must be twelve texts")
    if "{month_dative}" in fields["until"] and not months:
        raise ConventionsError(f"letters/{lang}.toml: until needs months_dative")
    joined = letter.get("date_line", DATE_LINE)
    if not isinstance(joined, str) or "{place}" not in joined or "{date}" not in joined:
        raise ConventionsError(f"letters/{lang}.toml: date_line must hold {{place}} and {{date}}")
    indent = letter.get("paragraph_indent", 0)
    if not isinstance(indent, int) or isinstance(indent, bool) or not 0 <= indent <= 4:
        raise ConventionsError(f"letters/{lang}.toml: paragraph_indent must be 0 to 4")
    state = review.get("state", "draft")
    if state not in REVIEW_STATES:
        raise ConventionsError(f"letters/{lang}.toml: review state must be one of {REVIEW_STATES}")
    return Conventions(
        lang=lang,
        date_line_pattern=joined,
        paragraph_indent=indent,
        months_dative=tuple(months),
        review=Review(str(state), str(review.get("by", "")), str(review.get("on", ""))),
        **fields,
    )


def languages() -> tuple[str, ...]:
    """The letter languages that have conventions."""
    return tuple(sorted(p.stem for p in resource("letters").glob("*.toml")))


@functools.lru_cache(maxsize=32)
def conventions(lang: str) -> Conventions:
    """The conventions of a letter language ("kk-KZ" uses "kk"); English for a language
    that has none yet, with CLDR's long date in that language and no place prefix."""
    base = lang.split("-")[0].lower()
    path = resource("letters", f"{base}.toml")
    if not _BASE.fullmatch(base) or not path.is_file():
        return dataclasses.replace(conventions("en"), lang=base, date="", place="{city}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConventionsError(f"letters/{base}.toml cannot be read: {exc}") from exc
    return _parse(base, data)
