"""The demo's HQ side: a ``vigil-server`` child process on loopback, and the demo's own
credential store.

The server runs from the same installation as the app (``python -m vigil_server``), on
127.0.0.1 only, with SQLite in the demo folder and the self-signed certificate its ``init``
made. It is a child in its own session, so a Ctrl+C in the terminal reaches the app (which
then stops it) and not the server half-way through a request; on Linux it also dies with
the app even when the app is killed outright (PR_SET_PDEATHSIG), so it never outlives it.

The device credential of the demo vaults is kept in a file inside the demo folder rather
than in the operating system's keyring: the demo must work on a machine with no Secret
Service, and ``vigil demo --reset`` deletes the demo folder and nothing else, so a keyring
entry would be left behind. The store refuses every vault but the demo's own two, so it can
never hold or hand out a real vault's credential. The demo holds public facts only; a real
vault's credential stays in the keyring (vigil/sync/credentials.py has no file fallback).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

import httpx

from vigil.crypto.errors import VigilError
from vigil.sync.credentials import DeviceCredential
from vigil.vault.files import atomic_write, remove_quietly, safe_mkdir

HOST = "127.0.0.1"
START_TIMEOUT = 60.0  # a cold start on a busy two-core machine takes a few seconds
STOP_TIMEOUT = 10.0
ORG = "Vigil demo HQ"


class DemoError(VigilError):
    """The demo could not be prepared or its server could not be run; the message says why."""


def server_available() -> bool:
    """Whether this installation can run the demo server: a frozen (bundled) app has no
    Python to start ``-m vigil_server`` with, and an app-only install has no server."""
    if getattr(sys, "frozen", False):
        return False
    return importlib.util.find_spec("vigil_server") is not None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def port_is_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
    return True


def url_for(port: int) -> str:
    return f"https://{HOST}:{port}"


def sqlite_url(data: Path) -> str:
    # Given explicitly, with VIGIL_DATABASE_URL removed from the child's environment: the
    # demo server must never open an organisation's real database.
    return f"sqlite:///{data / 'vigil-server.db'}"


def _server_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("VIGIL_")}


def _server_argv(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "vigil_server", "--data", str(data), *args]


def init_server(data: Path, port: int, log: Path) -> str:
    """``vigil-server init`` for the demo; returns the admin enrolment code."""
    argv = _server_argv(data, "init", "--url", url_for(port), "--org", ORG,
                        "--code-hours", "1", "--database-url", sqlite_url(data))  # fmt: skip
    done = subprocess.run(
        argv, capture_output=True, text=True, timeout=120, env=_server_env(),
        stdin=subprocess.DEVNULL,
    )  # fmt: skip
    with open(log, "a", encoding="utf-8") as fh:
        fh.write(done.stdout + done.stderr)
    if done.returncode != 0:
        raise DemoError(f"The demo HQ server could not be set up: {done.stderr.strip()}")
    return done.stdout.strip().splitlines()[-1]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    if sys.platform.startswith("linux"):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class DemoServer:
    """One ``vigil-server run`` child on 127.0.0.1. ``stop`` is safe to call many times, from
    a finally block and from atexit alike."""

    def __init__(self, data: Path, port: int, pin: str, log: Path) -> None:
        self.data = data
        self.port = port
        self.pin = pin
        self.log = log
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return url_for(self.port)

    @property
    def pid_file(self) -> Path:
        return self.data / "demo-server.pid"

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self, timeout: float = START_TIMEOUT) -> None:
        if self.running:
            return
        stop_stale(self.pid_file)
        argv = _server_argv(self.data, "run", "--host", HOST, "--port", str(self.port),
                            "--database-url", sqlite_url(self.data))  # fmt: skip
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=_server_env(),
                start_new_session=True, preexec_fn=_die_with_parent,
            )  # fmt: skip
        atomic_write(self.pid_file, f"{self.proc.pid}\n".encode())
        try:
            self._wait_healthy(timeout)
        except BaseException:
            self.stop()
            raise

    def _wait_healthy(self, timeout: float) -> None:
        from vigil.sync.transport import PinMismatch, make_client

        deadline = time.monotonic() + timeout
        # The pinned client: what answers on the port must be our server, not another program.
        with make_client(self.url, self.pin, timeout=2.0) as client:
            while time.monotonic() < deadline:
                assert self.proc is not None
                if self.proc.poll() is not None:
                    raise DemoError(
                        f"The demo HQ server stopped at start (status {self.proc.returncode}); "
                        f"its log is {self.log}."
                    )
                try:
                    if client.get("/healthz").status_code == 200:
                        return
                except PinMismatch:
                    raise DemoError(
                        f"Another server answers on port {self.port}; the demo cannot use it."
                    ) from None
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
        raise DemoError(
            f"The demo HQ server did not answer within {timeout:.0f} s; see {self.log}."
        )

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None:
            return
        if proc.poll() is None:
            # Its own process group: uvicorn and anything it started go together.
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=STOP_TIMEOUT)
        remove_quietly(self.pid_file)


def stop_stale(pid_file: Path) -> None:
    """Stop a demo server left running by an earlier run that could not stop it (Linux only,
    where the command line is readable): only a process whose command line names this very
    data folder is stopped, never a process that merely reused the number."""
    try:
        pid = int(pid_file.read_text().strip())
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except (OSError, ValueError):
        remove_quietly(pid_file)
        return
    if b"vigil_server" in cmdline and os.fsencode(str(pid_file.parent)) in cmdline:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGTERM)
        deadline = time.monotonic() + STOP_TIMEOUT
        while time.monotonic() < deadline and Path(f"/proc/{pid}").exists():
            time.sleep(0.05)
    remove_quietly(pid_file)


class DemoCredentialStore:
    """A CredentialStore (vigil.sync.credentials) for the demo vaults only: one 0600 JSON file
    per vault inside the demo folder. Any other vault id is refused (see the module
    docstring for why the demo does not use the keyring)."""

    def __init__(self, folder: Path, vault_ids: Iterable[str]) -> None:
        self.folder = folder
        self.vault_ids = frozenset(vault_ids)

    def _path(self, vault_id: str) -> Path:
        if vault_id not in self.vault_ids:
            raise VigilError(
                "The demo keeps sync credentials for the demo vaults only; this vault is not "
                "one of them."
            )
        return self.folder / f"{vault_id}.json"

    def save(self, cred: DeviceCredential) -> None:
        path = self._path(cred.vault_id)
        safe_mkdir(self.folder)
        atomic_write(path, cred.to_json().encode())

    def load(self, vault_id: str) -> DeviceCredential | None:
        path = self._path(vault_id)
        try:
            text = path.read_text("utf-8")
        except FileNotFoundError:
            return None
        return DeviceCredential.from_json(text)

    def delete(self, vault_id: str) -> bool:
        path = self._path(vault_id)
        existed = path.exists()
        remove_quietly(path)
        return existed
