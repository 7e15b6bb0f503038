"""vigil.crypto.age against the other age implementations on this machine, both ways.

The Debian ``age`` command (Go, 1.1: X25519 and armour) and pyrage (rage, Rust) open what
Vigil's writer makes, and Vigil's reader opens what they make: binary and armoured, one byte,
exactly one chunk and several chunks, with keys made by each side. typage (the hybrid type)
is in tests/interop, run by ``make interop``.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pyrage
import pytest

from tests.support.tools import need_tools
from vigil.crypto import age

SIZES = [0, 1, 64 * 1024, 200_000]


@pytest.fixture(scope="module")
def tools() -> dict[str, str]:
    return need_tools("age", "age-keygen", debs="age")


def run(argv: list[str], data: bytes = b"") -> bytes:
    proc = subprocess.run(argv, input=data, capture_output=True, timeout=60, check=False)
    assert proc.returncode == 0, proc.stderr.decode(errors="replace")
    return proc.stdout


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("armored", [False, True])
def test_age_cli_opens_vigil_files(
    tools: dict[str, str], tmp_path: Path, size: int, armored: bool
) -> None:
    identity = age.X25519Identity.generate()
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(f"# a comment\n{identity}\n")
    data = os.urandom(size)
    sealed = age.encrypt(data, [str(identity.recipient)], armored=armored)
    assert run([tools["age"], "-d", "-i", str(keyfile)], sealed) == data


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("armored", [False, True])
def test_vigil_opens_age_cli_files(
    tools: dict[str, str], tmp_path: Path, size: int, armored: bool
) -> None:
    keyfile = tmp_path / "key.txt"
    run([tools["age-keygen"], "-o", str(keyfile)])
    (secret,) = [line for line in keyfile.read_text().splitlines() if not line.startswith("#")]
    public = run([tools["age-keygen"], "-y", str(keyfile)]).decode().strip()
    assert str(age.parse_identity(secret).recipient) == public  # the same key, derived twice
    data = os.urandom(size)
    sealed = run([tools["age"], "-e", "-r", public, *(["-a"] if armored else [])], data)
    assert age.decrypt(sealed, [secret]) == data
    with pytest.raises(age.AgeNoMatch):
        age.decrypt(sealed, [age.X25519Identity.generate()])


@pytest.mark.parametrize("size", SIZES)
def test_pyrage_and_vigil_both_ways(size: int) -> None:
    data = os.urandom(size)
    theirs = pyrage.x25519.Identity.generate()
    ours = age.parse_identity(str(theirs))
    assert str(ours.recipient) == str(theirs.to_public())
    # Vigil writes, rage reads; rage writes, Vigil reads
    assert pyrage.decrypt(age.encrypt(data, [ours.recipient]), [theirs]) == data
    assert age.decrypt(pyrage.encrypt(data, [theirs.to_public()]), [ours]) == data
    # several recipients, ours among them
    others = [pyrage.x25519.Identity.generate().to_public() for _ in range(2)]
    assert age.decrypt(pyrage.encrypt(data, [*others, theirs.to_public()]), [ours]) == data
    mine = age.encrypt(data, [*(str(o) for o in others), ours.recipient])
    assert pyrage.decrypt(mine, [theirs]) == data


def test_pyrage_and_vigil_passphrases_both_ways() -> None:
    data = b"a backup behind a passphrase"
    mine = age.encrypt(data, [age.ScryptRecipient("pass phrase", work_factor=12)])
    assert pyrage.passphrase.decrypt(mine, "pass phrase") == data
    theirs = pyrage.passphrase.encrypt(data, "pass phrase")
    assert age.decrypt(theirs, [], ["pass phrase"]) == data


def test_a_damaged_vigil_file_is_refused_by_age_too(tools: dict[str, str], tmp_path: Path) -> None:
    """The control: the other tools really check what Vigil wrote (a flipped tag fails)."""
    identity = age.X25519Identity.generate()
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(f"{identity}\n")
    sealed = bytearray(age.encrypt(b"x" * 1000, [identity.recipient]))
    sealed[-1] ^= 1
    proc = subprocess.run(
        [tools["age"], "-d", "-i", str(keyfile)], input=bytes(sealed), capture_output=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode != 0
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(bytes(sealed), [pyrage.x25519.Identity.from_str(str(identity))])
