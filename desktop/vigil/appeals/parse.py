"""Reading an urgent action's JSON document: every problem at once, each naming its field.

The document travels as is (import, storage, HQ's publishing); what it becomes is the
dataclasses of ``appeals/model.py``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from vigil.appeals.conventions import REVIEW_STATES, Review, conventions
from vigil.appeals.model import (
    CHANNELS,
    ISSUE_KINDS,
    NAME_CASES,
    OUTCOMES,
    ROLES,
    STATES,
    DocumentError,
    Target,
    UrgentAction,
)
from vigil.appeals.templates import FORBIDDEN_CHARS, variables_used
from vigil.cases.model import GRAMMATICAL_GENDERS, Problems, date_precision

MAX_SHORT = 500
MAX_LONG = 20_000
_LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_REF = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_EMAIL = re.compile(r"[^@\s<>\"',;]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}")


class _Checker:
    """Collects problems while reading one JSON object, each named by its path."""

    def __init__(self, problems: Problems, where: str) -> None:
        self.problems = problems
        self.where = where

    def fail(self, name: str, what: str) -> None:
        self.problems.append((f"{self.where}{name}", what))

    def text(
        self, obj: Mapping[str, Any], name: str, *, required: bool = False, cap: int = MAX_SHORT
    ) -> str:
        value = obj.get(name)
        if value is None:
            if required:
                self.fail(name, "is missing")
            return ""
        if not isinstance(value, str):
            self.fail(name, "must be text")
            return ""
        if required and not value.strip():
            self.fail(name, "must not be empty")
        if len(value) > cap:
            self.fail(name, f"is longer than {cap} characters")
        if "\x00" in value:
            self.fail(name, "contains a NUL character")
        return value

    def choice(
        self, obj: Mapping[str, Any], name: str, options: tuple[str, ...], default: str
    ) -> str:
        value = obj.get(name, default)
        if value not in options:
            self.fail(name, "must be one of: " + ", ".join(options))
            return default
        return str(value)

    def date(self, obj: Mapping[str, Any], name: str, *, required: bool = False) -> str:
        value = obj.get(name)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or date_precision(value) is None:
            self.fail(name, "must be a date written YYYY, YYYY-MM or YYYY-MM-DD")
            return ""
        return value

    def per_lang(
        self, obj: Mapping[str, Any], name: str, *, required: bool = False, cap: int = MAX_SHORT
    ) -> dict[str, str]:
        value = obj.get(name)
        if value is None:
            if required:
                self.fail(name, "is missing")
            return {}
        if not isinstance(value, dict) or not value:
            self.fail(name, 'must be an object of texts by language, such as {"en": "..."}')
            return {}
        out: dict[str, str] = {}
        for lang, text in value.items():
            if not isinstance(lang, str) or not _LANG.fullmatch(lang):
                self.fail(f"{name}.{lang}", "is not a language tag such as kk or ru")
            elif not isinstance(text, str) or not text.strip() or len(text) > cap:
                self.fail(f"{name}.{lang}", f"must be text of 1 to {cap} characters")
            else:
                out[lang] = text
        return out

    def lines_per_lang(self, obj: Mapping[str, Any], name: str) -> dict[str, tuple[str, ...]]:
        """``{lang: [line, ...]}``: blocks written differently in each language."""
        value = obj.get(name, {})
        if not isinstance(value, dict):
            self.fail(name, 'must be an object of lines by language, {"ru": ["...", "..."]}')
            return {}
        out: dict[str, tuple[str, ...]] = {}
        for lang, lines in value.items():
            if not isinstance(lang, str) or not _LANG.fullmatch(lang):
                self.fail(f"{name}.{lang}", "is not a language tag such as kk or ru")
                continue
            got = self.strings({lang: lines}, lang, where=f"{name}.")
            if not got:
                self.fail(f"{name}.{lang}", "must be a list of one or more lines")
            # Printed as the letter's address: nothing that reorders or hides what it says.
            for line in got:
                bad = FORBIDDEN_CHARS.search(line)
                if bad:
                    self.fail(
                        f"{name}.{lang}", f"contains the control character U+{ord(bad.group()):04X}"
                    )
            out[lang] = tuple(got)
        return out

    def strings(
        self, obj: Mapping[str, Any], name: str, options: tuple[str, ...] = (), where: str = ""
    ) -> list[str]:
        value = obj.get(name, [])
        field = where + name
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(field, "must be a list of texts")
            return []
        if len(value) > 50:
            self.fail(field, "has more than 50 entries")
        for v in value:
            if options and v not in options:
                self.fail(field, f"has {v!r}; each must be one of: " + ", ".join(options))
            elif not options and (len(v) > MAX_SHORT or not v.strip()):
                self.fail(field, "has an empty or over-long entry")
        return list(value)

    def unknown(self, obj: Mapping[str, Any], known: set[str]) -> None:
        for name in sorted(set(obj) - known):
            self.fail(name, "is not a known field")


TARGET_FIELDS = {
    "ref", "title", "name", "organisation", "address", "email", "fax", "phone", "social",
    "salutation", "role", "last_verified", "sample", "addressee",
}  # fmt: skip
UA_FIELDS = {
    "ref", "number", "issues", "issue_date", "deadline", "state", "outcome", "case_ref",
    "person", "summary", "demands", "languages", "own_language_welcome", "channels",
    "allow_edits", "targets", "templates", "closing", "demands_heading", "review",
}  # fmt: skip


def _target(obj: Any, where: str, problems: Problems) -> Target | None:
    if not isinstance(obj, dict):
        problems.append((where.rstrip("."), "must be an object"))
        return None
    c = _Checker(problems, where)
    c.unknown(obj, TARGET_FIELDS)
    ref = c.text(obj, "ref", required=True, cap=64)
    if ref and not _REF.fullmatch(ref):
        c.fail("ref", "must be lower-case letters, digits and hyphens")
    name = obj.get("name", {})
    if not isinstance(name, dict) or not isinstance(name.get("latin"), str):
        c.fail("name", 'must be {"latin": "...", "local": "..."} with at least the Latin name')
        name = {}
    for key, value in name.items():
        if not isinstance(value, str) or not value.strip() or len(value) > MAX_SHORT:
            c.fail(f"name.{key}", f"must be text of 1 to {MAX_SHORT} characters")
        elif key not in ("latin", "local") and not _LANG.fullmatch(key):
            c.fail(f"name.{key}", "must be latin, local or a language tag")
    email = c.text(obj, "email", cap=320)
    if email and not _EMAIL.fullmatch(email):
        c.fail("email", "is not a single e-mail address")
    raw_address = obj.get("address", [])
    address: list[str] = []
    address_by_lang: dict[str, tuple[str, ...]] = {}
    if isinstance(raw_address, dict):  # lines per language
        address_by_lang = c.lines_per_lang(obj, "address")
    else:
        address = c.strings(obj, "address")
    return Target(
        ref=ref,
        title=c.per_lang(obj, "title", required=True),
        name_latin=str(name.get("latin", "")),
        name_local=str(name.get("local", "")),
        name_by_lang={
            k: v
            for k, v in name.items()
            if k not in ("latin", "local") and isinstance(v, str) and _LANG.fullmatch(k)
        },
        organisation=c.per_lang(obj, "organisation"),
        address=tuple(address),
        address_by_lang=address_by_lang,
        addressee_by_lang=c.lines_per_lang(obj, "addressee"),
        email=email,
        fax=c.text(obj, "fax", cap=50),
        phone=c.text(obj, "phone", cap=50),
        social=tuple(c.strings(obj, "social")),
        salutation=c.per_lang(obj, "salutation", required=True),
        role=c.choice(obj, "role", ROLES, "primary"),
        last_verified=c.date(obj, "last_verified"),
        sample=obj.get("sample") is True,
    )


def _person_forms(value: Any, where: str, problems: Problems) -> dict[str, dict[str, str]]:
    """``{lang: {case: name}}``, the person's name with its case endings."""
    if not isinstance(value, dict):
        problems.append((where, 'must be {"kk": {"accusative": "..."}}'))
        return {}
    out: dict[str, dict[str, str]] = {}
    for lang, cases in value.items():
        if not isinstance(lang, str) or not _LANG.fullmatch(lang) or not isinstance(cases, dict):
            problems.append((f"{where}.{lang}", "must be a language tag with {case: name}"))
            continue
        for case, name in cases.items():
            if case not in NAME_CASES:
                problems.append(
                    (f"{where}.{lang}.{case}", "must be one of: " + ", ".join(NAME_CASES))
                )
            elif (
                not isinstance(name, str)
                or not name.strip()
                or len(name) > MAX_SHORT
                or FORBIDDEN_CHARS.search(name)
            ):
                problems.append(
                    (f"{where}.{lang}.{case}", f"must be text of 1 to {MAX_SHORT} characters")
                )
            else:
                out.setdefault(lang, {})[case] = name
    return out


