"""`vigil appeal send`: one letter per signatory over a real SMTP server on loopback; the send
log lives in the vault, and sending the batch again skips what went out."""

from __future__ import annotations

import json
from email.parser import BytesParser
from email.policy import default

from tests.support.appeals import SAMPLE_FILE

CONSENT = "I agree that my name and city appear on letters for this urgent action."


def _send(cli, controller, *extra: str, check: bool = True):
    return cli(
        "appeal", "send", "--follow-up", "--ua", "ua-046-19", "--lang", "ru", "--per-signatory",
        "--smtp-host", "127.0.0.1", "--smtp-port", str(controller.port), "--security", "none",
        "--per-minute", "600", "--window", "any", *extra, check=check,
    )  # fmt: skip


def test_dry_run_then_send_then_retry(cli, tmp_path, server) -> None:
    controller, recorder = server
    cli("init", "--kdf-memory-mib", "64", "--kdf-iterations", "3")
    cli("ua", "import", str(SAMPLE_FILE))
    people = tmp_path / "people.csv"
    people.write_text("name,city,consent\nАсель,Алматы,yes\nБолат,Шымкент,yes\n", "utf-8")
    consent = tmp_path / "consent.txt"
    consent.write_text(CONSENT, "utf-8")
    cli(
        "signatories",
        "import",
        str(people),
        "--consent-text-file",
        str(consent),
        "--consent-version",
        "2026-1",
    )

    dry = _send(cli, controller, "--sender", "Айгерим", "--from", "aigerim@example.org")
    assert "Dry run: 2 letter(s)" in dry.stdout and recorder.received == []

    sent = _send(cli, controller, "--send")
    assert "Sent 2 letter(s)" in sent.stdout
    signers = set()
    for message in recorder.received:
        parsed = BytesParser(policy=default).parsebytes(message.content)
        assert message.rcpt_tos == ["president.sample@example.org"]
        text = parsed.get_body(("plain",)).get_content()
        signers.add(text.rstrip().splitlines()[-2])  # the signer's name, above the city
    assert signers == {"Асель", "Болат"}
    appeals = json.loads(cli("appeal", "list", "--json").stdout)
    assert sorted(a["status"] for a in appeals) == ["sent", "sent"]

    again = _send(cli, controller, "--send")
    assert "Sent 0 letter(s); 2 had been sent before." in again.stdout
    assert len(recorder.received) == 2
