"""What 'vigil sync status', the status line and the Sync panel show: the state file, the
outbox, a few rows of the vault; and whether this computer's keyring lost the vault's
credential. Reading it loads neither the network client nor, until a store is asked, the
keyring, so that the app reads it at unlock without holding up the case list.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vigil.sync import outbox, root_pin
from vigil.sync.enrolment import SyncConfig, config
from vigil.sync.state import load_state
from vigil.vault import merge
from vigil.vault.keyring_id import keyring_id

if TYPE_CHECKING:
    from vigil.sync.credentials import CredentialStore
    from vigil.vault.store import Vault


def credential_gone(vault: Vault, store: CredentialStore) -> SyncConfig | None:
    """What the vault pinned, when it is enrolled but this computer's keyring has no
    credential for its folder (the case 'vigil sync enrol --again' is for); else None."""
    cfg = config(vault)
    if cfg is None or store.load(keyring_id(vault.path, vault.header.vault_id)) is not None:
        return None
    return cfg


def status(vault_dir: Path, vault: Vault | None = None) -> dict[str, Any]:
    state = load_state(vault_dir)
    waiting = outbox.queued(vault_dir)
    size = 0
    for path in waiting:
        with contextlib.suppress(OSError):  # pushed and moved meanwhile
            size += path.stat().st_size
    info: dict[str, Any] = {
        "last_success": state.last_success,
        "last_attempt": state.last_attempt,
        "last_error": state.last_error,
        "pending": len(waiting),
        "pending_bytes": size,
        "cursor": state.cursor,
        "wipe_requested": state.wipe_requested,
    }
    if vault is not None:
        cfg = config(vault)
        info["enrolled"] = cfg is not None
        if cfg is not None:
            info.update(
                url=cfg.url, role=cfg.role, org=cfg.org, device_id=cfg.device_id, label=cfg.label
            )
            held = root_pin.held(vault)
            info.update(hq_root=root_pin.pinned_root(vault) or "",
                        hq_keyset=held.serial if held is not None else 0)  # fmt: skip
        info["conflicts"] = len(merge.conflicts(vault))
        info["integrity_alerts"] = merge.integrity_log(vault, 20)
    return info
