"""The server's key is pinned at enrolment and checked on every connection, before a byte of
a request (a token, a push, an enrolment secret) leaves the device; TLS below 1.2 is refused;
enrolment codes are checked before anything is sent; the auth string's host is our own."""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import json
import socket
import ssl
import threading
import warnings
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.support.cli import make_cli
from tests.support.server import ServerProcess
from tests.support.sync import (
    Device,
    HttpsProxy,
    b64url_json,
    behind_proxy,
    make_field,
    make_hq,
    memory_store,
    new_vault,
    request_lines,
    wait_for,
)
from vigil.crypto.keys import Identity
from vigil.sync import codes, engine, enrolment, session, unlocked
from vigil.sync.client import SyncClient
from vigil.sync.errors import Unreachable
from vigil.sync.transport import PinMismatch
from vigil_server import tls

WRONG_PIN = "sha256/" + base64.b64encode(b"\x01" * 32).decode()


@dataclasses.dataclass
class Setup:
    server: ServerProcess
    proxy: HttpsProxy
    hq: Device
    root: Path


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    root = tmp_path_factory.mktemp("pinning")
    with behind_proxy(root / "server", HttpsProxy) as (server, proxy):
        hq = make_hq(root, server.admin_code)
        setup = Setup(server, proxy, hq, root)
        yield setup
        hq.close()
        setup.proxy.stop()  # the last honest proxy: its connections hold the server open


@contextlib.contextmanager
def intercepted(setup: Setup, tmp: Path) -> Iterator[HttpsProxy]:
    """A machine in the middle on the server's address, with its own key: it would forward
    everything to the real server, and records every request that reaches it."""
    tls.generate(tmp / "rogue.pem", tmp / "rogue.key", ["127.0.0.1"])
    setup.proxy.stop()
    mitm = HttpsProxy(tmp / "rogue.pem", tmp / "rogue.key", setup.proxy.port)
    mitm.start(setup.server.url, setup.server.cert)
    try:
        yield mitm
    finally:
        mitm.stop()
        honest = HttpsProxy(setup.proxy.cert, setup.proxy.key, setup.proxy.port)
        setup.proxy = honest.start(setup.server.url, setup.server.cert)


def test_wrong_pin_stops_before_any_request(setup: Setup, tmp_path: Path) -> None:
    field = make_field(tmp_path, setup.hq, "field")
    case = field.new_case("Pinned: must not leave")
    served, relayed = len(request_lines(setup.server)), len(setup.proxy.requests)
    wrong = dataclasses.replace(field.cred, pin=WRONG_PIN)

    report = engine.sync_once(field.vault.path, wrong)

    assert report.integrity and "not the one this device was enrolled with" in report.error
    assert report.pushed == 0 and not report.retry
    # Not one request: neither the place the device connected to nor the server saw one.
    assert len(setup.proxy.requests) == relayed
    assert len(request_lines(setup.server)) == served
    wait_for(lambda: setup.proxy.connections >= 1)
    # The stop is recorded for the person to see at the next unlock.
    unlocked.merge_inbox(field.vault)
    assert any(e["kind"] == "server" and "enrolled" in e["detail"] for e in field.integrity())
    # And the right pin works: the same queued revision goes out.
    good, _ = field.sync()
    assert good.error == "" and good.pushed == 1
    setup.hq.sync()
    assert setup.hq.vault.get(case) is not None
    field.close()


def test_machine_in_the_middle_gets_nothing(setup: Setup, tmp_path: Path) -> None:
    field = make_field(tmp_path, setup.hq, "field")
    field.new_case("Sensitive title")
    served = len(request_lines(setup.server))
    with intercepted(setup, tmp_path) as rogue:
        report, _ = field.sync()
        assert report.integrity and report.pushed == 0
        assert "intercepting" in report.error
        wait_for(lambda: rogue.connections >= 1)  # the device did reach the interceptor
        assert rogue.requests == [], "a request crossed a connection with the wrong key"
        cred = field.cred
        with (
            pytest.raises(PinMismatch),
            SyncClient(cred.url, cred.pin, cred.device_id, cred.device_key) as client,
        ):
            client.call("GET", "/v1/me")
        assert rogue.requests == []
    assert len(request_lines(setup.server)) == served
    # With the interceptor gone, the queued revision goes out as if nothing happened.
    report, _ = field.sync()
    assert report.error == "" and report.pushed == 1
    field.close()


def test_enrolment_secret_never_reaches_an_interceptor(setup: Setup, tmp_path: Path) -> None:
    code = session.hq_enrol_code(setup.hq.vault, setup.hq.store)
    vault = new_vault(tmp_path, "field")
    store = memory_store()
    with intercepted(setup, tmp_path) as rogue:
        with pytest.raises(PinMismatch):
            session.enrol_field(vault, code, store)
        wait_for(lambda: rogue.connections >= 1)
        assert rogue.requests == []
    assert enrolment.config(vault) is None and store.load(vault.header.vault_id.hex()) is None
    # The secret was never spent: the genuine server still takes it.
    assert len(session.enrol_field(vault, code, store).device_id) == 32
    vault.close()


