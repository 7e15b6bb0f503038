"""The urgent-actions area: the list with states and countdowns, the composer's live preview,
its outputs (PDF, print, .eml, mailto, clipboard), the status board and the signatories, on a
real vault with the sample urgent action."""

from __future__ import annotations

import dataclasses
import email
import json
import re
import subprocess
from collections.abc import Iterator
from email.policy import default as default_policy
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.support.dialogs import ScriptedDialogs
from tests.support.ui import answer_modal, flush_deletes, texts_in_widgets
from tests.support.ui_flow import create_vault
from vigil.appeals.store import AppealStore
from vigil.resources import resource
from vigil.settings import Settings
from vigil.ui import composer_outputs
from vigil.ui.appeals import AppealsArea
from vigil.ui.clipboard import ClipboardGuard
from vigil.ui.context import UiContext
from vigil.ui.controller import AppController
from vigil.ui.worker import Runner
from vigil.vault.store import Vault

SAMPLE = resource("samples", "urgent-action.json")
NAMES = {"en": "Serikzhan Bilash", "ru": "Серикжан Билаш", "kk": "Серікжан Білаш"}


@pytest.fixture
def area(qtbot: Any, vault: Vault, dialogs: ScriptedDialogs) -> Iterator[AppealsArea]:
    AppealStore(vault).import_bytes(SAMPLE.read_bytes(), SAMPLE.name)
    runner = Runner()
    ctx = UiContext(vault, runner, dialogs, ClipboardGuard(), Settings(language="en"))
    view = AppealsArea(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.load()
    qtbot.waitUntil(lambda: view.list.topLevelItemCount() == 1, timeout=5_000)
    qtbot.waitUntil(lambda: view.composer.ua is not None, timeout=5_000)
    view.composer.follow_up.setChecked(True)  # the sample is closed: letters are follow-ups
    qtbot.waitUntil(lambda: bool(view.composer.letters), timeout=5_000)
    yield view
    view.clear()
    runner.wait()


def choose(
    qtbot: Any, area: AppealsArea, lang: str | None = None, target: str | None = None
) -> str:
    composer = area.composer
    with qtbot.waitSignal(composer.rendered, timeout=5_000):
        before = (composer.language.currentIndex(), composer.target.currentIndex())
        if lang is not None:
            composer.language.setCurrentIndex(composer.language.findData(lang))
        if target is not None:
            composer.target.setCurrentIndex(composer.target.findData(target))
        if before == (composer.language.currentIndex(), composer.target.currentIndex()):
            composer.render_now()  # already showing: render again to wait for it
    return composer.preview.toPlainText()


def sign(area: AppealsArea, name: str = "Aigerim Sadykova", city: str = "Almaty") -> None:
    area.composer.sender_name.setText(name)
    area.composer.sender_city.setText(city)


def pdf_text(path: Path) -> str:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return " ".join(text.split())  # a name may wrap at the end of a line


def test_the_area_lists_imported_actions_and_forgets_them_on_lock(
    qtbot: Any, controller: AppController, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    create_vault(qtbot, controller)
    main = controller.main
    assert main is not None
    # A file whose template the gate refuses: nothing is imported, the problem has its line.
    hostile = json.loads(SAMPLE.read_text(encoding="utf-8"))
    hostile["urgent_actions"][0]["templates"]["en"] += "\nevil = { EXEC() }\n"
    (tmp_path / "hostile.json").write_text(json.dumps(hostile), encoding="utf-8")
    dialogs.files.append([str(tmp_path / "hostile.json")])
    main.import_ua_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs.informed), timeout=5_000)
    title, text = dialogs.informed[-1]
    assert title == "Nothing was imported"
    assert re.search(r"hostile\.json#ua-046-19/en\.ftl:\d+: calls the function EXEC", text)
    assert main.areas.currentWidget() is main.appeals
    assert main.appeals.list.topLevelItemCount() == 0

    dialogs.files.append([str(SAMPLE)])
    main.import_ua_action.trigger()
    appeals = main.appeals
    qtbot.waitUntil(lambda: appeals.list.topLevelItemCount() == 1, timeout=5_000)
    row = appeals.list.topLevelItem(0)
    assert [row.text(0), row.text(1)] == [
        "FI 046/19-3\nSerikzhan Bilash",
        "closed (released with conditions)\nwas 2019-08-26",
    ]
    assert "closed" in appeals.header.text()
    about = appeals.about.toPlainText()
    assert "Gizat Nurdauletov" in about and "prosecutor.sample@example.org" in about
    assert "Sample data: verify before sending." in about
    # A closed action: the composer refuses a letter until the person says it is a follow-up.
    composer = appeals.composer
    qtbot.waitUntil(lambda: composer.pages.currentWidget() is composer.error, timeout=5_000)
    assert "FI 046/19-3 is closed" in composer.error.text() and "follow-up" in composer.error.text()
    assert composer.follow_up.isVisible() and not composer.follow_up.isChecked()
    assert composer.letters == [] and not composer.outputs.pdf_button.isEnabled()
    composer.follow_up.setChecked(True)
    qtbot.waitUntil(lambda: bool(appeals.composer.letters), timeout=5_000)
    assert "is closed; check with HQ" in appeals.composer.warning.text()
    assert composer.review_note.text() == (
        "This letter's template is not yet reviewed by a native speaker."
    )

    controller.lock("test")
    flush_deletes()
    leftovers = [t for t in texts_in_widgets() if "Bilash" in t or "Tokayev" in t]
    assert leftovers == []


