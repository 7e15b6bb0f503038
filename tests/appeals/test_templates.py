"""The template gate: hostile and broken templates are rejected with file, line and reason."""

from __future__ import annotations

import datetime

import pytest

from vigil.appeals.parse import parse_urgent_action
from vigil.appeals.render import RenderError, Sender, compose
from vigil.appeals.templates import (
    MAX_FILE_BYTES,
    MAX_OUTPUT,
    TemplateRejected,
    check_files,
    check_source,
    check_templates,
)

GOOD_TAIL = "subject = Appeal for { $person }\n"


def _laughs(levels: int, width: int = 10) -> str:
    lines = ["lol0 = lol"]
    for n in range(1, levels):
        lines.append(f"lol{n} = " + "".join(f"{{ lol{n - 1} }}" for _ in range(width)))
    return "\n".join(lines) + f"\nbody = {{ lol{levels - 1} }}\n"


# (name, body source appended after a good subject, expected words in the message, line)
HOSTILE = [
    ("python-call", 'body = { __import__("os").system("id") }\n', "syntax error", 2),
    ("unknown-variable", "body = { $environ }\n", "unknown variable $environ", 2),
    ("attribute-walk", "body = { $person.__class__.__mro__ }\n", "syntax error", 2),
    ("jinja-braces", "body = {{ person }}\n", "refers to person", 2),
    ("jinja-statement", "body = {% for x in y %}{{ x }}{% endfor %}\n", "syntax error", 2),
    ("format-spec", "body = {person!r:>{width}}\n", "syntax error", 2),
    ("unknown-function", 'body = { EXEC("rm -rf ~") }\n', "only DATETIME and NUMBER", 2),
    ("platform-function", "body = { PLATFORM() }\n", "only DATETIME and NUMBER", 2),
    ("lowercase-function", "body = { number($signatory_count) }\n", "syntax error", 2),
    ("unknown-option", "body = { NUMBER($signatory_count, evil: 1) }\n", "no option 'evil'", 2),
    (
        "huge-digits",
        "body = { NUMBER($signatory_count, minimumFractionDigits: 100000) }\n",
        "must be from 0 to 20",
        2,
    ),
    ("two-values", "body = { NUMBER($signatory_count, $person) }\n", "exactly one value", 2),
    ("billion-laughs", _laughs(9), "could produce up to", 9),
    ("self-reference", "body = { body }\n", "refers back to itself", 2),
    ("cycle", "a = { b }\nb = { a }\nbody = { a }\n", "refers back to itself", 2),
    ("unknown-message", "body = { other-message }\n", "which this file does not define", 2),
    ("unknown-term", "body = { -nope }\n", "which this file does not define", 2),
    ("missing-attribute", "m = M\nbody = { m.gender }\n", "does not exist", 3),
    ("deep-placeables", 'body = { { { { { { "x" } } } } } }\n', "nested more than", 2),
    ("brace-bomb", "body = " + "{" * 5000 + "}" * 5000 + "\n", "nested more than", 2),
    (
        "deep-selectors",
        "body = { $gender ->\n"
        + "".join(f"{'  ' * i}*[a] {{ $gender ->\n" for i in range(6))
        + "*[b] x\n"
        + "}\n" * 6
        + "}\n",
        "nested more than",
        None,
    ),
    (
        "no-default",
        "body = { $gender ->\n    [feminine] she\n    [masculine] he\n}\n",
        "syntax error",
        None,
    ),
    ("enormous-text", "body = " + "x" * (MAX_OUTPUT + 10) + "\n", "could produce up to", 2),
    ("many-variables", "body = " + "{ $person }" * 100 + "\n", "could produce up to", 2),
    ("bidi-override", "body = Dear \u202eolleh\u202c friend\n", "U+202E", 2),
    ("terminal-escape", "body = text \x1b[2J cleared\n", "U+001B", 2),
    ("nul-byte", "body = text \x00 more\n", "U+0000", 2),
    ("duplicate-message", "body = one\nbody = two\n", "defined twice", 3),
    ("junk-line", "body = fine\nthis is not fluent at all {\n", "syntax error", 3),
    ("no-body", "other = x\n", "has no message 'body'", 0),
    # A case ending glued to a raw name is wrong for most names: the form is data.
    ("glued-ending", "body = { $person }ты босату\n", "glues the ending 'ты'", 2),
    ("glued-hyphen-ending", "body = { $person }-ға\n", "glues the ending '-ға'", 2),
    ("glued-target-ending", "body = к { $target_name }у\n", "glues the ending 'у'", 2),
    (
        "glued-in-variant",
        "body = { $gender ->\n   *[other] { $person }а\n}\n",
        "glues the ending 'а'",
        3,
    ),
]


