"""A real SMTP server on loopback (aiosmtpd) that records what arrived, and sample appeals."""

from __future__ import annotations

import socket
import time
from dataclasses import dataclass, field, replace
from typing import Any

from aiosmtpd.controller import Controller

from vigil.appeals.letter import Letter
from vigil.appeals.smtp import (
    Outgoing,
    SmtpSettings,
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