def test_preview_in_each_language_with_the_name_in_its_script(
    qtbot: Any, area: AppealsArea
) -> None:
    for lang, name in NAMES.items():
        text = choose(qtbot, area, lang=lang)
        assert name in text, lang
        for other_lang, other in NAMES.items():
            if other != name and other_lang != "en":
                assert other not in text, (lang, other)
    assert "Қ.-Ж. К. Тоқаевқа" in text  # kk last: the addressee in Kazakh, in the dative
    assert "Құрметті Президент мырза!" in text


def test_the_targets_are_named_in_the_letter_language_just_chosen(
    qtbot: Any, area: AppealsArea
) -> None:
    """Seen in the Uyghur screenshots: after a switch to a Chinese letter the addressee list
    still named the officials in the language chosen before."""
    for lang, title in (("ru", "Президент Республики Казахстан"), ("zh", "哈萨克斯坦共和国总统"),
                        ("en", "President of the Republic of Kazakhstan")):  # fmt: skip
        choose(qtbot, area, lang=lang)
        target = area.composer.target
        label = target.itemText(target.findData("president"))
        assert label.endswith(f" — {title}"), (lang, label)
    zh = choose(qtbot, area, lang="zh", target="china-ambassador")
    assert "尊敬的张霄大使阁下：" in zh and "（示例数据，发送前请核实）" in zh
    # shown in the simplified Chinese face, as in the PDF, not in Qt's Japanese fallback
    assert area.composer.preview.font().families()[-1] == "Noto Sans CJK SC"
    ambassador = area.composer.target.currentText()
    assert ambassador == "张霄 — 中华人民共和国驻哈萨克斯坦共和国特命全权大使"
    choose(qtbot, area, lang="en")
    assert "Noto Sans CJK SC" not in area.composer.preview.font().families()


def test_switching_target_changes_the_addressee_and_flags_sample_data(
    qtbot: Any, area: AppealsArea
) -> None:
    text = choose(qtbot, area, lang="en")
    assert "Kassym-Jomart Tokayev" in text
    text = choose(qtbot, area, target="prosecutor-general")
    assert "Gizat Nurdauletov" in text and "Dear Prosecutor General," in text
    assert "Tokayev" not in text
    note = area.composer.target_note.text()
    assert "Last verified: 2019-08-26" in note and "verify before sending" in note


