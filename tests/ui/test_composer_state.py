"""The letter composer's rules in plain Python (vigil/ui/composer_state.py), without a window:
which draft the form belongs to, when typing is worth keeping, which render is current, and
what the outputs need. The sample urgent action is closed, in kk, ru and en, with two
addressees; renders run here, on the test's thread."""

from __future__ import annotations

import dataclasses
import datetime

import pytest

from vigil.appeals.letter import Letter
from vigil.appeals.render import Sender
from vigil.appeals.store import SENDER_CITY, SENDER_GENDER, SENDER_NAME, AppealStore, Consent
from vigil.resources import resource
from vigil.ui.composer_render import compose_letters
from vigil.ui.composer_state import ComposerState, Request
from vigil.vault.store import Vault

SAMPLE = resource("samples", "urgent-action.json")


@pytest.fixture
def state(vault: Vault) -> ComposerState:
    store = AppealStore(vault)
    store.import_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    (stored,) = store.actions()
    composer = ComposerState(vault, store)
    composer.load_action(stored.id, stored.ua)
    composer.switch(composer.inputs.lang, "")
    return composer


def _type(state: ComposerState, **changes: object) -> None:
    typed = bool({"note", "body", "editing"} & set(changes))
    state.set_inputs(dataclasses.replace(state.inputs, **changes), typed=typed)


def _render(state: ComposerState) -> list[tuple[str | None, Letter]]:
    job = state.next_render()
    assert isinstance(job, Request), job
    letters = compose_letters(job)
    assert state.rendered(state.generation, letters) == []
    return letters


def _sign(state: ComposerState, name: str = "Aigerim", city: str = "Almaty") -> None:
    _type(state, sender=Sender(name, city), follow_up=True)


def test_loading_an_action_takes_the_signer_from_the_vault_and_its_first_language(
    vault: Vault,
) -> None:
    vault.set_meta(SENDER_NAME, "Айгерим")
    vault.set_meta(SENDER_CITY, "Алматы")
    vault.set_meta(SENDER_GENDER, "feminine")
    store = AppealStore(vault)
    store.import_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    (stored,) = store.actions()
    state = ComposerState(vault, store)
    state.load_action(stored.id, stored.ua)
    assert state.inputs.lang == "kk"
    assert state.inputs.sender == Sender("Айгерим", "Алматы", "", gender="feminine")
    assert [t.ref for t in state.targets()] == [
        "president", "prosecutor-general", "china-ambassador"
    ]
    assert "Тоқаев" in state.targets()[0].label  # the name in the letter's script


def test_the_language_chosen_stays_and_a_follow_up_is_confirmed_for_one_action_only(
    state: ComposerState,
) -> None:
    assert state.ua is not None and state.action_id is not None
    state.switch("ru", "prosecutor-general")
    _type(state, follow_up=True)
    state.load_action(state.action_id, state.ua)  # the same action again (a reload)
    assert state.inputs.lang == "ru" and state.inputs.follow_up
    other = dataclasses.replace(state.ua, languages=("en",))
    state.load_action("another-action", other)
    assert state.inputs.lang == "en" and not state.inputs.follow_up


def test_a_closed_action_and_a_missing_signatory_list_refuse_before_any_template_runs(
    state: ComposerState,
) -> None:
    generation = state.generation
    assert state.next_render() == "closed"
    _type(state, follow_up=True, mode="each")
    assert state.next_render() == "no_signatories"
    assert state.generation == generation and state.letters == []
    _type(state, mode="single")
    assert isinstance(state.next_render(), Request) and state.generation == generation + 1


def test_only_the_newest_render_is_shown_and_outputs_wait_for_it(state: ComposerState) -> None:
    _sign(state)
    old = state.next_render()
    assert isinstance(old, Request)
    stale_generation = state.generation
    _type(state, note="newer words")
    ran: list[str] = []
    assert state.when_current(lambda: ran.append("pdf")) is True  # start the render now
    job = state.next_render()
    assert isinstance(job, Request) and job.note == "newer words"
    assert state.rendered(stale_generation, compose_letters(old)) is None  # dropped
    assert ran == [] and state.letters == []
    assert state.when_current(lambda: ran.append("copy")) is False  # in flight: just wait
    waiting = state.rendered(state.generation, compose_letters(job))
    assert waiting is not None and ran == []
    for callback in waiting:
        callback()
    assert ran == ["pdf", "copy"] and "newer words" in state.letters[0][1].text()
    state.when_current(lambda: ran.append("print"))  # current: at once
    assert ran[-1] == "print"


