"""The gate every letter template passes, at import and again before rendering.

Templates come from HQ, from colleagues, from files on a USB stick: they are untrusted text.
Only Project Fluent is ever evaluated (never Jinja, never ``str.format`` over template
text), and only after this check. The gate rejects, each with the file, the line and the
problem: parse errors; variables the renderer does not provide; functions other than
DATETIME and NUMBER (and options they do not know); messages that refer to missing or
cyclic entries; nesting deeper than a letter needs; output that could grow past a cap
(a statically computed bound, which defeats "billion laughs" chains of references);
invisible direction overrides that could hide text in a printed letter; files over a size
cap; and languages that lack a message the others have.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from fluent.syntax import FluentParser
from fluent.syntax import ast as ftl
from fluent.syntax.visitor import Visitor

from vigil.crypto.errors import VigilError

# What the renderer passes to every template, with what a template author may expect.
VARIABLES: dict[str, str] = {
    "person": "the person's name, in the letter's language and script",
    "person_genitive": "the person's name in the genitive (person.forms.<lang>.genitive)",
    "person_dative": "the person's name in the dative (person.forms.<lang>.dative)",
    "person_accusative": "the person's name in the accusative (person.forms.<lang>.accusative)",
    "gender": "the person's grammatical gender: masculine, feminine, neuter or unspecified",
    "ua_number": "the urgent action's current number, such as FI 046/19-3",
    "issue_date": "the date of the current issue (a date: use DATETIME)",
    "deadline": "the deadline for appeals (a date: use DATETIME)",
    "today": "the date of the letter (a date: use DATETIME)",
    "target_title": "the addressee's title, in the letter's language",
    "target_name": "the addressee's name, in the letter's script",
    "sender_name": "the name the letter is signed with",
    "sender_city": "the sender's city",
    "sender_gender": "the signer's grammatical gender: masculine, feminine or unspecified",
    "deadline_until": "'by <deadline>' as the letter's language writes it, with its case",
    "signatory_count": "how many people sign the letter (a number)",
}
# Names a case ending would be glued to: "{ $person }ты" is wrong for most names (vowel
# harmony, declension); the document gives each case as data and the template uses that.
# Chinese characters take no endings and Chinese puts no space between words, so a name
# followed by one ("对{ $person }获释") is ordinary Chinese, not a glued ending.
_GLUED = re.compile(r"-?(?![\u2e80-\u9fff\uf900-\ufaff\U00020000-\U0003134f])[^\W\d_]")
NAME_VARIABLES = frozenset({"person", "target_name", "target_title", "sender_name"})
REQUIRED_MESSAGES = ("subject", "body")
FUNCTIONS: dict[str, frozenset[str]] = {
    "NUMBER": frozenset({
        "style", "currency", "currencyDisplay", "useGrouping", "minimumIntegerDigits",
        "minimumFractionDigits", "maximumFractionDigits", "minimumSignificantDigits",
        "maximumSignificantDigits",
    }),
    "DATETIME": frozenset({
        "dateStyle", "timeStyle", "weekday", "era", "year", "month", "day", "hour", "minute",
        "second", "hour12", "timeZone", "timeZoneName",
    }),
}  # fmt: skip
MAX_FILE_BYTES = 64 * 1024
MAX_DEPTH = 4  # placeables inside placeables, selectors inside variants
MAX_REFERENCE_DEPTH = 4  # a message that refers to a term that refers to ...
MAX_OUTPUT = 40_000  # characters one message may produce, in the worst case
VARIABLE_BOUND = 500  # the longest value the renderer passes (names and titles are capped)
NUMBER_BOUND = 64
MAX_DIGITS_OPTION = 20
# Explicit embeddings, overrides and isolates can reorder what a reader sees in a PDF;
# other control characters have no place in a letter.
FORBIDDEN_CHARS = re.compile("[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b-\x1f\x7f]")
_BRACE_DEPTH_LIMIT = 16  # checked before parsing, so a pathological nest never reaches it


@dataclass(frozen=True)
class Problem:
    file: str
    line: int  # 1-based; 0 when the problem is about the file as a whole
    message: str

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.line}: {self.message}"
            if self.line
            else (f"{self.file}: {self.message}")
        )


class TemplateRejected(VigilError):
    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = [(f"{p.file}:{p.line}" if p.line else p.file, p.message) for p in problems]
        self.found = problems
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        super().__init__(f"template rejected: {problems[0]}{more}")


def _line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, max(0, offset)) + 1


class _FileCheck:
    """Walks one parsed Fluent file, collecting problems and output bounds."""

    def __init__(self, source: str, file: str, resource: ftl.Resource) -> None:
        self.source = source
        self.file = file
        self.problems: list[Problem] = []
        self.messages: dict[str, ftl.Message] = {}
        self.terms: dict[str, ftl.Term] = {}
        self._bounds: dict[str, int] = {}
        self._visiting: list[str] = []
        for entry in resource.body:
            if isinstance(entry, ftl.Message):
                self._add(self.messages, entry.id.name, entry)
            elif isinstance(entry, ftl.Term):
                self._add(self.terms, "-" + entry.id.name, entry)
            elif isinstance(entry, ftl.Junk):
                for note in entry.annotations:
                    start = (
                        note.span.start if note.span else (entry.span.start if entry.span else 0)
                    )
                    self.fail(start, f"syntax error: {note.message}")

    def _add(self, table: dict[str, Any], key: str, entry: Any) -> None:
        if key in table:
            self.fail(self._start(entry), f"{key} is defined twice")
        table[key] = entry

    @staticmethod
    def _start(node: Any) -> int:
        span = getattr(node, "span", None)
        return span.start if span is not None else 0

    def fail(self, offset: int, message: str) -> None:
        self.problems.append(Problem(self.file, _line_of(self.source, offset), message))

    def check(self) -> None:
        for name in REQUIRED_MESSAGES:
            if name not in self.messages:
                self.problems.append(Problem(self.file, 0, f"has no message {name!r}"))
        entries: list[tuple[str, ftl.Message | ftl.Term]] = [
            *self.messages.items(),
            *self.terms.items(),
        ]
        for key, entry in entries:
            in_term = key.startswith("-")
            patterns = [entry.value] if entry.value is not None else []
            patterns += [a.value for a in entry.attributes]
            for pattern in patterns:
                self._pattern(pattern, depth=0, in_term=in_term)
            bound = self.bound(key)
            if bound > MAX_OUTPUT:
                self.fail(
                    self._start(entry),
                    f"{key} could produce up to {bound:,} characters; the cap is {MAX_OUTPUT:,}",
                )

    def _pattern(self, pattern: ftl.Pattern, depth: int, in_term: bool) -> None:
        for before, after in zip(pattern.elements, pattern.elements[1:], strict=False):
            if (
                isinstance(before, ftl.Placeable)
                and isinstance(before.expression, ftl.VariableReference)
                and before.expression.id.name in NAME_VARIABLES
                and isinstance(after, ftl.TextElement)
                and _GLUED.match(after.value)
            ):
                name = before.expression.id.name
                hint = (
                    "$person_genitive, $person_dative or $person_accusative"
                    if name == "person"
                    else "a wording that needs no ending"
                )
                self.fail(
                    self._start(after),
                    f"glues the ending {after.value.split()[0]!r} to ${name}; a name's case "
                    f"form is data: use {hint}",
                )
        for element in pattern.elements:
            if isinstance(element, ftl.TextElement):
                bad = FORBIDDEN_CHARS.search(element.value)
                if bad:
                    offset = self._start(element) + bad.start()
                    self.fail(
                        offset, f"contains the invisible control character U+{ord(bad.group()):04X}"
                    )
            elif isinstance(element, ftl.Placeable):
                self._expression(element.expression, depth + 1, in_term)

    def _expression(self, expr: Any, depth: int, in_term: bool) -> None:
        at = self._start(expr)
        if depth > MAX_DEPTH:
            self.fail(at, f"is nested more than {MAX_DEPTH} levels deep")
            return
        if isinstance(expr, ftl.Placeable):
            self._expression(expr.expression, depth + 1, in_term)
        elif isinstance(expr, ftl.VariableReference):
            # Inside a term, variables are the term's own arguments, not the renderer's.
            if not in_term and expr.id.name not in VARIABLES:
                known = ", ".join(f"${v}" for v in VARIABLES)
                self.fail(at, f"unknown variable ${expr.id.name} (known: {known})")
        elif isinstance(expr, ftl.FunctionReference):
            self._function(expr, depth, in_term)
        elif isinstance(expr, ftl.MessageReference | ftl.TermReference):
            key = expr.id.name if isinstance(expr, ftl.MessageReference) else "-" + expr.id.name
            entry = (self.terms if key.startswith("-") else self.messages).get(key)
            if entry is None:
                self.fail(at, f"refers to {key}, which this file does not define")
            elif expr.attribute and not any(
                a.id.name == expr.attribute.name for a in entry.attributes
            ):
                self.fail(at, f"refers to {key}.{expr.attribute.name}, which does not exist")
            if isinstance(expr, ftl.TermReference) and expr.arguments:
                self._arguments(expr.arguments, depth, in_term)
        elif isinstance(expr, ftl.SelectExpression):
            self._expression(expr.selector, depth, in_term)
            if not any(v.default for v in expr.variants):  # the parser insists too
                self.fail(at, "has a selector without a default variant (*[other])")
            for variant in expr.variants:
                self._pattern(variant.value, depth + 1, in_term)
        elif not isinstance(expr, ftl.StringLiteral | ftl.NumberLiteral):
            self.fail(at, f"uses {type(expr).__name__}, which letters do not support")

    def _function(self, expr: ftl.FunctionReference, depth: int, in_term: bool) -> None:
        at = self._start(expr)
        name = expr.id.name
        if name not in FUNCTIONS:
            self.fail(at, f"calls the function {name}; only DATETIME and NUMBER are allowed")
            return
        if len(expr.arguments.positional) != 1:
            self.fail(at, f"{name} takes exactly one value")
        for named in expr.arguments.named:
            option = named.name.name
            if option not in FUNCTIONS[name]:
                self.fail(at, f"{name} has no option {option!r}")
            value = named.value
            if (
                isinstance(value, ftl.NumberLiteral)
                and option.endswith("Digits")
                and not 0 <= float(value.value) <= MAX_DIGITS_OPTION
            ):
                self.fail(at, f"{name} option {option} must be from 0 to {MAX_DIGITS_OPTION}")
        self._arguments(expr.arguments, depth, in_term)

    def _arguments(self, arguments: ftl.CallArguments, depth: int, in_term: bool) -> None:
        for arg in arguments.positional:
            self._expression(arg, depth + 1, in_term)

    # Worst-case output size, by entry; references are followed, cycles are problems.
    def bound(self, key: str, chain: int = 0) -> int:
        if key in self._bounds:
            return self._bounds[key]
        entry = (self.terms if key.startswith("-") else self.messages).get(key)
        if entry is None:
            return 0
        if key in self._visiting:
            self.fail(self._start(entry), f"{key} refers back to itself")
            return MAX_OUTPUT + 1
        if chain > MAX_REFERENCE_DEPTH:
            self.fail(self._start(entry), f"{key} is reached through too many references")
            return MAX_OUTPUT + 1
        self._visiting.append(key)
        patterns = [entry.value] if entry.value is not None else []
        patterns += [a.value for a in entry.attributes]
        total = max((self._pattern_bound(p, chain) for p in patterns), default=0)
        self._visiting.pop()
        self._bounds[key] = total
        return total

    def _pattern_bound(self, pattern: ftl.Pattern, chain: int) -> int:
        total = 0
        for element in pattern.elements:
            if isinstance(element, ftl.TextElement):
                total += len(element.value)
            elif isinstance(element, ftl.Placeable):
                total += self._expr_bound(element.expression, chain)
            if total > MAX_OUTPUT:
                break  # already too big: stop early rather than compute a huge number
        return total

    def _expr_bound(self, expr: Any, chain: int) -> int:
        if isinstance(expr, ftl.StringLiteral):
            return len(expr.value)
        if isinstance(expr, ftl.NumberLiteral | ftl.FunctionReference):
            return NUMBER_BOUND
        if isinstance(expr, ftl.VariableReference):
            return VARIABLE_BOUND
        if isinstance(expr, ftl.Placeable):
            return self._expr_bound(expr.expression, chain)
        if isinstance(expr, ftl.MessageReference):
            return self.bound(expr.id.name, chain + 1)
        if isinstance(expr, ftl.TermReference):
            return self.bound("-" + expr.id.name, chain + 1)
        if isinstance(expr, ftl.SelectExpression):
            return max((self._pattern_bound(v.value, chain) for v in expr.variants), default=0)
        return 0


def variables_used(source: str) -> set[str]:
    """The variables a Fluent source refers to, anywhere (empty when it does not parse: the
    gate reports that)."""
    if len(source) > MAX_FILE_BYTES or _brace_depth_problem(source, "") is not None:
        return set()
    try:
        resource = FluentParser(with_spans=False).parse(source)
    except RecursionError:
        return set()
    found: set[str] = set()

    class _Walk(Visitor):
        def visit_VariableReference(self, node: ftl.VariableReference) -> None:
            found.add(node.id.name)

    _Walk().visit(resource)
    return found


def _brace_depth_problem(source: str, file: str) -> Problem | None:
    depth = 0
    for offset, char in enumerate(source):
        if char == "{":
            depth += 1
            if depth > _BRACE_DEPTH_LIMIT:
                return Problem(
                    file, _line_of(source, offset), f"is nested more than {MAX_DEPTH} levels deep"
                )
        elif char == "}":
            depth = max(0, depth - 1)
    return None


def check_source(source: str | bytes, file: str) -> tuple[set[str], list[Problem]]:
    """Check one Fluent file. Returns the message ids it defines and its problems."""
    if isinstance(source, bytes):
        if len(source) > MAX_FILE_BYTES:
            return set(), [
                Problem(file, 0, f"is {len(source):,} bytes; the cap is {MAX_FILE_BYTES:,}")
            ]
        try:
            source = source.decode("utf-8")
        except UnicodeDecodeError as exc:
            return set(), [Problem(file, 0, f"is not UTF-8 text (byte {exc.start})")]
    size = len(source.encode("utf-8"))
    if size > MAX_FILE_BYTES:
        return set(), [Problem(file, 0, f"is {size:,} bytes; the cap is {MAX_FILE_BYTES:,}")]
    deep = _brace_depth_problem(source, file)
    if deep:
        return set(), [deep]
    try:
        resource = FluentParser(with_spans=True).parse(source)
    except RecursionError:
        return set(), [Problem(file, 0, "is nested too deeply to read")]
    walker = _FileCheck(source, file, resource)
    walker.check()
    return set(walker.messages), walker.problems


def check_templates(templates: Mapping[str, str | bytes], prefix: str = "") -> list[Problem]:
    """Check a set of templates, one Fluent source per language, as one urgent action's."""
    problems: list[Problem] = []
    defined: dict[str, set[str]] = {}
    for lang, source in templates.items():
        name = f"{prefix}{lang}.ftl"
        messages, found = check_source(source, name)
        problems += found
        defined[name] = messages
    problems += _compare_languages(defined)
    return problems


