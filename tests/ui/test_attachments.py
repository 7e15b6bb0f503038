"""Attachments in the app: images, PDF pages and text shown from memory; a decrypted copy
saved only after a warning, and nothing written where the person said no."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage

from tests.support.dialogs import ScriptedDialogs
from tests.support.ui_flow import make_tab
from vigil.vault.store import Vault


def png_bytes() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def pdf_bytes(pages: int) -> bytes:
    document = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(200, 300)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_viewer_shows_image_pdf_and_text(
    qtbot: Any, vault: Vault, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    case_id = vault.save("case", {"title": "Evidence"}).item
    files = {"photo.png": png_bytes(), "report.pdf": pdf_bytes(3), "statement.txt": b"plain words"}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        vault.add_attachment(case_id, tmp_path / name)
    tab = make_tab(qtbot, vault, dialogs)
    tab.load(case_id)
    names = [tab.list.item(i).text().split("  ")[0] for i in range(tab.list.count())]
    viewer = tab.viewer
    tab.list.setCurrentRow(names.index("photo.png"))
    qtbot.waitUntil(lambda: viewer.currentWidget() is viewer.scroll, timeout=5_000)
    assert viewer.image.pixmap().width() == 40
    tab.list.setCurrentRow(names.index("report.pdf"))
    qtbot.waitUntil(lambda: viewer.currentWidget() is viewer.pdf_box, timeout=5_000)
    assert viewer.pdf_page.maximum() == 3 and not viewer.pdf_image.pixmap().isNull()
    viewer.pdf_page.setValue(2)
    assert viewer.pdf_page.value() == 2
    tab.list.setCurrentRow(names.index("statement.txt"))
    qtbot.waitUntil(lambda: viewer.text.toPlainText() == "plain words", timeout=5_000)
    tab.ctx.runner.wait()


def test_save_a_copy_only_after_the_warning(
    qtbot: Any, vault: Vault, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    case_id = vault.save("case", {"title": "Evidence"}).item
    (tmp_path / "statement.txt").write_bytes(b"the words of a witness")
    vault.add_attachment(case_id, tmp_path / "statement.txt")
    tab = make_tab(qtbot, vault, dialogs)
    tab.load(case_id)
    tab.list.setCurrentRow(0)
    target = tmp_path / "out" / "copy.txt"
    target.parent.mkdir()
    dialogs.confirms = [False]
    dialogs.saves = [str(target)]
    tab.save_copy()
    assert "unencrypted" in dialogs.informed[-1][1] and not target.exists()
    dialogs.confirms = [True]
    tab.save_copy()
    qtbot.waitUntil(target.exists, timeout=5_000)
    assert target.read_bytes() == b"the words of a witness"
    assert target.stat().st_mode & 0o777 == 0o600
    assert list(target.parent.iterdir()) == [target]
    tab.ctx.runner.wait()


def test_cancel_stops_the_import_and_keeps_nothing(
    qtbot: Any, vault: Vault, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """The file comes through a pipe the test feeds, so the import is certainly still running
    when Cancel is pressed: the outcome is decided, not raced (a cancel that does nothing
    would finish the import and keep the attachment)."""
    case_id = vault.save("case", {"title": "Evidence"}).item
    pipe = tmp_path / "recording.bin"
    os.mkfifo(pipe)
    tab = make_tab(qtbot, vault, dialogs)
    tab.load(case_id)
    tab.add_files([str(pipe)])
    assert tab.current_job is not None and not tab.cancel_button.isHidden()
    opened: list[int] = []

    def import_is_reading() -> bool:  # the writer's end opens once the import opened its end
        try:
            opened.append(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:  # ENXIO: no reader yet
            return False
        return True

    qtbot.waitUntil(import_is_reading, timeout=20_000)
    os.set_blocking(opened[0], True)
    # A blocking write into a pipe (64 KiB of buffer) returns only once the import has read
    # nearly all of it: the import is in the middle of the file when Cancel is pressed.
    with contextlib.suppress(BrokenPipeError), open(opened[0], "wb", buffering=0) as feed:
        feed.write(b"\1" * (1 << 20))
        tab.cancel()
        feed.write(b"\2" * (1 << 20))  # its next read sees the cancel and closes the pipe
    qtbot.waitUntil(lambda: tab.current_job is None, timeout=20_000)
    assert tab.hint.text().startswith("Cancelled")
    assert tab.list.count() == 0
    assert vault.items("attachment", case_id) == []
    left = [p.name for p in (vault.path / "attachments").iterdir() if p.name != ".lock"]
    assert left == []
    tab.ctx.runner.wait()


def test_adding_a_file_keeps_it(
    qtbot: Any, vault: Vault, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    case_id = vault.save("case", {"title": "Evidence"}).item
    photo = tmp_path / "photo.png"
    photo.write_bytes(png_bytes())
    tab = make_tab(qtbot, vault, dialogs)
    tab.load(case_id)
    tab.add_files([str(photo)])
    qtbot.waitUntil(lambda: tab.current_job is None, timeout=20_000)
    assert tab.hint.text().startswith("Encrypted")
    assert [i.payload["name"] for i in vault.items("attachment", case_id)] == ["photo.png"]
    assert tab.list.count() == 1
    tab.ctx.runner.wait()
