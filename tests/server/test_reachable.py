"""The server a guide sets up is reachable (issue 20): ``run`` listens where the URL given at
``init`` points (the URL every enrolment code carries and every device pins), ``init`` warns
when that URL is loopback, and a server-side wipe request says what it does not do."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.support.api import trust
from tests.support.pg import free_port
from tests.support.server import server_cli as run
from tests.support.server import server_env
from vigil_server.config import ServerConfig
from vigil_server.serve import listen_address


def _config(url: str, behind_proxy: bool = False) -> ServerConfig:
    key = None if behind_proxy else Path("key.pem")
    return ServerConfig(data=Path("d"), org_id="o", url=url, cert=Path("cert.pem"), key=key)


def test_run_listens_where_the_url_points_unless_told() -> None:
    assert listen_address(_config("https://127.0.0.1:9443"), None, None) == ("127.0.0.1", 9443)
    assert listen_address(_config("https://localhost:9443"), None, None) == ("127.0.0.1", 9443)
    assert listen_address(_config("https://[::1]:9443"), None, None) == ("::1", 9443)
    # Devices elsewhere must reach a named host: every interface, the URL's port.
    every = "0.0.0.0"  # noqa: S104 (what is checked)
    assert listen_address(_config("https://hq.example.org:9443"), None, None) == (every, 9443)
    assert listen_address(_config("https://hq.example.org"), None, None) == (every, 443)
    assert listen_address(_config("https://[2001:db8::5]:8443"), None, None) == ("::", 8443)
    # Told otherwise (a port forward, one interface), it does as told.
    told = listen_address(_config("https://hq.example.org"), "192.0.2.7", 8443)
    assert told == ("192.0.2.7", 8443)
    # Behind a reverse proxy the URL is the proxy's: plain HTTP on loopback, where it forwards.
    proxied = _config("https://hq.example.org", behind_proxy=True)
    assert listen_address(proxied, None, None) == ("127.0.0.1", 8080)
    assert listen_address(proxied, None, 9080) == ("127.0.0.1", 9080)


def test_init_then_run_serves_the_port_every_code_names(tmp_path: Path) -> None:
    """init --url with a port, then run with no --port: today's 8443 would leave every code
    pointing at a port nobody listens on."""
    port = free_port()
    data = tmp_path / "data"
    done = run(tmp_path, "--data", str(data), "init", "--url", f"https://127.0.0.1:{port}")
    assert done.returncode == 0, done.stderr
    proc = subprocess.Popen(
        [sys.executable, "-m", "vigil_server", "--data", str(data), "run"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
        env=server_env(tmp_path / "home"),
    )  # fmt: skip
    try:
        context = trust(data / "tls" / "cert.pem")
        deadline, answer = time.monotonic() + 60, None
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                answer = httpx.get(f"https://127.0.0.1:{port}/healthz", verify=context, timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert answer is not None and answer.status_code == 200, proc.poll()
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=30)
    assert f"Listening on https://127.0.0.1:{port}" in out


def test_init_warns_when_the_url_is_loopback(tmp_path: Path) -> None:
    default = run(tmp_path, "--data", str(tmp_path / "a"), "init")
    assert default.returncode == 0, default.stderr
    assert "WARNING" in default.stderr and "--url https://HOST:PORT" in default.stderr
    assert "https://127.0.0.1:8443" in default.stdout
    named = run(tmp_path, "--data", str(tmp_path / "b"), "init", "--url", "https://hq.example.org")
    assert named.returncode == 0, named.stderr
    assert "WARNING" not in named.stderr
