"""Enrolment (a field device, the HQ desk) and the HQ desk's enrolment codes.

A sync round is sync/round.py; what enrolment pinned is sync/enrolment.py; the sync status is
sync/status.py."""

from __future__ import annotations

import base64
import dataclasses
import json
import logging
import os
from dataclasses import dataclass

import httpx

from vigil.crypto.errors import BadArgument, IntegrityError, VigilError
from vigil.sync import blobs, code_keys, codes, hq_keys, hq_upgrade, outbox, root_pin
from vigil.sync.client import SyncClient
from vigil.sync.credentials import CredentialStore, DeviceCredential
from vigil.sync.desk_client import DeskClient
from vigil.sync.enrolment import SyncConfig, config, credential_for, store_config
from vigil.sync.share import share_current_state
from vigil.sync.state import SyncState, load_state, save_state
from vigil.sync.unlocked import SYNC_CURSOR
from vigil.vault.items import Change
from vigil.vault.keyring_id import keyring_id
from vigil.vault.store import Vault

log = logging.getLogger(__name__)


def _enrol(
    vault: Vault,
    code: codes.EnrolmentCode,
    store: CredentialStore,
    proxy: str | None,
    hq_ed25519: tuple[bytes, ...],
    again: bool = False,
    keyset: bytes | None = None,
) -> DeviceCredential:
    """Enrol with the server; the credential is returned, not yet saved: a field device
    saves it only once the HQ keys are checked (sync/code_keys.py)."""
    name = keyring_id(vault.path, vault.header.vault_id)
    before = config(vault)
    if before is not None:
        if not again:
            if before.role == "hq":
                raise VigilError(
                    f"This vault is already the HQ desk of {before.org or before.url}; it syncs "
                    "as it is."
                )
            raise VigilError("This vault is already enrolled.")
        if store.load(name) is not None:
            raise VigilError(
                "This vault is enrolled and this computer's keyring holds its sync credential: "
                "it syncs as it is. Enrolling again is for a vault whose credential is gone."
            )
    if code.expired:
        raise codes.CodeInvalid("This enrolment code has expired; ask HQ for a new one.")
    device_key = os.urandom(32)  # random: never derived from the passphrase
    with SyncClient(code.url, code.pin, proxy=proxy) as client:
        answer = client.enrol(
            code.secret,
            device_key,
            vault.identity.recipient_string,
            vault.identity.verify_key_bytes,
            vault.identity.signing_key if code.role == "hq" else None,
            keyset,
        )
    cred = DeviceCredential(
        vault_id=name,
        device_id=str(answer["device_id"]),
        device_key=device_key,
        url=code.url,
        pin=code.pin,
        role=code.role,
        org=code.org,
        hq_ed25519=hq_ed25519,
    )
    return cred


def _own_label(cred: DeviceCredential, proxy: str | None) -> str:
    """The label HQ gave this device in its code, asked of the server once at enrolment (the
    code itself does not carry it). Only a name to show: enrolment goes on without it."""
    try:
        with SyncClient.for_device(cred, proxy) as client:
            label = client.me().get("label")
    except (VigilError, httpx.HTTPError) as exc:
        log.info("the device's label could not be read (%s)", type(exc).__name__)
        return ""
    return label if isinstance(label, str) else ""


def _leave_old_device(vault: Vault) -> None:
    """After enrolling again: nothing of the old device's sync goes on. Its cursor and
    counters start over (the new device may even be on another server), and the envelopes
    queued under its chain are not pushed by the new device (that would continue a chain
    which is not this device's); every revision stays in the vault, and the current state is
    saved again for HQ under the new device's chain (``share.share_current_state``)."""
    save_state(vault.path, SyncState())
    vault.set_meta(SYNC_CURSOR, "0")
    outbox.drop_queue(vault.path)


