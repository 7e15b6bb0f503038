"""Shared parts of the sync tests: in-process devices (real vaults, real sync code, the
in-memory credential store), a real server started behind a loopback HTTPS proxy, and the
proxy itself, which the lying-server and fault tests turn hostile.

The proxy terminates TLS with the server's own certificate and key, so a device's pin matches
it exactly as it matches the server: it stands where a compromised server, or a broken
network in front of it, would stand. The server is initialised with the proxy's address as
its URL, so enrolment codes name the proxy and the auth string's host is the proxy's.
"""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from tests.support.api import trust
from tests.support.pg import free_port
from tests.support.server import FAST_LIMITS, ServerProcess, launch
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.sync import enrolment, session
from vigil.sync import round as sync_round
from vigil.sync.credentials import ALLOW_FAKES_ENV, DeviceCredential, MemoryStore
from vigil.sync.engine import SyncReport
from vigil.vault import merge
from vigil.vault.items import Change
from vigil.vault.store import Vault
from vigil.vault.verify import verify_vault

# -- devices ----------------------------------------------------------------------------------


def memory_store() -> MemoryStore:
    """The test credential store; the fake refuses to load without its environment flag."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(ALLOW_FAKES_ENV, "1")
        return MemoryStore()


@dataclass
class Device:
    """A Vigil vault, unlocked, with the real sync session code driving it."""

    name: str
    vault: Vault
    store: MemoryStore
    cases: list[str] = field(default_factory=list)
    edits: int = 0

    @property
    def cred(self) -> DeviceCredential:
        return enrolment.credential_for(self.vault, self.store)

    @property
    def server_id(self) -> str:
        return self.cred.device_id

    @property
    def chain_device(self) -> str:
        """The device id inside this vault's envelopes (a fresh one since enrolment)."""
        return self.vault.device.hex()

    def sync(self, timeout: float = 30.0) -> tuple[SyncReport, merge.MergeReport]:
        done = sync_round.run(self.vault.path, self.store, vault=self.vault, timeout=timeout)
        return done.report, done.merged

    def new_case(self, title: str = "") -> str:
        self.edits += 1
        rev = self.vault.save("case", {"title": title or f"{self.name} case {self.edits}"})
        self.cases.append(rev.item)
        return rev.item

    def edit_case(self, case_id: str, title: str = "") -> str:
        self.edits += 1
        title = title or f"{self.name} edit {self.edits}"
        return self.vault.save("case", {"title": title}, item_id=case_id).id

    def add_note(self, case_id: str, text_: str = "") -> str:
        self.edits += 1
        text_ = text_ or f"{self.name} note {self.edits}"
        return self.vault.save_many([Change("note", {"text": text_}, case_id=case_id)])[0].id

    def revisions(self, device: str | None = None) -> set[str]:
        sql, args = "SELECT id FROM revisions", ()
        if device is not None:
            sql, args = sql + " WHERE device = ?", (device,)  # type: ignore[assignment]
        return {row[0] for row in self.vault.conn.execute(sql, args)}

    def own_revisions(self) -> set[str]:
        """What this device wrote since enrolment: everything HQ must end up holding."""
        return self.revisions(self.chain_device)

    def integrity(self) -> list[dict[str, str]]:
        return list(reversed(merge.integrity_log(self.vault, 10_000)))

    def integrity_kinds(self, since: int = 0) -> list[str]:
        return [entry["kind"] for entry in self.integrity()[since:]]

    def verify(self) -> list[str]:
        return verify_vault(self.vault)

    def close(self) -> None:
        self.vault.close()


def new_vault(root: Path, name: str) -> Vault:
    return Vault.create(root / name, PASSPHRASE, FAST_KDF)[0]


def make_hq(root: Path, admin_code: str) -> Device:
    vault = new_vault(root, "hq")
    store = memory_store()
    session.hq_init(vault, admin_code, store)
    return Device("hq", vault, store)


