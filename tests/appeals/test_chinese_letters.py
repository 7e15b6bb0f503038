"""Letters in Chinese to Chinese officials: the conventions a reader in China expects, the
sample official, and a PDF whose Chinese text extracts as written (read back with poppler)."""

from __future__ import annotations

import datetime
import io
import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from vigil.appeals import cjk_font
from vigil.appeals.conventions import conventions
from vigil.appeals.pdf import render_pdf
from vigil.appeals.render import Sender, compose
from vigil.appeals.templates import check_source

DAY = datetime.date(2026, 12, 7)
SENDER = Sender("阿依古丽", "阿拉木图", gender="feminine")
DEMANDS = (
    "取消对塞里克江·比拉什获释所附加的条件。",
    "尊重他和平表达意见的权利，允许他继续从事人权工作。",
    "履行哈萨克斯坦根据国际人权法承担的义务。",
)
# Kangxi radicals and the radicals supplement: what 人, 木, 民 extract as from a PDF whose
# ToUnicode map took the lowest code point of each glyph.
RADICALS = re.compile("[\u2e80-\u2fdf]")


@pytest.fixture(autouse=True)
def _gui(qapp: object) -> Iterator[None]:
    yield


def _letter(ua: Any, target: str = "china-ambassador", **kw: Any) -> Any:
    return compose(ua, "zh", SENDER, target_ref=target, today=DAY, follow_up=True, **kw)


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "letter.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip


def _fonts(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in out.stdout.splitlines()[2:] if line.strip()]


def test_the_date_line_is_written_with_numbers_and_chinese_units(sample_ua: Any) -> None:
    assert _letter(sample_ua).date_line == "阿拉木图，2026年12月7日"
    no_city = compose(sample_ua, "zh", Sender("A"), today=DAY, follow_up=True)
    assert no_city.date_line == "2026年12月7日"
    assert conventions("zh").until_text(datetime.date(2019, 8, 26)) == "2019年8月26日之前"


def test_a_letter_to_the_sample_chinese_official(sample_ua: Any) -> None:
    letter = _letter(sample_ua)
    assert letter.addressee == (
        "中华人民共和国驻哈萨克斯坦共和国特命全权大使",
        "张霄",
        "中华人民共和国驻哈萨克斯坦共和国大使馆",
        "哈萨克斯坦共和国阿斯塔纳市",
        "（示例数据，发送前请核实）",  # sample data: verify before sending
    )
    assert letter.salutation == "尊敬的张霄大使阁下："
    assert letter.subject == "紧急行动 FI 046/19-3：请取消对塞里克江·比拉什获释所附加的条件"
    assert letter.demands_heading == "我恳请您："
    assert letter.demands == DEMANDS
    assert letter.closing == "此致\n敬礼！"
    assert letter.to_email == "embassy.sample@example.org"
    assert not letter.reviewed  # a developer draft, and the composer says so
    # No Cyrillic and no Latin words in a Chinese letter: only the urgent action's number.
    text = letter.text()
    assert re.findall("[A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+", text.replace("FI 046/19-3", "")) == []


def test_the_official_is_marked_as_sample_data(sample_ua: Any) -> None:
    target = sample_ua.target("china-ambassador")
    assert target.sample and target.role == "diplomatic"
    # a letter in another language to the same official carries that language's sample note
    russian = compose(sample_ua, "ru", Sender("А", "Алматы"), target_ref="china-ambassador",
                      today=DAY, follow_up=True)  # fmt: skip
    assert russian.addressee[:2] == ("Послу Китайской Народной Республики в Республике Казахстан",
                                     "Чжан Сяо")  # fmt: skip
    assert russian.addressee[-1] == "(образец — проверьте перед отправкой)"


def test_the_gate_lets_a_name_stand_before_chinese_but_not_before_an_ending() -> None:
    """Chinese puts no space between words and has no endings: 对{ $person }获释 is right."""
    chinese = "subject = 关于{ $person }的信\nbody = 请释放{ $person }。\n"
    assert check_source(chinese, "zh.ftl")[1] == []
    for glued in ("{ $person }ты", "{ $person }-ға", "{ $person }ovi"):
        problems = check_source(f"subject = x\nbody = {glued}\n", "kk.ftl")[1]
        assert [p.message for p in problems if "glues the ending" in p.message], glued


