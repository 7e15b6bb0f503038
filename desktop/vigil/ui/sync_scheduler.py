"""Periodic sync from the app, locked or not, and the status line it feeds.

Each round is the core round (vigil/sync/round.py), the same as 'vigil sync now'. The schedule
runs while the vault is locked: pushing the outbox and fetching into the inbox need only the
device credential from the OS keyring, never the vault key. Merging what was fetched waits for
the vault to be open; when a round changed what the vault shows, ``changed`` says which items.
After a failed round the next one comes after an exponential backoff with jitter, so a cut
network is not hammered.
"""

from __future__ import annotations

import logging
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from vigil.ui.worker import Progress, Runner, Task

if TYPE_CHECKING:
    from vigil.vault.store import Vault

log = logging.getLogger(__name__)
DEFAULT_MINUTES = 15
URGENT_RETRY_SECONDS = (5.0, 15.0, 45.0)  # after an urgent alert's failed round


class SyncScheduler(QObject):
    status_changed = Signal(object)  # the dict of vigil.sync.status.status()
    finished = Signal(object)  # the SyncReport of a round
    # HQ desk: RFC 3161 tokens its round kept, and why the stamping stopped early ("" if not)
    stamped = Signal(int, str)
    # A round changed what the vault shows: (item ids, case ids). Each window connects with
    # itself as the receiver, so the connection dies with the window (at lock).
    changed = Signal(object, object)

    def __init__(self, runner: Runner, vault_dir: Path, minutes: int = DEFAULT_MINUTES,
                 store: Any = None, proxy: str = "") -> None:  # fmt: skip
        super().__init__()
        self.runner = runner
        self.vault_dir = vault_dir
        self.minutes = minutes
        self.store = store
        self.proxy = proxy
        self.vault: Vault | None = None  # set while unlocked, so fetched envelopes merge at once
        self.running = False
        self.urgent_retries = 0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.sync_now)

    def credential_store(self) -> Any:
        """The store this app syncs with: the demo's own, or else the OS keyring."""
        if self.store is None:
            from vigil.sync.credentials import KeyringStore

            self.store = KeyringStore()
        return self.store

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
            from vigil.sync import round as sync_round
            from vigil.sync.enrolment import NotEnrolled
            from vigil.sync.status import status

            try:
                result = sync_round.run(vault_dir, self.credential_store(), proxy, vault)
            except NotEnrolled:
                result = None
            with nullcontext(False) if vault is None else vault.kept_open() as is_open:
                return result, status(vault_dir, vault if is_open else None)

        Task(work).success(self._done).failure(self._failed).run(self.runner)

    def sync_urgent(self) -> None:
        """An urgent alert is queued: a round now, and quick retries if it fails."""
        self.urgent_retries = len(URGENT_RETRY_SECONDS)
        self.timer.stop()
        self.sync_now()

    def _done(self, outcome: Any) -> None:
        from vigil.sync.state import backoff_seconds, load_state

        self.running = False
        result, info = outcome
        self.status_changed.emit(info)
        if result is None:
            return  # not enrolled: no schedule
        report = result.report
        self.finished.emit(report)
        if result.stamped or result.stamp_error:
            self.stamped.emit(result.stamped, result.stamp_error)
        if (result.items or result.cases) and self.vault is not None:
            self.changed.emit(frozenset(result.items), frozenset(result.cases))
        failures = load_state(self.vault_dir).failures
        delay = backoff_seconds(failures) if report.error else self.minutes * 60.0
        retries = self.urgent_retries
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
