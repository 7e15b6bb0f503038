"""typage (npm ``age-encryption``, the age author's TypeScript age) and Vigil, both ways.

typage reads and writes age 1.3's hybrid post-quantum type, which neither the Debian ``age``
(1.1) nor pyrage can, so it is the independent check of Vigil's mlkem768x25519 files. It needs
Node 20.19 or newer and the npm packages pinned by tests/interop/package-lock.json, which
``make interop`` installs before running this folder (``make test`` does not: docs/testing.md).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.support.tools import missing_tool, need_tools
from vigil.crypto import age

HERE = Path(__file__).resolve().parent
SCRIPT = HERE / "typage.mjs"
SIZES = [0, 1, 64 * 1024, 200_000]


class Typage:
    def __init__(self, node: str) -> None:
        self.node = node

    def __call__(self, *args: str, data: bytes = b"") -> bytes:
        proc = subprocess.run(
            [self.node, str(SCRIPT), *args], input=data, capture_output=True, timeout=120,
            check=False, cwd=HERE,
        )  # fmt: skip
        if proc.returncode != 0:
            raise RuntimeError(proc.stderr.decode(errors="replace").strip())
        return proc.stdout


@pytest.fixture(scope="module")
def typage() -> Typage:
    node = need_tools("node", debs="nodejs (20.19 or newer)")["node"]
    if not (HERE / "node_modules" / "age-encryption" / "package.json").is_file():
        missing_tool("typage in tests/interop/node_modules (make interop installs it)", "npm")
    return Typage(node)


def test_typage_keys_read_as_vigil_reads_them(typage: Typage) -> None:
    identity, recipient = typage("keygen").decode().split()
    ours = age.parse_identity(identity)
    assert isinstance(ours, age.HybridIdentity)
    assert str(ours) == identity and str(ours.recipient) == recipient
    mine = age.HybridIdentity.generate()
    assert typage("recipient", str(mine)).decode().strip() == str(mine.recipient)


@pytest.mark.parametrize("size", SIZES)
def test_typage_opens_vigil_hybrid_files(typage: Typage, size: int) -> None:
    identity = age.HybridIdentity.generate()
    data = os.urandom(size)
    for armored in (False, True):
        sealed = age.encrypt(data, [identity.recipient], armored=armored)
        assert typage("decrypt", str(identity), data=sealed) == data


@pytest.mark.parametrize("size", SIZES)
def test_vigil_opens_typage_hybrid_files(typage: Typage, size: int) -> None:
    identity = age.HybridIdentity.generate()
    data = os.urandom(size)
    sealed = typage("encrypt", str(identity.recipient), data=data)
    assert b"\n-> mlkem768x25519 " in sealed
    assert age.decrypt(sealed, [identity]) == data
    with pytest.raises(age.AgeNoMatch):
        age.decrypt(sealed, [age.HybridIdentity.generate()])


def test_several_hybrid_recipients_both_ways(typage: Typage) -> None:
    ids = [age.HybridIdentity.generate() for _ in range(3)]
    recipients = [str(i.recipient) for i in ids]
    theirs = typage("encrypt", *recipients, data=b"to three")
    mine = age.encrypt(b"to three", recipients)
    for identity in ids:
        assert age.decrypt(theirs, [identity]) == b"to three"
        assert typage("decrypt", str(identity), data=mine) == b"to three"


def test_x25519_both_ways(typage: Typage) -> None:
    identity = age.X25519Identity.generate()
    theirs = typage("encrypt", str(identity.recipient), data=b"classic")
    assert age.decrypt(theirs, [identity]) == b"classic"
    assert typage("decrypt", str(identity), data=age.encrypt(b"classic", [identity.recipient]))


def test_typage_refuses_a_damaged_vigil_file(typage: Typage) -> None:
    """The control: typage really checks (a flipped byte in the payload fails)."""
    identity = age.HybridIdentity.generate()
    sealed = bytearray(age.encrypt(b"x" * 100, [identity.recipient]))
    sealed[-3] ^= 1
    with pytest.raises(RuntimeError):
        typage("decrypt", str(identity), data=bytes(sealed))


def _vault_with_a_scan(tmp_path: Path) -> tuple[Any, str, bytes]:
    """A vault (through the CLI) holding a case with an attachment; (cli, case id, scan)."""
    from tests.support.cli import Cli
    from tests.support.vaults import PASSPHRASE

    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(PASSPHRASE + b"\n")
    cli = Cli(vault=tmp_path / "vault", passphrase_file=secret, home=home)
    cli.init()
    case_id = cli("case", "add", "--title", "Interop with typage").last_line
    original = os.urandom(100_000) + b"the end of the scan"
    (tmp_path / "scan.bin").write_bytes(original)
    cli("attach", case_id, str(tmp_path / "scan.bin"))
    return cli, case_id, original


def _exported(cli: Any, tmp_path: Path) -> list[str]:
    exported = tmp_path / "identity.txt"
    cli("identity", "export", "--out", str(exported))
    return [line for line in exported.read_text().splitlines() if line.startswith("AGE-")]


def _stanzas(data: bytes) -> list[str]:
    head = data[: data.index(b"\n---")].decode()
    return [line.split()[1] for line in head.splitlines() if line.startswith("-> ")]


def test_typage_opens_a_vigil_backup_envelopes_and_attachment_with_the_exported_identity(
    typage: Typage, tmp_path: Path
) -> None:
    """The no-lock-in promise with typage: a vault's backup, every envelope in it and an
    attachment stream, all to the vault's hybrid key, open with ``vigil identity export``'s
    hybrid key alone."""
    import io
    import tarfile

    cli, _, original = _vault_with_a_scan(tmp_path)
    hybrid, classic = _exported(cli, tmp_path)
    assert hybrid.startswith("AGE-SECRET-KEY-PQ-1") and classic.startswith("AGE-SECRET-KEY-1")
    backup = tmp_path / "backup.age"
    cli("backup", "--out", str(backup))
    assert set(_stanzas(backup.read_bytes())) == {"mlkem768x25519"}
    with pytest.raises(RuntimeError):  # the X25519 key alone does not open it
        typage("decrypt", classic, data=backup.read_bytes())
    plain = typage("decrypt", hybrid, data=backup.read_bytes())
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        members = {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]
    assert "vigil-backup.json" in members and "vault.header" in members
    (blob,) = [name for name in members if name.startswith("attachments/")]
    assert _stanzas(members[blob]) == ["mlkem768x25519"]
    assert typage("decrypt", hybrid, data=members[blob]) == original
    revisions = [data for name, data in members.items() if name.startswith("revisions/")]
    assert revisions and all(_stanzas(r) == ["mlkem768x25519"] for r in revisions)
    assert all(
        "\n\n\u2014 vigil-device-".encode() in typage("decrypt", hybrid, data=r) for r in revisions
    )


def test_vigil_restores_a_backup_typage_sealed_to_the_vault_hybrid_key(
    typage: Typage, tmp_path: Path
) -> None:
    """The other way: typage opens a backup and seals it again to the vault's hybrid
    recipient (from the exported file's comment); Vigil restores that file, every envelope
    and the attachment checked as always."""
    cli, case_id, _ = _vault_with_a_scan(tmp_path)
    hybrid, _ = _exported(cli, tmp_path)
    text = (tmp_path / "identity.txt").read_text()
    (recipient,) = [
        line.split(": ", 1)[1] for line in text.splitlines()
        if line.startswith("# post-quantum public key: ")
    ]  # fmt: skip
    assert recipient.startswith("age1pq1")
    backup = tmp_path / "backup.age"
    cli("backup", "--out", str(backup))
    resealed = typage(
        "encrypt", recipient, data=typage("decrypt", hybrid, data=backup.read_bytes())
    )
    assert _stanzas(resealed) == ["mlkem768x25519"]
    (tmp_path / "typage.age").write_bytes(resealed)
    restored = tmp_path / "restored"
    cli("--vault", str(restored), "restore", str(tmp_path / "typage.age"),
        "--identity-file", str(tmp_path / "identity.txt"))  # fmt: skip
    cli("--vault", str(restored), "verify")
    shown = cli("--vault", str(restored), "case", "show", case_id).stdout
    assert "Interop with typage" in shown
