"""``vigil-server run`` in a process of its own, forked from one that imported the server once.

Each server a test started was ``python -m vigil_server run``: a Python start and the imports of
FastAPI, uvicorn, SQLAlchemy, Alembic and the app, about 1 s of CPU before it served anything,
and the suite starts a hundred or more. Here a fork server (``multiprocessing``'s, one per test
process) imports them once, and each server is a fork of it that runs the same
``vigil_server.cli.main(argv)`` as ``python -m vigil_server``: a process of its own with its own
pid, environment, home, temporary folder, descriptor limit and log, stopped by signals as
before. What it does not repeat is the interpreter's start and the imports.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
from multiprocessing.context import ForkServerContext
from pathlib import Path

# "__main__": where the test process was started from a script (pytest's own, without
# xdist), the fork server runs it once, not each server (multiprocessing imports a parent's
# main module in each child it starts).
_PRELOAD = ["__main__", "tests.support.server_fork", "vigil_server.cli", "vigil_server.serve"]
_context: ForkServerContext | None = None


def _forkserver() -> ForkServerContext:
    global _context
    if _context is None:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        _context = context
    return _context


def _run(argv: list[str], env: dict[str, str], log: str, nofile: int | None) -> None:
    """In the forked process: what ``python -m vigil_server ARGV`` would have, then its main."""
    if nofile is not None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))
    os.environ.clear()
    os.environ.update(env)
    tempfile.tempdir = None  # read TMPDIR again
    out = os.open(log, os.O_WRONLY | os.O_APPEND)
    os.dup2(out, 1)
    os.dup2(out, 2)
    os.close(out)
    from vigil_server.cli import main

    code = main(argv)
    sys.stdout.flush()
    sys.stderr.flush()
    raise SystemExit(code)


class ForkedServer:
    """The few parts of ``subprocess.Popen`` the tests use: pid, poll, wait, terminate, kill."""

    def __init__(self, argv: list[str], env: dict[str, str], log: Path, nofile: int | None):
        log.touch(mode=0o600)  # there to read, even if the server dies before it writes
        self._process = _forkserver().Process(
            target=_run, args=(argv, env, str(log), nofile), daemon=True
        )
        self._process.start()
        assert self._process.pid is not None
        self.pid: int = self._process.pid

    @property
    def returncode(self) -> int | None:
        return self._process.exitcode

    def poll(self) -> int | None:
        return self._process.exitcode

    def wait(self, timeout: float | None = None) -> int:
        self._process.join(timeout)
        if self._process.exitcode is None:
            assert timeout is not None
            raise subprocess.TimeoutExpired(["vigil-server", "run"], timeout)
        return self._process.exitcode

    def terminate(self) -> None:
        self._process.terminate()

    def kill(self) -> None:
        self._process.kill()


# Set by ``make mutate`` (tools/mutate_contexts.py): each process names the running test as
# coverage's context through a thread that watches a file, started when the process starts.
# A fork of the fork server starts no such thread, so its lines would be credited to whichever
# test was running when the fork server started, and a mutant of server code would run the
# wrong tests (false survivors). Under it each server is started the old way.
MUTATE_CONTEXT_VAR = "MUTATE_CONTEXT_FILE"


def spawn(
    argv: list[str], env: dict[str, str], log: Path, nofile: int | None
) -> ForkedServer | subprocess.Popen[bytes]:
    """``vigil-server ARGV`` in a process of its own: forked from the fork server, or, under
    ``make mutate``, started as ``python -m vigil_server`` (a new interpreter)."""
    if MUTATE_CONTEXT_VAR not in os.environ:
        return ForkedServer(argv, env, log, nofile)

    def limit() -> None:
        if nofile is not None:
            resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

    with open(log, "ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "vigil_server", *argv], stdout=out, stderr=out, env=env,
            stdin=subprocess.DEVNULL, preexec_fn=limit,
        )  # fmt: skip


def stop_forkserver() -> None:
    """Stop this process's fork server and wait for it, at the end of a run: the servers it
    forked are its children, and their CPU is counted (as a test run's) only once it has been
    waited for. ``_stop`` is the stdlib's own way to stop it (its tests use it)."""
    if _context is not None:
        from multiprocessing import forkserver

        forkserver._forkserver._stop()
