"""The outbox and the inbox: folders of envelopes beside the vault.

Pushing and pulling need no vault key, so the periodic sync runs while the vault is locked:

    outbox/<seq>-<revision id>.age    written after each save; pushed; then moved to sent/
    outbox/sent/                      pushed while locked; recorded in the vault at unlock
    outbox/sent/<name>.receipt        the server's receipt for it; checked and kept at unlock
    inbox/<first seq>-<last seq>.page one pulled page of envelopes; merged at the next unlock
    inbox/<server seq>-<sha256>.age   one pulled envelope (written before pages existed)

The database stays the record: a revision not yet pushed is written to the outbox again at
unlock if its file is missing (a crash between commit and file), so nothing is lost between
the two.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.crypto.envelope import MAX_ENVELOPE, Revision
from vigil.crypto.keys import sha256
from vigil.vault import layout
from vigil.vault.files import atomic_write, real_subdir, remove_quietly, vault_subdir
from vigil.vault.store import Vault

OUTBOX = layout.OUTBOX
SENT = layout.OUTBOX_SENT
INBOX = layout.INBOX
# A pulled page is one file, so a page costs one fsync instead of one per envelope (a first
# sync of 20,000 envelopes spent most of its time in fsync). docs/formats.md, "Inbox page".
PAGE_MAGIC = b"vigil-inbox-page/1\n"
PAGE_SUFFIX = layout.INBOX_PAGE_SUFFIX
RECEIPT_SUFFIX = layout.RECEIPT_SUFFIX
MAX_RECEIPT_FILE = 256 * 1024  # a receipt and its key chain are about 1 KiB
PAGE_BYTES = 32 * 1024 * 1024  # a larger page is written as several files
MAX_PAGE_FILE = PAGE_BYTES + MAX_ENVELOPE + 4096  # what reading one accepts

if TYPE_CHECKING:
    from vigil.sync.client import Pulled


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


def keep_local(vault: Vault) -> None:
    """Mark every revision made so far as pushed: at enrolment, what was encrypted to this
    vault alone stays local (the current state is saved again, for HQ too)."""
    vault.mark_pushed()


def drop_queue(vault_dir: Path) -> int:
    """Take the queued envelope files out of the outbox (a vault enrolling again: its old
    device's envelopes are not the new device's to push). They are copies: every revision
    stays in the vault's database. Returns how many files went."""
    folder = outbox_dir(vault_dir)
    dropped = 0
    for sub in (folder, folder / SENT):
        if not real_subdir(sub):
            continue
        for path in sub.glob("*.age"):
            remove_quietly(path)
            dropped += 1
        for path in sub.glob("*" + RECEIPT_SUFFIX):
            remove_quietly(path)
    return dropped


def reconcile(vault: Vault) -> int:
    """At unlock: record what was pushed while locked; re-queue unpushed revisions whose file
    is missing. Returns how many revisions wait to be pushed."""
    folder = outbox_dir(vault.path)
    real_subdir(folder)
    sent = [p for p in (folder / SENT).glob("*.age")] if real_subdir(folder / SENT) else []
    ids = [p.name.split("-", 1)[1].removesuffix(".age") for p in sent]
    if ids:
        _keep_receipts(vault, sent, ids)
        vault.mark_pushed(ids)
        for path in sent:
            remove_quietly(path)
    queued = {p.name for p in folder.glob("*.age")}
    waiting = vault.unpushed()
    for rev in waiting:
        if _name(rev.id, rev.seq) not in queued:
            atomic_write(folder / _name(rev.id, rev.seq), rev.envelope)
    return len(waiting)


def write_receipt(path: Path, envelope: bytes, receipt: dict[str, Any], chain: list[Any]) -> None:
    """Keep the server's receipt for the queued envelope at ``path`` in sent/, unchecked."""
    from vigil.evidence.receipts import file_body

    name = path.with_suffix(RECEIPT_SUFFIX).name
    atomic_write(path.parent / SENT / name, file_body(sha256(envelope).hex(), receipt, chain))


