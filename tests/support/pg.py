"""A throwaway PostgreSQL cluster for the server tests: initdb in a temporary folder, one
server on 127.0.0.1 at a free port, run as the ``postgres`` user when the tests run as root
(PostgreSQL refuses to run as root), stopped and deleted at the end."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def find_bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _version(path: str) -> int:
    part = Path(path).parent.parent.name
    return int(part) if part.isdigit() else 0


@dataclass
class Cluster:
    bindir: Path
    base: Path
    port: int
    user: str | None  # the OS user that runs the server, when we are root
    databases: int = 0  # made by new_database

    @property
    def data(self) -> Path:
        return self.base / "data"

    @property
    def url(self) -> str:
        return f"postgresql://vigil@127.0.0.1:{self.port}/vigil"

    def _run(self, *argv: str) -> subprocess.CompletedProcess[str]:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        return subprocess.run(
            [*prefix, *argv], capture_output=True, text=True, timeout=120, check=False,
            stdin=subprocess.DEVNULL, cwd=self.base,
        )  # fmt: skip

    def start(self) -> None:
        init = self._run(
            str(self.bindir / "initdb"), "-D", str(self.data), "-U", "vigil", "-A", "trust",
            "-E", "UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        if init.returncode != 0:
            raise RuntimeError(f"initdb failed: {init.stderr[-2000:]}")
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.base} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        started = self._run(
            str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.base / "log"),
            "-w", "-t", "60", "-o", options, "start",
        )  # fmt: skip
        if started.returncode != 0:
            log = (self.base / "log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"pg_ctl start failed: {started.stderr[-1000:]} {log}")
        created = self._run(
            str(self.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port),
            "-U", "vigil", "vigil",
        )  # fmt: skip
        if created.returncode != 0:
            raise RuntimeError(f"createdb failed: {created.stderr[-2000:]}")

    def new_database(self) -> str:
        """A fresh, empty database in this cluster and its URL: each server of the session
        gets its own, so one cluster serves them all."""
        self.databases += 1
        name = f"vigil_{self.databases}"
        created = self._run(
            str(self.bindir / "createdb"), "-h", "127.0.0.1", "-p", str(self.port),
            "-U", "vigil", name,
        )  # fmt: skip
        if created.returncode != 0:
            raise RuntimeError(f"createdb failed: {created.stderr[-2000:]}")
        return f"postgresql://vigil@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.base, ignore_errors=True)


def make_cluster() -> Cluster:
    bindir = find_bindir()
    if bindir is None:
        raise FileNotFoundError("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    base = Path(tempfile.mkdtemp(prefix="vigil-pg-"))
    user: str | None = None
    if os.geteuid() == 0:
        user = "postgres"
        try:
            entry = pwd.getpwnam(user)
        except KeyError:
            raise FileNotFoundError("there is no 'postgres' user to run PostgreSQL as") from None
        os.chown(base, entry.pw_uid, entry.pw_gid)
    cluster = Cluster(bindir=bindir, base=base, port=free_port(), user=user)
    cluster.start()
    return cluster
