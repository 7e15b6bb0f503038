"""A crowd of slow connections against a server on loopback, as an unauthenticated attacker
would hold them: for the front-door test and the attack benchmark.

    python -m tests.server.crowd --port 8443 --count 2000 --seconds 60

Each of ``--count`` connections comes from its own source address in 127.0.0.0/8 (bound
before connecting; ``--addresses`` of them, spread over the /8, never 127.0.0.1) and does one
of four things, in turn: connect and send nothing (not even a TLS ClientHello); finish the
TLS handshake and send nothing; send a request head to /v1/enrol one byte a second; send a
whole head with ``Content-Length: 60000`` and then the body one byte a second. When the server
drops one, it reconnects after ``--retry`` seconds, so the crowd keeps pressing for the whole
run. It stops by itself after ``--seconds`` (or at SIGTERM); it prints ``ready`` once every
connection has been tried, and a JSON summary at the end (``peak_open``: most connections the
client side held open at once; ``opened``; ``dropped``: closed by the server; ``refused``:
failed to connect).

With ``--hostile N --token T`` it also keeps N requests in flight that a device holding token
T can make: 16 MiB bodies of ``{"envelopes":[{},{},...]}`` to ``POST /v1/envelopes``, one after
another on each of N connections (``hostile_sent`` in the summary; ``hostile_statuses``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import resource
import signal
import ssl
import sys
import time
from dataclasses import asdict, dataclass, field

from tests.support.api import source_address

KINDS = ("idle_tcp", "idle_tls", "slow_head", "slow_body")
HEAD = b"POST /v1/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
BODY_HEAD = (
    b"POST /v1/enrol HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
    b"Content-Length: 60000\r\n\r\n{"
)


def address(i: int, addresses: int) -> str:
    """The i-th connection's source address: one of ``addresses`` spread over 127.0.0.0/8."""
    return source_address(i % addresses)


HOSTILE_BODY_SIZE = 16 * 1024 * 1024


def hostile_body() -> bytes:
    """The largest body the server takes, as many tiny envelopes as fit: the parse is the
    attack, not the bytes."""
    head, tail = b'{"envelopes":[', b"{}]}"
    count = (HOSTILE_BODY_SIZE - len(head) - len(tail)) // 3
    return head + b"{}," * count + tail


@dataclass
class Stats:
    opened: int = 0
    dropped: int = 0
    refused: int = 0
    open: int = 0
    peak_open: int = 0
    hostile_sent: int = 0
    hostile_statuses: dict[str, int] = field(default_factory=dict)


class Crowd:
    def __init__(self, host: str, port: int, count: int, addresses: int, retry: float,
                 tls: bool) -> None:  # fmt: skip
        self.host, self.port, self.count = host, port, count
        self.addresses, self.retry, self.tls = addresses, retry, tls
        self.stats = Stats()
        self.stop = asyncio.Event()
        self.context = ssl.create_default_context()
        self.context.check_hostname = False
        self.context.verify_mode = ssl.CERT_NONE

    async def run(self, seconds: float, ramp: float, hostile: int = 0, token: str = "") -> Stats:
        # SIGTERM ends the run early, still with the summary
        asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, self.stop.set)
        body = hostile_body() if hostile else b""
        tasks = [asyncio.create_task(self._hostile(body, token)) for _ in range(hostile)]
        for i in range(self.count):
            tasks.append(asyncio.create_task(self._hold(i, KINDS[i % len(KINDS)])))
            if i % 50 == 49:
                await asyncio.sleep(ramp * 50 / self.count)
        print("ready", flush=True)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.stop.wait(), seconds)
        self.stop.set()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        return self.stats

    async def _hold(self, i: int, kind: str) -> None:
        source = address(i, self.addresses)
        while not self.stop.is_set():
            use_tls = self.tls and kind != "idle_tcp"
            try:
                reader, writer = await asyncio.open_connection(
                    self.host, self.port, local_addr=(source, 0),
                    ssl=self.context if use_tls else None,
                    server_hostname=self.host if use_tls else None,
                    ssl_handshake_timeout=60 if use_tls else None,
                )  # fmt: skip
            except (OSError, TimeoutError):
                self.stats.refused += 1
                await asyncio.sleep(self.retry * random.uniform(0.5, 1.5))
                continue
            self._opened()
            try:
                await self._dribble(kind, reader, writer)
            except (OSError, TimeoutError, ssl.SSLError):
                pass
            finally:
                self.stats.open -= 1
                self.stats.dropped += 1
                writer.transport.abort()
            await asyncio.sleep(self.retry * random.uniform(0.5, 1.5))

    async def _hostile(self, body: bytes, token: str) -> None:
        head = (f"POST /v1/envelopes HTTP/1.1\r\nHost: {self.host}\r\n"
                f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()  # fmt: skip
        while not self.stop.is_set():
            try:
                reader, writer = await asyncio.open_connection(
                    self.host, self.port, ssl=self.context if self.tls else None,
                    server_hostname=self.host if self.tls else None,
                )  # fmt: skip
            except (OSError, TimeoutError):
                await asyncio.sleep(0.5)
                continue
            try:
                while not self.stop.is_set():
                    writer.write(head + body)
                    await writer.drain()
                    status = (await reader.readline()).split(b" ")[1:2]
                    key = status[0].decode() if status else "closed"
                    self.stats.hostile_sent += 1
                    self.stats.hostile_statuses[key] = self.stats.hostile_statuses.get(key, 0) + 1
                    if not status:
                        break
                    length = 0
                    while (line := await reader.readline()) not in (b"\r\n", b""):
                        name, _, value = line.decode("latin-1").partition(":")
                        if name.strip().lower() == "content-length":
                            length = int(value)
                    await reader.readexactly(length)
            except (OSError, ValueError, asyncio.IncompleteReadError, ssl.SSLError):
                pass
            finally:
                writer.transport.abort()

    def _opened(self) -> None:
        s = self.stats
        s.opened += 1
        s.open += 1
        s.peak_open = max(s.peak_open, s.open)

    async def _dribble(
        self, kind: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        """Until the server hangs up: send nothing, or one byte a second."""
        if kind == "slow_body":
            writer.write(BODY_HEAD)
        payload = {"slow_head": HEAD + b"a" * 100_000, "slow_body": b" " * 60_000}.get(kind, b"")
        sent = 0
        while True:
            with contextlib.suppress(TimeoutError):
                if not await asyncio.wait_for(reader.read(4096), 1.0):
                    return  # the server closed the connection
                continue  # a response (a 408 or a 413): keep reading until it closes
            if payload and sent < len(payload):
                writer.write(payload[sent : sent + 1])
                sent += 1
                await writer.drain()


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--count", type=int, default=2000)
    p.add_argument("--addresses", type=int, default=500)
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--ramp", type=float, default=3.0, help="seconds to open them all")
    p.add_argument("--retry", type=float, default=2.0, help="seconds before reconnecting")
    p.add_argument("--plain", action="store_true", help="plain HTTP (behind a TLS proxy)")
    p.add_argument("--hostile", type=int, default=0, help="16 MiB hostile bodies in flight")
    p.add_argument("--token", default="", help="a device token for the hostile bodies")
    args = p.parse_args()
    _, hard = resource.getrlimit(resource.RLIMIT_NOFILE)  # room for the whole crowd
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    crowd = Crowd(args.host, args.port, args.count, args.addresses, args.retry, not args.plain)
    started = time.monotonic()
    stats = asyncio.run(crowd.run(args.seconds, args.ramp, args.hostile, args.token))
    print(json.dumps({**asdict(stats), "seconds": round(time.monotonic() - started, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