@pytest.mark.parametrize(
    ("name", "source", "expected", "line"), HOSTILE, ids=[h[0] for h in HOSTILE]
)
def test_hostile_template_is_rejected_with_file_line_and_reason(
    name: str, source: str, expected: str, line: int | None
) -> None:
    _messages, problems = check_source(GOOD_TAIL + source, f"{name}.ftl")
    assert problems, f"{name} passed the gate"
    assert any(expected in p.message for p in problems), [str(p) for p in problems]
    assert all(p.file == f"{name}.ftl" for p in problems)
    if line is not None:
        assert any(p.line == line for p in problems if expected in p.message), [
            str(p) for p in problems
        ]


def test_there_are_at_least_25_hostile_cases() -> None:
    assert len(HOSTILE) >= 25


def test_oversized_file_rejected_before_parsing() -> None:
    data = ("# " + "x" * 100 + "\n").encode() * (MAX_FILE_BYTES // 100)
    _, problems = check_source(GOOD_TAIL.encode() + data, "big.ftl")
    assert [p.message for p in problems] == [
        f"is {len(data) + len(GOOD_TAIL):,} bytes; the cap is {MAX_FILE_BYTES:,}"
    ]


def test_non_utf8_rejected() -> None:
    _, problems = check_source(b"subject = \xff\xfe\n", "latin1.ftl")
    assert "not UTF-8" in problems[0].message


def test_missing_language_message_named() -> None:
    problems = check_templates(
        {"en": GOOD_TAIL + "body = b\nps = p\n", "ru": GOOD_TAIL + "body = b\n"}, prefix="ua/"
    )
    assert [str(p) for p in problems] == [
        "ua/ru.ftl: lacks the message 'ps' that the other languages have"
    ]


def test_loose_files_grouped_by_name(tmp_path) -> None:
    problems = check_files(
        [
            ("t/letter.en.ftl", (GOOD_TAIL + "body = b\n").encode()),
            ("t/letter.ru.ftl", GOOD_TAIL.encode()),
        ]
    )
    messages = [str(p) for p in problems]
    assert "t/letter.ru.ftl: has no message 'body'" in messages


def test_good_template_with_functions_passes() -> None:
    source = (
        GOOD_TAIL
        + "-org = Atajurt\n"
        + "body = { $person } ({ -org }) { $gender ->\n"
        + '    [feminine] she\n   *[other] he\n} by { DATETIME($deadline, dateStyle: "long") }'
        + " with { NUMBER($signatory_count, useGrouping: 0) } signatures.\n"
    )
    assert check_source(source, "good.ftl")[1] == []


def test_compose_refuses_hostile_templates_in_a_document(sample_raw) -> None:
    sample_raw["templates"]["ru"] += "\nevil = { EXEC() }\n"
    ua = parse_urgent_action(sample_raw)
    with pytest.raises(TemplateRejected) as caught:
        compose(ua, "en", Sender("A. Person"))
    assert "ua-046-19/ru.ftl" in str(caught.value)
    assert "EXEC" in str(caught.value)


def test_a_date_template_on_a_month_only_date_fails_clearly(sample_raw) -> None:
    sample_raw["templates"] = {
        lang: GOOD_TAIL + 'body = Issued { DATETIME($issue_date, dateStyle: "long") }\n'
        for lang in ("en", "ru", "kk", "zh")
    }
    sample_raw["issue_date"] = "2019-08"
    ua = parse_urgent_action(sample_raw)
    with pytest.raises(RenderError, match="'body' message of ua-046-19 failed"):
        compose(ua, "en", Sender("A. Person"), today=datetime.date(2019, 9, 1), follow_up=True)
