"""Uyghur: the interface in Arabic script, laid out right to left, in a font that has every
letter it uses; and the language in the chooser."""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from vigil.resources import resource
from vigil.settings import Settings
from vigil.ui.controller import AppController
from vigil.ui.i18n import FONTS, Languages, bundled_family
from vigil.ui.settings_dialog import SettingsDialog

ROOT = Path(__file__).resolve().parents[2]


def uyghur_texts() -> list[str]:
    """Every translation in vigil_ug.ts, each plural form too."""
    tree = ET.parse(ROOT / "resources" / "i18n" / "vigil_ug.ts")  # noqa: S314 (our own file)
    texts = []
    for node in tree.iter("translation"):
        texts += [f.text or "" for f in node.findall("numerusform")] or [node.text or ""]
    return texts


def arabic_letters(texts: list[str]) -> set[str]:
    return {c for text in texts for c in text if unicodedata.name(c, "").startswith("ARABIC")}


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[Languages]:
    chosen = Languages(qapp)
    yield chosen
    chosen.apply("en")


def test_uyghur_lays_the_interface_out_right_to_left(languages: Languages) -> None:
    assert languages.apply("ug") == "ug"
    app = languages.app
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("MainWindow", "&Vault") == "&ئامبار"
    label = QLabel("x")
    assert label.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # Back to a left-to-right language: the layout and the desktop's font come back.
    assert languages.apply("ru") == "ru"
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert app.font().family() == languages.desktop_font.family()


def test_qt_own_buttons_speak_uyghur(languages: Languages, qtbot: Any) -> None:
    """Qt ships no Uyghur for its standard buttons; ours (qtbase_ug.ts) fills the gap."""
    languages.apply("ug")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert ok is not None and cancel is not None
    assert ok.text().replace("&", "") == "ماقۇل"
    assert cancel.text().replace("&", "") == "بىكار قىلىش"


def test_the_bundled_font_shows_every_uyghur_letter_of_the_interface(
    languages: Languages,
) -> None:
    letters = arabic_letters(uyghur_texts())
    # the letters that set Uyghur apart from Arabic and Persian are all in use
    assert set("ېۆۇۈۋڭەھئ") <= letters
    languages.apply("ug")
    family = bundled_family("ug")
    assert family == "Noto Naskh Arabic UI"
    assert QFontDatabase.families().count(family) == 1  # registered once, not per switch
    assert languages.app.font().families()[0] == family
    for name in FONTS["ug"]:
        raw = QRawFont(str(resource("fonts", name)), 12)
        assert raw.isValid(), name
        missing = sorted(c for c in letters if not raw.supportsCharacter(ord(c)))
        assert missing == [], f"{name} lacks {missing}"
    # a label of the interface resolves to the bundled font, not to a fallback
    label = QLabel("ئامبارنىڭ قۇلۇپىنى ئېچىش")
    assert QFontInfo(label.font()).family() == family


def test_the_font_leaves_latin_text_to_the_desktop_font(languages: Languages) -> None:
    """Names and addresses in Latin script still show: the bundled font has no Latin letters,
    so the desktop's font stands behind it."""
    languages.apply("ug")
    families = languages.app.font().families()
    assert families[1:] == [languages.desktop_font.family()]
    for name in FONTS["ug"]:
        raw = QRawFont(str(resource("fonts", name)), 12)
        # Noto's own file draws digits, the full stop and the comma to sit with Arabic letters:
        # in front of the desktop's font they made "In March 2019." raised and small.
        latin = [c for c in "AZaz09 .,:!" if raw.supportsCharacter(ord(c))]
        assert latin == [], f"{name} would draw {latin} of Latin text"


def test_the_language_chooser_offers_uyghur_by_its_own_name(qtbot: Any) -> None:
    dialog = SettingsDialog(Settings(language="ug"))
    qtbot.addWidget(dialog)
    index = dialog.language.findData("ug")
    assert index >= 0
    assert dialog.language.itemText(index) == "ئۇيغۇرچە"
    assert dialog.language.currentIndex() == index


