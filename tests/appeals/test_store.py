"""Urgent actions, appeals and signatories in the vault's own tables, never in envelopes."""

from __future__ import annotations

import json

import pytest

from tests.support.appeals import SAMPLE_FILE, sample_document
from vigil.appeals.model import DocumentError
from vigil.appeals.signatories import SignatoryFileError, parse_csv
from vigil.appeals.store import AppealStore, Consent, NotFound
from vigil.appeals.templates import TemplateRejected
from vigil.crypto.errors import VigilError


@pytest.fixture
def store(new_vault) -> AppealStore:
    return AppealStore(new_vault[0])


def _doc_bytes(mutate=None) -> bytes:
    doc = sample_document()
    if mutate:
        mutate(doc["urgent_actions"][0])
    return json.dumps(doc, ensure_ascii=False).encode()


def test_import_update_and_rollback(store) -> None:
    [(ua_id, ref, new)] = store.import_bytes(SAMPLE_FILE.read_bytes())
    assert (ref, new) == ("ua-046-19", True)
    assert store.action(ref).id == ua_id and not store.action(ua_id).has_previous

    def follow_up(ua):
        ua["number"] = "FI 046/19-4"
        ua["templates"]["en"] = ua["templates"]["en"].replace("I am writing", "I write")

    [(same_id, _, new)] = store.import_bytes(_doc_bytes(follow_up))
    assert (same_id, new) == (ua_id, False)
    assert store.action(ua_id).ua.number == "FI 046/19-4"
    store.rollback(ua_id)
    assert store.action(ua_id).ua.number == "FI 046/19-3"
    assert "I am writing" in store.action(ua_id).ua.templates["en"]


def test_a_bad_template_never_replaces_the_good_one(store) -> None:
    store.import_bytes(SAMPLE_FILE.read_bytes())

    def tamper(ua):
        ua["number"] = "FI 046/19-9"
        ua["templates"]["kk"] += "\nbody2 = { DANGER() }\n"

    with pytest.raises(TemplateRejected, match=r"#ua-046-19/kk.ftl:\d+: calls the function DANGER"):
        store.import_bytes(_doc_bytes(tamper), "update.json")
    assert store.action("ua-046-19").ua.number == "FI 046/19-3"


def test_broken_files_are_refused_whole(store) -> None:
    for data, words in [
        (b"not json", "is not valid JSON"),
        (b'{"format": "other"}', "not a Vigil urgent-action file"),
        (b'{"format": "vigil-urgent-actions", "version": 9}', "has version 9"),
        (_doc_bytes(lambda ua: ua.pop("targets")), "targets must be a list"),
    ]:
        with pytest.raises(DocumentError, match=words):
            store.import_bytes(data, "in.json")
    assert store.actions() == []


def test_appeal_status_flow(store) -> None:
    store.import_bytes(SAMPLE_FILE.read_bytes())
    appeal = store.create_appeal("ua-046-19", None, "ru")
    assert (appeal.target_ref, appeal.status) == ("president", "draft")
    assert store.set_status(appeal.id, "opened").status == "opened"
    assert store.set_status(appeal.id, "sent").status == "sent"
    # A mail client opened again does not undo what a person confirmed.
    assert store.set_status(appeal.id, "opened").status == "sent"
    with pytest.raises(VigilError, match="needs its text"):
        store.set_status(appeal.id, "reply")
    done = store.set_status(appeal.id, "reply", reply_date="2019-09-10", reply_text="Received.")
    assert (done.reply_date, done.reply_text) == ("2019-09-10", "Received.")
    assert [h["status"] for h in done.history] == ["draft", "opened", "sent", "reply"]
    store.create_appeal("ua-046-19", "prosecutor-general", "ru")
    assert store.counts() == {("ua-046-19", "ru"): 1}
    with pytest.raises(NotFound):
        store.appeal("nope")


def test_edits_are_kept_with_the_appeal(store) -> None:
    store.import_bytes(SAMPLE_FILE.read_bytes())
    appeal = store.create_appeal("ua-046-19", None, "en")
    saved = store.save_edit(appeal.id, "My own words.", "I met him in 2018.")
    assert (saved.edited_body, saved.personal_note) == ("My own words.", "I met him in 2018.")


