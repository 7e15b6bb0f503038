"""A rekey refreshes the quick-unlock entry in a real keyring (gnome-keyring on its own bus):
the remembered master key is the new one, so ``--keyring`` keeps working and the old key,
wherever a copy of it went, opens nothing."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import Cli
from vigil.remember import _username
from vigil.sync.credentials import SERVICE, KeyringStore
from vigil.vault.store import read_header


def _remembered(cli: Cli) -> bytes:
    name = _username(read_header(cli.vault).vault_id.hex())
    secret = KeyringStore()._backend().get_password(SERVICE, name)
    assert secret is not None
    return base64.b64decode(secret)


@pytest.mark.usefixtures("floor_kdf")
def test_a_rekey_refreshes_the_remembered_key(
    cli: Cli, secret_service: Any, tmp_path: Path
) -> None:
    cli.init()
    case_id = cli("case", "add", "--title", "Quick unlock").last_line
    cli("remember")
    old = _remembered(cli)
    new_file = tmp_path / "new.txt"
    new_file.write_bytes(b"a new passphrase, long enough\n")
    cli("passwd", "--rekey", "--new-passphrase-file", str(new_file))
    assert _remembered(cli) != old
    assert case_id in cli("--keyring", "case", "list", passphrase=False).stdout