def test_switching_to_uyghur_rebuilds_the_windows_right_to_left(
    qtbot: Any, controller: AppController
) -> None:
    from tests.support.ui_flow import create_vault

    create_vault(qtbot, controller)
    try:
        controller.switch_language("ug")
        assert controller.main is not None
        assert controller.main.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert controller.main.menuBar().actions()[0].text().replace("&", "") == "ئامبار"
        assert controller.main.case_view.tabText(2) == "ۋاقىت تىزىمى"
        # The Join HQ pins: Uyghur words in the bundled font, not in a fixed-width font's
        # stretched Arabic letters (seen in the screenshots); the fingerprints fixed-width.
        from vigil.ui.join_hq import JoinHqDialog

        join = JoinHqDialog(controller.main, controller.main.ctx, None, "")
        qtbot.addWidget(join)
        assert join.pins.font().families() == ["Noto Naskh Arabic UI", "monospace"]
        controller.languages.apply("en")
        english = JoinHqDialog(controller.main, controller.main.ctx, None, "")
        qtbot.addWidget(english)
        assert english.pins.font().families()[:1] == ["monospace"]
    finally:
        controller.languages.apply("en")


def _left_to_right(text: str, first: str, last: str, font: Any) -> bool:
    """Whether ``first`` is shown left of ``last`` when Qt lays ``text`` out right to left."""
    from PySide6.QtGui import QTextLayout, QTextOption

    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    start = text.index(first)
    end = text.index(last, start + len(first))

    def x(position: int) -> float:
        found = line.cursorToX(position)
        return float(found[0] if isinstance(found, tuple) else found)

    # Inside each token, where the cursor is not on a boundary between two runs.
    return x(start + 1) < x(end + 1)


def test_a_date_in_uyghur_text_keeps_its_order(languages: Languages) -> None:
    """After Arabic letters the digits of 2019-08-26 count as Arabic numbers and the hyphens
    split them: the deadline showed as 26-08-2019 (seen in the Uyghur screenshots). Each
    inserted value sits in its own bidi isolate."""
    languages.apply("ug")
    was = QCoreApplication.translate("Appeals", "was %1").replace("%1", "2019-08-26")
    assert _left_to_right(was, "2019", "26", languages.app.font())
    bare = was.replace("\u2068", "").replace("\u2069", "")
    assert not _left_to_right(bare, "2019", "26", languages.app.font())  # the check can fail


def test_every_inserted_value_of_a_uyghur_text_is_isolated(languages: Languages) -> None:
    """Whoever adds a string to vigil_ug.ts, its values are isolated as it is translated."""
    languages.apply("ug")
    tree = ET.parse(ROOT / "resources" / "i18n" / "vigil_ug.ts")  # noqa: S314 (our own file)
    checked, unisolated = 0, []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if not re.search(r"%\d", source):
                continue
            n = 2 if message.get("numerus") == "yes" else -1
            text = QCoreApplication.translate(name, source, None, n)
            checked += 1
            if text == source or re.search(r"(?<!\u2068)%\d|%\d(?!\u2069)", text):
                unisolated.append(text)
    assert checked > 70
    assert unisolated == []
    languages.apply("en")
    english = QCoreApplication.translate("Appeals", "was %1")
    assert english == "was %1"  # left-to-right languages are left as they are


def test_a_value_label_sits_by_its_caption_in_a_right_to_left_window(
    languages: Languages, qtbot: Any
) -> None:
    """Seen in the Uyghur sync panel: "2026-12-07 09:42 UTC" sat at the far left, because a
    label aligns by its own text's direction."""
    languages.apply("ug")
    value, centred = QLabel("2026-12-07 09:42 UTC"), QLabel("x")
    centred.setAlignment(Qt.AlignmentFlag.AlignCenter)
    for label in (value, centred):
        qtbot.addWidget(label)
        label.show()
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
    assert value.alignment() & right == right
    assert centred.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask == (
        Qt.AlignmentFlag.AlignHCenter
    )
    languages.apply("en")
    english = QLabel("2026-12-07 09:42 UTC")
    qtbot.addWidget(english)
    english.show()
    assert english.alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask == Qt.AlignmentFlag.AlignLeft


