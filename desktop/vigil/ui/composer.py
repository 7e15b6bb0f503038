"""The letter composer: language, target, signers and a personal note in; a live preview out.

Templates are untrusted, so the gate and Fluent run on a worker (``composer_render`` holds
what it takes and returns: plain data); the preview follows the inputs after a short pause,
and a result that arrives after newer input is dropped. A template the gate refuses shows its
file, line and problem where the preview would be. The outputs (PDF, print, .eml, mailto,
clipboard) live in ``composer_outputs``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
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

from vigil.appeals.letter import Letter
from vigil.appeals.model import UrgentAction
from vigil.appeals.render import Sender
from vigil.appeals.store import (
    CONFIRMED,
    SENDER_CITY,
    SENDER_EMAIL,
    SENDER_GENDER,
    SENDER_NAME,
    Appeal,
    AppealStore,
)
from vigil.crypto.errors import VigilError
from vigil.ui.appeal_texts import deadline_warning, language_name, target_check
from vigil.ui.clipboard import SensitiveTextEdit
from vigil.ui.composer_outputs import Outputs
from vigil.ui.composer_render import Request, compose_letters, failure_text
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
        self.store = store
        self.action_id: str | None = None
        self.ua: UrgentAction | None = None
        self.appeal_id: str | None = None  # the draft the note and the edit belong to
        self.letters: list[tuple[str | None, Letter]] = []
        self._generation = 0
        self._in_flight = False
        self._waiting: list[Callable[[], None]] = []
        self._loading = False
        self._dirty = False
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
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("To:"), self.target)
        form.addRow("", self.target_note)
        form.addRow(self.tr("Signed:"), self.mode)
        form.addRow(self.tr("Your name:"), self.sender_name)
        form.addRow(self.tr("City:"), self.sender_city)
        form.addRow(self.tr("E-mail:"), self.sender_email)
        form.addRow(self.tr("Write about me as:"), self.sender_gender)
        form.addRow(self.tr("Personal note:"), self.note)
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
        self.outputs = Outputs(self)
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

    # -- loading ----------------------------------------------------------------------------

    def set_action(self, action_id: str, ua: UrgentAction) -> None:
        self.flush()
        self._loading = True
        if action_id != self.action_id:
            self.follow_up.setChecked(False)  # confirmed for one action, never carried over
        self.action_id, self.ua, self.appeal_id = action_id, ua, None
        self.warning.setText(deadline_warning(ua))
        self.warning.setVisible(bool(self.warning.text()))
        self.follow_up.setVisible(ua.state == "closed")
        previous = self.current_lang()
        self.language.clear()
        for lang in ua.languages:
            self.language.addItem(language_name(lang), lang)
        # The language chosen last stays, when this action has letters in it.
        self.language.setCurrentIndex(max(0, self.language.findData(previous)))
        self.sender_name.setText(self.ctx.vault.get_meta(SENDER_NAME) or "")
        self.sender_city.setText(self.ctx.vault.get_meta(SENDER_CITY) or "")
        self.sender_email.setText(self.ctx.vault.get_meta(SENDER_EMAIL) or "")
        gender = self.ctx.vault.get_meta(SENDER_GENDER) or "unspecified"
        self.sender_gender.setCurrentIndex(max(0, self.sender_gender.findData(gender)))
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
        """The targets, named in the letter's language and script."""
        if self.ua is None:
            return
        lang = self.current_lang()
        chosen = self.target.currentData()
        self._loading = True
        self.target.clear()
        for t in self.ua.targets:
            title = t.title.get(lang) or next(iter(t.title.values()))
            self.target.addItem(f"{t.name_for(lang)} — {title}", t.ref)
            self.target.setItemData(self.target.count() - 1, f"{t.name_for(lang)}\n{title}",
                                    Qt.ItemDataRole.ToolTipRole)  # fmt: skip
        self.target.setCurrentIndex(max(0, self.target.findData(chosen)))
        self._loading = False

    def current_lang(self) -> str:
        return str(self.language.currentData() or "")

    def _switch(self) -> None:
        """Another language or target: another appeal, with its own note and edit."""
        if self._loading or self.ua is None:
            return
        self.flush()
        if self.sender() is self.language:
            self._fill_targets()
        target = self.ua.target(self.target.currentData())
        text, warn = target_check(target)
        self.target_note.setText(text)
        self.target_note.setStyleSheet("font-weight: bold;" if warn else "")
        draft = self._open_draft()
        self._loading = True
        self.appeal_id = draft.id if draft else None
        self.note.setPlainText(draft.personal_note if draft else "")
        edited = draft.edited_body if draft and self.ua.allow_edits else None
        self.body.setPlainText(edited or "")
        self.edit_box.setChecked(edited is not None)
        self._loading = False
        self._dirty = False
        self._toggle_edit(self.edit_box.isChecked())
        self.render_now()

    def _open_draft(self) -> Appeal | None:
        """The latest appeal to this target in this language that nobody confirmed yet."""
        if self.action_id is None:
            return None
        target, lang = self.target.currentData(), self.current_lang()
        for appeal in reversed(self.store.appeals(self.action_id)):
            if (
                appeal.target_ref == target and appeal.lang == lang
                and appeal.signatory_id is None and appeal.status not in CONFIRMED
            ):  # fmt: skip
                return appeal
        return None

    # -- rendering --------------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._loading:
            self._timer.start()

    def _edited(self) -> None:
        if not self._loading:
            self._dirty = True
            self._timer.start()

    def _toggle_edit(self, on: bool) -> None:
        self.body.setVisible(on)
        self.save_edit_button.setVisible(on)
        if on and not self.body.toPlainText().strip() and self.letters:
            self._loading = True
            self.body.setPlainText(self.letters[0][1].body)  # start from what the template says
            self._loading = False
        if not self._loading:
            self._dirty = True
            self._timer.start()

    def edited_body(self) -> str | None:
        if self.ua is None or not self.ua.allow_edits or not self.edit_box.isChecked():
            return None
        return self.body.toPlainText() or None

    def sender_(self) -> Sender:
        return Sender(
            self.sender_name.text().strip(),
            self.sender_city.text().strip(),
            self.sender_email.text().strip(),
            gender=str(self.sender_gender.currentData()),
        )

    def request(self) -> Request | None:
        if self.ua is None or not self.current_lang():
            return None
        people = (
            tuple((s.id, s.name, s.city) for s in self.store.signatories())
            if self.mode.currentData() != "single"
            else ()
        )
        return Request(
            self.ua, self.current_lang(), str(self.target.currentData()), self.sender_(),
            str(self.mode.currentData()), people, self.note.toPlainText(), self.edited_body(),
            follow_up=self.follow_up.isChecked(),
        )  # fmt: skip

    def render_now(self, request: Request | None = None) -> None:
        """Render on the worker; only the newest request's result is shown."""
        self._timer.stop()
        request = request or self.request()
        if request is None:
            return
        if request.ua.state == "closed" and not request.follow_up:
            self._show_error(
                self.tr(
                    "Urgent action %1 is closed: its demands are for a time that has passed. "
                    "Write only about its follow-up, and tick the box that says so."
                ).replace("%1", request.ua.number)
            )
            return
        if request.mode != "single" and not request.signatories:
            self._show_error(
                self.tr("There are no signatories yet: add them in the Signatories tab.")
            )
            return
        self._generation += 1
        self._in_flight = True
        generation = self._generation

        def work(_progress: Progress) -> list[tuple[str | None, Letter]]:
            return compose_letters(request)

        Task(work).success(lambda letters: self._rendered(generation, letters)).failure(
            lambda exc: self._render_failed(generation, exc)
        ).run(self.ctx.runner, owner=self)

    def _rendered(self, generation: int, letters: list[tuple[str | None, Letter]]) -> None:
        if generation != self._generation:
            return  # newer input is on its way
        self._in_flight = False
        self.letters = letters
        first = letters[0][1]
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setPlainText(
            self.tr("Subject: %1").replace("%1", first.subject) + "\n\n" + first.text()
        )
        self.preview.verticalScrollBar().setValue(scroll)
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
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback()

    def when_current(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the letters match the inputs (now, or after the next render;
        never if that render fails: the person then sees why)."""
        if self._timer.isActive():
            self._waiting.append(callback)
            self.render_now()
        elif self._in_flight:
            self._waiting.append(callback)
        else:
            callback()

    def _render_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._show_error(failure_text(exc))

    def _show_error(self, text: str) -> None:
        self._in_flight = False
        self._waiting = []
        self.letters = []
        self.preview.clear()
        self.error.setText(text)
        self.pages.setCurrentWidget(self.error)
        self.count.clear()
        self.outputs.update_enabled()
        self.failed.emit(text)

    # -- saving -----------------------------------------------------------------------------

    def _remember_sender(self) -> None:
        """Kept in the vault (as the command line does), for the next letter."""
        for key, field in ((SENDER_NAME, self.sender_name), (SENDER_CITY, self.sender_city),
                           (SENDER_EMAIL, self.sender_email)):  # fmt: skip
            if (self.ctx.vault.get_meta(key) or "") != field.text().strip():
                self.ctx.vault.set_meta(key, field.text().strip())
        gender = str(self.sender_gender.currentData())
        if (self.ctx.vault.get_meta(SENDER_GENDER) or "unspecified") != gender:
            self.ctx.vault.set_meta(SENDER_GENDER, gender)

    def ensure_appeal(self, signatory_id: str | None = None) -> str:
        """The appeal these letters belong to, made now if there is none."""
        assert self.action_id is not None
        if signatory_id is None and self.appeal_id is not None:
            appeal_id = self.appeal_id
        else:
            appeal_id = self.store.create_appeal(
                self.action_id, self.target.currentData(), self.current_lang(), signatory_id
            ).id
            if signatory_id is None:
                self.appeal_id = appeal_id
        self.store.save_edit(appeal_id, self.edited_body(), self.note.toPlainText())
        return appeal_id

    def save_edit(self) -> None:
        if self.ua is None:
            return
        try:
            self.ensure_appeal()
        except VigilError as exc:
            self.ctx.dialogs.inform(self, self.tr("Not saved"), str(exc), warning=True)
            return
        self._dirty = False
        self.outputs.say(self.tr("The note and the edit are kept with this appeal."))
        self.appeals_changed.emit()

    def record(self, status: str) -> None:
        """Mark every letter just produced (exported, or opened in the mail program)."""
        for signatory_id, _letter in self.letters:
            self.store.set_status(self.ensure_appeal(signatory_id), status)
        if self.mode.currentData() == "each":
            self.appeal_id = None
        self._dirty = False
        self.appeals_changed.emit()

    def flush(self) -> None:
        """Before switching, locking or quitting: a typed note or edit is not lost."""
        if self.ua is not None:
            self._remember_sender()
        if (
            self._dirty
            and self.ua is not None
            and (self.note.toPlainText().strip() or self.edited_body() is not None)
        ):
            try:
                self.ensure_appeal()
                self.appeals_changed.emit()
            except VigilError:
                pass  # an action that forbids edits: nothing of the person's is kept anyway
        self._dirty = False

    def clear(self) -> None:
        self._timer.stop()
        self._generation += 1  # a render still on its way is dropped
        self._in_flight, self._waiting = False, []
        self.action_id, self.ua, self.appeal_id, self.letters = None, None, None, []
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