# -- TLS versions -----------------------------------------------------------------------------


class OldTlsServer:
    """A TLS 1.0/1.1-only server with the real server's own key (so the pin matches): the
    only thing wrong with it is the protocol version. Records what it decrypts."""

    def __init__(self, cert: Path, key: Path) -> None:
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(cert, key)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            self.context.minimum_version = ssl.TLSVersion.TLSv1
            self.context.maximum_version = ssl.TLSVersion.TLSv1_1
        self.context.set_ciphers("DEFAULT:@SECLEVEL=0")
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.received = b""
        self.versions: list[str] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            conn.settimeout(5)
            try:
                with self.context.wrap_socket(conn, server_side=True) as tls_conn:
                    self.versions.append(str(tls_conn.version()))
                    self.received += tls_conn.recv(65536)
            except (ssl.SSLError, OSError):
                conn.close()

    def close(self) -> None:
        self.listener.close()


def test_tls_below_1_2_is_refused(setup: Setup) -> None:
    old = OldTlsServer(setup.server.cert, setup.server.data / "tls" / "key.pem")
    try:
        # Control: the server really speaks TLS 1.1 to a client that allows it.
        permissive = ssl.create_default_context(cafile=str(setup.server.cert))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            permissive.minimum_version = ssl.TLSVersion.TLSv1
        permissive.set_ciphers("DEFAULT:@SECLEVEL=0")
        with (
            socket.create_connection(("127.0.0.1", old.port), timeout=5) as raw,
            permissive.wrap_socket(raw, server_hostname="127.0.0.1") as conn,
        ):
            assert conn.version() == "TLSv1.1"
            conn.sendall(b"ping")
        pin = setup.hq.cred.pin
        with (
            SyncClient(f"https://127.0.0.1:{old.port}", pin, "0" * 32, b"\0" * 32) as client,
            pytest.raises(Unreachable) as refused,
        ):
            client.call("GET", "/v1/me")
        assert refused.value.code == "tls_version"
        assert "TLS 1.2" in str(refused.value)
        assert old.versions == ["TLSv1.1"] and old.received == b"ping"
    finally:
        old.close()


# -- enrolment codes --------------------------------------------------------------------------


