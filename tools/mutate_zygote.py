#!/usr/bin/env python3
"""One process that has imported the tests' libraries, forked for every test run of make mutate.

Starting pytest costs seconds of CPU before the first test (pytest, Hypothesis, Schemathesis,
Qt, cryptography, SQLAlchemy...), more than most mutants' tests take. This process imports
those libraries once, then listens on a Unix socket; each request (from tools/mutate_pick.py)
is run by a forked child, in its own session, as ``python -m pytest ARGS`` would run it.

The project's own modules and the tests are never imported here (tools/mutate_contexts.py
leaves them out of the list), so each child imports the module as the mutant left it on disk.
When the requester goes away (Cosmic Ray's timeout killed it), the child's session is killed:
a hung mutant does not run on into the next one.

    mutate_zygote.py SOCKET PRELOAD_LIST
"""

from __future__ import annotations

import contextlib
import importlib
import json
import os
import select
import signal
import socket
import sys
import traceback
from pathlib import Path


def child(request: dict) -> None:
    code = 3
    try:
        os.setsid()
        os.chdir(request["cwd"])
        out = os.open(request["out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(out, 1)
        os.dup2(out, 2)
        sys.path[0] = request["cwd"]  # as ``python -m pytest`` from there
        sys.argv = ["pytest", *request["args"]]
        import pytest

        code = int(pytest.main(request["args"]))
    except BaseException:  # reported in the output; pytest's internal-error code
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def watch(conn: socket.socket, pid: int) -> int:
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        readable, _, _ = select.select([conn], [], [], 0.1)
        if readable and not conn.recv(1):  # the requester is gone: its time ran out
            os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return -signal.SIGKILL


def serve(path: Path, preload: list[str]) -> None:
    for name in preload:
        try:
            importlib.import_module(name)
        except BaseException:  # noqa: S112 - a module that will not load here loads later
            continue
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    path.unlink(missing_ok=True)
    server.bind(str(path))
    server.listen(1)
    while True:
        conn, _ = server.accept()
        with conn:
            request = json.loads(conn.makefile("r").readline())
            if request.get("stop"):
                return
            pid = os.fork()
            if pid == 0:
                server.close()
                conn.close()
                child(request)
            code = watch(conn, pid)
            # The requester may have been killed (its timeout): nobody to answer, serve on.
            with contextlib.suppress(OSError):
                conn.sendall(f"{code}\n".encode())


def ask(path: Path, request: dict) -> int:
    """Run a request on the zygote at `path`: pytest's exit code. OSError when the zygote
    is not there or went away without answering: the tests did not run, whatever the mutant."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
        conn.connect(str(path))
        conn.sendall((json.dumps(request) + "\n").encode())
        answer = conn.makefile("r").readline()
    if not answer:
        raise ConnectionResetError(f"the zygote at {path} gave no answer")
    return int(answer)


if __name__ == "__main__":
    serve(Path(sys.argv[1]), Path(sys.argv[2]).read_text("utf-8").split())
