"""``vigil backup`` says what the app's Back up dialog says, from the same sentences
(vault/backup_words.py): which tools open the file, and the X25519 choice's warning."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support.cli import Cli
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto import age
from vigil.vault import backup_words
from vigil.vault.backup import plan, write_backup
from vigil.vault.store import Vault
from vigil.words import fill


def test_backup_says_which_tools_open_it_and_warns_for_x25519(cli: Cli, tmp_path: Path) -> None:
    cli.init()
    plain = cli("backup", "--out", str(tmp_path / "pq.age"))
    assert backup_words.OPENS_HYBRID in plain.stdout
    assert "WARNING" not in plain.stderr
    assert plain.last_line == str(tmp_path / "pq.age")  # the path stays the last line
    old = cli("backup", "--x25519", "--out", str(tmp_path / "x.age"))
    assert f"WARNING: {backup_words.X25519_WARNING}" in old.stderr
    assert backup_words.OPENS_X25519 in old.stdout
    shown = " ".join(cli("backup", "--help").stdout.split())
    assert backup_words.X25519_CHOICE in shown


def test_fill_replaces_each_place_once() -> None:
    # a value holding "%2" (a URL's escape) is not filled again
    assert fill("%1 (%2)", "https://tsa.example/a%2Fb", "x") == "https://tsa.example/a%2Fb (x)"
    assert fill("%2 then %1", "a", "b") == "b then a"
    assert fill("%1 and %3", "a") == "a and %3"


def test_a_backup_that_is_x25519_because_of_an_hq_key_says_so(tmp_path: Path) -> None:
    """Not chosen, not because of the recovery key: an X25519 HQ key pinned at enrolment
    (before HQ's hybrid keys) makes the backup X25519, and that is said, not silent."""
    vault, _ = Vault.create(tmp_path / "v", PASSPHRASE, FAST_KDF)
    with vault:
        hq = age.X25519Identity.generate().recipient
        vault.set_meta("recipients", json.dumps([str(hq)]))
        vault._recipients = None  # read the pinned keys again
        assert plan(vault) == (False, backup_words.HQ_X25519)
        assert plan(vault, True) == (False, backup_words.X25519_WARNING)
        counts = write_backup(vault, tmp_path / "b.age")
    assert counts["warning"] == backup_words.HQ_X25519 and not counts["post_quantum"]
    header = (tmp_path / "b.age").read_bytes().split(b"\n---", 1)[0]
    assert header.count(b"-> X25519 ") == 3 and b"mlkem768x25519" not in header


def test_a_backup_opens_with_each_hq_key_pinned_at_enrolment(tmp_path: Path) -> None:
    """The backup is encrypted to every pinned HQ key, the first as well as the last."""
    for kind in (age.X25519Identity, age.HybridIdentity):
        vault, _ = Vault.create(tmp_path / kind.__name__, PASSPHRASE, FAST_KDF)
        hq = [kind.generate(), kind.generate()]
        with vault:
            vault.set_meta("recipients", json.dumps([str(i.recipient) for i in hq]))
            vault._recipients = None  # read the pinned keys again
            write_backup(vault, tmp_path / f"{kind.__name__}.age")
        sealed = (tmp_path / f"{kind.__name__}.age").read_bytes()
        for identity in hq:
            assert age.decrypt(sealed, [identity]).startswith(b"vigil-backup.json")
