"""One word for each of Vigil's terms in each language: every interface translation that
names a glossary term (vault, sync, passphrase, recovery key, escrow, alert, urgent action,
keyring, outcome states...) says it with the glossary's word, never with another."""

from __future__ import annotations

import re
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGS = ("ru", "kk", "ug")


def glossary(lang: str) -> dict[str, Any]:
    return tomllib.loads((I18N / f"glossary.{lang}.toml").read_text(encoding="utf-8"))


def translations(ts: Path) -> list[tuple[str, str]]:
    """(source, translation) for every message and every plural form of it."""
    out = []
    for message in ET.parse(ts).iter("message"):  # noqa: S314 (our own file)
        source = message.findtext("source") or ""
        node = message.find("translation")
        assert node is not None
        forms = [f.text or "" for f in node.findall("numerusform")] or [node.text or ""]
        out += [(source, form) for form in forms]
    return out


def misuses(terms: list[dict[str, Any]], pairs: list[tuple[str, str]]) -> list[str]:
    problems = []
    for term in terms:
        match = re.compile(term["match"], re.IGNORECASE)
        use = [re.compile(p, re.IGNORECASE) for p in term["use"]]
        avoid = [re.compile(p, re.IGNORECASE) for p in term["avoid"]]
        for source, text in pairs:
            if not match.search(source):
                continue
            plain = text.replace("&", "")  # keyboard accelerators split words
            if not any(p.search(plain) for p in use):
                problems.append(f"{term['en']}: {source!r} -> {text!r} lacks {term['use']}")
            for p in avoid:
                if p.search(plain):
                    problems.append(f"{term['en']}: {source!r} -> {text!r} uses {p.pattern!r}")
    return problems


@pytest.mark.parametrize("lang", LANGS)
def test_interface_translations_use_the_glossary_words(lang: str) -> None:
    pairs = translations(I18N / f"vigil_{lang}.ts")
    terms = glossary(lang)["term"]
    named = {t["en"].split(" (")[0] for t in terms}
    required = {"vault", "sync", "passphrase", "recovery key", "escrow", "alert", "keyring"}
    assert required | {"urgent action", "sentence reduced"} <= named
    assert misuses(terms, pairs) == []


@pytest.mark.parametrize("lang", LANGS)
def test_the_check_catches_another_word(lang: str) -> None:
    """The glossary test is not vacuous: a translation with another word for a term fails."""
    terms = glossary(lang)["term"]
    wrong, word = {
        "ru": ("Депозит включён", "депозит"),
        "kk": ("Депозит қосулы", "депозит"),
        "ug": ("دېپوزىت ئوچۇق", "دېپوزىت"),
    }[lang]
    found = misuses(terms, [("Escrow is on.", wrong)])
    assert any(p.startswith("escrow:") and "lacks" in p for p in found)
    assert any(p.startswith("escrow:") and word in p for p in found)


@pytest.mark.parametrize("lang", LANGS)
def test_each_translation_carries_its_review_state(lang: str) -> None:
    review = glossary(lang)["review"]
    assert review["state"] in ("draft", "reviewed")
    if review["state"] == "reviewed":  # a review names who read it, and when
        assert review["by"].strip() and re.fullmatch(r"\d{4}-\d{2}-\d{2}", review["on"])
