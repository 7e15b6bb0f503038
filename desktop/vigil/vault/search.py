"""Turning what a person types into a safe FTS5 query.

Typed text is never passed to MATCH as query syntax: each word becomes a quoted prefix term,
so quotes, stars, NEAR or a stray parenthesis are just characters, and every word must match.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16


def fts_query(text: str) -> str:
    terms = _WORD.findall(text)[:MAX_TERMS]
    return " ".join(f'"{term}"*' for term in terms)
