"""Scanning the files a run wrote, for the plaintext scans."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path


def snapshot(root: Path) -> dict[Path, tuple[int, int]]:
    """Every regular file under root with its (mtime_ns, size); unreadable parts skipped."""
    files: dict[Path, tuple[int, int]] = {}
    for folder, _, names in os.walk(root, onerror=lambda _: None):
        for name in names:
            path = Path(folder) / name
            try:
                info = path.lstat()
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode):
                files[path] = (info.st_mtime_ns, info.st_size)
    return files


def files_under(root: Path) -> Iterator[Path]:
    return (p for p in root.rglob("*") if p.is_file() and not p.is_symlink())
