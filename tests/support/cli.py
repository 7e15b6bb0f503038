"""The vigil command line run as a person or a script runs it, in a real subprocess with its own
temporary and log folders (so that plaintext scans can look at everything it wrote)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.support.vaults import PASSPHRASE


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str

    @property
    def last_line(self) -> str:
        return self.stdout.strip().splitlines()[-1]


@dataclass
class Cli:
    """Runs ``python -m vigil`` against one vault, with private temp and log folders."""

    vault: Path
    passphrase_file: Path
    home: Path

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

    def __call__(self, *args: str, passphrase: bool = True, check: bool = True) -> CliResult:
        argv = [sys.executable, "-m", "vigil", "--vault", str(self.vault)]
        if passphrase:
            argv += ["--passphrase-file", str(self.passphrase_file)]
        proc = subprocess.run(
            [*argv, *args], capture_output=True, text=True, env=self.env, timeout=300,
            stdin=subprocess.DEVNULL,
        )  # fmt: skip
        result = CliResult(proc.returncode, proc.stdout, proc.stderr)
        if check and proc.returncode != 0:
            raise AssertionError(f"vigil {' '.join(args)} exited {proc.returncode}: {proc.stderr}")
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
