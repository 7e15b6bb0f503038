"""The real Secret Service for the credential tests: gnome-keyring-daemon on a private D-Bus
session bus, with a throwaway HOME, XDG folders and login keyring.

Both daemons are direct children of the test process (no --fork/--daemonize: a container's
PID 1 may never reap orphans) and die with it (PR_SET_PDEATHSIG). The bus has no service
directories, so nothing can be D-Bus-activated behind our back: a second, locked keyring
daemon started by activation would make the tests flaky or wrong. The developer's own keyring
and session bus are never touched.

Package-scoped, not session-scoped: this conftest makes it visible to tests/sync only, so the
daemons start once either way, but the environment (HOME, XDG_*, DBUS_SESSION_BUS_ADDRESS) is
put back as soon as tests/sync is done. With a session scope it stayed changed for every later
test, and Qt's screen-lock watch in tests/ui then warned about the empty bus and failed them.

A missing daemon follows the suite's one rule (tests/support/tools.py): an error under CI or
as root, a skip elsewhere.
"""

from __future__ import annotations

import ctypes
import os
import selectors
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.core
import pytest
from keyring.backends import SecretService

from tests.support.secret_service import SecretServiceSession
from tests.support.tools import need_tools

# The Debian packages that provide what the fixture runs (see the Makefile's TEST_DEBS).
DEBS = "gnome-keyring dbus libsecret-tools"
BINARIES = ("dbus-daemon", "gnome-keyring-daemon", "secret-tool")
LOGIN_PASSWORD = "vigil-test-login-keyring"
START_TIMEOUT = 15.0

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

# What the fixture sets for the test process (and restores afterwards); and what it removes
# so that nothing points keyring or gnome-keyring elsewhere.
SET = ("HOME", "XDG_RUNTIME_DIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME",
       "DBUS_SESSION_BUS_ADDRESS")  # fmt: skip
REMOVE = ("PYTHON_KEYRING_BACKEND", "GNOME_KEYRING_CONTROL", "DBUS_STARTER_ADDRESS",
          "DBUS_STARTER_BUS_TYPE")  # fmt: skip


def _die_with_parent() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _stop(proc: subprocess.Popen[bytes] | None) -> None:
    if proc is None:
        return
    if proc.stdout is not None:
        proc.stdout.close()
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=5)


def _read_line(proc: subprocess.Popen[bytes], timeout: float) -> str:
    assert proc.stdout is not None
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        if not sel.select(timeout):
            return ""
    return proc.stdout.readline().decode().strip()


def _log_tail(path: Path) -> str:
    try:
        return path.read_text(errors="replace")[-1500:]
    except OSError:
        return ""


def _wait_for_login_keyring(proc: subprocess.Popen[bytes], log: Path) -> None:
    import secretstorage  # keyring's dependency on Linux

    deadline = time.monotonic() + START_TIMEOUT
    last = ""
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"gnome-keyring-daemon exited with {proc.returncode}: {_log_tail(log)}")
        try:
            with closing(secretstorage.dbus_init()) as conn:
                collection = secretstorage.get_collection_by_alias(conn, "default")
                if not collection.is_locked():
                    return
                last = "the login keyring is locked"
        except secretstorage.exceptions.SecretStorageException as exc:
            last = f"{type(exc).__name__}: {exc}"
        time.sleep(0.02)
    pytest.fail(f"gnome-keyring did not offer an unlocked login keyring: {last} {_log_tail(log)}")


