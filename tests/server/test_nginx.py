"""The production set-up: Debian's nginx in front, terminating TLS with the configuration file
in packaging/server/nginx/, and vigil-server behind it on plain loopback HTTP. Devices enrol
with codes that pin the proxy's key and sync through it; the server believes X-Forwarded-For
from the proxy only, so a client cannot pick the address its rate limits count against."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Connection, text

from tests.support.api import decode_code, trust
from tests.support.pg import Cluster, free_port
from tests.support.server import (
    FAST_LIMITS,
    ServerProcess,
    init_behind_proxy,
    twin,
    wait_healthy,
)
from tests.support.sync import make_field, make_hq, request_lines
from tests.support.tools import need_tools
from vigil.sync.engine import SyncReport
from vigil_server import tls
from vigil_server.config import ServerConfig

SITE = Path(__file__).resolve().parents[2] / "packaging/server/nginx/vigil-server.conf"
# Per-address allowance of the module's server (the default is 120). The sync test sets up a
# desk, enrols a field device and syncs both from 127.0.0.1: since enrolment signs in to fetch
# the HQ keys a version 2 code names, that takes more than 12 requests without a token.
IP_BURST = 24
MAIN = """
daemon off;
master_process off;
worker_processes 1;
user root;
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 512; }}
http {{
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {site};
}}
"""


@dataclass
class Nginx:
    proc: subprocess.Popen[bytes]
    port: int
    cert: Path
    folder: Path

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=15)

    def client(self, source: str) -> httpx.Client:
        """A client connecting from ``source`` (an address in 127.0.0.0/8)."""
        transport = httpx.HTTPTransport(verify=trust(self.cert), local_address=source)
        return httpx.Client(base_url=self.url, transport=transport, timeout=30)


UNIX_LINE = "    # server unix:/run/vigil-server/http.sock;\n"


def site_for(port: int, upstreams: list[str], cert: Path, key: Path) -> str:
    """The packaged file with this test's ports, upstream servers (``127.0.0.1:PORT``, or
    ``unix:PATH`` in place of the file's commented socket line) and certificate, and nothing
    else changed."""
    text = SITE.read_text()
    tcp = [u for u in upstreams if not u.startswith("unix:")]
    sockets = "".join(f"    server {u};\n" for u in upstreams if u.startswith("unix:"))
    swaps = {
        "listen 443 ssl;": f"listen 127.0.0.1:{port} ssl;",
        "server 127.0.0.1:8080;": "".join(f"server {u}; " for u in tcp) or "#",
        UNIX_LINE: sockets or UNIX_LINE,
        "/etc/vigil-server/tls/fullchain.pem;": f"{cert};",
        "/etc/vigil-server/tls/privkey.pem;": f"{key};",
    }
    for old, new in swaps.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def start_nginx(tmp: Path, port: int, upstreams: list[str], cert: Path, key: Path) -> Nginx:
    """Debian's nginx with the packaged site, once it answers /healthz through it."""
    nginx_bin = need_tools("nginx", debs="nginx")["nginx"]
    folder = tmp / "nginx"
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / sub).mkdir(parents=True)
    (folder / "site.conf").write_text(site_for(port, upstreams, cert, key))
    (folder / "nginx.conf").write_text(MAIN.format(tmp=folder, site=folder / "site.conf"))
    proc = subprocess.Popen(
        [nginx_bin, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-e",
         str(folder / "error.log")],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    nginx = Nginx(proc, port, cert, folder)
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{nginx.url}/healthz", verify=trust(cert)).status_code == 200:
                return nginx
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            nginx.stop()
            raise AssertionError(
                f"nginx did not start: {proc.stderr.read() if proc.stderr else ''}"
            )
        time.sleep(0.1)


@pytest.fixture(scope="module")
def behind(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, Nginx]]:
    need_tools("nginx", debs="nginx")
    tmp = tmp_path_factory.mktemp("nginx")
    cert, key = tmp / "proxy-cert.pem", tmp / "proxy-key.pem"
    tls.generate(cert, key, ["127.0.0.1"])
    port = free_port()
    server = init_behind_proxy(tmp, f"https://127.0.0.1:{port}", cert)
    server.start("--device-rate", "100000", "--device-burst", "100000",
                 "--ip-rate", "1", "--ip-burst", str(IP_BURST))  # fmt: skip
    try:
        nginx = start_nginx(tmp, port, [f"127.0.0.1:{server.port}"], cert, key)
        try:
            yield server, nginx
        finally:
            nginx.stop()
    finally:
        server.stop()


