"""The .eml draft and the mailto: link: they parse back exactly, and refuse header injection."""

from __future__ import annotations

from dataclasses import replace
from email import message_from_bytes
from email.message import EmailMessage
from email.parser import BytesParser
from email.policy import default
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from vigil.appeals.letter import Letter
from vigil.appeals.mail import (
    HeaderInjection,
    InvalidAddress,
    MailError,
    MailtoTooLong,
    build_eml,
    mailto_link,
)
from vigil.crypto.errors import VigilError

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n"
SUBJECT = "Отмените условия освобождения Серикжана Билаша"


def letter(**changes: object) -> Letter:
    base = Letter(
        lang="ru",
        subject=SUBJECT,
        date_line="Алматы, 26 августа 2019 г.",
        addressee=("Генеральному прокурору Республики Казахстан",),
        salutation="Уважаемый господин Генеральный прокурор!",
        body="Я пишу о Серикжане Билаше.\n\nОн мирный активист.",
        demands=("Немедленно отменить условия его освобождения.",),
        personal_note="",
        closing="С уважением,",
        sender=("Айгерим", "Алматы"),
        to_email="prosecutor@example.kz",
        cc_emails=("embassy@example.org", "press@example.net"),
        demands_heading="Призываю вас:",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def parse(eml: bytes) -> EmailMessage:
    message = BytesParser(policy=default).parsebytes(eml)
    assert isinstance(message, EmailMessage)
    return message


def test_eml_parses_back_with_letter_and_identical_pdf() -> None:
    eml = build_eml(letter(), PDF, from_addr="me@example.org", filename="Письмо Билаш.pdf")
    assert b"\r\n" in eml and max(eml) < 128  # CRLF, 7-bit clean: safe for any mail tool
    message = parse(eml)
    assert message["Subject"] == SUBJECT
    assert message["To"] == "prosecutor@example.kz"
    assert [a.addr_spec for a in message["Cc"].addresses] == [
        "embassy@example.org",
        "press@example.net",
    ]
    assert message["From"] == "me@example.org"
    assert message["X-Unsent"] == "1"
    assert message["Bcc"] is None
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    # Mail lines end in CRLF on the wire; the text is otherwise exactly the letter's.
    assert body.get_content().replace("\r\n", "\n") == letter().text()
    attachments = list(message.iter_attachments())
    assert len(attachments) == 1
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_filename() == "Письмо Билаш.pdf"
    assert attachments[0].get_content() == PDF


def test_eml_without_from_or_to_is_still_a_draft() -> None:
    message = parse(build_eml(letter(to_email="", cc_emails=()), PDF, filename="a.pdf"))
    assert message["From"] is None and message["To"] is None and message["Cc"] is None
    assert message["X-Unsent"] == "1"


def test_non_ascii_domain_goes_out_as_idna() -> None:
    message = parse(build_eml(letter(to_email="info@пример.қаз"), PDF, filename="a.pdf"))
    assert message["To"] == "info@xn--e1afmkfd.xn--80ao21a"


@pytest.mark.parametrize(
    ("field", "value", "header"),
    [
        ("subject", "Appeal\r\nBcc: watcher@example.org", "Subject"),
        ("subject", "Appeal\nBcc: watcher@example.org", "Subject"),
        ("subject", "Appeal\x00", "Subject"),
        ("subject", "Appeal\u2028Bcc: watcher@example.org", "Subject"),
        ("to_email", "a@example.org\r\nBcc: watcher@example.org", "To"),
        ("to_email", "a@example.org\rBcc: watcher@example.org", "To"),
        ("cc_emails", ("ok@example.org", "b@example.org\r\nBcc: w@example.org"), "Cc"),
    ],
)
def test_header_injection_refused_naming_the_header(field: str, value: object, header: str) -> None:
    bad = letter(**{field: value})
    with pytest.raises(HeaderInjection, match=f"^The {header} header") as caught:
        build_eml(bad, PDF, filename="a.pdf")
    assert isinstance(caught.value, VigilError)
    with pytest.raises(HeaderInjection, match=f"^The {header} header"):
        mailto_link(bad, budget=100_000)


def test_injection_in_from_and_filename_refused() -> None:
    with pytest.raises(HeaderInjection, match="From"):
        build_eml(letter(), PDF, from_addr="me@example.org\r\nBcc: x@y.org", filename="a.pdf")
    with pytest.raises(HeaderInjection, match="filename"):
        build_eml(letter(), PDF, filename="a.pdf\r\nX-Evil: 1")


@pytest.mark.parametrize(
    "address",
    [
        "a@example.org, b@example.org",
        "a@example.org b@example.org",
        "Name <a@example.org>",
        "no-at-sign.example.org",
        "@example.org",
        "a@",
        "a@localhost",
        "имя@example.org",
    ],
)
def test_one_valid_address_per_entry(address: str) -> None:
    with pytest.raises(InvalidAddress, match="The To address"):
        build_eml(letter(to_email=address), PDF, filename="a.pdf")
    with pytest.raises(InvalidAddress, match="The Cc address"):
        build_eml(letter(cc_emails=(address,)), PDF, filename="a.pdf")


def test_attachment_must_be_a_pdf_with_a_plain_name() -> None:
    with pytest.raises(MailError, match="not a PDF"):
        build_eml(letter(), b"<html>", filename="a.pdf")
    with pytest.raises(MailError, match="without folders"):
        build_eml(letter(), PDF, filename="../a.pdf")


def test_mailto_round_trips_through_urllib() -> None:
    link = mailto_link(letter(), budget=100_000)
    parts = urlsplit(link)
    assert parts.scheme == "mailto"
    assert unquote(parts.path) == "prosecutor@example.kz"
    query = parse_qs(parts.query, strict_parsing=True)
    assert query["cc"] == ["embassy@example.org,press@example.net"]
    assert query["subject"] == [SUBJECT]
    assert query["body"] == [letter().text().replace("\n", "\r\n")]
    assert " " not in link and "\n" not in link and "+" not in link
    # Characters that mean something in a URL stay inside their field.
    tricky = letter(subject="A & B = C? 100% #1 +", body="x&cc=spy@example.org")
    query = parse_qs(urlsplit(mailto_link(tricky, budget=100_000)).query)
    assert query["subject"] == ["A & B = C? 100% #1 +"]
    assert query["cc"] == ["embassy@example.org,press@example.net"]
    assert "x&cc=spy@example.org" in query["body"][0]


def test_mailto_within_and_over_budget() -> None:
    short = letter(subject="Free Serikzhan Bilash", body="Short.", cc_emails=(), demands=())
    link = mailto_link(short, budget=2000)
    assert link.startswith("mailto:prosecutor@example.kz?subject=Free%20Serikzhan%20Bilash&body=")
    assert len(link) <= 2000
    exact = len(link)
    assert mailto_link(short, budget=exact) == link
    with pytest.raises(MailtoTooLong) as caught:
        mailto_link(short, budget=exact - 1)
    message = str(caught.value)
    assert f"{exact} characters" in message and f"budget of {exact - 1}" in message
    assert ".eml" in message and "clipboard" in message
    # A Cyrillic letter grows sixfold when percent-encoded: the default budget refuses it.
    with pytest.raises(MailtoTooLong, match="over the budget of 2000"):
        mailto_link(letter(body="Он мирный активист. " * 30))


def test_mailto_without_recipient() -> None:
    link = mailto_link(letter(to_email="", cc_emails=()), budget=100_000)
    assert link.startswith("mailto:?subject=")


def test_eml_is_readable_by_the_compat_parser_too() -> None:
    # Older tools use the compat32 policy: the subject still decodes to the same text.
    from email.header import decode_header, make_header

    old = message_from_bytes(build_eml(letter(), PDF, filename="a.pdf"))
    assert str(make_header(decode_header(old["Subject"]))) == SUBJECT
