"""A device's pin of the HQ root, and the root-signed key set it holds (docs/hq-keys.md §3).

The vault keeps the pinned root fingerprint and the exact bytes of the newest key set it
accepted (sync/root_pin.py). Accepting a newer set makes its keys the only HQ keys this device
trusts and encrypts to: the previous set's signing key is retired for alerts (``retired_key``),
for wipe orders (the keyring credential's HQ keys) and for HQ revisions (the merge's trust),
and its recipients leave every new envelope's audience.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from typing import TYPE_CHECKING

from vigil.crypto import hq_keyset
from vigil.crypto.hq_keyset import KeySetInvalid
from vigil.sync.enrolment import NotEnrolled, SyncConfig, config, store_config
from vigil.sync.root_pin import held, pinned_root, record
from vigil.sync.share import share_current_state
from vigil.vault.keyring_id import keyring_id
from vigil.vault.merge import log_integrity

if TYPE_CHECKING:
    from vigil.sync.credentials import CredentialStore
    from vigil.vault.store import Vault

def accept(vault: Vault, data: bytes, store: CredentialStore | None = None) -> bool:
    """Take a key set; True when it changed this device's HQ keys, False when it is the set
    already held. Raises KeySetInvalid (logged in the integrity log) when it is refused."""
    cfg = config(vault)
    if cfg is None:
        raise NotEnrolled()
    root = pinned_root(vault)
    if root is None:
        raise KeySetInvalid("no_root", "This device has pinned no HQ root: no key set is taken.")
    old = held(vault)
    try:
        ks = hq_keyset.verify(data, root, cfg.org, old)
    except KeySetInvalid as why:
        with vault.transaction() as conn:
            log_integrity(conn, "hq-keys", f"Refused an HQ key set: {why.reason}: {why}")
        raise
    if ks is old:
        return False
    new_key = ks.desk.ed25519
    before = _trusted_hq_keys(vault, cfg)
    new_cfg = dataclasses.replace(
        cfg, hq_age=ks.desk.recipients, hq_ed25519=(base64.b64encode(new_key).decode(),)
    )
    if cfg.role == "hq" and new_key != vault.identity.verify_key_bytes:
        # This desk is no longer HQ's: the root named another desk. It keeps its own keys
        # for its own vault, but says so; whatever it signs now, devices refuse.
        with vault.transaction() as conn:
            log_integrity(
                conn,
                "hq-keys",
                f"The HQ root issued key set {ks.serial} naming another desk: this desk's keys "
                "are retired.",
            )
    else:
        store_config(vault, new_cfg)
        if cfg.role == "hq" and tuple(cfg.hq_age) != ks.desk.recipients:
            # The desk's own envelopes go to the set's keys too: hybrid once it names one.
            vault.set_meta("recipients", json.dumps(list(ks.desk.recipients)))
    record(vault, root, ks.raw)
    _retire(vault, [k for k in before if k != new_key], new_key)
    if cfg.role != "hq":
        if store is not None:
            _update_credential(vault, store, new_key)
        if tuple(cfg.hq_age) != ks.desk.recipients:
            from vigil.alerts.publish import ANNOUNCED

            vault.set_meta("recipients", json.dumps(list(ks.desk.recipients)))
            vault.set_meta(ANNOUNCED, "")  # the new desk learns this device's age key too
            # What waits in the outbox was sealed to the old HQ keys: it stays here, and the
            # current state of every item is saved again for the new ones (a new chain, so
            # the new desk is not left waiting for revisions it cannot open).
            share_current_state(vault)
    with vault.transaction() as conn:
        log_integrity(
            conn,
            "hq-keys",
            f"HQ's keys are now those of the root-signed key set {ks.serial} (issued "
            f"{ks.issued}); earlier HQ keys are refused from now on.",
        )
    return True


def _trusted_hq_keys(vault: Vault, cfg: SyncConfig) -> list[bytes]:
    """Every HQ key this device trusts now: pinned at enrolment, or a rotation's."""
    from vigil.alerts.store import AlertStore

    rows = AlertStore(vault).hq_keys()
    extra = [k for k, status in rows if status == "trusted"]
    return list(dict.fromkeys([*sorted(cfg.hq_keys), *extra]))


def _retire(vault: Vault, old: list[bytes], new: bytes) -> None:
    """Old keys retired in the vault (alerts) and in the state beside it (read while locked)."""
    from vigil.alerts import state
    from vigil.alerts.store import AlertStore, KeyChange

    AlertStore(vault).set_keys(
        [KeyChange(k, "hq", None, None, "retired") for k in old]
        + [KeyChange(new, "hq", None, None, "trusted")]
    )
    st = state.load(vault.path)
    st.rooted = True
    held_set = held(vault)
    if held_set is not None:
        st.post_quantum = (held_set.desk.ed25519, held_set.desk.mldsa65)
    st.keys = [new]
    st.retired = list(dict.fromkeys([*st.retired, *old]))
    state.save(vault.path, st)


def _update_credential(vault: Vault, store: CredentialStore, new_key: bytes) -> None:
    """The keyring's HQ keys check wipe orders while the vault is locked: the new set's key
    only, so that a wipe order signed by the old desk is refused."""
    cred = store.load(keyring_id(vault.path, vault.header.vault_id))
    if cred is None:
        return  # credential_for says so at the next sync
    store.save(dataclasses.replace(cred, hq_ed25519=(new_key,)))


