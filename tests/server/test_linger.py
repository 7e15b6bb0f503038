"""How a connection ends when the server is done with it before the client is: a body refused
before it was read is read no further than a small lingering budget, in bytes and in time, so
that refusing costs the server little (docs/protocol.md §10); a response the client does not
read is cut after the send deadline. A real server process on loopback TLS."""

from __future__ import annotations

import os
import socket
import ssl
import time
from collections.abc import Iterator

import httpx
import pytest

from tests.support.api import Device, decode_code, enrol, seal, trust
from tests.support.server import FAST_LIMITS, ServerProcess, launch
from vigil_server.config import Limits

MIB = 1024 * 1024
SEND_TIMEOUT = 2.0


@pytest.fixture(scope="module")
def quick(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """A server whose send deadline is short enough for a test to wait for."""
    server = launch(
        tmp_path_factory.mktemp("linger"), None, *FAST_LIMITS, "--send-timeout", str(SEND_TIMEOUT)
    )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def desk(quick: ServerProcess) -> Device:
    return enrol(quick.api(), decode_code(quick.admin_code)["secret"], role_hint="hq")


def tls_socket(
    server: ServerProcess, source: str, sndbuf: int | None = None, rcvbuf: int | None = None
) -> ssl.SSLSocket:
    """Small socket buffers keep what the kernels hold far below the bodies sent."""
    raw = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if sndbuf:
        raw.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, sndbuf)
    if rcvbuf:
        raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    raw.bind((source, 0))
    raw.settimeout(30)
    raw.connect(("127.0.0.1", server.port))
    return trust(server.cert).wrap_socket(raw, server_hostname="127.0.0.1")


def head(path: str, length: int) -> bytes:
    """A request head whose token the server refuses before reading the body."""
    return (
        f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer not-a-token\r\n"
        f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
    ).encode()


def read_answer(sock: ssl.SSLSocket, seconds: float = 10) -> bytes:
    """What the server sent until it closed (or ``seconds`` passed)."""
    sock.settimeout(seconds)
    got = b""
    try:
        while chunk := sock.recv(65536):
            got += chunk
    except (OSError, ssl.SSLError):
        pass
    return got


def test_a_body_refused_unread_is_not_drained_whole(quick: ServerProcess) -> None:
    """A 16 MiB body whose token is refused before a byte of it is read: the answer says the
    connection closes, and the server stops reading after its lingering budget instead of
    taking (and decrypting) all 16 MiB, which 24 such senders once used to stall /healthz."""
    size = 16 * MIB
    sock = tls_socket(quick, "127.31.0.2", sndbuf=64 * 1024)
    sock.sendall(head("/v1/envelopes", size))
    sock.settimeout(3)  # the server stopped reading: the send blocks, then times out
    chunk, sent = b" " * 65536, 0
    try:
        while sent < size:
            sent += sock.send(chunk[: size - sent])
    except (OSError, ssl.SSLError):
        pass
    answer = read_answer(sock)
    sock.close()
    # The kernel's buffers on both ends hold a few MiB more than the server read.
    assert sent < size - 4 * MIB, sent
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]
    assert b"connection: close" in answer.lower()


def test_a_client_that_stalls_after_an_early_refusal_is_cut_soon(quick: ServerProcess) -> None:
    """Its slot is not held for the body deadline (20 s and more): the lingering close ends
    after a few seconds."""
    sock = tls_socket(quick, "127.31.0.3")
    sock.sendall(head("/v1/envelopes", MIB) + b'{"envel')
    started = time.monotonic()
    answer = read_answer(sock, seconds=30)
    waited = time.monotonic() - started
    sock.close()
    assert answer.startswith(b"HTTP/1.1 401"), answer[:200]
    assert waited < Limits().linger_timeout + 3, waited


