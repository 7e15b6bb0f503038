"""Wipe: destroy a vault, and only a vault, keys first (docs/formats.md §3.3).

A folder is wiped only if its ``vault.header`` is a Vigil header (or the tombstone of an
earlier wipe); anything else is refused before a byte is touched. Inside, only the names that
vault/layout.py declares are destroyed; anything else is not Vigil's, so it is left and named.

The order, for when time is short (a door being broken down, a battery pulled):

1. The header is overwritten in place by a **tombstone** of the same length: a magic, the vault
   id and random bytes. From then on neither the passphrase nor the recovery key opens anything
   (the wrapped master key is gone), and the folder is still recognised as a vault being wiped,
   so a wipe interrupted at any later point is finished by running it again. The other wrapped
   copies of the master key (a pending header, the escrow wrap, a header rewrite's temporary
   file) go next.
2. The keyring entries of this folder (remembered key, sync credential); one that could not be
   removed is reported, never skipped silently.
3. Decrypted copies opened in other programs, the only plaintext: before the database.
4. The database, then envelopes and attachments, then the small state files; each file on its
   own (one failure does not stop the rest), overwritten in fixed-size chunks, never through
   a link (vault/shred.py). Then the folders, children first.
5. Settings and logs outside the vault (files the caller names).
6. The tombstone, last, then the folder itself if nothing foreign is left in it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vigil.crypto import header as header_format
from vigil.crypto.errors import IntegrityError, VigilError
from vigil.vault import layout, scratch
from vigil.vault.files import fsync_dir, own_folders
from vigil.vault.keyring_id import keyring_id
from vigil.vault.shred import destroy_file

log = logging.getLogger(__name__)

TOMBSTONE_MAGIC = b"VIGILWPD"
TOMBSTONE_VERSION = b"\x00\x01\x00\x00"
_ID = slice(12, 28)  # the vault id sits where the header keeps it (formats.md §4.1)
_READ_LIMIT = 64 * 1024


class NotAVault(VigilError):
    """The folder holds no vault: a bad argument (exit 2); nothing was touched."""

    exit_code = 2


class NotAVaultHeader(IntegrityError):
    """``vault.header`` is there but is not a Vigil header (exit 4); nothing was touched."""


class VaultWiped(IntegrityError):
    """The header is a wipe's tombstone: this vault opens with nothing any more."""


def is_tombstone(data: bytes) -> bool:
    return data.startswith(TOMBSTONE_MAGIC) and len(data) >= _ID.stop


def tombstone(vault_id: bytes, size: int) -> bytes:
    body = TOMBSTONE_MAGIC + TOMBSTONE_VERSION + vault_id
    return body + os.urandom(max(0, size - len(body)))