def enrol_field(
    vault: Vault,
    code_text: str,
    store: CredentialStore,
    proxy: str | None = None,
    again: bool = False,
) -> DeviceCredential:
    """Enrol as a field device: pin the server key and the HQ keys from the code. ``again``:
    the vault was enrolled but its credential is gone; it becomes a new device."""
    code = codes.parse(code_text)
    if code.kind != "device":
        raise codes.CodeInvalid("That is an HQ admin code; use 'vigil hq init' on the HQ desk.")
    before = config(vault)
    if again and before is not None and before.role == "hq":
        raise BadArgument(
            "This vault is the HQ desk: it enrols again with a new admin code from the server "
            "('vigil-server admin-code'), as 'vigil hq init --again CODE'."
        )
    cred = _enrol(vault, code, store, proxy, (), again)
    # Nothing is kept before the HQ keys are checked: a refusal leaves the vault and the
    # keyring as they were (the server keeps an unused device record, and the spent secret).
    keys = code_keys.fetch(code, cred, proxy)
    cred = dataclasses.replace(cred, hq_ed25519=keys.ed25519)
    store.save(cred)
    if before is not None:
        _leave_old_device(vault)
    cfg = SyncConfig(
        code.url,
        code.pin,
        code.role,
        code.org,
        cred.device_id,
        keys.age,
        tuple(base64.b64encode(k).decode() for k in keys.ed25519),
        _own_label(cred, proxy),
        (code.receipt_key,) if code.receipt_key else (),
    )
    store_config(vault, cfg)
    vault.set_meta("recipients", json.dumps(list(cfg.hq_age)))
    if keys.keyset is not None:
        root_pin.pin(vault, code.hq_root)
        hq_keys.accept(vault, keys.keyset, store)
    share_current_state(vault)
    return cred


def hq_init(
    vault: Vault,
    code_text: str,
    store: CredentialStore,
    proxy: str | None = None,
    keyset: bytes | None = None,
) -> DeviceCredential:
    """Enrol the HQ desk: this vault's identity becomes the organisation's HQ keys. With
    ``keyset`` (a root-signed set naming this desk), it takes over from a seized desk."""
    code = _admin_code(code_text)
    if keyset is not None:
        from vigil.sync.hq_desk_keys import check_names_this_desk

        check_names_this_desk(vault, keyset, code.org)
    own = vault.identity
    cred = _enrol(vault, code, store, proxy, (own.verify_key_bytes,), keyset=keyset)
    store.save(cred)
    store_config(vault, _desk_config(code, cred, vault))
    if keyset is not None:
        from vigil.crypto.hq_keyset import parse

        root_pin.pin(vault, parse(keyset).root_fingerprint)
        hq_keys.accept(vault, keyset, store)
    share_current_state(vault)
    return cred


def _admin_code(code_text: str) -> codes.EnrolmentCode:
    code = codes.parse(code_text)
    if code.kind != "admin":
        raise codes.CodeInvalid(
            "'vigil hq init' takes an admin code from 'vigil-server init' or "
            "'vigil-server admin-code'."
        )
    return code


def _desk_config(code: codes.EnrolmentCode, cred: DeviceCredential, vault: Vault) -> SyncConfig:
    own = vault.identity
    return SyncConfig(
        code.url,
        code.pin,
        "hq",
        code.org,
        cred.device_id,
        (own.recipient_string,),
        (base64.b64encode(own.verify_key_bytes).decode(),),
        receipt_keys=(code.receipt_key,) if code.receipt_key else (),
    )


@dataclass(frozen=True)
class DeskEnrolledAgain:
    cred: DeviceCredential
    old_device: str
    revoke_error: str  # "": the old device is revoked


