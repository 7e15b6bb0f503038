"""The letter composer's state and rules, in plain Python: no Qt here.

Which urgent action, language, addressee and signers; the draft the personal note and the
edit belong to; the letters that match the inputs; what is saved, and when. The widget
(composer.py) copies what the person types into ``inputs`` and shows what this object holds;
the outputs (composer_outputs.py) read only this object. The rules are tested without a window
(tests/ui/test_composer_state.py).

A render runs on a worker; ``generation`` tells an answer to the newest request from an answer
that newer typing has already made stale, and ``when_current`` holds an output (PDF, e-mail...)
until the letters match what is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Literal

from vigil.appeals.letter import Letter
from vigil.appeals.model import UrgentAction
from vigil.appeals.render import Sender, city_fits
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
from vigil.vault.store import Vault

MODES = ("single", "each", "together")  # one letter from me; one per signatory; one from all
Refusal = Literal["closed", "no_signatories"]  # why the inputs give no letter to render
NotReady = Literal["no_letters", "no_signer"]  # why an output cannot go out yet


@dataclass(frozen=True)
class Inputs:
    """What the form says."""

    lang: str = ""
    target_ref: str = ""
    mode: str = "single"
    sender: Sender = field(default_factory=lambda: Sender("", "", ""))
    note: str = ""
    editing: bool = False  # the "edit the letter's text" box
    body: str = ""
    follow_up: bool = False  # a closed action's letter is about its follow-up, said so


@dataclass(frozen=True)
class Request:
    """Everything a render needs, as plain data: the worker sees nothing else."""

    ua: UrgentAction
    lang: str
    target_ref: str
    sender: Sender
    mode: str  # single: one letter from the sender; each: one per signatory; together: one
    signatories: tuple[tuple[str, str, str], ...]  # (id, name, city)
    note: str
    edited_body: str | None
    follow_up: bool = False  # the person confirmed a closed action's letter is its follow-up


@dataclass(frozen=True)
class TargetChoice:
    ref: str
    label: str  # name and title, in the letter's language and script
    tooltip: str


class ComposerState:
    def __init__(self, vault: Vault, store: AppealStore) -> None:
        self.vault = vault
        self.store = store
        self.action_id: str | None = None
        self.ua: UrgentAction | None = None
        self.appeal_id: str | None = None  # the draft the note and the edit belong to
        self.inputs = Inputs()
        self.letters: list[tuple[str | None, Letter]] = []  # each with its signatory, or None
        self.dirty = False  # the person typed a note or an edit not yet kept
        self.generation = 0
        self.in_flight = False
        self.pending = False  # inputs changed; their render waits for the typing pause
        self.waiting: list[Callable[[], None]] = []

    # -- loading ----------------------------------------------------------------------------

    def load_action(self, action_id: str, ua: UrgentAction) -> None:
        """Another urgent action: the language chosen last stays when it has letters in it; a
        follow-up is confirmed for one action, never carried over; the signer is the one kept
        in the vault. The draft is found by ``switch``."""
        previous = self.inputs.lang
        lang = previous if previous in ua.languages else (ua.languages[0] if ua.languages else "")
        follow_up = self.inputs.follow_up and action_id == self.action_id
        self.action_id, self.ua, self.appeal_id = action_id, ua, None
        self.inputs = replace(
            self.inputs, lang=lang, follow_up=follow_up, sender=self.saved_sender()
        )

    def saved_sender(self) -> Sender:
        meta = self.vault.get_meta
        return Sender(
            meta(SENDER_NAME) or "",
            meta(SENDER_CITY) or "",
            meta(SENDER_EMAIL) or "",
            gender=meta(SENDER_GENDER) or "unspecified",
        )

    def targets(self) -> list[TargetChoice]:
        """The addressees, named in the letter's language and script."""
        if self.ua is None:
            return []
        lang = self.inputs.lang
        out = []
        for t in self.ua.targets:
            title = t.title.get(lang) or next(iter(t.title.values()))
            name = t.name_for(lang)
            out.append(TargetChoice(t.ref, f"{name} — {title}", f"{name}\n{title}"))
        return out

    def switch(self, lang: str, target_ref: str) -> bool:
        """Another language or addressee: another appeal, with its own note and edit. What
        was typed for the one left is kept first: True when that wrote an appeal."""
        if self.ua is None:
            return False
        wrote = self.flush()
        refs = [t.ref for t in self.ua.targets]
        target_ref = target_ref if target_ref in refs else (refs[0] if refs else "")
        self.inputs = replace(self.inputs, lang=lang, target_ref=target_ref)
        draft = self.open_draft()
        edited = draft.edited_body if draft and self.ua.allow_edits else None
        self.appeal_id = draft.id if draft else None
        self.inputs = replace(
            self.inputs,
            note=draft.personal_note if draft else "",
            body=edited or "",
            editing=edited is not None,
        )
        self.dirty = False  # loaded, not typed
        return wrote

    def open_draft(self) -> Appeal | None:
        """The latest appeal to this addressee in this language that nobody confirmed yet."""
        if self.action_id is None:
            return None
        for appeal in reversed(self.store.appeals(self.action_id)):
            if (
                appeal.target_ref == self.inputs.target_ref and appeal.lang == self.inputs.lang
                and appeal.signatory_id is None and appeal.status not in CONFIRMED
            ):  # fmt: skip
                return appeal
        return None

    # -- typing -----------------------------------------------------------------------------

    def set_inputs(self, inputs: Inputs, typed: bool) -> None:
        """The form changed; ``typed``: in the note or the letter's text, which a draft keeps."""
        if inputs == self.inputs:
            return
        self.inputs = inputs
        self.pending = True
        self.dirty = self.dirty or typed

    def set_editing(self, on: bool) -> None:
        """The edit box: an edit starts from what the template says."""
        body = self.inputs.body
        if on and not body.strip() and self.letters:
            body = self.letters[0][1].body
        self.set_inputs(replace(self.inputs, editing=on, body=body), typed=True)

    def edited_body(self) -> str | None:
        if self.ua is None or not self.ua.allow_edits or not self.inputs.editing:
            return None
        return self.inputs.body or None

    # -- rendering --------------------------------------------------------------------------

    def request(self) -> Request | None:
        if self.ua is None or not self.inputs.lang:
            return None
        i = self.inputs
        people = (
            tuple((s.id, s.name, s.city) for s in self.store.signatories())
            if i.mode != "single"
            else ()
        )
        # A city in another script than the letter's is left out, as 'vigil appeal' does.
        sender = i.sender if self.city_fits() else replace(i.sender, city="")
        return Request(
            self.ua, i.lang, i.target_ref, sender, i.mode, people, i.note, self.edited_body(),
            follow_up=i.follow_up,
        )  # fmt: skip

    def city_fits(self) -> bool:
        """The signer's city is written in the script of this letter's language ("Almaty" in a
        Russian letter is not): else the letter leaves it out, and the form says so."""
        i = self.inputs
        return not i.sender.city or not i.lang or city_fits(i.sender.city, i.lang)

    @staticmethod
    def refusal(request: Request) -> Refusal | None:
        """Why these inputs give no letter, before any template runs."""
        if request.ua.state == "closed" and not request.follow_up:
            return "closed"  # its demands are for a time that has passed
        if request.mode != "single" and not request.signatories:
            return "no_signatories"
        return None

    def next_render(self) -> Request | Refusal | None:
        """The render the inputs call for now (its generation is ``generation``), why there is
        none, or None before an action and a language are chosen."""
        self.pending = False
        request = self.request()
        if request is None:
            return None
        refusal = self.refusal(request)
        if refusal is not None:
            self.no_letters()
            return refusal
        self.generation += 1
        self.in_flight = True
        return request

    def refresh(self) -> None:
        """Something the letters read changed outside the form (the signatories)."""
        self.pending = True

    def rendered(
        self, generation: int, letters: list[tuple[str | None, Letter]]
    ) -> list[Callable[[], None]] | None:
        """Take a render's letters; None when newer input made them stale. Returns the
        outputs that were waiting for them, to run now."""
        if generation != self.generation:
            return None
        self.in_flight = False
        self.letters = letters
        waiting, self.waiting = self.waiting, []
        return waiting

    def is_current(self, generation: int) -> bool:
        return generation == self.generation

    def no_letters(self) -> None:
        """The inputs give no letter (refused, or the render failed): nothing waits for one."""
        self.pending = self.in_flight = False
        self.waiting = []
        self.letters = []

    def when_current(self, callback: Callable[[], None]) -> bool:
        """Run ``callback`` once the letters match the inputs: now, or after the render that
        is on its way (never if it fails: the person then sees why). True: the caller starts
        that render now instead of waiting for the typing pause."""
        if self.pending or self.in_flight:
            self.waiting.append(callback)
            return self.pending
        callback()
        return False

    # -- outputs ----------------------------------------------------------------------------

    def not_ready(self) -> NotReady | None:
        """A letter to send needs a signer: the preview may go without, the outputs may not."""
        if not self.letters:
            return "no_letters"
        if self.inputs.mode != "each" and not self.inputs.sender.name:
            return "no_signer"
        return None

    def suggested_name(self, extension: str) -> str:
        ref = self.ua.ref if self.ua else "appeal"
        return f"appeal-{ref}-{self.inputs.lang}.{extension}"

    # -- saving -----------------------------------------------------------------------------

    def remember_sender(self) -> None:
        """Kept in the vault (as the command line does), for the next letter."""
        sender = self.inputs.sender
        for key, value in (
            (SENDER_NAME, sender.name.strip()),
            (SENDER_CITY, sender.city.strip()),
            (SENDER_EMAIL, sender.email.strip()),
        ):
            if (self.vault.get_meta(key) or "") != value:
                self.vault.set_meta(key, value)
        if (self.vault.get_meta(SENDER_GENDER) or "unspecified") != sender.gender:
            self.vault.set_meta(SENDER_GENDER, sender.gender)

    def ensure_appeal(self, signatory_id: str | None = None) -> str:
        """The appeal these letters belong to, made now if there is none; the note and the
        edit are kept with it."""
        assert self.action_id is not None
        if signatory_id is None and self.appeal_id is not None:
            appeal_id = self.appeal_id
        else:
            appeal_id = self.store.create_appeal(
                self.action_id, self.inputs.target_ref, self.inputs.lang, signatory_id
            ).id
            if signatory_id is None:
                self.appeal_id = appeal_id
        self.store.save_edit(appeal_id, self.edited_body(), self.inputs.note)
        return appeal_id

    def keep_edit(self) -> None:
        """The person asked to keep the note and the edit (raises VigilError when the action
        asks that its letters be sent as written)."""
        if self.ua is None:
            return
        self.ensure_appeal()
        self.dirty = False

    def board_changed(self) -> None:
        """The status board changed an appeal: once the draft is confirmed sent, the next
        letter is a new appeal."""
        if self.appeal_id is not None and self.store.appeal(self.appeal_id).status in CONFIRMED:
            self.appeal_id = None

    def record(self, status: str) -> None:
        """Mark every letter just produced (exported, or opened in the mail program)."""
        for signatory_id, _letter in self.letters:
            self.store.set_status(self.ensure_appeal(signatory_id), status)
        if self.inputs.mode == "each":
            self.appeal_id = None
        self.dirty = False

    def flush(self) -> bool:
        """Before switching, locking or quitting: a typed note or edit is not lost. True when
        an appeal was written."""
        if self.ua is not None:
            self.remember_sender()
        wrote = False
        if (
            self.dirty
            and self.ua is not None
            and (self.inputs.note.strip() or self.edited_body() is not None)
        ):
            try:
                self.ensure_appeal()
                wrote = True
            except VigilError:
                pass  # an action that forbids edits: nothing of the person's is kept anyway
        self.dirty = False
        return wrote

    def clear(self) -> None:
        """Locked: nothing of the letters stays, and a render on its way is dropped."""
        self.generation += 1
        self.pending = self.in_flight = self.dirty = False
        self.waiting = []
        self.action_id, self.ua, self.appeal_id, self.letters = None, None, None, []
        self.inputs = Inputs()