def make_field(root: Path, hq: Device, name: str) -> Device:
    vault = new_vault(root, name)
    store = memory_store()
    code = session.hq_enrol_code(hq.vault, hq.store)
    session.enrol_field(vault, code, store)
    return Device(name, vault, store)


@dataclass
class CutOff:
    """An HQ desk and a field device enrolled on a real server that was then stopped: the
    network is cut (the sneakernet tests start the server again to see what it brings)."""

    server: ServerProcess
    hq: Device
    field: Device


# -- servers ----------------------------------------------------------------------------------


def launch_at(tmp: Path, url: str, database_url: str | None = None) -> ServerProcess:
    """A real vigil-server whose configured URL is ``url`` (a proxy in front of it)."""
    return launch(tmp, database_url, *FAST_LIMITS, url=url)


def server_envelopes(server: ServerProcess) -> list[tuple[int, str]]:
    """(seq, sha256) of every envelope in the server's log, read from its database."""
    engine = server.engine()
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT seq, sha256 FROM envelopes ORDER BY seq"))
            return [(int(seq), str(sha)) for seq, sha in rows]
    finally:
        engine.dispose()


def request_lines(server: ServerProcess) -> list[dict[str, Any]]:
    """The server's access log: one entry per HTTP request it served."""
    out = []
    for line in server.log.read_text(errors="replace").splitlines():
        with contextlib.suppress(ValueError):
            entry = json.loads(line)
            if isinstance(entry, dict) and entry.get("event") == "request":
                out.append(entry)
    return out


# -- the proxy --------------------------------------------------------------------------------


@dataclass
class Request:
    method: str
    path: str  # with the query string
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def route(self) -> str:
        return self.path.split("?", 1)[0]

    @property
    def query(self) -> dict[str, str]:
        return dict(httpx.URL(self.path).params)


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)

    def json(self) -> Any:
        return json.loads(self.body)

    @classmethod
    def of(cls, status: int, value: Any) -> Reply:
        return cls(status, json.dumps(value).encode())


HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host",
       "accept-encoding", "content-encoding", "date", "server"}  # fmt: skip


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _TlsServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = Request(
            self.command, self.path, {k.lower(): v for k, v in self.headers.items()}, body
        )
        self.server.proxy.seen(request)
        self.server.proxy.handle(request, self)

    do_GET = do_POST = do_PUT = do_DELETE = _serve

    # What the proxy does with a request's connection --------------------------------------

    def write(self, reply: Reply, cut: int | None = None) -> None:
        """Send ``reply``; with ``cut``, only that many body bytes, then hang up."""
        head = [
            f"HTTP/1.1 {reply.status} {_reason(reply.status)}",
            f"Content-Type: {reply.content_type}",
            f"Content-Length: {len(reply.body)}",
        ]
        head += [f"{k}: {v}" for k, v in reply.headers.items() if k.lower() not in HOP]
        self.wfile.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1"))
        # the body apart: a test that counts the memory a client holds sends a large one
        self.wfile.write(reply.body if cut is None else reply.body[:cut])
        self.wfile.flush()
        if cut is not None:
            self.hang_up()

    def hang_up(self, reset: bool = False) -> None:
        """Close the connection: politely, or with a TCP reset (no TLS close either)."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            if reset:
                self.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                )
                self.connection.close()
            else:
                self.connection.shutdown(socket.SHUT_RDWR)


def _reason(status: int) -> str:
    from http import HTTPStatus

    with contextlib.suppress(ValueError):
        return HTTPStatus(status).phrase
    return "Status"


class _TlsServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, proxy: HttpsProxy, context: ssl.SSLContext) -> None:
        self.proxy = proxy
        self.context = context
        super().__init__(("127.0.0.1", proxy.port), _Handler)

    def finish_request(self, request: Any, client_address: Any) -> None:
        # The handshake happens in the connection's own thread, never in the accept loop.
        request.settimeout(30)
        self.proxy.connections += 1
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError):
            self.proxy.failed_handshakes += 1
            return
        self.proxy.handshakes += 1
        try:
            super().finish_request(tls, client_address)
        finally:
            with contextlib.suppress(OSError):
                tls.close()

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a hung-up or reset connection is what some tests are for


class HttpsProxy:
    """A threaded HTTPS server on loopback that forwards every request to ``upstream``.

    Subclasses override ``handle`` to lie or to fail. ``requests`` records every request
    that arrived (decrypted), in order.
    """

    def __init__(self, cert: Path, key: Path, port: int | None = None) -> None:
        self.port = port or free_port()
        self.cert, self.key = cert, key
        self.upstream: str = ""
        self.http: httpx.Client | None = None
        self.requests: list[Request] = []
        self.connections = 0  # TCP connections accepted
        self.handshakes = 0
        self.failed_handshakes = 0
        self.tokens: dict[str, str] = {}  # token -> device id, learnt from /v1/auth/token
        self._lock = threading.Lock()
        self._server: _TlsServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self, upstream: str = "", upstream_cert: Path | None = None) -> HttpsProxy:
        if upstream:
            self.upstream = upstream
            self.http = httpx.Client(
                base_url=upstream, verify=trust(upstream_cert or self.cert), timeout=60
            )
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(self.cert, self.key)
        self._server = _TlsServer(self, context)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self.http is not None:
            self.http.close()

    def seen(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def routes(self) -> list[str]:
        with self._lock:
            return [f"{r.method} {r.route}" for r in self.requests]

    def device_of(self, request: Request) -> str:
        token = request.headers.get("authorization", "").removeprefix("Bearer ").strip()
        return self.tokens.get(token, "")

    def forward(self, request: Request, path: str | None = None) -> Reply:
        assert self.http is not None, "this proxy has no upstream"
        headers = {k: v for k, v in request.headers.items() if k not in HOP}
        headers["accept-encoding"] = "identity"
        got = self.http.request(
            request.method, path or request.path, headers=headers, content=request.body
        )
        reply = Reply(
            got.status_code,
            got.content,
            got.headers.get("content-type", "application/json"),
            {k: v for k, v in got.headers.items() if k.lower() not in HOP | {"content-type"}},
        )
        if request.route == "/v1/auth/token" and got.status_code == 200:
            with self._lock:
                self.tokens[got.json()["token"]] = json.loads(request.body)["device_id"]
        return reply

    def handle(self, request: Request, conn: _Handler) -> None:
        conn.write(self.forward(request))


Hook = Callable[["Request", "Reply"], "Reply"]


class KeyProxy(HttpsProxy):
    """Forwards everything; a hook may rewrite the answer of one route (``"GET /v1/…"``)."""

    def __init__(self, cert: Path, key: Path, port: int | None = None) -> None:
        super().__init__(cert, key, port)
        self.hooks: dict[str, Hook] = {}

    def handle(self, request: Request, conn: _Handler) -> None:
        reply = self.forward(request)
        hook = self.hooks.get(f"{request.method} {request.route}")
        conn.write(hook(request, reply) if hook else reply)


@contextlib.contextmanager
def behind_proxy(
    tmp: Path, proxy_class: type[HttpsProxy], database_url: str | None = None
) -> Iterator[tuple[ServerProcess, Any]]:
    """A real server whose URL is a proxy's; the proxy forwards to it."""
    port = free_port()
    server = launch_at(tmp, f"https://127.0.0.1:{port}", database_url)
    proxy = proxy_class(server.cert, server.data / "tls" / "key.pem", port)
    try:
        proxy.start(server.url, server.cert)
        yield server, proxy
    finally:
        proxy.stop()
        server.stop()


def b64url_json(value: Any) -> str:
    raw = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def wait_for(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.02)
