"""From an urgent action, a target, a language and a sender to a ``Letter``.

The subject and the body come from the urgent action's Fluent templates, which pass the
gate in ``templates`` first (cached by their exact text). Every other block is data. The date
line, the place prefix, the addressee's case, the demands heading and the closing follow the
letter language's conventions (``conventions``), and so does a template's
``DATETIME(..., dateStyle: "long")``: the body and the date line write a date alike.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from babel import Locale
from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import FluentDate, FluentNone, FluentType, fluent_date

from vigil.appeals.conventions import Conventions, conventions
from vigil.appeals.letter import SENDER_GENDERS, Letter
from vigil.appeals.model import NAME_CASES, UrgentAction
from vigil.appeals.templates import MAX_OUTPUT, VARIABLE_BOUND, require_valid, variables_used
from vigil.crypto.errors import VigilError


class RenderError(VigilError):
    exit_code = 2


@dataclass(frozen=True)
class Sender:
    name: str
    city: str = ""
    email: str = ""
    # The signer's grammatical gender, for "обращалась"/"обращался": a woman's letter must
    # not speak of her in the masculine.
    gender: str = "unspecified"


def city_fits(city: str, lang: str) -> bool:
    """Whether a city, remembered from an earlier letter, is written in the script of a letter
    in ``lang``: "г. Алматы" does not belong in an English letter, nor "Almaty" in a Russian
    one, nor either in a Chinese one (阿拉木图). The command line and the composer both leave
    such a city out and say so."""
    from vigil.appeals.cjk_font import LANGS as CHINESE_LANGS
    from vigil.appeals.cjk_font import is_cjk
    from vigil.appeals.model import CYRILLIC_LANGS  # the letter's own list, not a copy

    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in city)
    latin = any(ch.isascii() and ch.isalpha() for ch in city)
    chinese = any(is_cjk(ch) for ch in city)
    base = lang.split("-")[0].lower()
    if base in CHINESE_LANGS:
        return chinese or not (latin or cyrillic)
    if chinese:
        return False
    if base in CYRILLIC_LANGS:
        return cyrillic or not latin
    return not cyrillic


@dataclass(frozen=True)
class Signatory:
    name: str
    city: str = ""


_checked: set[str] = set()
_checked_lock = threading.Lock()


def _gate(ua: UrgentAction) -> None:
    """The validation gate, once per distinct set of templates in this process."""
    digest = hashlib.sha256(repr(sorted(ua.templates.items())).encode()).hexdigest()
    with _checked_lock:
        if digest in _checked:
            return
    require_valid(ua.templates, prefix=f"{ua.ref}/")
    with _checked_lock:
        _checked.add(digest)


class _LetterDate(FluentDate):
    """A date a template formats: the long style is the letter's own date convention
    ("2026 жылғы 4 желтоқсан", "4 December 2026"), as on the date line; other styles are
    CLDR's."""

    conventions: Conventions

    def format(self, locale: Locale) -> str:
        if self.options.dateStyle == "long":
            return self.conventions.date_text(self)
        return super().format(locale)


def _datetime_function(rules: Conventions) -> Any:
    def DATETIME(value: Any, **options: Any) -> FluentType | FluentNone:
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            date = cast(_LetterDate, _LetterDate.from_date(value, **options))
            date.conventions = rules
            return date
        return fluent_date(value, **options)

    return DATETIME


