""" "Open in another program": the decrypted copy goes only into a private folder (a tmpfs
under $XDG_RUNTIME_DIR, else inside the vault folder, never the shared temp folder), only after
a warning, and is wiped on lock, on exit, and at the next start after a crash."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl

from tests.support.dialogs import ScriptedDialogs
from tests.support.ui_flow import create_vault, make_tab
from vigil.ui.controller import AppController
from vigil.vault import scratch
from vigil.vault.store import Vault

WORDS = b"the words of a witness, never on disk in plaintext for long"


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "run-user"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    return folder


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_folder_choice(tmp_path: Path, runtime: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    vault_dir = tmp_path / "vault"
    assert scratch.scratch_root(vault_dir).parent == runtime
    runtime.chmod(0o755)  # readable by others: not private, not used
    assert scratch.scratch_root(vault_dir) == vault_dir / scratch.IN_VAULT
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    root = scratch.scratch_root(vault_dir)
    assert root == vault_dir / scratch.IN_VAULT
    assert root.parent != Path(tempfile.gettempdir())


def test_copy_is_private_and_named_safely(tmp_path: Path, runtime: Path) -> None:
    vault_dir = tmp_path / "vault"
    vault_dir.mkdir(mode=0o700)
    path = scratch.write_copy(vault_dir, "../../etc/.passwd", lambda h: h.write(WORDS))
    assert path.name == "passwd" and path.read_bytes() == WORDS
    assert path.is_relative_to(runtime)
    assert _mode(path) == 0o600 and _mode(path.parent) == 0o700
    assert _mode(scratch.scratch_root(vault_dir)) == 0o700
    # a root planted by someone else (here: made readable by others) is refused
    scratch.scratch_root(vault_dir).chmod(0o755)
    with pytest.raises(scratch.ScratchUnsafe):
        scratch.write_copy(vault_dir, "again.txt", lambda h: h.write(WORDS))
    assert scratch.wipe(vault_dir).files == 1
    assert not scratch.scratch_root(vault_dir).exists()


def test_a_failed_write_leaves_nothing(tmp_path: Path, runtime: Path) -> None:
    def broken(handle: Any) -> None:
        handle.write(WORDS)
        raise OSError("disk full")

    with pytest.raises(OSError):
        scratch.write_copy(tmp_path, "statement.txt", broken)
    assert list(scratch.scratch_root(tmp_path).rglob("*")) == []


def test_the_tab_warns_then_opens_from_the_private_folder(
    qtbot: Any, vault: Vault, dialogs: ScriptedDialogs, tmp_path: Path, runtime: Path
) -> None:
    case_id = vault.save("case", {"title": "Evidence"}).item
    (tmp_path / "statement.txt").write_bytes(WORDS)
    vault.add_attachment(case_id, tmp_path / "statement.txt")
    tab = make_tab(qtbot, vault, dialogs)
    opened: list[QUrl] = []
    tab.open_url = lambda url: opened.append(url) or True
    tab.load(case_id)
    tab.list.setCurrentRow(0)
    dialogs.confirms = [False]
    tab.open_outside()
    warning = dialogs.informed[-1][1]
    assert "thumbnails" in warning and "recent" in warning
    assert opened == [] and not scratch.scratch_root(vault.path).exists()
    dialogs.confirms = [True]
    tab.open_outside()
    qtbot.waitUntil(lambda: opened != [], timeout=5_000)
    path = Path(opened[0].toLocalFile())
    assert path.is_relative_to(runtime) and path.read_bytes() == WORDS
    tab.ctx.runner.wait()


def _plant(controller: AppController) -> Path:
    return scratch.write_copy(controller.vault_dir, "statement.txt", lambda h: h.write(WORDS))


def test_copies_are_wiped_on_lock_exit_and_next_start(
    qtbot: Any, controller: AppController, runtime: Path
) -> None:
    create_vault(qtbot, controller)
    copy = _plant(controller)
    controller.lock()
    assert not copy.exists() and not scratch.scratch_root(controller.vault_dir).exists()

    copy = _plant(controller)
    controller.shutdown()  # quitting the app
    assert not copy.exists()

    copy = _plant(controller)  # a crash: nothing ran at exit
    os.utime(copy)
    controller.start(schedule_sync=False)
    assert not copy.exists() and list(runtime.iterdir()) == []


def test_without_a_runtime_folder_copies_live_in_the_vault_and_go_with_a_wipe(
    qtbot: Any, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    create_vault(qtbot, controller)
    copy = _plant(controller)
    assert copy.is_relative_to(controller.vault_dir)
    controller.lock()
    assert not copy.exists()