def test_a_refused_body_within_the_budget_is_answered_cleanly(quick: ServerProcess) -> None:
    """An ordinary client (httpx) sending a body that fits in the lingering budget reads the
    refusal, not a reset, and its next request on a new connection works."""
    body = b'{"envelopes": []}' + b" " * (Limits().linger_bytes // 2)
    with httpx.Client(verify=trust(quick.cert), timeout=30) as http:
        refused = http.post(
            f"{quick.url}/v1/envelopes",
            content=body,
            headers={"Authorization": "Bearer not-a-token", "Content-Type": "application/json"},
        )
        assert refused.status_code == 401 and refused.json()["error"] == "invalid_token"
        assert refused.headers["connection"] == "close"
        assert http.get(f"{quick.url}/healthz").status_code == 200


# Waits out the send deadline with a margin for a loaded machine (6.3 s on a quiet one):
# make test (CI) runs it, make test-fast does not.
@pytest.mark.slow
def test_a_response_the_client_does_not_read_is_cut_after_the_send_deadline(
    quick: ServerProcess, desk: Device
) -> None:
    """A pull of about 6 MiB that the client never reads: once the kernel's buffers are full
    the server waits ``--send-timeout`` (60 s by default) and then drops the connection."""
    big = [seal(os.urandom(MIB), desk.recipient) for _ in range(6)]
    assert desk.push(big, audience=[desk.id]).status_code == 200
    token = desk.tokens["sync"]
    sock = tls_socket(quick, "127.31.0.4", rcvbuf=64 * 1024)
    sock.sendall(
        f"GET /v1/envelopes?since=0&limit=500 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {token}\r\n\r\n".encode()
    )
    time.sleep(SEND_TIMEOUT + 4)  # not reading: the server's writes stall
    got = read_answer(sock)
    sock.close()
    assert got.startswith(b"HTTP/1.1 200"), got[:200]
    length = int(got.split(b"content-length: ", 1)[1].split(b"\r\n", 1)[0])
    body = got.split(b"\r\n\r\n", 1)[1]
    assert length > 6 * MIB and len(body) < length, (length, len(body))


def test_the_same_pull_read_promptly_arrives_whole(quick: ServerProcess, desk: Device) -> None:
    """Control for the test above: the cut comes from not reading, not from the size."""
    if desk.pull_all()[1] < 6:  # the test above is slow: it may not have run
        big = [seal(os.urandom(MIB), desk.recipient) for _ in range(6)]
        assert desk.push(big, audience=[desk.id]).status_code == 200
    token = desk.tokens.get("sync") or desk.login()
    with httpx.Client(verify=trust(quick.cert), timeout=30) as http:
        got = http.get(
            f"{quick.url}/v1/envelopes",
            params={"since": 0, "limit": 500},
            headers={"Authorization": f"Bearer {token}"},
        )
    assert got.status_code == 200 and len(got.content) > 6 * MIB


# Waits out the send deadline with a margin for a loaded machine (6.9 s on a quiet one):
# make test (CI) runs it, make test-fast does not.
@pytest.mark.slow
def test_unread_responses_hold_the_devices_request_slots_not_the_servers_memory(
    quick: ServerProcess, desk: Device
) -> None:
    """A token holder asking for an 8 MiB pull on many connections and reading none used to
    get every answer buffered in the server's memory (hundreds of connections, each 8 MiB,
    for the send deadline or, reading a trickle, for ever). Now a response being sent counts
    as a request in progress of its device until it is mostly handed to the kernel: past the
    device's 4 the server answers device_busy, and cutting the unread ones frees the slots."""
    if desk.pull_all()[1] < 6:
        big = [seal(os.urandom(MIB), desk.recipient) for _ in range(6)]
        assert desk.push(big, audience=[desk.id]).status_code == 200
    token = desk.tokens["sync"]
    request = (
        f"GET /v1/envelopes?since=0&limit=500 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        f"Authorization: Bearer {token}\r\n\r\n"
    ).encode()
    unread = []
    for n in range(6):
        sock = tls_socket(quick, f"127.31.1.{n + 2}", rcvbuf=64 * 1024)
        sock.sendall(request)
        unread.append(sock)
        time.sleep(0.3)
    try:
        busy = desk.call("GET", "/v1/me")
        assert (busy.status_code, busy.json()["error"]) == (429, "device_busy"), busy.text
    finally:
        time.sleep(SEND_TIMEOUT + 3)  # the send deadline cuts the unread ones
        for sock in unread:
            sock.close()
    assert desk.call("GET", "/v1/me").status_code == 200
