"""The demo vault: the sample case, behind a passphrase that is printed for everyone.

It lives in its own folder (never the real vault's) and uses the KDF floor so that it opens
quickly; it holds only public facts.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import platformdirs

from vigil.cases.transfer import import_document, load_import_file
from vigil.crypto.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams
from vigil.resources import resource
from vigil.vault.files import atomic_write, safe_mkdir
from vigil.vault.store import Vault, vault_exists

DEMO_PASSPHRASE = "vigil demo passphrase"  # noqa: S105 - public by design, shown on screen
SAMPLE_CASE = ("samples", "sample-case.json")


def demo_dir() -> Path:
    env = os.environ.get("VIGIL_DEMO_DIR")
    return Path(env) if env else Path(platformdirs.user_data_dir("vigil", appauthor=False)) / "demo"


def ensure_demo(reset: bool = False) -> tuple[Path, bool]:
    """Create the demo vault if it is missing (or on reset). Return its folder and whether
    it was made now."""
    base = demo_dir()
    vault_path = base / "vault"
    if reset and base.exists():
        shutil.rmtree(base)
    if vault_exists(vault_path):
        return vault_path, False
    safe_mkdir(base)
    vault, _recovery = Vault.create(
        vault_path, DEMO_PASSPHRASE.encode(), KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)
    )
    with vault:
        import_document(vault, load_import_file(resource(*SAMPLE_CASE)))
    atomic_write(base / "passphrase.txt", DEMO_PASSPHRASE.encode() + b"\n")
    return vault_path, True
