"""Shared pieces of the escrow tests."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import Cli
from tests.support.vaults import PASSPHRASE

SECRET_TITLE = "Escrowed case: Айгерім at the checkpoint"


NEW_PASSPHRASE = b"a brand new passphrase after the loss"


def _field(tmp_path: Path, hq: Cli, name: str) -> tuple[Cli, str, str]:
    home = tmp_path / name / "home"
    (home / "tmp").mkdir(parents=True)
    secret = tmp_path / name / "passphrase.txt"
    secret.write_bytes(PASSPHRASE + b"\n")
    cli = Cli(vault=tmp_path / name / "vault", passphrase_file=secret, home=home)
    recovery_key = cli.init()
    device_id = cli("sync", "enrol", hq("hq", "enrol-code").last_line).last_line
    return cli, device_id, recovery_key