def test_a_search_snippet_keeps_its_word_order_in_a_right_to_left_window(
    languages: Languages, qtbot: Any
) -> None:
    """Seen in the Uyghur search window: an English snippet painted piece by piece from the
    right read "...for three months. He had Almaty release — 300 fine; not leave"."""
    from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from vigil.ui.search import SNIPPET_ROLE, HighlightDelegate, snippet_layout
    from vigil.vault.search import HIT_END, HIT_START

    snippet = f"300 fine; not leave {HIT_START}Almaty{HIT_END} for three months."
    layout, x = snippet_layout(snippet, QFont(), True, 2000)
    text, line = layout.text(), layout.lineAt(0)

    def at(word: str) -> float:
        found = line.cursorToX(text.index(word) + 1)
        return float(found[0] if isinstance(found, tuple) else found)

    assert at("fine") < at("Almaty") < at("months")
    assert [(r.start, r.length) for r in layout.formats()] == [(text.index("Almaty"), 6)]
    assert layout.formats()[0].format.fontWeight() == QFont.Weight.Bold
    assert x > 0  # it fits: at the window's leading edge, the right
    assert snippet_layout(snippet, QFont(), True, 40)[1] == 0  # too long: its own start shows
    uyghur = f"ئامبار {HIT_START}قۇلۇپ{HIT_END} ئېچىش ماسقەدەملەش"
    assert snippet_layout(uyghur, QFont(), False, 10)[1] < 0  # a long Uyghur one: its start too
    # and the delegate paints it, in a right-to-left view
    languages.apply("ug")
    model = QStandardItemModel()
    item = QStandardItem("x")
    item.setData(snippet, SNIPPET_ROLE)
    model.appendRow(item)
    view = QTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(HighlightDelegate(view))
    view.resize(500, 100)
    view.show()
    image = view.grab().toImage()
    assert len({image.pixel(x, y) for x in range(0, 500, 5) for y in range(0, 40, 3)}) > 3


def test_the_seizure_time_reads_left_to_right_in_a_right_to_left_window(
    languages: Languages, qtbot: Any
) -> None:
    """Seen in the Uyghur shot of the desk's "Seized…" dialog: Qt mirrored the time's sections,
    so 21:58:18 on 2026-12-07 read "18:58:21 07-12-2026", another time altogether."""
    from PySide6.QtWidgets import QWidget

    from vigil.ui.hq_seize import SeizeDialog

    languages.apply("ug")
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = SeizeDialog(parent, "x", "y", "z")
    dialog.show()
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft  # the dialog is Uyghur
    assert dialog.when.layoutDirection() == Qt.LayoutDirection.LeftToRight  # its time is not
    assert dialog.when.text()[:4].isdigit() and dialog.when.text()[4] == "-"  # year first
    dialog.close()


def test_what_uyghur_does_not_translate_stays_as_qt_and_the_code_wrote_it(
    languages: Languages,
) -> None:
    """A string no Uyghur file holds (Qt's own page-size names, any message of a library) is
    Qt's source text, not an empty one: an empty answer counted as a translation, so A4 lost
    its name and its size, and every PDF (an evidence package's report) failed to paint."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QPageSize

    from vigil.appeals.pdf import render_report

    languages.apply("ug")
    assert QCoreApplication.translate("NoSuchContext", "Left as written") == "Left as written"
    a4 = QPageSize(QPageSize.PageSizeId.A4)
    assert a4.isValid() and a4.name() == "A4"
    assert render_report([("Report", "heading"), ("Body text.", "body")], "t").startswith(b"%PDF-")