@pytest.fixture(scope="package")
def secret_service() -> Iterator[SecretServiceSession]:
    need_tools(*BINARIES, debs=DEBS)

    base = Path(tempfile.mkdtemp(prefix="vigil-kr-"))
    home = base / "home"
    runtime = home / ".run"
    for folder in (home / ".local" / "share", home / ".config", home / ".cache", runtime):
        folder.mkdir(parents=True, mode=0o700)
    socket = runtime / "bus"
    config = base / "bus.conf"
    config.write_text(BUS_CONFIG.format(socket=socket))

    saved_env = {name: os.environ.get(name) for name in (*SET, *REMOVE)}
    saved_backend = keyring.core._keyring_backend
    bus: subprocess.Popen[bytes] | None = None
    daemon: subprocess.Popen[bytes] | None = None
    try:
        with open(base / "dbus.log", "wb") as bus_log:
            bus = subprocess.Popen(
                ["dbus-daemon", "--nofork", "--nopidfile", f"--config-file={config}",
                 "--print-address=1"],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=bus_log,
                preexec_fn=_die_with_parent,
            )  # fmt: skip
        address = _read_line(bus, START_TIMEOUT)
        if not address:
            pytest.fail(f"dbus-daemon did not start: {_log_tail(base / 'dbus.log')}")

        for name in REMOVE:
            os.environ.pop(name, None)
        os.environ.update(
            HOME=str(home),
            XDG_RUNTIME_DIR=str(runtime),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_CACHE_HOME=str(home / ".cache"),
            DBUS_SESSION_BUS_ADDRESS=address,
        )
        env = dict(os.environ)
        for name in ("DISPLAY", "WAYLAND_DISPLAY"):  # no prompter window, ever
            env.pop(name, None)

        log = base / "gnome-keyring.log"
        with open(log, "wb") as daemon_log:
            daemon = subprocess.Popen(
                ["gnome-keyring-daemon", "--foreground", "--components=secrets", "--unlock"],
                stdin=subprocess.PIPE, stdout=daemon_log, stderr=subprocess.STDOUT, env=env,
                cwd=home, preexec_fn=_die_with_parent,
            )  # fmt: skip
        assert daemon.stdin is not None
        # --unlock reads the login keyring's password from stdin up to end of file, and
        # creates the login keyring with it the first time (as here).
        daemon.stdin.write(LOGIN_PASSWORD.encode())
        daemon.stdin.close()
        _wait_for_login_keyring(daemon, log)

        # keyring caches the viable backends on first use; detect afresh on this bus.
        all_keyring = keyring.backend.get_all_keyring
        if hasattr(all_keyring, "saved_result"):
            all_keyring.reset()
        keyring.core.init_backend()
        active = keyring.get_keyring()
        if not isinstance(active, SecretService.Keyring):
            pytest.fail(f"keyring chose {type(active).__module__}.{type(active).__name__}, "
                        "not the Secret Service")  # fmt: skip
        yield SecretServiceSession(base, home, env, LOGIN_PASSWORD)
    finally:
        _stop(daemon)
        _stop(bus)
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        all_keyring = keyring.backend.get_all_keyring
        if hasattr(all_keyring, "saved_result"):
            all_keyring.reset()
        keyring.core._keyring_backend = saved_backend
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def org_snapshots(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Any]:
    """``org_snapshots(*names)``: a server, its enrolled HQ desk and the field devices named,
    made once per worker for each set of names (tests/support/snapshots.py). No names, and "field",
    are tests/conftest.py's ``desk_snapshot`` and ``desk_field_snapshot``, which other
    directories copy too."""
    from tests.support.snapshots import take

    shared = {(): "desk_snapshot", ("field",): "desk_field_snapshot"}
    made: dict[tuple[str, ...], Any] = {}

    def get(*names: str) -> Any:
        if names in shared:
            return request.getfixturevalue(shared[names])
        if names not in made:
            made[names] = take(tmp_path_factory.mktemp("org-snapshot"), *names)
        return made[names]

    yield get
    for snapshot in made.values():
        snapshot.close()


@pytest.fixture
def enrolled(org_snapshots: Any, tmp_path: Path) -> Iterator[Any]:
    """``enrolled(*names)``: a copy of ``org_snapshots(*names)`` under ``tmp_path`` as (its
    server, not started; [HQ desk, field devices...]), closed and stopped after the test."""
    from tests.support.snapshots import restore

    copies: list[Any] = []

    def make(*names: str) -> Any:
        copies.append(restore(org_snapshots(*names), tmp_path))
        return copies[-1]

    try:
        yield make
    finally:
        for server, devices in copies:
            for device in devices:
                device.close()
            server.stop()


@pytest.fixture
def _desk(request: pytest.FixtureRequest, enrolled: Any) -> Any:
    """An enrolled copy with the field device "field" when the test takes ``field`` or
    ``cut_off`` (enrolled after the desk, as ``make_field`` does), without it otherwise, so
    that the server knows no device the test did not ask for."""
    with_field = {"field", "cut_off"} & set(request.fixturenames)
    return enrolled("field") if with_field else enrolled()


@pytest.fixture
def hq_desk_device(_desk: Any) -> Any:
    """A server of its own and an HQ desk enrolled on it (the server's one-time admin code
    is spent by the desk), for tests that drive devices through the session code."""
    from tests.support.server import FAST_LIMITS

    server, devices = _desk
    server.start(*FAST_LIMITS)
    return devices[0]


@pytest.fixture
def field(hq_desk_device: Any, _desk: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A field device enrolled with ``hq_desk_device``'s desk. A module that defines its own
    ``field`` (another server, another set-up) overrides this one."""
    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    return _desk[1][1]


@pytest.fixture
def cut_off(_desk: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """tests/support/sync.py ``CutOff``: HQ and one field device, the server stopped."""
    from tests.support.sync import CutOff

    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    server, devices = _desk
    return CutOff(server, *devices)
