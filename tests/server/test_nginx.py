"""The production set-up: Debian's nginx in front, terminating TLS with the configuration file
in packaging/server/nginx/, and vigil-server behind it on plain loopback HTTP. Devices enrol
with codes that pin the proxy's key and sync through it; the server believes X-Forwarded-For
from the proxy only, so a client cannot pick the address its rate limits count against."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from tests.support.api import decode_code, trust
from tests.support.pg import free_port
from tests.support.server import ServerProcess, server_env, wait_healthy
from tests.support.sync import make_field, make_hq
from tests.support.tools import need_tools
from vigil_server import tls

SITE = Path(__file__).resolve().parents[2] / "packaging/server/nginx/vigil-server.conf"
IP_BURST = 12
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

    def client(self, source: str) -> httpx.Client:
        """A client connecting from ``source`` (an address in 127.0.0.0/8)."""
        transport = httpx.HTTPTransport(verify=trust(self.cert), local_address=source)
        return httpx.Client(base_url=self.url, transport=transport, timeout=30)


def site_for(port: int, upstream: int, cert: Path, key: Path) -> str:
    """The packaged file with this test's ports and certificate, and nothing else changed."""
    text = SITE.read_text()
    swaps = {
        "listen 443 ssl;": f"listen 127.0.0.1:{port} ssl;",
        "server 127.0.0.1:8080;": f"server 127.0.0.1:{upstream};",
        "/etc/vigil-server/tls/fullchain.pem;": f"{cert};",
        "/etc/vigil-server/tls/privkey.pem;": f"{key};",
    }
    for old, new in swaps.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


@pytest.fixture(scope="module")
def behind(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServerProcess, Nginx]]:
    nginx_bin = need_tools("nginx", debs="nginx")["nginx"]
    tmp = tmp_path_factory.mktemp("nginx")
    cert, key = tmp / "proxy-cert.pem", tmp / "proxy-key.pem"
    tls.generate(cert, key, ["127.0.0.1"])
    port, upstream = free_port(), free_port()
    home, data = tmp / "home", tmp / "data"
    home.mkdir()
    init = subprocess.run(
        [sys.executable, "-m", "vigil_server", "--data", str(data), "init", "--org", "Test Org",
         "--url", f"https://127.0.0.1:{port}", "--proxy-cert", str(cert)],
        capture_output=True, text=True, timeout=120, env=server_env(home),
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert init.returncode == 0, init.stderr
    server = ServerProcess(data, upstream, None, init.stdout.strip().splitlines()[-1],
                           tmp / "server.log", home, plain=True)  # fmt: skip
    server.init_stdout = init.stdout
    server.start("--device-rate", "100000", "--device-burst", "100000",
                 "--ip-rate", "1", "--ip-burst", str(IP_BURST))  # fmt: skip
    folder = tmp / "nginx"
    for sub in ("body", "proxy", "fastcgi", "uwsgi", "scgi"):
        (folder / sub).mkdir(parents=True)
    (folder / "site.conf").write_text(site_for(port, upstream, cert, key))
    (folder / "nginx.conf").write_text(MAIN.format(tmp=folder, site=folder / "site.conf"))
    proc = subprocess.Popen(
        [nginx_bin, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-e",
         str(folder / "error.log")],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )  # fmt: skip
    nginx = Nginx(proc, port, cert, folder)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{nginx.url}/healthz", verify=trust(cert)).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "nginx did not start"
            time.sleep(0.1)
        yield server, nginx
    finally:
        proc.terminate()
        proc.wait(timeout=15)
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
