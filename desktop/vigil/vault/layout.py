"""The one declaration of what lives in a vault folder (docs/formats.md, "Vault folder").

Every module that writes under the vault folder takes its names from here, and wipe deletes
only what this module declares: a file a person put beside the vault (a thesis in a folder
that was chosen as the vault by mistake) is not Vigil's, so it is left and named. A test runs
the real operations (init, save, attach, sync, backup, lock) and fails when any of them writes
a path that is not declared here.

No Vigil imports: this module is the bottom of the stack, so any module may use it.
"""

from __future__ import annotations

import enum
import fnmatch
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class Role(enum.Enum):
    """What an entry holds; wipe destroys the roles in this order (``WIPE_ORDER``)."""

    KEY = "key"  # a wrapped copy of the master key: gone first, then nothing decrypts
    PLAINTEXT = "plaintext"  # decrypted copies opened in other programs
    DATABASE = "database"  # SQLCipher file and its journals
    CONTENT = "content"  # envelopes and attachment streams (age ciphertext)
    STATE = "state"  # small files with no case data (cursors, counters, lock, marks)


WIPE_ORDER = (Role.KEY, Role.PLAINTEXT, Role.DATABASE, Role.CONTENT, Role.STATE)


@dataclass(frozen=True)
class Entry:
    """A file or folder name (or an ``fnmatch`` pattern, for folder contents)."""

    name: str
    role: Role
    folder: bool = False
    children: tuple[Entry, ...] = ()
    anything_below: bool = False  # a folder whose whole content is Vigil's (scratch copies)

    def matches(self, name: str, is_dir: bool) -> bool:
        if is_dir != self.folder:
            return False
        return fnmatch.fnmatchcase(name, self.name)

    def temp_of(self, name: str) -> bool:
        """``.NAME.tmp`` is what ``atomic_write`` leaves if it dies before its rename."""
        return not self.folder and fnmatch.fnmatchcase(name, f".{self.name}.tmp")


# -- names (the only place these strings are spelled) ------------------------------------------

HEADER = "vault.header"
PENDING_HEADER = "vault.header.pending"  # a new header written before a rekey commits
ESCROW_WRAP = "escrow.wrap"
DB = "vault.db"
DB_WAL = "vault.db-wal"
DB_SHM = "vault.db-shm"
DB_JOURNAL = "vault.db-journal"
DB_FILES = (DB, DB_WAL, DB_SHM, DB_JOURNAL)
MARK = "vault.mark"  # the high-water mark kept outside the database
LOCK = ".lock"
UNLOCK_FAILURES = ".unlock-failures"
SYNC_STATE = "sync-state.json"
KEYRING_ID = "keyring.id"  # names the folder's keyring entries (vault/keyring_id.py)
ALERTS_STATE = "alerts-state.json"
ALERTS_MARKER = "alerts-marker.json"

OPEN_COPIES = ".open"  # "open in another program", when no private runtime folder exists
ATTACHMENTS = "attachments"
ATTACHMENT_SUFFIX = ".age"
OUTBOX = "outbox"
OUTBOX_SENT = "sent"
OUTBOX_BLOBS = "blobs"
OUTBOX_BLOBS_DONE = "done"
INBOX = "inbox"
ALERTS_INBOX = "alerts-inbox"
ALERTS_OUTBOX = "alerts-out"
ALERTS_SENT = "alerts-sent"  # the HQ desk's sealed copies of the notes it signed
QUARANTINE = "quarantine"  # what Vigil refused or could not place; never deleted but by wipe
QUARANTINE_ATTACHMENTS = "attachments"
QUARANTINE_INBOX = "inbox"  # envelopes from outside that were refused, kept as they came
QUARANTINE_SEIZED = "seized"  # a seized device's revisions undone after they merged
INBOX_PAGE_SUFFIX = ".page"  # one pulled page of envelopes (sync/outbox.py)
RECEIPT_SUFFIX = ".receipt"  # a server's receipt beside a sent envelope (sync/outbox.py)

_AGE = "*" + ATTACHMENT_SUFFIX