def _reviews(value: Any, where: str, problems: Problems) -> dict[str, Review]:
    """``{lang: {state, by, on}}``: whether a native speaker read the template."""
    if not isinstance(value, dict):
        problems.append((where, 'must be {"ru": {"state": "reviewed", "by": ..., "on": ...}}'))
        return {}
    out: dict[str, Review] = {}
    for lang, review in value.items():
        c = _Checker(problems, f"{where}.{lang}.")
        if not isinstance(lang, str) or not _LANG.fullmatch(lang) or not isinstance(review, dict):
            problems.append((f"{where}.{lang}", "must be a language tag with {state, by, on}"))
            continue
        c.unknown(review, {"state", "by", "on"})
        state = c.choice(review, "state", REVIEW_STATES, "draft")
        by = c.text(review, "by", required=state == "reviewed", cap=200)
        on = c.date(review, "on", required=state == "reviewed")
        out[lang] = Review(state, by, on)
    return out


def _check_forms(ua: UrgentAction, where: str, problems: Problems) -> None:
    """What a template needs from the data, checked when the action is entered or edited: the
    person's name in each case a template uses, and every target's addressee block in the
    case the language's letters address their reader in."""
    for lang, source in ua.templates.items():
        used = variables_used(source)
        for case in NAME_CASES:
            if f"person_{case}" in used and case not in ua.person_forms.get(lang, {}):
                problems.append((
                    f"{where}person.forms.{lang}.{case}",
                    f"is missing: the {lang} template uses $person_{case}",
                ))  # fmt: skip
        for i, target in enumerate(ua.targets):
            if lang not in target.salutation:  # else another language's would be printed
                problems.append((
                    f"{where}targets[{i}].salutation.{lang}",
                    f"is missing: every letter in {lang} opens with its own salutation",
                ))  # fmt: skip
        case = conventions(lang).addressee_case
        if case == "nominative":
            continue
        for i, target in enumerate(ua.targets):
            if lang not in target.addressee_by_lang:
                problems.append((
                    f"{where}targets[{i}].addressee.{lang}",
                    f"is missing: a letter in {lang} addresses its reader in the {case} "
                    "(title and name with initials, one line each)",
                ))  # fmt: skip


