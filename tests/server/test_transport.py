"""Transport: TLS 1.2+ only, the pinned key is the one served, body-size limits and rate
limits, and one JSON error shape for routes that do not exist."""

from __future__ import annotations

import socket
import ssl
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.api import Api, Device, decode_code, enrol, source_address, trust
from tests.support.server import ServerProcess, launch
from vigil_server import tls


def old_tls_client(cert: Path) -> ssl.SSLContext:
    """A client that offers TLS 1.0/1.1 only, with OpenSSL's own floor lowered so that it
    really can speak them (see the control test below)."""
    context = ssl.create_default_context(cafile=str(cert))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        context.minimum_version = ssl.TLSVersion.TLSv1
        context.maximum_version = ssl.TLSVersion.TLSv1_1
    context.set_ciphers("DEFAULT:@SECLEVEL=0")
    return context


def handshake(port: int, context: ssl.SSLContext) -> str:
    with (
        socket.create_connection(("127.0.0.1", port), timeout=10) as raw,
        context.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        return str(tls.version())


def test_tls_1_1_is_refused_and_1_2_and_1_3_work(server: ServerProcess) -> None:
    with pytest.raises(ssl.SSLError):
        handshake(server.port, old_tls_client(server.cert))
    tls12 = trust(server.cert)
    tls12.maximum_version = ssl.TLSVersion.TLSv1_2
    assert handshake(server.port, tls12) == "TLSv1.2"
    assert handshake(server.port, trust(server.cert)) == "TLSv1.3"


def test_control_the_old_tls_client_can_speak_tls_1_1(tmp_path: Path) -> None:
    """Without this, the refusal above could come from the client, not the server."""
    tls.generate(tmp_path / "c.pem", tmp_path / "k.pem", ["127.0.0.1"])
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(tmp_path / "c.pem", tmp_path / "k.pem")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        server_ctx.minimum_version = ssl.TLSVersion.TLSv1
    server_ctx.set_ciphers("DEFAULT:@SECLEVEL=0")
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def accept() -> None:
        conn, _ = listener.accept()
        try:
            server_ctx.wrap_socket(conn, server_side=True).close()
        except (ssl.SSLError, OSError):
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        assert handshake(port, old_tls_client(tmp_path / "c.pem")) == "TLSv1.1"
    finally:
        thread.join(timeout=10)
        listener.close()


def test_bodies_over_the_limit_are_refused(server: ServerProcess, field: Device) -> None:
    huge = b"x" * (16 * 1024 * 1024 + 1)
    got = field.call(
        "POST", "/v1/envelopes", content=huge, headers={"Content-Type": "application/json"}
    )
    assert (got.status_code, got.json()["error"]) == (413, "body_too_large")
    public = server.api().request("POST", "/v1/auth/challenge", content=b"{" + b" " * 70_000 + b"}")
    assert (public.status_code, public.json()["error"]) == (413, "body_too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it streams in
        for _ in range(17):
            yield b" " * (1024 * 1024)

    streamed = field.call(
        "POST", "/v1/envelopes", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert (streamed.status_code, streamed.json()["error"]) == (413, "body_too_large")
    assert field.call("GET", "/v1/me").status_code == 200  # the server is fine afterwards


def test_unknown_routes_and_methods_get_json_errors(server: ServerProcess, field: Device) -> None:
    api = server.api()
    missing = api.request("GET", "/nowhere")
    assert (missing.status_code, missing.json()["error"]) == (404, "not_found")
    wrong = api.request("DELETE", "/healthz")
    assert (wrong.status_code, wrong.json()["error"]) == (405, "method_not_allowed")
    health = api.request("GET", "/healthz").json()
    assert health["status"] == "ok" and health["protocol"] == 1
    spec = api.request("GET", "/openapi.json").json()
    assert spec["info"]["title"] == "Vigil HQ sync server"
    assert {"/v1/enrol", "/v1/auth/challenge", "/v1/auth/token", "/v1/envelopes", "/v1/blobs",
            "/v1/blobs/{sha256}/parts/{index}", "/v1/devices", "/v1/hq/keys",
            "/v1/hq/enrol-codes", "/healthz"} <= set(spec["paths"])  # fmt: skip
    assert api.request("GET", "/docs").status_code in (401, 404)


@pytest.fixture(scope="module")
def limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    server = launch(
        tmp_path_factory.mktemp("limited"), None,
        "--device-rate", "1", "--device-burst", "10", "--ip-rate", "1", "--ip-burst", "8",
    )  # fmt: skip
    try:
        yield server
    finally:
        server.stop()


def test_rate_limits_per_device_and_per_address(limited: ServerProcess) -> None:
    api = limited.api()
    hq = enrol(api, decode_code(limited.admin_code)["secret"], role_hint="hq")  # 1 public call
    hq.login("sync")  # 2 more
    statuses = [hq.call("GET", "/v1/me").status_code for _ in range(12)]
    assert statuses == [200] * 10 + [429] * 2  # refill is 1 a minute: none comes back here
    refused = hq.call("GET", "/v1/me")
    assert refused.json()["error"] == "rate_limited"
    assert int(refused.headers["retry-after"]) >= 1
    public = [
        api.request("POST", "/v1/auth/challenge", json={"device_id": hq.id, "action": "sync"})
        for _ in range(8)
    ]
    codes = [r.status_code for r in public]
    assert codes == [200] * 5 + [429] * 3, codes  # 8 in the burst, 3 already spent
    assert next(r for r in public if r.status_code == 429).json()["error"] == "rate_limited"
    # Guessing tokens costs the same address budget: with it spent, a bad token gets 429.
    guess = api.request("GET", "/v1/me", token="vgt_" + "B" * 43)
    assert (guess.status_code, guess.json()["error"]) == (429, "rate_limited")


def test_healthz_and_unknown_paths_are_rate_limited_per_address(tmp_path: Path) -> None:
    """/healthz (which asks the database) and paths that do not exist needed no token and
    spent no budget: one address could ask them as fast as it liked. Now they share a budget
    per address (default 600 a minute, bursts of 60), of their own so that a monitor's probes
    never spend the enrol/auth budget; another address keeps its own."""
    server = launch(tmp_path / "server", None)  # the default limits
    try:
        api = server.api()
        paths = ["/healthz", "/no-such-route", "/v1x", "/healthz/../x"]
        statuses = [api.request("GET", paths[i % len(paths)]).status_code for i in range(150)]
        first_refusal = statuses.index(429) if 429 in statuses else None
        assert first_refusal is not None, statuses  # 150 quick requests pass a burst of 60
        assert first_refusal >= 45  # the readiness probe spent a few; the rest were allowed
        assert set(statuses[:first_refusal]) <= {200, 404}
        refused = api.request("GET", "/healthz")
        assert refused.status_code == 429
        assert refused.json()["error"] == "rate_limited"
        assert int(refused.headers["retry-after"]) >= 1
        # Another address has its own budget, and the enrol/auth budget is untouched.
        other = Api(server.url, trust(server.cert), local_address=source_address(3))
        assert other.request("GET", "/healthz").status_code == 200
        other.close()
        challenge = api.request(
            "POST", "/v1/auth/challenge", json={"device_id": "0" * 32, "action": "sync"}
        )
        assert challenge.status_code == 404, challenge.text  # unknown_device, not 429
    finally:
        server.stop()
