"""Periodic sync from the app, locked or not, and the status line it feeds.

The schedule runs while the vault is locked: pushing the outbox and fetching into the inbox
need only the device credential from the OS keyring, never the vault key. Merging what was
fetched waits for the vault to be open. After a failed round the next one comes after an
exponential backoff with jitter, so a cut network is not hammered.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from vigil.ui.worker import Progress, Runner, Task

log = logging.getLogger(__name__)
DEFAULT_MINUTES = 15
URGENT_RETRY_SECONDS = (5.0, 15.0, 45.0)  # after an urgent alert's failed round


class SyncScheduler(QObject):
    status_changed = Signal(object)  # the dict of vigil.sync.session.status()
    finished = Signal(object)  # the SyncReport of a round

    def __init__(self, runner: Runner, vault_dir: Path, minutes: int = DEFAULT_MINUTES,
                 store: Any = None, proxy: str = "") -> None:  # fmt: skip
        super().__init__()
        self.runner = runner
        self.vault_dir = vault_dir
        self.minutes = minutes
        self.store = store
        self.proxy = proxy
        self.vault: Any = None  # set while unlocked, so fetched envelopes merge at once
        self.running = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)

    def _credential(self) -> Any:
        from vigil.vault.store import read_header

        if self.store is None:
            from vigil.sync.credentials import KeyringStore

            self.store = KeyringStore()
        return self.store.load(read_header(self.vault_dir).vault_id.hex())

    def start(self) -> None:
        self.timer.start(5_000)  # a first round soon after start, then on schedule

    def stop(self) -> None:
        self.timer.stop()

    def sync_now(self) -> None:
        if self.running:
            return
        self.running = True
        vault_dir, vault, proxy = self.vault_dir, self.vault, self.proxy or None

        def work(_progress: Progress) -> Any:
            from vigil.sync.engine import sync_once
            from vigil.sync.session import merge_inbox, status

            credential = self._credential()
            if credential is None:
                return None, status(vault_dir, vault)
            if vault is not None and vault.is_open:
                from vigil.sync import outbox

                outbox.reconcile(vault)
            report = sync_once(vault_dir, credential, proxy)
            if vault is not None and vault.is_open:
                merge_inbox(vault)
                from vigil.alerts.publish import after_unlock

                after_unlock(vault)  # alerts fetched while locked: checked again, stored
            return report, status(vault_dir, vault if vault is not None and vault.is_open else None)

        Task(work).success(self._done).failure(self._failed).run(self.runner)

    def sync_urgent(self) -> None:
        """An urgent alert is queued: a round now, and quick retries if it fails."""
        self.urgent_retries = len(URGENT_RETRY_SECONDS)
        self.timer.stop()
        self.sync_now()

    def _done(self, result: Any) -> None:
        from vigil.sync.engine import backoff_seconds, load_state

        self.running = False
        report, info = result
        self.status_changed.emit(info)
        if report is None:
            return  # not enrolled: no schedule
        self.finished.emit(report)
        failures = load_state(self.vault_dir).failures
        delay = backoff_seconds(failures) if report.error else self.minutes * 60.0
        retries = getattr(self, "urgent_retries", 0)
        if report.error and report.retry and retries:
            self.urgent_retries = retries - 1
            delay = URGENT_RETRY_SECONDS[-retries]
        elif not report.error:
            self.urgent_retries = 0
        self.timer.start(int(max(5.0, delay) * 1000))

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        log.warning("sync round failed: %s", type(exc).__name__)
        self.timer.start(DEFAULT_MINUTES * 60_000)
