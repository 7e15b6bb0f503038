"""No device token can exhaust the server with bodies: a body limit per route counted while
the body streams in, JSON parsed within a budget and off the event loop, requests in progress
capped per device and body bytes capped per process; a revoked device's "final" token gets the
same limits. Real server processes on loopback TLS, raw sockets where the test must control
exactly how much of a body is sent."""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.support.api import Device, decode_code, enrol, seal, sha256_hex, trust
from tests.support.server import FAST_LIMITS, ServerProcess, launch
from vigil.crypto.keys import Identity

MIB = 1024 * 1024
ORDER = b"vigil-wipe-order/v1\ndevice ...\n\n\xe2\x80\x94 vigil-hq AAAA\n"
HOSTILE = b'{"envelopes":[' + b"{}," * ((16 * MIB - 20) // 3) + b"{}]}"  # just under 16 MiB


@dataclass
class Reply:
    status: int
    body: dict[str, object]
    headers: dict[str, str]


class Raw:
    """One HTTP/1.1 request over a raw TLS socket: the test decides how much body is sent."""

    def __init__(self, server: ServerProcess, timeout: float = 20) -> None:
        context = trust(server.cert)
        raw = socket.create_connection(("127.0.0.1", server.port), timeout=timeout)
        self.sock = context.wrap_socket(raw, server_hostname="127.0.0.1")

    def head(self, method: str, path: str, token: str | None, **headers: str) -> Raw:
        lines = [f"{method} {path} HTTP/1.1", "Host: 127.0.0.1"]
        if token is not None:
            lines.append(f"Authorization: Bearer {token}")
        lines += [f"{k.replace('_', '-')}: {v}" for k, v in headers.items()]
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        return self

    def send(self, data: bytes) -> Raw:
        self.sock.sendall(data)
        return self

    def send_until_refused(self, data: bytes, piece: int = 256 * 1024) -> Raw:
        """Send ``data`` in pieces, stopping when the server stops reading (it refused)."""
        for start in range(0, len(data), piece):
            try:
                self.sock.sendall(data[start : start + piece])
            except OSError:
                break
        return self

    def chunk(self, data: bytes) -> Raw:
        return self.send(f"{len(data):x}\r\n".encode() + data + b"\r\n")

    def reply(self) -> Reply:
        """The response, read without sending anything more."""
        data = b""
        while b"\r\n\r\n" not in data:
            got = self.sock.recv(65536)
            if not got:
                raise AssertionError(f"connection closed before a response: {data!r}")
            data += got
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        headers = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
        length = int(headers.get("content-length", "0"))
        while len(rest) < length:
            got = self.sock.recv(65536)
            if not got:
                break
            rest += got
        return Reply(int(lines[0].split()[1]), json.loads(rest[:length] or b"{}"), headers)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.close()


def peak_rss(server: ServerProcess) -> int:
    """The server process's peak resident set (VmHWM), in bytes."""
    assert server.proc is not None
    for line in Path(f"/proc/{server.proc.pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


def revoked_final(hq: Device, server: ServerProcess) -> Device:
    """A field device HQ revoked with an order to push first: it holds a "final" token."""
    made = hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={"role": "field"})
    assert made.status_code == 200, made.text
    device = enrol(server.api(), decode_code(made.json()["code"])["secret"])
    device.login("sync")
    done = hq.call(
        "POST",
        f"/v1/devices/{device.id}/revoke",
        action="admin",
        json={"wipe": True, "wipe_order": base64.b64encode(ORDER).decode(), "push_first": True},
    )
    assert done.status_code == 200, done.text
    device.login("final")
    return device


def push_item(device: Device, size: int = 1024) -> dict[str, object]:
    envelope = seal(b"x" * size, device.recipient)
    return {
        "sha256": sha256_hex(envelope),
        "envelope": base64.b64encode(envelope).decode(),
        "audience": "hq",
    }


# Servers ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def roomy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """Room for 24 whole hostile bodies at once from one token: what bounds memory here is
    the JSON budget, not the caps that would otherwise refuse most of them."""
    server = launch(
        tmp_path_factory.mktemp("roomy"),
        None,
        *FAST_LIMITS,
        "--device-concurrency",
        "32",
        "--body-memory",
        "512",
    )
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def strict(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """The default per-device cap, and room for about one large body at a time."""
    server = launch(tmp_path_factory.mktemp("strict"), None, *FAST_LIMITS, "--body-memory", "20")
    try:
        yield server
    finally:
        server.stop()


def desk(server: ServerProcess) -> Device:
    return enrol(server.api(), decode_code(server.admin_code)["secret"], role_hint="hq")


@pytest.fixture(scope="module")
def roomy_hq(roomy: ServerProcess) -> Device:
    return desk(roomy)


@pytest.fixture(scope="module")
def strict_hq(strict: ServerProcess) -> Device:
    return desk(strict)


# Limits per route ------------------------------------------------------------------------


SMALL_ROUTES = [
    ("PUT", "/v1/escrow"),
    ("POST", "/v1/hq/enrol-codes"),
    ("GET", "/v1/me"),
    ("POST", f"/v1/devices/{'0' * 32}/revoke"),
    ("POST", "/v1/auth/token"),
]


@pytest.mark.parametrize(("method", "path"), SMALL_ROUTES)
def test_a_16_mib_body_to_a_small_route_is_refused_before_it_is_sent(
    roomy: ServerProcess, roomy_hq: Device, method: str, path: str
) -> None:
    token = roomy_hq.tokens.get("admin") or roomy_hq.login("admin")
    declared = Raw(roomy).head(
        method, path, token, Content_Type="application/json", Content_Length=str(len(HOSTILE))
    )
    try:
        got = declared.reply()  # not one byte of the body was sent
        assert (got.status, got.body["error"]) == (413, "body_too_large")
        assert str(64 * 1024) in str(got.body["message"])
    finally:
        declared.close()
    streamed = Raw(roomy).head(
        method, path, token, Content_Type="application/json", Transfer_Encoding="chunked"
    )
    try:
        for start in range(0, 96 * 1024, 16 * 1024):  # 96 KiB of the 16 MiB, then wait
            streamed.chunk(HOSTILE[start : start + 16 * 1024])
        got = streamed.reply()
        assert (got.status, got.body["error"]) == (413, "body_too_large")
    finally:
        streamed.close()


def test_a_revoked_devices_final_token_gets_the_same_limits(
    roomy: ServerProcess, roomy_hq: Device
) -> None:
    device = revoked_final(roomy_hq, roomy)
    small = Raw(roomy).head(
        "PUT",
        "/v1/escrow",
        device.tokens["final"],
        Content_Type="application/json",
        Content_Length=str(len(HOSTILE)),
    )
    try:
        assert small.reply().body["error"] == "body_too_large"
    finally:
        small.close()
    got = device.call(
        "POST",
        "/v1/envelopes",
        action="final",
        content=HOSTILE,
        headers={"Content-Type": "application/json"},
    )
    assert (got.status_code, got.json()["error"]) == (413, "json_too_complex")
    pushed = device.call(
        "POST", "/v1/envelopes", action="final", json={"envelopes": [push_item(device)]}
    )
    assert pushed.status_code == 200, pushed.text


def test_blob_parts_and_notes_keep_their_own_limits(roomy: ServerProcess, roomy_hq: Device) -> None:
    token = roomy_hq.tokens.get("sync") or roomy_hq.login("sync")
    part = Raw(roomy).head(
        "PUT",
        f"/v1/blobs/{'a' * 64}/parts/0",
        token,
        Content_Length=str(8 * MIB + 1),
        X_Part_SHA256="a" * 64,
    )
    try:
        got = part.reply()
        assert (got.status, got.body["error"]) == (413, "body_too_large")
        assert str(8 * MIB) in str(got.body["message"])
    finally:
        part.close()
    # A note of the full 1 MiB the notes channel allows still gets through the gate.
    note = b"vigil-note/" + b"n" * (MIB - 11)
    body = {"sha256": sha256_hex(note), "note": base64.b64encode(note).decode(), "audience": "all"}
    got = roomy_hq.call("POST", "/v1/notes", json=body)
    assert got.status_code == 200, got.text


# JSON within a budget --------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        HOSTILE,
        b'{"envelopes":[{"sha256":"'
        + b"0" * 64
        + b'","envelope":"AA==","audience":['
        + b"1," * 200_000
        + b"1]}]}",
        b'{"envelopes":' + b"[" * 6000 + b"]" * 6000 + b"}",  # deep, few values
        b"[" * (4 * MIB),
    ],
    ids=["empty-items", "long-audience", "deep", "open-brackets"],
)
def test_hostile_json_on_the_push_route_is_refused_cheaply(
    roomy: ServerProcess, roomy_hq: Device, body: bytes
) -> None:
    token = roomy_hq.tokens.get("sync") or roomy_hq.login("sync")
    before = peak_rss(roomy)
    raw = Raw(roomy).head(
        "POST",
        "/v1/envelopes",
        token,
        Content_Type="application/json",
        Content_Length=str(len(body)),
    )
    try:
        got = raw.send(body[: 1 * MIB]).reply()  # at most 1 MiB is sent: refused by then
    finally:
        raw.close()
    assert (got.status, got.body["error"]) == (413, "json_too_complex"), got.body
    # Parsing the empty-items body whole once took the server from 122 to 557 MiB.
    assert peak_rss(roomy) - before < 50 * MIB


def test_hostile_json_is_counted_when_chunked_and_never_parsed_under_another_type(
    roomy: ServerProcess, roomy_hq: Device
) -> None:
    token = roomy_hq.tokens.get("sync") or roomy_hq.login("sync")
    before = peak_rss(roomy)
    chunked = Raw(roomy).head(
        "POST", "/v1/envelopes", token, Content_Type="application/json", Transfer_Encoding="chunked"
    )
    try:
        for start in range(0, MIB, 64 * 1024):  # 1 MiB of the 16, then wait for the answer
            chunked.chunk(HOSTILE[start : start + 64 * 1024])
        got = chunked.reply()
    finally:
        chunked.close()
    assert (got.status, got.body["error"]) == (413, "json_too_complex")
    # Declared as something else, the body is not JSON to the server: refused as a whole.
    other = roomy_hq.call(
        "POST", "/v1/envelopes", content=HOSTILE, headers={"Content-Type": "text/plain"}
    )
    assert (other.status_code, other.json()["error"]) == (422, "invalid_request"), other.text
    assert peak_rss(roomy) - before < 50 * MIB


def test_a_large_honest_push_still_passes(roomy_hq: Device) -> None:
    """The count of commas and brackets does not touch base64: two 5 MiB envelopes."""
    items = [push_item(roomy_hq, 5 * MIB) for _ in range(2)]
    got = roomy_hq.call("POST", "/v1/envelopes", json={"envelopes": items})
    assert got.status_code == 200, got.text
    assert [r["duplicate"] for r in got.json()["results"]] == [False, False]


def test_invalid_json_is_still_a_plain_invalid_request(roomy_hq: Device) -> None:
    for body in (b'{"envelopes": [', b"\xff\xfe{}", b'{"envelopes": 1'):
        got = roomy_hq.call(
            "POST", "/v1/envelopes", content=body, headers={"Content-Type": "application/json"}
        )
        assert (got.status_code, got.json()["error"]) == (422, "invalid_request"), got.text
        assert got.json()["problems"] == [{"where": "body", "problem": "is not valid JSON"}]


def test_24_concurrent_hostile_bodies_leave_memory_bounded_and_healthz_answering(
    roomy: ServerProcess, roomy_hq: Device
) -> None:
    device = revoked_final(roomy_hq, roomy)
    token = device.tokens["final"]
    statuses: list[tuple[int, str]] = []
    health_ms: list[float] = []
    done = threading.Event()

    def hostile() -> None:
        raw = Raw(roomy).head(
            "POST",
            "/v1/envelopes",
            token,
            Content_Type="application/json",
            Content_Length=str(len(HOSTILE)),
        )
        try:
            got = raw.send_until_refused(HOSTILE).reply()
        finally:
            raw.close()
        statuses.append((got.status, str(got.body["error"])))

    def probe() -> None:
        with httpx.Client(verify=trust(roomy.cert), timeout=30) as http:
            while not done.is_set():
                started = time.perf_counter()
                assert http.get(f"{roomy.url}/healthz").status_code == 200
                health_ms.append((time.perf_counter() - started) * 1000)
                time.sleep(0.05)

    prober = threading.Thread(target=probe, daemon=True)
    prober.start()
    senders = [threading.Thread(target=hostile) for _ in range(24)]
    for t in senders:
        t.start()
    for t in senders:
        t.join(timeout=180)
    done.set()
    prober.join(timeout=30)
    assert len(statuses) == 24
    # All were admitted (the caps are raised on this server); each is refused while its
    # values are counted, a few hundred kilobytes in.
    assert statuses == [(413, "json_too_complex")] * 24, statuses
    assert peak_rss(roomy) < 300 * MIB  # once 4.45 GB (the issue asks < 1 GiB)
    assert health_ms and max(health_ms) < 5000, max(health_ms)  # generous: figures in benchmarks
    ok = roomy_hq.call("GET", "/v1/me")
    assert ok.status_code == 200


# Requests in progress per device, body bytes per process ---------------------------------


def test_a_device_has_at_most_4_requests_in_progress(
    strict: ServerProcess, strict_hq: Device
) -> None:
    device = revoked_final(strict_hq, strict)
    token = device.tokens["final"]
    held = [
        Raw(strict).head(
            "POST", "/v1/envelopes", token, Content_Type="application/json", Content_Length="1000"
        )
        for _ in range(4)
    ]
    try:
        time.sleep(0.5)  # let the server take all four in
        fifth = Raw(strict).head("POST", "/v1/envelopes", token, Content_Length="2").send(b"{}")
        got = fifth.reply()
        fifth.close()
        assert (got.status, got.body["error"]) == (429, "device_busy")
        assert got.headers["retry-after"] == "1"
        # Another device is not held up by this one.
        assert strict_hq.call("GET", "/v1/me").status_code == 200
    finally:
        for raw in held:
            raw.close()
    deadline = time.monotonic() + 20  # the slots come back when the clients go away
    while True:
        pushed = device.call(
            "POST", "/v1/envelopes", action="final", json={"envelopes": [push_item(device)]}
        )
        if pushed.status_code == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert pushed.status_code == 200, pushed.text


def test_body_bytes_in_progress_are_capped_per_process(
    strict: ServerProcess, strict_hq: Device
) -> None:
    token = strict_hq.tokens.get("sync") or strict_hq.login("sync")
    first = Raw(strict).head(
        "POST",
        "/v1/envelopes",
        token,
        Content_Type="application/json",
        Content_Length=str(16 * MIB),
    )
    try:
        time.sleep(0.5)
        second = Raw(strict).head(
            "POST",
            "/v1/envelopes",
            token,
            Content_Type="application/json",
            Content_Length=str(8 * MIB),
        )
        got = second.reply()
        second.close()
        assert (got.status, got.body["error"]) == (503, "server_busy")
        assert got.headers["retry-after"] == "1"
        assert strict_hq.call("GET", "/v1/me").status_code == 200  # small bodies still fit
    finally:
        first.close()
    deadline = time.monotonic() + 20
    while True:
        identity = Identity.generate()
        envelope = seal(b"y" * (4 * MIB), identity.recipient_string)
        item = {
            "sha256": sha256_hex(envelope),
            "envelope": base64.b64encode(envelope).decode(),
            "audience": "hq",
        }
        pushed = strict_hq.call("POST", "/v1/envelopes", json={"envelopes": [item]})
        if pushed.status_code == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert pushed.status_code == 200, pushed.text


def test_a_body_framed_two_ways_is_refused_and_the_connection_closed(
    roomy: ServerProcess, roomy_hq: Device
) -> None:
    """Content-Length and Transfer-Encoding together: the HTTP layer reads the chunks, but the
    memory budget was reserved for the declared length (1 byte here) while up to 16 MiB came
    in, and a proxy that frames by the other header would see a second request smuggled in.
    Refused before the body is read, and the connection is not kept."""
    token = roomy_hq.tokens.get("sync") or roomy_hq.login("sync")
    raw = Raw(roomy).head(
        "POST", "/v1/envelopes", token, Content_Type="application/json", Content_Length="1",
        Transfer_Encoding="chunked",
    )  # fmt: skip
    try:
        raw.chunk(b'{"envelopes": []}').send(b"0\r\n\r\n")
        got = raw.reply()
    finally:
        raw.close()
    assert (got.status, got.body["error"]) == (400, "ambiguous_framing"), got
    assert got.headers["connection"] == "close"
    # Either one alone is fine.
    chunked = Raw(roomy).head(
        "POST", "/v1/envelopes", token, Content_Type="application/json", Transfer_Encoding="chunked"
    )
    try:
        chunked.chunk(b'{"envelopes": []}').send(b"0\r\n\r\n")
        assert chunked.reply().body["error"] == "invalid_request"  # no items: a plain 422
    finally:
        chunked.close()
