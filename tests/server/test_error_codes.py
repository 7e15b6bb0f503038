"""Every error code the server can send is in docs/protocol.md §6, under its status: a client
author reads that table, and a code missing from it is one no client handles on purpose."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVER = ROOT / "server" / "vigil_server"
RAISED = re.compile(r"(?:ApiError|error_response)\(\s*([0-9]{3}),\s*\"([a-z_]+)\"")
# commands.py is the admin's command line: its refusals are printed, never sent.
NOT_SENT = {SERVER / "commands.py"}


def sent_codes() -> dict[str, set[str]]:
    codes: dict[str, set[str]] = {}
    for path in SERVER.rglob("*.py"):
        if path in NOT_SENT:
            continue
        for status, code in RAISED.findall(path.read_text("utf-8")):
            codes.setdefault(status, set()).add(code)
    return codes


def documented() -> dict[str, str]:
    text = (ROOT / "docs" / "protocol.md").read_text("utf-8")
    errors = text[text.index("## 6. Errors") : text.index("## 7.")]
    rows = re.findall(r"^\| ([0-9]{3}) \| (.*) \|$", errors, re.MULTILINE)
    return dict(rows)


def test_every_code_the_server_sends_is_documented_under_its_status() -> None:
    codes, table = sent_codes(), documented()
    assert sum(len(c) for c in codes.values()) > 40  # the scan found the server's refusals
    missing = sorted(
        f"{status} {code}"
        for status, found in codes.items()
        for code in found
        if f"`{code}`" not in table.get(status, "")
    )
    assert missing == []
