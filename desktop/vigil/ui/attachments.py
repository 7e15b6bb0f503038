"""Attachments: drop files in, view images, PDF pages and text in memory, save a copy.

Viewing never writes plaintext to disk: the blob is decrypted into memory by a worker, and
images and PDF pages are rendered from those bytes. Saving a decrypted copy is possible, but
only after a warning, and the copy is written aside and renamed only once it checks out.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vigil.crypto.errors import VigilError
from vigil.sizes import human_size
from vigil.ui.context import UiContext
from vigil.ui.tabs import CaseTab
from vigil.ui.widgets import plain_label
from vigil.ui.worker import Cancelled, Progress, Task
from vigil.vault.files import written_aside

ID = Qt.ItemDataRole.UserRole
MAX_PREVIEW_BYTES = 200 * 1024 * 1024
TEXT_TYPES = ("text/", "application/json", "application/xml")


def render_pdf_page(data: bytes, page_index: int, scale: float = 1.4) -> tuple[QImage, int]:
    """Render one page from PDF bytes in memory; return the image and the page count."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        count = len(document)
        page = document[max(0, min(page_index, count - 1))]
        bitmap = page.render(scale=scale, rev_byteorder=True)
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_RGB888
            if bitmap.n_channels == 3
            else QImage.Format.Format_RGBA8888,
        ).copy()
        return image, count
    finally:
        document.close()


