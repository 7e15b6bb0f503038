"""Every path Vigil writes under a vault folder is declared in vault/layout.py.

The operations are the real ones (create, save, attach, enrol, sync rounds through a real
server on loopback TLS, alerts, escrow, backup, an opened copy, lock, unlock again); after
them the folder is scanned and any name the layout does not declare fails the test. Wipe
deletes only declared names, so a name missing here would survive a wipe.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.support.sync import make_field, make_hq
from tests.support.vaults import PASSPHRASE
from vigil.alerts import publish
from vigil.sync import escrow
from vigil.vault import layout, scratch
from vigil.vault.backup import write_backup
from vigil.vault.store import Vault


def _assert_declared(folder: Path) -> set[layout.Role]:
    found = layout.scan(folder)
    stray = [str(f.path.relative_to(folder)) for f in found if f.role is None]
    assert stray == [], f"written under the vault but not declared in vault/layout.py: {stray}"
    return {f.role for f in found if f.role is not None}


def test_real_operations_write_only_declared_names(
    server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)  # opened copies go inside the vault
    hq = make_hq(tmp_path, server.admin_code)
    field = make_field(tmp_path, hq, "field")
    try:
        case_id = field.new_case("Layout")
        field.add_note(case_id, "a note")
        photo = tmp_path / "photo.jpg"
        photo.write_bytes(os.urandom(200_000))
        field.vault.add_attachment(case_id, photo)
        escrow.enable(field.vault, field.store)
        publish.raise_alert(field.vault, case_id, "detained", "please act")
        for _ in range(2):
            assert not field.sync()[0].error
            assert not hq.sync()[0].error
        publish.publish_alert(hq.vault, "urgent", "Stay home today", 2.0)
        assert not hq.sync()[0].error
        assert not field.sync()[0].error
        assert hq.vault.items("attachment")  # the blob came down to the desk
        item = field.vault.items("attachment", case_id)[0]
        copy = scratch.write_copy(field.vault.path, "photo.jpg", lambda h: h.write(b"x"))
        assert copy.is_relative_to(field.vault.path)
        write_backup(field.vault, tmp_path / "field.vigil-backup")
        assert item.id
    finally:
        field.close()
        hq.close()
    reopened = Vault.open(tmp_path / "field", PASSPHRASE)
    reopened.close()
    roles = _assert_declared(tmp_path / "field")
    _assert_declared(tmp_path / "hq")
    # Not vacuous: the scan saw keys, the plaintext copy, the database and content.
    assert {layout.Role.KEY, layout.Role.PLAINTEXT, layout.Role.DATABASE} <= roles
    assert layout.Role.CONTENT in roles and layout.Role.STATE in roles


def test_a_name_the_layout_does_not_declare_is_reported(vault: Vault) -> None:
    (vault.path / "thesis.docx").write_bytes(b"mine")
    (vault.path / "attachments" / "notes.txt").write_bytes(b"mine too")
    (vault.path / "Photos").mkdir()
    (vault.path / "Photos" / "a.jpg").write_bytes(b"jpg")
    (vault.path / "inbox").mkdir()
    os.symlink("/etc", vault.path / "inbox" / "x.age")  # a link is a file here, never followed
    names = sorted(str(p.relative_to(vault.path)) for p in layout.undeclared(vault.path))
    assert names == ["Photos", "attachments/notes.txt", "thesis.docx"]
    scanned = {str(f.path.relative_to(vault.path)) for f in layout.scan(vault.path)}
    assert "Photos/a.jpg" not in scanned  # a foreign folder is named once, not entered
    assert "vault.header" in scanned and "vault.db" in scanned