def test_the_chinese_letter_pdf_extracts_as_written(sample_ua: Any, tmp_path: Path) -> None:
    letter = _letter(sample_ua)
    pdf = render_pdf([letter])
    text = _pdftotext(pdf, tmp_path)
    assert RADICALS.findall(text) == []
    flat = "".join(text.split())
    for expected in (letter.subject, letter.date_line, letter.salutation, *letter.paragraphs(),
                     *letter.addressee, "我恳请您：", "此致", "敬礼！", "阿依古丽"):  # fmt: skip
        assert "".join(expected.split()) in flat, expected
    positions = [flat.index(f"{n}.{demand}") for n, demand in enumerate(DEMANDS, 1)]
    assert positions == sorted(positions)
    assert "人权" in flat and "中华人民共和国" in flat  # 人 and 民 are radicals' twins


def test_the_pdf_embeds_simplified_chinese_cut_to_the_letter(
    sample_ua: Any, tmp_path: Path
) -> None:
    pdf = render_pdf([_letter(sample_ua)])
    rows = _fonts(pdf, tmp_path)
    names = {row[0].split("+")[-1] for row in rows}
    assert {"NotoSansCJKsc-Regular", "NotoSansCJKsc-Bold"} <= names, rows
    assert not any("JP" in name or "KR" in name or "TC" in name for name in names), names
    # Columns from the end: emb sub uni object-id generation.
    assert all(row[-5] == "yes" and row[-3] == "yes" for row in rows), rows
    assert len(pdf) < 200_000  # the system font is about 19 MB per weight


def test_the_cut_holds_only_the_characters_asked_for() -> None:
    from fontTools.ttLib import TTFont

    chars = "".join(sorted(set("人权木民 FI 046/19-3")))
    cut = TTFont(io.BytesIO(cjk_font.cut(chars, False)))
    mapped = {chr(code) for code in cut.getBestCmap()}
    assert mapped == set(chars) - {" "} | ({" "} & mapped)
    assert "\u2f08" not in mapped and "\u2f4a" not in mapped  # ⼈ and ⽊ would shadow 人 and 木
    assert cut["name"].getDebugName(1) == cjk_font.family_for(chars)
    assert cut["name"].getDebugName(6) == "NotoSansCJKsc-Regular"


def test_a_chinese_name_in_an_english_letter_extracts_too(
    sample_ua: Any, tmp_path: Path
) -> None:
    note = "Please pass this to 张霄."
    english = compose(sample_ua, "en", Sender("Aigerim", "Almaty"), target_ref="china-ambassador",
                      today=DAY, follow_up=True, personal_note=note)  # fmt: skip
    pdf = render_pdf([english])
    names = {row[0].split("+")[-1] for row in _fonts(pdf, tmp_path)}
    assert "DejaVuSans" in names and "NotoSansCJKsc-Regular" in names, names
    text = " ".join(_pdftotext(pdf, tmp_path).split())
    assert "Please pass this to 张霄." in text
    assert "Your Excellency," in text


def test_without_the_system_font_a_chinese_letter_is_refused_by_name(
    sample_ua: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A computer without Noto Sans CJK: no PDF with boxes or Japanese glyphs, but the
    package to install."""
    letter = replace(_letter(sample_ua), personal_note="这台电脑没有中文字体。")
    monkeypatch.setattr(cjk_font, "FONT_DIRS", (tmp_path,))
    cjk_font.find_source.cache_clear()
    try:
        with pytest.raises(cjk_font.CjkFontMissing, match="fonts-noto-cjk") as caught:
            render_pdf([letter])
        assert caught.value.exit_code == 2
    finally:
        monkeypatch.undo()
        cjk_font.find_source.cache_clear()
    assert render_pdf([letter]).startswith(b"%PDF-")  # with the font back, it renders


def test_paragraphs_and_the_closing_start_two_characters_in(sample_ua: Any) -> None:
    """As Chinese letters are set: each paragraph's first line two characters in, 此致 too,
    and 敬礼！ at the margin on the line below it; other languages' paragraphs are not."""
    from vigil.appeals.pdf import BODY_PT, build_document

    def indents(letter: Any) -> dict[str, float]:
        doc = build_document(letter)
        out, block = {}, doc.begin()
        while block.isValid():
            out[block.text()] = block.blockFormat().textIndent()
            block = block.next()
        return out

    letter = _letter(sample_ua)
    chinese = indents(letter)
    assert all(chinese[p] == 2 * BODY_PT for p in letter.paragraphs())
    assert chinese["此致\u2028敬礼！"] == 2 * BODY_PT  # one block: only its first line is set in
    assert chinese[letter.salutation] == 0 and chinese[letter.subject] == 0
    english = compose(sample_ua, "en", Sender("A", "Almaty"), today=DAY, follow_up=True)
    assert set(indents(english).values()) == {0}
