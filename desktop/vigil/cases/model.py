"""What a case is made of, as validated JSON payloads.

Payloads stay plain JSON objects (they are what envelopes carry and what import files hold);
this module says which fields each kind has, checks them, and extracts the text that search
indexes. Validation returns every problem at once, each naming its field, so an import can
tell a person exactly what to fix.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

KINDS = ("case", "person", "source", "event", "note", "attachment", "custody")

CASE_STATUSES = ("open", "monitoring", "closed")
CONFIDENTIALITY = ("public", "internal", "confidential", "strictly-confidential")
GRAMMATICAL_GENDERS = ("masculine", "feminine", "neuter", "unspecified")
RELIABILITY = ("confirmed", "reliable", "unverified", "doubtful")
NOTE_FORMATS = ("markdown", "plain")
# What a custody entry records (docs/evidence.md, "Custody"). Creation and additions need no
# entry: the signed revisions record them; viewing is never recorded.
CUSTODY_ACTIONS = ("exported", "redacted-export", "timestamped", "verified", "imported")
EVENT_TYPES = (
    "arrest", "detention", "charge", "hearing", "trial", "verdict", "release", "fine",
    "house-arrest", "travel-ban", "registration-refused", "harassment", "disappearance",
    "ill-treatment", "statement", "other",
)  # fmt: skip

MAX_SHORT = 500
MAX_TEXT = 1_000_000
# Patterns are applied with fullmatch and ASCII digits only: "$" would let a trailing
# newline through, and \d would accept Arabic-Indic digits.
_DATE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_COUNTRY = re.compile(r"[A-Z]{2}")
_SCRIPT = re.compile(r"[A-Z][a-z]{3}")
_LANG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_ID = re.compile(r"[0-9a-f]{32}")
_URL = re.compile(r"https?://[^\s]{1,2000}")

Problems = list[tuple[str, str]]


def date_precision(value: str) -> str | None:
    """'day', 'month' or 'year' for a valid ISO date of that precision, else None."""
    match = _DATE.fullmatch(value)
    if not match:
        return None
    year, month, day = match.groups()
    if month is not None and not 1 <= int(month) <= 12:
        return None
    if day is not None:
        import datetime

        try:
            datetime.date(int(year), int(month), int(day))
        except ValueError:
            return None
        return "day"
    return "month" if month is not None else "year"


@dataclass(frozen=True)
class Field:
    name: str
    check: Callable[[Any], str | None]
    required: bool = False


def _str(max_len: int = MAX_SHORT, *, nonempty: bool = False) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return "must be text"
        if nonempty and not value.strip():
            return "must not be empty"
        if len(value) > max_len:
            return f"is longer than {max_len} characters"
        if "\x00" in value:
            return "contains a NUL character"
        if not value.isascii() and _unpaired_surrogate(value):
            return "contains an unpaired surrogate (not text)"
        return None

    return check


def _unpaired_surrogate(value: str) -> bool:
    """A lone surrogate has no UTF-8 form, so the save would fail deep in its JSON: bytes
    that are not UTF-8 in a command-line argument decode to one, as does an import's
    ``\\udc80`` escape. (Paired ones never reach here: Python joins them into one code
    point.)"""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _choice(options: tuple[str, ...]) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if value not in options:
            return "must be one of: " + ", ".join(options)
        return None

    return check


def _pattern(regex: re.Pattern[str], what: str) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if not isinstance(value, str) or not regex.fullmatch(value):
            return f"must be {what}"
        return None

    return check


def _list_of(
    item: Callable[[Any], str | None], max_items: int = 200
) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if not isinstance(value, list):
            return "must be a list"
        if len(value) > max_items:
            return f"has more than {max_items} entries"
        for index, entry in enumerate(value):
            problem = item(entry)
            if problem:
                return f"entry {index} {problem}"
        return None

    return check


def _nonempty(check: Callable[[Any], str | None]) -> Callable[[Any], str | None]:
    def inner(value: Any) -> str | None:
        return check(value) or (None if value else "must have at least one entry")

    return inner


def _date(value: Any) -> str | None:
    if not isinstance(value, str) or date_precision(value) is None:
        return "must be a date written YYYY, YYYY-MM or YYYY-MM-DD"
    return None


def _name(value: Any) -> str | None:
    if not isinstance(value, dict):
        return "must be an object with text, script and optionally lang"
    unknown = set(value) - {"text", "script", "lang"}
    if unknown:
        return f"has unknown field {sorted(unknown)[0]}"
    problem = _str(nonempty=True)(value.get("text"))
    if problem:
        return "text " + problem
    problem = _pattern(_SCRIPT, "an ISO 15924 script code such as Latn or Cyrl")(
        value.get("script")
    )
    if problem:
        return "script " + problem
    if "lang" in value:
        problem = _pattern(_LANG, "a language tag such as kk or ru")(value["lang"])
        if problem:
            return "lang " + problem
    return None


def _other_date(value: Any) -> str | None:
    if not isinstance(value, dict) or "date" not in value:
        return "must be an object with a date, and optionally sources and note"
    unknown = set(value) - {"date", "sources", "note"}
    if unknown:
        return f"has unknown field {sorted(unknown)[0]}"
    problem = _date(value["date"]) or _list_of(_pattern(_ID, "an item id"))(
        value.get("sources", [])
    )
    if problem:
        return problem
    return _str(MAX_SHORT)(value.get("note", ""))


def _int_range(low: int, high: int) -> Callable[[Any], str | None]:
    def check(value: Any) -> str | None:
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            return f"must be a whole number from {low} to {high}"
        return None

    return check


_ITEM_ID = _pattern(_ID, "an item id")
_IDS = _list_of(_ITEM_ID)

SCHEMAS: dict[str, tuple[Field, ...]] = {
    "case": (
        Field("title", _str(nonempty=True), required=True),
        Field("status", _choice(CASE_STATUSES)),
        Field("country", _pattern(_COUNTRY, "a two-letter ISO 3166 code such as KZ")),
        Field("tags", _list_of(_str(100, nonempty=True), 50)),
        Field("confidentiality", _choice(CONFIDENTIALITY)),
        Field("summary", _str(20_000)),
    ),
    "person": (
        Field("names", _nonempty(_list_of(_name, 20)), required=True),
        Field("pronouns", _str(50)),
        Field("grammatical_gender", _choice(GRAMMATICAL_GENDERS)),
        Field("descriptor", _str()),
        Field("role", _str(100)),
    ),
    "source": (
        Field("title", _str(nonempty=True), required=True),
        Field("publisher", _str()),
        Field("url", _pattern(_URL, "a web address starting with http:// or https://")),
        Field("date", _date),
        Field("reliability", _choice(RELIABILITY)),
    ),
    "event": (
        Field("date", _date, required=True),
        Field("type", _choice(EVENT_TYPES), required=True),
        Field("text", _str(20_000), required=True),
        Field("place", _str()),
        Field("sources", _IDS),
        Field("people", _IDS),
        Field("other_dates", _list_of(_other_date, 10)),
    ),
    "note": (
        Field("title", _str()),
        Field("text", _str(MAX_TEXT), required=True),
        Field("format", _choice(NOTE_FORMATS)),
    ),
    "attachment": (
        Field("name", _str(255, nonempty=True), required=True),
        Field("media_type", _str(255)),
        Field("size", _int_range(0, 2**53)),
        Field("sha256", _pattern(re.compile(r"[0-9a-f]{64}"), "a SHA-256 in hex")),
        Field("blob", _pattern(re.compile(r"[0-9a-f]{64}"), "a SHA-256 in hex")),
        # How the blob travels: zero-padded to a Padmé size bucket, named by that hash.
        Field("ct_size", _int_range(0, 2**53)),
        Field("padded_size", _int_range(0, 2**53)),
        Field("padded_sha256", _pattern(re.compile(r"[0-9a-f]{64}"), "a SHA-256 in hex")),
        # A redacted or annotated version names the evidentiary original it was made from.
        Field("original", _ITEM_ID),
    ),
    # One entry of a case's custody log: an item of its own, never edited (evidence/custody.py).
    "custody": (
        Field("action", _choice(CUSTODY_ACTIONS), required=True),
        Field("detail", _str(2_000)),
        # SHA-256 of this device's previous entry's signed text in this case; absent: first.
        Field("prev", _pattern(re.compile(r"[0-9a-f]{64}"), "a SHA-256 in hex")),
        Field("sha256", _pattern(re.compile(r"[0-9a-f]{64}"), "a SHA-256 in hex")),
    ),
}

DEFAULTS: dict[str, dict[str, Any]] = {
    "case": {"status": "open", "confidentiality": "confidential", "tags": []},
    "person": {"grammatical_gender": "unspecified"},
    "source": {"reliability": "unverified"},
    "event": {"sources": [], "people": []},
    "note": {"format": "markdown"},
    "attachment": {},
    "custody": {},
}


# Each kind's fields by name, built once: an import validates thousands of payloads.
_FIELDS = {kind: {f.name: f for f in fields} for kind, fields in SCHEMAS.items()}


def validate(kind: str, payload: Mapping[str, Any], where: str = "") -> Problems:
    prefix = f"{where}." if where else ""
    if kind not in SCHEMAS:
        return [(where or "kind", f"unknown kind {kind!r}")]
    if type(payload) is not dict and not isinstance(payload, Mapping):  # dict: no ABC check
        return [(where or kind, "must be an object")]
    fields = _FIELDS[kind]
    problems: Problems = []
    for name in payload:
        if name not in fields:
            problems.append((f"{prefix}{name}", "is not a field of a " + kind))
    for name, spec in fields.items():
        if name not in payload:
            if spec.required:
                problems.append((f"{prefix}{name}", "is required"))
            continue
        problem = spec.check(payload[name])
        if problem:
            problems.append((f"{prefix}{name}", problem))
    return problems


def with_defaults(kind: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    return {**DEFAULTS.get(kind, {}), **payload}


def display_title(kind: str, payload: Mapping[str, Any]) -> str:
    """A one-line label for lists and search results."""
    if kind == "person":
        names = payload.get("names") or []
        return " / ".join(str(n.get("text", "")) for n in names if isinstance(n, dict))
    if kind == "event":
        return f"{payload.get('date', '')} {payload.get('type', '')}".strip()
    if kind == "note":
        title = str(payload.get("title") or "")
        return title or str(payload.get("text", "")).strip().split("\n", 1)[0][:80]
    return str(payload.get("title") or payload.get("name") or "")


def index_text(kind: str, payload: Mapping[str, Any]) -> tuple[str, str]:
    """(title, body) for full-text search."""
    title = display_title(kind, payload)
    parts: list[str] = []
    if kind == "case":
        parts = [str(payload.get("summary", "")), " ".join(payload.get("tags", [])),
                 str(payload.get("country", ""))]  # fmt: skip
    elif kind == "person":
        parts = [str(payload.get("descriptor", "")), str(payload.get("role", ""))]
    elif kind == "event":
        parts = [str(payload.get("text", "")), str(payload.get("place", ""))]
    elif kind == "source":
        parts = [str(payload.get("publisher", "")), str(payload.get("url", ""))]
    elif kind == "note":
        parts = [str(payload.get("text", ""))]
    elif kind == "attachment":
        parts = [str(payload.get("media_type", ""))]
    return title, "\n".join(p for p in parts if p)
