"""Everything a request handler needs, built once per process."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from vigil_server.bodies import BodyMemory
from vigil_server.config import Limits, ServerConfig
from vigil_server.ratelimit import InFlight, RateLimiter
from vigil_server.storage.blobs import BlobStore, open_store
from vigil_server.storage.database import Database

SWEEP_EVERY = 30.0


@dataclass
class Context:
    config: ServerConfig
    db: Database
    pin: str
    limits: Limits = field(default_factory=Limits)
    blobs: BlobStore = field(init=False)
    device_limiter: RateLimiter = field(init=False)
    ip_limiter: RateLimiter = field(init=False)
    open_limiter: RateLimiter = field(init=False)
    in_flight: InFlight = field(init=False)
    body_memory: BodyMemory = field(init=False)
    _last_sweep: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.blobs = open_store(self.db, self.config.blob_root, self.limits)
        self.device_limiter = RateLimiter(self.limits.device_rate, self.limits.device_burst)
        self.ip_limiter = RateLimiter(self.limits.ip_rate, self.limits.ip_burst)
        self.open_limiter = RateLimiter(self.limits.open_rate, self.limits.open_burst)
        self.in_flight = InFlight(self.limits.device_concurrency)
        self.body_memory = BodyMemory(self.limits.body_memory)

    def due(self, what: str) -> bool:
        """True at most once per SWEEP_EVERY seconds per kind of sweep, in this process."""
        now = time.monotonic()
        if now - self._last_sweep.get(what, -SWEEP_EVERY) < SWEEP_EVERY:
            return False
        self._last_sweep[what] = now
        return True
