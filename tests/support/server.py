"""A real vigil-server process on loopback TLS: init (in this process), run (a process of its
own), wait until healthy, stop."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine

from tests.support.api import Api, trust
from tests.support.cli import CliResult, call_main
from tests.support.pg import free_port
from tests.support.server_fork import ForkedServer, spawn
from vigil_server.config import ServerConfig
from vigil_server.storage.database import null_pool_engine

# Each test device keeps its own keep-alive connection from 127.0.0.1, so a session's shared
# server sees far more than the 32 per address a real server allows (test_door.py checks the
# cap on servers of its own).
FAST_LIMITS = ["--device-rate", "100000", "--device-burst", "100000",
               "--ip-rate", "100000", "--ip-burst", "100000",
               "--open-rate", "100000", "--open-burst", "100000",
               "--connections-per-address", "1000"]  # fmt: skip


def server_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIL_")}
    env["HOME"] = str(home)
    env["TMPDIR"] = str(home)
    return env


@dataclass
class ServerProcess:
    data: Path
    port: int
    database_url: str | None
    admin_code: str
    log: Path
    home: Path
    proc: ForkedServer | subprocess.Popen[bytes] | None = None
    init_stdout: str = ""
    nofile: int | None = None  # the server's descriptor limit (RLIMIT_NOFILE), if lowered
    _apis: list[Api] = field(default_factory=list)

    plain: bool = False  # behind a proxy: plain HTTP on loopback
    unix: Path | None = None  # behind a proxy: listening on this socket instead of the port

    @property
    def url(self) -> str:
        return f"{'http' if self.plain else 'https'}://127.0.0.1:{self.port}"

    @property
    def cert(self) -> Path:
        return self.data / "tls" / "cert.pem"

    def api(self) -> Api:
        api = Api(self.url, trust(self.cert))
        self._apis.append(api)
        return api

    def engine(self) -> Engine:
        return null_pool_engine(self.database_url or f"sqlite:///{self.data / 'vigil-server.db'}")

    def cli(self, *args: str, check: bool = True) -> CliResult:
        """``vigil-server --data DATA ARGS`` against this server's data (and database)."""
        argv = ["--data", str(self.data), *args]
        with_db = ("devices", "admin-code", "migrate", "codes", "receipt-key")
        if self.database_url and args[0] in with_db:
            argv += ["--database-url", self.database_url]
        done = run_server_cli(self.home, argv)
        if check and done.returncode != 0:
            raise AssertionError(f"vigil-server {' '.join(args)}: {done.stderr}")
        return done

    def start(self, *extra: str) -> None:
        """``vigil-server run`` in a process of its own (tests/support/server_fork.py)."""
        where = ["--port", str(self.port)] if self.unix is None else ["--unix", str(self.unix)]
        argv = ["--data", str(self.data), "run", *where, *extra]
        if self.database_url:
            argv += ["--database-url", self.database_url]
        self.proc = spawn(argv, server_env(self.home), self.log, self.nofile)
        wait_healthy(self)

    def stop(self) -> None:
        for api in self._apis:
            api.close()
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def run_server_cli(home: Path, argv: list[str], process: bool = False) -> CliResult:
    """``vigil-server ARGV`` with ``home`` as its home: in this process through
    ``vigil_server.cli.main`` (a command costs what it does, not a Python start and the
    imports of SQLAlchemy and Alembic, about 2 s of CPU here), or with ``process=True`` as
    ``python -m vigil_server`` in a process of its own. ``run`` always gets a process: it is
    the server, and it does not return."""
    if process or _command(argv) == "run":
        done = subprocess.run(
            [sys.executable, "-m", "vigil_server", *argv], capture_output=True, text=True,
            timeout=120, env=server_env(home), stdin=subprocess.DEVNULL,
        )  # fmt: skip
        return CliResult(done.returncode, done.stdout, done.stderr)
    from vigil_server.cli import main

    return call_main(main, argv, server_env(home))


def _command(argv: list[str]) -> str | None:
    """The subcommand in ``argv``: its first word that is neither an option nor --data's."""
    words = iter(argv)
    for word in words:
        if word == "--data":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def server_cli(tmp: Path, *args: str, process: bool = False) -> CliResult:
    """`vigil-server ARGS` as a person runs it, with a private home under ``tmp``."""
    home = tmp / "home"
    home.mkdir(exist_ok=True)
    return run_server_cli(home, list(args), process)