def parse_urgent_action(obj: Any, where: str = "", *, letter_checks: bool = True) -> UrgentAction:
    """Validate one urgent action; raise DocumentError listing every problem.

    ``letter_checks`` also checks what letters need from the data (name forms, addressee
    blocks): where a person enters a document (import, HQ's publishing). A document the vault
    already holds, or one HQ signed and sent, is read without them, so an action kept from
    before the checks existed, or published by an older HQ, still lists and opens (its
    letters fall back to the nominative, and a missing name form is named when a letter is
    written) rather than being refused whole."""
    problems: Problems = []
    if not isinstance(obj, dict):
        raise DocumentError([(where or "urgent action", "must be a JSON object")])
    c = _Checker(problems, where)
    c.unknown(obj, UA_FIELDS)
    ref = c.text(obj, "ref", required=True, cap=64)
    if ref and not _REF.fullmatch(ref):
        c.fail("ref", "must be lower-case letters, digits and hyphens")
    person = obj.get("person")
    names: dict[str, str] = {}
    forms: dict[str, dict[str, str]] = {}
    gender = "unspecified"
    if not isinstance(person, dict):
        c.fail("person", 'must be {"names": {"en": ...}, "grammatical_gender": ...}')
    else:
        names = _Checker(problems, f"{where}person.").per_lang(person, "names", required=True)
        gender = _Checker(problems, f"{where}person.").choice(
            person, "grammatical_gender", GRAMMATICAL_GENDERS, "unspecified"
        )
        forms = _person_forms(person.get("forms", {}), f"{where}person.forms", problems)
    issues = []
    for i, issue in enumerate(obj.get("issues", []) if isinstance(obj.get("issues"), list) else []):
        ic = _Checker(problems, f"{where}issues[{i}].")
        if not isinstance(issue, dict):
            ic.fail("", "must be an object")
            continue
        issues.append(
            {
                "number": ic.text(issue, "number", required=True, cap=64),
                "date": ic.date(issue, "date"),
                "kind": ic.choice(issue, "kind", ISSUE_KINDS, "first"),
            }
        )
    demands = []
    raw_demands = obj.get("demands")
    if not isinstance(raw_demands, list) or not raw_demands or len(raw_demands) > 20:
        c.fail("demands", "must be a list of 1 to 20 demands, each written in every language")
    else:
        for i, demand in enumerate(raw_demands):
            texts = _Checker(problems, f"{where}demands[{i}]").per_lang(
                {"": demand}, "", required=True, cap=2000
            )
            demands.append(texts)
    raw_targets = obj.get("targets")
    targets: list[Target] = []
    if not isinstance(raw_targets, list) or not raw_targets or len(raw_targets) > 50:
        c.fail("targets", "must be a list of 1 to 50 targets")
    else:
        for i, raw in enumerate(raw_targets):
            target = _target(raw, f"{where}targets[{i}].", problems)
            if target:
                targets.append(target)
        refs = [t.ref for t in targets]
        if len(set(refs)) != len(refs):
            c.fail("targets", "have the same ref twice")
    templates = obj.get("templates")
    if not isinstance(templates, dict) or not templates:
        c.fail("templates", 'must be an object of Fluent sources by language, {"en": "..."}')
        templates = {}
    elif not all(
        isinstance(k, str) and _LANG.fullmatch(k) and isinstance(v, str)
        for k, v in templates.items()
    ):
        c.fail("templates", "must map language tags to Fluent source text")
        templates = {}
    languages = c.strings(obj, "languages")
    for lang in languages:
        if lang not in templates:
            c.fail("languages", f"lists {lang!r} but there is no template in that language")
    ua = UrgentAction(
        ref=ref,
        number=c.text(obj, "number", required=True, cap=64),
        issues=tuple(issues),
        issue_date=c.date(obj, "issue_date"),
        deadline=c.date(obj, "deadline"),
        state=c.choice(obj, "state", STATES, "draft"),
        outcome=c.choice(obj, "outcome", ("", *OUTCOMES), ""),
        case_ref=c.text(obj, "case_ref", cap=64),
        person_names=names,
        person_forms=forms,
        gender=gender,
        summary=c.text(obj, "summary", cap=MAX_LONG),
        demands=tuple(demands),
        languages=tuple(languages or sorted(templates)),
        own_language_welcome=obj.get("own_language_welcome", True) is True,
        channels=tuple(c.strings(obj, "channels", CHANNELS)),
        allow_edits=obj.get("allow_edits", True) is True,
        targets=tuple(targets),
        templates=dict(templates),
        closing=c.per_lang(obj, "closing"),
        demands_heading=c.per_lang(obj, "demands_heading"),
        review=_reviews(obj.get("review", {}), f"{where}review", problems),
        raw=dict(obj),
    )
    if letter_checks:
        _check_forms(ua, where, problems)
    if problems:
        raise DocumentError(problems)
    return ua
