"""Wipe destroys a vault, and only a vault (issue: trust under failure).

Each test here failed on the wipe that deleted any folder it was given (rmtree), overwrote a
file from one ``os.urandom(size)`` buffer, followed links, and destroyed the copies opened in
other programs after the database.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import textwrap
import tracemalloc
from pathlib import Path

import platformdirs
import pytest

from tests.support.cli import Cli
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto.errors import VigilError
from vigil.vault import layout, shred
from vigil.vault.store import Vault
from vigil.vault.wipe import NotAVault, NotAVaultHeader, wipe_vault


def _folder_with(tmp_path: Path, files: dict[str, bytes]) -> Path:
    folder = tmp_path / "Documents"
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    return folder


def test_wipe_refuses_a_folder_without_a_vault_header(cli: Cli, tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, {"thesis.docx": b"four years of work"})
    cli.vault = folder
    done = cli("wipe", "--yes", passphrase=False, check=False)
    assert done.returncode == 2, done.stderr
    assert "not a Vigil vault" in done.stderr and "Wiped" not in done.stdout
    assert (folder / "thesis.docx").read_bytes() == b"four years of work"


def test_wipe_refuses_a_header_that_is_not_vigils(cli: Cli, tmp_path: Path) -> None:
    folder = _folder_with(
        tmp_path, {"vault.header": b"my own notes about vaults\n", "thesis.docx": b"mine"}
    )
    cli.vault = folder
    done = cli("wipe", "--yes", passphrase=False, check=False)
    assert done.returncode == 4, done.stderr
    assert "is not a Vigil vault header" in done.stderr
    assert (folder / "vault.header").read_bytes() == b"my own notes about vaults\n"
    assert (folder / "thesis.docx").exists()


def test_wipe_refuses_a_missing_folder_and_a_link(tmp_path: Path) -> None:
    with pytest.raises(NotAVault):
        wipe_vault(tmp_path / "nothing-here")
    vault, _ = Vault.create(tmp_path / "real", PASSPHRASE, FAST_KDF)
    vault.close()
    os.symlink(tmp_path / "real", tmp_path / "link")
    with pytest.raises(NotAVault, match="link"):
        wipe_vault(tmp_path / "link")
    assert (tmp_path / "real" / "vault.header").exists()
    (tmp_path / "real" / "vault.header").rename(tmp_path / "header-copy")
    os.symlink(tmp_path / "header-copy", tmp_path / "real" / "vault.header")
    with pytest.raises(NotAVaultHeader):
        wipe_vault(tmp_path / "real")
    assert (tmp_path / "header-copy").read_bytes()[:8] == b"VIGILVLT"


def test_wipe_deletes_only_declared_names_and_names_the_rest(cli: Cli) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "Wipe me").last_line
    photo = cli.home / "photo.jpg"
    photo.write_bytes(os.urandom(5000))
    cli("attach", case_id, str(photo))
    (cli.vault / "thesis.docx").write_bytes(b"not Vigil's")
    (cli.vault / "attachments" / "scan.pdf").write_bytes(b"not Vigil's either")
    (cli.vault / "Photos").mkdir()
    (cli.vault / "Photos" / "a.jpg").write_bytes(b"jpg")
    done = cli("wipe", "--yes", passphrase=False)
    assert "Wiped" in done.stdout
    for name in ("thesis.docx", "attachments/scan.pdf", "Photos"):
        assert f"Left alone (not Vigil's): {cli.vault / name}" in done.stdout
    assert (cli.vault / "thesis.docx").read_bytes() == b"not Vigil's"
    assert (cli.vault / "attachments" / "scan.pdf").read_bytes() == b"not Vigil's either"
    assert (cli.vault / "Photos" / "a.jpg").read_bytes() == b"jpg"
    left = sorted(str(p.relative_to(cli.vault)) for p in cli.vault.rglob("*"))
    assert left == ["Photos", "Photos/a.jpg", "attachments", "attachments/scan.pdf", "thesis.docx"]
    assert photo.exists()  # the source of an attachment is the person's own file


def test_init_refuses_a_folder_that_is_not_empty(cli: Cli, tmp_path: Path) -> None:
    folder = _folder_with(tmp_path, {"thesis.docx": b"four years of work"})
    cli.vault = folder
    done = cli("init", "--kdf-memory-mib", "64", "--kdf-iterations", "3", check=False)
    assert done.returncode == 2, done.stderr
    assert "not empty" in done.stderr and str(folder) in done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["thesis.docx"]
    cli.vault = tmp_path / "empty"
    cli.vault.mkdir()
    cli.init()  # an empty folder, or a new one, is fine
    assert (cli.vault / "vault.header").exists()


def test_create_refuses_a_file_a_link_and_a_folder_with_an_empty_subfolder(tmp_path: Path) -> None:
    from vigil.vault.folder import FolderNotEmpty

    (tmp_path / "a-file").write_bytes(b"mine")
    (tmp_path / "real").mkdir()
    os.symlink(tmp_path / "real", tmp_path / "link")
    (tmp_path / "with-folder" / "Photos").mkdir(parents=True)
    for target in ("a-file", "link", "with-folder"):
        with pytest.raises(FolderNotEmpty):
            Vault.create(tmp_path / target, PASSPHRASE, FAST_KDF)
    assert (tmp_path / "a-file").read_bytes() == b"mine"
    assert list((tmp_path / "real").iterdir()) == []
    # what an interrupted create leaves is not "not empty": it is replaced
    (tmp_path / "half").mkdir()
    (tmp_path / "half" / "vault.db").write_bytes(b"half-made")
    (tmp_path / "half" / "attachments").mkdir()
    Vault.create(tmp_path / "half", PASSPHRASE, FAST_KDF)[0].close()
    assert (tmp_path / "half" / "vault.header").exists()


def test_wipe_never_follows_a_link(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "precious.txt").write_bytes(b"precious")
    (outside / "folder").mkdir()
    (outside / "folder" / "inside.age").write_bytes(b"also precious")
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    vault.close()
    v = tmp_path / "v"
    os.symlink(outside / "precious.txt", v / "vault.db-wal")  # a declared name, as a link
    os.symlink(outside / "precious.txt", v / "attachments" / ("0" * 64 + ".age"))
    os.symlink(outside / "folder", v / "inbox")  # a declared folder, as a link
    os.symlink(outside / "folder", v / ".open")
    report = wipe_vault(v)
    assert report.complete, report
    assert (outside / "precious.txt").read_bytes() == b"precious"
    assert (outside / "folder" / "inside.age").read_bytes() == b"also precious"
    # a link with a declared file's name is removed as a link; one where the layout has a
    # folder is not Vigil's folder: left and named
    assert report.foreign == [v / "inbox"]
    assert sorted(p.name for p in v.iterdir()) == ["inbox"]


def test_a_fifo_in_place_of_a_file_neither_blocks_nor_is_followed(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    vault.close()
    os.mkfifo(tmp_path / "v" / "vault.db-wal")  # nobody reads it: a write open would block
    assert wipe_vault(tmp_path / "v").complete
    os.mkdir(tmp_path / "w")
    os.mkfifo(tmp_path / "w" / "vault.header")
    with pytest.raises(NotAVaultHeader):
        wipe_vault(tmp_path / "w")
    assert (tmp_path / "w" / "vault.header").exists()


def test_overwrite_uses_fixed_size_chunks(tmp_path: Path) -> None:
    """Memory stays flat whatever the size (a 1 GiB database made one 1 GiB buffer)."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    vault.close()
    big = tmp_path / "v" / "vault.db-wal"
    size = 48 * 1024 * 1024
    with open(big, "wb") as handle:
        handle.write(b"\x01" * 4096)
        handle.truncate(size)
    tracemalloc.start()
    try:
        report = wipe_vault(tmp_path / "v")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.complete
    assert peak < 4 * shred.CHUNK, f"peak {peak} bytes for a {size}-byte file"