def test_appeals_never_reach_envelopes_or_the_outbox(new_vault) -> None:
    vault = new_vault[0]
    store = AppealStore(vault)
    before = vault.conn.execute("SELECT COUNT(*) FROM revisions").fetchone()[0]
    store.import_bytes(SAMPLE_FILE.read_bytes())
    appeal = store.create_appeal("ua-046-19", None, "kk")
    store.set_status(appeal.id, "sent")
    store.add_signatories(
        [("Асель", "Алматы", False)], Consent("I agree", "v1", "2026-11-27T00:00:00Z")
    )
    assert vault.conn.execute("SELECT COUNT(*) FROM revisions").fetchone()[0] == before
    assert not (vault.path / "outbox").exists() or not any((vault.path / "outbox").glob("*.age"))


def test_signatory_csv_reports_each_bad_row() -> None:
    data = (
        "name,city,pseudonym,consent\n"
        "Асель Нурланова,Алматы,no,yes\n"
        ",Астана,no,yes\n"
        "Bolat,Shymkent,no,no\n"
        "Nightingale,,yes,да\n"
        "Асель Нурланова,алматы,no,yes\n"
        "Dana,Aktobe,maybe,yes\n"
    ).encode()
    rows, errors = parse_csv(data)
    assert [(r.name, r.city, r.pseudonym, r.number) for r in rows] == [
        ("Асель Нурланова", "Алматы", False, 2),
        ("Nightingale", "", True, 5),
    ]
    assert errors == [
        "Row 3: the name is empty.",
        "Row 4: consent is 'no': only people who said yes can sign.",
        "Row 6: the same name and city appear on an earlier row.",
        "Row 7: pseudonym is 'maybe': write yes or no.",
    ]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"\xff\xfename\n", "not UTF-8"),
        (b"full name;town\nA;B\n", "name and consent are required"),
    ],
)
def test_signatory_csv_file_errors(data: bytes, words: str) -> None:
    with pytest.raises(SignatoryFileError, match=words):
        parse_csv(data)


def test_consent_record_is_kept(store) -> None:
    consent = Consent(
        "I agree that my name and city appear on letters.", "2026-1", "2026-11-27T10:00:00Z"
    )
    [sid] = store.add_signatories([("Асель", "Алматы", False)], consent)
    [person] = store.signatories()
    assert person.id == sid and person.consent == consent


def test_an_action_kept_from_before_the_letter_checks_still_lists_and_says_what_is_missing(
    store,
) -> None:
    """A vault holds actions imported before targets had to give a dative addressee: they
    still list and open; a new import of the same document is refused by name."""
    import datetime

    from vigil.appeals.parse import parse_urgent_action
    from vigil.appeals.render import Sender, compose

    raw = sample_document()["urgent_actions"][0]
    for target in raw["targets"]:
        del target["addressee"]
    with pytest.raises(DocumentError, match=r"targets\[0\]\.addressee\.(kk|ru)"):
        store.import_bytes(_doc_bytes(lambda ua: [t.pop("addressee") for t in ua["targets"]]))
    store.save_action(parse_urgent_action(raw, letter_checks=False))  # as an older Vigil did
    [kept] = store.actions()
    letter = compose(kept.ua, "ru", Sender("Я"), today=datetime.date(2026, 1, 1), follow_up=True)
    assert letter.addressee[:2] == ("Президент Республики Казахстан", "Касым-Жомарт Токаев")


def test_a_signed_bundle_from_an_older_hq_is_kept_not_refused_whole(store) -> None:
    """HQ checks the letter data when it publishes; a device that receives an action from an
    HQ that did not yet (no dative addressee) keeps it, rather than losing the update."""
    from types import SimpleNamespace

    from vigil.alerts import inbox

    doc = sample_document()
    for target in doc["urgent_actions"][0]["targets"]:
        del target["addressee"]
    verified = SimpleNamespace(kind="follow-up")  # what the signature check hands on
    outcome = inbox._apply_hq(store.vault, verified, {"document": doc}, [])  # type: ignore[arg-type]
    assert outcome == "Saved urgent action(s) ua-046-19"
    assert "addressee" not in store.action("ua-046-19").ua.raw["targets"][0]
    # A bundle the template gate refuses is still refused: only the letter data is lenient.
    doc["urgent_actions"][0]["templates"]["en"] = "subject = Hi\nbody = { $evil }\n"
    with pytest.raises(Exception, match="refused by the template check"):
        inbox._apply_hq(store.vault, verified, {"document": doc}, [])  # type: ignore[arg-type]
