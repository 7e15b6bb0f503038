"""The transport the front door (door.py) hands to uvicorn's protocol: the real one, with a
lingering close and writes in slices (see ``DoorTransport``)."""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

WRITE_SLICE = 256 * 1024  # see DoorTransport.write


class Lingering(Protocol):
    """What the transport asks of the door's protocol."""

    @property
    def lingering(self) -> bool: ...

    def close_lingering(self) -> bool: ...


class DoorTransport(asyncio.Transport):
    """The transport as uvicorn sees it: the real one, except that

    - closing it while the client is still sending an answered request's body begins the
      protocol's lingering close (``DoorProtocol.close_lingering``) instead of cutting the
      client off mid-send;
    - a large write goes down in slices. asyncio's TLS layer encrypts one write whole into
      the socket's buffer, so an 8 MiB response written at once never paused the protocol's
      writing, and a client that did not read it was never cut (``send_timeout``); after
      the first slices fill the socket's buffer, the rest waits in the TLS layer and
      writing pauses."""

    def __init__(self, transport: asyncio.Transport, protocol: Lingering) -> None:
        super().__init__()
        self._transport = transport
        self._protocol = protocol
        self._closing = False

    def close(self) -> None:
        self._closing = True
        if not self._protocol.close_lingering():
            self._transport.close()

    def is_closing(self) -> bool:
        return self._closing or self._transport.is_closing()

    def abort(self) -> None:
        self._closing = True
        self._transport.abort()

    def write(self, data: Any) -> None:
        if len(data) <= WRITE_SLICE:
            self._transport.write(data)
            return
        view = memoryview(data)
        for start in range(0, len(view), WRITE_SLICE):
            self._transport.write(view[start : start + WRITE_SLICE])

    def writelines(self, list_of_data: Any) -> None:
        self._transport.writelines(list_of_data)

    def write_eof(self) -> None:
        self._transport.write_eof()

    def can_write_eof(self) -> bool:
        return self._transport.can_write_eof()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self._transport.get_extra_info(name, default)

    def pause_reading(self) -> None:
        if not self._protocol.lingering:  # a lingering close reads on, whatever uvicorn asks
            self._transport.pause_reading()

    def resume_reading(self) -> None:
        self._transport.resume_reading()

    def is_reading(self) -> bool:
        return self._transport.is_reading()

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self._transport.set_protocol(protocol)

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._transport.get_protocol()

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size()

    def get_write_buffer_limits(self) -> tuple[int, int]:
        return self._transport.get_write_buffer_limits()

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        self._transport.set_write_buffer_limits(high, low)
