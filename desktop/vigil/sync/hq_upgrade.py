"""HQ's move to its hybrid (post-quantum) age key before an HQ root (docs/hq-keys.md).

The desk registers its hybrid recipient with the server, signed by the HQ signing key
(``register``: before the first code it makes, and in its next round with the vault open),
and the server keeps that signature (protocol.md §9). A field device that pinned only HQ's
X25519 recipient (enrolled from a version 1 code, or before the desk registered) then takes
it (``follow``): in its next round with the vault open, or at once with ``vigil sync
upgrade-hq-key``, it checks the signature against the HQ Ed25519 key it pinned at enrolment,
never a key the server hands it, and pins the hybrid recipient beside the X25519 one. From
then on everything new goes to hybrid recipients only (``keys.preferred``); what was written
before stays readable, since HQ keeps its X25519 key. A bad, missing, swapped or other
organisation's signature changes nothing, is written in the integrity log and refused with
exit 4. A server that withholds the key (answers none) keeps the device on X25519: that it
cannot tell from a desk that has not registered one yet (docs/hq-keys.md). Under a root the
root-signed key set names HQ's keys instead (sync/hq_keys.py).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import hashlib
import json
from typing import TYPE_CHECKING, Any

import httpx

from vigil.crypto import age, hq_hybrid
from vigil.crypto.errors import IntegrityError, VigilError
from vigil.sync.enrolment import SyncConfig, config, store_config
from vigil.sync.root_pin import pinned_root
from vigil.vault.merge import log_integrity

if TYPE_CHECKING:
    from vigil.sync.credentials import CredentialStore
    from vigil.sync.desk_client import DeskClient
    from vigil.vault.store import Vault

REGISTERED = "hq_hybrid_registered"  # desk: SHA-256 of the recipient it registered, signed
_MAX_RECIPIENT = 2200  # a hybrid recipient is 1,960 characters
_KEEPS = "this device keeps writing to HQ's X25519 key. The server may be compromised."


class HqHybridRefused(IntegrityError):
    """The server's word for HQ's hybrid key is not the HQ key's (exit 4)."""


def _fingerprint(recipient: str) -> str:
    return hashlib.sha256(recipient.encode()).hexdigest()


def registration_due(vault: Vault, cfg: SyncConfig) -> bool:
    """The desk has a hybrid key the server may not hold with its signature (none was sent,
    it was sent before the server kept signatures, or the desk enrolled again and its config
    names its X25519 key alone); never under a root."""
    hybrid = vault.identity.hybrid_recipient
    return (
        cfg.role == "hq"
        and hybrid is not None
        and (
            vault.get_meta(REGISTERED) != _fingerprint(str(hybrid))
            or str(hybrid) not in cfg.hq_age
        )
        and pinned_root(vault) is None
    )


def registration(vault: Vault) -> tuple[str, bytes] | None:
    """What the desk sends, when it is due: its hybrid recipient, and the HQ key's signature
    over it for this organisation."""
    cfg = config(vault)
    if cfg is None or not registration_due(vault, cfg):
        return None
    hybrid = str(vault.identity.hybrid_recipient)
    return hybrid, hq_hybrid.sign(vault.identity.signing_key, cfg.org, hybrid)


def registered(vault: Vault, recipient: str) -> None:
    """The server took it: the desk's codes name it (first), and it is not sent again."""
    cfg = config(vault)
    if cfg is not None and recipient not in cfg.hq_age:
        store_config(vault, dataclasses.replace(cfg, hq_age=(recipient, *cfg.hq_age)))
    vault.set_meta(REGISTERED, _fingerprint(recipient))


def register(vault: Vault, client: DeskClient) -> bool:
    """Register the desk's hybrid recipient once, while the vault is held open: codes made
    from then on name it, and devices enrolled before follow it. True when sent now."""
    due = registration(vault)
    if due is None:
        return False
    client.post_hybrid_recipient(*due)
    registered(vault, due[0])
    return True


def follow_due(vault: Vault) -> bool:
    """A field device with no root whose pinned HQ recipients are all X25519."""
    cfg = config(vault)
    return (
        cfg is not None
        and cfg.role == "field"
        and not any(a.startswith("age1pq1") for a in cfg.hq_age)
        and pinned_root(vault) is None
    )


