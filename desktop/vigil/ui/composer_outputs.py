"""What the composer makes of its letters: PDF, print, an .eml draft, a mailto: link, a copy.

Letters hold case text, so nothing is written to a temporary folder: the PDF and the .eml draft
go only where the person chooses in a save dialog (0600, replaced atomically), and the PDF is
built in memory. Opening a mailto: link or a draft proves nothing about sending, so these
outputs mark an appeal "exported" or "opened" only; "sent" is for a person to confirm on the
status board.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from vigil.appeals import pdf
from vigil.appeals.mail import MailtoTooLong, build_eml, mailto_link
from vigil.crypto.errors import VigilError
from vigil.ui.composer_state import ComposerState
from vigil.ui.context import UiContext
from vigil.ui.widgets import message, plain_label
from vigil.ui.worker import Progress, Task
from vigil.vault.files import save_beside

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def ask_printer(parent: QWidget, page_size: str) -> QPrinter | None:
    """The system print dialog; None when the person cancels. Tests replace this function."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(pdf.page_layout(page_size))
    printer.setDocName(pdf.PDF_TITLE)  # print queues show it: never the subject
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def _button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(text)
    return button


class Outputs(QObject):
    """The output buttons under the preview. They read the composer's state only, wait for
    letters that match the form (``when_current``) and report what they produced
    (``record``), so this module knows nothing of the composer's widgets."""

    def __init__(
        self,
        parent: QWidget,
        ctx: UiContext,
        state: ComposerState,
        when_current: Callable[[Callable[[], None]], None],
        record: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget, self.ctx, self.state = parent, ctx, state
        self.record = record
        self.page = QComboBox()
        self.page.setAccessibleName(self.tr("Paper size"))
        for size in pdf.PAGE_SIZES:
            self.page.addItem(size, size)
        # A visible label, its buddy: on Linux a screen reader names a combo box only by its
        # label (Qt gives the combo's own name its current choice, "A4").
        self.page_box = QWidget()
        page_row = QHBoxLayout(self.page_box)
        page_row.setContentsMargins(0, 0, 0, 0)
        page_label = QLabel(self.tr("Paper size:"))
        page_label.setBuddy(self.page)
        page_row.addWidget(page_label)
        page_row.addWidget(self.page, 1)
        # QDesktopServices.openUrl, unless a test looks on: it hands the link or file to the
        # desktop's mail program, which a test must not start.
        self.open_url = QDesktopServices.openUrl
        self.pdf_button = _button(self.tr("Save as PDF…"))
        self.print_button = _button(self.tr("Print…"))
        self.eml_button = _button(self.tr("E-mail draft (.eml)…"))
        self.mailto_button = _button(self.tr("Open in the mail program"))
        self.copy_button = _button(self.tr("Copy the text"))
        self.notice = plain_label(name=self.tr("What happened"))
        # Typing in the last quarter second has not reached the preview yet: every output
        # waits for the letters that match what is on screen, never an older render.
        slots = (
            (self.pdf_button, self.save_pdf),
            (self.print_button, self.print_),
            (self.eml_button, self.save_eml),
            (self.mailto_button, self.open_mailto),
            (self.copy_button, self.copy),
        )
        for button, slot in slots:
            button.clicked.connect(lambda _=False, slot=slot: when_current(slot))
        self.update_enabled()

    @property
    def page_size(self) -> str:
        return str(self.page.currentData() or "A4")

    def buttons(self) -> list[QWidget]:
        return [self.pdf_button, self.print_button, self.page_box, self.eml_button,
                self.mailto_button, self.copy_button]  # fmt: skip

    def update_enabled(self) -> None:
        letters = self.state.letters
        for button in (self.pdf_button, self.print_button):
            button.setEnabled(bool(letters))
        # One e-mail, one link, one clipboard: these carry a single letter.
        single = len(letters) == 1
        for button in (self.eml_button, self.mailto_button, self.copy_button):
            button.setEnabled(single)
            button.setToolTip("" if single or not letters else self.tr(
                "One letter per signatory: save them as one PDF or print them."
            ))  # fmt: skip

    def say(self, text: str) -> None:
        self.notice.setText(text)

    def _ready(self) -> bool:
        """A letter to send needs a signer: the preview may go without, the outputs may not."""
        missing = self.state.not_ready()
        if missing == "no_signer":
            self.ctx.dialogs.inform(
                self.parent_widget, self.tr("Who signs?"),
                self.tr("Type the name you sign the letter with first."), warning=True,
            )  # fmt: skip
        return missing is None

    def _failed(self, title: str, exc: BaseException) -> None:
        text = str(exc) if isinstance(exc, VigilError | OSError) else type(exc).__name__
        self.ctx.dialogs.inform(self.parent_widget, title, text, warning=True)

    # -- files ------------------------------------------------------------------------------

    def save_pdf(self) -> None:
        if not self._ready():
            return
        path = self.ctx.dialogs.save_file(
            self.parent_widget, self.tr("Save the letters as PDF"), self.state.suggested_name("pdf")
        )
        if not path:
            return
        letters, size = [letter for _s, letter in self.state.letters], self.page_size
        pdf.font_family()  # fonts are registered on the GUI thread; the worker only lays out

        def work(_progress: Progress) -> None:
            pdf.write_pdf(letters, Path(path), size)

        def done(_result: None) -> None:
            self.record("exported")
            self.say(self.tr("Saved %n letter(s) as PDF.", "", len(letters)))

        Task(work).success(done).failure(
            lambda exc: self._failed(self.tr("The PDF was not saved"), exc)
        ).run(self.ctx.runner, owner=self.parent_widget)

    def print_(self) -> None:
        if not self._ready():
            return
        printer = ask_printer(self.parent_widget, self.page_size)
        if printer is None:
            return
        letters, size = [letter for _s, letter in self.state.letters], self.page_size

        def paint(_result: None) -> None:
            try:
                # On the GUI thread: a printer is a GUI device. A few pages take milliseconds.
                pdf.paint_pages(pdf.build_batch_document(letters, size), printer)
            except VigilError as exc:
                self._failed(self.tr("Not printed"), exc)
                return
            self.record("exported")
            self.say(self.tr("Sent %n letter(s) to the printer.", "", len(letters)))

        # A Chinese letter's font is cut first, on the worker: a second or more per weight.
        Task(lambda _progress: pdf.cut_cjk(letters)).success(paint).failure(
            lambda exc: self._failed(self.tr("Not printed"), exc)
        ).run(self.ctx.runner, owner=self.parent_widget)

    def save_eml(self) -> None:
        if not self._ready() or len(self.state.letters) != 1:
            return
        path = self.ctx.dialogs.save_file(
            self.parent_widget, self.tr("Save the e-mail draft"), self.state.suggested_name("eml")
        )
        if not path:
            return
        letter = self.state.letters[0][1]
        sender, size = self.state.inputs.sender, self.page_size
        name = self.state.suggested_name("pdf")
        pdf.font_family()

        def work(_progress: Progress) -> None:
            draft = build_eml(letter, pdf.render_pdf([letter], size), from_addr=sender.email,
                              filename=name)  # fmt: skip
            save_beside(Path(path), draft)

        def done(_result: None) -> None:
            self.record("exported")
            # The draft stays where the person put it: the mail program reads it from there.
            if self.open_url(QUrl.fromLocalFile(path)):
                self.record("opened")
                self.say(self.tr("The draft is open in the mail program; send it from there, "
                                 "then confirm it on the status board."))  # fmt: skip
            else:
                self.say(self.tr("The draft is saved; no program here opens .eml files. "
                                 "Open it from your mail program."))  # fmt: skip

        Task(work).success(done).failure(
            lambda exc: self._failed(self.tr("The draft was not saved"), exc)
        ).run(self.ctx.runner, owner=self.parent_widget)

    # -- links and the clipboard ------------------------------------------------------------

    def open_mailto(self) -> None:
        if not self._ready() or len(self.state.letters) != 1:
            return
        letter = self.state.letters[0][1]
        try:
            link = mailto_link(letter)
        except MailtoTooLong:
            self._too_long(len(letter.text()))
            return
        except VigilError as exc:
            self._failed(self.tr("No mail link"), exc)
            return
        if not self.open_url(QUrl.fromEncoded(link.encode("ascii"))):
            self.say(self.tr("No mail program answered the link."))
            return
        self.record("opened")
        self.say(self.tr("The letter is open in the mail program. Vigil cannot see whether it "
                         "was sent: confirm it on the status board once it is."))  # fmt: skip

    def _too_long(self, length: int) -> None:
        """Mail programs cut long links without a word; a cut letter is worse than none."""
        box = message(
            self.parent_widget,
            self.tr("The letter is too long for a mail link"),
            self.tr("Mail programs cut links this long without warning, so the letter "
                    "(%1 characters) would arrive incomplete. Save it as an e-mail draft "
                    "with the PDF attached, or copy the text into a new message.")
            .replace("%1", str(length)),
            QMessageBox.Icon.Information, QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        eml = box.addButton(self.tr("Save an e-mail draft…"), QMessageBox.ButtonRole.AcceptRole)
        copy = box.addButton(self.tr("Copy the text"), QMessageBox.ButtonRole.AcceptRole)
        eml.setAccessibleName(eml.text())
        copy.setAccessibleName(copy.text())
        box.exec()
        if box.clickedButton() is eml:
            self.save_eml()
        elif box.clickedButton() is copy:
            self.copy()

    def copy(self) -> None:
        if not self._ready() or len(self.state.letters) != 1:
            return
        letter = self.state.letters[0][1]
        self.ctx.clipboard.copy(letter.subject + "\n\n" + letter.text())
        self.record("exported")
        seconds = self.ctx.clipboard.clear_after_ms // 1000
        self.say(self.tr("Copied. The clipboard is cleared in %n second(s).", "", seconds))