def test_init_pins_the_proxy_and_run_serves_plain_http_on_loopback(
    behind: tuple[ServerProcess, Nginx],
) -> None:
    server, nginx = behind
    code = decode_code(server.admin_code)
    assert code["url"] == nginx.url
    assert code["pin"] == tls.spki_pin(nginx.cert)
    assert not (server.data / "tls").exists()  # no key of its own behind a proxy
    wait_healthy(server)  # plain HTTP, straight to the server
    with pytest.raises(httpx.TransportError):  # and no TLS there
        httpx.get(f"https://127.0.0.1:{server.port}/healthz", verify=trust(nginx.cert), timeout=5)


def test_devices_sync_through_nginx(behind: tuple[ServerProcess, Nginx], tmp_path: Path) -> None:
    server, _ = behind
    hq = make_hq(tmp_path, server.admin_code)
    field = make_field(tmp_path, hq, "field")
    try:
        case = field.new_case("Synced through nginx")
        report, _ = field.sync()
        assert report.error == "" and report.pushed >= 1, report
        report, _ = hq.sync()
        assert report.error == "", report
        assert hq.vault.get(case) is not None
    finally:
        hq.close()
        field.close()


def spend(client: httpx.Client, headers: dict[str, str] | None = None) -> int:
    """Requests to a route limited per address until it answers 429 (at most 3 bursts)."""
    for n in range(1, 3 * IP_BURST):
        got = client.post("/v1/auth/challenge", json={}, headers=headers or {})
        if got.status_code == 429:
            return n
        assert got.status_code == 422, got.text
    return 3 * IP_BURST


def test_forwarded_addresses_are_believed_from_the_proxy_only(
    behind: tuple[ServerProcess, Nginx],
) -> None:
    server, nginx = behind
    # Through nginx each client address has its own allowance, and a forged header is
    # replaced by nginx with the real address: forging does not buy a fresh allowance.
    with nginx.client("127.3.0.2") as first, nginx.client("127.3.0.3") as second:
        assert spend(first) == IP_BURST + 1
        assert spend(second, {"X-Forwarded-For": "127.99.0.1"}) == IP_BURST + 1
        again = second.post("/v1/auth/challenge", json={},
                            headers={"X-Forwarded-For": "127.99.0.2"})  # fmt: skip
        assert again.status_code == 429
    # A peer that is not the proxy, connecting to the server directly, is counted by its
    # own address whatever header it sends.
    transport = httpx.HTTPTransport(local_address="127.3.0.4")
    with httpx.Client(base_url=server.url, transport=transport, timeout=30) as direct:
        forged = [{"X-Forwarded-For": f"127.98.0.{i}"} for i in range(1, 3 * IP_BURST)]
        answers = [direct.post("/v1/auth/challenge", json={}, headers=h).status_code
                   for h in forged]  # fmt: skip
        assert answers[:IP_BURST] == [422] * IP_BURST
        assert set(answers[IP_BURST:]) == {429}


def test_run_behind_a_proxy_refuses_a_public_address(behind: tuple[ServerProcess, Nginx]) -> None:
    server, _ = behind
    public = "0.0.0.0"  # noqa: S104 (refused, which is the point)
    done = server.cli("run", "--host", public, "--port", str(free_port()), check=False)
    assert done.returncode == 1 and "loopback" in done.stderr


# Two server processes behind nginx, on unix sockets, sharing one PostgreSQL -----------------


@dataclass
class Two:
    servers: list[ServerProcess]
    nginx: Nginx


@pytest.fixture(scope="module")
def two(pg_cluster: Cluster, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Two]:
    need_tools("nginx", debs="nginx")
    tmp = tmp_path_factory.mktemp("nginx-two")
    cert, key = tmp / "proxy-cert.pem", tmp / "proxy-key.pem"
    tls.generate(cert, key, ["127.0.0.1"])
    port = free_port()
    database = pg_cluster.new_database()
    first = init_behind_proxy(tmp / "a", f"https://127.0.0.1:{port}", cert, database)
    first.unix = tmp / "a.sock"
    servers = [first]
    try:
        first.start(*FAST_LIMITS)
        servers.append(twin(first, tmp / "b", *FAST_LIMITS, unix=tmp / "b.sock"))
        upstreams = [f"unix:{s.unix}" for s in servers]
        nginx = start_nginx(tmp, port, upstreams, cert, key)
        try:
            yield Two(servers, nginx)
        finally:
            nginx.stop()
    finally:
        for server in servers:
            server.stop()


