"""The template gate's limits at their edges (appeals/templates.py): the size cap, the nesting
depth, the chain of references, the worst-case output and the figures the gate counts with,
each one under and one over; and how a rejection and loose files are reported. The hostile
cases in test_templates.py are far past every limit, so a limit moved by one passed them."""

from __future__ import annotations

import pytest

from vigil.appeals import templates
from vigil.appeals.templates import (
    MAX_FILE_BYTES,
    MAX_OUTPUT,
    Problem,
    TemplateRejected,
    check_files,
    check_source,
    variables_used,
)

SUBJECT = "subject = s\n"


def problems_of(body: str, extra: str = "") -> list[str]:
    return [p.message for p in check_source(SUBJECT + extra + "body = " + body + "\n", "t.ftl")[1]]


def test_the_figures_the_gate_counts_with() -> None:
    assert (MAX_FILE_BYTES, templates.MAX_DEPTH, templates.MAX_REFERENCE_DEPTH) == (65_536, 4, 4)
    assert (MAX_OUTPUT, templates.VARIABLE_BOUND, templates.NUMBER_BOUND) == (40_000, 500, 64)
    assert templates.MAX_DIGITS_OPTION == 20


def test_the_worst_case_output_is_counted_with_each_part_s_bound() -> None:
    # 80 variables of at most 500 characters: exactly the cap.
    assert problems_of("{ $person }" * 80) == []
    assert problems_of("{ $person }" * 81) == [
        "body could produce up to 40,500 characters; the cap is 40,000"
    ]
    # A number or a date: at most 64 characters; 625 of them are the cap.
    assert problems_of("{ NUMBER($signatory_count) }" * 625) == []
    over = problems_of("{ 7 }" * 626)
    assert over == ["body could produce up to 40,064 characters; the cap is 40,000"]
    # Text counts as itself, and a string literal as its length.
    assert problems_of("x" * MAX_OUTPUT) == []
    assert problems_of("x" * (MAX_OUTPUT - 3) + '{ "abcd" }') == [
        "body could produce up to 40,001 characters; the cap is 40,000"
    ]


def test_references_add_their_bounds_and_selectors_take_their_largest_variant() -> None:
    extra = "-t = { $person }{ $person }\nm = { -t }{ -t }\n"
    assert problems_of("{ m }" * 20, extra) == []  # 20 * 2,000 = 40,000
    assert problems_of("{ m }" * 21, extra) == [
        "body could produce up to 42,000 characters; the cap is 40,000"
    ]
    select = "{ $gender ->\n    [a] x\n   *[b] " + "{ $person }" * 81 + "\n}"
    assert problems_of(select) == ["body could produce up to 40,500 characters; the cap is 40,000"]


def test_a_cycle_or_a_chain_too_long_also_counts_as_too_large() -> None:
    cycle = problems_of("{ a }", "a = { b }\nb = { a }\n")
    assert "a refers back to itself" in cycle
    assert "body could produce up to 40,001 characters; the cap is 40,000" in cycle

    def chain(first: int) -> str:
        return "".join(f"m{i} = {{ m{i + 1} }}\n" for i in range(first, 5)) + "m5 = x\n"

    assert problems_of("{ m2 }", chain(2)) == []  # m2 ... m5: three references, body one more
    too_long = problems_of("{ m0 }", chain(0))
    assert "m5 is reached through too many references" in too_long
    assert "body could produce up to 40,001 characters; the cap is 40,000" in too_long

    def terms(first: int) -> str:
        return "".join(f"-t{i} = {{ -t{i + 1} }}\n" for i in range(first, 5)) + "-t5 = x\n"

    assert problems_of("{ -t2 }", terms(2)) == []
    # body is measured first: -t4 is its fifth reference.
    assert "-t4 is reached through too many references" in problems_of("{ -t0 }", terms(0))


def test_nesting_is_refused_past_four_levels() -> None:
    assert problems_of('{ { { { "x" } } } }') == []
    assert problems_of('{ { { { { "x" } } } } }') == ["is nested more than 4 levels deep"]
    # Inside a function's argument, and inside a selector's variant, each level counts.
    assert problems_of('{ NUMBER({ { "1" } }) }') == []
    assert problems_of('{ NUMBER({ { { "1" } } }) }') == ["is nested more than 4 levels deep"]
    variants = "{ $gender ->\n   *[a] { $gender ->\n      *[b] x\n   }\n}"
    assert problems_of(variants) == []
    deeper = "{ $gender ->\n   *[a] { $gender ->\n      *[b] { x }\n   }\n}"
    assert problems_of(deeper, "x = y\n") == ["is nested more than 4 levels deep"]
    terms = "-t = { $a }\n"
    assert problems_of('{ -t(a: "x") }{ { -t(a: "y") } }', terms) == []