def follow(vault: Vault, answer: Any) -> bool:
    """Take HQ's hybrid recipient from a ``GET /v1/hq/keys`` answer. True when it was pinned
    now; False when nothing was due or the server holds none (the desk has not registered
    one yet). Raises HqHybridRefused, after writing why in the integrity log, when the
    answer's hybrid key is malformed or not signed by the pinned HQ key for this
    organisation; nothing is changed then."""
    if not follow_due(vault):
        return False
    cfg = config(vault)
    assert cfg is not None
    offered = answer.get("hybrid") if isinstance(answer, dict) else None
    if offered is None:
        return False
    recipient, reason = _checked(offered, cfg)
    if reason:
        with vault.transaction() as conn:
            log_integrity(conn, "hq-keys", f"Refused HQ's post-quantum key: {reason}")
        raise HqHybridRefused(f"The server sent {reason}; {_KEEPS}")
    pinned = (recipient, *cfg.hq_age)
    # The envelopes' recipients and the escrow renewal first, then the config that says it
    # is done: a round cut between them does them all again.
    from vigil.sync.escrow import renewal_due

    vault.set_meta("recipients", json.dumps(list(pinned)))
    renewal_due(vault)
    store_config(vault, dataclasses.replace(cfg, hq_age=pinned))
    with vault.transaction() as conn:
        log_integrity(
            conn,
            "hq-keys",
            "HQ's post-quantum key is pinned, signed by the HQ key pinned at enrolment: "
            "everything new is written to hybrid keys only.",
        )
    return True


def _checked(offered: Any, cfg: SyncConfig) -> tuple[str, str]:
    """The recipient, and "" or why it is refused."""
    try:
        recipient, signature = offered["recipient"], offered["signature"]
        if not (isinstance(recipient, str) and isinstance(signature, str)):
            raise TypeError
        if len(recipient) > _MAX_RECIPIENT or len(signature) > 100:
            raise ValueError
        raw = base64.b64decode(signature, validate=True)
        age.HybridRecipient.from_string(recipient)
    except (KeyError, TypeError, ValueError, binascii.Error, age.AgeKeyError):
        return "", "a malformed HQ post-quantum key"
    if not any(hq_hybrid.verify(k, cfg.org, recipient, raw) for k in sorted(cfg.hq_keys)):
        return "", (
            "an HQ post-quantum key that the HQ key this device pinned did not sign for "
            f"{cfg.org!r}"
        )
    return recipient, ""


def upgrade_now(vault: Vault, store: CredentialStore, proxy: str | None = None) -> str:
    """``vigil sync upgrade-hq-key``: what a round does, at once; says what it did. Raises
    HqHybridRefused (exit 4), or VigilError when HQ has no hybrid key on the server yet."""
    from vigil.sync.client import SyncClient
    from vigil.sync.desk_client import DeskClient
    from vigil.sync.enrolment import NotEnrolled, credential_for

    cfg = config(vault)
    if cfg is None:
        raise NotEnrolled()
    cred = credential_for(vault, store)
    if pinned_root(vault) is not None:
        return (
            "This device pinned the HQ root: HQ's keys come from the root-signed key set, "
            "which 'vigil sync now' takes."
        )
    if cfg.role == "hq":
        with DeskClient.for_device(cred, proxy) as desk:
            sent = register(vault, desk)
        if vault.identity.hybrid_recipient is None:
            raise VigilError("This vault has no post-quantum key yet: run 'vigil keys upgrade'.")
        return (
            "HQ's post-quantum key is registered with the server, signed by the HQ key"
            + (": field devices move to it at their next sync." if sent else " (it was before).")
        )
    if not follow_due(vault):
        return "This device already writes to HQ's post-quantum key."
    with SyncClient.for_device(cred, proxy) as client:
        answer = client.hq_keys()
    if not follow(vault, answer):
        raise VigilError(
            "HQ has no post-quantum key on the server yet; nothing was changed. The HQ desk "
            "registers it at its next sync (or with 'vigil sync upgrade-hq-key' there)."
        )
    done = (
        "HQ's post-quantum key is pinned (signed by the HQ key pinned at enrolment): "
        "everything new is written to hybrid keys only."
    )
    from vigil.sync.escrow import renew_if_due

    try:
        if renew_if_due(vault, store, proxy):
            done += " HQ's escrow copy is sealed to that key too."
    except (VigilError, httpx.HTTPError) as exc:
        # The old copy and its wrap stay; the next sync tries again (sync/round.py).
        done += (
            f" HQ's escrow copy could not be sealed to that key now ({type(exc).__name__}): "
            "the next sync does it."
        )
    return done
