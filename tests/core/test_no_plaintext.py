"""No case content in plaintext anywhere Vigil writes, and private file modes.

A whole CLI session (init, a case with people named in Latin and Cyrillic, notes, an
attachment, search, history, show, backup, verify, identity export) runs with distinctive
marker words. Then every byte of every file in the vault, in the CLI's home (its TMPDIR and
log folder among them) and every file created or changed in the system temp folder during
the test is scanned for each marker in UTF-8 and UTF-16-LE, as typed and in lower case.
"""

from __future__ import annotations

import io
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli import Cli
from tests.support.plaintext import files_under, snapshot
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto import recovery
from vigil.crypto.header import recovery_age_identity_strings
from vigil.vault.backup import restore_backup, write_backup
from vigil.vault.store import Vault

CASE_TITLE = "Quorvaxine Dossier"
PERSON_LATIN = "Zhanarbekova Qwyntessaly"
PERSON_CYRILLIC = "Жанарбекова Квинтэссалия"
NOTE_TEXT = "Vorpalwind testified that Glimmerfrost was held incommunicado"
NOTE_FILE_TEXT = "Second account from Thrumblecastle: Каракөлтерек confirmed it"
ATTACHMENT_TEXT = "ATTACHMARK Hexaglyphia Oblivrant scanned statement"

MARKERS = [CASE_TITLE, PERSON_LATIN, PERSON_CYRILLIC, NOTE_TEXT, NOTE_FILE_TEXT, ATTACHMENT_TEXT]
# Full-text search stores single words, folded to lower case: scan every distinctive word too.
COMMON = {"Dossier", "testified", "that", "was", "held", "incommunicado", "Second", "account",
          "from", "confirmed", "it", "scanned", "statement"}  # fmt: skip


def needles() -> dict[bytes, str]:
    words = {w.strip(":") for m in MARKERS for w in m.split()} - COMMON
    texts = set(MARKERS) | {w for w in words if len(w) >= 6}
    found: dict[bytes, str] = {}
    for text in texts:
        for form in {text, text.lower()}:
            for encoding in ("utf-8", "utf-16-le"):
                found[form.encode(encoding)] = f"{form!r} ({encoding})"
    return found


def scan(paths: list[Path], excluded: set[Path]) -> list[str]:
    patterns = needles()
    leaks: list[str] = []
    for path in paths:
        if path in excluded or any(parent in excluded for parent in path.parents):
            continue
        try:
            data = path.read_bytes()
        except (FileNotFoundError, PermissionError, IsADirectoryError):
            continue
        leaks += [f"{path}: {what}" for needle, what in patterns.items() if needle in data]
    return leaks