def good_body(**changes: object) -> dict[str, object]:
    identity = Identity.generate()
    body: dict[str, object] = {
        "v": 1,
        "kind": "device",
        "role": "field",
        "url": "https://127.0.0.1:8443",
        "pin": WRONG_PIN,
        "secret": "A" * 43,
        "org": "Headquarters",
        "expires": (datetime.now(UTC) + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "hq_keys": [
            {
                "age": identity.recipient_string,
                "ed25519": base64.b64encode(identity.verify_key_bytes).decode(),
            }
        ],
    }
    body.update(changes)
    return {k: v for k, v in body.items() if v is not None}


def make_code(prefix: str = "vigil-enrol:", **changes: object) -> str:
    return prefix + b64url_json(good_body(**changes))


def test_a_good_code_parses() -> None:
    code = make_code()
    parsed = codes.parse(code)
    assert (parsed.kind, parsed.role, parsed.url) == ("device", "field", "https://127.0.0.1:8443")
    assert len(parsed.hq_keys) == 1 and len(parsed.hq_keys[0].ed25519) == 32
    # Whitespace from a line-wrapped message is ignored.
    assert codes.parse(f"  {code[:30]}\n  {code[30:]}\n") == parsed


PAST = (datetime.now(UTC) - timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
BAD_CODES = [
    ("hello", "not a Vigil enrolment code"),
    ("vigil-enrol:", "damaged"),
    ("vigil-enrol:!!!not base64!!!", "damaged"),
    ("vigil-enrol:" + base64.urlsafe_b64encode(b"\xff\xfe").decode(), "damaged"),
    ("vigil-enrol:" + b64url_json([1, 2]), "version"),
    (make_code(v=3), "version"),
    (make_code(kind="admin"), "kind does not match"),
    (make_code(prefix="vigil-admin:", role="hq"), "kind does not match"),
    (make_code(url="http://127.0.0.1:8443"), "plain https://"),
    (make_code(url="https://127.0.0.1:8443/v1"), "plain https://"),
    (make_code(url="https://127.0.0.1:99999"), "plain https://"),
    (make_code(url="https://user:pw@127.0.0.1:8443"), "plain https://"),
    (make_code(url="https://127.0.0.1:8443?x=1"), "plain https://"),
    (make_code(url="https://127.0.0.1:8443#frag"), "plain https://"),
    (make_code(url=["https://127.0.0.1"]), "plain https://"),
    (make_code(pin="sha256/short="), "key pin is malformed"),
    (make_code(pin="sha1/" + "A" * 43 + "="), "key pin is malformed"),
    (make_code(role="admin"), "unknown role"),
    (make_code(secret=None), "secret is damaged"),
    (make_code(secret="A" * 42), "secret is damaged"),
    (make_code(secret="A" * 42 + "/"), "secret is damaged"),
    (make_code(org=7), "organisation"),
    (make_code(expires=PAST), "expired"),
    (make_code(expires="tomorrow"), "expiry time is malformed"),
    (make_code(expires=None), "expiry time is malformed"),
    (make_code(hq_keys=[]), "carries no HQ keys"),
    (make_code(hq_keys=None), "carries no HQ keys"),
    (make_code(hq_keys=5), "HQ keys are malformed"),
    (make_code(hq_keys=["age1"]), "HQ keys are malformed"),
    (make_code(hq_keys=[{"age": "age1abc", "ed25519": "A" * 43 + "="}]), "HQ keys are malformed"),
    (
        make_code(hq_keys=[{"age": Identity.generate().recipient_string, "ed25519": "AAAA"}]),
        "HQ keys are malformed",
    ),
]


@pytest.mark.parametrize(("code", "message"), BAD_CODES)
def test_bad_codes_are_refused_plainly(code: str, message: str) -> None:
    with pytest.raises(codes.CodeInvalid) as refused:
        codes.parse(code)
    assert message in str(refused.value)
    assert refused.value.exit_code == 2


def test_an_admin_code_for_a_field_role_is_refused() -> None:
    body = good_body(kind="admin", role="field", hq_keys=None)
    with pytest.raises(codes.CodeInvalid, match="unknown role"):
        codes.parse("vigil-admin:" + b64url_json(body))


def test_a_damaged_hq_encryption_key_is_always_caught() -> None:
    """Change any one character of a code (a copying mistake): no copy parses with a
    different HQ age key. Such a key used to be pinned as long as it began with "age1", and
    then every later save failed to encrypt. (The age key's Bech32 checksum catches it.)"""
    original = make_code()
    good = codes.parse(original)
    prefix = len("vigil-enrol:")
    refused = 0
    for index in range(prefix, len(original)):
        for flipped in "Bq":
            if original[index] == flipped:
                continue
            damaged = original[:index] + flipped + original[index + 1 :]
            try:
                parsed = codes.parse(damaged)
            except codes.CodeInvalid:
                refused += 1
                continue
            assert parsed.hq_keys[0].age == good.hq_keys[0].age, (index, flipped)
    assert refused > len(original) // 2


def test_an_expired_code_is_refused_before_anything_is_sent(setup: Setup, tmp_path: Path) -> None:
    body = good_body(url=setup.proxy.url, pin=setup.hq.cred.pin, expires=PAST)
    vault = new_vault(tmp_path, "late")
    before = len(setup.proxy.requests)
    with pytest.raises(codes.CodeInvalid, match="expired"):
        session.enrol_field(vault, "vigil-enrol:" + b64url_json(body), memory_store())
    assert len(setup.proxy.requests) == before
    vault.close()


# -- the host in the auth string --------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://127.0.0.1:8443", "127.0.0.1:8443"),
        ("https://HQ.Example.org", "hq.example.org:443"),
        ("https://hq.example.org:443", "hq.example.org:443"),
        ("https://[::1]:8443", "[::1]:8443"),
        ("https://[::1]", "[::1]:443"),
        ("https://[FE80::1]:9000", "[fe80::1]:9000"),
        ("https://hq.example.org/", "hq.example.org:443"),
    ],
)
def test_auth_host(url: str, host: str) -> None:
    assert codes.auth_host(url) == host


def test_the_cli_stops_on_a_pin_mismatch(setup: Setup, tmp_path: Path) -> None:
    """Where the CLI is the point: the person sees the plain message and a failing exit."""
    cli = make_cli(tmp_path, "cli")
    code = session.hq_enrol_code(setup.hq.vault, setup.hq.store)
    with intercepted(setup, tmp_path) as rogue:
        done = cli("sync", "enrol", code, check=False)
        wait_for(lambda: rogue.connections >= 1)
        assert rogue.requests == []
    assert done.returncode == 4, done.stderr  # hostile content (docs/formats.md)
    assert "not the one this device was enrolled with" in done.stderr
    assert "Traceback" not in done.stderr
    assert json.loads(cli("sync", "status", "--json").stdout)["enrolled"] is False


def test_a_redirect_is_not_followed(tmp_path: Path) -> None:
    """The pinned client never follows a redirect: a server (or whoever holds its key) that
    answers 302 gets that answer back, and no second request leaves the device (a mutant that
    turned following on survived make mutate)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from vigil.sync.transport import make_client, spki_pin

    tls.generate(tmp_path / "cert.pem", tmp_path / "key.pem", ["127.0.0.1"])
    paths: list[str] = []

    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            paths.append(self.path)
            self.send_response(302)
            self.send_header("Location", "/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    der = ssl.PEM_cert_to_DER_cert((tmp_path / "cert.pem").read_text())
    try:
        url = f"https://127.0.0.1:{server.server_address[1]}"
        with make_client(url, spki_pin(der), timeout=10.0) as client:
            answer = client.get("/healthz")
        assert answer.status_code == 302
        assert paths == ["/healthz"]
    finally:
        server.shutdown()
        server.server_close()
