"""The outbox and the inbox: folders of envelopes beside the vault.

Pushing and pulling need no vault key, so the periodic sync runs while the vault is locked:

    outbox/<seq>-<revision id>.age    written after each save; pushed; then moved to sent/
    outbox/sent/                      pushed while locked; recorded in the vault at unlock
    inbox/<server seq>-<sha256>.age   pulled; merged into the vault at the next unlock

The database stays the record: a revision not yet pushed is written to the outbox again at
unlock if its file is missing (a crash between commit and file), so nothing is lost between
the two.
"""

from __future__ import annotations

import os
from pathlib import Path

from vigil.crypto.envelope import MAX_ENVELOPE, Revision
from vigil.vault import db, layout
from vigil.vault.files import atomic_write, real_subdir, remove_quietly, vault_subdir
from vigil.vault.store import Vault

OUTBOX = layout.OUTBOX
SENT = layout.OUTBOX_SENT
INBOX = layout.INBOX


def outbox_dir(vault_dir: Path) -> Path:
    return vault_dir / OUTBOX


def inbox_dir(vault_dir: Path) -> Path:
    return vault_dir / INBOX


def _name(rev_id: str, seq: int) -> str:
    return f"{seq:012d}-{rev_id}.age"


def attach(vault: Vault) -> None:
    """Write every new revision of this vault to the outbox from now on."""
    folder = vault_subdir(vault.path, OUTBOX)
    vault_subdir(folder, SENT)
    vault_subdir(vault.path, INBOX)

    def write(saved: list[Revision]) -> None:
        for rev in saved:
            atomic_write(folder / _name(rev.id, rev.seq), rev.envelope)

    vault.saved_hooks.append(write)


def reconcile(vault: Vault) -> int:
    """At unlock: record what was pushed while locked; re-queue unpushed revisions whose file
    is missing. Returns how many revisions wait to be pushed."""
    folder = outbox_dir(vault.path)
    real_subdir(folder)
    sent = [p for p in (folder / SENT).glob("*.age")] if real_subdir(folder / SENT) else []
    ids = [p.name.split("-", 1)[1].removesuffix(".age") for p in sent]
    if ids:
        with db.transaction(vault.conn, vault._lock) as conn:
            conn.executemany("UPDATE revisions SET pushed = 1 WHERE id = ?", [(i,) for i in ids])
        for path in sent:
            remove_quietly(path)
    queued = {p.name for p in folder.glob("*.age")}
    waiting = 0
    own = vault.device.hex()
    rows = vault.conn.execute(
        "SELECT id, seq, envelope FROM revisions WHERE pushed = 0 AND device = ?", (own,)
    ).fetchall()
    for rev_id, seq, data in rows:
        waiting += 1
        if _name(rev_id, seq) not in queued:
            atomic_write(folder / _name(rev_id, seq), bytes(data))
    return waiting


def queued(vault_dir: Path) -> list[Path]:
    folder = outbox_dir(vault_dir)
    return sorted(folder.glob("*.age")) if real_subdir(folder) else []


def mark_sent(paths: list[Path]) -> None:
    for path in paths:
        os.replace(path, path.parent / SENT / path.name)


def read_envelope(path: Path) -> bytes:
    """One envelope file, read without following a link and never past the largest envelope
    there can be (formats.md §7.1): a planted 1 GiB file is refused, not loaded."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as file:
        data = file.read(MAX_ENVELOPE + 1)
    if len(data) > MAX_ENVELOPE:
        raise OSError(f"{path.name} is larger than any envelope")
    return data


def inbox(vault_dir: Path) -> list[Path]:
    folder = inbox_dir(vault_dir)
    return sorted(folder.glob("*.age")) if real_subdir(folder) else []
