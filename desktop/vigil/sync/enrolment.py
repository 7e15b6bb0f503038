"""What enrolment pinned, kept inside the encrypted vault: the server, its key, the HQ keys.

A small module with no network code, so that asking "is this vault enrolled?" (every unlock,
every command) costs no import of the sync client.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vigil.crypto.errors import IntegrityError, VigilError
from vigil.vault import merge
from vigil.vault.keyring_id import keyring_id
from vigil.vault.store import Vault

if TYPE_CHECKING:
    from vigil.sync.credentials import CredentialStore, DeviceCredential

META_KEY = "sync"


class CredentialMissing(VigilError):
    """Enrolled, but this computer's keyring has no credential for this folder (a reset
    keyring, a folder carried to another computer): a new enrolment is the way out."""

    exit_code = 2

    def __init__(self, cfg: SyncConfig) -> None:
        lost = (
            f"This vault was enrolled with {cfg.org or cfg.url} as device {cfg.device_id}, but "
            "this computer's keyring has no sync credential for it (the keyring was reset, or "
            "the vault folder came from another computer)."
        )
        if cfg.role == "hq":
            way_out = (
                " Make a new admin code on the server ('vigil-server admin-code') and run "
                "'vigil hq init --again CODE': the desk becomes a new device with the same HQ "
                "keys, and revokes the old one."
            )
        else:
            way_out = (
                " Ask HQ for a new enrolment code and run 'vigil sync enrol --again CODE': the "
                "vault becomes a new device, and HQ revokes the old one "
                f"('vigil hq revoke {cfg.device_id}')."
            )
        super().__init__(lost + way_out)


class NotEnrolled(VigilError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__("This vault is not enrolled with an HQ server; use 'vigil sync enrol'.")


@dataclass(frozen=True)
class SyncConfig:
    """What enrolment pinned, kept inside the encrypted vault."""

    url: str
    pin: str
    role: str
    org: str
    device_id: str
    hq_age: tuple[str, ...]
    hq_ed25519: tuple[str, ...]  # base64
    label: str = ""  # what HQ named this device in its code (shown by 'vigil sync status')
    # SHA-256 of the server's receipt keys: the one the code carried, and those a verified
    # rotation added (evidence/receipts.py). Empty for codes made before receipts.
    receipt_keys: tuple[str, ...] = ()

    @property
    def hq_keys(self) -> frozenset[bytes]:
        return frozenset(base64.b64decode(k) for k in self.hq_ed25519)


def config(vault: Vault) -> SyncConfig | None:
    raw = vault.get_meta(META_KEY)
    if raw is None:
        return None
    data = json.loads(raw)
    return SyncConfig(
        data["url"],
        data["pin"],
        data["role"],
        data["org"],
        data["device_id"],
        tuple(data["hq_age"]),
        tuple(data["hq_ed25519"]),
        str(data.get("label") or ""),  # absent before labels were kept
        tuple(data.get("receipt_keys") or ()),  # absent before receipts
    )


def is_enrolled(vault: Vault) -> bool:
    return vault.get_meta(META_KEY) is not None


def store_config(vault: Vault, cfg: SyncConfig) -> None:
    vault.set_meta(META_KEY, json.dumps(dataclasses.asdict(cfg)))


def trust(
    cfg: SyncConfig, vault: Vault | None = None, accepted: dict[str, str] | None = None
) -> merge.Trust:
    """Whose revisions merge; on the HQ desk (given its vault) with the seized devices' keys
    and, where known, the server's acceptance time of each revision (``accepted``)."""
    seized: dict[bytes, str] = {}
    if vault is not None and cfg.role == "hq":
        from vigil.sync.seized import seized_keys

        seized = seized_keys(vault)
    return merge.Trust(
        hq_keys=cfg.hq_keys, first_use=cfg.role == "hq", seized=seized,
        accepted=accepted if accepted is not None else {},
    )


def credential_for(vault: Vault, store: CredentialStore) -> DeviceCredential:
    """The keyring's credential for this vault, checked against what the vault pinned."""
    cfg = config(vault)
    if cfg is None:
        raise NotEnrolled()
    cred = store.load(keyring_id(vault.path, vault.header.vault_id))
    if cred is None:
        raise CredentialMissing(cfg)
    # The keyring is outside the vault: check it against what the vault pinned.
    if (cred.url, cred.pin, cred.device_id) != (cfg.url, cfg.pin, cfg.device_id):
        raise IntegrityError("The keyring's sync credential differs from what this vault pinned.")
    pinned = tuple(base64.b64decode(k) for k in cfg.hq_ed25519)
    if not cred.hq_ed25519:
        # Enrolled before the keyring carried the HQ keys: copy them from the vault, so that a
        # signed wipe order can be checked while the vault is locked.
        cred = dataclasses.replace(cred, hq_ed25519=pinned)
        store.save(cred)
    elif cred.hq_ed25519 != pinned:
        raise IntegrityError("The keyring's HQ keys differ from the ones this vault pinned.")
    return cred
