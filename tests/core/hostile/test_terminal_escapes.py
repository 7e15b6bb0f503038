"""Untrusted text printed by the CLI cannot drive the terminal.

A case title, a name or a note can come from another device, an HQ desk or an import file.
Printed raw, ``ESC ] 52`` writes the clipboard, ``ESC ] 0`` retitles the window, ``ESC [2J``
wipes the screen, ``CR`` overwrites what was shown, U+009B is a one-byte CSI for some
terminals and U+202E makes text read backwards. The CLI shows each as a visible ``\\uXXXX``
escape instead, and ``--json`` still gives back the exact stored text.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import Cli
from vigil.cli_common import neutralise

HOSTILE = "Detained\x1b]52;c;cm0gLXJmIH4=\x07 \x1b[2J\rjournalist\x9b31m \u202egnp.exe\u2066 x\x7f"
OBEYED = ["\x1b", "\x07", "\r", "\x9b", "\u202e", "\u2066", "\x7f"]


def test_neutralise_keeps_text_and_lines() -> None:
    assert neutralise("Алматы\tline\nnext") == "Алматы\tline\nnext"
    shown = neutralise(HOSTILE)
    assert not any(ch in shown for ch in OBEYED)
    assert "\\u001b]52" in shown and "\\u202e" in shown
    assert json.loads(json.dumps(HOSTILE, ensure_ascii=False).replace("\x9b", "\\u009b")) == HOSTILE


def test_cli_output_is_inert_and_json_is_exact(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    document = {
        "format": "vigil-cases",
        "version": 1,
        "cases": [{"title": HOSTILE, "notes": [{"text": "note " + HOSTILE}]}],
    }
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(document), "utf-8")
    case_id = cli("import", str(path)).last_line
    for args in (("case", "list"), ("case", "show", case_id), ("search", "journalist")):
        out = cli(*args)
        assert not any(ch in out.stdout + out.stderr for ch in OBEYED), args
    listed = json.loads(cli("case", "list", "--json").stdout)
    assert [row["title"] for row in listed] == [HOSTILE]  # exact, through the escapes
    shown = json.loads(cli("case", "show", case_id, "--json").stdout)
    assert shown["notes"][0]["text"] == "note " + HOSTILE


def test_error_messages_are_inert(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    document = {
        "format": "vigil-cases",
        "version": 1,
        "cases": [{"title": "x", "people": [{"ref": HOSTILE}, {"ref": HOSTILE}]}],
    }
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(document), "utf-8")
    result = cli("import", str(path), check=False)
    assert result.returncode == 2
    assert "used twice" in result.stderr
    assert not any(ch in result.stderr for ch in OBEYED)
