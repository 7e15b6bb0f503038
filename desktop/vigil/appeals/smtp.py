"""Sending appeals from the campaigner's own mail account over SMTP (optional).

Decisions:
- A dry run is the default: every message is built and checked, nothing connects, and the
  report lists what would be sent. Sending for real is asked for explicitly (``dry_run=False``).
- Rate limit: messages are spaced evenly, at least ``period / per_period`` seconds apart (10 a
  minute means one every 6 s) from the end of one transaction to the start of the next,
  measured on a monotonic clock, so a burst never reaches the server and a retry right after
  a failure keeps the spacing. Even spacing, rather than bursts up to the limit, is also what
  spam filters at the receiving end like best.
- Send window (local hours, 08:00 to 20:00 by default): outside it sending is refused, not
  postponed, before each message. A worker that silently waits for hours would look like a
  hang and could send after the campaigner has changed their mind; the error says when the
  window opens and how many letters were sent, and a retry skips those.
- Every accepted message is handed to ``record`` before the next one is attempted, so a batch
  that fails halfway loses no record of what went out. The batch stops at the first failure;
  ids the caller already holds as sent are skipped, so retrying the same batch is safe.
- What goes over the wire reveals no more than needed: EHLO says ``[127.0.0.1]`` rather than the
  laptop's host name, Date is in UTC (no time zone), Message-ID uses the sender's own domain.
- TLS is 1.2 or newer with certificate checks; "none" (plain text) is allowed only to a loopback
  host, such as a local bridge (Proton Mail Bridge) or a test server.
- Passwords are parameters, kept only for the batch and never logged; logs carry message ids,
  counts and SMTP reply codes, never addresses, names or letter text.
"""

from __future__ import annotations

import ipaddress
import logging
import smtplib
import ssl
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from datetime import time as clock_time
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Literal

from vigil.appeals.letter import Letter
from vigil.appeals.mail import MailError, build_message, parse_address
from vigil.crypto.errors import VigilError
from vigil.logs import describe_exception

log = logging.getLogger(__name__)

Security = Literal["starttls", "tls", "none"]
SECURITIES: tuple[Security, ...] = ("starttls", "tls", "none")
EHLO_NAME = "[127.0.0.1]"


class SmtpError(VigilError):
    """Sending by SMTP failed or is not allowed; the message says what to do."""


class SmtpSettingsError(SmtpError):
    pass


class OutsideSendWindow(SmtpError):
    pass


class SendFailed(SmtpError):
    """The batch stopped at a message; ``sent`` messages before it were sent and recorded."""

    def __init__(self, message: str, *, sent: int, failed_id: str) -> None:
        super().__init__(message)
        self.sent = sent
        self.failed_id = failed_id


class RecordFailed(SendFailed):
    """A message was accepted by the server but the record callback failed."""


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: Security = "starttls"
    username: str = ""
    from_addr: str = ""
    per_period: int = 10  # at most this many messages...
    period: float = 60.0  # ...in this many seconds, spaced evenly
    window: tuple[clock_time, clock_time] | None = (clock_time(8), clock_time(20))
    timeout: float = 30.0

    def __post_init__(self) -> None:
        if not self.host.strip():
            raise SmtpSettingsError("The SMTP server's host name is empty.")
        if not 0 < self.port < 65536:
            raise SmtpSettingsError(f"The SMTP port {self.port} is not a port number.")
        if self.security not in SECURITIES:
            raise SmtpSettingsError(
                f"Unknown SMTP security {self.security!r}: choose starttls, tls or none."
            )
        if self.security == "none" and not _is_loopback(self.host):
            raise SmtpSettingsError(
                "Unencrypted SMTP is allowed only to this computer (a local bridge); "
                f"use starttls or tls for {self.host}."
            )
        if self.per_period < 1 or self.period <= 0:
            raise SmtpSettingsError("The rate limit needs at least one message per period.")
        parse_address("From", self.from_addr)

    @property
    def interval(self) -> float:
        return self.period / self.per_period

    def in_window(self, now: datetime) -> bool:
        if self.window is None:
            return True
        start, end = self.window
        t = now.time()
        # A window may run past midnight (22:00 to 06:00).
        return start <= t < end if start <= end else (t >= start or t < end)


@dataclass(frozen=True)
class Outgoing:
    """One appeal to send: its id (what the record and a retry refer to) and its content."""

    message_id: str
    letter: Letter
    pdf: bytes
    filename: str