def test_one_file_that_cannot_go_does_not_stop_the_rest(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    vault.close()
    v = tmp_path / "v"
    (v / "inbox").mkdir()
    stuck = v / "inbox" / "stuck"
    stuck.mkdir()  # a folder where the layout expects envelope files: foreign, so left
    for n in range(3):
        (v / "inbox" / f"{n:012d}-x.age").write_bytes(os.urandom(100))
    (v / "outbox").mkdir()
    (v / "outbox" / "000000000001-y.age").write_bytes(os.urandom(100))
    report = wipe_vault(v)
    assert report.foreign == [stuck] and report.keys_destroyed
    assert not (v / "vault.header").exists() and not (v / "vault.db").exists()
    assert sorted(p.name for p in (v / "inbox").iterdir()) == ["stuck"]
    assert not (v / "outbox").exists()
    with pytest.raises(VigilError):
        Vault.open(v, PASSPHRASE)


def test_an_interrupted_wipe_is_named_and_finished_by_a_second_one(tmp_path: Path) -> None:
    vault, recovery_key = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    vault.close()
    v = tmp_path / "v"
    data = (v / "vault.header").read_bytes()
    from vigil.vault.wipe import tombstone

    (v / "vault.header").write_bytes(tombstone(data[12:28], len(data)))  # as step 1 leaves it
    with pytest.raises(VigilError, match="was wiped"):
        Vault.open(v, PASSPHRASE)
    with pytest.raises(VigilError, match="was wiped"):
        Vault.open_with_recovery(v, recovery_key)
    assert wipe_vault(v).complete and not v.exists()


# -- kill -9 at points during the wipe ---------------------------------------------------------

# A child process runs the real CLI wipe and kills itself (SIGKILL, nothing cleaned up) right
# after the N-th fsync: every step that makes a change durable ends with one.
_CHILD = textwrap.dedent(
    """
    import os, signal, sys
    kill_at = int(sys.argv[1])
    real_fsync, count = os.fsync, [0]
    def fsync(fd):
        real_fsync(fd)
        count[0] += 1
        if count[0] == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
    os.fsync = fsync
    from vigil.cli import main
    status = main(["--vault", sys.argv[2], "wipe", "--yes"])
    print("fsyncs", count[0])
    sys.exit(status)
    """
)


def _populated(cli: Cli) -> tuple[str, bytes]:
    vault, recovery_key = Vault.create(cli.vault, PASSPHRASE, FAST_KDF)
    with vault:
        case_id = vault.save("case", {"title": "Kill me"}).item
        photo = cli.home / "photo.jpg"
        photo.write_bytes(os.urandom(300_000))
        vault.add_attachment(case_id, photo)
    # a copy opened in another program, inside the vault (no private runtime folder)
    secret = b"PLAINTEXT-OF-AN-OPENED-COPY " * 100
    copy = cli.vault / layout.OPEN_COPIES / "0123456789abcdef"
    copy.mkdir(parents=True, mode=0o700)
    (copy / "photo.jpg").write_bytes(secret)
    return recovery_key, secret


def _run_child(cli: Cli, kill_at: int) -> subprocess.CompletedProcess[str]:
    env = {**cli.env}
    env.pop("XDG_RUNTIME_DIR", None)
    return subprocess.run(
        [sys.executable, "-c", _CHILD, str(kill_at), str(cli.vault)],
        capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_kill_9_during_wipe_leaves_nothing_that_opens_and_a_second_wipe_finishes(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    secret_file = tmp_path / "passphrase.txt"
    secret_file.write_bytes(PASSPHRASE + b"\n")

    def fresh(name: str) -> Cli:
        return Cli(vault=tmp_path / name, passphrase_file=secret_file, home=home)

    probe = fresh("probe")
    _populated(probe)
    full = _run_child(probe, 0)
    assert full.returncode == 0 and not probe.vault.exists(), full.stderr
    total = int(full.stdout.split("fsyncs")[-1])
    assert total >= 4
    points = sorted({1, 2, 3, total, *random.Random(12).sample(range(1, total + 1), 3)})
    for n, point in enumerate(points):
        cli = fresh(f"v{n}")
        recovery_key, secret = _populated(cli)
        db_before = (cli.vault / "vault.db").read_bytes()
        killed = _run_child(cli, point)
        assert killed.returncode == -9, (point, killed.stderr)
        with pytest.raises(VigilError):
            Vault.open(cli.vault, PASSPHRASE)
        with pytest.raises(VigilError):
            Vault.open_with_recovery(cli.vault, recovery_key)
        db = cli.vault / "vault.db"
        if not db.exists() or db.read_bytes() != db_before:
            # the database went: the plaintext copies had gone before it
            copies = list((cli.vault / layout.OPEN_COPIES).rglob("*"))
            assert not any(p.is_file() and p.read_bytes() == secret for p in copies), point
        if not cli.vault.exists():
            assert point == total  # killed after its very last step: nothing left to do
            continue
        again = cli("wipe", "--yes", passphrase=False, check=False)
        assert again.returncode == 0 and "Wiped" in again.stdout, (point, again.stderr)
        assert not cli.vault.exists(), point


# -- what a wipe removes outside the vault ---------------------------------------------------


def test_an_empty_folder_the_person_chose_for_settings_stays(tmp_path: Path) -> None:
    """`--settings PATH` (or VIGIL_CONFIG_DIR) names a folder the person chose: the settings
    file goes with the vault, the folder, even left empty, is theirs (it took an empty folder)."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    vault.close()
    chosen = tmp_path / "My settings"
    chosen.mkdir()
    (chosen / "settings.json").write_text("{}")
    report = wipe_vault(tmp_path / "v", also=(chosen / "settings.json",))
    assert report.complete, report
    assert not (chosen / "settings.json").exists()
    assert chosen.is_dir()


def test_vigils_own_default_folders_go_when_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At the platform's default places the folders are Vigil's own and named after it, so an
    empty one left behind would say Vigil was here: it goes; one holding anything else stays."""
    from vigil import settings
    from vigil.vault.files import default_log_dir, own_folders

    monkeypatch.delenv("VIGIL_CONFIG_DIR", raising=False)
    monkeypatch.delenv("VIGIL_LOG_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "home" / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "home" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home" / "cache"))
    config, logs = settings.config_dir(), default_log_dir()
    assert {config, logs} <= set(own_folders())
    for folder in (config, logs):
        folder.mkdir(parents=True)
    (config / "settings.json").write_text("{}")
    (logs / "vigil.log").write_text("vault opened")
    (logs / "notes-of-mine.txt").write_text("not Vigil's")
    data = Path(platformdirs.user_data_dir("vigil", appauthor=False))
    vault, _ = Vault.create(data / "vault", PASSPHRASE, FAST_KDF)  # the default vault folder
    vault.close()
    report = wipe_vault(data / "vault", also=(config / "settings.json", logs / "vigil.log"))
    assert report.complete, report
    assert not config.exists() and not data.exists()
    assert sorted(p.name for p in logs.iterdir()) == ["notes-of-mine.txt"]
    (logs / "notes-of-mine.txt").unlink()
    vault, _ = Vault.create(data / "vault", PASSPHRASE, FAST_KDF)
    vault.close()
    (logs / "vigil.log").write_text("vault opened")
    assert wipe_vault(data / "vault", also=(logs / "vigil.log",)).complete
    assert not logs.exists() and not data.exists()
    if logs.parent.name == "vigil":  # Linux: .../state/vigil/log
        assert not logs.parent.exists()
