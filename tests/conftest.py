"""Shared fixtures: vaults at the KDF floor (fast, still real Argon2id) and a CLI runner.

The CLI runs in a real subprocess, as a person or a script would run it, with its own
temporary folder and log folder so that plaintext scans can look at everything it wrote.
"""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Tests outside tests/ui open Qt too (the escrow dialog, the HQ desk app): with no screen, Qt
# must use its offscreen platform, whichever test file is run on its own.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.support.cli import Cli
from tests.support.pg import Cluster, make_cluster
from tests.support.server import ServerProcess, serve
from tests.support.server_fork import stop_forkserver
from tests.support.snapshots import Snapshot, take
from tests.support.tools import missing_tool, under_ci
from tests.support.tsa import Tsa
from tests.support.tsa import start as start_tsa
from tests.support.vaults import FAST_KDF, PASSPHRASE, floor_calibration
from vigil.crypto import header, kdf
from vigil.crypto.header import Header
from vigil.crypto.keys import Identity
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


def pytest_collection_finish(session: pytest.Session) -> None:
    """What collection loaded (every test module, the app, the server and their libraries)
    lives as long as the run and is never garbage: freeze it, so that a full collection does
    not walk it again each time. The app's lock runs one (to let go of what held case text),
    and with the whole suite loaded it cost about half a second of CPU, at each lock of each
    UI test. Objects made after this point are collected as before."""
    gc.collect()
    gc.freeze()


def pytest_sessionfinish() -> None:
    """The servers' fork server (tests/support/server_fork.py) is waited for before the run
    ends, so that the servers' CPU counts in the run's, as when each was a child of the test
    process."""
    stop_forkserver()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything under tests/packaging is a packaging test, and everything under
    tests/interop an interop test (run by make interop only), whoever adds it."""
    packaging = ROOT / "tests" / "packaging"
    interop = ROOT / "tests" / "interop"
    for item in items:
        parents = Path(str(item.path)).parents
        if packaging in parents:
            item.add_marker(pytest.mark.packaging)
        if interop in parents:
            item.add_marker(pytest.mark.interop)


_derive = header.derive
_derived: dict[tuple[bytes, bytes, kdf.KdfParams, int], bytes] = {}


def _derive_once(passphrase: bytes, salt: bytes, params: kdf.KdfParams, length: int = 32) -> bytes:
    """The vault header's Argon2id, computed once per passphrase, salt and cost in a worker and
    then remembered: the same inputs give the same key, so a test sees exactly the bytes the
    real derivation gives, wrong passphrases included (computed, never found). A vault is
    created, then unlocked again and again (each in-process command, each unlock of a UI
    test), at the floor's 64 MiB x 3 passes: about 0.2 s of CPU each time (docs/testing.md).
    Only the header's derivation: ``kdf.calibrate`` times ``kdf.derive`` and must keep doing
    the work; commands run as processes derive for real."""
    key = (kdf.normalise(passphrase), bytes(salt), params, length)
    found = _derived.get(key)
    if found is None:
        found = _derived[key] = _derive(passphrase, salt, params, length)
    return found


@pytest.fixture(scope="session", autouse=True)
def _vault_keys_derived_once() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(header, "derive", _derive_once)
        yield


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@dataclass(frozen=True)
class _Fresh:
    """A vault as ``Vault.create`` leaves it, closed, and what its ``Vault`` held."""

    path: Path
    header: Header
    vmk: bytes
    identity: Identity
    recovery_key: str


@pytest.fixture(scope="session")
def _fresh_vault(tmp_path_factory: pytest.TempPathFactory) -> _Fresh:
    path = tmp_path_factory.mktemp("fresh") / "vault"
    vault, recovery_key = Vault.create(path, PASSPHRASE, FAST_KDF)
    fresh = _Fresh(path, vault.header, vault.master_key_for_keyring(), vault.identity,
                   recovery_key)  # fmt: skip
    vault.close()
    return fresh


@pytest.fixture
def new_vault(vault_path: Path, _fresh_vault: _Fresh) -> Iterator[tuple[Vault, str]]:
    """A fresh, unlocked vault and its recovery key: a copy of one ``Vault.create`` made once
    per worker, opened as ``create`` leaves it (its files, its header, master key and
    identity), not through an unlock (which moves the high-water mark on). Making one is
    mostly its Argon2id at the floor, about 0.2 s of CPU, for each of about 160 tests that
    are not about making one; those that are call ``Vault.create``. The copies share the
    template's ids and keys: two tests of a worker never run at once, and no test takes
    two."""
    fresh = _fresh_vault
    shutil.copytree(fresh.path, vault_path)
    vault = Vault(vault_path, fresh.header, fresh.vmk, fresh.identity)
    try:
        yield vault, fresh.recovery_key
    finally:
        vault.close()


@pytest.fixture
def vault(new_vault: tuple[Vault, str]) -> Vault:
    return new_vault[0]


@pytest.fixture
def floor_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Commands run in this process that calibrate the KDF (passwd, recover, restore, rekey)
    choose the floor (tests/support/vaults.py ``floor_calibration``), for tests about
    something else. Commands run as processes calibrate for real, and so do tests without it
    (tests/core/hostile/test_rekey.py checks that recover recalibrates)."""
    monkeypatch.setattr(kdf, "calibrate", floor_calibration)


@pytest.fixture
def tsa(tmp_path: Path) -> Iterator[Tsa]:
    """A real RFC 3161 authority (``openssl ts`` on loopback), stopped after the test."""
    running = start_tsa(tmp_path / "tsa")
    try:
        yield running
    finally:
        running.stop()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """One throwaway PostgreSQL per worker; each server on it gets a database of its own. A
    missing PostgreSQL follows the suite's one rule (tests/support/tools.py): an error under CI
    or as root, a skip elsewhere."""
    try:
        cluster = make_cluster()
    except FileNotFoundError as exc:
        missing_tool(f"PostgreSQL ({exc})", "postgresql")
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(scope="module")
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    """A real vigil-server on loopback TLS, one per test module (a module's HQ desk spends its
    one-time admin code). SQLite; a module runs on PostgreSQL too with
    ``pytest.mark.parametrize("server", BACKENDS, indirect=True, scope="module")``.
    tests/server shares one per session instead (its conftest)."""
    yield from serve(request, tmp_path_factory)


@pytest.fixture(scope="session")
def desk_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Snapshot]:
    """A server and its enrolled HQ desk, made once per worker (tests/support/snapshots.py;
    the sync, evidence and UI tests copy it)."""
    snapshot = take(tmp_path_factory.mktemp("desk-snapshot"))
    yield snapshot
    snapshot.close()


@pytest.fixture(scope="session")
def desk_field_snapshot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Snapshot]:
    """A server, its enrolled HQ desk and a field device "field", made once per worker."""
    snapshot = take(tmp_path_factory.mktemp("desk-field-snapshot"), "field")
    yield snapshot
    snapshot.close()


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(PASSPHRASE + b"\n")
    return Cli(vault=tmp_path / "vault", passphrase_file=secret, home=home)
