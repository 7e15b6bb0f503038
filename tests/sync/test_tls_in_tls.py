"""The pin holds through an https:// proxy too (``--proxy`` accepts one).

Through an HTTPS proxy the client speaks TLS to the proxy and, inside that tunnel, TLS to the
server: the inner handshake runs on an in-memory SSLObject, not on a socket, so the pin is
checked by a different class than on a direct connection (a mutant that skipped that check
survived every other test). Real vigil-server on loopback TLS, a real CONNECT proxy with its
own TLS certificate, real httpx.
"""

from __future__ import annotations

import base64
import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.api import trust
from tests.support.sync import request_lines, wait_for
from tests.support.tunnel import pump_both_ways
from vigil.sync import transport
from vigil.sync.transport import PinMismatch
from vigil_server import tls

WRONG_PIN = "sha256/" + base64.b64encode(b"\x02" * 32).decode()


class HttpsConnectProxy:
    """An HTTPS proxy on loopback: TLS with its own key, then CONNECT to any host and port,
    pumping bytes both ways. It cannot read the tunnel; it records where it connected."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.cert = cert
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(cert, key)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = int(self.sock.getsockname()[1])
        self.connects: list[tuple[str, int]] = []
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while True:
            try:
                raw, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(raw,), daemon=True).start()

    def _handle(self, raw: socket.socket) -> None:
        try:
            client = self.context.wrap_socket(raw, server_side=True)
        except (OSError, ssl.SSLError):
            raw.close()
            return
        with client:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(4096)
                if not chunk:
                    return
                head += chunk
            method, target, _ = head.split(b"\r\n", 1)[0].decode().split(" ", 2)
            if method != "CONNECT":
                client.sendall(b"HTTP/1.1 405 Method Not Allowed\r\ncontent-length: 0\r\n\r\n")
                return
            host, port = target.rsplit(":", 1)
            self.connects.append((host, int(port)))
            with socket.create_connection((host, int(port)), timeout=30) as upstream:
                client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                pump_both_ways(client, upstream)

    def close(self) -> None:
        self.sock.close()


@pytest.fixture(scope="module")
def https_proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HttpsConnectProxy]:
    folder = tmp_path_factory.mktemp("https-proxy")
    tls.generate(folder / "proxy.pem", folder / "proxy.key", ["127.0.0.1"])
    proxy = HttpsConnectProxy(folder / "proxy.pem", folder / "proxy.key")
    yield proxy
    proxy.close()


def client_through(proxy: HttpsConnectProxy, url: str, pin: str) -> httpx.Client:
    # The proxy's own certificate is trusted for the outer TLS; the pin is for the server.
    via = httpx.Proxy(proxy.url, ssl_context=trust(proxy.cert))
    return transport.make_client(url, pin, proxy=via, timeout=30)


def server_pin(server: Any) -> str:
    return transport.spki_pin(ssl.PEM_cert_to_DER_cert(server.cert.read_text()))


def test_the_right_pin_through_an_https_proxy_reaches_the_server(
    server: Any, https_proxy: HttpsConnectProxy
) -> None:
    before = len(https_proxy.connects)
    with client_through(https_proxy, server.url, server_pin(server)) as client:
        assert client.get("/healthz").status_code == 200
    assert https_proxy.connects[before:] == [("127.0.0.1", server.port)]  # through the tunnel


def test_a_pin_mismatch_through_an_https_proxy_sends_no_request(
    server: Any, https_proxy: HttpsConnectProxy
) -> None:
    served = len(request_lines(server))
    before = len(https_proxy.connects)
    with client_through(https_proxy, server.url, WRONG_PIN) as client, pytest.raises(PinMismatch):
        client.post("/v1/auth/token", json={"device": "0" * 32})
    assert https_proxy.connects[before:] == [("127.0.0.1", server.port)]  # it did try
    # The server never saw the request (its access log is written per request served).
    with client_through(https_proxy, server.url, server_pin(server)) as client:
        assert client.get("/healthz").status_code == 200  # a later request is logged...
    wait_for(lambda: any(r.get("route") == "/healthz" for r in request_lines(server)[served:]))
    routes = [r.get("route") for r in request_lines(server)[served:]]
    assert routes == ["/healthz"]  # ...and only that one