def wait_healthy(server: ServerProcess, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    context = True if server.plain else trust(server.cert)
    uds = str(server.unix) if server.unix else None
    while time.monotonic() < deadline:
        assert server.proc is not None
        if server.proc.poll() is not None:
            raise AssertionError(f"vigil-server exited: {server.log.read_text()[-3000:]}")
        try:
            transport = httpx.HTTPTransport(verify=context, uds=uds)
            with httpx.Client(transport=transport, timeout=2) as client:
                healthy = client.get(f"{server.url}/healthz").status_code == 200
            if healthy:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError("vigil-server did not become healthy in time")


def launch(
    tmp: Path,
    database_url: str | None,
    *run_args: str,
    url: str | None = None,
    nofile: int | None = None,
) -> ServerProcess:
    """A real vigil-server; ``url`` is the address it announces (a proxy in front of it);
    ``nofile`` lowers its descriptor limit (as systemd's default of 1,024 does)."""
    home = tmp / "home"
    home.mkdir(parents=True)
    data = tmp / "data"
    port = free_port()
    argv = ["--data", str(data), "init", "--url", url or f"https://127.0.0.1:{port}",
            "--org", "Test Org"]  # fmt: skip
    if database_url:
        argv += ["--database-url", database_url]
    done = run_server_cli(home, argv)
    assert done.returncode == 0, done.stderr
    code = done.stdout.strip().splitlines()[-1]
    server = ServerProcess(data, port, database_url, code, tmp / "server.log", home)
    server.init_stdout = done.stdout
    server.nofile = nofile
    server.start(*run_args)
    return server


BACKENDS = ("sqlite", "postgresql")


def serve(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    """The suite's one server fixture, whatever its scope: a real vigil-server with the test
    limits, on SQLite, or on a fresh database of the session's PostgreSQL cluster when the
    fixture is parametrised (indirectly) with "postgresql"."""
    backend = getattr(request, "param", "sqlite")
    assert backend in BACKENDS, backend
    database_url = None
    if backend == "postgresql":
        database_url = request.getfixturevalue("pg_cluster").new_database()
    proc = launch(tmp_path_factory.mktemp(f"server-{backend}"), database_url, *FAST_LIMITS)
    try:
        yield proc
    finally:
        proc.stop()


def twin(
    first: ServerProcess, tmp: Path, *run_args: str, unix: Path | None = None
) -> ServerProcess:
    """A second server process for ``first``'s organisation on the same PostgreSQL, with a
    data folder of its own (as on another machine): a copy of server.json and, unless behind
    a proxy, a copy of the TLS key pair it names, so that devices' pins match both."""
    assert first.database_url, "two servers share an organisation through PostgreSQL"
    home, data = tmp / "home", tmp / "data"
    home.mkdir(parents=True)
    (data / "tls").mkdir(parents=True, mode=0o700)
    config = ServerConfig.load(first.data)
    cert, key = config.cert, config.key
    if key is not None:
        cert, key = data / "tls" / "cert.pem", data / "tls" / "key.pem"
        shutil.copyfile(config.cert, cert)
        shutil.copyfile(config.key, key)
    ServerConfig(data=data, org_id=config.org_id, url=config.url, cert=cert, key=key).save()
    second = ServerProcess(data, free_port(), first.database_url, "", tmp / "server.log", home,
                           plain=key is None, unix=unix)  # fmt: skip
    second.start(*run_args)
    return second


def init_behind_proxy(
    tmp: Path, proxy_url: str, proxy_cert: Path, database_url: str | None = None
) -> ServerProcess:
    """A server initialised behind a proxy (``init --proxy-cert``), not started: plain HTTP
    on a loopback port, or on a unix socket once ``unix`` is set."""
    home, data = tmp / "home", tmp / "data"
    home.mkdir(parents=True)
    argv = ["--data", str(data), "init", "--org", "Test Org", "--url", proxy_url,
            "--proxy-cert", str(proxy_cert)]  # fmt: skip
    if database_url:
        argv += ["--database-url", database_url]
    init = run_server_cli(home, argv)
    assert init.returncode == 0, init.stderr
    server = ServerProcess(data, free_port(), database_url, init.stdout.strip().splitlines()[-1],
                           tmp / "server.log", home, plain=True)  # fmt: skip
    server.init_stdout = init.stdout
    return server
