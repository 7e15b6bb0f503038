"""``note add --text -`` and ``--file -`` read the note from standard input.

Text given as an argument is visible to every user of the machine in ``ps`` while the
command runs, and stays in the shell's history file afterwards: a witness's name typed there
is outside the vault for good. Standard input is neither.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.support.cli import Cli

SECRET = "Witness: Айгүл S., lives behind the bazaar\nsecond line — kept exactly\n"


def run_with_input(cli: Cli, data: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    argv = [sys.executable, "-m", "vigil", "--vault", str(cli.vault)]
    argv += ["--passphrase-file", str(cli.passphrase_file), *args]
    return subprocess.run(argv, input=data, capture_output=True, env=cli.env, timeout=120)


@pytest.mark.parametrize("flag", ["--text", "--file"])
def test_note_text_comes_from_standard_input(cli: Cli, flag: str) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "Detained journalist").last_line
    done = run_with_input(cli, SECRET.encode(), "note", "add", case_id, flag, "-")
    assert done.returncode == 0, done.stderr
    shown = json.loads(cli("case", "show", case_id, "--json").stdout)
    assert [n["text"] for n in shown["notes"]] == [SECRET]


def test_standard_input_that_is_not_utf8_saves_nothing(cli: Cli) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "Detained journalist").last_line
    done = run_with_input(cli, b"name: \xff\xfe", "note", "add", case_id, "--text", "-")
    assert done.returncode == 2
    assert b"standard input" in done.stderr and b"UTF-8" in done.stderr
    shown = json.loads(cli("case", "show", case_id, "--json").stdout)
    assert shown["notes"] == []