def test_personal_note_shows_in_the_preview_and_is_kept(
    qtbot: Any, area: AppealsArea, vault: Vault
) -> None:
    choose(qtbot, area, lang="ru")
    with qtbot.waitSignal(area.composer.rendered, timeout=5_000):
        area.composer.note.setPlainText("Я слежу за этим делом из Алматы.")
    assert "Я слежу за этим делом из Алматы." in area.composer.preview.toPlainText()
    area.flush()  # what locking or switching does
    (appeal,) = AppealStore(vault).appeals()
    assert appeal.personal_note == "Я слежу за этим делом из Алматы." and appeal.lang == "ru"


def test_looking_at_a_kept_draft_does_not_write_it_again(
    qtbot: Any, area: AppealsArea, vault: Vault
) -> None:
    """Only typing makes a draft worth saving: switching to another addressee and back, or
    locking, left a kept note rewritten (a new time, the status board reloaded) each time."""
    composer = area.composer
    primary = composer.target.currentData()
    choose(qtbot, area, lang="en")
    with qtbot.waitSignal(composer.rendered, timeout=5_000):
        composer.note.setPlainText("Written once.")
    area.flush()
    (kept,) = AppealStore(vault).appeals()
    with qtbot.assertNotEmitted(composer.appeals_changed):
        choose(qtbot, area, target="prosecutor-general")
        choose(qtbot, area, target=primary)
        assert composer.note.toPlainText() == "Written once."
        area.flush()
    (again,) = AppealStore(vault).appeals()
    assert again.updated == kept.updated and again.personal_note == "Written once."


def test_an_edit_is_kept_with_the_appeal(qtbot: Any, area: AppealsArea, vault: Vault) -> None:
    composer = area.composer
    choose(qtbot, area, lang="en")
    assert composer.edit_box.isEnabled()  # the sample allows edits
    composer.edit_box.setChecked(True)
    assert composer.body.isVisible() and "Atajurt" in composer.body.toPlainText()
    with qtbot.waitSignal(composer.rendered, timeout=5_000):
        composer.body.setPlainText("My own words about Serikzhan Bilash.")
    assert "My own words about Serikzhan Bilash." in composer.preview.toPlainText()
    assert "Atajurt" not in composer.preview.toPlainText()
    composer.save_edit_button.click()
    (appeal,) = AppealStore(vault).appeals()
    assert appeal.edited_body == "My own words about Serikzhan Bilash."
    # Chosen again later, the draft comes back with its edit.
    stored = area.stored[appeal.ua_id]
    with qtbot.waitSignal(composer.rendered, timeout=5_000):
        composer.set_action(stored.id, stored.ua)
    assert composer.edit_box.isChecked()
    assert composer.body.toPlainText() == "My own words about Serikzhan Bilash."


def test_a_refused_template_shows_why_and_the_window_stays_responsive(
    qtbot: Any, area: AppealsArea
) -> None:
    composer = area.composer
    stored = next(iter(area.stored.values()))
    en = stored.ua.templates["en"] + "\nevil = { EXEC() }\n"
    hostile = dataclasses.replace(stored.ua, templates={**stored.ua.templates, "en": en})
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    with qtbot.waitSignal(composer.failed, timeout=5_000) as failed:
        composer.set_action(stored.id, hostile)
        composer.language.setCurrentIndex(composer.language.findData("en"))
    timer.stop()
    assert ticks, "the event loop did not run while the template was checked"
    text = failed.args[0]
    assert "template was refused" in text
    assert re.search(r"ua-046-19/en\.ftl:\d+: calls the function EXEC", text)
    assert composer.pages.currentWidget() is composer.error
    assert composer.preview.toPlainText() == ""
    assert not composer.outputs.pdf_button.isEnabled()


