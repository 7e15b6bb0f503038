"""Writing where a person chose never touches a file Vigil did not make.

Exports, backups and letters are written to a temporary file beside the target and renamed
once complete. That temporary file used to have a fixed name (``.NAME.partial``), opened with
truncation and removed on failure: a person's own file of that name was emptied, moved over
the target, or deleted. Now it is a new file with a random name made with O_EXCL.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.appeals import SAMPLE_FILE
from vigil.vault.backup import write_backup
from vigil.vault.files import atomic_write, save_beside, written_aside
from vigil.vault.store import Vault


class Boom(Exception):
    pass


def _theirs(folder: Path, target: str) -> dict[Path, bytes]:
    """The person's own files with the names the old code used beside ``target``."""
    files = {
        folder / f".{target}.partial": b"my notes, not Vigil's",
        folder / f".{target}.tmp": b"also mine",
    }
    for path, data in files.items():
        path.write_bytes(data)
    return files


def _untouched(files: dict[Path, bytes]) -> None:
    for path, data in files.items():
        assert path.read_bytes() == data, path


def test_a_saved_file_leaves_the_persons_files_beside_it_alone(tmp_path: Path) -> None:
    theirs = _theirs(tmp_path, "letter.pdf")
    save_beside(tmp_path / "letter.pdf", b"%PDF-new")
    assert (tmp_path / "letter.pdf").read_bytes() == b"%PDF-new"
    assert oct((tmp_path / "letter.pdf").stat().st_mode & 0o777) == "0o600"
    _untouched(theirs)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["letter.pdf", *(p.name for p in theirs)]
    )


def test_a_failed_write_removes_only_its_own_file(tmp_path: Path) -> None:
    theirs = _theirs(tmp_path, "export.bin")
    (tmp_path / "export.bin").write_bytes(b"older export")
    with pytest.raises(Boom), written_aside(tmp_path / "export.bin") as handle:
        handle.write(b"half")
        raise Boom()
    assert (tmp_path / "export.bin").read_bytes() == b"older export"
    _untouched(theirs)
    assert len(list(tmp_path.iterdir())) == 3


def test_a_long_name_still_fits(tmp_path: Path) -> None:
    name = "я" * 120 + ".pdf"  # 244 bytes: the random part must not push it past 255
    save_beside(tmp_path / name, b"ok")
    assert (tmp_path / name).read_bytes() == b"ok"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_backup_leaves_a_file_named_like_its_old_temporary(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    theirs = _theirs(folder, "vault.backup")
    write_backup(vault, folder / "vault.backup")
    _untouched(theirs)
    assert (folder / "vault.backup").read_bytes().startswith(b"age-encryption.org/v1")


def test_a_letter_from_the_command_line_leaves_the_persons_file(cli, tmp_path: Path) -> None:
    cli("init", "--kdf-memory-mib", "64", "--kdf-iterations", "3")
    ua_id = cli("ua", "import", str(SAMPLE_FILE)).last_line
    theirs = _theirs(tmp_path, "letter.pdf")
    out = str(tmp_path / "letter.pdf")
    cli("appeal", "render", "--follow-up", "--ua", ua_id, "--lang", "en", "--format", "pdf",
        "--out", out, "--sender", "A. Sender", "--city", "Almaty")  # fmt: skip
    _untouched(theirs)
    assert (tmp_path / "letter.pdf").read_bytes().startswith(b"%PDF")


def test_vigils_own_temporary_name_does_not_follow_a_planted_link(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_bytes(b"someone else's file")
    (tmp_path / ".settings.json.tmp").symlink_to(elsewhere)
    with pytest.raises(OSError):
        atomic_write(tmp_path / "settings.json", b"{}")
    assert elsewhere.read_bytes() == b"someone else's file"
    assert not (tmp_path / "settings.json").exists()
    assert os.path.islink(tmp_path / ".settings.json.tmp")


def test_a_bundle_for_a_usb_stick_leaves_the_persons_file(tmp_path: Path) -> None:
    from vigil.crypto.age.recipients import X25519Identity
    from vigil.sync import bundle

    reader = X25519Identity.generate()
    theirs = _theirs(tmp_path, "for-hq.vigil")
    out = tmp_path / "for-hq.vigil"
    header = {"direction": "to-hq", "org": "x", "from": "a", "to": "hq", "made": "now"}
    bundle.write(out, [reader.recipient], header, [b"envelope"], [], [])
    _untouched(theirs)
    assert bundle.read(out, [reader], tmp_path / "stage").envelopes == [b"envelope"]
