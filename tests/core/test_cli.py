"""The headless interface: ids, --json, exit codes, errors. In this process through
vigil.cli.main, except the exit codes, which are checked as a script sees them (a subprocess)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.support.cli import Cli


def test_init_prints_recovery_key_and_vault_id(cli: Cli) -> None:
    key = cli.init()
    assert len(key.split("-")) == 9
    out = cli("case", "list", "--json")
    assert json.loads(out.stdout) == []
    assert (cli.vault / "vault.header").stat().st_mode & 0o777 == 0o600
    assert cli.vault.stat().st_mode & 0o777 == 0o700


def test_listings_are_json_arrays_with_ids(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "Listing", "--person", "Айгүл Нұрова").last_line
    note_id = cli("note", "add", case_id, "--text", "Айгүл was seen in court").last_line
    attachment = tmp_path / "photo.txt"
    attachment.write_text("not really a photo")
    att_id = cli("attach", case_id, str(attachment)).last_line
    for argv in (("case", "list"), ("search", "Айгүл"), ("history", note_id)):
        rows = json.loads(cli(*argv, "--json").stdout)
        assert isinstance(rows, list) and rows and all("id" in row for row in rows), argv
    shown = json.loads(cli("case", "show", case_id, "--json").stdout)
    assert shown["id"] == case_id
    assert [a["ref"] for a in shown["attachments"]] == [att_id]
    assert shown["people"][0]["names"][0] == {"text": "Айгүл Нұрова", "script": "Cyrl"}


def test_history_show_and_restore(cli: Cli) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "History").last_line
    note_id = cli("note", "add", case_id, "--text", "first").last_line
    first_rev = json.loads(cli("history", note_id, "--json").stdout)[0]["id"]
    assert json.loads(cli("history", note_id, "--show", first_rev[:12]).stdout)["text"] == "first"
    new_rev = cli("history", note_id, "--restore", first_rev).last_line
    assert len(new_rev) == 64 and new_rev != first_rev


def test_exit_codes(cli: Cli, tmp_path: Path) -> None:
    cli.process = True
    cli.init()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    result = cli("--passphrase-file", str(wrong), "case", "list", passphrase=False, check=False)
    assert (result.returncode, result.stderr) == (3, "vigil: Wrong passphrase.\n")
    assert cli("case", "frobnicate", check=False).returncode == 2
    assert cli("export", "--out", str(tmp_path / "x"), check=False).returncode == 2
    missing = cli("note", "add", "0" * 32, "--text", "x", check=False)
    assert missing.returncode == 1 and "no case" in missing.stderr
    assert len(missing.stderr.strip().splitlines()) == 1
    no_secret = cli("case", "list", passphrase=False, check=False)
    assert no_secret.returncode == 2 and "--passphrase-file" in no_secret.stderr
    (cli.vault / "vault.header").write_bytes(b"VIGILVLT" + b"\0" * 10)
    damaged = cli("case", "list", check=False)
    assert damaged.returncode == 4 and "damaged" in damaged.stderr


def test_init_refuses_weak_kdf_and_short_passphrase(cli: Cli, tmp_path: Path) -> None:
    weak = cli("init", "--kdf-memory-mib", "16", "--kdf-iterations", "3", check=False)
    assert weak.returncode == 2 and "below the minimum" in weak.stderr
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    result = cli("--passphrase-file", str(short), "init", passphrase=False, check=False)
    assert result.returncode == 2 and "at least 12" in result.stderr
    assert not (cli.vault / "vault.header").exists()


@pytest.mark.usefixtures("floor_kdf")
def test_passwd_recover_and_restore_from_recovery_key(cli: Cli, tmp_path: Path) -> None:
    key = cli.init()
    case_id = cli("case", "add", "--title", "Recoverable").last_line
    new = tmp_path / "new.txt"
    new.write_text("the second passphrase\n")
    cli("passwd", "--new-passphrase-file", str(new))
    assert cli("case", "list", check=False).returncode == 3
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(key + "\n")
    cli(
        "recover",
        "--recovery-key-file",
        str(key_file),
        "--new-passphrase-file",
        str(cli.passphrase_file),
        passphrase=False,
    )
    assert case_id in cli("case", "list").stdout
    backup = cli("backup", "--out", str(tmp_path / "b.age")).last_line
    other = Cli(tmp_path / "restored", new, cli.home)
    restored = other(
        "restore",
        backup,
        "--recovery-key-file",
        str(key_file),
        "--new-passphrase-file",
        str(new),
        passphrase=False,
    )
    assert len(restored.last_line) == 32
    assert case_id in other("case", "list").stdout
    assert "all intact" in other("verify").stdout
    again = other(
        "restore",
        backup,
        "--recovery-key-file",
        str(key_file),
        "--new-passphrase-file",
        str(new),
        passphrase=False,
        check=False,
    )
    assert again.returncode == 2 and "already exists" in again.stderr


def test_plaintext_export_needs_the_flag_and_warns(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "Exported").last_line
    cli("note", "add", case_id, "--text", "visible after export")
    result = cli("export", "--plaintext", "--out", str(tmp_path / "plain"))
    assert "UNENCRYPTED" in result.stderr
    document = json.loads((tmp_path / "plain" / "cases.json").read_text("utf-8"))
    assert document["cases"][0]["notes"][0]["text"] == "visible after export"


def test_import_reports_record_and_field(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps(
            {
                "format": "vigil-cases",
                "version": 1,
                "cases": [{"title": "ok", "events": [{"date": "soon"}]}],
            }
        )
    )
    result = cli("import", str(bad), check=False)
    assert result.returncode == 2
    assert "cases[0].events[0].date" in result.stderr and "Nothing was imported" in result.stderr
    assert json.loads(cli("case", "list", "--json").stdout) == []
    (tmp_path / "broken.json").write_text('{"format": ')
    broken = cli("import", str(tmp_path / "broken.json"), check=False)
    assert broken.returncode == 2 and "not valid JSON" in broken.stderr


def test_enrolment_code_comes_from_a_file_or_is_asked_for_plainly(cli: Cli, tmp_path: Path) -> None:
    """The 520-character code need not go on the command line (shell history): --code-file
    reads it. A missing code, a code given twice or an unreadable file is a usage error."""
    cli.init()
    code_file = tmp_path / "code.txt"
    code_file.write_text("not-a-code\n")
    read = cli("sync", "enrol", "--code-file", str(code_file), check=False)
    assert read.returncode == 2 and "code" in read.stderr.lower()
    assert "not-a-code" not in read.stderr  # the file was read and parsed, not echoed
    missing = cli("sync", "enrol", check=False)
    assert missing.returncode == 2 and "--code-file" in missing.stderr
    both = cli("sync", "enrol", "x", "--code-file", str(code_file), check=False)
    assert both.returncode == 2 and "not both" in both.stderr
    gone = cli("sync", "enrol", "--code-file", str(tmp_path / "nowhere"), check=False)
    assert gone.returncode == 2 and "Cannot read" in gone.stderr
    assert "Not enrolled" in cli("sync", "status").stdout


def test_a_folder_without_a_vault_is_named_before_the_passphrase_is_asked(
    cli: Cli, tmp_path: Path
) -> None:
    """'vigil hq init CODE' on a folder with no vault asked for a passphrase and only then said
    there was no vault: the passphrase file here does not exist, so asking reads it first."""
    cli.passphrase_file = tmp_path / "no-such-passphrase-file"
    for args in (("hq", "init", "CODE"), ("case", "list")):
        done = cli(*args, check=False)
        assert done.returncode == 1, done.stderr
        assert "There is no vault" in done.stderr and "vigil init" in done.stderr
        assert "Cannot read" not in done.stderr


def test_output_to_a_closed_pipe_ends_quietly(cli: Cli) -> None:
    """'vigil ... | head -1': the reader goes away; Vigil stops as a program stopped by the
    broken pipe does (status 141), without "unexpected BrokenPipeError" or a traceback."""
    import os
    import subprocess
    import sys

    cli.init()
    for args in (("sync", "status"), ("case", "list", "--json")):
        read_end, write_end = os.pipe()
        os.close(read_end)  # the reader is gone before anything is written
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "vigil", "--vault", str(cli.vault),
                 "--passphrase-file", str(cli.passphrase_file), *args],
                stdout=write_end, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                env=cli.env, text=True, timeout=120,
            )  # fmt: skip
        finally:
            os.close(write_end)
        assert proc.returncode == 141, (args, proc.returncode, proc.stderr)
        assert proc.stderr == "", (args, proc.stderr)


def test_bad_option_values_are_usage_errors(cli: Cli) -> None:
    """A value the option does not take is a usage error (exit 2), named, like any other."""
    cli.init()
    case_id = cli("case", "add", "--title", "Detained").last_line
    kind = cli("alert", "raise", case_id, "--kind", "arrested", "--no-sync", check=False)
    assert kind.returncode == 2, kind.stderr
    assert "'arrested'" in kind.stderr and "detained" in kind.stderr
    moments = (datetime.now(UTC) + timedelta(seconds=3)).strftime("%Y-%m-%dT%H:%M:%SZ")
    for expires in ("2w", "2020-01-01T00:00:00Z", moments):
        bad = cli("hq", "alert", "--severity", "urgent", "--expires", expires, "--text", "x",
                  check=False)  # fmt: skip
        assert bad.returncode == 2, (expires, bad.stderr)
        assert "--expires" in bad.stderr


def test_short_ids_that_case_show_prints_are_taken(cli: Cli) -> None:
    """'case show' prints short ids ([1a2b3c4d]); 'history' and the other commands take them."""
    import re

    cli.init()
    case_id = cli("case", "add", "--title", "Detained").last_line
    note_id = cli("note", "add", case_id[:8], "--text", "First visit").last_line
    shown = cli("case", "show", case_id[:6]).stdout
    refs = re.findall(r"\[([0-9a-f]{8})\]", shown)
    assert refs == [note_id[:8]], shown
    history = cli("history", refs[0]).stdout
    assert history.strip() and "device" in history
    short = cli("history", "ab", check=False)
    assert short.returncode == 2 and "too short" in short.stderr
    missing = cli("history", "ffffffff" if not note_id.startswith("ffff") else "0000", check=False)
    assert missing.returncode == 1 and "No item" in missing.stderr
