"""``vigil-server run --unix PATH`` behind a proxy: the socket gets the mode asked for
(0660 or 0600) from the moment it exists, an existing file that is not a socket is refused
and left as it was, a socket someone listens on is refused, a stale one is replaced, and the
server removes its socket when it stops. The forwarded address is believed over the socket
(the socket's mode decides who the proxy is). Devices syncing through a real nginx on unix
sockets: test_nginx.py."""

from __future__ import annotations

import dataclasses
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.support.server import ServerProcess, init_behind_proxy
from vigil_server import tls
from vigil_server.config import ServerConfig

RUN = ["--ip-rate", "1", "--ip-burst", "3"]


@pytest.fixture(scope="module")
def proxied(tmp_path_factory: pytest.TempPathFactory) -> ServerProcess:
    tmp = tmp_path_factory.mktemp("unix")
    cert, key = tmp / "proxy-cert.pem", tmp / "proxy-key.pem"
    tls.generate(cert, key, ["127.0.0.1"])
    return init_behind_proxy(tmp, "https://127.0.0.1:4443", cert)


@pytest.fixture
def running(proxied: ServerProcess, tmp_path: Path) -> Iterator[ServerProcess]:
    proxied.unix = tmp_path / "vigil.sock"
    try:
        yield proxied
    finally:
        proxied.stop()
        proxied.unix = None


def over(path: Path) -> httpx.Client:
    return httpx.Client(
        base_url="http://vigil", transport=httpx.HTTPTransport(uds=str(path)), timeout=10
    )


@pytest.mark.slow  # starts the server twice (or three refused runs): 20-30 s
def test_the_socket_has_the_mode_asked_for_and_goes_when_the_server_stops(
    running: ServerProcess,
) -> None:
    assert running.unix is not None
    running.start(*RUN)
    assert stat.S_ISSOCK(running.unix.lstat().st_mode)
    assert stat.S_IMODE(running.unix.lstat().st_mode) == 0o660
    with over(running.unix) as client:
        assert client.get("/healthz").status_code == 200
    running.stop()
    assert not running.unix.exists()

    running.start("--unix-mode", "600", *RUN)
    assert stat.S_IMODE(running.unix.lstat().st_mode) == 0o600


def test_the_forwarded_address_is_believed_over_the_socket(running: ServerProcess) -> None:
    assert running.unix is not None
    running.start(*RUN)

    def spend(client: httpx.Client, address: str) -> list[int]:
        headers = {"X-Forwarded-For": address}
        return [
            client.post("/v1/auth/challenge", json={}, headers=headers).status_code
            for _ in range(5)
        ]

    with over(running.unix) as client:
        assert spend(client, "192.0.2.1") == [422, 422, 422, 429, 429]
        # another client address, as the proxy reports it, has its own allowance
        assert spend(client, "192.0.2.2")[:3] == [422, 422, 422]


@pytest.mark.parametrize("kind", ["file", "folder", "symlink"])
def test_a_path_that_is_not_a_socket_is_refused_and_left_alone(
    proxied: ServerProcess, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "vigil.sock"
    target = tmp_path / "notes.txt"
    target.write_text("the operator's own file\n")
    if kind == "file":
        path.write_text("the operator's own file\n")
    elif kind == "folder":
        path.mkdir()
    else:
        path.symlink_to(target)
    done = proxied.cli("run", "--unix", str(path), check=False)
    assert done.returncode == 1
    assert "is not a socket; it was left alone" in done.stderr
    assert target.read_text() == "the operator's own file\n"
    if kind == "file":
        assert path.read_text() == "the operator's own file\n"
    elif kind == "folder":
        assert path.is_dir()
    else:
        assert path.is_symlink()


def test_a_socket_in_use_is_refused_and_a_stale_one_replaced(
    running: ServerProcess, tmp_path: Path
) -> None:
    assert running.unix is not None
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as other:
        other.bind(str(running.unix))
        other.listen(1)
        done = running.cli("run", "--unix", str(running.unix), check=False)
        assert done.returncode == 1 and "another server is listening" in done.stderr
    # closed without unlinking: what a killed server leaves
    assert stat.S_ISSOCK(running.unix.lstat().st_mode)
    running.start(*RUN)
    with over(running.unix) as client:
        assert client.get("/healthz").status_code == 200


@pytest.mark.slow  # starts the server twice (or three refused runs): 20-30 s
def test_unix_is_refused_where_it_makes_no_sense(
    proxied: ServerProcess, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = str(tmp_path / "vigil.sock")
    for extra, says in (
        (["--port", "8080"], "not both"),
        (["--proxy-address", "127.0.0.2"], "whoever may open the socket"),
    ):
        done = proxied.cli("run", "--unix", path, *extra, check=False)
        assert done.returncode == 1 and says in done.stderr, done.stderr
    # A server that speaks TLS itself (its own key pair in server.json) has no proxy.
    own = tmp_path_factory.mktemp("own-tls")
    cert, key = own / "cert.pem", own / "key.pem"
    tls.generate(cert, key, ["127.0.0.1"])
    config = ServerConfig.load(proxied.data)
    ServerConfig(data=own, org_id=config.org_id, url=config.url, cert=cert, key=key).save()
    own_tls = dataclasses.replace(proxied, data=own)
    done = own_tls.cli("run", "--unix", path, check=False)
    assert done.returncode == 1 and "behind a proxy" in done.stderr
    assert not Path(path).exists()
