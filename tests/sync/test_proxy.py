"""Sync through a SOCKS5 proxy (as through Tor): every connection goes via the proxy."""

from __future__ import annotations

import json
import socket
import struct
import threading
from pathlib import Path
from typing import Any

from tests.support.cli import make_cli
from tests.support.server import ServerProcess
from tests.support.tunnel import pump_both_ways


class Socks5:
    """A minimal SOCKS5 server (no auth, CONNECT only) on loopback that counts connections."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.connects: list[tuple[str, int]] = []
        self.alive = True
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while self.alive:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        with client:
            greeting = client.recv(2)
            client.recv(greeting[1])
            client.sendall(b"\x05\x00")
            head = client.recv(4)
            if head[3] == 1:
                host = socket.inet_ntoa(client.recv(4))
            else:
                host = client.recv(client.recv(1)[0]).decode()
            port = struct.unpack(">H", client.recv(2))[0]
            self.connects.append((host, port))
            upstream = socket.create_connection((host, port))
            client.sendall(b"\x05\x00\x00\x01" + socket.inet_aton("127.0.0.1") + b"\0\0")
            with upstream:
                pump_both_ways(client, upstream)

    def close(self) -> None:
        self.alive = False
        self.sock.close()


def test_sync_goes_through_the_proxy(
    server: ServerProcess, secret_service: Any, tmp_path: Path
) -> None:
    proxy = Socks5()
    try:
        url = f"socks5://127.0.0.1:{proxy.port}"
        hq = make_cli(tmp_path, "hq")
        hq("hq", "init", server.admin_code, "--proxy", url)
        code = hq("hq", "enrol-code", "--proxy", url).last_line
        field = make_cli(tmp_path, "field")
        field("sync", "enrol", code, "--proxy", url)
        field("case", "add", "--title", "Through the proxy")
        before = len(proxy.connects)
        report = json.loads(field("sync", "now", "--json", "--proxy", url).stdout)
        assert report["pushed"] == 1 and report["error"] == ""
        assert len(proxy.connects) > before
        assert set(proxy.connects) == {("127.0.0.1", server.port)}
    finally:
        proxy.close()


def test_a_proxy_that_is_down_is_named(tmp_path: Path) -> None:
    """Tor not running: the message names the proxy (without its password), not the server."""
    import pytest

    from tests.support.pg import free_port
    from vigil.sync.desk_client import DeskClient
    from vigil.sync.errors import SyncError

    port = free_port()  # nothing listens there
    proxy = f"socks5://someone:secret@127.0.0.1:{port}"
    pin = "sha256/" + "A" * 43 + "="
    client = DeskClient("https://127.0.0.1:9", pin, "ab" * 16, bytes(32), proxy)
    with client, pytest.raises(SyncError) as caught:
        client.devices()
    message = str(caught.value)
    assert f"socks5://127.0.0.1:{port}" in message and "cannot be reached" in message
    assert "secret" not in message and "someone" not in message
