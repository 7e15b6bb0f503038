"""A bounded, strict JSON reader for every document that comes from outside the vault.

Inbox envelopes, backup manifests, sync pulls, case imports and signed notes are written by
someone else; the stdlib parser alone lets a few bytes of them do harm. ``[`` five thousand
times raises ``RecursionError`` (which callers did not expect, so one envelope bricked every
unlock); a 100 000-digit number costs quadratic time or a ``ValueError``; ``\\ud800`` gives a
string that cannot be encoded again; ``NaN`` and ``Infinity`` are not JSON; and of two
duplicate keys the stdlib silently keeps the last, so two readers of one document can see two
different things.

``loads`` is the stdlib parser (its C scanner, so it stays fast) with hooks that refuse
duplicate keys, over-long numbers and the non-standard constants, then two cheap checks on
the text: nesting depth and unpaired surrogate escapes. Both only walk further when the text
could fail them. Every refusal is one ``StrictJSONError`` naming the document and the place
(line and column, or the path of the value) in plain words. The limits are in
docs/formats.md ("Reading JSON from outside").
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable
from itertools import accumulate
from typing import Any

from vigil.crypto.errors import IntegrityError

MAX_BYTES = 16 * 1024 * 1024  # an envelope's own limit (formats.md §7.1)
MAX_DEPTH = 32  # the deepest document Vigil writes nests 7 levels (an import's other_dates)
MAX_NUMBER = 40  # characters of one number literal; Vigil writes sizes and counts only

# The escape of a surrogate, the only way a lone one gets into parsed UTF-8 text.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


_DEPTH_STEP = [0] * 256
_DEPTH_STEP[ord("[")] = _DEPTH_STEP[ord("{")] = 1
_DEPTH_STEP[ord("]")] = _DEPTH_STEP[ord("}")] = -1
# Every byte but quotes and brackets, for bytes.translate to delete.
_NOT_MARKS = bytes(c for c in range(256) if c not in b'"[]{}')


class StrictJSONError(IntegrityError):
    """A document from outside is not JSON Vigil accepts. ``what`` names the document,
    ``where`` the place in it (``line 3, column 7`` or a path such as ``cases[0].name``)."""

    def __init__(self, what: str, reason: str, where: str = "") -> None:
        self.what, self.reason, self.where = what, reason, where
        place = f" ({where})" if where else ""
        super().__init__(f"{what} {reason}{place}.")


class _Refused(Exception):
    """Raised inside the parser's hooks; turned into StrictJSONError with the document name."""

    def __init__(self, reason: str, where: str = "") -> None:
        super().__init__(reason)
        self.reason, self.where = reason, where


def _unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Refused(f"has the key {_shown(key)} twice in one object")
            seen.add(key)
    return obj


@functools.lru_cache(maxsize=8)
def _number(convert: Callable[[str], Any], limit: int) -> Callable[[str], Any]:
    def parse(literal: str) -> Any:
        if len(literal) > limit:
            raise _Refused(f"has a number of {len(literal)} characters (at most {limit})")
        value = convert(literal)
        if isinstance(value, float) and not math.isfinite(value):
            raise _Refused(f"has a number too large to hold: {literal[:20]}")
        return value

    return parse


def _constant(name: str) -> Any:
    raise _Refused(f"has {name}, which is not a JSON number")


def _shown(text: str) -> str:
    """A key or value quoted for a message: short, and with nothing a terminal would obey."""
    # The ellipsis goes after the quotes: inside, it would be escaped like the text.
    shown = repr(text[:40].encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace"))
    return shown + ("…" if len(text) > 40 else "")


def _without_escaped_pairs(text: bytes, *pairs: bytes) -> bytes:
    """Valid JSON text with the given two-byte escapes (``\\\\``, ``\\"``) removed. In a run of
    backslashes the escapes start at even offsets, so removing pairs from the left is exact;
    the ``in`` tests keep the common case (no such escape) to one scan."""
    for pair in pairs:
        if pair in text:
            text = text.replace(pair, b"")
    return text


def depth(text: bytes) -> int:
    """The deepest nesting of arrays and objects in valid JSON text (UTF-8).

    Only C-level operations: without escaped backslashes and quotes, every ``"`` left is a
    string's delimiter; keep the quotes and brackets, split at the quotes, and the even pieces
    are the brackets outside strings."""
    marks = _without_escaped_pairs(text, b"\\\\", b'\\"').translate(None, _NOT_MARKS)
    brackets = b"".join(marks.split(b'"')[::2])
    return max(accumulate(map(_DEPTH_STEP.__getitem__, brackets)), default=0)


def _has_lone_surrogate(value: Any) -> bool:
    """Whether any string or key holds an unpaired surrogate: the C serialiser writes them
    raw, and UTF-8 cannot encode one (a proper pair became one character when parsed)."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _lone_surrogate(value: Any) -> str | None:
    """The path of the first string (or key) holding an unpaired surrogate, else None."""
    todo: list[tuple[str, Any]] = [("", value)]
    while todo:
        path, node = todo.pop()
        if isinstance(node, str):
            try:
                node.encode("utf-8")
            except UnicodeEncodeError:
                return path or "the top level"
        elif isinstance(node, dict):
            for key, child in node.items():
                sub = f"{path}.{key}" if path else str(key)
                try:
                    key.encode("utf-8")
                except UnicodeEncodeError:
                    return f"{path or 'the top level'}: a key"
                todo.append((sub, child))
        elif isinstance(node, list):
            todo.extend((f"{path}[{i}]", child) for i, child in enumerate(node))
    return None


def loads(
    data: bytes | str,
    what: str = "The document",
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_number: int = MAX_NUMBER,
) -> Any:
    """Parse ``data`` (UTF-8 bytes, or text) as strict JSON within the limits, or raise
    ``StrictJSONError`` whose message starts with ``what``."""
    if len(data) > max_bytes:
        raise StrictJSONError(what, f"is larger than {max_bytes} bytes")
    # The checks after parsing work on the UTF-8 bytes, the parser on the text.
    if isinstance(data, bytes):
        raw = data
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise StrictJSONError(what, "is not UTF-8 text", f"byte {exc.start}") from None
    else:
        text = data
        try:
            raw = text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise StrictJSONError(what, "is not UTF-8 text", f"character {exc.start}") from None
    try:
        value = json.loads(
            text,
            object_pairs_hook=_unique,
            parse_int=_number(int, max_number),
            parse_float=_number(float, max_number),
            parse_constant=_constant,
        )
    except _Refused as exc:
        raise StrictJSONError(what, exc.reason, exc.where) from None
    except RecursionError:
        raise StrictJSONError(what, f"nests deeper than {max_depth} levels") from None
    except json.JSONDecodeError as exc:
        raise StrictJSONError(
            what, f"is not valid JSON: {exc.msg}", f"line {exc.lineno}, column {exc.colno}"
        ) from None
    # Cheap bounds first: fewer brackets than the limit cannot nest past it, and text with no
    # surrogate escape cannot hold a lone surrogate (valid UTF-8 has none).
    if raw.count(b"[") + raw.count(b"{") > max_depth and depth(raw) > max_depth:
        raise StrictJSONError(what, f"nests deeper than {max_depth} levels")
    if _SURROGATE_ESCAPE.search(raw) and _has_lone_surrogate(value):
        where = _lone_surrogate(value) or ""  # the walk is slow, but only on refusal
        raise StrictJSONError(what, "has an unpaired surrogate escape (not text)", where)
    return value


__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_NUMBER", "StrictJSONError", "depth", "loads"]