def _compare_languages(defined: Mapping[str, set[str]]) -> list[Problem]:
    everything = set().union(*defined.values()) if defined else set()
    return [
        Problem(name, 0, f"lacks the message {missing!r} that the other languages have")
        for name, messages in defined.items()
        if messages  # a file that did not parse already has its own problem
        for missing in sorted(everything - messages)
    ]


def require_valid(templates: Mapping[str, str | bytes], prefix: str = "") -> None:
    problems = check_templates(templates, prefix)
    if problems:
        raise TemplateRejected(problems)


def check_files(named_sources: Iterable[tuple[str, bytes]]) -> list[Problem]:
    """Check loose .ftl files (``vigil template check``); files named ``<anything>.<lang>.ftl``
    or ``<lang>.ftl`` in one folder are compared with each other as one set."""
    problems: list[Problem] = []
    groups: dict[str, dict[str, set[str]]] = {}
    for name, data in named_sources:
        messages, found = check_source(data, name)
        problems += found
        stem = name.rsplit("/", 1)
        folder = stem[0] if len(stem) == 2 else ""
        base = stem[-1].removesuffix(".ftl").rsplit(".", 1)
        group = f"{folder}/{base[0]}" if len(base) == 2 else folder
        groups.setdefault(group, {})[name] = messages
    for defined in groups.values():
        if len(defined) > 1:
            problems += _compare_languages(defined)
    return problems
