"""What the packaging tests share: the repository, a private home, running a program, PNG sizes."""

from __future__ import annotations

import os
import struct
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"
APP_ID = "org.vigil.Vigil"
SAMPLE_TITLE = "Serikzhan Bilash"  # the title of resources/samples/sample-case.json's case


def private_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a person who has never run Vigil: nothing of this machine's vaults,
    settings, logs or demo is reachable, and no VIGIL_ variable leaks in from the test run."""
    leaks = ("VIGIL_", "QT_", "VIRTUAL_ENV")  # and not this test run's virtual environment
    env = {k: v for k, v in os.environ.items() if not k.startswith(leaks)}
    for name in ("tmp", "config", "data", "cache", "state", "runtime"):
        (home / name).mkdir(parents=True, exist_ok=True)
    (home / "runtime").chmod(0o700)
    env.update(
        HOME=str(home),
        TMPDIR=str(home / "tmp"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        VIGIL_CONFIG_DIR=str(home / "config" / "vigil"),
        VIGIL_LOG_DIR=str(home / "logs"),
        VIGIL_DEMO_DIR=str(home / "demo"),
    )
    env.update(extra)
    return env


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def run(argv: list[str], env: dict[str, str], timeout: float = 300, **kw: object) -> Ran:
    proc = subprocess.run(
        argv, capture_output=True, text=True, env=env, timeout=timeout,
        stdin=subprocess.DEVNULL, **kw,  # type: ignore[arg-type]
    )  # fmt: skip
    return Ran(proc.returncode, proc.stdout, proc.stderr)


def ok(argv: list[str], env: dict[str, str], timeout: float = 300, **kw: object) -> Ran:
    ran = run(argv, env, timeout, **kw)
    assert ran.returncode == 0, (
        f"{' '.join(map(str, argv))} exited {ran.returncode}\n"
        f"stdout: {ran.stdout[-3000:]}\nstderr: {ran.stderr[-3000:]}"
    )
    return ran


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (checked to be a PNG at all)."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def headless_round(vigil: list[str], home: Path, sample: Path) -> None:
    """A field worker's first minutes without the app: make a vault, import the sample case,
    list it, search it, verify it. `vigil` is the program as a command line (installed or
    frozen); the passphrase goes through --passphrase-file, never the command line."""
    env = private_env(home)
    secret = home / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    secret.chmod(0o600)
    base = [*vigil, "--vault", str(home / "vault"), "--passphrase-file", str(secret)]
    made = ok([*base, "init", "--kdf-memory-mib", "64", "--kdf-iterations", "3"], env)
    assert "Recovery key" in made.stdout and len(made.stdout.strip().splitlines()[-1]) == 32
    case_id = ok([*base, "import", str(sample)], env).stdout.strip().splitlines()[-1]
    listed = ok([*base, "case", "list", "--json"], env).stdout
    assert case_id in listed and SAMPLE_TITLE in listed
    assert case_id in ok([*base, "search", "Almaty", "--json"], env).stdout
    ok([*base, "verify"], env)


def smoke_test(vigil: list[str], home: Path, language: str = "ru") -> Ran:
    """Open the app offscreen in `language`, unlock the vault made by headless_round, quit."""
    env = private_env(home, QT_QPA_PLATFORM="offscreen")
    settings = Path(env["VIGIL_CONFIG_DIR"]) / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f'{{"language": "{language}"}}')
    argv = [*vigil, "--vault", str(home / "vault"), "--passphrase-file",
            str(home / "passphrase.txt"), "--smoke-test"]  # fmt: skip
    return run(argv, env, timeout=240)


def assert_unlocked_in_russian(ran: Ran) -> None:
    assert ran.returncode == 0, f"smoke test exited {ran.returncode}: {ran.stderr[-3000:]}"
    shown = next(line for line in ran.stdout.splitlines() if "unlock window" in line)
    # The Unlock button in Russian: the compiled translation was found and loaded.
    button = shown.split("'")[1]
    assert button != "Unlock" and any("а" <= ch <= "я" for ch in button.lower()), shown
    assert "(ru)" in shown
    assert "unlocked, 1 cases" in ran.stdout, ran.stdout