def _date(value: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _bundle(ua: UrgentAction, lang: str) -> FluentBundle:
    if lang not in ua.templates:
        have = ", ".join(sorted(ua.templates))
        raise RenderError(f"Urgent action {ua.ref} has no letter in {lang!r} (it has: {have}).")
    return _cached_bundle(ua.templates[lang], lang)


@functools.lru_cache(maxsize=64)
def _cached_bundle(source: str, lang: str) -> FluentBundle:
    """Parsing Fluent costs far more than formatting: one bundle per template text serves
    every letter of a batch. Formatting reads the bundle and never changes its messages."""
    # No bidi isolation marks: they would end up inside names in PDFs and e-mails.
    bundle = FluentBundle(
        [lang.replace("-", "_")],
        functions={"DATETIME": _datetime_function(conventions(lang))},
        use_isolating=False,
    )
    bundle.add_resource(FluentResource(source))
    return bundle


@functools.lru_cache(maxsize=64)
def _name_cases(source: str) -> frozenset[str]:
    """The cases of the person's name a template uses (parsed once per template text)."""
    used = variables_used(source)
    return frozenset(case for case in NAME_CASES if f"person_{case}" in used)


def _require_forms(ua: UrgentAction, lang: str) -> None:
    """An action stored before name forms were checked: say which form is missing, not a
    Fluent error about an unknown variable."""
    have = ua.person_forms.get(lang, {})
    missing = sorted(_name_cases(ua.templates[lang]) - set(have))
    if missing:
        raise RenderError(
            f"The {lang} letter of {ua.ref} needs the person's name in the {missing[0]} "
            f"(person.forms.{lang}.{missing[0]}); import the urgent action again with it."
        )


def _format(bundle: FluentBundle, message: str, args: Mapping[str, Any], ua: UrgentAction) -> str:
    pattern = bundle.get_message(message).value
    if pattern is None:
        raise RenderError(f"The {message!r} message of {ua.ref} has no text.")
    text, errors = bundle.format_pattern(pattern, dict(args))
    if errors:
        raise RenderError(f"The {message!r} message of {ua.ref} failed: {errors[0]}")
    if len(str(text)) > MAX_OUTPUT:  # the gate's bound makes this unreachable; kept as a fuse
        raise RenderError(f"The {message!r} message of {ua.ref} is too long to be a letter.")
    return str(text)


def _cap(value: str) -> str:
    return value[:VARIABLE_BOUND]


def template_args(
    ua: UrgentAction,
    target_ref: str | None,
    lang: str,
    sender: Sender,
    signatory_count: int,
    today: datetime.date,
) -> dict[str, Any]:
    target = ua.target(target_ref)
    forms = ua.person_forms.get(lang, {})
    args: dict[str, Any] = {
        "person": _cap(ua.person_for(lang)),
        **{f"person_{case}": _cap(name) for case, name in forms.items()},
        "gender": ua.gender,
        "ua_number": _cap(ua.number),
        "target_title": _cap(target.title.get(lang) or next(iter(target.title.values()))),
        "target_name": _cap(target.name_for(lang)),
        "sender_name": _cap(sender.name),
        "sender_city": _cap(sender.city),
        "sender_gender": sender.gender if sender.gender in SENDER_GENDERS else "unspecified",
        "signatory_count": signatory_count,
        "today": today,
    }
    # Dates the action does not give to the day are left out: a template that needs one
    # gets a clear error rather than a made-up day.
    for name, value in (("issue_date", ua.issue_date), ("deadline", ua.deadline)):
        day = _date(value)
        args[name] = day if day else _cap(value)
    deadline = _date(ua.deadline)
    if deadline:  # like DATETIME: no made-up day for a deadline given to the month
        args["deadline_until"] = conventions(lang).until_text(deadline)
    return args


def compose(
    ua: UrgentAction,
    lang: str,
    sender: Sender,
    *,
    target_ref: str | None = None,
    signatories: Sequence[Signatory] = (),
    personal_note: str = "",
    edited_body: str | None = None,
    today: datetime.date | None = None,
    follow_up: bool = False,
) -> Letter:
    """One letter to one target in one language. ``signatories`` are the other people who
    sign a group letter (the sender signs first). A closed action's letter is refused unless
    the person confirms (``follow_up``) that they write about its follow-up: its demands
    were for a time that has passed."""
    _gate(ua)
    if ua.state == "closed" and not follow_up:
        raise RenderError(
            f"Urgent action {ua.number} is closed ({ua.outcome or 'no outcome given'}); its "
            "demands are for a time that has passed. Write only to follow it up, and confirm "
            "that you do (--follow-up on the command line)."
        )
    rules = conventions(lang)
    day = today or datetime.date.today()
    target = ua.target(target_ref)
    args = template_args(ua, target.ref, lang, sender, 1 + len(signatories), day)
    bundle = _bundle(ua, lang)
    _require_forms(ua, lang)
    subject = " ".join(_format(bundle, "subject", args, ua).split())  # one header line
    if edited_body is not None and not ua.allow_edits:
        raise RenderError(f"Urgent action {ua.ref} asks that its letters be sent as written.")
    body = edited_body if edited_body is not None else _format(bundle, "body", args, ua)
    demands = tuple(d.get(lang) or d.get("en") or next(iter(d.values())) for d in ua.demands)
    organisation = target.organisation.get(lang) or target.organisation.get("en", "")
    # The block in the case the language needs, as the target gives it; the import gate made
    # sure a target gives it wherever the conventions need another case than the nominative.
    head = target.addressee_by_lang.get(lang) or (
        args["target_title"],
        target.name_for(lang),
        organisation,
    )
    note = (rules.sample_note,) if target.sample else ()
    addressee = tuple(line for line in (*head, *target.address_for(lang), *note) if line)
    return Letter(
        lang=lang,
        subject=subject,
        date_line=rules.date_line(sender.city, day),
        addressee=addressee,
        salutation=target.salutation.get(lang) or target.salutation.get("en", ""),
        body=body.strip(),
        demands=demands,
        personal_note=personal_note.strip(),
        closing=ua.closing.get(lang) or rules.closing,
        sender=tuple(line for line in (sender.name, sender.city) if line),
        signatories=tuple(f"{s.name}, {s.city}" if s.city else s.name for s in signatories),
        to_email=target.email,
        cc_emails=tuple(t.email for t in ua.targets if t.role == "copy" and t.email),
        demands_heading=ua.demands_heading.get(lang) or rules.demands_heading,
        reviewed=ua.review_for(lang).reviewed,
    )


def deadline_warning(ua: UrgentAction, today: datetime.date | None = None) -> str:
    """What to tell someone who sends now, or an empty string."""
    left = ua.days_left(today)
    if ua.state == "closed":
        return f"Urgent action {ua.number} is closed; check with HQ before sending."
    if left is not None and left < 0:
        return (
            f"The deadline of {ua.number} passed {-left} day(s) ago ({ua.deadline}); "
            "appeals sent now may no longer help. Check with HQ."
        )
    return ""
