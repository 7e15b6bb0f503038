"""The front door's deadlines (door.py admits the connections), in the style of Apache's
mod_reqtimeout (docs/protocol.md §10):

- the TLS handshake (door.py hands it to asyncio with its timeout); the first request's head
  (and every later head, from its first byte) must arrive within ``head_timeout``, extended by
  one second per ``min_rate`` bytes up to ``head_timeout_max``; a body within ``body_timeout``
  plus one second per ``min_rate`` bytes, and a body to a route that needs no token within
  ``public_body_timeout`` in all; a response the client stops reading is dropped after
  ``send_timeout``. Idle keep-alive connections are uvicorn's ``timeout_keep_alive``.
- A lingering close, as Apache's: a connection the server closes while its client is still
  sending the body of a request already answered (the gate refused it unread and said
  ``Connection: close``) reads and drops at most ``linger_bytes`` more of it, for at most
  ``linger_timeout``, without parsing it, then closes. The client can read its answer instead
  of a reset, and a token holder cannot make the server take in (and decrypt, and parse) the
  rest of a 16 MiB body for each refusal: draining those whole once held ``/healthz`` at
  2-3 s under 24 hostile senders.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import sys
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from vigil_server import logs
from vigil_server.door import (
    BODY,
    HEAD,
    IDLE,
    LINGER,
    WORK,
    Door,
    DoorPolicy,
    Slot,
    descriptor_limit,
)
from vigil_server.door_transport import DoorTransport
from vigil_server.middleware import PUBLIC


class DoorProtocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol with the door's deadlines: after each event it looks at
    where h11 is in the request and arms one timer for the phase's deadline."""

    door: Door
    slot: Slot
    _timer: asyncio.TimerHandle | None = None
    _write_paused_at: float | None = None
    _cycle: object = None  # the request whose phase was last looked at
    _socket: asyncio.Transport | None = None  # the real transport, under DoorTransport
    _lingered: int | None = None  # bytes dropped since the lingering close began

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._socket = transport
        super().connection_made(DoorTransport(transport, self))
        self.slot.enter(HEAD, self.loop.time())  # the first request's deadline starts now
        self._arm()

    @property
    def lingering(self) -> bool:
        return self._lingered is not None

    def close_lingering(self) -> bool:
        """Begin the lingering close if the client is still sending an answered request's
        body; False when there is nothing to linger for (close at once)."""
        if self._lingered is not None:
            return True
        if self.conn.their_state is not h11.SEND_BODY or self._socket is None:
            return False
        self._lingered = 0
        self.slot.enter(LINGER, self.loop.time())
        self._socket.resume_reading()  # uvicorn may have paused it (its body buffer was full)
        self._arm()
        return True

    def _end_lingering(self, why: str | None) -> None:
        """Close after lingering: gracefully when the client stopped sending or the time is
        up, by abort (``why`` counted) when it sent more than the budget."""
        assert self._socket is not None
        self.door.release(self.slot)
        if why is None:
            self._socket.close()
        else:
            self.door.note(why)
            self._socket.abort()

    def eof_received(self) -> None:
        if self._lingered is not None:
            self._end_lingering(None)
            return
        super().eof_received()

    def connection_lost(self, exc: Exception | None) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        self.door.release(self.slot)
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._lingered is not None:
            # Dropped unparsed: the answer is out and the connection closes.
            self._lingered += len(data)
            if self._lingered > self.door.policy.linger_bytes:
                self._end_lingering("linger_cut")
            return
        super().data_received(data)
        self._track(len(data))

    def on_response_complete(self) -> None:
        self.slot.answered = True
        super().on_response_complete()
        if self._lingered is None:
            self._track(0)

    def pause_writing(self) -> None:
        self._write_paused_at = self.loop.time()
        super().pause_writing()
        self._arm()

    def resume_writing(self) -> None:
        self._write_paused_at = None
        super().resume_writing()

    def _track(self, received: int) -> None:
        slot, now = self.slot, self.loop.time()
        state = self.conn.their_state
        if state is h11.IDLE:
            # Waiting for a head: the first one, or a later one whose first bytes are here;
            # otherwise idle between requests (uvicorn's keep-alive timeout).
            phase = HEAD if self.conn.trailing_data[0] or not slot.answered else IDLE
        elif state is h11.SEND_BODY:
            phase = BODY
        else:
            phase = WORK
        if self.cycle is not self._cycle:  # a new request (pipelined ones too)
            self._cycle = self.cycle
            slot.answered = False
            slot.public = _needs_no_token(self.scope)
        slot.enter(phase, now)
        slot.received += received
        self._arm()

    def _deadline(self) -> float | None:
        slot, policy = self.slot, self.door.policy
        deadline: float | None = None
        if slot.phase == LINGER:
            return slot.since + policy.linger_timeout
        if slot.phase == HEAD:
            extra = min(slot.received / policy.min_rate, policy.head_timeout_max)
            deadline = slot.since + min(policy.head_timeout + extra, policy.head_timeout_max)
        elif slot.phase == BODY and not self.flow.read_paused:
            if slot.public:
                deadline = slot.since + policy.public_body_timeout
            else:
                deadline = slot.since + policy.body_timeout + slot.received / policy.min_rate
        if self._write_paused_at is not None:
            stalled = self._write_paused_at + policy.send_timeout
            deadline = stalled if deadline is None else min(deadline, stalled)
        return deadline

    def _arm(self) -> None:
        deadline = self._deadline()
        if deadline is None:
            return
        if self._timer is not None:
            if self._timer.when() <= deadline:
                return  # it fires first and looks again
            self._timer.cancel()
        self._timer = self.loop.call_at(deadline, self._expire)

    def _expire(self) -> None:
        self._timer = None
        if self._lingered is not None:
            if self._socket is None or self._socket.is_closing():
                return
            if self.loop.time() >= self.slot.since + self.door.policy.linger_timeout:
                self._end_lingering(None)
            else:
                self._arm()
            return
        if self.transport is None or self.transport.is_closing():
            return
        if self.slot.phase == BODY and self.flow.read_paused:
            # The application is not reading yet (the request waits for the server): the
            # client is not late. Its window starts again when reading resumes.
            self.slot.enter(WORK, self.loop.time())
            self.slot.enter(BODY, self.loop.time())
        deadline = self._deadline()
        if deadline is None:
            return
        if self.loop.time() >= deadline:
            self.door.note(f"slow_{self.slot.phase}" if self._write_paused_at is None else
                           "slow_reader")  # fmt: skip
            self.door.release(self.slot)
            self.transport.abort()
            return
        self._arm()


def _needs_no_token(scope: Any) -> bool:
    path = str(scope.get("path", "")) if scope else ""
    return not path.startswith("/v1/") or path in PUBLIC


class DoorServer(uvicorn.Server):
    """uvicorn's server with the door in place of ``loop.create_server``."""

    def __init__(
        self,
        config: uvicorn.Config,
        listener: socket.socket,
        tls: ssl.SSLContext | None,
        policy: DoorPolicy,
    ) -> None:
        super().__init__(config)
        self.listener = listener
        self.tls = tls
        self.policy = policy

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await self.lifespan.startup()
        if self.lifespan.should_exit:
            sys.exit(3)
        config = self.config

        def factory() -> DoorProtocol:
            return DoorProtocol(
                config=config, server_state=self.server_state, app_state=self.lifespan.state
            )

        door = Door(self.listener, factory, self.tls, self.policy)
        door.start()
        self.servers = [door]  # type: ignore[list-item]
        self.started = True
        logs.log(
            "door open",
            max_connections=self.policy.max_connections,
            per_address=self.policy.per_address,
            descriptor_limit=descriptor_limit(),
            tls=self.tls is not None,
        )
