"""SMTP sending against a real SMTP server on loopback (aiosmtpd).

The server records when each message arrived, so the rate limit is measured where it matters;
failures are real SMTP replies or a server that goes away in the middle of a batch.
"""

from __future__ import annotations

import contextlib
import itertools
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from datetime import time as clock_time
from email.parser import BytesParser
from email.policy import default
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from vigil.appeals.letter import Letter
from vigil.appeals.smtp import (
    Outgoing,
    OutsideSendWindow,
    RecordFailed,
    SendFailed,
    SendRecord,
    SmtpSender,
    SmtpSettings,
    SmtpSettingsError,
)

PDF = b"%PDF-1.4\nnot really a pdf\n%%EOF\n"


@dataclass
class Received:
    at: float  # time.monotonic() when the server accepted the message
    mail_from: str
    rcpt_tos: list[str]
    content: bytes
    ehlo: str


@dataclass
class Recorder:
    """An aiosmtpd handler that keeps every accepted message and can refuse on cue."""

    received: list[Received] = field(default_factory=list)
    refuse_rcpt: set[str] = field(default_factory=set)
    refuse_reply: str = "554 5.7.1 Recipient refused"
    drop_at_data: int = 0  # hang up during this message's DATA (1-based), after reading it

    async def handle_RCPT(  # aiosmtpd's hook names
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        if address in self.refuse_rcpt:
            return self.refuse_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.drop_at_data == len(self.received) + 1:
            server.transport.close()  # the line drops before the reply: did it arrive?
        self.received.append(
            Received(
                time.monotonic(),
                envelope.mail_from,
                list(envelope.rcpt_tos),
                bytes(envelope.original_content or envelope.content),
                session.host_name,
            )
        )
        return f"250 2.0.0 Ok: queued as Q{len(self.received)}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server() -> Iterator[tuple[Controller, Recorder]]:
    handler = Recorder()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller, handler
    finally:
        with contextlib.suppress(AssertionError):  # already stopped by the test
            controller.stop()


def settings_for(controller: Controller, **changes: Any) -> SmtpSettings:
    base = SmtpSettings(
        host="127.0.0.1",
        port=controller.port,
        security="none",
        from_addr="campaigner@example.org",
        per_period=1000,
        period=1.0,
        window=None,
        timeout=5.0,
    )
    return replace(base, **changes)


def appeal(n: int) -> Outgoing:
    letter = Letter(
        lang="en",
        subject=f"Free Serikzhan Bilash ({n})",
        date_line="Almaty, 26 August 2019",
        addressee=("Prosecutor General",),
        salutation="Dear Prosecutor General,",
        body="I am writing about Serikzhan Bilash.",
        demands=("Drop the conditions on his release immediately.",),
        personal_note="",
        closing="Yours sincerely,",
        sender=("A. Campaigner",),
        to_email=f"target{n}@example.kz",
        cc_emails=("copy@example.org",) if n == 1 else (),
    )
    return Outgoing(f"appeal-{n}", letter, PDF, f"appeal-{n}.pdf")


def test_dry_run_is_the_default_and_sends_nothing(server: tuple[Controller, Recorder]) -> None:
    controller, handler = server
    records: list[SendRecord] = []
    report = SmtpSender(settings_for(controller)).send(
        [appeal(1), appeal(2)], record=records.append
    )
    assert report.dry_run and report.sent == [] and records == []
    assert [p.message_id for p in report.planned] == ["appeal-1", "appeal-2"]
    assert report.planned[0].recipients == ("target1@example.kz", "copy@example.org")
    assert report.planned[1].message["Subject"] == "Free Serikzhan Bilash (2)"
    # No wait needed: a message is in `received` before the server answers its DATA, and a
    # send returns only after that answer, so anything sent would already be there.
    assert handler.received == []


def test_sends_each_message_and_records_it(server: tuple[Controller, Recorder]) -> None:
    controller, handler = server
    records: list[SendRecord] = []
    report = SmtpSender(settings_for(controller)).send(
        [appeal(1), appeal(2)], record=records.append, dry_run=False
    )
    assert (
        [r.message_id for r in records]
        == ["appeal-1", "appeal-2"]
        == [r.message_id for r in report.sent]
    )
    assert [r.response for r in records] == [
        "250 2.0.0 Ok: queued as Q1",
        "250 2.0.0 Ok: queued as Q2",
    ]
    first = handler.received[0]
    assert first.mail_from == "campaigner@example.org"
    assert first.rcpt_tos == ["target1@example.kz", "copy@example.org"]
    assert first.ehlo == "[127.0.0.1]"  # not this computer's name
    message = BytesParser(policy=default).parsebytes(first.content)
    assert message["Subject"] == "Free Serikzhan Bilash (1)"
    assert message["X-Unsent"] is None
    assert message["Message-ID"] == records[0].header_message_id
    assert message["Message-ID"].endswith("@example.org>")
    assert message["Date"].datetime.utcoffset() == timedelta(0)  # no local time zone
    [attachment] = list(message.iter_attachments())
    assert attachment.get_content() == PDF
    # A record holds no letter text.
    assert "Bilash" not in repr(records)


def test_rate_limit_spaces_messages_at_the_server(server: tuple[Controller, Recorder]) -> None:
    controller, handler = server
    sender = SmtpSender(settings_for(controller, per_period=3, period=1.0))
    start = time.monotonic()
    sender.send([appeal(n) for n in range(1, 5)], record=lambda r: None, dry_run=False)
    arrivals = [r.at for r in handler.received]
    assert len(arrivals) == 4
    gaps = [b - a for a, b in itertools.pairwise(arrivals)]
    assert all(gap >= 0.3 for gap in gaps), gaps
    assert time.monotonic() - start >= 0.95
    # The limit holds across batches too: the next message waits for its turn.
    sender.send([appeal(9)], record=lambda r: None, dry_run=False)
    assert handler.received[-1].at - arrivals[-1] >= 0.3


def test_failure_mid_batch_keeps_exact_records_and_retry_skips_them(
    server: tuple[Controller, Recorder],
) -> None:
    controller, handler = server
    handler.refuse_rcpt = {"target3@example.kz"}
    records: list[SendRecord] = []
    sender = SmtpSender(settings_for(controller))
    batch = [appeal(n) for n in range(1, 6)]
    with pytest.raises(SendFailed) as caught:
        sender.send(batch, record=records.append, dry_run=False)
    assert caught.value.sent == 2 and caught.value.failed_id == "appeal-3"
    assert "letter 3 of 5" in str(caught.value) and "2 sent and recorded" in str(caught.value)
    assert "554" in str(caught.value)
    assert [r.message_id for r in records] == ["appeal-1", "appeal-2"]
    assert [r.rcpt_tos[0] for r in handler.received] == [
        "target1@example.kz",
        "target2@example.kz",
    ]

    handler.refuse_rcpt = set()
    report = sender.send(
        batch, record=records.append, already_sent={r.message_id for r in records}, dry_run=False
    )
    assert report.skipped == ["appeal-1", "appeal-2"]
    assert [r.message_id for r in records] == [f"appeal-{n}" for n in range(1, 6)]
    to = [r.rcpt_tos[0] for r in handler.received]
    assert to == [f"target{n}@example.kz" for n in range(1, 6)]  # nobody got a letter twice


def test_server_stopped_mid_batch(server: tuple[Controller, Recorder]) -> None:
    controller, handler = server
    records: list[SendRecord] = []

    def record(sent: SendRecord) -> None:
        records.append(sent)
        if len(records) == 2:
            controller.stop()

    with pytest.raises(SendFailed) as caught:
        SmtpSender(settings_for(controller)).send(
            [appeal(n) for n in range(1, 5)], record=record, dry_run=False
        )
    assert caught.value.sent == 2 and caught.value.failed_id == "appeal-3"
    assert [r.message_id for r in records] == ["appeal-1", "appeal-2"]
    assert len(handler.received) == 2


def test_a_line_lost_during_data_says_the_letter_may_have_arrived(
    server: tuple[Controller, Recorder],
) -> None:
    controller, handler = server
    handler.drop_at_data = 2
    records: list[SendRecord] = []
    with pytest.raises(SendFailed) as caught:
        SmtpSender(settings_for(controller)).send(
            [appeal(n) for n in range(1, 4)], record=records.append, dry_run=False
        )
    assert caught.value.sent == 1 and caught.value.failed_id == "appeal-2"
    assert "Letter 2 may have arrived all the same" in str(caught.value)
    # a refusal the server states is not uncertain: no such warning there
    handler.drop_at_data, handler.refuse_rcpt = 0, {"target3@example.kz"}
    with pytest.raises(SendFailed) as refused:
        SmtpSender(settings_for(controller)).send([appeal(3)], record=records.append, dry_run=False)
    assert "may have arrived" not in str(refused.value)


def test_a_failing_record_stops_the_batch(server: tuple[Controller, Recorder]) -> None:
    controller, handler = server

    def record(sent: SendRecord) -> None:
        raise OSError("disk full")

    with pytest.raises(RecordFailed, match="was sent but could not be recorded") as caught:
        SmtpSender(settings_for(controller)).send(
            [appeal(1), appeal(2)], record=record, dry_run=False
        )
    assert caught.value.failed_id == "appeal-1"
    assert len(handler.received) == 1  # the second was not attempted


def test_send_window_refuses_outside_hours(server: tuple[Controller, Recorder]) -> None:
    controller, handler = server
    window = (clock_time(8), clock_time(20))
    clock = iter([datetime(2024, 5, 6, 19, 59), datetime(2024, 5, 6, 20, 0)])
    sender = SmtpSender(settings_for(controller, window=window), now=lambda: next(clock))
    records: list[SendRecord] = []
    with pytest.raises(OutsideSendWindow, match=r"between 08:00 and 20:00.*1 of 2 sent"):
        sender.send([appeal(1), appeal(2)], record=records.append, dry_run=False)
    assert [r.message_id for r in records] == ["appeal-1"]
    assert len(handler.received) == 1
    night = SmtpSettings(host="smtp.example.org", from_addr="a@example.org")
    night = replace(night, window=(clock_time(22), clock_time(6)))
    assert night.in_window(datetime(2024, 5, 6, 23, 30))
    assert night.in_window(datetime(2024, 5, 6, 5, 59))
    assert not night.in_window(datetime(2024, 5, 6, 12, 0))


def test_settings_are_checked() -> None:
    with pytest.raises(SmtpSettingsError, match="Unencrypted SMTP"):
        SmtpSettings(host="smtp.example.org", security="none", from_addr="a@example.org")
    SmtpSettings(host="localhost", security="none", from_addr="a@example.org")
    SmtpSettings(host="::1", security="none", from_addr="a@example.org")
    with pytest.raises(SmtpSettingsError, match="Unknown SMTP security"):
        SmtpSettings(host="smtp.example.org", security="ssl", from_addr="a@example.org")  # type: ignore[arg-type]
    with pytest.raises(SmtpSettingsError, match="port"):
        SmtpSettings(host="smtp.example.org", port=0, from_addr="a@example.org")
    with pytest.raises(SmtpSettingsError, match="rate limit"):
        SmtpSettings(host="smtp.example.org", per_period=0, from_addr="a@example.org")


def test_password_stays_out_of_repr() -> None:
    settings = SmtpSettings(host="smtp.example.org", username="me", from_addr="a@example.org")
    sender = SmtpSender(settings, password="hunter2-secret")
    assert "hunter2" not in repr(sender) and "hunter2" not in repr(sender.settings)