def _keep_receipts(vault: Vault, sent: list[Path], ids: list[str]) -> None:
    from vigil.evidence.receipts import keep

    for path, rev_id in zip(sent, ids, strict=True):
        receipt = path.with_suffix(RECEIPT_SUFFIX)
        try:
            # Not through a link, and never more than any receipt file is: anyone who can
            # write the folder could plant one.
            fd = os.open(receipt, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
            with os.fdopen(fd, "rb") as file:
                raw = file.read(MAX_RECEIPT_FILE + 1)[: MAX_RECEIPT_FILE + 1]
            envelope = path.read_bytes()
        except OSError:
            continue  # pushed by a Vigil before receipts, or by a server without them
        if len(raw) > MAX_RECEIPT_FILE:
            raw = b"{}"  # refused by keep() like any malformed receipt, and named
        keep(vault, rev_id, envelope, raw)
        remove_quietly(receipt)


def queued(vault_dir: Path) -> list[Path]:
    folder = outbox_dir(vault_dir)
    return sorted(folder.glob("*.age")) if real_subdir(folder) else []


def mark_sent(paths: list[Path]) -> None:
    for path in paths:
        os.replace(path, path.parent / SENT / path.name)


def inbox(vault_dir: Path) -> list[Path]:
    """Pulled pages and single envelopes, oldest first (names start with the server seq)."""
    folder = inbox_dir(vault_dir)
    if not real_subdir(folder):
        return []
    return sorted([*folder.glob("*.age"), *folder.glob(f"*{PAGE_SUFFIX}")])


def write_page(vault_dir: Path, items: Sequence[Pulled]) -> None:
    """Keep one pulled page durably: one file (a few for a page over PAGE_BYTES), each written
    and flushed once. The caller moves the cursor only after this returns."""
    start, size = 0, 0
    for end, item in enumerate(items):
        if end > start and size + len(item.envelope) > PAGE_BYTES:
            _write_page_file(vault_dir, items[start:end])
            start, size = end, 0
        size += len(item.envelope)
    if items[start:]:
        _write_page_file(vault_dir, items[start:])


def _write_page_file(vault_dir: Path, items: Sequence[Pulled]) -> None:
    parts = [PAGE_MAGIC]
    for item in items:
        # The server's acceptance time, when it sent one: the seizure check uses it (merge.py).
        when = f" {item.received_at}" if item.received_at else ""
        parts.append(f"{item.seq} {item.sha256} {len(item.envelope)}{when}\n".encode())
        parts.append(item.envelope)
    name = f"{items[0].seq:012d}-{items[-1].seq:012d}{PAGE_SUFFIX}"
    atomic_write(vault_subdir(vault_dir, INBOX) / name, b"".join(parts))


class DamagedPage(ValueError):
    """An inbox page that does not parse or whose envelopes do not match their hashes."""


def read_page(data: bytes) -> list[bytes]:
    """The envelopes of one page, each checked against the hash the server sent with it."""
    return [envelope for envelope, _when in page_entries(data)]


def page_entries(data: bytes) -> list[tuple[bytes, str]]:
    """The envelopes of one page with the server's acceptance time of each ("" if none)."""
    if not data.startswith(PAGE_MAGIC):
        raise DamagedPage("not an inbox page")
    out: list[tuple[bytes, str]] = []
    pos = len(PAGE_MAGIC)
    while pos < len(data):
        end = data.find(b"\n", pos, pos + 128)
        if end < 0:
            raise DamagedPage("a line of the page is cut or too long")
        fields = data[pos:end].split(b" ")
        if len(fields) not in (3, 4) or not fields[0].isdigit() or not fields[2].isdigit():
            raise DamagedPage("a line of the page is malformed")
        when = fields[3].decode("ascii", "replace") if len(fields) == 4 else ""
        size = int(fields[2])
        body = data[end + 1 : end + 1 + size]
        if len(body) != size or hashlib.sha256(body).hexdigest().encode() != fields[1]:
            raise DamagedPage("an envelope of the page is cut or does not match its hash")
        out.append((body, when))
        pos = end + 1 + size
    return out


def read_inbox_file(path: Path) -> list[tuple[bytes, str]]:
    """The envelopes of one inbox file: a page's, or the one of a single envelope file. Read
    without following a link and never past the largest such file (formats.md §7.1). Raises
    OSError (a link, too large, unreadable) or DamagedPage."""
    limit = MAX_PAGE_FILE if path.suffix == PAGE_SUFFIX else MAX_ENVELOPE
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as file:
        data = file.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{path.name} is larger than any inbox file")
    return page_entries(data) if path.suffix == PAGE_SUFFIX else [(data, "")]
