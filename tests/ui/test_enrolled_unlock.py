"""An enrolled vault unlocks as fast as one that is not: neither the network client (httpx) nor
the keyring loads before the case list is shown, and the sync status read after it needs no
network client. The status line and the Sync menu say what the state file and the vault say."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.support.enrolled_unlock import CASES, enrolled_vault
from tests.support.vaults import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def test_enrolled_unlock_loads_no_network_client(tmp_path: Path) -> None:
    credential = enrolled_vault(tmp_path / "vault", PASSPHRASE, FAST_KDF)
    env = dict(os.environ, VIGIL_CONFIG_DIR=str(tmp_path / "config"), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "tests.support.enrolled_unlock", str(tmp_path / "vault")],
        input=credential, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    assert out["rows"] == CASES
    assert out["at_list"] == []  # no network client loaded before the list is shown
    assert out["after_status"] == []  # nor to read the sync status
    assert out["asked_on"] and "MainThread" not in out["asked_on"]  # the keyring, on a worker
    assert out["status_line"] == "Synced on 2026-01-02"  # from the state file, before any round
    assert out["sync_enabled"] and not out["join_enabled"]
