"""``vigil backup`` says what the app's Back up dialog says, from the same sentences
(vault/backup_words.py): which tools open the file, and the X25519 choice's warning."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import Cli
from vigil.vault import backup_words
from vigil.words import fill


def test_backup_says_which_tools_open_it_and_warns_for_x25519(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    plain = cli("backup", "--out", str(tmp_path / "pq.age"))
    assert backup_words.OPENS_HYBRID in plain.stdout
    assert "WARNING" not in plain.stderr
    assert plain.last_line == str(tmp_path / "pq.age")  # the path stays the last line
    old = cli("backup", "--x25519", "--out", str(tmp_path / "x.age"))
    assert f"WARNING: {backup_words.X25519_WARNING}" in old.stderr
    assert backup_words.OPENS_X25519 in old.stdout
    shown = " ".join(cli("backup", "--help").stdout.split())
    assert backup_words.X25519_CHOICE in shown


def test_fill_replaces_each_place_once() -> None:
    # a value holding "%2" (a URL's escape) is not filled again
    assert fill("%1 (%2)", "https://tsa.example/a%2Fb", "x") == "https://tsa.example/a%2Fb (x)"
    assert fill("%2 then %1", "a", "b") == "b then a"
    assert fill("%1 and %3", "a") == "a and %3"