ENTRIES: tuple[Entry, ...] = (
    Entry(HEADER, Role.KEY),
    Entry(PENDING_HEADER, Role.KEY),
    Entry(ESCROW_WRAP, Role.KEY),
    Entry(OPEN_COPIES, Role.PLAINTEXT, folder=True, anything_below=True),
    *(Entry(name, Role.DATABASE) for name in DB_FILES),
    Entry(
        ATTACHMENTS,
        Role.CONTENT,
        folder=True,
        children=(
            Entry(_AGE, Role.CONTENT),
            Entry(".incoming-*.tmp", Role.CONTENT),  # an encryption under way
            Entry(".download-*.partial", Role.CONTENT),  # a resumable download
            Entry(".bundle-*.partial", Role.CONTENT),  # read from a bundle, not yet kept
        ),
    ),
    Entry(
        OUTBOX,
        Role.CONTENT,
        folder=True,
        children=(
            Entry(_AGE, Role.CONTENT),
            Entry(
                OUTBOX_SENT,
                Role.CONTENT,
                folder=True,
                # A server's receipt for a sent envelope, kept in the vault at unlock.
                children=(Entry(_AGE, Role.CONTENT), Entry("*" + RECEIPT_SUFFIX, Role.STATE)),
            ),
            Entry(
                OUTBOX_BLOBS,
                Role.STATE,
                folder=True,
                children=(
                    Entry("*.json", Role.STATE),
                    Entry(
                        OUTBOX_BLOBS_DONE,
                        Role.STATE,
                        folder=True,
                        children=(Entry("*.ok", Role.STATE),),
                    ),
                ),
            ),
        ),
    ),
    Entry(
        INBOX,
        Role.CONTENT,
        folder=True,
        children=(Entry(_AGE, Role.CONTENT), Entry("*" + INBOX_PAGE_SUFFIX, Role.CONTENT)),
    ),
    Entry(ALERTS_INBOX, Role.CONTENT, folder=True, children=(Entry(_AGE, Role.CONTENT),)),
    Entry(ALERTS_OUTBOX, Role.CONTENT, folder=True, children=(Entry("*.json", Role.CONTENT),)),
    Entry(ALERTS_SENT, Role.CONTENT, folder=True, children=(Entry(_AGE, Role.CONTENT),)),
    # Quarantine holds copies of what came from outside or what no row names; its subfolders
    # are made by the code that refuses things, each one Vigil's alone.
    Entry(QUARANTINE, Role.CONTENT, folder=True, anything_below=True),
    Entry(MARK, Role.STATE),
    Entry(LOCK, Role.STATE),
    Entry(UNLOCK_FAILURES, Role.STATE),
    Entry(SYNC_STATE, Role.STATE),
    Entry(KEYRING_ID, Role.STATE),
    Entry(ALERTS_STATE, Role.STATE),
    Entry(ALERTS_MARKER, Role.STATE),
)


@dataclass(frozen=True)
class Found:
    """A path under the vault folder, as found (never through a symlink)."""

    path: Path
    role: Role | None  # None: not declared (foreign)
    is_dir: bool  # a real folder (a symlink to a folder is not one)


def _match(entries: tuple[Entry, ...], name: str, is_dir: bool) -> Entry | None:
    for entry in entries:
        if entry.matches(name, is_dir) or entry.temp_of(name):
            return entry
    return None


def _lstat_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _walk(folder: Path, entries: tuple[Entry, ...], owned: Role | None) -> Iterator[Found]:
    """Children before their folder, so a caller can remove in the order given."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return
    for name in names:
        path = folder / name
        is_dir = _lstat_dir(path)  # lstat: a symlink is a file here, never followed
        if owned is not None:
            if is_dir:
                yield from _walk(path, (), owned)
            yield Found(path, owned, is_dir)
            continue
        entry = _match(entries, name, is_dir)
        if entry is None:
            yield Found(path, None, is_dir)  # foreign: reported, not descended into
            continue
        if is_dir:
            below = entry.role if entry.anything_below else None
            yield from _walk(path, entry.children, below)
        yield Found(path, entry.role, is_dir)


def scan(vault_dir: Path) -> list[Found]:
    """Every path under ``vault_dir`` (not the folder itself), children before parents.
    A folder that is not declared is listed once, with nothing below it."""
    return list(_walk(vault_dir, ENTRIES, None))


def undeclared(vault_dir: Path) -> list[Path]:
    """What Vigil did not put in the vault folder."""
    return [found.path for found in scan(vault_dir) if found.role is None]
