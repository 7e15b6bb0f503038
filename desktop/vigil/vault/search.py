"""Full-text search: what is indexed, how typed text becomes a safe query, and snippets.

Typed text is never passed to MATCH as query syntax: each word becomes a quoted prefix term,
so quotes, stars, NEAR or a stray parenthesis are just characters, and every word must match.

The FTS5 table is contentless: it holds the index, not a third copy of every note. Ranking
runs on the index alone (top N rowids by bm25); only those N items are then read, and their
snippets are cut here from the decrypted payload. Sorting with the items joined in would read
every matching item first, which is what made a common word slow.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from vigil.cases import model

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16
SNIPPET_WORDS = 12
HIT_START, HIT_END = "\x02", "\x03"

CREATE_TABLE = (
    "CREATE VIRTUAL TABLE search USING fts5(title, body, content = '', contentless_delete = 1,"
    ' tokenize = "unicode61 remove_diacritics 2")'
)


@dataclass(frozen=True)
class SearchHit:
    id: str
    kind: str
    case_id: str | None
    title: str
    snippet: str  # the matches are wrapped in HIT_START and HIT_END
    rank: float


def fold_for_index(text: str) -> str:
    """What the tokenizer does not fold by itself: Russian ё is searched as е."""
    return text.replace("ё", "е").replace("Ё", "Е")


def fold(text: str) -> str:
    """Case- and accent-insensitive form, for finding matches to highlight."""
    if text.isascii():  # nothing to decompose: the common case, and ten times quicker
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def fts_query(text: str) -> str:
    terms = _WORD.findall(fold_for_index(text))[:MAX_TERMS]
    return " ".join(f'"{term}"*' for term in terms)


_INSERT = "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)"


def entry(kind: str, payload: Mapping[str, Any]) -> tuple[str, str]:
    """The title and body an item is indexed under."""
    title, body = model.index_text(kind, payload)
    return fold_for_index(title), fold_for_index(body)


def index(conn: Any, rowid: int, kind: str, payload: Mapping[str, Any]) -> None:
    index_many(conn, [(rowid, *entry(kind, payload))])


def index_many(conn: Any, entries: Iterable[tuple[int, str, str]]) -> None:
    """Index several items at once: (rowid, title, body) as ``entry`` gives them. An item
    with no text at all (a custody entry, one per imported case) gets no entry: nothing
    could find it."""
    conn.executemany(_INSERT, [e for e in entries if e[1] or e[2]])


def reindex(conn: Any) -> None:
    """Rebuild the index from the materialised items (used by a schema migration)."""
    rows = conn.execute("SELECT rowid, kind, payload FROM items WHERE deleted = 0").fetchall()
    for rowid, kind, payload in rows:
        index(conn, rowid, kind, json.loads(payload))


def snippet(title: str, body: str, text: str, folded: dict[str, str] | None = None) -> str:
    """A few words around the first match, the matching words marked; the title if the
    match is only there. Words are folded up to the first match and inside the window only:
    folding every word of a long note for each of a hundred hits made typing in search slow.
    ``folded`` remembers folds for the hits of one query (names and places repeat); it is
    the caller's, so no case text outlives the query in a cache."""
    terms = [fold(t) for t in _WORD.findall(text)[:MAX_TERMS]]
    seen = {} if folded is None else folded

    def matches(word: str) -> bool:
        done = seen.get(word)
        if done is None:
            done = seen[word] = fold(word)
        return any(done.startswith(t) for t in terms)

    for source in (body, title):
        words = list(_WORD.finditer(source))
        hit = next((i for i, w in enumerate(words) if matches(w.group())), -1)
        if hit < 0:
            continue
        first = max(0, hit - SNIPPET_WORDS // 3)
        last = min(len(words), first + SNIPPET_WORDS)
        out = ["…" if first else ""]
        cursor = words[first].start()
        for i in range(hit, last):
            word = words[i]
            if i == hit or matches(word.group()):
                out.append(source[cursor : word.start()])
                out.append(HIT_START + word.group() + HIT_END)
                cursor = word.end()
        out.append(source[cursor : words[last - 1].end()])
        out.append("…" if last < len(words) else "")
        return "".join(out).replace("\n", " ")
    return title


def run(conn: Any, text: str, limit: int = 50) -> list[SearchHit]:
    match = fts_query(text)
    if not match:
        return []
    ranked = conn.execute(
        "SELECT rowid, bm25(search, 4.0, 1.0) AS rank FROM search WHERE search MATCH ?"
        " ORDER BY rank LIMIT ?",
        (match, limit),
    ).fetchall()
    if not ranked:
        return []
    marks = ",".join("?" * len(ranked))
    rows = {
        row[0]: row
        for row in conn.execute(
            "SELECT rowid, id, kind, case_id, payload FROM items"  # noqa: S608 - only "?" marks
            f" WHERE rowid IN ({marks}) AND deleted = 0",
            [rowid for rowid, _ in ranked],
        )
    }
    hits = []
    folded: dict[str, str] = {}
    for rowid, rank in ranked:
        row = rows.get(rowid)
        if row is None:
            continue
        payload = json.loads(row[4])
        title, body = model.index_text(row[2], payload)
        hits.append(
            SearchHit(row[1], row[2], row[3], title, snippet(title, body, text, folded), rank)
        )
    return hits
