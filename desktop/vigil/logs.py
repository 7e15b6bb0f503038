"""Logging that never carries case content.

Log lines carry ids and counts only. Exceptions are logged by type and code location, never by
message: a message may quote the text that failed to parse.
"""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path

from vigil.vault.files import default_log_dir, safe_mkdir

LOG_NAME = "vigil.log"


def setup(level: int = logging.INFO, log_dir: Path | None = None) -> Path:
    folder = safe_mkdir(log_dir or default_log_dir())
    path = folder / LOG_NAME
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger("vigil")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
    return path


def describe_exception(exc: BaseException) -> str:
    """Type and where it was raised: safe to log, unlike the message."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}" for f in reversed(frames[-6:]))
    return f"{type(exc).__name__} at {where}"
