"""The name under which a vault folder's entries sit in the OS keyring (docs/formats.md,
"Vault folder").

Keyring entries (the sync credential, the remembered key) belong to one folder on one
computer, not to the vault's content: a copy restored from a backup holds the same vault (same
vault id, same keys) but is another device. Named by the vault id alone, wiping a test restore
deleted the original's sync credential. So a restore writes a fresh random id into
``keyring.id``, and the copy's entries never meet the original's. A folder without the file
(every folder ``init`` made, and every one from before the file existed) is named by its vault
id, as before, so nothing already stored moves.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from vigil.vault import layout
from vigil.vault.files import atomic_write

_HEX32 = re.compile(rb"[0-9a-f]{32}\n?")


def stored(vault_dir: Path) -> str | None:
    """The id in ``keyring.id``, or None when there is none (or it is not an id: then the
    folder falls back to its vault id, which is what it was named by before a restore)."""
    try:
        with open(vault_dir / layout.KEYRING_ID, "rb") as handle:
            data = handle.read(64)
    except OSError:
        return None
    return data.strip().decode("ascii") if _HEX32.fullmatch(data) else None


def keyring_id(vault_dir: Path, vault_id: bytes) -> str:
    """The name of this folder's keyring entries (``vault_id``: the header's)."""
    return stored(vault_dir) or vault_id.hex()


def assign_new(vault_dir: Path) -> str:
    """Give a folder (a restore's target) an id of its own, before its header is written."""
    new = os.urandom(16).hex()
    atomic_write(vault_dir / layout.KEYRING_ID, (new + "\n").encode("ascii"))
    return new