class Viewer(QStackedWidget):
    """Shows decrypted bytes as an image, PDF pages or plain text; holds them only in memory."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Attachment viewer"))
        self.message = plain_label(self.tr("Choose an attachment to view it."))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image = QLabel()
        self.image.setAccessibleName(self.tr("Image"))
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        self.pdf_page = QSpinBox()
        self.pdf_page.setAccessibleName(self.tr("PDF page"))
        self.pdf_page.setMinimum(1)
        pdf_box = QWidget()
        pdf_layout = QVBoxLayout(pdf_box)
        pdf_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(plain_label(self.tr("Page:")))
        row.addWidget(self.pdf_page)
        row.addStretch(1)
        pdf_layout.addLayout(row)
        self.pdf_image = QLabel()
        self.pdf_image.setAccessibleName(self.tr("PDF page image"))
        pdf_scroll = QScrollArea()
        pdf_scroll.setWidget(self.pdf_image)
        pdf_scroll.setWidgetResizable(True)
        pdf_layout.addWidget(pdf_scroll)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Attachment text"))
        for widget in (self.message, scroll, pdf_box, self.text):
            self.addWidget(widget)
        self.scroll, self.pdf_box = scroll, pdf_box
        self._pdf: bytes = b""
        self.pdf_page.valueChanged.connect(self._show_pdf_page)

    def show_message(self, text: str) -> None:
        self.clear_content()
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_bytes(self, data: bytes, media_type: str, name: str) -> None:
        self.clear_content()
        if media_type == "application/pdf" or name.lower().endswith(".pdf"):
            self._pdf = data
            self._show_pdf_page(1)
            return
        if media_type.startswith("image/"):
            image = QImage.fromData(data)
            if not image.isNull():
                self.image.setPixmap(QPixmap.fromImage(image))
                self.setCurrentWidget(self.scroll)
                return
        if media_type.startswith(TEXT_TYPES) or _looks_like_text(data):
            self.text.setPlainText(data.decode("utf-8", "replace"))
            self.setCurrentWidget(self.text)
            return
        self.show_message(self.tr("This kind of file cannot be shown inside Vigil."))

    def _show_pdf_page(self, number: int) -> None:
        if not self._pdf:
            return
        try:
            image, count = render_pdf_page(self._pdf, number - 1)
        except Exception:
            self.show_message(self.tr("This PDF is damaged or cannot be shown."))
            return
        self.pdf_page.blockSignals(True)
        self.pdf_page.setMaximum(count)
        self.pdf_page.setValue(number)
        self.pdf_page.blockSignals(False)
        self.pdf_image.setPixmap(QPixmap.fromImage(image))
        self.setCurrentWidget(self.pdf_box)

    def clear_content(self) -> None:
        self._pdf = b""
        self.image.clear()
        self.pdf_image.clear()
        self.text.clear()
        self.text.document().clearUndoRedoStacks()


def _looks_like_text(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class AttachmentsTab(CaseTab):
    def __init__(self, ctx: UiContext) -> None:
        super().__init__(ctx)
        self.setAcceptDrops(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attachments"))
        self.viewer = Viewer()
        self.add_button = QPushButton(self.tr("Add files…"))
        self.add_button.setAccessibleName(self.tr("Add files"))
        self.save_button = QPushButton(self.tr("Save a decrypted copy…"))
        self.save_button.setAccessibleName(self.tr("Save a decrypted copy"))
        self.open_button = QPushButton(self.tr("Open in another program…"))
        self.open_button.setAccessibleName(self.tr("Open in another program"))
        # QDesktopServices.openUrl, unless a test looks on (it would start a real program)
        self.open_url = QDesktopServices.openUrl
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel adding the file"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Encryption progress"))
        self.hint = plain_label(self.tr("Drop files here to encrypt them into the case."))
        for widget in (self.progress, self.cancel_button):
            widget.hide()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.progress)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.cancel_button)
        left_layout.addLayout(row)
        left_layout.addWidget(self.save_button)
        left_layout.addWidget(self.open_button)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.viewer)
        splitter.setSizes([220, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.current_job: Progress | None = None
        self.view_job: Progress | None = None
        self.list.currentItemChanged.connect(self._view)
        self.add_button.clicked.connect(self._choose)
        self.save_button.clicked.connect(self.save_copy)
        self.open_button.clicked.connect(self.open_outside)
        self.cancel_button.clicked.connect(self.cancel)

    def load(self, case_id: str) -> None:
        super().load(case_id)
        self.list.clear()
        self.viewer.show_message(self.tr("Choose an attachment to view it."))
        for item in self.ctx.vault.items("attachment", case_id):
            size = int(item.payload.get("size", 0))
            entry = QListWidgetItem(f"{item.payload['name']}  ({human_size(size)})")
            entry.setData(ID, item.id)
            self.list.addItem(entry)

    def _selected(self) -> str | None:
        entry = self.list.currentItem()
        return str(entry.data(ID)) if entry else None

    # -- adding ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.case_id and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        self.add_files([f for f in files if os.path.isfile(f)])
        event.acceptProposedAction()

    def _choose(self) -> None:
        self.add_files(self.ctx.dialogs.open_files(self, self.tr("Add files to the case")))

    def add_files(self, files: list[str]) -> None:
        if not files or not self.case_id or self.current_job is not None:
            return
        vault, case_id = self.ctx.vault, self.case_id
        total = sum(os.path.getsize(f) for f in files) or 1

        def work(progress: Progress) -> list[str]:
            done_before = 0
            added = []
            for path in files:

                def step(read: int, base: int = done_before) -> None:
                    if progress.cancelled:
                        raise Cancelled()
                    progress.report(base + read, total)

                rev = vault.add_attachment(case_id, Path(path), progress=step)
                added.append(rev.item)
                done_before += os.path.getsize(path)
            return added

        self.progress.setRange(0, 1000)
        self.progress.setValue(0)
        for widget in (self.progress, self.cancel_button):
            widget.show()
        self.add_button.setEnabled(False)
        self.current_job = (
            Task(work)
            .on_progress(lambda done, whole: self.progress.setValue(int(1000 * done / whole)))
            .success(self._added)
            .failure(self._add_failed)
            .run(self.ctx.runner, owner=self)
        )

    def cancel(self) -> None:
        if self.current_job is not None:
            self.current_job.cancel()

    def _finish_job(self) -> None:
        cancelled = self.current_job is not None and self.current_job.cancelled
        self.current_job = None
        for widget in (self.progress, self.cancel_button):
            widget.hide()
        self.add_button.setEnabled(True)
        if self.case_id:
            self.load(self.case_id)
        self.changed.emit()
        if cancelled:
            self.hint.setText(self.tr("Cancelled; nothing of the unfinished file was kept."))

    def _added(self, _ids: list[str]) -> None:
        self.hint.setText(self.tr("Encrypted into the case."))
        self._finish_job()

    def _add_failed(self, exc: BaseException) -> None:
        cancelled = self.current_job is not None and self.current_job.cancelled
        self._finish_job()
        if not cancelled:
            self.fail(exc)

    # -- viewing and saving ---------------------------------------------------------------

    def _view(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            self.viewer.show_message(self.tr("Choose an attachment to view it."))
            return
        item = self.ctx.vault.get(str(current.data(ID)))
        if item is None:
            return
        if int(item.payload.get("size", 0)) > MAX_PREVIEW_BYTES:
            self.viewer.show_message(self.tr("This file is too large to show inside Vigil."))
            return
        vault, item_id = self.ctx.vault, item.id

        def work(_progress: Progress) -> bytes:
            buffer = io.BytesIO()
            vault.read_attachment(item_id, buffer)
            return buffer.getvalue()

        media, name = str(item.payload.get("media_type", "")), str(item.payload["name"])
        self.viewer.show_message(self.tr("Decrypting…"))
        Task(work).success(lambda data: self._show(item_id, data, media, name)).failure(
            lambda exc: self.viewer.show_message(
                str(exc) if isinstance(exc, VigilError) else self.tr("The file cannot be read.")
            )
        ).run(self.ctx.runner, owner=self)

    def _show(self, item_id: str, data: bytes, media: str, name: str) -> None:
        if self._selected() == item_id and self.case_id:
            self.viewer.show_bytes(data, media, name)

    def save_copy(self) -> None:
        item_id = self._selected()
        item = self.ctx.vault.get(item_id) if item_id else None
        if item is None:
            return
        warning = self.tr(
            "The copy will be an ordinary, unencrypted file. Anyone who can reach this "
            "computer's disk, or a backup of it, can read it. Delete it when you no longer "
            "need it. Save a decrypted copy anyway?"
        )
        if not self.ctx.dialogs.confirm(self, self.tr("Save a decrypted copy"), warning):
            return
        target = self.ctx.dialogs.save_file(
            self, self.tr("Save a decrypted copy"), str(item.payload["name"])
        )
        if not target:
            return
        vault, item_id_ = self.ctx.vault, item.id

        def work(_progress: Progress) -> str:
            with written_aside(Path(target)) as handle:
                vault.read_attachment(item_id_, handle)
            return target

        Task(work).success(lambda _: self.hint.setText(self.tr("Decrypted copy saved."))).failure(
            self.fail
        ).run(self.ctx.runner, owner=self)

    def open_outside(self) -> None:
        """Decrypt into the private scratch folder (vault/scratch.py), after a warning, and
        hand the file to the desktop's program for it. The copy is wiped on lock and exit."""
        from vigil.vault import scratch

        item_id = self._selected()
        item = self.ctx.vault.get(item_id) if item_id else None
        if item is None:
            return
        warning = self.tr(
            "Vigil will decrypt this file into a private folder and open it in another "
            "program. Vigil wipes that copy when it locks or quits, but the other program may "
            "keep its own traces: a recent-files list, thumbnails, autosaved or cached copies. "
            "Open it anyway?"
        )
        if not self.ctx.dialogs.confirm(self, self.tr("Open in another program"), warning):
            return
        vault, item_id_, name = self.ctx.vault, item.id, str(item.payload["name"])

        def work(_progress: Progress) -> str:
            return str(
                scratch.write_copy(vault.path, name, lambda h: vault.read_attachment(item_id_, h))
            )

        def opened(path: str) -> None:
            if not self.open_url(QUrl.fromLocalFile(path)):
                self.hint.setText(self.tr("No program on this computer opens this kind of file."))

        Task(work).success(opened).failure(self.fail).run(self.ctx.runner, owner=self)

    def clear(self) -> None:
        super().clear()
        self.list.clear()
        self.viewer.clear_content()
        self.viewer.show_message("")


__all__: list[Any] = ["AttachmentsTab", "render_pdf_page"]