def hq_enrol_again(
    vault: Vault, code_text: str, store: CredentialStore, proxy: str | None = None
) -> DeskEnrolledAgain:
    """The HQ desk whose keyring lost its credential (a reset keyring, the folder carried to
    another computer) enrols again with a new admin code, as a new device of the same server:
    its HQ keys, which every field device pinned, are unchanged. The server asks it to prove
    it holds the HQ signing key, as for a second desk (docs/protocol.md §4.3).

    The same care as a field device's ``enrol_field(again=True)``: never while the keyring
    still holds a credential, and a new chain, so that no revision goes out under the old
    device's chain (a copy of this folder could continue it and fork it). Unlike a field
    device, the desk does not save every item again: that would write HQ revisions over every
    field device's case and make a conflict of each field edit that follows. Only what the old
    chain had not pushed is saved again. The cursor is kept (same server, nothing to fetch
    twice). Then the desk revokes its old device, whose lost credential could otherwise still
    act as the HQ desk."""
    code = _admin_code(code_text)
    before = config(vault)
    if before is None:
        raise BadArgument("This vault is not enrolled; 'vigil hq init CODE' makes it the HQ desk.")
    if before.role != "hq":
        raise BadArgument(
            "This vault is a field device; it enrols again with a code from HQ, as "
            "'vigil sync enrol --again CODE'."
        )
    if (code.url, code.pin) != (before.url, before.pin):
        raise codes.CodeInvalid(
            f"This admin code is for the server at {code.url}, but this desk and every field "
            f"device pinned {before.url} and its key. Make the code on that server "
            "('vigil-server admin-code')."
        )
    own = vault.identity
    cred = _enrol(vault, code, store, proxy, (own.verify_key_bytes,), again=True)
    store.save(cred)
    cfg = _desk_config(code, cred, vault)
    # Receipt keys a verified rotation added stay trusted: same server, same history.
    kept_keys = tuple(dict.fromkeys(before.receipt_keys + cfg.receipt_keys))
    store_config(vault, dataclasses.replace(cfg, receipt_keys=kept_keys))
    unsent = {vault.revision(rev.id).item for rev in vault.unpushed()}
    outbox.keep_local(vault)
    outbox.drop_queue(vault.path)
    kept = load_state(vault.path)
    save_state(vault.path, SyncState(cursor=kept.cursor, alerts=kept.alerts))
    vault.start_new_device()
    outbox.attach(vault)
    blobs.attach(vault)
    changes = [
        Change(item.kind, dict(item.payload), item.id, deleted=item.deleted)
        for item in (vault.get(item_id) for item_id in sorted(unsent))
        if item is not None
    ]
    if changes:
        vault.save_many(changes)
    revoke_error = ""
    try:
        with DeskClient.for_device(cred, proxy) as client:
            client.revoke(before.device_id, hq_key=own.signing_key)
    except (VigilError, httpx.HTTPError) as exc:
        revoke_error = str(exc) or type(exc).__name__
    return DeskEnrolledAgain(cred, before.device_id, revoke_error)


def hq_enrol_code(
    vault: Vault,
    store: CredentialStore,
    ttl_seconds: int = 86_400,
    proxy: str | None = None,
    label: str | None = None,
) -> str:
    """A one-time code for a field device; ``label`` names the device in HQ's list."""
    cfg = config(vault)
    if cfg is None or cfg.role != "hq":
        raise VigilError("Only the HQ desk makes enrolment codes.")
    cred = credential_for(vault, store)
    with DeskClient.for_device(cred, proxy) as client:
        hq_upgrade.register(vault, client)
        cfg = config(vault) or cfg
        text = client.make_enrol_code("field", ttl_seconds, label)
    made = codes.parse(text)
    own = vault.identity
    # The server writes the code; the desk checks it names our own keys (those devices are to
    # pin: under a root, the key set's) before anyone uses it.
    if (
        made.url != cfg.url
        or made.pin != cfg.pin
        or made.version != 2
        or made.hq_age_fingerprints != tuple(code_keys.age_fingerprint(a) for a in cfg.hq_age)
        or made.hq_ed25519_fingerprints != (code_keys.ed25519_fingerprint(own.verify_key_bytes),)
    ):
        raise IntegrityError(
            "The server made an enrolment code with keys that are not this HQ desk's; "
            "do not hand it out. The server may be compromised."
        )
    return text