def test_a_refused_render_drops_what_waited_for_it(state: ComposerState) -> None:
    _type(state, note="x")
    ran: list[str] = []
    state.when_current(lambda: ran.append("pdf"))
    assert state.next_render() == "closed"
    assert state.waiting == [] and not state.in_flight
    _sign(state)
    _render(state)
    assert ran == []


def test_outputs_need_letters_and_a_signer_except_one_letter_per_signatory(
    state: ComposerState,
) -> None:
    assert state.not_ready() == "no_letters"
    _type(state, follow_up=True)
    _render(state)
    assert state.not_ready() == "no_signer"
    _sign(state)
    _render(state)
    assert state.not_ready() is None
    assert state.suggested_name("pdf") == f"appeal-{state.ua.ref}-kk.pdf"  # type: ignore[union-attr]


def test_typing_is_kept_once_and_looking_at_a_draft_writes_nothing(
    state: ComposerState,
) -> None:
    assert state.flush() is False  # nothing typed: no appeal made
    assert state.store.appeals() == []
    _type(state, note="Мен бұл істі қадағалаймын.")
    assert state.flush() is True
    (kept,) = state.store.appeals()
    assert state.flush() is False  # kept already
    assert state.switch("kk", "prosecutor-general") is False
    assert state.inputs.note == ""  # another addressee: another appeal
    assert state.switch("kk", "president") is False
    assert state.inputs.note == "Мен бұл істі қадағалаймын." and not state.dirty
    assert state.flush() is False
    (again,) = state.store.appeals()
    assert again.updated == kept.updated


def test_switching_away_keeps_what_was_typed_for_the_draft_left(state: ComposerState) -> None:
    _type(state, note="for the president")
    assert state.switch("ru", "president") is True
    (appeal,) = state.store.appeals()
    assert (appeal.lang, appeal.target_ref, appeal.personal_note) == (
        "kk", "president", "for the president",
    )  # fmt: skip


def test_an_edit_starts_from_the_template_and_is_dropped_where_edits_are_not_allowed(
    state: ComposerState,
) -> None:
    _sign(state)
    letters = _render(state)
    state.set_editing(True)
    assert state.inputs.body == letters[0][1].body and state.dirty
    _type(state, body="My own words.")
    assert state.edited_body() == "My own words."
    assert state.ua is not None
    state.ua = dataclasses.replace(state.ua, allow_edits=False)
    assert state.edited_body() is None
    assert state.flush() is False  # no note, and the edit is not the person's to keep here


def test_one_letter_per_signatory_records_an_appeal_each_and_then_starts_afresh(
    state: ComposerState,
) -> None:
    consent = Consent("I agree.", "1", datetime.datetime.now(datetime.UTC).isoformat())
    state.store.add_signatories([("Dana", "Almaty", False), ("Erlan", "Astana", False)], consent)
    _type(state, follow_up=True, mode="each")
    letters = _render(state)
    assert [sid is not None for sid, _ in letters] == [True, True]
    state.record("exported")
    appeals = state.store.appeals()
    assert sorted(a.signatory_id or "" for a in appeals) == sorted(s or "" for s, _ in letters)
    assert {a.status for a in appeals} == {"exported"} and state.appeal_id is None


def test_a_draft_confirmed_sent_on_the_board_is_not_written_into_again(
    state: ComposerState,
) -> None:
    _sign(state)
    _render(state)
    state.record("exported")
    first = state.appeal_id
    assert first is not None
    state.board_changed()
    assert state.appeal_id == first  # exported only: the same draft goes on
    state.store.set_status(first, "sent")
    state.board_changed()
    assert state.appeal_id is None
    state.record("exported")
    assert state.appeal_id not in (None, first)


def test_the_signer_is_remembered_in_the_vault_for_the_next_letter(
    state: ComposerState, vault: Vault
) -> None:
    _type(state, sender=Sender(" Dana ", "Almaty", gender="feminine"))
    state.remember_sender()
    assert vault.get_meta(SENDER_NAME) == "Dana" and vault.get_meta(SENDER_GENDER) == "feminine"


def test_clearing_forgets_everything_and_drops_a_render_on_its_way(state: ComposerState) -> None:
    _sign(state)
    job = state.next_render()
    assert isinstance(job, Request)
    generation = state.generation
    state.clear()
    assert state.rendered(generation, compose_letters(job)) is None
    assert (state.ua, state.letters, state.inputs.note) == (None, [], "")