def test_braces_are_counted_before_parsing_and_a_closing_brace_lowers_the_count() -> None:
    sixteen = "{" * 16 + '"x"' + "}" * 16
    messages, problems = check_source(SUBJECT + "body = " + sixteen + "\n", "t.ftl")
    assert messages == {"subject", "body"}  # parsed: refused by the depth check after it
    assert problems == [Problem("t.ftl", 2, "is nested more than 4 levels deep")]
    messages, problems = check_source("\n" + SUBJECT + "body = {" + sixteen + "}\n", "t.ftl")
    assert (messages, problems) == (
        set(),
        [Problem("t.ftl", 3, "is nested more than 4 levels deep")],
    )
    # Closing braces (in a comment, here) lower the count, never below zero.
    after = check_source("# " + "{" * 16 + "}" + "{" + "\n" + SUBJECT + "body = b\n", "t.ftl")
    assert after[0] == {"subject", "body"}
    climbing = "# " + "{" * 16 + "}" * 2 + "{" * 3 + "\n" + SUBJECT + "body = b\n"
    assert check_source(climbing, "t.ftl")[0] == set()
    closed_first = "# " + "}" * 5 + "{" * 17 + "\n" + SUBJECT + "body = b\n"
    assert check_source(closed_first, "t.ftl")[0] == set()
    assert variables_used("# " + "{" * 17 + "\nbody = { $person }\n") == set()
    assert variables_used("# " + "{" * 15 + "\nbody = { $person }\n") == {"person"}


