"""Envelopes an attacker can make: age-encrypted to the vault's public key (which the server
and every HQ desk know), holding whatever the attacker likes, optionally with a valid
signature by a key the vault trusts."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

import pyrage

from tests.support import rage
from vigil.crypto import envelope, signed_note
from vigil.crypto.keys import sha256
from vigil.vault import layout
from vigil.vault.items import new_id, now
from vigil.vault.store import Vault

INBOX_QUARANTINE = layout.QUARANTINE + "/" + layout.QUARANTINE_INBOX


def enrol_offline(vault: Vault) -> None:
    """Mark the vault enrolled with an HQ that is never reached: unlock then merges the inbox."""
    config = {
        "url": "https://127.0.0.1:9", "pin": "sha256/" + "A" * 43 + "=", "role": "field",
        "org": "org", "device_id": "device",
        "hq_age": [str(pyrage.x25519.Identity.generate().to_public())], "hq_ed25519": [],
    }  # fmt: skip
    vault.set_meta("sync", json.dumps(config))


def encrypt_to(vault: Vault, plaintext: bytes) -> bytes:
    return pyrage.encrypt(plaintext, [rage.recipient(vault.identity)])


def unsigned_note(text: bytes) -> bytes:
    """``text`` with a well-formed signature line that no key made: enough to reach the
    parsing of the text, which comes before the signature check."""
    forged = base64.b64encode(bytes(4 + 64))
    return text + b"\n\xe2\x80\x94 vigil-device-" + b"0" * 32 + b" " + forged + b"\n"


def body(vault: Vault, device: bytes | None = None, **fields: Any) -> dict[str, Any]:
    """A valid revision body by the vault's own identity on another device (trusted)."""
    base: dict[str, Any] = {
        "v": 1, "type": "revision", "kind": "case", "item": new_id(), "case": None,
        "parents": [], "device": (device or os.urandom(16)).hex(),
        "author_key": vault.identity.verify_key_bytes.hex(), "seq": 1, "prev": "",
        "time": now(), "deleted": False, "payload": {"title": "Forged"},
    }  # fmt: skip
    base.update(fields)
    return base


def signed(vault: Vault, text: bytes, device_hex: str) -> bytes:
    """``text`` signed by the vault's own key under the device name, then encrypted."""
    note = signed_note.sign(
        text, envelope.signer_name(bytes.fromhex(device_hex)), vault.identity.signing_key
    )
    return encrypt_to(vault, note)


def signed_body(vault: Vault, value: dict[str, Any]) -> bytes:
    return signed(vault, envelope.canonical_json(value) + b"\n", value["device"])


def drop(vault_dir: Path, data: bytes, seq: int = 1) -> Path:
    """Put an envelope in the inbox as a pull would."""
    folder = vault_dir / layout.INBOX
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / f"{seq:012d}-{sha256(data).hex()}.age"
    path.write_bytes(data)
    return path


def stored(vault: Vault) -> list[tuple[Any, ...]]:
    """Everything already in the vault that an envelope from outside must not change."""
    items = vault.conn.execute("SELECT id, kind, case_id, head, deleted, payload FROM items")
    revs = vault.conn.execute("SELECT id, item_id, kind, envelope FROM revisions")
    return sorted(items.fetchall()) + sorted(revs.fetchall())
