"""Shared fixtures: vaults at the KDF floor (fast, still real Argon2id) and a CLI runner.

The CLI runs in a real subprocess, as a person or a script would run it, with its own
temporary folder and log folder so that plaintext scans can look at everything it wrote.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from tests.support.tools import under_ci
from vigil.crypto.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams
from vigil.vault.store import Vault

# Property tests: no per-example deadline anywhere (two cores shared by many processes). Under
# CI the examples are derived from the test, so a red run replays the same way, and the failing
# example is printed as a blob to reproduce it; HYPOTHESIS_PROFILE picks a profile by hand.
settings.register_profile("dev", deadline=None)
settings.register_profile(
    "ci", deadline=None, derandomize=True, database=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if under_ci() else "dev"))

ROOT = Path(__file__).resolve().parent.parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/packaging is a packaging test, whoever adds it."""
    packaging = ROOT / "tests" / "packaging"
    for item in items:
        if packaging in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.packaging)


FAST_KDF = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)
PASSPHRASE = b"correct horse battery staple"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(vault_path: Path) -> Iterator[tuple[Vault, str]]:
    """A fresh, unlocked vault and its recovery key."""
    vault, recovery_key = Vault.create(vault_path, PASSPHRASE, FAST_KDF)
    try:
        yield vault, recovery_key
    finally:
        vault.close()


@pytest.fixture
def vault(new_vault: tuple[Vault, str]) -> Vault:
    return new_vault[0]


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


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(PASSPHRASE + b"\n")
    return Cli(vault=tmp_path / "vault", passphrase_file=secret, home=home)
