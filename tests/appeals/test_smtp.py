"""SMTP sending against a real SMTP server on loopback (aiosmtpd).

The server records when each message arrived, so the rate limit is measured where it matters;
failures are real SMTP replies or a server that goes away in the middle of a batch.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import replace
from datetime import datetime, timedelta
from datetime import time as clock_time
from email.parser import BytesParser
from email.policy import default

import pytest
from aiosmtpd.controller import Controller

from tests.support.smtp import PDF, Recorder, appeal, settings_for
from vigil.appeals.smtp import (
    OutsideSendWindow,
    RecordFailed,
    SendFailed,
    SendRecord,
    SmtpSender,
    SmtpSettings,
    SmtpSettingsError,
)


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
