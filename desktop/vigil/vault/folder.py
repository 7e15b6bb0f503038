"""What a vault folder must hold before a vault is made in it, and before one is opened.

A vault is made only in a new or empty folder (a vault made in ~/Documents would take
~/Documents with it at the next wipe), and only ``init`` and ``restore`` make its database: a
folder whose header is there but whose database is not is refused, never given a new, empty
one (docs/formats.md §3.2).
"""

from __future__ import annotations

from pathlib import Path

from vigil.crypto.errors import IntegrityError, VigilError
from vigil.vault import layout


def vault_exists(path: Path) -> bool:
    return (path / layout.HEADER).exists()


class FolderNotEmpty(VigilError):
    """A vault is made only in a new or empty folder (a bad argument: exit 2)."""

    exit_code = 2


# What an interrupted ``create`` can leave (the header is written last): these alone do not
# make a folder "not empty", and create removes them.
_CREATE_LEFTOVERS = frozenset({*layout.DB_FILES, f".{layout.HEADER}.tmp", layout.LOCK})


def check_new_folder(path: Path) -> None:
    """Refuse a folder that holds anything but the leftovers of an interrupted create: a vault
    made in ~/Documents would otherwise take ~/Documents with it at the next wipe."""
    if vault_exists(path):
        raise VigilError(f"A vault already exists in {path}; refusing to overwrite it.")
    if path.is_symlink() or (path.exists() and not path.is_dir()):
        raise FolderNotEmpty(f"{path} is not a folder; give a new or empty folder for the vault.")
    if not path.exists():
        return
    others = []
    for entry in sorted(path.iterdir()):
        if entry.name in _CREATE_LEFTOVERS and entry.is_file() and not entry.is_symlink():
            continue
        empty_folder = entry.is_dir() and not entry.is_symlink() and not any(entry.iterdir())
        if entry.name == layout.ATTACHMENTS and empty_folder:
            continue
        others.append(entry.name)
    if others:
        shown = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
        raise FolderNotEmpty(
            f"The folder {path} is not empty ({shown}); Vigil makes a vault only in a new or "
            "empty folder, so that wiping it can never take anything else with it."
        )


class DatabaseMissing(IntegrityError):
    """The header is there, the database is not: never silently start an empty one."""


def check_database(path: Path) -> None:
    """A vault whose header is on disk must have its database: a missing or empty
    ``vault.db`` is refused (exit 4), never replaced by a new, empty one."""
    db_path = path / layout.DB
    try:
        size = db_path.stat().st_size
    except FileNotFoundError:
        problem = "is missing"
    else:
        if size > 0:
            return
        problem = "is empty"
    raise DatabaseMissing(
        f"The vault database {db_path} {problem}, though the vault's header is there. "
        "Nothing was created or deleted. If you moved vault.db, put it back; otherwise "
        "restore the vault from a backup into a new folder ('vigil restore')."
    )
