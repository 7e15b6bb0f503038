"""The byte pump of the test proxies (SOCKS5, HTTPS CONNECT) once their tunnel is open."""

from __future__ import annotations

import contextlib
import socket
import threading
from typing import Any


def _copy(src: Any, dst: Any) -> None:
    """Copy until ``src`` ends, then pass the end on, so each direction closes by itself."""
    try:
        while data := src.recv(65536):
            dst.sendall(data)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)


def pump_both_ways(client: Any, upstream: Any) -> None:
    """Relay bytes between the two sockets (plain or TLS) until both directions end; the
    way back gets at most 10 s after the way there ends."""
    back = threading.Thread(target=_copy, args=(upstream, client), daemon=True)
    back.start()
    _copy(client, upstream)
    back.join(10)
