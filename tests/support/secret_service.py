"""What the Secret Service fixture hands a test."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class SecretServiceSession:
    base: Path
    home: Path  # everything the daemons write is under here
    env: dict[str, str]  # the full environment, for subprocesses such as secret-tool
    login_password: str
