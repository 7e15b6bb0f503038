"""Appeal letters as e-mail: an .eml draft with the PDF attached, and a mailto: link.

Decisions:
- Every header value is checked before the message is built: a line break or any other control
  character in the subject or an address is refused with HeaderInjection naming the header,
  so a template or an imported target can never add a Bcc or a second body. (The standard
  library also refuses bare line breaks, but with a generic ValueError and not other controls.)
- Each address field entry holds exactly one address, parsed as an RFC 5322 addr-spec; a
  non-ASCII domain is sent in its IDNA form, a non-ASCII local part is refused (few servers
  accept SMTPUTF8, and a bounce would come late).
- The .eml draft carries ``X-Unsent: 1`` so Outlook and Thunderbird open it ready to edit and
  send; it has no From when none is given (the mail client fills in the account), no Date and no
  Message-ID (the client sets them when it sends, which is when they are true).
- mailto: links are percent-encoded per RFC 6068 and refused over a length budget: browsers and
  mail clients truncate long links silently, and a cut letter is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from urllib.parse import quote

from vigil.appeals.letter import Letter
from vigil.crypto.errors import VigilError

MAILTO_BUDGET = 2000
# Line breaks and every other control character, C0 and C1, plus Unicode's own line and
# paragraph separators, which some clients turn into line breaks.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# 8bit would do for most servers, but a .eml file travels through tools that expect 7 bits.
POLICY = SMTP.clone(cte_type="7bit")


class MailError(VigilError):
    """The letter cannot be turned into an e-mail as it stands."""


class HeaderInjection(MailError):
    """A header value holds a line break or another control character."""


class InvalidAddress(MailError):
    """An address field entry is not exactly one valid e-mail address."""


class MailtoTooLong(MailError):
    """The mailto: link is over its length budget."""


def check_header_text(header: str, value: str) -> str:
    if _CONTROL.search(value):
        raise HeaderInjection(
            f"The {header} header contains a line break or another control character; "
            "it was refused so that nothing can be added to the message's headers."
        )
    return value


def parse_address(header: str, value: str) -> Address:
    """One addr-spec ("name@example.org"), checked; IDNA for a non-ASCII domain."""
    check_header_text(header, value)
    text = value.strip()
    if not text:
        raise InvalidAddress(f"The {header} address is empty.")
    local, at, domain = text.rpartition("@")
    if not at or not local or not domain:
        raise InvalidAddress(f"The {header} address {text!r} is not an e-mail address.")
    if not local.isascii():
        raise InvalidAddress(
            f"The {header} address {text!r} has non-Latin letters before the @, which most "
            "mail servers refuse."
        )
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise InvalidAddress(f"The {header} address {text!r} has an invalid domain.") from None
    try:
        address = Address(addr_spec=f"{local}@{domain}")
    except (ValueError, IndexError) as exc:
        # The parser names what it could not read: one address per entry, no display names.
        raise InvalidAddress(
            f"The {header} address {text!r} is not one valid e-mail address ({exc})."
        ) from None
    if not address.username or "." not in address.domain:
        raise InvalidAddress(f"The {header} address {text!r} needs a full domain name.")
    return address


def parse_addresses(header: str, values: Iterable[str]) -> list[Address]:
    return [parse_address(header, value) for value in values]


def build_message(
    letter: Letter, pdf: bytes, *, filename: str, from_addr: str = "", draft: bool = True
) -> EmailMessage:
    """The letter as a message: plain text body, PDF attached; a draft unless ``draft=False``."""
    subject = check_header_text("Subject", letter.subject)
    to = parse_address("To", letter.to_email) if letter.to_email.strip() else None
    cc = parse_addresses("Cc", letter.cc_emails)
    sender = parse_address("From", from_addr) if from_addr.strip() else None
    name = check_header_text("attachment filename", filename).strip()
    if not name or "/" in name or "\\" in name:
        raise MailError(f"The attachment needs a file name without folders, not {filename!r}.")
    if not pdf.startswith(b"%PDF-"):
        raise MailError("The attachment is not a PDF.")

    message = EmailMessage(policy=POLICY)
    if sender is not None:
        message["From"] = sender
    if to is not None:
        message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    if draft:
        message["X-Unsent"] = "1"
    message.set_content(letter.text(), subtype="plain", charset="utf-8")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=name)
    return message


def build_eml(letter: Letter, pdf: bytes, *, from_addr: str = "", filename: str) -> bytes:
    """An .eml draft (RFC 5322) that mail clients open ready to send."""
    return build_message(letter, pdf, filename=filename, from_addr=from_addr).as_bytes()


def mailto_link(letter: Letter, budget: int = MAILTO_BUDGET) -> str:
    """An RFC 6068 mailto: link carrying the letter's text; MailtoTooLong over ``budget``."""
    to = [parse_address("To", letter.to_email)] if letter.to_email.strip() else []
    cc = parse_addresses("Cc", letter.cc_emails)
    subject = check_header_text("Subject", letter.subject)
    # addr-spec characters outside RFC 6068's unreserved set are percent-encoded; "@" may stay.
    link = "mailto:" + ",".join(quote(a.addr_spec, safe="@") for a in to)
    fields = []
    if cc:
        fields.append("cc=" + ",".join(quote(a.addr_spec, safe="@") for a in cc))
    fields.append("subject=" + quote(subject, safe=""))
    # RFC 6068: line breaks in the body are written as %0D%0A.
    body = letter.text().replace("\r\n", "\n").replace("\n", "\r\n")
    fields.append("body=" + quote(body, safe=""))
    link += "?" + "&".join(fields)
    if len(link) > budget:
        raise MailtoTooLong(
            f"The mailto: link would be {len(link)} characters, over the budget of {budget}; "
            "save the .eml draft or copy the letter to the clipboard instead."
        )
    return link