@dataclass(frozen=True)
class SendRecord:
    """What the server accepted: no letter text, only what proves and traces the sending."""

    message_id: str
    recipients: tuple[str, ...]
    sent_at: datetime  # UTC
    response: str  # the server's reply to the message, e.g. "250 2.0.0 Ok: queued as 4Xy"
    header_message_id: str  # the Message-ID header, to match replies


@dataclass(frozen=True)
class Planned:
    message_id: str
    recipients: tuple[str, ...]
    message: EmailMessage


@dataclass
class SendReport:
    dry_run: bool
    planned: list[Planned] = field(default_factory=list)
    sent: list[SendRecord] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already sent before this batch


class SmtpSender:
    """Sends batches through one account, keeping the rate limit across batches."""

    def __init__(
        self,
        settings: SmtpSettings,
        *,
        password: str | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], datetime] = lambda: datetime.now().astimezone(),
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.settings = settings
        self._password = password
        self._monotonic = monotonic
        self._sleep = sleep
        self._now = now
        self._ssl_context = ssl_context
        self._in_data = False
        self._last_end: float | None = None  # when the last message transaction ended

    def __repr__(self) -> str:  # never the password
        return f"SmtpSender(host={self.settings.host!r}, port={self.settings.port})"

    def prepare(self, item: Outgoing) -> Planned:
        """The message as it would be sent; MailError when the letter cannot be mailed."""
        if not item.letter.to_email.strip():
            raise MailError(f"Appeal {item.message_id} has no To address to send it to.")
        sender = self.settings.from_addr
        message = build_message(
            item.letter, item.pdf, filename=item.filename, from_addr=sender, draft=False
        )
        message["Date"] = format_datetime(datetime.now(UTC), usegmt=True)
        message["Message-ID"] = make_msgid(domain=parse_address("From", sender).domain)
        return Planned(item.message_id, _recipients(message), message)

    def send(
        self,
        batch: Sequence[Outgoing],
        *,
        record: Callable[[SendRecord], None],
        already_sent: Collection[str] = (),
        dry_run: bool = True,
    ) -> SendReport:
        """Sends the batch in order, or only builds it (the default, ``dry_run=True``)."""
        report = SendReport(dry_run=dry_run)
        done = set(already_sent)
        todo: list[Planned] = []
        for item in batch:
            if item.message_id in done:
                report.skipped.append(item.message_id)
                continue
            done.add(item.message_id)  # the same id twice in one batch is sent once
            todo.append(self.prepare(item))  # every message checked before any is sent
        if dry_run:
            report.planned = todo
            log.info("smtp dry run: %d to send, %d skipped", len(todo), len(report.skipped))
            return report

        connection: smtplib.SMTP | None = None
        try:
            for index, planned in enumerate(todo):
                self._wait_for_turn(len(todo), report)
                if connection is not None and not _alive(connection):
                    # The server closed the idle connection while we kept the rate limit;
                    # nothing of this message was sent yet, so connecting again is safe.
                    self._close(connection)
                    connection = None
                if connection is None:
                    connection = self._connect()
                try:
                    response = self._transmit(connection, planned)
                finally:
                    self._last_end = self._monotonic()
                sent = SendRecord(
                    message_id=planned.message_id,
                    recipients=planned.recipients,
                    sent_at=datetime.now(UTC),
                    response=response,
                    header_message_id=str(planned.message["Message-ID"]),
                )
                try:
                    record(sent)  # before anything else can fail
                except Exception as exc:
                    log.error(
                        "smtp record failed id=%s: %s", sent.message_id, describe_exception(exc)
                    )
                    raise RecordFailed(
                        f"Letter {index + 1} of {len(todo)} was sent but could not be recorded; "
                        f"sending stopped so that it is not sent twice ({len(report.sent)} "
                        "recorded before it). Mark it as sent before sending again.",
                        sent=len(report.sent),
                        failed_id=sent.message_id,
                    ) from exc
                report.sent.append(sent)
                log.info("smtp sent id=%s (%d of %d)", planned.message_id, index + 1, len(todo))
        except (smtplib.SMTPException, OSError) as exc:
            failed = todo[len(report.sent)].message_id
            log.warning("smtp stopped at id=%s: %s", failed, describe_exception(exc))
            # A connection lost during DATA (a timeout, a dropped line) leaves it unknown
            # whether the server took the letter: say so rather than call it not sent.
            unsure = (
                f" Letter {len(report.sent) + 1} may have arrived all the same: look in your "
                "mail account's sent folder, and mark it as sent before sending again."
                if self._in_data and not isinstance(exc, smtplib.SMTPResponseException)
                else ""
            )
            self._in_data = False
            raise SendFailed(
                f"Sending stopped at letter {len(report.sent) + 1} of {len(todo)}: "
                f"{_explain(exc)}. {len(report.sent)} sent and recorded; sending the batch "
                f"again skips them.{unsure}",
                sent=len(report.sent),
                failed_id=failed,
            ) from None
        finally:
            if connection is not None:
                self._close(connection)
        return report

    def _wait_for_turn(self, total: int, report: SendReport) -> None:
        # Counted from the end of the previous transaction, so connecting or a slow DATA can
        # never bring two messages closer together at the server than the interval.
        if self._last_end is not None:
            wait = self._last_end + self.settings.interval - self._monotonic()
            if wait > 0:
                self._sleep(wait)
        now = self._now()
        if not self.settings.in_window(now):
            start, end = self.settings.window or (clock_time(0), clock_time(0))
            raise OutsideSendWindow(
                f"Letters are sent only between {start:%H:%M} and {end:%H:%M} local time "
                f"(it is {now:%H:%M}); {len(report.sent)} of {total} sent, the rest can be "
                "sent when the window opens."
            )

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        context = self._ssl_context or ssl.create_default_context()
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        connection: smtplib.SMTP
        if s.security == "tls":
            connection = smtplib.SMTP_SSL(
                s.host, s.port, local_hostname=EHLO_NAME, timeout=s.timeout, context=context
            )
        else:
            connection = smtplib.SMTP(s.host, s.port, local_hostname=EHLO_NAME, timeout=s.timeout)
        try:
            connection.ehlo()
            if s.security == "starttls":
                connection.starttls(context=context)
                connection.ehlo()
            if s.username:
                if self._password is None:
                    raise SmtpSettingsError(f"No password was given for {s.username}.")
                connection.login(s.username, self._password)
        except BaseException:
            self._close(connection)
            raise
        return connection

    def _transmit(self, connection: smtplib.SMTP, planned: Planned) -> str:
        """MAIL, RCPT, DATA by hand, because sendmail() drops the server's final reply."""
        sender = parse_address("From", self.settings.from_addr).addr_spec
        code, reply = connection.mail(sender)
        if code != 250:
            connection.rset()
            raise smtplib.SMTPSenderRefused(code, reply, sender)
        for recipient in planned.recipients:
            code, reply = connection.rcpt(recipient)
            if code not in (250, 251):
                # All or nothing: a letter half-delivered to its copies is not what was asked.
                connection.rset()
                raise smtplib.SMTPRecipientsRefused({recipient: (code, reply)})
        self._in_data = True  # from here a lost connection may hide a delivered letter
        code, reply = connection.data(planned.message.as_bytes())
        self._in_data = False
        if code != 250:
            raise smtplib.SMTPDataError(code, reply)
        return f"{code} {reply.decode('utf-8', 'replace')}"

    @staticmethod
    def _close(connection: smtplib.SMTP) -> None:
        try:
            connection.quit()
        except (smtplib.SMTPException, OSError):
            connection.close()


def _alive(connection: smtplib.SMTP) -> bool:
    try:
        return connection.noop()[0] == 250
    except (smtplib.SMTPException, OSError):
        return False


def _recipients(message: EmailMessage) -> tuple[str, ...]:
    out: list[str] = []
    for name in ("To", "Cc"):
        header = message[name]
        if header is not None:
            out += [str(a.addr_spec) for a in header.addresses]
    return tuple(out)


def _explain(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = sorted({str(code) for code, _ in exc.recipients.values()})
        return f"the server refused a recipient (code {', '.join(codes)})"
    if isinstance(exc, smtplib.SMTPResponseException):
        reply = exc.smtp_error
        text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
        return f"the server answered {exc.smtp_code} {text[:200]}"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "the server closed the connection"
    if isinstance(exc, ssl.SSLError):
        return "the secure connection failed (check the server's certificate and port)"
    if isinstance(exc, OSError):
        return f"the server could not be reached ({exc.strerror or type(exc).__name__})"
    return type(exc).__name__
