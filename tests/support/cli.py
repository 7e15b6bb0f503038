"""The vigil command line with its own temporary and log folders (so that plaintext scans can
look at everything it wrote), run in this process through ``vigil.cli.main(argv)``, or, where
the process boundary is the point (exit codes, stdin, what the process leaves behind), in a
real subprocess as a person or a script runs it.

In this process a command costs what it does; in a subprocess each one also paid a Python
start and the imports (about 2 s a step here), which made the sync tests slow. The in-process
run sees the same environment (HOME, TMPDIR, the log folder, no VIGIL_* variables), an empty
stdin, the same umask, and gives back the exit code, stdout and stderr main() produced. What
it leaves out is the process hardening (no core dumps, not dumpable), which cannot be undone
in the test process; the subprocess tests (test_smoke_cli.py, test_no_plaintext.py) cover it.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from tests.support.vaults import PASSPHRASE


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str

    @property
    def last_line(self) -> str:
        return self.stdout.strip().splitlines()[-1]


@contextlib.contextmanager
def _process_state(env: dict[str, str], umask: int) -> Iterator[None]:
    """This process's environment, umask and temporary folder as a command run in a process
    of its own would have them; everything put back afterwards."""
    # Only the variables that differ change (a few): rewriting every one would race with the
    # threads of a Qt application a test keeps open, which read the environment too.
    changed = {k: os.environ.get(k) for k in {*os.environ, *env} if os.environ.get(k) != env.get(k)}
    saved_tempdir = tempfile.tempdir
    saved_umask = os.umask(umask)
    vigil_log = logging.getLogger("vigil")
    saved_log = (list(vigil_log.handlers), vigil_log.level, vigil_log.propagate)
    _set_env({k: env.get(k) for k in changed})
    tempfile.tempdir = None  # read TMPDIR again
    try:
        yield
    finally:
        for handler in vigil_log.handlers:
            if handler not in saved_log[0]:
                handler.close()
        vigil_log.handlers[:], vigil_log.level, vigil_log.propagate = saved_log
        os.umask(saved_umask)
        _set_env(changed)
        tempfile.tempdir = saved_tempdir


def _set_env(values: dict[str, str | None]) -> None:
    for key, value in values.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def run_in_process(argv: Sequence[str], env: dict[str, str]) -> CliResult:
    """``vigil.cli.main(argv)`` with private streams (an empty stdin) and ``env``."""
    from PySide6.QtWidgets import QApplication

    from vigil import cli

    # A PDF the CLI writes makes a bare QGuiApplication when no application exists, and Qt
    # allows one per process: every widget test after it in this worker aborted the run (a
    # QWidget needs a QApplication). The widgets' QApplication comes first, as in the desktop
    # app; pytest-qt's qapp fixture takes the existing one.
    if QApplication.instance() is None:
        QApplication([sys.argv[0]])
    with mock.patch.object(cli, "harden", lambda: None):
        return call_main(cli.main, argv, env)


def call_main(
    main: Callable[[list[str]], int], argv: Sequence[str], env: dict[str, str]
) -> CliResult:
    """A command's ``main(argv)`` in this process, as its own process would run it: private
    streams (an empty stdin), ``env``, the commands' umask; exit code, stdout and stderr back.
    Also ``vigil-server``'s one-shot commands (tests/support/server.py)."""
    streams = sys.stdin, sys.stdout, sys.stderr
    out, err = io.BytesIO(), io.BytesIO()
    text_in = io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8")
    text_out = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    text_err = io.TextIOWrapper(err, encoding="utf-8", write_through=True)
    sys.stdin, sys.stdout, sys.stderr = text_in, text_out, text_err
    try:
        with _process_state(env, 0o077):
            try:
                code = main(list(argv))
            except SystemExit as exc:  # argparse: --help, or a usage error (2)
                code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.stdin, sys.stdout, sys.stderr = streams
        for stream in (text_out, text_err):
            stream.flush()
            stream.detach()  # keep the bytes readable: closing a wrapper closes its buffer
    return CliResult(code, out.getvalue().decode("utf-8"), err.getvalue().decode("utf-8"))


@dataclass
class Cli:
    """Runs vigil against one vault, with private temp and log folders: in this process, or
    with ``process=True`` (here or per call) as ``python -m vigil`` in a subprocess."""

    vault: Path
    passphrase_file: Path
    home: Path
    process: bool = False

    @property
    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("VIGIL_")}
        env.update(
            VIGIL_LOG_DIR=str(self.home / "logs"),
            TMPDIR=str(self.home / "tmp"),
            HOME=str(self.home),
            XDG_DATA_HOME=str(self.home / "data"),
        )
        return env

    def __call__(
        self, *args: str, passphrase: bool = True, check: bool = True, process: bool = False
    ) -> CliResult:
        argv = ["--vault", str(self.vault)]
        if passphrase:
            argv += ["--passphrase-file", str(self.passphrase_file)]
        if process or self.process:
            proc = subprocess.run(
                [sys.executable, "-m", "vigil", *argv, *args], capture_output=True, text=True,
                env=self.env, timeout=300, stdin=subprocess.DEVNULL,
            )  # fmt: skip
            result = CliResult(proc.returncode, proc.stdout, proc.stderr)
        else:
            result = run_in_process([*argv, *args], self.env)
        if check and result.returncode != 0:
            raise AssertionError(
                f"vigil {' '.join(args)} exited {result.returncode}: {result.stderr}"
            )
        return result

    def init(self) -> str:
        """Create the vault at the KDF floor; return the recovery key."""
        out = self("init", "--kdf-memory-mib", "64", "--kdf-iterations", "3").stdout
        return next(line.strip() for line in out.splitlines() if line.startswith("    "))


def _cli_at(root: Path, name: str) -> Cli:
    """A CLI with its own home and passphrase file under ``root/name``; no vault yet."""
    home = root / name / "home"
    (home / "tmp").mkdir(parents=True)
    secret = root / name / "passphrase.txt"
    secret.write_bytes(PASSPHRASE + b"\n")
    return Cli(vault=root / name / "vault", passphrase_file=secret, home=home)


def make_cli(root: Path, name: str) -> Cli:
    cli = _cli_at(root, name)
    cli.init()
    return cli


def enrolled_field(root: Path, hq: Cli, name: str) -> tuple[Cli, str, str]:
    """A field device enrolled with a code from ``hq``: (its CLI, its device id, its recovery
    key)."""
    cli = _cli_at(root, name)
    recovery_key = cli.init()
    device_id = cli("sync", "enrol", hq("hq", "enrol-code").last_line).last_line
    return cli, device_id, recovery_key
