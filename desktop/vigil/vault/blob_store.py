"""The attachment side of the vault: blobs encrypted in, decrypted out, and swept.

Part of ``Vault`` (a mixin): the revisions and the database are the vault's; this module adds
the blob files beside them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from vigil.crypto.envelope import Revision
from vigil.crypto.errors import VigilError
from vigil.vault import attachments, db, layout, quarantine
from vigil.vault.attachments import BLOB_DIR
from vigil.vault.files import folder_lock, fsync_dir, remove_quietly
from vigil.vault.items import Change, Item, new_id
from vigil.vault.merge import log_integrity

log = logging.getLogger("vigil.vault.store")


class AttachmentsMixin:
    """Needs the vault's ``path``, ``conn``, ``_lock``, ``recipients``, ``identities``,
    ``get``, ``_save_in`` and ``_after_save``."""

    path: Path
    conn: Any
    _lock: threading.RLock

    @property
    def recipients(self) -> list[Any]:
        raise NotImplementedError

    @property
    def identities(self) -> list[Any]:
        raise NotImplementedError

    def get(self, item_id: str) -> Item | None:
        raise NotImplementedError

    def _save_in(self, conn: Any, changes: Sequence[Change]) -> list[Revision]:
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _after_save(self, saved: list[Revision]) -> None:
        raise NotImplementedError

    def _reconnect(self) -> None:
        raise NotImplementedError

    def add_attachment(
        self,
        case_id: str,
        source: Path,
        name: str | None = None,
        media_type: str = "",
        progress: Callable[[int], None] | None = None,
        original: str | None = None,
    ) -> Revision:
        """Encrypt a file into the case. ``progress`` gets the bytes read so far and may raise
        to cancel; nothing is kept of a cancelled attachment. ``original``: the attachment this
        one is a redacted or annotated version of; the original stays as it is."""
        if original is not None:
            found = self.get(original)
            if found is None or found.kind != "attachment" or found.case_id != case_id:
                raise VigilError(f"There is no attachment {original} in this case.")
        with folder_lock(self.path, exclusive=False, wait=True):
            return self._add_attachment(case_id, source, name, media_type, progress, original)

    def _add_attachment(
        self,
        case_id: str,
        source: Path,
        name: str | None,
        media_type: str,
        progress: Callable[[int], None] | None,
        original: str | None = None,
    ) -> Revision:
        blob = attachments.encrypt_file(source, self.path / BLOB_DIR, self.recipients, progress)
        payload = {
            "name": name or source.name,
            "media_type": media_type or attachments.guess_type(source.name),
            "size": blob.pt_size,
            "sha256": blob.pt_sha256,
            "blob": blob.ct_sha256,
            "ct_size": blob.ct_size,
            "padded_size": blob.padded_size,
            "padded_sha256": blob.padded_sha256,
            **({"original": original} if original else {}),
        }
        item_id = new_id()
        try:
            with self.transaction() as conn:
                conn.execute(
                    "INSERT INTO blobs (item_id, file, ct_sha256, ct_size) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(file) DO NOTHING",
                    (item_id, blob.file, blob.ct_sha256, blob.ct_size),
                )
                (rev,) = self._save_in(conn, [Change("attachment", payload, item_id, case_id)])
        except BaseException:
            remove_quietly(self.path / BLOB_DIR / blob.file)
            raise
        log.info("saved attachment %s of case %s", item_id, case_id)
        self._after_save([rev])
        return rev

    @db.reads
    def read_attachment(self, item_id: str, writer: Any) -> int:
        item = self.get(item_id)
        if item is None or item.kind != "attachment":
            raise VigilError(f"There is no attachment {item_id} in this vault.")
        file = str(item.payload["blob"]) + attachments.BLOB_SUFFIX
        return attachments.decrypt_blob(
            self.path / BLOB_DIR / file,
            str(item.payload["blob"]),
            str(item.payload.get("sha256", "")),
            self.identities,
            writer,
        )

    @db.reads
    def blob_files(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT file FROM blobs ORDER BY file")]

    def _sweep_orphan_blobs(self) -> list[Path]:
        """Move attachment files that no database row names to ``quarantine/attachments/``
        and say so in the integrity log; never delete them. A crash between writing a blob
        and committing its row leaves one, but so does an older copy of the database put
        back, and then the file is the only copy of someone's evidence. Returns the files
        moved. Only the vault's own temporary files of an interrupted encryption are removed.

        Only while holding the vault's lock file exclusively: another process that is saving
        an attachment holds it shared, and its file must not vanish under it.
        """
        moved: list[Path] = []
        with folder_lock(self.path, exclusive=True, wait=False) as held:
            if not held:
                return moved
            known = set(self.blob_files())
            for entry in sorted((self.path / BLOB_DIR).iterdir()):
                if entry.name in known or entry.is_symlink() or not entry.is_file():
                    continue
                if entry.name.startswith(".incoming-") and entry.name.endswith(".tmp"):
                    remove_quietly(entry)  # our own half-encrypted file of a crashed save
                elif entry.name.endswith(attachments.BLOB_SUFFIX) and entry.name[0] != ".":
                    moved.append(self._quarantine(entry))
                # anything else (a resumable download, a file that is not ours) stays
        if moved:
            names = ", ".join(path.name for path in moved)
            with db.transaction(self.conn, self._lock) as conn:
                log_integrity(
                    conn, "attachment-quarantined",
                    f"{len(moved)} attachment file(s) that no revision names were moved to "
                    f"{layout.QUARANTINE}/{layout.QUARANTINE_ATTACHMENTS}/: {names}",
                )  # fmt: skip
        return moved

    def _quarantine(self, entry: Path) -> Path:
        target = quarantine.keep(self.path, entry, layout.QUARANTINE_ATTACHMENTS)
        fsync_dir(entry.parent)
        log.warning("moved an attachment file no revision names to quarantine")
        return target
