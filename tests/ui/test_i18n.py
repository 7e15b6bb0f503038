"""Languages: every string translated, placeholders intact, switching without a restart."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from vigil.ui.controller import AppController

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"%(?:n|\d)")


def messages(lang: str) -> list[ET.Element]:
    # our own files, in the repository: not untrusted input
    return list(ET.parse(I18N / f"vigil_{lang}.ts").iter("message"))  # noqa: S314


@pytest.mark.parametrize("lang", ["ru", "kk", "ug"])
def test_every_string_is_translated_with_its_placeholders(lang: str) -> None:
    found = messages(lang)
    assert len(found) > 300
    problems = []
    for message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not all(forms):
            problems.append(f"untranslated: {source!r}")
            continue
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {source!r} -> {form!r}")
    assert problems == []


def core_sentence_modules() -> list[str]:
    """The core modules that mark sentences the app shows too (vigil/words.py)."""
    core = ROOT / "desktop" / "vigil"
    return sorted(
        str(p) for p in core.rglob("*.py")
        if p.parent.name != "ui" and p.name != "words.py"
        and "QT_TRANSLATE_NOOP(" in p.read_text("utf-8")
    )  # fmt: skip


def test_the_core_sentences_the_app_shows_are_found() -> None:
    assert any(p.endswith("backup_words.py") for p in core_sentence_modules())


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "ug"])
def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path, lang: str) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate, "pyside6-lupdate comes with PySide6"
    copy = tmp_path / f"vigil_{lang}.ts"
    shutil.copy(I18N / f"vigil_{lang}.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "desktop" / "vigil" / "ui").glob("*.py"))
    sources += core_sentence_modules()
    out = subprocess.run([lupdate, *sources, "-ts", str(copy)], capture_output=True,
                         text=True, check=True)  # fmt: skip
    assert "(0 new and" in out.stdout, out.stdout


def test_switching_language_rebuilds_the_windows(qtbot: Any, controller: AppController) -> None:
    from tests.support.ui_flow import create_vault

    create_vault(qtbot, controller)
    assert controller.main is not None
    assert controller.main.menuBar().actions()[0].text() == "&Vault"
    controller.switch_language("ru")
    try:
        assert controller.main is not None
        assert controller.main.menuBar().actions()[0].text() == "&Хранилище"
        assert controller.main.case_view.tabText(2) == "Хронология"
        controller.switch_language("kk")
        assert controller.main is not None
        assert controller.main.case_view.tabText(2) == "Хронология"
        assert controller.main.menuBar().actions()[0].text().replace("&", "") == "Қойма"
    finally:
        controller.languages.apply("en")
