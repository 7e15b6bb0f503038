"""HQ escrow (optional, off by default): HQ can help a field worker who lost both the
passphrase and the recovery key. The trade-off, said plainly to the person: HQ, or anyone who
seizes HQ's key, can open this vault (given the laptop). docs/escrow.md has the whole flow.

- ``enable``: a random escrow secret E (160 bits, written like a recovery key) wraps the vault
  master key in ``escrow.wrap`` beside the header; E goes to HQ in an age envelope encrypted
  to the HQ key pinned at enrolment (never a key the server hands out), stored by the server.
  Run again while on, the new wrap sits beside the old until the server holds the new copy
  (docs/escrow.md, Formats), so a failed or cut-off upload never strands HQ's copy.
- ``hq_code``: the HQ desk fetches the envelope, opens it with the HQ identity, checks that it
  names the device asked about, and shows E as the escrow unlock code.
- ``recover``: E opens ``escrow.wrap``; the vault gets a new passphrase and a new recovery key,
  and ``escrow.wrap`` is destroyed, so the code works once.
- ``disable``: ``escrow.wrap`` is destroyed first (a copy of E that HQ already fetched then
  opens nothing here), then the server's envelope is removed.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any, TypeVar

import httpx
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from vigil.crypto import age, keys, recovery, strict_json
from vigil.crypto.errors import IntegrityError, RecoveryKeyInvalid, VigilError
from vigil.sync.client import SyncClient
from vigil.sync.credentials import CredentialStore
from vigil.sync.desk_client import DeskClient
from vigil.vault import hybrid, layout
from vigil.vault.files import atomic_write
from vigil.vault.items import now
from vigil.vault.shred import destroy_quietly
from vigil.vault.store import HEADER_FILE, Vault, read_header

WRAP_FILE = layout.ESCROW_WRAP
WRAP_MAGIC = b"vigil-escrow-wrap/v1\n"
LABEL_ESCROW_WRAP = b"vigil/v1/escrow-wrap"
ENVELOPE_KIND = "vigil-escrow"
RENEWAL_DUE = "escrow_renewal_due"  # vault meta: HQ's copy is sealed to keys HQ moved from
ENVELOPE_VERSION = 1
TRADE_OFF = (
    "With escrow on, HQ (or anyone who seizes HQ's key) can open this vault if they also have "
    "this laptop. It exists so that HQ can help when both the passphrase and the recovery key "
    "are lost. Turning it off later destroys the local key HQ's copy opens, but cannot recall "
    "a copy HQ already fetched from the server."
)


class EscrowError(VigilError):
    pass


def _wrap_key(secret: bytes, vault_id: bytes) -> bytes:
    return keys.hkdf(secret, vault_id, LABEL_ESCROW_WRAP)


def _seal_wrap(secret: bytes, vault_id: bytes, vmk: bytes) -> bytes:
    nonce = os.urandom(12)
    aad = WRAP_MAGIC + vault_id
    return (
        WRAP_MAGIC + vault_id + nonce + AESGCM(_wrap_key(secret, vault_id)).encrypt(nonce, vmk, aad)
    )


WRAP_SIZE = len(WRAP_MAGIC) + 16 + 12 + 32 + 16
MAX_WRAPS = 8  # unconfirmed uploads kept; more means something is wrong with the network


def _wraps(data: bytes, vault_id: bytes) -> list[bytes]:
    """The records of ``escrow.wrap``: usually one; more while an upload is unconfirmed (the
    newest last), because the server may hold the copy of any of them."""
    head = len(WRAP_MAGIC)
    if not data or len(data) % WRAP_SIZE or len(data) > MAX_WRAPS * WRAP_SIZE:
        raise IntegrityError("The escrow file of this vault is damaged.")
    records = [data[i : i + WRAP_SIZE] for i in range(0, len(data), WRAP_SIZE)]
    for record in records:
        if not record.startswith(WRAP_MAGIC):
            raise IntegrityError("The escrow file of this vault is damaged.")
        if record[head : head + 16] != vault_id:
            raise IntegrityError("The escrow file belongs to another vault.")
    return records


def _open_wrap(data: bytes, secret: bytes, vault_id: bytes) -> bytes:
    head = len(WRAP_MAGIC)
    key = AESGCM(_wrap_key(secret, vault_id))
    for record in _wraps(data, vault_id):
        nonce, sealed = record[head + 16 : head + 28], record[head + 28 :]
        try:
            return key.decrypt(nonce, sealed, WRAP_MAGIC + vault_id)
        except InvalidTag:
            continue
    raise RecoveryKeyInvalid(
        "That escrow code does not open this vault (it may be older than the last escrow "
        "recovery, or belong to another device)."
    )


_C = TypeVar("_C", bound=SyncClient)


def is_enabled(vault_dir: Path) -> bool:
    return (vault_dir / WRAP_FILE).exists()


def _client(
    vault: Vault, store: CredentialStore, proxy: str | None, kind: type[_C]
) -> tuple[_C, Any]:
    """A signed-in client of ``kind`` (the desk's own calls need ``DeskClient``)."""
    from vigil.sync.enrolment import config, credential_for

    cfg = config(vault)
    cred = credential_for(vault, store)  # raises NotEnrolled when there is no sync config
    client = kind.for_device(cred, proxy)
    return client, cfg


def enable(vault: Vault, store: CredentialStore, proxy: str | None = None) -> None:
    """Make a new escrow secret, wrap the master key with it, send it to HQ (sealed)."""
    client, cfg = _client(vault, store, proxy, SyncClient)
    with client:
        if cfg.role != "field":
            raise EscrowError("Escrow is for field devices; the HQ desk has no one to escrow to.")
        secret = recovery.new_secret()
        vault_id = vault.header.vault_id
        body = {
            "v": ENVELOPE_VERSION,
            "kind": ENVELOPE_KIND,
            "vault_id": vault_id.hex(),
            "device_id": cfg.device_id,
            "secret": recovery.format_key(secret),
            "made": now(),
        }
        plaintext = json.dumps(body, sort_keys=True).encode()
        recipients = keys.preferred([age.parse_recipient(r) for r in cfg.hq_age])
        envelope = age.encrypt(plaintext, recipients)
        path = vault.path / WRAP_FILE
        held = _held_wraps(path, vault_id)
        fresh = _seal_wrap(secret, vault_id, vault.master_key_for_keyring())
        # Until the server confirms, the wrap HQ's current copy opens stays beside the new one:
        # the upload may fail before or after the server stored it, or the process may die.
        atomic_write(path, b"".join(held) + fresh)
        try:
            client.put_escrow(envelope)
        except BaseException as exc:
            if not held:
                # the first enable: HQ has no working code to keep, escrow stays off
                destroy_quietly(path, even_if_linked=True)
                if isinstance(exc, VigilError | httpx.HTTPError):
                    _take_back(client)
            raise
        finally:
            del secret, plaintext
        # The server holds the new copy only (a PUT replaces): the older wraps open nothing
        # HQ can still fetch, so they go.
        atomic_write(path, fresh)


def _take_back(client: SyncClient) -> None:
    """The server may have stored the copy whose answer was lost: with the wrap gone it opens
    nothing, so it is removed rather than handed to HQ as a code. If this fails too, a copy
    may stay whose code opens nothing (docs/escrow.md); the person was told escrow is off."""
    with contextlib.suppress(VigilError, httpx.HTTPError):
        client.delete_escrow()


def _held_wraps(path: Path, vault_id: bytes) -> list[bytes]:
    """The wraps already here, any of which the server's copy may open."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    held = _wraps(data, vault_id)
    if len(held) >= MAX_WRAPS:
        raise EscrowError(
            "Escrow could not be renewed: the last uploads to the server were not confirmed. "
            "Check the connection to the server, turn escrow off, then on again."
        )
    return held


def renewal_due(vault: Vault) -> None:
    """HQ's pinned recipients changed (its move to a hybrid key): HQ's copy, sealed to the
    old ones, is to be sealed again. Remembered in the vault until a renewal succeeds."""
    if is_enabled(vault.path):
        vault.set_meta(RENEWAL_DUE, "1")


def renew_if_due(vault: Vault, store: CredentialStore, proxy: str | None = None) -> bool:
    """Seal HQ's copy again, the way ``vigil escrow enable`` does, when ``renewal_due`` said
    so; True when renewed now. A failure raises (the old wrap stays, see ``enable``) and the
    flag stays, so the next round tries again."""
    if not vault.get_meta(RENEWAL_DUE):
        return False
    if is_enabled(vault.path):
        enable(vault, store, proxy)
        renewed = True
    else:  # turned off meanwhile: nothing to seal
        renewed = False
    vault.delete_meta(RENEWAL_DUE)
    return renewed


def disable(vault: Vault, store: CredentialStore, proxy: str | None = None) -> bool:
    """Destroy the local wrap first, then remove the server's envelope; True if it was there."""
    destroy_quietly(vault.path / WRAP_FILE, even_if_linked=True)
    client, _cfg = _client(vault, store, proxy, SyncClient)
    with client:
        return client.delete_escrow()


def hq_code(vault: Vault, store: CredentialStore, device_id: str, proxy: str | None = None) -> str:
    """On the HQ desk: the escrow unlock code for ``device_id`` (to hand over a safe channel)."""
    client, cfg = _client(vault, store, proxy, DeskClient)
    with client:
        if cfg.role != "hq":
            raise EscrowError("Only the HQ desk can open escrow envelopes.")
        envelope = client.get_escrow(device_id)
    try:
        plaintext = age.decrypt(envelope, vault.identities)
    except age.AgeError:
        raise IntegrityError(
            "The escrow envelope does not open with the HQ key: it was not made for this HQ, "
            "or the server altered it."
        ) from None
    try:
        body: Any = strict_json.loads(plaintext, "The escrow envelope")
        ok = (
            isinstance(body, dict)
            and body.get("v") == ENVELOPE_VERSION
            and body.get("kind") == ENVELOPE_KIND
            and isinstance(body.get("secret"), str)
        )
    except strict_json.StrictJSONError:
        ok = False
    if not ok:
        raise IntegrityError("The escrow envelope is malformed.")
    if body.get("device_id") != device_id:
        # The server could swap two devices' envelopes; the envelope says whose it is.
        raise IntegrityError("The escrow envelope names another device: the server swapped it.")
    recovery.parse_key(str(body["secret"]))  # its own checksum: damage is caught here
    return str(body["secret"])


def recover(vault_dir: Path, code_text: str, new_passphrase: bytes) -> str:
    """Open the vault with an escrow code, set a new passphrase and a new recovery key, and
    destroy the escrow wrap (the code works once). Returns the new recovery key."""
    header = read_header(vault_dir)
    try:
        data = (vault_dir / WRAP_FILE).read_bytes()
    except FileNotFoundError:
        raise EscrowError(
            "This vault has no escrow (it was never turned on, was turned off, or the code was "
            "already used)."
        ) from None
    secret = recovery.parse_key(code_text)
    vmk = _open_wrap(data, secret, header.vault_id)
    vault = Vault.open_with_master_key(vault_dir, vmk)
    try:
        new_secret = recovery.new_secret()
        fresh = vault.header.with_new_keys(new_passphrase, new_secret, vmk, vault.identity)
        atomic_write(vault_dir / HEADER_FILE, fresh.to_bytes())
        vault.header = fresh
        hybrid.remember_recovery(vault, new_secret)
    finally:
        vault.close()
    destroy_quietly(vault_dir / WRAP_FILE, even_if_linked=True)
    return recovery.format_key(new_secret)
