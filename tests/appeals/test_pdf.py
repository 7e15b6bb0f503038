"""The appeal PDF: real text (read back with poppler), the bundled font embedded, pages right.

In this process the PDF is built on pytest-qt's QApplication, as in the desktop app; a
subprocess checks the headless path (no Qt application, no platform set) and that nothing is
written to the temp folder.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.support.appeals import DEMANDS, NAMES, sample_letter
from vigil.appeals.pdf import PdfError, build_document, render_pdf, write_pdf

ROOT = Path(__file__).resolve().parents[2]
KAZAKH_LETTERS = "әғқңөұүһі"


@pytest.fixture(autouse=True)
def _gui(qapp: object) -> Iterator[None]:
    """A QApplication, as in the desktop app: the writer must reuse it, not make its own."""
    yield


def pdf_text(pdf: bytes, tmp_path: Path, *, first: int = 0, last: int = 0) -> str:
    path = tmp_path / "letters.pdf"
    path.write_bytes(pdf)
    pages = ["-f", str(first), "-l", str(last)] if first else []
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def words(text: str) -> str:
    return " ".join(text.split())


def pdf_tool(tool: str, pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "tool.pdf"
    path.write_bytes(pdf)
    return subprocess.run([tool, str(path)], capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_names_and_demands_extract_word_for_word(lang: str, tmp_path: Path) -> None:
    letter = sample_letter(lang)
    text = words(pdf_text(render_pdf([letter]), tmp_path))
    assert NAMES[lang] in text
    assert letter.subject in text
    assert letter.date_line in text
    assert all(paragraph in text for paragraph in letter.paragraphs())  # "officials": no ligature
    assert all(line in text for line in letter.addressee)
    # A numbered list, in the urgent action's order.
    positions = [text.index(f"{n}. {demand}") for n, demand in enumerate(DEMANDS[lang], 1)]
    assert positions == sorted(positions)
    assert text.index(letter.salutation) < positions[0] < text.index(letter.closing)
    if lang == "kk":
        assert set(KAZAKH_LETTERS) <= set(text)
        assert "Қазақстан" in text


def test_bundled_font_is_embedded(tmp_path: Path) -> None:
    fonts = pdf_tool("pdffonts", render_pdf([sample_letter("kk")]), tmp_path)
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows, fonts
    assert all(row[0].split("+")[-1].startswith("DejaVuSans") for row in rows), fonts
    # Columns from the end: emb sub uni object-id generation.
    assert all(row[-5] == "yes" and row[-3] == "yes" for row in rows), fonts
    assert any(row[0].split("+")[-1] == "DejaVuSans-Bold" for row in rows), "the bold subject"


def test_page_sizes_differ_and_unknown_is_refused(tmp_path: Path) -> None:
    letter = sample_letter("en")
    a4 = pdf_tool("pdfinfo", render_pdf([letter], "A4"), tmp_path)
    us = pdf_tool("pdfinfo", render_pdf([letter], "Letter"), tmp_path)
    assert re.search(r"Page size:\s+595(\.\d+)? x 842(\.\d+)? pts", a4), a4
    assert re.search(r"Page size:\s+612(\.\d+)? x 792(\.\d+)? pts", us), us
    with pytest.raises(PdfError, match="Unknown page size 'A5'"):
        render_pdf([letter], "A5")
    with pytest.raises(PdfError, match="no letter"):
        render_pdf([])


def test_each_letter_starts_on_a_new_page(tmp_path: Path) -> None:
    long_en = sample_letter("en", paragraphs=30)  # runs onto a second page
    letters = [long_en, sample_letter("ru"), sample_letter("kk")]
    pdf = render_pdf(letters)
    info = pdf_tool("pdfinfo", pdf, tmp_path)
    assert re.search(r"^Pages:\s+4$", info, re.M), info
    pages = [words(pdf_text(pdf, tmp_path, first=n, last=n)) for n in range(1, 5)]
    assert pages[0].startswith(long_en.date_line)
    assert "1. Drop the conditions" in pages[1] and NAMES["ru"] not in pages[1]
    assert pages[2].startswith(letters[1].date_line) and NAMES["ru"] in pages[2]
    assert pages[3].startswith(letters[2].date_line) and NAMES["kk"] in pages[3]
    # Every line on exactly one page: no date line painted into the previous page's margin.
    whole = words(pdf_text(pdf, tmp_path))
    for letter in letters:
        assert whole.count(letter.date_line) == 1
    assert whole.count("I am writing about") == 30


def test_text_is_never_markup(tmp_path: Path) -> None:
    hostile = "<b>bold?</b> &amp; <img src='file:///etc/passwd'> <!-- -->"
    letter = replace(sample_letter("en"), body=hostile, personal_note="a\x00b\x1bc")
    text = words(pdf_text(render_pdf([letter]), tmp_path))
    assert hostile in text
    assert "abc" in text  # controls dropped, letters kept


def test_metadata_names_vigil_but_no_case_content(tmp_path: Path) -> None:
    pdf = render_pdf([sample_letter("en"), sample_letter("ru")])
    info = pdf_tool("pdfinfo", pdf, tmp_path)
    assert re.search(r"^Creator:\s+Vigil$", info, re.M), info
    assert re.search(r"^Title:\s+Appeal$", info, re.M), info
    for name in (NAMES["en"], NAMES["ru"]):
        assert name not in info
        # Not in the XMP metadata either (page text is in compressed streams).
        assert name.encode() not in pdf and name.encode("utf-16-be") not in pdf


def test_document_for_printing_and_write_pdf(tmp_path: Path) -> None:
    letter = sample_letter("kk")
    doc = build_document(letter, "Letter")
    assert doc.pageCount() == 1
    assert NAMES["kk"] in doc.toPlainText()
    assert doc.defaultFont().family() == "DejaVu Sans"
    target = tmp_path / "appeal.pdf"
    write_pdf([letter], target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert target.stat().st_mode & 0o777 == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["appeal.pdf"]


HEADLESS = """
import sys
import vigil.appeals.pdf as pdf
assert not [m for m in sys.modules if m.startswith("PySide6")], "import alone loads Qt"
from tests.support.appeals import sample_letter
data = pdf.render_pdf([sample_letter("kk"), sample_letter("ru")])
from PySide6.QtGui import QGuiApplication
app = QGuiApplication.instance()
assert type(app) is QGuiApplication, type(app)
import os
assert os.environ["QT_QPA_PLATFORM"] == "offscreen"
sys.stdout.buffer.write(data)
"""


def test_headless_render_writes_nothing_to_temp(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "desktop")])
    out = subprocess.run(
        [sys.executable, "-c", HEADLESS], capture_output=True, env=env, cwd=tmp_path, check=False
    )
    assert out.returncode == 0, out.stderr.decode()
    assert out.stdout.startswith(b"%PDF-")
    assert list(temp.rglob("*")) == []
    assert NAMES["kk"] in words(pdf_text(out.stdout, tmp_path))


# The sample letters through the real pipeline (sample urgent action, gate, Fluent, the
# language's conventions, the PDF writer), read back with poppler: what a native reader checks.
SAMPLE_CHECKS = {
    "ru": (
        "Срочная акция FI 046/19-3: отменить условия освобождения Серикжана Билаша",
        "Президенту Республики Казахстан Токаеву К.-Ж. К.",
        "г. Алматы, 4 декабря 2026 г.",
        "г. Астана, Республика Казахстан (образец — проверьте перед отправкой)",
        "Обращаюсь к Вам, поскольку глубоко обеспокоена положением Серикжана Билаша",
    ),
    "kk": (
        "Шұғыл әрекет FI 046/19-3: Серікжан Білашты босату шарттарын алып тастау туралы",
        "Қазақстан Республикасының Президенті Қ.-Ж. К. Тоқаевқа",
        "Алматы қ., 2026 жылғы 4 желтоқсан",
        "Астана қ., Қазақстан Республикасы (үлгі — жібермес бұрын тексеріңіз)",
        "Сізден мыналарды сұраймын:",
    ),
    "en": (
        "Urgent action FI 046/19-3: drop the conditions on the release of Serikzhan Bilash",
        "President of the Republic of Kazakhstan Kassym-Jomart Tokayev",
        "Almaty, 4 December 2026",
        "Astana, Republic of Kazakhstan (sample, verify before sending)",
        "I urge you to:",
    ),
}


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_sample_letters_read_back_as_a_native_reader_expects(lang: str, tmp_path: Path) -> None:
    import datetime

    from tests.support.appeals import sample_document
    from vigil.appeals.parse import parse_urgent_action
    from vigil.appeals.render import Sender, compose

    ua = parse_urgent_action(sample_document()["urgent_actions"][0])
    name, city = ("Aigerim", "Almaty") if lang == "en" else ("Айгерим", "Алматы")
    sender = Sender(name, city, gender="feminine")
    letter = compose(ua, lang, sender, today=datetime.date(2026, 12, 4), follow_up=True)
    text = words(pdf_text(render_pdf([letter]), tmp_path))
    for expected in SAMPLE_CHECKS[lang]:
        assert expected in text, (expected, text)
    if lang != "en":  # no Latin address or note in a Cyrillic letter: only the UA's number
        assert re.findall("[A-Za-z]+", text.replace("FI 046/19-3", "")) == []
