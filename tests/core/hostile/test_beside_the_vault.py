"""Files beside the vault and answers from the server are read with the same limits.

``sync-state.json``, the alerts state and marker and the blob upload jobs sit in the vault
folder, readable while it is locked, so anyone who can write the folder can replace them (the
docs say an unreadable one counts as empty); the sync server's answers come from a machine the
threat model does not trust. Deep nesting there used to escape as ``RecursionError``: the
unlock, the locked screen or every sync round failed on it.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from tests.core.hostile.helpers import enrol_offline
from vigil.alerts import channel as alerts_channel
from vigil.alerts import state as alerts_state
from vigil.sync import blobs
from vigil.sync.client import SyncClient
from vigil.sync.errors import ServerLied, SyncError
from vigil.sync.state import load_state
from vigil.sync.unlocked import prepare
from vigil.vault import layout
from vigil.vault.store import Vault

HOSTILE = [
    b"[" * 5000,
    b'{"cursor": 1, "cursor": 99}',
    b'{"v": 1, "cursor": 1' + b"0" * 5000 + b"}",
]


@pytest.mark.parametrize("content", HOSTILE, ids=["deep", "dup-key", "bignum"])
def test_state_files_beside_the_vault_count_as_empty(vault: Vault, content: bytes) -> None:
    enrol_offline(vault)
    folder = vault.path
    for name in (layout.SYNC_STATE, layout.ALERTS_STATE, layout.ALERTS_MARKER):
        (folder / name).write_bytes(content)
    jobs = folder / layout.OUTBOX / layout.OUTBOX_BLOBS
    jobs.mkdir(parents=True, exist_ok=True)
    (jobs / ("0" * 64 + ".json")).write_bytes(content)

    assert load_state(folder).cursor == 0
    assert alerts_state.load(folder).cursor == 0
    assert alerts_state.read_marker(folder)["unread"] == 0
    assert blobs.pending(folder) == []
    prepare(vault)  # the unlock's sync step reads all of them


@pytest.mark.parametrize("content", HOSTILE, ids=["deep", "dup-key", "bignum"])
def test_a_hostile_queued_alert_is_dropped_not_a_crash(tmp_path: Path, content: bytes) -> None:
    """The alerts outbox is sent while the vault is locked; its files are Vigil's own, but
    anyone who can write the folder can put one there."""
    queued = tmp_path / layout.ALERTS_OUTBOX
    queued.mkdir()
    (queued / "000001.json").write_bytes(content)
    assert alerts_channel.send_queued(tmp_path, None) == 0  # type: ignore[arg-type]


def answer(status: int, content: bytes) -> httpx.Response:
    return httpx.Response(status, content=content, headers={"content-type": "application/json"})


@pytest.mark.parametrize("content", HOSTILE, ids=["deep", "dup-key", "bignum"])
def test_hostile_server_answers_are_lies_not_crashes(content: bytes) -> None:
    with pytest.raises(ServerLied):
        SyncClient._check(None, answer(200, content))  # type: ignore[arg-type]
    with pytest.raises(SyncError) as caught:
        SyncClient._check(None, answer(400, content))  # type: ignore[arg-type]
    assert "refused the request (400)" in str(caught.value)


def test_a_sound_answer_still_reads(tmp_path: Path) -> None:
    got = SyncClient._check(None, answer(200, b'{"cursor": 7, "items": []}'))  # type: ignore[arg-type]
    assert got == {"cursor": 7, "items": []}