def test_a_template_that_passed_import_but_cannot_render(
    qtbot: Any, vault: Vault, dialogs: ScriptedDialogs
) -> None:
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    ua = doc["urgent_actions"][0]
    ua["deadline"] = "2019-08"  # a month only: DATETIME has no day to write
    ua["state"] = "active"  # not a closed action, which the composer refuses before rendering
    for lang in ua["templates"]:
        ua["templates"][lang] = ua["templates"][lang].replace(
            "subject =", "subject = { DATETIME($deadline) }", 1
        )
    AppealStore(vault).import_bytes(json.dumps(doc).encode(), "month.json")
    ctx = UiContext(vault, Runner(), dialogs, ClipboardGuard(), Settings())
    view = AppealsArea(ctx)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.composer.failed, timeout=5_000) as failed:
        view.load()
    assert "cannot be written" in failed.args[0] and "subject" in failed.args[0]
    ctx.runner.wait()


def test_save_as_pdf_writes_text_that_reads_back(
    qtbot: Any, area: AppealsArea, dialogs: ScriptedDialogs, vault: Vault, tmp_path: Path
) -> None:
    choose(qtbot, area, lang="kk")
    sign(area)
    out = tmp_path / "letter.pdf"
    dialogs.saves.append(str(out))
    area.composer.outputs.pdf_button.click()
    qtbot.waitUntil(lambda: "PDF" in area.composer.outputs.notice.text(), timeout=10_000)
    assert out.stat().st_mode & 0o777 == 0o600
    text = pdf_text(out)
    assert "Серікжан Білаш" in text and "Aigerim Sadykova" in text
    (appeal,) = AppealStore(vault).appeals()
    assert appeal.status == "exported" and appeal.lang == "kk"


@pytest.mark.parametrize(("lang", "name"), [("ru", "Серикжан Билаш"), ("zh", "塞里克江·比拉什")])
def test_print_paints_the_letter_on_the_printer(
    qtbot: Any,
    area: AppealsArea,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    name: str,
) -> None:
    """A Chinese letter's font is cut on the worker first (a second or more per weight), then
    painted on the GUI thread; its text extracts as written."""
    out = tmp_path / "printed.pdf"

    def printer(_parent: QWidget, _size: str) -> QPrinter:  # the print dialog, answered
        device = QPrinter(QPrinter.PrinterMode.HighResolution)
        device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        device.setOutputFileName(str(out))
        return device

    monkeypatch.setattr(composer_outputs, "ask_printer", printer)
    choose(qtbot, area, lang=lang)
    sign(area, city="阿拉木图" if lang == "zh" else "Almaty")
    area.composer.outputs.print_button.click()  # once the signer's name is in the letter
    qtbot.waitUntil(lambda: "printer" in area.composer.outputs.notice.text(), timeout=30_000)
    assert "".join(name.split()) in "".join(pdf_text(out).split())


def test_eml_draft_is_saved_where_chosen_and_opened(
    qtbot: Any, area: AppealsArea, dialogs: ScriptedDialogs, vault: Vault, tmp_path: Path
) -> None:
    choose(qtbot, area, lang="en")
    sign(area)
    opened: list[str] = []
    area.composer.outputs.open_url = lambda url: opened.append(url.toLocalFile()) or True
    out = tmp_path / "draft.eml"
    dialogs.saves.append(str(out))
    area.composer.outputs.eml_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    assert opened == [str(out)]
    message = email.message_from_bytes(out.read_bytes(), policy=default_policy)
    assert message["X-Unsent"] == "1" and message["To"] == "president.sample@example.org"
    assert "Serikzhan Bilash" in message.get_body(("plain",)).get_content()
    assert [p.get_content_type() for p in message.iter_attachments()] == ["application/pdf"]
    (appeal,) = AppealStore(vault).appeals()
    assert appeal.status == "opened"  # not "sent": only a person can say that