def org_log(server: ServerProcess) -> list[tuple[int, str, str, int]]:
    """(seq, sha256, pusher, size) of this organisation's log, in order."""
    org_id = ServerConfig.load(server.data).org_id
    engine = server.engine()
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT seq, sha256, device_id, size FROM envelopes WHERE org_id = :org "
                    "ORDER BY seq"
                ),
                {"org": org_id},
            ).all()
    finally:
        engine.dispose()
    return [(int(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]


def pushed_bytes(server: ServerProcess, device_id: str) -> int:
    """The bytes of the rows this device pushed: envelopes, blobs and notes, each row once."""
    engine = server.engine()
    try:
        with engine.connect() as conn:
            total = 0
            for table in ("envelopes", "blobs", "notes"):
                total += conn.execute(
                    text(f"SELECT coalesce(sum(size), 0) FROM {table} WHERE device_id = :d"),  # noqa: S608
                    {"d": device_id},
                ).scalar_one()
    finally:
        engine.dispose()
    return int(total)


def kill_the_waiting_one(two: Two, holder: Connection) -> ServerProcess:
    """SIGKILL the server process whose push waits behind ``holder``'s lock."""
    deadline = time.monotonic() + 60
    while True:
        names = holder.execute(
            text(
                "SELECT application_name FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
            )
        ).scalars()
        pids = {int(name.split()[-1]) for name in names if name.startswith("vigil-server ")}
        for server in two.servers:
            assert server.proc is not None
            if server.proc.pid in pids:
                os.kill(server.proc.pid, signal.SIGKILL)
                server.proc.wait(timeout=15)
                return server
        assert time.monotonic() < deadline, "no push reached the database"
        time.sleep(0.02)


@pytest.mark.slow  # two servers, nginx and whole devices: about half a minute
def test_a_device_syncs_through_two_servers_and_survives_a_kill_9_mid_push(
    two: Two, tmp_path: Path
) -> None:
    hq = make_hq(tmp_path, two.servers[0].admin_code)
    field = make_field(tmp_path, hq, "field")
    try:
        for _ in range(3):
            field.new_case()
            report, _ = field.sync()
            assert report.error == "" and report.pushed >= 1, report
            assert hq.sync()[0].error == ""
        # nginx spreads the requests over both processes, which share one state
        for server in two.servers:
            assert request_lines(server), f"{server.unix} served nothing"

        for n in range(30):
            field.new_case(f"case {n} written before the kill")
        engine = two.servers[0].engine()
        with engine.connect() as holder:
            # Hold the organisation's row as a push's transaction does, so that the push of
            # the next sync waits inside its transaction; kill that process there.
            holder.execute(
                text("SELECT 1 FROM organisations WHERE id = :id FOR UPDATE"),
                {"id": ServerConfig.load(two.servers[0].data).org_id},
            )
            reports: list[SyncReport] = []
            worker = threading.Thread(target=lambda: reports.append(field.sync(timeout=60)[0]))
            worker.start()
            killed = kill_the_waiting_one(two, holder)
            holder.rollback()
            worker.join(timeout=90)
        engine.dispose()
        assert reports and not worker.is_alive()
        assert reports[0].error, "the process that died mid-push answered nothing"

        # The next sync completes through the other process, and so do later ones.
        for _ in range(3):
            report, _ = field.sync()
            if report.error == "" and report.pushed == 0:
                break
        assert report.error == "" and report.pushed == 0, report
        assert hq.sync()[0].error == ""
        assert field.own_revisions() <= hq.revisions()
        quiet = hq.sync()[0], field.sync()[0]
        assert [(r.error, r.pushed, r.pulled) for r in quiet] == [("", 0, 0), ("", 0, 0)]

        # The log: dense sequence numbers, every envelope once; the pusher's stored bytes
        # count each once.
        alive = next(s for s in two.servers if s is not killed)
        log = org_log(alive)
        assert [seq for seq, *_ in log] == list(range(1, len(log) + 1))
        assert len({sha for _, sha, *_ in log}) == len(log)
        listed = json.loads(alive.cli("devices", "list", "--json").stdout)
        stored = {d["id"]: d["stored_bytes"] for d in listed}
        assert stored[field.server_id] == pushed_bytes(alive, field.server_id)
        killed.start(*FAST_LIMITS)  # and the killed one comes back to the same state
        wait_healthy(killed)
    finally:
        hq.close()
        field.close()
