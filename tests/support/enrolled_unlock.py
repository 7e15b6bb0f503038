"""An enrolled field device's vault, made without a server, and its unlock in a fresh app.

``enrolled_vault`` writes what enrolment writes (sync/session.py: enrol_field) with keys of
an HQ that is never reached. Run as ``python -m tests.support.enrolled_unlock VAULT`` (the
credential on stdin), this module unlocks that vault in an app of its own and prints, as one
JSON line, which of the network modules were loaded when the case list was shown and once the
sync status had been read, with what the status line and the Sync menu then said. A process
of its own because a test process has loaded them all long before.
"""

from __future__ import annotations

import base64
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

HQ_SECRET = bytes(range(32))  # only the public halves are pinned
DEVICE_KEY = bytes(range(32, 64))
# (The keyring modules load at the unlock window already, for every vault: is a key remembered?)
NETWORK = ("httpx", "vigil.sync.client", "vigil.sync.transport")
CASES = 30


def enrolled_vault(vault_dir: Path, passphrase: bytes, kdf: Any) -> str:
    """Create the vault, enrolled and synced up to now; return its credential as JSON."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from vigil.crypto.keys import age_recipient_string, x25519_public
    from vigil.sync.credentials import DeviceCredential
    from vigil.sync.enrolment import SyncConfig, store_config
    from vigil.sync.state import SyncState, save_state
    from vigil.vault.items import Change
    from vigil.vault.keyring_id import keyring_id
    from vigil.vault.store import Vault

    hq_sign = Ed25519PrivateKey.from_private_bytes(HQ_SECRET).public_key().public_bytes_raw()
    cfg = SyncConfig(
        url="https://127.0.0.1:9", pin="sha256/" + base64.b64encode(bytes(32)).decode(),
        role="field", org="Test HQ", device_id="e" * 32,
        hq_age=(age_recipient_string(x25519_public(HQ_SECRET)),),
        hq_ed25519=(base64.b64encode(hq_sign).decode(),),
    )  # fmt: skip
    vault, _ = Vault.create(vault_dir, passphrase, kdf)
    try:
        store_config(vault, cfg)
        vault.set_meta("recipients", json.dumps(list(cfg.hq_age)))
        vault.save_many([Change("case", {"title": f"Case {i}"}) for i in range(CASES)])
        vault.mark_pushed()  # the last round sent everything
        cred = DeviceCredential(
            vault_id=keyring_id(vault_dir, vault.header.vault_id), device_id=cfg.device_id,
            device_key=DEVICE_KEY, url=cfg.url, pin=cfg.pin, role=cfg.role, org=cfg.org,
            hq_ed25519=(hq_sign,),
        )  # fmt: skip
    finally:
        vault.close()
    save_state(vault_dir, SyncState(cursor=1, last_success="2026-01-02T03:04:05+00:00"))
    return cred.to_json()


class JsonKeyring:
    """The keyring's entry for the vault, parsed on the thread that asks (as the keyring's
    own module loads there)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.asked_on: list[str] = []  # the threads that asked

    def load(self, vault_id: str) -> Any:
        import threading

        from vigil.sync.credentials import DeviceCredential

        self.asked_on.append(threading.current_thread().name)

        cred = DeviceCredential.from_json(self.text)
        return cred if cred.vault_id == vault_id else None

    def save(self, cred: Any) -> None:
        self.text = cred.to_json()

    def delete(self, vault_id: str) -> bool:
        return False


def loaded() -> list[str]:
    return [name for name in NETWORK if name in sys.modules]


def main(vault_dir: Path, credential: str) -> dict[str, Any]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from tests.support.dialogs import ScriptedDialogs
    from tests.support.vaults import PASSPHRASE
    from vigil.settings import Settings
    from vigil.ui.controller import AppController
    from vigil.ui.i18n import Languages
    from vigil.ui.worker import Runner

    app = QApplication([sys.argv[0]])
    runner = Runner()
    store = JsonKeyring(credential)
    ctl = AppController(
        app, Settings(), vault_dir, runner, ScriptedDialogs(), Languages(app),
        settings_path=vault_dir.parent / "settings.json", credential_store=store,
    )  # fmt: skip
    out: dict[str, Any] = {}

    def wait(cond: Any, seconds: float) -> None:
        """Until ``cond()`` or the time is up; the caller reports what it then sees."""
        deadline = time.monotonic() + seconds
        while not cond() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def listed() -> None:
        out.setdefault("at_list", loaded())  # the list's first rows are in the model

    def built() -> None:
        assert ctl.main is not None
        ctl.main.cases.model.modelReset.connect(listed)

    try:
        ctl.unlocked.connect(built)
        ctl.start(schedule_sync=False)
        ctl.unlock(PASSPHRASE.decode())
        wait(lambda: "at_list" in out, 60)
        main = ctl.main
        assert main is not None and "at_list" in out, "the case list was never shown"
        out["rows"] = main.cases.model.rowCount()
        wait(lambda: main.sync_label.text() != "Sync: not checked yet", 20)
        out["after_status"] = loaded()
        out["status_line"] = main.sync_label.text()
        window = ctl.window
        assert window is not None
        out["sync_enabled"] = main.sync_action.isEnabled()
        out["join_enabled"] = window.sync_menu.join_action.isEnabled()
        out["asked_on"] = store.asked_on
    finally:
        ctl.shutdown()
        runner.wait()
    return out


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(main(Path(sys.argv[1]), sys.stdin.read())), flush=True)
