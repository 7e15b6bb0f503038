"""The bounded strict JSON reader used for everything that comes from outside the vault."""

from __future__ import annotations

import json

import pytest

from vigil.crypto.errors import IntegrityError
from vigil.crypto.strict_json import MAX_DEPTH, StrictJSONError, depth, loads


def refused(data: bytes | str, **limits: int) -> StrictJSONError:
    with pytest.raises(StrictJSONError) as caught:
        loads(data, "The test document", **limits)
    assert str(caught.value).startswith("The test document ")
    assert isinstance(caught.value, IntegrityError)  # damaged or hostile content: exit 4
    return caught.value


def test_accepts_what_vigil_writes() -> None:
    doc = {"a": [1, -2, 3.5, None, True, "Алматы \U0001f600"], "b": {"c": {"d": []}}}
    for text in (json.dumps(doc), json.dumps(doc, ensure_ascii=False)):
        assert loads(text) == doc
        assert loads(text.encode()) == doc


def test_deep_nesting_is_refused_not_a_recursion_error() -> None:
    for n in (MAX_DEPTH + 1, 5000, 200_000):
        exc = refused("[" * n + "]" * n)
        assert "nests deeper than" in str(exc)
    assert "nests deeper" in str(refused("[" * 5000))  # unterminated, as in the inbox attack
    assert loads("[" * MAX_DEPTH + "]" * MAX_DEPTH) is not None


def test_brackets_inside_strings_do_not_count_as_nesting() -> None:
    text = json.dumps({"note": "[[[[{{{{" * 100, "q": '\\"[[' * 50})
    assert depth(text.encode()) == 1
    assert loads(text)["note"].startswith("[[[[")


def test_duplicate_keys_are_refused_with_the_key() -> None:
    exc = refused('{"kind": "note", "deep": {"x": 1, "x": 2}}')
    assert "'x' twice" in str(exc)


def test_long_numbers_are_refused_before_conversion() -> None:
    assert "number of 100000 characters" in str(refused("[" + "9" * 100_000 + "]"))
    assert "number of" in str(refused("1." + "5" * 100))
    assert "too large" in str(refused("[1e999]"))
    assert loads("[123456789012345678901234567890]") == [123456789012345678901234567890]


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_non_json_constants_are_refused(constant: str) -> None:
    assert "not a JSON number" in str(refused(f'{{"n": {constant}}}'))


def test_lone_surrogates_are_refused_with_their_path() -> None:
    exc = refused('{"cases": [{"name": "ok"}, {"name": "x\\ud800y"}]}')
    assert "surrogate" in str(exc) and exc.where == "cases[1].name"
    assert "surrogate" in str(refused('{"\\udfff": 1}'))
    assert "surrogate" in str(refused('["\\ud83d"]'))  # a high half alone
    # A proper pair is one character; an escaped backslash before "ud800" is plain text.
    assert loads('["\\ud83d\\ude00"]') == ["\U0001f600"]
    assert loads('["\\\\ud800"]') == ["\\ud800"]


def test_text_that_is_not_utf8_is_refused() -> None:
    assert "not UTF-8" in str(refused(b'{"a": "\xff"}'))
    assert "not UTF-8" in str(refused(b'["\xed\xa0\x80"]'))  # a surrogate encoded raw
    assert "not UTF-8" in str(refused('["\ud800"]'))  # text already holding one


def test_size_and_syntax_errors_name_the_place() -> None:
    assert "larger than 10 bytes" in str(refused("[" + "1," * 10 + "1]", max_bytes=10))
    exc = refused('{\n  "a": 1,\n  "b": }')
    assert exc.where == "line 3, column 8" and "not valid JSON" in str(exc)


def test_messages_do_not_carry_terminal_escapes() -> None:
    exc = refused('{"\\u001b]0;owned\\u0007": 1, "\\u001b]0;owned\\u0007": 2}')
    assert "\x1b" not in str(exc) and "\x07" not in str(exc)


# The documented limits (formats.md, "Reading JSON from outside") by their numbers, each on
# both sides. Written when make mutate first ran this module (docs/testing.md).


def test_a_document_of_16_mib_is_read_and_one_byte_more_is_not() -> None:
    limit = 16 * 1024 * 1024
    text = '"' + "a" * (limit - 2) + '"'
    assert len(loads(text)) == limit - 2
    assert "larger than 16777216 bytes" in str(refused(text + " "))


def test_a_number_of_40_characters_is_read_and_41_are_not() -> None:
    assert loads("1" * 40) == int("1" * 40)
    assert loads("[" + "1." + "5" * 38 + "]") == [float("1." + "5" * 38)]
    assert "number of 41 characters (at most 40)" in str(refused("1" * 41))


def test_closing_brackets_end_a_level() -> None:
    """Sixty arrays side by side nest one level deeper than the list holding them."""
    text = "[" + ",".join(["[]"] * 60) + "]"
    assert depth(text.encode()) == 2
    assert loads(text) == [[]] * 60
    assert depth(b"[[[]],[[{}]]]") == 4
    assert depth(b'"no brackets"') == 0 and depth(b"17") == 0


@pytest.mark.parametrize(
    ("length", "shown"), [(40, "'" + "k" * 40 + "'"), (41, "'" + "k" * 40 + "'…")]
)
def test_a_key_in_a_message_is_cut_after_40_characters(length: int, shown: str) -> None:
    """Cut, and the cut marked with an ellipsis after the quotes (inside them it was escaped
    as the bytes of its UTF-8 like any character outside ASCII, and read as part of the key)."""
    key = "k" * length
    exc = refused(f'{{"{key}": 1, "{key}": 2}}')
    assert exc.reason == f"has the key {shown} twice in one object"


def test_32_levels_of_any_brackets_are_read_and_33_are_not() -> None:
    """By the documented number, in arrays, objects and both mixed (the quick count before the
    exact walk adds both kinds of opening bracket)."""
    objects = '{"a":' * 32 + "1" + "}" * 32
    mixed = '[{"a":' * 16 + "1" + "}]" * 16
    for text in ("[" * 32 + "]" * 32, objects, mixed):
        assert depth(text.encode()) == 32
        assert loads(text) is not None
    for text in ("[" * 33 + "]" * 33, '{"a":' * 33 + "1" + "}" * 33, "[" + mixed + "]"):
        assert "nests deeper than 32 levels" in str(refused(text))


def test_32_levels_with_more_than_32_brackets_are_read() -> None:
    text = "[" * 32 + "]" * 31 + ",[]]"
    assert depth(text.encode()) == 32
    assert loads(text)[1] == []


def test_the_message_names_the_document_the_reason_and_the_place_if_any() -> None:
    assert str(refused('{"x": 1, "x": 2}')) == (
        "The test document has the key 'x' twice in one object."
    )
    assert str(refused("[1,]")) == (
        "The test document is not valid JSON: Expecting value (line 1, column 4)."
    )


def test_the_key_named_twice_is_the_one_named() -> None:
    assert "'b' twice" in str(refused('{"a": 1, "b": 2, "c": 3, "b": 4}'))


def test_a_number_too_large_to_hold_is_shown_by_its_first_20_characters() -> None:
    literal = "12345678901234567890123e999"
    exc = refused(f"[{literal}]")
    assert exc.reason == "has a number too large to hold: 12345678901234567890"


def test_a_key_with_a_lone_surrogate_is_named_by_its_object() -> None:
    assert refused('{"a": {"\\udfff": 1}}').where == "a: a key"
    assert refused('{"\\udfff": 1}').where == "the top level: a key"
