"""Urgent actions and their targets: the values a validated JSON document becomes.

An urgent action travels as one self-contained JSON object (the person, the demands, the
targets and the letter templates of every language), so that HQ can publish it to devices
that do not hold the case, and so that import, storage and publishing share one format.
Reading and validating a document is ``appeals/parse.py``; this module holds what it returns.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from vigil.appeals.conventions import Review
from vigil.cases.model import Problems, date_precision
from vigil.crypto.errors import VigilError

STATES = ("draft", "active", "deadline-passed", "closed")
OUTCOMES = (
    "released", "released-with-conditions", "charges-dropped", "sentence-reduced",
    "acquitted", "no-change", "worsened", "unknown",
)  # fmt: skip
ISSUE_KINDS = ("first", "follow-up", "closing")
CHANNELS = ("post", "email", "fax", "phone", "social")
ROLES = ("primary", "copy", "diplomatic")
# A target's details older than this are shown as "verify before sending".
STALE_AFTER_DAYS = 180

# Languages written in Cyrillic among those an urgent action is likely to use: a target's
# name in such a letter comes in its local script, otherwise in Latin letters.
CYRILLIC_LANGS = frozenset({"ru", "kk", "uk", "be", "ky", "tg", "mn", "sr", "bg", "mk"})
# The cases a person's name may be given in, per language, for templates that need an ending
# ($person_genitive ...): a name never gets an ending glued on by the template.
NAME_CASES = ("genitive", "dative", "accusative")


class DocumentError(VigilError):
    exit_code = 2

    def __init__(self, problems: Problems) -> None:
        self.problems = problems
        where, what = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"{where} {what}{more}")


@dataclass(frozen=True)
class Target:
    ref: str
    title: dict[str, str]
    name_latin: str
    name_local: str
    name_by_lang: dict[str, str]  # spellings that differ by language (ru and kk, say)
    organisation: dict[str, str]
    address: tuple[str, ...]  # the lines for a language that has none of its own
    address_by_lang: dict[str, tuple[str, ...]]  # "г. Астана, Республика Казахстан"
    # The addressee block as the letter's language writes it, in the case it needs
    # (Russian and Kazakh: the dative, "Президенту Республики Казахстан / Токаеву К.-Ж. К.").
    addressee_by_lang: dict[str, tuple[str, ...]]
    email: str
    fax: str
    phone: str
    social: tuple[str, ...]
    salutation: dict[str, str]
    role: str
    last_verified: str
    sample: bool  # demo data: shown as "sample, verify before sending"

    def name_for(self, lang: str) -> str:
        if lang in self.name_by_lang:
            return self.name_by_lang[lang]
        if lang.split("-")[0] in CYRILLIC_LANGS and self.name_local:
            return self.name_local
        return self.name_latin

    def address_for(self, lang: str) -> tuple[str, ...]:
        return self.address_by_lang.get(lang) or self.address

    def stale(self, today: datetime.date | None = None) -> bool:
        """True when the details were never checked or not checked for months."""
        if not self.last_verified or date_precision(self.last_verified) != "day":
            return True
        checked = datetime.date.fromisoformat(self.last_verified)
        return ((today or datetime.date.today()) - checked).days > STALE_AFTER_DAYS


@dataclass(frozen=True)
class UrgentAction:
    ref: str
    number: str  # the current issue's number: "FI 046/19-3"
    issues: tuple[dict[str, str], ...]  # {"number", "date", "kind"} in order
    issue_date: str
    deadline: str
    state: str
    outcome: str
    case_ref: str
    person_names: dict[str, str]
    person_forms: dict[str, dict[str, str]]  # lang -> case -> name: {"kk": {"accusative": ...}}
    gender: str
    summary: str
    demands: tuple[dict[str, str], ...]  # each demand in every language it is written in
    languages: tuple[str, ...]  # preferred letter languages, most preferred first
    own_language_welcome: bool
    channels: tuple[str, ...]
    allow_edits: bool
    targets: tuple[Target, ...]
    templates: dict[str, str]  # language -> Fluent source with the messages subject and body
    closing: dict[str, str]
    demands_heading: dict[str, str]
    review: dict[str, Review]  # per template language: a native speaker's review, or draft
    raw: dict[str, Any]  # the validated document, stored and published as is

    def target(self, ref: str | None = None) -> Target:
        """The named target, or the primary one."""
        for target in self.targets:
            if (ref and target.ref == ref) or (not ref and target.role == "primary"):
                return target
        if ref:
            known = ", ".join(t.ref for t in self.targets)
            raise VigilError(f"Urgent action {self.ref} has no target {ref!r} (it has: {known}).")
        return self.targets[0]

    def person_for(self, lang: str) -> str:
        return (
            self.person_names.get(lang)
            or (next(iter(self.person_names.values())) if lang in CYRILLIC_LANGS else "")
            or self.person_names.get("en")
            or next(iter(self.person_names.values()))
        )

    def review_for(self, lang: str) -> Review:
        return self.review.get(lang, Review())

    def deadline_date(self) -> datetime.date | None:
        if self.deadline and date_precision(self.deadline) == "day":
            return datetime.date.fromisoformat(self.deadline)
        return None

    def days_left(self, today: datetime.date | None = None) -> int | None:
        deadline = self.deadline_date()
        return None if deadline is None else (deadline - (today or datetime.date.today())).days

    def effective_state(self, today: datetime.date | None = None) -> str:
        """The stored state, except that an active action past its deadline says so."""
        left = self.days_left(today)
        if self.state == "active" and left is not None and left < 0:
            return "deadline-passed"
        return self.state
