"""The front door: the server accepts its own connections, so that nobody without a token can
take it down by holding connections open (docs/protocol.md §10, docs/threat-model.md). This
module admits and accounts for connections; door_deadlines.py times each one's phases.

- A cap on open connections in total, below the process's descriptor limit (RLIMIT_NOFILE)
  with room kept for the database, blob files and logs, and a cap per source address (IPv6:
  per /64). The configured proxy is exempt from the per-address cap; it has its own.
- When the cap is reached, a new connection takes the place of the longest-open one that is not
  doing authenticated work (in its handshake, dribbling a head, idle between requests, or
  sending a body that needs no token): a flood of slow connections therefore cycles through
  the slots, and an honest client, which finishes its request in milliseconds, gets through.
- Refusals and drops are counted, and logged as one ``refusing connections`` line per minute
  at most, never one line per connection (an attacker must not be able to flood the log).
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import resource
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vigil_server import logs
from vigil_server.config import Limits
from vigil_server.ratelimit import client_key

if TYPE_CHECKING:
    from vigil_server.door_deadlines import DoorProtocol

# Descriptors kept out of the connection cap: the database pool, SQLite's WAL and shared
# memory files, blob part files being written, the log, the listening socket, Python itself.
RESERVE_MIN = 96
RESERVE_SHARE = 8  # and one eighth of the limit
REPORT_EVERY = 60.0
ACCEPT_BATCH = 64
ACCEPT_PAUSE = 0.25  # after the kernel refused an accept (descriptors or memory exhausted)
OUT_OF_RESOURCES = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})

# What a connection is doing, as far as the door is concerned.
HANDSHAKE, HEAD, BODY, WORK, IDLE, LINGER = "handshake", "head", "body", "work", "idle", "linger"


def descriptor_limit() -> int:
    return int(resource.getrlimit(resource.RLIMIT_NOFILE)[0])


def connection_budget(nofile: int) -> int:
    """The most connections the process can hold and still open its files."""
    reserve = max(RESERVE_MIN, nofile // RESERVE_SHARE)
    return max(16, nofile - reserve)


@dataclass(frozen=True)
class DoorPolicy:
    max_connections: int
    per_address: int
    handshake_timeout: float
    head_timeout: float
    head_timeout_max: float
    body_timeout: float
    public_body_timeout: float
    min_rate: float
    send_timeout: float
    linger_bytes: int
    linger_timeout: float
    trusted: frozenset[str] = frozenset()  # peers exempt from the per-address cap (the proxy)

    @classmethod
    def of(cls, limits: Limits, nofile: int, trusted: frozenset[str] = frozenset()) -> DoorPolicy:
        budget = connection_budget(nofile)
        wanted = limits.max_connections or budget
        return cls(
            max_connections=min(wanted, budget),
            per_address=limits.connections_per_address,
            handshake_timeout=limits.handshake_timeout,
            head_timeout=limits.head_timeout,
            head_timeout_max=limits.head_timeout_max,
            body_timeout=limits.body_timeout,
            public_body_timeout=limits.public_body_timeout,
            min_rate=limits.min_rate,
            send_timeout=limits.send_timeout,
            linger_bytes=limits.linger_bytes,
            linger_timeout=limits.linger_timeout,
            trusted=frozenset(address_key(_family(a), (a, 0)) for a in trusted),
        )


def _family(address: str) -> int:
    return socket.AF_INET6 if ":" in address else socket.AF_INET


def address_key(family: int, peer: Any) -> str:
    """Whom a connection counts against: its IPv4 address, its IPv6 /64 (one host owns a
    whole /64 and could rotate through it), or "unix" for a local socket."""
    if family == socket.AF_UNIX or not isinstance(peer, tuple) or not peer:
        return "unix"
    return client_key(str(peer[0]))


@dataclass(eq=False)
class Slot:
    """One accepted connection, from accept() until its descriptor is closed."""

    key: str
    phase: str
    since: float  # when the current phase began
    opened: float  # when it was accepted
    received: int = 0  # bytes received in the current phase
    public: bool = False  # the request in progress needs no token
    answered: bool = False  # the server has finished its response to it
    protocol: DoorProtocol | None = None
    task: asyncio.Task[Any] | None = None
    open: bool = True

    def enter(self, phase: str, now: float) -> None:
        if phase != self.phase:
            self.phase, self.since, self.received = phase, now, 0

    @property
    def evictable(self) -> bool:
        """Not doing authenticated work: dropping it costs no device anything it cannot
        redo (clients reconnect), and it is what a flood of slow connections looks like."""
        if self.phase in (HANDSHAKE, HEAD, IDLE, LINGER):
            return True
        return self.phase == BODY and (self.public or self.answered)

    def drop(self) -> None:
        if self.protocol is not None and self.protocol.transport is not None:
            self.protocol.transport.abort()
        elif self.task is not None:
            self.task.cancel()  # still in the TLS handshake: asyncio closes the socket


@dataclass
class Door:
    """Accepts on ``listener`` and hands each admitted connection (after TLS, when ``tls``
    is given) to a protocol made by ``factory``. Has the two methods uvicorn's shutdown
    calls on its servers: ``close`` and ``wait_closed``."""

    listener: socket.socket
    factory: Callable[[], DoorProtocol]
    tls: ssl.SSLContext | None
    policy: DoorPolicy
    slots: set[Slot] = field(default_factory=set)
    per_address: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)
    _loop: asyncio.AbstractEventLoop | None = None
    _reading: bool = False
    _closed: bool = False
    _last_report: float = -REPORT_EVERY
    _report: asyncio.TimerHandle | None = None

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self.listener.setblocking(False)
        self._resume()

    # accepting ---------------------------------------------------------------------------

    def _resume(self) -> None:
        if not self._closed and not self._reading and self._loop is not None:
            self._loop.add_reader(self.listener.fileno(), self._accept)
            self._reading = True

    def _pause(self) -> None:
        if self._reading and self._loop is not None:
            self._loop.remove_reader(self.listener.fileno())
            self._reading = False

    def _accept(self) -> None:
        for _ in range(ACCEPT_BATCH):
            try:
                conn, peer = self.listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                self.note("accept_failed")
                if exc.errno not in OUT_OF_RESOURCES:
                    # An error of that one connection (it was reset, or Linux hands over a
                    # network error pending on it): counted, never raised into the loop,
                    # whose exception handler would log a line for each.
                    continue
                # Out of descriptors despite the cap (another part of the process holds
                # them): stop accepting for a moment instead of spinning or logging each.
                self._pause()
                assert self._loop is not None
                self._loop.call_later(ACCEPT_PAUSE, self._resume)
                return
            self._admit(conn, peer)

    def _admit(self, conn: socket.socket, peer: Any) -> None:
        key = address_key(conn.family, peer)
        policy = self.policy
        capped = key not in policy.trusted and key != "unix"
        if capped and self.per_address.get(key, 0) >= policy.per_address:
            self.note("over_address_cap")
            conn.close()
            return
        if len(self.slots) >= policy.max_connections:
            victim = min((s for s in self.slots if s.evictable), key=_age, default=None)
            if victim is None:
                self.note("over_total_cap")
                conn.close()
                return
            self.note("evicted")
            self.release(victim)
            victim.drop()
        if conn.family in (socket.AF_INET, socket.AF_INET6):
            # asyncio sets TCP_NODELAY only on sockets whose ``proto`` says TCP, and an
            # accepted socket's says 0: without it every answer written in two parts (head,
            # then body) waited for the client's delayed ACK, 40 ms a request.
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        assert self._loop is not None
        at = self._loop.time()
        slot = Slot(key=key, phase=HANDSHAKE, since=at, opened=at)
        self.slots.add(slot)
        self.per_address[key] = self.per_address.get(key, 0) + 1
        slot.task = self._loop.create_task(self._open(conn, slot))

    async def _open(self, conn: socket.socket, slot: Slot) -> None:
        assert self._loop is not None

        def made() -> DoorProtocol:
            protocol = self.factory()
            protocol.door, protocol.slot = self, slot
            slot.protocol = protocol
            return protocol

        try:
            await self._loop.connect_accepted_socket(
                made,
                conn,
                ssl=self.tls,
                ssl_handshake_timeout=self.policy.handshake_timeout if self.tls else None,
                ssl_shutdown_timeout=self.policy.handshake_timeout if self.tls else None,
            )
        except asyncio.CancelledError:
            self._close_quietly(conn, slot)  # evicted or shutting down
        except (OSError, ssl.SSLError, TimeoutError, EOFError):
            self.note("failed_handshake")
            self._close_quietly(conn, slot)
        finally:
            slot.task = None

    def _close_quietly(self, conn: socket.socket, slot: Slot) -> None:
        self.release(slot)
        with contextlib.suppress(OSError):
            conn.close()

    def release(self, slot: Slot) -> None:
        if not slot.open:
            return
        slot.open = False
        self.slots.discard(slot)
        left = self.per_address.get(slot.key, 1) - 1
        if left > 0:
            self.per_address[slot.key] = left
        else:
            self.per_address.pop(slot.key, None)

    # the log -----------------------------------------------------------------------------

    def note(self, what: str) -> None:
        """Count a refusal or a drop; report the counts at most once per REPORT_EVERY."""
        self.counts[what] = self.counts.get(what, 0) + 1
        if self._report is None and self._loop is not None:
            at = max(self._loop.time(), self._last_report + REPORT_EVERY)
            self._report = self._loop.call_at(at, self._flush)

    def _flush(self) -> None:
        assert self._loop is not None
        self._report = None
        self._last_report = self._loop.time()
        counts, self.counts = self.counts, {}
        logs.log(
            "refusing connections",
            logging.WARNING,
            open=len(self.slots),
            cap=self.policy.max_connections,
            per_address_cap=self.policy.per_address,
            seconds=int(REPORT_EVERY),
            **counts,
        )

    # uvicorn's server interface ----------------------------------------------------------

    def close(self) -> None:
        self._closed = True
        self._pause()
        with contextlib.suppress(OSError):
            self.listener.close()
        for slot in list(self.slots):
            if slot.phase == HANDSHAKE:
                self.release(slot)
                slot.drop()
        if self._report is not None:
            self._report.cancel()
            self._flush()

    async def wait_closed(self) -> None:
        return None


def _age(slot: Slot) -> float:
    """Eviction order: the longest-open first, by when it was accepted, so that a flood's
    connections cannot look young by moving on to a new phase; a connection idle between
    requests by when it went idle, so that a device between two requests of one sync is
    not cut just as it sends the next."""
    return slot.since if slot.phase == IDLE else slot.opened
