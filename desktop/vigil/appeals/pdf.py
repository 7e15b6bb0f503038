"""Appeal letters as PDF: one QTextDocument per letter, written by QPdfWriter into memory.

This is the one core module allowed to use Qt, and only QtGui and QtCore (no widgets, no print
support): Qt's PDF engine embeds and subsets the font and writes a ToUnicode map, so Cyrillic
and Kazakh letters extract as text. Every Qt import sits inside a function, so importing this
module loads no Qt and the rest of the core stays usable without it.

Decisions:
- The document is built with QTextCursor and formats, never from HTML, so no letter text is
  ever parsed as markup.
- The bundled DejaVu Sans (regular and bold) is registered with Qt and set as the document's
  family, so the letter looks the same on every machine. Chinese characters come from the
  system's Noto Sans CJK SC, cut down to the letters' characters (``cjk_font`` says why): first
  in a Chinese letter, behind DejaVu Sans in any other. Qt may still merge in another font for
  a character neither has: a glyph from elsewhere beats an empty box.
- Fonts are registered with Qt's font database, which guards itself with a lock: the cut of a
  Chinese font is made and registered on whichever thread builds the document.
- Document units are PostScript points: fonts are sized in "pixels" that are really points
  and the page is the printable area in points, so the layout is the same whatever the screen
  DPI, and printing scales it to the device uniformly.
- The PDF is built in a QBuffer: letters hold case plaintext, which never goes to a temporary
  file. Its title is the neutral "Appeal", not the subject: file managers, indexers and print
  queues show titles, and a subject usually names the person at risk.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from vigil.appeals import cjk_font
from vigil.appeals.conventions import conventions
from vigil.appeals.letter import Letter
from vigil.crypto.errors import VigilError
from vigil.resources import resource
from vigil.vault.files import save_beside

if TYPE_CHECKING:
    from PySide6.QtGui import (
        QFont,
        QGuiApplication,
        QPagedPaintDevice,
        QPageLayout,
        QTextCursor,
        QTextDocument,
    )

PageSize = Literal["A4", "Letter"]
PAGE_SIZES: tuple[PageSize, ...] = ("A4", "Letter")
PDF_TITLE = "Appeal"
PDF_CREATOR = "Vigil"
MARGIN_MM = 20.0
BODY_PT = 11
SUBJECT_PT = 12
PARAGRAPH_GAP_PT = 8.0
CLIP_INSET_PT = 0.5
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FOOTER_PT = 18.0  # below a report's pages: "Page n of N"

# C0 and C1 controls other than newline and tab: they have no glyph and would print as boxes.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LINE_SEPARATOR = "\u2028"  # Qt's soft line break inside one paragraph

# The QGuiApplication this module made, kept referenced so Python never collects it.
_own_app: QGuiApplication | None = None
_font_family: str | None = None
_cjk_registered: set[str] = set()


class PdfError(VigilError):
    """The letter could not be turned into a PDF; the message says why."""


def ensure_gui() -> QGuiApplication:
    """The running QGuiApplication, or a new offscreen one when no Qt application exists.

    The desktop app's QApplication is used as it is. Headless callers (the CLI, tests) get
    the offscreen platform, unless QT_QPA_PLATFORM already names one.
    """
    global _own_app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        _own_app = QGuiApplication(["vigil"])
        return _own_app
    if not isinstance(existing, QGuiApplication):
        # Fonts need a GUI application, and Qt allows only one application per process.
        raise PdfError(
            "A PDF needs a Qt GUI application, but this process already runs a "
            "non-GUI QCoreApplication."
        )
    return existing


def font_family() -> str:
    """Registers the bundled DejaVu Sans with Qt (once per process) and returns its family."""
    global _font_family
    if _font_family is not None:
        return _font_family
    ensure_gui()
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for name in FONT_FILES:
        path = resource("fonts", name)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            raise PdfError(f"The bundled font {name} could not be loaded: is it damaged?")
        families += QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise PdfError("The bundled font DejaVu Sans has no family name.")
    _font_family = families[0]
    return _font_family


def cjk_chars(letters: Sequence[Letter]) -> str | None:
    """The characters a cut of the CJK font for these letters holds; None when no letter has
    a Chinese character."""
    used = {c for letter in letters for c in letter.subject + letter.text()}
    if not any(cjk_font.is_cjk(c) for c in used):
        return None
    return "".join(sorted(used | set("0123456789.")))  # the demands' list numbers too


def cut_cjk(letters: Sequence[Letter]) -> None:
    """Makes the letters' cuts of the CJK font ahead of time, without Qt: the slow part (about
    a second per weight), for a worker before the GUI thread prints."""
    chars = cjk_chars(letters)
    if chars is not None:
        for bold in (False, True):
            cjk_font.cut(chars, bold)


def cjk_family(letters: Sequence[Letter]) -> str | None:
    """Registers a cut of Noto Sans CJK SC holding the letters' characters (both weights) and
    returns its family; None when no letter has a Chinese character."""
    chars = cjk_chars(letters)
    if chars is None:
        return None
    family = cjk_font.family_for(chars)
    if family in _cjk_registered:
        return family
    ensure_gui()
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QFontDatabase

    for bold in (False, True):
        data = QByteArray(cjk_font.cut(chars, bold))
        font_id = QFontDatabase.addApplicationFontFromData(data)
        if font_id < 0 or family not in QFontDatabase.applicationFontFamilies(font_id):
            raise PdfError(f"Qt could not load the {cjk_font.FAMILY} font cut for this letter.")
    _cjk_registered.add(family)
    return family


def letter_families(letter: Letter, family: str, cjk: str | None) -> list[str]:
    """The families a letter is set in, the first one preferred for every character it has."""
    if cjk is None:
        return [family]
    if letter.lang.split("-")[0].lower() in cjk_font.LANGS:
        return [cjk, family]
    return [family, cjk]


def letter_font(families: Sequence[str], size: int, *, bold: bool = False) -> QFont:
    from PySide6.QtGui import QFont

    font = QFont()
    font.setFamilies(list(families))
    font.setPixelSize(size)  # points: see the module docstring
    font.setBold(bold)
    # No ligatures: an "fi" glyph extracts as U+FB01, and a search for "official" in the PDF,
    # or a copy and paste from it, would then miss the word.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def page_layout(page_size: str = "A4") -> QPageLayout:
    """The page: A4 or US Letter, portrait, with the letter's margins."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    ids = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
    if page_size not in ids:
        raise PdfError(f"Unknown page size {page_size!r}: choose one of {', '.join(PAGE_SIZES)}.")
    return QPageLayout(
        QPageSize(ids[page_size]),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def clean(text: str) -> str:
    """Text as Qt should lay it out: line breaks kept inside the paragraph, controls dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROLS.sub("", text).strip("\n").replace("\n", _LINE_SEPARATOR)


def build_document(letter: Letter, page_size: str = "A4") -> QTextDocument:
    """One letter as a paginated QTextDocument (the UI prints it through QPrinter)."""
    return build_batch_document([letter], page_size)


def build_batch_document(letters: Sequence[Letter], page_size: str = "A4") -> QTextDocument:
    """Several letters in one document, each starting on a new page."""
    if not letters:
        raise PdfError("There is no letter to put in the PDF.")
    layout = page_layout(page_size)
    family = font_family()
    cjk = cjk_family(letters)
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QPageLayout, QTextCursor, QTextDocument

    doc = QTextDocument()
    doc.setDefaultFont(letter_font(letter_families(letters[0], family, cjk), BODY_PT))
    doc.setDocumentMargin(0)  # the page layout carries the margins
    # Never the subject: see the module docstring.
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, PDF_TITLE)
    area = layout.paintRect(QPageLayout.Unit.Point)
    # Whole points: the layout places page breaks in 1/64 units, and a page height it cannot
    # represent would put the next page's first line a hair inside this page's clip.
    doc.setPageSize(QSizeF(area.width(), math.floor(area.height())))

    cursor = QTextCursor(doc)
    for index, letter in enumerate(letters):
        families = letter_families(letter, family, cjk)
        _write_letter(cursor, letter, families, new_page=index > 0)
    _layout_fully(doc)
    _keep_paragraphs_together(doc)
    return doc


def _keep_paragraphs_together(doc: QTextDocument) -> None:
    """Moves a paragraph that would straddle two pages to the next page, whole.

    Besides being how letters are typeset, this keeps the PDF's text layer exact: Qt's
    QTextLayout.draw also paints the last line above the clip rectangle, so a split paragraph
    would carry its last line of one page again, invisibly, in the margin of the next, and
    pdftotext would read it twice. A paragraph longer than a page still splits.
    """
    from PySide6.QtGui import QTextCursor, QTextFormat

    page = doc.pageSize()
    block = doc.begin()
    while block.isValid():
        lines = block.layout()
        count = lines.lineCount()
        if count > 1:
            top = lines.position().y() + lines.lineAt(0).y()
            last = lines.lineAt(count - 1)
            bottom = lines.position().y() + last.y() + last.height()
            if int(top // page.height()) != int((bottom - CLIP_INSET_PT) // page.height()) and (
                bottom - top < page.height()
            ):
                block_format = block.blockFormat()
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(block_format)
                _layout_fully(doc)  # everything after this block moved
        block = block.next()


def _layout_fully(doc: QTextDocument) -> None:
    """Lays the whole document out now: Qt otherwise finishes long documents in idle time,
    from the event loop, which a headless render never runs."""
    doc.setPageSize(doc.pageSize())  # a full relayout
    doc.documentLayout().documentSize()  # waits for it to finish


def render_pdf(letters: Sequence[Letter], page_size: str = "A4") -> bytes:
    """The letters as one PDF, in memory; each letter starts on a new page."""
    doc = build_batch_document(letters, page_size)
    return _print_in_memory(doc, PDF_TITLE, page_layout(page_size), page_size)


def _print_in_memory(
    doc: QTextDocument, title: str, layout: QPageLayout, page_size: str, footer: QFont | None = None
) -> bytes:
    """Paints a laid-out document through QPdfWriter into a QBuffer: the one place a PDF is
    made, so neither letters nor reports (both hold case plaintext) touch a temporary file."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):
        raise PdfError("Could not open an in-memory buffer for the PDF.")
    writer = QPdfWriter(buffer)
    writer.setCreator(PDF_CREATOR)
    writer.setTitle(title)
    if not writer.setPageLayout(layout):
        raise PdfError(f"The PDF writer refused the {page_size} page layout.")
    paint_pages(doc, writer, footer=footer)
    del writer
    buffer.close()
    pdf = bytes(data.data())
    if not pdf.startswith(b"%PDF-"):
        raise PdfError("Qt produced no PDF.")
    return pdf


REPORT_SIZES = {"heading": SUBJECT_PT, "body": BODY_PT - 1, "small": BODY_PT - 3}


def render_report(blocks: Sequence[tuple[str, str]], title: str, page_size: str = "A4") -> bytes:
    """A plain report (the evidence package's, evidence/report.py) as a PDF in memory: each
    block a paragraph of a style in REPORT_SIZES ("heading" in bold), in the bundled font, with
    "Page n of N" below every page. Built like the letters: cursor and formats, never markup.
    Long listings go in "small" lines that fit the width: a paragraph that straddles two
    pages costs a layout of the whole document (_keep_paragraphs_together)."""
    layout = page_layout(page_size)
    families = [font_family()]
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import (
        QPageLayout,
        QTextBlockFormat,
        QTextCharFormat,
        QTextCursor,
        QTextDocument,
    )

    doc = QTextDocument()
    doc.setDefaultFont(letter_font(families, BODY_PT - 1))
    doc.setDocumentMargin(0)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    area = layout.paintRect(QPageLayout.Unit.Point)
    doc.setPageSize(QSizeF(area.width(), math.floor(area.height()) - FOOTER_PT))
    # One font and format per style, not per block: a report lists a thousand revisions.
    styles: dict[str, tuple[QTextCharFormat, QTextBlockFormat]] = {}
    for style in REPORT_SIZES:
        heading = style == "heading"
        fmt = QTextCharFormat()
        fmt.setFont(letter_font(families, REPORT_SIZES[style], bold=heading))
        block_format = QTextBlockFormat()
        block_format.setTopMargin(PARAGRAPH_GAP_PT if heading else 0.0)
        block_format.setBottomMargin(PARAGRAPH_GAP_PT / (8 if style == "small" else 2))
        styles[style] = (fmt, block_format)
    cursor = QTextCursor(doc)
    for index, (text, style) in enumerate(blocks):
        fmt, block_format = styles[style]
        if index:
            cursor.insertBlock(block_format, fmt)
        else:
            cursor.setBlockFormat(block_format)
        cursor.setBlockCharFormat(fmt)
        cursor.insertText(clean(text), fmt)
    _layout_fully(doc)
    _keep_paragraphs_together(doc)
    footer = letter_font(families, BODY_PT - 2)
    return _print_in_memory(doc, title, layout, page_size, footer=footer)


def paint_pages(doc: QTextDocument, device: QPagedPaintDevice, footer: QFont | None = None) -> int:
    """Paints a document from build_document onto a PDF writer or a printer; returns the
    number of pages.

    QTextDocument.print_ would do, except that it also paints the first line of the next page
    into the bottom margin (clipped, so invisible on paper, but still in the PDF's text layer:
    pdftotext then reads every letter's date line twice). Clipping each page a hair short of
    the page boundary keeps every line on exactly one page.
    """
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette

    page = doc.pageSize()
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(device):
        raise PdfError("Could not start painting the letters (is the printer or file ready?).")
    try:
        # Document units are points; scale them onto the device's printable area.
        scale = min(device.width() / page.width(), device.height() / page.height())
        painter.scale(scale, scale)
        for index in range(pages):
            if index and not device.newPage():
                raise PdfError(f"Could not start page {index + 1} of the letters.")
            top = index * page.height()
            painter.save()
            painter.translate(0, -top)
            # Half a point inside the page at both ends: a line touching the boundary belongs
            # to the other page (lines are 13 pt high, so none of this page's is lost).
            view = QRectF(0, top + CLIP_INSET_PT, page.width(), page.height() - 2 * CLIP_INSET_PT)
            painter.setClipRect(view)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = view
            # Black on white whatever the desktop theme says text colour is.
            context.palette.setColor(QPalette.ColorRole.Text, Qt.GlobalColor.black)
            doc.documentLayout().draw(painter, context)
            painter.restore()
            if footer is not None:  # the page number, in the band below the page's text
                painter.setFont(footer)
                painter.setPen(Qt.GlobalColor.black)
                band = QRectF(0, page.height(), page.width(), FOOTER_PT)
                painter.drawText(band, Qt.AlignmentFlag.AlignCenter, f"Page {index + 1} of {pages}")
    finally:
        painter.end()  # for a PDF writer this writes the trailer
    return pages


def write_pdf(letters: Sequence[Letter], path: Path, page_size: str = "A4") -> None:
    """Writes the PDF to ``path`` (0600, replaced atomically once complete)."""
    save_beside(Path(path), render_pdf(letters, page_size))


def _write_letter(
    cursor: QTextCursor, letter: Letter, families: Sequence[str], *, new_page: bool
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import (
        QTextBlockFormat,
        QTextCharFormat,
        QTextFormat,
        QTextListFormat,
    )

    def char_format(bold: bool = False, size: int = BODY_PT) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFont(letter_font(families, size, bold=bold))
        return fmt

    plain, bold = char_format(), char_format(bold=True, size=SUBJECT_PT)
    first = [True]  # the first block of this letter reuses the cursor's current block

    def block(
        text: str,
        *,
        gap_before: float = 0.0,
        gap_after: float = 0.0,
        right: bool = False,
        fmt: QTextCharFormat = plain,
        indent: float = 0.0,
    ) -> None:
        block_format = QTextBlockFormat()
        block_format.setTextIndent(indent)
        block_format.setTopMargin(gap_before)
        block_format.setBottomMargin(gap_after)
        block_format.setAlignment(
            Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        )
        if first[0]:
            if new_page:
                block_format.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            if cursor.position() == 0:
                cursor.setBlockFormat(block_format)
            else:
                cursor.insertBlock(block_format, fmt)
            first[0] = False
        else:
            cursor.insertBlock(block_format, fmt)
        cursor.setBlockCharFormat(fmt)
        cursor.insertText(clean(text), fmt)

    gap = PARAGRAPH_GAP_PT
    indent = conventions(letter.lang).paragraph_indent * BODY_PT  # characters of body size
    block(letter.date_line, right=True, gap_after=2 * gap)
    for line in letter.addressee:
        block(line)
    block(letter.subject, gap_before=2 * gap, gap_after=gap, fmt=bold)
    block(letter.salutation, gap_before=gap, gap_after=gap)
    for paragraph in letter.paragraphs():
        block(paragraph, gap_after=gap, indent=indent)
    if letter.demands:
        if letter.demands_heading.strip():
            block(letter.demands_heading, gap_after=gap / 2)
        list_format = QTextListFormat()
        list_format.setStyle(QTextListFormat.Style.ListDecimal)
        list_format.setIndent(1)
        text_list = None
        for demand in letter.demands:
            block(demand, gap_after=gap / 2)
            if text_list is None:
                text_list = cursor.createList(list_format)
            else:
                text_list.add(cursor.block())
    if letter.personal_note.strip():
        block(letter.personal_note, gap_before=gap, gap_after=gap, indent=indent)
    block(letter.closing, gap_before=gap, gap_after=2 * gap, indent=indent)
    for line in letter.sender:
        block(line)
    if letter.signatories:
        block(letter.signatories[0], gap_before=2 * gap)
        for line in letter.signatories[1:]:
            block(line)