# About 12 s on a quiet machine, all of it the dozen CLI processes whose leftovers are the
# point: make test (CI) runs it, make test-fast does not.
@pytest.mark.slow
def test_cli_session_leaves_no_plaintext(
    cli: Cli, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    cli.process = True  # what whole processes leave behind, as a person runs them
    system_tmp = Path(tempfile.gettempdir())
    before = snapshot(system_tmp)
    inputs = tmp_path / "inputs"  # plaintext on purpose: what the person brings in
    inputs.mkdir()
    evidence = inputs / "statement.txt"
    evidence.write_text(f"{ATTACHMENT_TEXT}\n" * 200, "utf-8")
    note_file = inputs / "note.md"
    note_file.write_text(NOTE_FILE_TEXT + "\n", "utf-8")
    identity = cli.home / "identity.txt"
    backup = cli.home / "backups" / "vault.age"
    backup.parent.mkdir()

    cli.init()
    case_id = cli(
        "case", "add", "--title", CASE_TITLE, "--country", "kz",
        "--person", PERSON_LATIN, "--person", PERSON_CYRILLIC,
    ).last_line  # fmt: skip
    note_id = cli("note", "add", case_id, "--text", NOTE_TEXT).last_line
    cli("note", "add", case_id, "--file", str(note_file))
    attachment_id = cli("attach", case_id, str(evidence)).last_line
    # The session really worked on the content the scan looks for.
    assert note_id in cli("search", "Glimmerfrost").stdout
    assert "Квинтэссалия" in cli("search", "квинтэссалия").stdout
    assert "Thrumblecastle" in cli("search", "Каракөлтерек").stdout
    history = cli("history", note_id).stdout.split()
    assert NOTE_TEXT in cli("history", note_id, "--show", history[0]).stdout
    shown = cli("case", "show", case_id).stdout
    assert PERSON_LATIN in shown and PERSON_CYRILLIC in shown and attachment_id[:8] in shown
    cli("backup", "--out", str(backup))
    assert "all intact" in cli("verify").stdout
    cli("identity", "export", "--out", str(identity))
    assert identity.read_text().count("AGE-SECRET-KEY-1") == 1

    log = cli.home / "logs" / "vigil.log"
    assert log.is_file() and log.stat().st_size > 0, "no log: the scan would prove nothing"
    assert "saved" in log.read_text("utf-8")
    assert backup.stat().st_size > evidence.stat().st_size

    after = snapshot(system_tmp)
    # pytest's own temporary trees belong to other tests (another xdist worker, another run on
    # a shared machine, which may be this very test writing the same markers): only this
    # test's tmp_path is ours there. The CLI's temp folder is inside it (TMPDIR).
    base = tmp_path_factory.getbasetemp().resolve()
    pytest_tmp = next((p for p in [base, *base.parents] if p.name.startswith("pytest-of-")), base)
    created = [
        p for p, sig in after.items()
        if before.get(p) != sig
        and (not p.resolve().is_relative_to(pytest_tmp) or p.resolve().is_relative_to(tmp_path))
    ]  # fmt: skip
    vault_files = list(files_under(cli.vault))
    home_files = list(files_under(cli.home))
    assert {p.name for p in vault_files} >= {"vault.header", "vault.db"}
    assert any(p.suffix == ".age" for p in vault_files)
    excluded = {identity, inputs}
    leaks = scan(vault_files + home_files + created, excluded)
    assert leaks == [], "plaintext found:\n" + "\n".join(leaks)
    # The scan itself works: it finds the markers where they are meant to be in the clear.
    assert scan([evidence, note_file], set())


def test_cli_vault_files_are_private(cli: Cli) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "modes").last_line
    source = cli.home / "evidence.bin"
    source.write_bytes(os.urandom(10_000))
    cli("attach", case_id, str(source))
    backup = cli.home / "backup.age"
    cli("backup", "--out", str(backup))
    identity = cli.home / "identity.txt"
    cli("identity", "export", "--out", str(identity))
    assert_private(cli.vault)
    assert_private(cli.home / "logs")
    for secret in (backup, identity):
        assert stat.S_IMODE(secret.stat().st_mode) == 0o600, secret


def assert_private(root: Path) -> None:
    assert stat.S_IMODE(root.stat().st_mode) == 0o700, root
    entries = list(root.rglob("*"))
    assert entries, f"nothing under {root}"
    wrong = [
        f"{p.relative_to(root)}: {oct(stat.S_IMODE(p.stat().st_mode))}"
        for p in entries
        if stat.S_IMODE(p.stat().st_mode) != (0o700 if p.is_dir() else 0o600)
    ]
    assert wrong == [], f"not private under {root}: {wrong}"


@pytest.fixture
def loose_umask() -> Iterator[None]:
    """The umask of a typical desktop session, which the app (not only the CLI) runs under."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("loose_umask")
def test_api_vault_files_are_private_whatever_the_umask(tmp_path: Path) -> None:
    """files.py: "Every folder Vigil makes is 0700 and every file 0600, whatever the umask."
    The GUI opens vaults through the API, without the CLI's umask(0o077)."""
    source = tmp_path / "evidence.bin"
    source.write_bytes(os.urandom(10_000))
    vault, recovery_key = Vault.create(tmp_path / "vault", PASSPHRASE, FAST_KDF)
    with vault:
        case_id = vault.save("case", {"title": "modes"}).item
        vault.add_attachment(case_id, source)
        write_backup(vault, tmp_path / "backup.age")
        assert_private(vault.path)  # while open: the WAL and shared-memory files too
    assert_private(tmp_path / "vault")
    assert stat.S_IMODE((tmp_path / "backup.age").stat().st_mode) == 0o600
    restored = restore_backup(
        tmp_path / "backup.age",
        tmp_path / "restored",
        recovery_age_identity_strings(recovery_key),
        lambda h: h.unwrap_with_recovery(recovery.parse_key(recovery_key)),
    )
    with restored:
        out = io.BytesIO()
        (attachment,) = restored.items("attachment")
        restored.read_attachment(attachment.id, out)
        assert out.getvalue() == source.read_bytes()
        assert_private(restored.path)
