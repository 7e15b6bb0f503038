"""Search snippets: cutting them only around the first match (which made typing in search
quicker) marks exactly what marking every word of the text did."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vigil.vault.search import _WORD, HIT_END, HIT_START, MAX_TERMS, SNIPPET_WORDS, fold, snippet


def slow_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def every_word_snippet(title: str, body: str, text: str) -> str:
    """The snippet as it was cut before: every word of the text folded and tested."""
    terms = [slow_fold(t) for t in _WORD.findall(text)[:MAX_TERMS]]
    for source in (body, title):
        words = list(_WORD.finditer(source))
        hits = [
            i for i, w in enumerate(words) if any(slow_fold(w.group()).startswith(t) for t in terms)
        ]
        if not hits:
            continue
        first = max(0, hits[0] - SNIPPET_WORDS // 3)
        last = min(len(words), first + SNIPPET_WORDS)
        out = ["…" if first else ""]
        cursor = words[first].start()
        for i in range(first, last):
            word = words[i]
            if i in hits:
                out.append(source[cursor : word.start()])
                out.append(HIT_START + word.group() + HIT_END)
                cursor = word.end()
        out.append(source[cursor : words[last - 1].end()])
        out.append("…" if last < len(words) else "")
        return "".join(out).replace("\n", " ")
    return title


WORDS = st.sampled_from(
    ["Almaty", "almaty", "ALMATY", "Алматы", "арест", "Арестован", "Қазақстан", "қазақ",
     "Жаңаөзен", "Ёлка", "елка", "café", "CAFE", "strike", "hunger", "ß", "ss", "ǅ", "x"]
)  # fmt: skip
SEPARATORS = st.sampled_from([" ", "  ", "\n", ", ", ". ", " — ", "-"])


@st.composite
def texts(draw: st.DrawFn, max_words: int = 40) -> str:
    words = draw(st.lists(WORDS, max_size=max_words))
    return "".join(w + draw(SEPARATORS) for w in words)


@given(texts(8), texts(60), texts(3))
def test_the_snippet_marks_what_marking_every_word_did(title: str, body: str, query: str) -> None:
    assert snippet(title, body, query) == every_word_snippet(title, body, query)


@given(st.text(max_size=30))
def test_the_quick_fold_is_the_fold(text: str) -> None:
    assert fold(text) == slow_fold(text)


@given(st.text(max_size=60), st.data())
def test_any_text_is_cut_as_before(body: str, data: st.DataObject) -> None:
    """Arbitrary Unicode (combining marks, ligatures, Hangul, scripts with spacing vowel
    signs), queried by a prefix of one of its own words."""
    words = _WORD.findall(body)
    query = body[:5]
    if words:
        word = data.draw(st.sampled_from(words))
        query = word[: data.draw(st.integers(1, len(word)))]
    assert snippet("title", body, query) == every_word_snippet("title", body, query)


def test_a_match_late_in_a_long_note_is_found_and_marked() -> None:
    body = "word " * 5_000 + "Алматыда ұсталды, then АЛМАТЫ again"
    cut = snippet("Title", body, "алматы")
    assert f"{HIT_START}Алматыда{HIT_END}" in cut and f"{HIT_START}АЛМАТЫ{HIT_END}" in cut
    assert cut.startswith("…")
