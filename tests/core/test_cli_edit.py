"""The command line can do the whole job (issue 20): people, events and sources added and
edited, any item deleted as a revision (and brought back), one attachment taken out."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.support.cli import Cli


def _show(cli: Cli, case_id: str) -> dict:
    return json.loads(cli("case", "show", case_id, "--json").stdout)


def test_add_edit_and_delete_from_the_command_line(cli: Cli) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "Detained at the border").last_line
    person = cli("person", "add", case_id[:8], "--name", "Aigerim Nurlanova",
                 "--name", "Айгерим Нурланова", "--gender", "feminine").last_line  # fmt: skip
    source = cli("source", "add", case_id, "--title", "Lawyer's statement", "--url",
                 "https://example.org/statement", "--date", "2026-11-02").last_line  # fmt: skip
    event = cli("event", "add", case_id, "--date", "2026-11-01", "--type", "detention",
                "--text", "Detained at Khorgos", "--source", source[:8]).last_line  # fmt: skip
    cli("case", "edit", case_id[:8], "--status", "monitoring", "--country", "kz")
    cli("event", "edit", event, "--place", "Khorgos")
    cli("person", "edit", person, "--role", "detained")
    cli("source", "edit", source, "--reliability", "reliable")

    shown = _show(cli, case_id)
    assert shown["status"] == "monitoring" and shown["country"] == "KZ"
    text = json.dumps(shown, ensure_ascii=False)
    for expected in ("Айгерим Нурланова", "Khorgos", "Lawyer's statement", "reliable", "detained"):
        assert expected in text, expected

    # Bad values are refused by the model, plainly, and change nothing.
    bad = cli("event", "add", case_id, "--date", "yesterday", "--type", "detention",
              "--text", "x", check=False)  # fmt: skip
    assert bad.returncode != 0 and "date" in bad.stderr.lower()
    nothing = cli("case", "edit", case_id, check=False)
    assert nothing.returncode == 2 and "Nothing to change" in nothing.stderr

    # Delete is a revision: history keeps the rest, and --restore brings it back.
    gone = cli("delete", event)
    restore = re.search(r"--restore ([0-9a-f]+)'", gone.stdout)
    assert restore is not None, gone.stdout
    assert "Khorgos" not in json.dumps(_show(cli, case_id), ensure_ascii=False)
    versions = json.loads(cli("history", event, "--json").stdout)
    assert [v["deleted"] for v in versions].count(True) == 1 and len(versions) == 3
    cli("history", event, "--restore", restore.group(1))
    assert "Khorgos" in json.dumps(_show(cli, case_id), ensure_ascii=False)
    whole = cli("delete", case_id, check=False)  # a whole case asks for --yes
    assert whole.returncode == 2 and "--yes" in whole.stderr


def test_one_attachment_taken_out_never_over_a_file(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "Detained").last_line
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"\xff\xd8" + bytes(range(256)) * 40)
    att = cli("attach", case_id, str(photo)).last_line
    out = tmp_path / "out" / "copy.jpg"
    out.parent.mkdir()
    cli("attachment", "export", att[:8], "--out", str(out))
    assert out.read_bytes() == photo.read_bytes()
    mine = tmp_path / "out" / "mine.txt"
    mine.write_text("my own file")
    refused = cli("attachment", "export", att, "--out", str(mine), check=False)
    assert refused.returncode == 2 and "already exists" in refused.stderr
    assert mine.read_text() == "my own file"
    assert sorted(p.name for p in out.parent.iterdir()) == ["copy.jpg", "mine.txt"]