@dataclass
class WipeReport:
    folder: Path
    keys_destroyed: bool = False  # no header, passphrase or recovery key opens anything
    left: list[Path] = field(default_factory=list)  # Vigil's, but could not be removed
    foreign: list[Path] = field(default_factory=list)  # not Vigil's: left alone
    keyring_failures: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Nothing of the vault remains (foreign files are not the vault)."""
        return self.keys_destroyed and not self.left and not self.keyring_failures


# Never through a link; and never blocking on a fifo planted where a file is expected.
_OPEN_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def _read_nofollow(path: Path) -> bytes:
    fd = os.open(path, os.O_RDONLY | _OPEN_FLAGS)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError("not a regular file")
        return os.read(fd, _READ_LIMIT)
    finally:
        os.close(fd)


def check_wipeable(vault_dir: Path) -> bytes | None:
    """The vault id of the vault in ``vault_dir``, or None for an empty folder (what the very
    last step of an interrupted wipe leaves). Raises NotAVault or NotAVaultHeader for
    anything else, having touched nothing."""
    try:
        info = os.lstat(vault_dir)
    except FileNotFoundError:
        raise NotAVault(f"There is no vault in {vault_dir}; nothing was deleted.") from None
    if stat.S_ISLNK(info.st_mode):
        raise NotAVault(
            f"{vault_dir} is a link; wipe does not follow links. Give the folder it points to."
        )
    if not stat.S_ISDIR(info.st_mode):
        raise NotAVault(f"{vault_dir} is not a folder; nothing was deleted.")
    header = vault_dir / layout.HEADER
    if not os.path.lexists(header):
        if not os.listdir(vault_dir):
            return None
        raise NotAVault(
            f"{vault_dir} holds no {layout.HEADER}, so it is not a Vigil vault; wipe deletes "
            "nothing in it."
        )
    try:
        data = _read_nofollow(header)
    except OSError:
        raise NotAVaultHeader(
            f"{header} is not a readable file (a link, a folder or unreadable); nothing was "
            "deleted."
        ) from None
    if is_tombstone(data):
        return data[_ID]
    if data.startswith(header_format.MAGIC) and len(data) in (
        header_format.HEADER_LEN,
        header_format.EXT_HEADER_LEN,
    ):
        # A Vigil header, even one whose checksum no longer matches (a damaged vault is
        # still a vault its owner may need to destroy).
        return data[_ID]
    raise NotAVaultHeader(
        f"{header} is not a Vigil vault header, so {vault_dir} is not a vault; nothing was deleted."
    )


def _bury_header(header: Path, vault_id: bytes) -> None:
    """Overwrite the header in place (every name of the file sees it) by the tombstone."""
    fd = os.open(header, os.O_WRONLY | _OPEN_FLAGS)
    try:
        size = os.fstat(fd).st_size
        data = tombstone(vault_id, size)
        view = memoryview(data)
        offset = 0
        while offset < len(view):
            offset += os.pwrite(fd, view[offset:], offset)
        os.fsync(fd)
    finally:
        os.close(fd)


def _destroy(path: Path, report: WipeReport, even_if_linked: bool = False) -> None:
    try:
        destroy_file(path, even_if_linked)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("wipe: could not remove a file (%s)", type(exc).__name__)
        report.left.append(path)


def _destroy_keys(vault_dir: Path, vault_id: bytes, report: WipeReport) -> None:
    header = vault_dir / layout.HEADER
    try:
        _bury_header(header, vault_id)
        report.keys_destroyed = True
    except OSError as exc:
        log.warning("wipe: could not overwrite the header (%s)", type(exc).__name__)
        report.left.append(header)
    for found in layout.scan(vault_dir):
        if found.role is layout.Role.KEY and found.path != header and not found.is_dir:
            before = len(report.left)
            _destroy(found.path, report, even_if_linked=True)
            if len(report.left) > before:
                report.keys_destroyed = False
    with contextlib.suppress(OSError):
        fsync_dir(vault_dir)


def _forget(name: str, forget_secrets: Callable[[str], None], report: WipeReport) -> None:
    try:
        forget_secrets(name)
    except VigilError as exc:
        report.keyring_failures.append(str(exc))
    except Exception as exc:  # a dead keyring must not stop the rest
        report.keyring_failures.append(f"the keyring failed ({type(exc).__name__})")


def _destroy_contents(vault_dir: Path, report: WipeReport) -> None:
    header = vault_dir / layout.HEADER
    found = layout.scan(vault_dir)
    report.foreign = [f.path for f in found if f.role is None]
    for role in layout.WIPE_ORDER:
        for entry in found:
            if entry.role is role and not entry.is_dir and entry.path != header:
                _destroy(entry.path, report)
    holding = {parent for path in report.foreign for parent in path.parents}
    for entry in found:  # children come before their folder in the scan
        if entry.role is not None and entry.is_dir and entry.path not in holding:
            try:
                os.rmdir(entry.path)
            except FileNotFoundError:
                pass
            except OSError:
                report.left.append(entry.path)


def _destroy_also(also: tuple[Path, ...], report: WipeReport) -> None:
    for path in also:
        _destroy(path, report)


def _remove_own_folders(held: tuple[Path, ...]) -> None:
    """Vigil's own default folders that held what was destroyed, if nothing else is in them;
    never a folder the person chose (files.own_folders)."""
    for folder in own_folders():
        if any(folder in path.parents for path in held):
            with contextlib.suppress(OSError):  # not empty: something else lives there
                os.rmdir(folder)


def wipe_vault(
    vault_dir: Path,
    forget_secrets: Callable[[str], None] | None = None,
    also: tuple[Path, ...] = (),
) -> WipeReport:
    """Destroy the vault in ``vault_dir`` (the order is in this module's docstring).
    ``forget_secrets(keyring id)`` removes this folder's keyring entries (vault/keyring_id.py:
    a restored copy's are not the original's) and raises if it could not;
    ``also`` names Vigil's own files outside the vault (settings, logs). Raises NotAVault or
    NotAVaultHeader, touching nothing, when the folder is not a vault."""
    vault_id = check_wipeable(vault_dir)
    report = WipeReport(vault_dir)
    if vault_id is not None:
        name = keyring_id(vault_dir, vault_id)  # read before the state files go
        _destroy_keys(vault_dir, vault_id, report)
        if forget_secrets is not None:
            _forget(name, forget_secrets, report)
    else:
        report.keys_destroyed = True
    report.left += scratch.wipe(vault_dir).left  # the plaintext copies, before the database
    _destroy_contents(vault_dir, report)
    _destroy_also(also, report)
    if report.complete:  # else the tombstone stays, so that wipe can be run again
        # Unlinked, not overwritten: the tombstone holds no secret, and a wipe killed here
        # must still find it (overwritten, it would be a header that is nobody's).
        try:
            os.unlink(vault_dir / layout.HEADER)
        except FileNotFoundError:
            pass
        except OSError:
            report.left.append(vault_dir / layout.HEADER)
        if not report.foreign:
            try:
                os.rmdir(vault_dir)
                fsync_dir(vault_dir.parent)
            except OSError:
                report.left.append(vault_dir)
        _remove_own_folders((vault_dir / layout.HEADER, *also))
    log.warning("vault wiped" if report.complete else "wipe incomplete")
    return report
