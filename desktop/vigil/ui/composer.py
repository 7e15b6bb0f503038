"""The letter composer: language, target, signers and a personal note in; a live preview out.

A thin widget over ``ComposerState`` (composer_state.py), which holds the state and its rules
in plain Python: this module copies what the person types into it and shows what it holds.
Templates are untrusted, so the gate and Fluent run on a worker (``composer_render``); the
preview follows the inputs after a short pause, and a result that arrives after newer input is
dropped. A template the gate refuses shows its file, line and problem where the preview would
be. The outputs (PDF, print, .eml, mailto, clipboard) live in ``composer_outputs``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from vigil.appeals import cjk_font
from vigil.appeals.letter import Letter
from vigil.appeals.model import UrgentAction
from vigil.appeals.render import Sender
from vigil.appeals.store import AppealStore
from vigil.crypto.errors import VigilError
from vigil.ui.appeal_texts import deadline_warning, language_name, target_check
from vigil.ui.clipboard import SensitiveTextEdit
from vigil.ui.composer_outputs import Outputs
from vigil.ui.composer_render import compose_letters, failure_text
from vigil.ui.composer_state import ComposerState, Inputs, Refusal
from vigil.ui.context import UiContext
from vigil.ui.widgets import plain_label
from vigil.ui.worker import Progress, Task

DEBOUNCE_MS = 250


class Composer(QWidget):
    rendered = Signal()  # the preview shows the current inputs
    failed = Signal(str)  # the current inputs give no letter; the text says why
    appeals_changed = Signal()

    def __init__(self, ctx: UiContext, store: AppealStore) -> None:
        super().__init__()
        self.ctx = ctx
        self.state = ComposerState(ctx.vault, store)
        self._loading = False  # the widgets are being filled from the state, not typed in
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)
        self._build()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.warning = plain_label(name=self.tr("Deadline warning"))
        self.warning.setStyleSheet("color: palette(highlight); font-weight: bold;")
        # A closed action's demands are for a time that has passed: no letter for it unless
        # the person says it is about the follow-up (the core refuses too).
        self.follow_up = QCheckBox(self.tr("I am writing about this action's follow-up"))
        self.follow_up.setAccessibleName(self.tr("I am writing about this action's follow-up"))
        self.follow_up.hide()
        self.review_note = plain_label(name=self.tr("Review state"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Letter language"))
        self.target = QComboBox()
        self.target.setAccessibleName(self.tr("Addressee"))
        self.target_note = plain_label(name=self.tr("Addressee check"))
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Who signs"))
        self.mode.addItem(self.tr("One letter signed by me"), "single")
        self.mode.addItem(self.tr("One letter per signatory"), "each")
        self.mode.addItem(self.tr("One letter signed by me and all signatories"), "together")
        self.sender_name = QLineEdit()
        self.sender_name.setAccessibleName(self.tr("Your name"))
        self.sender_city = QLineEdit()
        self.sender_city.setAccessibleName(self.tr("Your city"))
        self.city_note = plain_label(name=self.tr("City check"))
        self.city_note.hide()
        self.sender_email = QLineEdit()
        self.sender_email.setAccessibleName(self.tr("Your e-mail address"))
        self.sender_gender = QComboBox()
        self.sender_gender.setAccessibleName(self.tr("Write about me as"))
        self.sender_gender.addItem(self.tr("not given"), "unspecified")
        self.sender_gender.addItem(self.tr("a woman"), "feminine")
        self.sender_gender.addItem(self.tr("a man"), "masculine")
        self.note = SensitiveTextEdit(self.ctx.clipboard)
        self.note.setAccessibleName(self.tr("Personal note"))
        self.note.setPlaceholderText(self.tr("A few words of your own, added after the demands"))
        self.note.setMaximumHeight(110)
        self.edit_box = QCheckBox(self.tr("Edit the letter's text"))
        self.edit_box.setAccessibleName(self.tr("Edit the letter's text"))
        self.edits_note = plain_label()
        self.body = SensitiveTextEdit(self.ctx.clipboard)
        self.body.setAccessibleName(self.tr("Letter text"))
        self.body.hide()
        self.save_edit_button = QPushButton(self.tr("Keep the edit with this appeal"))
        self.save_edit_button.setAccessibleName(self.tr("Keep the edit with this appeal"))
        self.save_edit_button.hide()

        for combo in (self.language, self.target, self.mode):
            # Long titles and translations must not widen the form past the window.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&To:"), self.target)
        form.addRow("", self.target_note)
        form.addRow(self.tr("Si&gned:"), self.mode)
        form.addRow(self.tr("Your &name:"), self.sender_name)
        form.addRow(self.tr("C&ity:"), self.sender_city)
        form.addRow("", self.city_note)
        form.addRow(self.tr("E-&mail:"), self.sender_email)
        form.addRow(self.tr("&Write about me as:"), self.sender_gender)
        form.addRow(self.tr("Personal n&ote:"), self.note)
        inputs = QWidget()
        left = QVBoxLayout(inputs)
        left.addWidget(self.warning)
        left.addWidget(self.follow_up)
        left.addLayout(form)
        left.addWidget(self.edit_box)
        left.addWidget(self.edits_note)
        left.addWidget(self.body, 1)
        left.addWidget(self.save_edit_button)
        left.addStretch(0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # Not a Tab stop: its fields are, and it scrolls to the one with focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(inputs)

        self.preview = SensitiveTextEdit(self.ctx.clipboard)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Letter preview"))
        self.error = plain_label(name=self.tr("Why there is no letter"))
        self.error.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.preview)
        self.pages.addWidget(self.error)
        self.count = plain_label(name=self.tr("Letters"))
        self.outputs = Outputs(self, self.ctx, self.state, self.when_current, self.record)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pages, 1)
        column.addWidget(self.review_note)
        column.addWidget(self.count)
        grid = QGridLayout()
        for i, button in enumerate(self.outputs.buttons()):
            grid.addWidget(button, i // 3, i % 3)
        column.addLayout(grid)
        column.addWidget(self.outputs.notice)

        splitter = QSplitter()
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.language.currentIndexChanged.connect(self._switch)
        self.target.currentIndexChanged.connect(self._switch)
        self.mode.currentIndexChanged.connect(self._changed)
        self.sender_gender.currentIndexChanged.connect(self._changed)
        self.sender_gender.activated.connect(lambda _index: self._remember_sender())  # by a person
        self.follow_up.toggled.connect(self._changed)
        for field in (self.sender_name, self.sender_city, self.sender_email):
            field.textChanged.connect(self._changed)
            field.editingFinished.connect(self._remember_sender)
        self.note.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.edit_box.toggled.connect(self._toggle_edit)
        self.save_edit_button.clicked.connect(self.save_edit)

    # -- what the state holds ---------------------------------------------------------------

    @property
    def ua(self) -> UrgentAction | None:
        return self.state.ua

    @property
    def letters(self) -> list[tuple[str | None, Letter]]:
        return self.state.letters

    def current_lang(self) -> str:
        return str(self.language.currentData() or "")

    def _read(self) -> Inputs:
        """The form as the person filled it."""
        return Inputs(
            lang=self.current_lang(),
            target_ref=str(self.target.currentData() or ""),
            mode=str(self.mode.currentData()),
            sender=Sender(
                self.sender_name.text().strip(), self.sender_city.text().strip(),
                self.sender_email.text().strip(), gender=str(self.sender_gender.currentData()),
            ),
            note=self.note.toPlainText(),
            editing=self.edit_box.isChecked(),
            body=self.body.toPlainText(),
            follow_up=self.follow_up.isChecked(),
        )  # fmt: skip

    # -- loading ----------------------------------------------------------------------------

    def set_action(self, action_id: str, ua: UrgentAction) -> None:
        self.flush()
        self.state.load_action(action_id, ua)
        inputs = self.state.inputs
        self._loading = True
        self.follow_up.setChecked(inputs.follow_up)
        self.warning.setText(deadline_warning(ua))
        self.warning.setVisible(bool(self.warning.text()))
        self.follow_up.setVisible(ua.state == "closed")
        self.language.clear()
        for lang in ua.languages:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(inputs.lang)))
        self.sender_name.setText(inputs.sender.name)
        self.sender_city.setText(inputs.sender.city)
        self.sender_email.setText(inputs.sender.email)
        self.sender_gender.setCurrentIndex(
            max(0, self.sender_gender.findData(inputs.sender.gender))
        )
        self.edit_box.setEnabled(ua.allow_edits)
        self.edits_note.setText(
            ""
            if ua.allow_edits
            else self.tr("This urgent action asks that its letters be sent as written.")
        )
        self.edits_note.setVisible(not ua.allow_edits)
        self._loading = False
        self._fill_targets()
        self._switch()

    def _fill_targets(self) -> None:
        """The targets, named in the letter's language and script (the one chosen stays)."""
        chosen = self.target.currentData()
        self._loading = True
        self.target.clear()
        for choice in self.state.targets():
            self.target.addItem(choice.label, choice.ref)
            self.target.setItemData(self.target.count() - 1, choice.tooltip,
                                    Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.target.setCurrentIndex(max(0, self.target.findData(chosen)))
        self._loading = False

    def _switch(self) -> None:
        """Another language or target: another appeal, with its own note and edit."""
        if self._loading or self.state.ua is None:
            return
        if self.state.switch(self.current_lang(), str(self.target.currentData() or "")):
            self.appeals_changed.emit()
        if self.sender() is self.language:  # named in the new language, once it is the state's
            self._fill_targets()
        text, warn = target_check(self.state.ua.target(self.state.inputs.target_ref))
        self.target_note.setText(text)
        self.target_note.setStyleSheet("font-weight: bold;" if warn else "")
        inputs = self.state.inputs
        self._loading = True
        self.note.setPlainText(inputs.note)
        self.body.setPlainText(inputs.body)
        self.edit_box.setChecked(inputs.editing)
        self._loading = False
        self._show_editing(inputs.editing)
        self._check_city()
        self.render_now()

    # -- typing -----------------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._loading:
            self.state.set_inputs(self._read(), typed=False)
            self._check_city()
            self._schedule()

    def _check_city(self) -> None:
        """Say when the city is left out of this letter: written in another script."""
        fits = self.state.city_fits()
        self.city_note.setText(
            ""
            if fits
            else self.tr(
                "This city is written in another script than this letter, so the letter "
                "leaves it out: type it as this letter should show it."
            )
        )
        self.city_note.setVisible(not fits)

    def _edited(self) -> None:
        if not self._loading:
            self.state.set_inputs(self._read(), typed=True)
            self._schedule()

    def signatories_changed(self) -> None:
        self.state.refresh()
        self._schedule()

    def _schedule(self) -> None:
        if self.state.pending:
            self._timer.start()

    def _toggle_edit(self, on: bool) -> None:
        self._show_editing(on)
        if self._loading:
            return
        self.state.set_editing(on)
        if self.body.toPlainText() != self.state.inputs.body:
            self._loading = True
            self.body.setPlainText(self.state.inputs.body)  # what the template says, to start
            self._loading = False
        self._schedule()

    def _show_editing(self, on: bool) -> None:
        self.body.setVisible(on)
        self.save_edit_button.setVisible(on)

    # -- rendering --------------------------------------------------------------------------

    def render_now(self) -> None:
        """Render on the worker; only the newest request's result is shown."""
        self._timer.stop()
        job = self.state.next_render()
        if job is None:
            return
        if isinstance(job, str):
            self._show_error(self._refusal_text(job))
            return
        generation = self.state.generation

        def work(_progress: Progress) -> list[tuple[str | None, Letter]]:
            return compose_letters(job)

        Task(work).success(lambda letters: self._rendered(generation, letters)).failure(
            lambda exc: self._render_failed(generation, exc)
        ).run(self.ctx.runner, owner=self)

    def _refusal_text(self, refusal: Refusal) -> str:
        if refusal == "closed":
            return self.tr(
                "Urgent action %1 is closed: its demands are for a time that has passed. "
                "Write only about its follow-up, and tick the box that says so."
            ).replace("%1", self.state.ua.number if self.state.ua else "")
        return self.tr("There are no signatories yet: add them in the Signatories tab.")

    def _preview_font(self, lang: str) -> QFont:
        """The interface's font; for a Chinese letter, the simplified Chinese face behind it,
        as in the PDF (Qt's own fallback would show the Japanese forms of some characters)."""
        font = QFont(self.font())
        if lang.split("-")[0].lower() in cjk_font.LANGS:
            font.setFamilies([*(font.families() or [font.family()]), cjk_font.FAMILY])
        return font

    def _rendered(self, generation: int, letters: list[tuple[str | None, Letter]]) -> None:
        waiting = self.state.rendered(generation, letters)
        if waiting is None:
            return  # newer input is on its way
        first = letters[0][1]
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setPlainText(
            self.tr("Subject: %1").replace("%1", first.subject) + "\n\n" + first.text()
        )
        self.preview.verticalScrollBar().setValue(scroll)
        self.preview.setFont(self._preview_font(first.lang))
        self.pages.setCurrentWidget(self.preview)
        self.review_note.setText(
            ""
            if first.reviewed
            else self.tr("This letter's template is not yet reviewed by a native speaker.")
        )
        self.review_note.setVisible(not first.reviewed)
        self.count.setText(
            self.tr("%n letter(s); the preview shows the first.", "", len(letters))
            if len(letters) > 1
            else ""
        )
        self.outputs.update_enabled()
        self.rendered.emit()
        for callback in waiting:
            callback()

    def when_current(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the letters match the inputs (now, or after the next render;
        never if that render fails: the person then sees why)."""
        if self.state.when_current(callback):
            self.render_now()

    def _render_failed(self, generation: int, exc: BaseException) -> None:
        if self.state.is_current(generation):
            self._show_error(failure_text(exc))

    def _show_error(self, text: str) -> None:
        self.state.no_letters()
        self.preview.clear()
        self.error.setText(text)
        self.pages.setCurrentWidget(self.error)
        self.count.clear()
        self.outputs.update_enabled()
        self.failed.emit(text)

    # -- saving -----------------------------------------------------------------------------

    def _remember_sender(self) -> None:
        if self.state.ua is not None:
            self.state.remember_sender()

    def save_edit(self) -> None:
        try:
            self.state.keep_edit()
        except VigilError as exc:
            self.ctx.dialogs.inform(self, self.tr("Not saved"), str(exc), warning=True)
            return
        self.outputs.say(self.tr("The note and the edit are kept with this appeal."))
        self.appeals_changed.emit()

    def record(self, status: str) -> None:
        """Mark every letter just produced (exported, or opened in the mail program)."""
        self.state.record(status)
        self.appeals_changed.emit()

    def board_changed(self) -> None:
        self.state.board_changed()

    def flush(self) -> None:
        """Before switching, locking or quitting: a typed note or edit is not lost."""
        if self.state.flush():
            self.appeals_changed.emit()

    def clear(self) -> None:
        self._timer.stop()
        self.state.clear()  # a render still on its way is dropped
        self._loading = True
        for widget in (self.preview, self.note, self.body):
            widget.clear()
        for line in (self.sender_name, self.sender_city, self.sender_email):
            line.clear()
        self.language.clear()
        self.target.clear()
        for label in (self.error, self.warning, self.target_note, self.count, self.outputs.notice):
            label.clear()
        self._loading = False
