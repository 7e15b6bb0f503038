"""A backup says how far it got and can be stopped (the app's Back up… shows a bar and a
Cancel button): the counts grow to the total of envelopes and attachment bytes; stopping
leaves nothing at the chosen place or beside it, and a file already there is untouched."""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import pytest

from tests.support.vaults import PASSPHRASE
from vigil.crypto import age
from vigil.crypto.errors import VigilError
from vigil.vault.backup import restore_backup, write_backup
from vigil.vault.store import Vault


class Stop(Exception):
    pass


def _with_attachment(vault: Vault, tmp_path: Path, size: int) -> None:
    case = vault.save("case", {"title": "Progress"}).item
    source = tmp_path / "evidence.bin"
    source.write_bytes(os.urandom(size))
    vault.add_attachment(case, source)
    source.unlink()


def test_progress_grows_to_the_total_and_the_backup_restores(vault: Vault, tmp_path: Path) -> None:
    _with_attachment(vault, tmp_path, 600_000)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "out" / "vault.backup"
    out.parent.mkdir()
    write_backup(vault, out, lambda done, total: seen.append((done, total)))
    totals = {total for _done, total in seen}
    assert len(totals) == 1
    (total,) = totals
    blob_bytes = sum(p.stat().st_size for p in (vault.path / "attachments").glob("*.age"))
    envelope_bytes = sum(len(data) for _, data in vault.envelopes())
    assert total == blob_bytes + envelope_bytes and blob_bytes >= 600_000
    dones = [done for done, _total in seen]
    assert dones == sorted(dones) and dones[0] == 0 and dones[-1] == total
    # read in chunks: a large attachment reports many times, so Cancel is heard within it
    assert len(seen) > 5
    identity = str(vault.identity.hybrid_identity)  # a new vault's backup is hybrid
    # Each member is a plain file of the person's alone, with no owner's name or number.
    plain = age.decrypt(out.read_bytes(), [identity])
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        members = tar.getmembers()
    assert len(members) == 2 + len(list(vault.envelopes())) + 1
    assert {(m.mode, m.uid, m.gid, m.uname, m.gname) for m in members} == {(0o600, 0, 0, "", "")}
    restored = restore_backup(
        out, tmp_path / "restored", identity, lambda h: h.unwrap_with_passphrase(PASSPHRASE)
    )
    with restored:
        assert [c.payload["title"] for c in restored.items("case")] == ["Progress"]


def test_stopping_leaves_nothing_and_keeps_an_older_file(vault: Vault, tmp_path: Path) -> None:
    _with_attachment(vault, tmp_path, 600_000)
    folder = tmp_path / "usb"
    folder.mkdir()
    out = folder / "vault.backup"
    out.write_bytes(b"last week's backup")

    def stop_halfway(done: int, total: int) -> None:
        if done > total // 2:
            raise Stop()

    with pytest.raises(Stop):
        write_backup(vault, out, stop_halfway)
    assert out.read_bytes() == b"last week's backup"
    assert sorted(p.name for p in folder.iterdir()) == ["vault.backup"]


def test_a_locked_vault_writes_no_backup(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "vault.backup"
    vault.close()
    with pytest.raises(Exception, match="locked"):
        write_backup(vault, out)
    assert list(tmp_path.glob("*backup*")) == []


@pytest.mark.parametrize("grows", [True, False])
def test_an_attachment_that_changes_while_the_backup_is_written_stops_it(
    vault: Vault, tmp_path: Path, grows: bool
) -> None:
    """The manifest signs each attachment's size before the tar is written: a file that grew
    or shrank since would make a backup that no restore accepts, so none is written."""
    _with_attachment(vault, tmp_path, 100_000)
    (blob,) = (vault.path / "attachments").glob("*.age")
    size = blob.stat().st_size

    def change_it(done: int, total: int) -> None:
        if done and blob.stat().st_size == size:  # the manifest is written: change the file
            os.chmod(blob, 0o600)
            if grows:
                with open(blob, "ab") as handle:
                    handle.write(b"x")
            else:
                os.truncate(blob, size - 1)

    out = tmp_path / "usb" / "vault.backup"
    out.parent.mkdir()
    with pytest.raises(VigilError, match=f"Attachment {blob.name[:12]} changed while the backup"):
        write_backup(vault, out, change_it)
    assert blob.stat().st_size == size + (1 if grows else -1)
    assert list(out.parent.iterdir()) == []
