"""Token buckets in memory, one per key (a device id, or a client address on the routes that
need no token). Each server process keeps its own buckets."""

from __future__ import annotations

import ipaddress
import time
from dataclasses import dataclass, field

MAX_KEYS = 50_000


def client_key(host: str) -> str:
    """Whom a client address counts against, for the address rate limits and the door's
    connection caps alike: its IPv4 address, or its IPv6 /64 (one host owns a whole /64 and
    could rotate through 2**64 addresses, each with a fresh budget)."""
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


@dataclass
class RateLimiter:
    per_minute: float
    burst: int
    _buckets: dict[str, tuple[float, float]] = field(default_factory=dict)

    def take(self, key: str, now: float | None = None) -> float:
        """Spend one request; return 0 if allowed, else the seconds to wait."""
        now = time.monotonic() if now is None else now
        rate = self.per_minute / 60.0
        tokens, last = self._buckets.get(key, (float(self.burst), now))
        tokens = min(float(self.burst), tokens + (now - last) * rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, now)
            if len(self._buckets) > MAX_KEYS:
                self._prune(now)
            return 0.0
        self._buckets[key] = (tokens, now)
        return (1.0 - tokens) / rate if rate > 0 else 60.0

    def _prune(self, now: float) -> None:
        """Drop buckets that have refilled: forgetting them changes nothing."""
        rate = self.per_minute / 60.0
        full = [
            k
            for k, (tokens, last) in self._buckets.items()
            if tokens + (now - last) * rate >= self.burst
        ]
        for key in full:
            del self._buckets[key]


@dataclass
class InFlight:
    """Requests each device has in progress in this process, at most ``cap`` at once: a
    token cannot hold many bodies open together (the app itself sends one request at a time).
    One event loop per process, so plain counters need no lock."""

    cap: int
    _counts: dict[str, int] = field(default_factory=dict)

    def enter(self, key: str) -> bool:
        count = self._counts.get(key, 0)
        if count >= self.cap:
            return False
        self._counts[key] = count + 1
        return True

    def leave(self, key: str) -> None:
        count = self._counts.get(key, 0) - 1
        if count > 0:
            self._counts[key] = count
        else:
            self._counts.pop(key, None)