def test_the_size_cap_to_the_byte_in_text_and_in_bytes() -> None:
    source = SUBJECT + "body = b\n"
    pad = "# " + "x" * (MAX_FILE_BYTES - len(source) - 3) + "\n"
    at_cap = pad + source
    assert len(at_cap.encode()) == MAX_FILE_BYTES
    assert check_source(at_cap, "t.ftl") == ({"subject", "body"}, [])
    assert check_source(at_cap.encode(), "t.ftl") == ({"subject", "body"}, [])
    with_var = SUBJECT + "body = { $person }\n"
    padded = "# " + "x" * (MAX_FILE_BYTES - len(with_var) - 3) + "\n" + with_var
    assert len(padded) == MAX_FILE_BYTES and variables_used(padded) == {"person"}
    assert variables_used("x" + padded) == set()
    over = "x" + at_cap
    expected = [Problem("t.ftl", 0, "is 65,537 bytes; the cap is 65,536")]
    assert check_source(over, "t.ftl") == (set(), expected)
    assert check_source(over.encode(), "t.ftl") == (set(), expected)
    assert variables_used(over) == set()
    # Text is measured in UTF-8 bytes, not characters.
    wide = "# " + "é" * ((MAX_FILE_BYTES - len(source)) // 2) + "\n" + source
    assert len(wide) < MAX_FILE_BYTES < len(wide.encode())
    assert check_source(wide, "t.ftl")[1][0].message.endswith("the cap is 65,536")
    _, problems = check_source(b"subject = s\nbody = \xff\n", "t.ftl")
    assert problems == [Problem("t.ftl", 0, "is not UTF-8 text (byte 19)")]


def test_function_options_and_arguments_at_their_edges() -> None:
    assert problems_of("{ NUMBER($signatory_count, minimumFractionDigits: 0) }") == []
    assert problems_of("{ NUMBER($signatory_count, maximumFractionDigits: 20) }") == []
    assert problems_of("{ NUMBER($signatory_count, maximumFractionDigits: 21) }") == [
        "NUMBER option maximumFractionDigits must be from 0 to 20"
    ]
    assert problems_of("{ NUMBER($signatory_count, minimumIntegerDigits: -1) }") == [
        "NUMBER option minimumIntegerDigits must be from 0 to 20"
    ]
    assert problems_of("{ NUMBER() }") == ["NUMBER takes exactly one value"]
    assert problems_of('{ DATETIME($deadline, timeZone: "UTC") }') == []
    assert problems_of("{ $person ->\n   *[x] y\n}", "m = M\n    .gender = f\n") == []
    assert problems_of("{ m.gender }", "m = M\n    .gender = f\n") == []
    assert problems_of("{ m.case }", "m = M\n    .gender = f\n") == [
        "refers to m.case, which does not exist"
    ]


def test_a_glued_ending_names_the_case_forms_only_for_the_person() -> None:
    person = problems_of("{ $person }ты")
    assert person == [
        "glues the ending 'ты' to $person; a name's case form is data: use $person_genitive, "
        "$person_dative or $person_accusative"
    ]
    target = problems_of("{ $target_name }у")
    assert target == [
        "glues the ending 'у' to $target_name; a name's case form is data: use a wording that "
        "needs no ending"
    ]


def test_a_rejection_names_the_first_problem_and_counts_the_others() -> None:
    one = [Problem("a.ftl", 3, "first")]
    assert str(TemplateRejected(one)) == "template rejected: a.ftl:3: first"
    three = [*one, Problem("b.ftl", 0, "second"), Problem("c.ftl", 1, "third")]
    rejected = TemplateRejected(three)
    assert str(rejected) == "template rejected: a.ftl:3: first (and 2 more)"
    assert rejected.problems == [("a.ftl:3", "first"), ("b.ftl", "second"), ("c.ftl:1", "third")]
    assert rejected.found == three and rejected.exit_code == 2
    assert str(Problem("b.ftl", 0, "whole")) == "b.ftl: whole"
    with pytest.raises(AttributeError):
        one[0].line = 4  # type: ignore[misc]


def test_lines_are_counted_from_one() -> None:
    assert templates._line_of("a\nb\nc", 0) == 1
    assert templates._line_of("a\nb\nc", 2) == 2
    assert templates._line_of("a\nb\nc", 4) == 3
    assert templates._line_of("a\nb\nc", -5) == 1
    _, problems = check_source(SUBJECT + "x = 1\nbody = { $nope }\n", "t.ftl")
    assert [p.line for p in problems] == [3]
    _, junk = check_source(SUBJECT + "body = ok\n\nbroken {\n", "t.ftl")
    assert [p.line for p in junk] == [4]


def test_loose_files_are_compared_within_their_folder_and_name() -> None:
    full = (SUBJECT + "body = b\nps = p\n").encode()
    short = (SUBJECT + "body = b\n").encode()
    problems = check_files([
        ("x/letter.en.ftl", full), ("x/letter.ru.ftl", short),  # one set
        ("x/other.ru.ftl", short),  # alone: compared with nothing
        ("y/en.ftl", full), ("y/ru.ftl", short),  # files named by language: one set
        ("en.ftl", full), ("kk.ftl", short),  # no folder
    ])  # fmt: skip
    assert sorted(str(p) for p in problems) == [
        "kk.ftl: lacks the message 'ps' that the other languages have",
        "x/letter.ru.ftl: lacks the message 'ps' that the other languages have",
        "y/ru.ftl: lacks the message 'ps' that the other languages have",
    ]
    assert check_files([("a/letter.en.ftl", full), ("b/letter.ru.ftl", short)]) == []
    assert check_files([("plain.ftl", full), ("plain2.ftl", short)]) != []


def test_a_control_character_deep_in_a_text_is_placed_on_its_own_line() -> None:
    # The text element starts mid-file and the character sits past a line break inside it:
    # its line is the element's start plus the character's offset in it, counted exactly.
    source = SUBJECT + "body =\n    first line\n    second line\n    and \x01 here\n"
    _, problems = check_source(source, "t.ftl")
    assert problems == [Problem("t.ftl", 5, "contains the invisible control character U+0001")]
    for pad in range(1, 9):  # wherever the element starts, the line follows the character
        _, moved = check_source("# " + "x" * pad + "\n" + source, "t.ftl")
        assert [p.line for p in moved] == [6]


def test_a_selector_inside_a_placeable_counts_every_level_beneath_it() -> None:
    # { { select } }: the select sits at level 2, its variant's placeable at 4, and a
    # placeable inside that at 5: one level too deep. Each level adds one, whatever the parity.
    inner = "{ { $gender ->\n   *[a] { { $person } }\n} }"
    assert problems_of(inner) == ["is nested more than 4 levels deep"]
    assert problems_of("{ { $gender ->\n   *[a] { $person }\n} }") == []
    assert problems_of("{ $gender ->\n   *[a] { { $person } }\n}") == []


def test_loose_files_with_dots_in_their_names_group_by_everything_before_the_language() -> None:
    full = (SUBJECT + "body = b\nps = p\n").encode()
    short = (SUBJECT + "body = b\n").encode()
    # "ua.2019.en.ftl" and "note.2019.ru.ftl" are two letters, not one set.
    assert check_files([("x/ua.2019.en.ftl", full), ("x/note.2019.ru.ftl", short)]) == []
    problems = check_files([("x/ua.2019.en.ftl", full), ("x/ua.2019.ru.ftl", short)])
    assert [str(p) for p in problems] == [
        "x/ua.2019.ru.ftl: lacks the message 'ps' that the other languages have"
    ]


def test_the_reported_bound_stops_at_the_first_part_past_the_cap() -> None:
    # The 81st variable passes the cap: the count stops there and names 40,500, not 41,000.
    assert problems_of("{ $person }" * 82) == [
        "body could produce up to 40,500 characters; the cap is 40,000"
    ]


def test_a_reference_to_a_missing_entry_adds_nothing_to_the_bound() -> None:
    assert problems_of("x" * MAX_OUTPUT + "{ nope }") == [
        "refers to nope, which this file does not define"
    ]
    assert problems_of("{ nope }" + "x" * (MAX_OUTPUT + 1)) == [
        "refers to nope, which this file does not define",
        "body could produce up to 40,001 characters; the cap is 40,000",
    ]


def test_loose_files_named_by_language_in_two_folders_are_two_sets() -> None:
    full = (SUBJECT + "body = b\nps = p\n").encode()
    short = (SUBJECT + "body = b\n").encode()
    assert check_files([("a/en.ftl", full), ("b/ru.ftl", short)]) == []
    # Folders of folders: the whole path before the file name is the folder.
    assert check_files([("a/b/en.ftl", full), ("c/d/ru.ftl", short)]) == []
    assert [str(p) for p in check_files([("a/b/en.ftl", full), ("a/b/ru.ftl", short)])] == [
        "a/b/ru.ftl: lacks the message 'ps' that the other languages have"
    ]


def test_a_rejection_counts_two_and_four_problems() -> None:
    problems = [Problem("a.ftl", i, "p") for i in range(1, 5)]
    assert str(TemplateRejected(problems[:2])).endswith("(and 1 more)")
    assert str(TemplateRejected(problems)).endswith("(and 3 more)")


def test_an_attribute_is_found_by_its_exact_name() -> None:
    extra = "m = M\n    .gender = f\n"
    for name in ("genders", "zone", "a"):  # sorting after, and before, the one that exists
        assert problems_of(f"{{ m.{name} }}", extra) == [
            f"refers to m.{name}, which does not exist"
        ]


def test_only_a_closing_brace_lowers_the_brace_count() -> None:
    # Seventeen opening braces with other characters between them are still seventeen.
    spread = "# " + "{ a " * 17 + "\n" + SUBJECT + "body = b\n"
    assert check_source(spread, "t.ftl") == (
        set(),
        [Problem("t.ftl", 1, "is nested more than 4 levels deep")],
    )
    assert variables_used("# " + "{x" * 17 + "\nbody = { $person }\n") == set()
    for between in ("é", "~", "\u0416"):  # characters that sort after "}" count as nothing too
        assert check_source("# " + ("{" + between) * 17 + "\n" + SUBJECT, "t.ftl")[0] == set()
    # A closing brace at the start takes the count to zero, not below and not to one.
    opening = "# }" + "{" * 16 + "\n" + SUBJECT + "body = b\n"
    assert check_source(opening, "t.ftl") == ({"subject", "body"}, [])


def test_bytes_over_the_cap_are_refused_by_size_before_they_are_decoded() -> None:
    over = b"\xff" * (MAX_FILE_BYTES + 1)
    assert check_source(over, "t.ftl") == (
        set(),
        [Problem("t.ftl", 0, "is 65,537 bytes; the cap is 65,536")],
    )


def test_a_syntax_error_is_placed_where_the_parser_stopped_not_where_the_entry_began() -> None:
    source = SUBJECT + "body = b\nbad = { $gender ->\n   [x] y\n   [z] w\n}\n"
    _, problems = check_source(source, "t.ftl")
    assert problems == [
        Problem(
            "t.ftl", 6, "syntax error: Expected one of the variants to be marked as default (*)"
        )
    ]


def test_a_function_s_argument_is_one_level_below_the_call_at_any_depth() -> None:
    # The call at level 2, its argument's placeable at 3 and the string at 4: allowed.
    assert problems_of('{ { NUMBER({ "1" }) } }') == []
    assert problems_of('{ { NUMBER({ { "1" } }) } }') == ["is nested more than 4 levels deep"]


def test_calls_nested_without_braces_are_refused_as_too_deep_to_read() -> None:
    # A call's argument may be another call, with no brace between them: the brace count does
    # not see this nesting, and the parser runs out of stack on it. 24 KB, under the size cap.
    source = SUBJECT + "body = { " + "NUMBER(" * 3000 + "$person" + ")" * 3000 + " }\n"
    assert len(source.encode()) < MAX_FILE_BYTES
    assert check_source(source, "t.ftl") == (
        set(),
        [Problem("t.ftl", 0, "is nested too deeply to read")],
    )
    assert variables_used(source) == set()