def test_mailto_over_budget_offers_the_draft_or_the_clipboard(
    qtbot: Any, area: AppealsArea, vault: Vault
) -> None:
    choose(qtbot, area, lang="ru")
    sign(area)
    opened: list[object] = []
    area.composer.outputs.open_url = lambda url: opened.append(url) or True
    seen: list[str] = []

    def take_copy(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        labels = [b.text() for b in box.buttons()]
        assert "Save an e-mail draft…" in labels and "Copy the text" in labels
        next(b for b in box.buttons() if b.text() == "Copy the text").click()

    answer_modal(qtbot, area.composer.outputs.mailto_button.click, take_copy)
    assert opened == []  # no cut letter was handed to a mail program
    assert "would arrive incomplete" in seen[0]
    clipboard = QApplication.clipboard().text()
    assert "Серикжан Билаш" in clipboard
    assert QApplication.clipboard().mimeData().data("x-kde-passwordManagerHint").data() == b"secret"
    assert AppealStore(vault).appeals()[0].status == "exported"
    area.composer.ctx.clipboard.clear_if_ours()


def test_confirm_sent_after_the_deadline_warns(
    qtbot: Any, area: AppealsArea, dialogs: ScriptedDialogs, vault: Vault
) -> None:
    choose(qtbot, area, lang="en")
    sign(area)
    area.composer.outputs.copy_button.click()
    board = area.board
    qtbot.waitUntil(lambda: board.list.topLevelItemCount() == 1, timeout=5_000)
    area.composer.ctx.clipboard.clear_if_ours()
    assert board.list.topLevelItemCount() == 1
    board.list.setCurrentItem(board.list.topLevelItem(0))
    dialogs.confirms += [False, True]
    board.sent_button.click()  # the person thinks again
    assert AppealStore(vault).appeals()[0].status == "exported"
    board.sent_button.click()
    title, text = dialogs.informed[-1]
    assert title == "Sent after the deadline?"
    assert "FI 046/19-3 is closed" in text
    assert AppealStore(vault).appeals()[0].status == "sent"
    assert board.list.topLevelItem(0).text(3) == "confirmed sent"


def test_log_a_reply_keeps_its_date_and_text(qtbot: Any, area: AppealsArea, vault: Vault) -> None:
    store = AppealStore(vault)
    stored = next(iter(area.stored.values()))
    appeal = store.create_appeal(stored.id, "president", "ru")
    store.set_status(appeal.id, "sent")
    area.board.reload()
    area.board.select(appeal.id)

    def fill(dialog: QWidget) -> None:
        from PySide6.QtCore import QDate

        dialog.date.setDate(QDate(2019, 9, 2))  # type: ignore[attr-defined]
        assert not dialog.ok.isEnabled()  # type: ignore[attr-defined]
        dialog.text.setPlainText("Ответ прокуратуры: дело пересмотрено.")  # type: ignore[attr-defined]
        dialog.ok.click()  # type: ignore[attr-defined]

    answer_modal(qtbot, area.board.reply_button.click, fill)
    logged = store.appeal(appeal.id)
    assert logged.status == "reply" and logged.reply_date == "2019-09-02"
    assert logged.reply_text == "Ответ прокуратуры: дело пересмотрено."
    assert "2019-09-02 Ответ прокуратуры" in area.board.list.topLevelItem(0).text(5)


def test_status_board_counts_by_status(qtbot: Any, area: AppealsArea, vault: Vault) -> None:
    store = AppealStore(vault)
    stored = next(iter(area.stored.values()))
    for lang, status in (("en", "draft"), ("ru", "exported"), ("kk", "sent"), ("en", "sent")):
        appeal = store.create_appeal(stored.id, None, lang)
        if status != "draft":
            store.set_status(appeal.id, status)
    area.board.reload()
    counts = area.board.counts.text()
    assert "draft: 1" in counts and "exported: 1" in counts and "confirmed sent: 2" in counts
    assert "reply received: 0" in counts
    assert area.board.list.topLevelItemCount() == 4


def test_signatories_import_shows_bad_rows_first_and_group_letters(
    qtbot: Any, area: AppealsArea, dialogs: ScriptedDialogs, vault: Vault, tmp_path: Path
) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text(
        "name,city,consent\nDana Omarova,Shymkent,yes\nNo Consent,Taraz,no\n"
        "Marat Iskakov,Almaty,yes\n",
        encoding="utf-8",
    )
    view = area.signatories
    dialogs.files.append([str(csv)])
    reviewed: list[list[str]] = []

    def fill(dialog: QWidget) -> None:
        errors = dialog.errors  # type: ignore[attr-defined]
        reviewed.append([errors.item(i).text() for i in range(errors.count())])
        assert not dialog.ok.isEnabled()  # type: ignore[attr-defined]  # no consent text yet
        dialog.consent.setPlainText("I agree that my name is printed on this appeal.")  # type: ignore[attr-defined]
        dialog.version.setText("2019-1")  # type: ignore[attr-defined]
        dialog.ok.click()  # type: ignore[attr-defined]

    answer_modal(qtbot, view.import_button.click, fill)
    assert len(reviewed[0]) == 1 and reviewed[0][0].startswith("Row 3:")
    people = AppealStore(vault).signatories()
    assert [p.name for p in people] == ["Dana Omarova", "Marat Iskakov"]
    assert people[0].consent.version == "2019-1"
    assert view.list.topLevelItemCount() == 2

    composer = area.composer
    sign(area)
    with qtbot.waitSignal(composer.rendered, timeout=5_000):
        composer.mode.setCurrentIndex(composer.mode.findData("together"))
    text = composer.preview.toPlainText()
    assert "Aigerim Sadykova" in text and "Dana Omarova, Shymkent" in text
    with qtbot.waitSignal(composer.rendered, timeout=5_000):
        composer.mode.setCurrentIndex(composer.mode.findData("each"))
    assert len(composer.letters) == 2 and "2 letter" in composer.count.text()
    assert not composer.outputs.eml_button.isEnabled()

    view.list.setCurrentItem(view.list.topLevelItem(0))
    dialogs.confirms.append(True)
    with qtbot.waitSignal(composer.rendered, timeout=5_000):
        view.remove_button.click()
    assert [p.name for p in AppealStore(vault).signatories()] == ["Marat Iskakov"]
    assert len(composer.letters) == 1


def test_the_signer_gender_agrees_in_the_letter_and_is_remembered(
    qtbot: Any, area: AppealsArea, vault: Vault
) -> None:
    composer = area.composer
    text = choose(qtbot, area, lang="ru")
    assert "глубоко обеспокоен положением" in text  # not given: the default form
    with qtbot.waitSignal(composer.rendered, timeout=5_000):
        composer.sender_gender.setCurrentIndex(composer.sender_gender.findData("feminine"))
        composer.sender_gender.activated.emit(composer.sender_gender.currentIndex())
    assert "глубоко обеспокоена положением Серикжана Билаша" in composer.preview.toPlainText()
    assert "г. Астана, Республика Казахстан" in composer.preview.toPlainText()
    assert vault.get_meta("appeals.sender_gender") == "feminine"
    stored = next(iter(area.stored.values()))
    with qtbot.waitSignal(composer.rendered, timeout=5_000):
        composer.set_action(stored.id, stored.ua)  # opened again: the choice comes back
    assert composer.sender_gender.currentData() == "feminine"
    assert "обеспокоена" in composer.preview.toPlainText()
    assert composer.follow_up.isChecked()  # the same action: the confirmation stays


def test_a_city_in_another_script_is_left_out_and_the_form_says_so(
    qtbot: Any, area: AppealsArea
) -> None:
    """The command line's check (appeals/render.py: city_fits), in the composer: "Алматы"
    remembered from a Russian letter is not written into an English one."""
    composer = area.composer
    sign(area, city="Алматы")
    russian = choose(qtbot, area, "ru")
    assert "Алматы" in russian and composer.city_note.isHidden()
    english = choose(qtbot, area, "en")
    assert "Алматы" not in english
    assert composer.city_note.isVisible() and "another script" in composer.city_note.text()
    composer.sender_city.setText("Almaty")
    english = choose(qtbot, area)
    assert "Almaty" in english and composer.city_note.isHidden()
