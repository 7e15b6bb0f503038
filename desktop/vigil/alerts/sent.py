"""The HQ desk's copies of the notes it signed (``alerts-sent/``), for bundles carried by hand.

A note leaves ``alerts-out/`` once the server has it; a field device cut off from the network
still needs it. So the desk keeps each note it signs, sealed to the desk's own keys (the
notes may name people: nothing beside the vault is plaintext), until it expires. A bundle for
one device (sync/sneakernet.py) takes the ones addressed to that device, in signed order.
"""

from __future__ import annotations

import base64
import json
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from vigil.alerts import note
from vigil.crypto import age, signed_note, strict_json
from vigil.vault import layout
from vigil.vault.files import atomic_write, real_subdir, remove_quietly, safe_mkdir

if TYPE_CHECKING:
    from vigil.vault.store import Vault

log = logging.getLogger(__name__)
FOLDER = layout.ALERTS_SENT


def keep(vault: Vault, data: bytes, audience: Any) -> None:
    """Keep a copy of a note this desk signed, sealed to the desk."""
    parsed = note.parse_text(signed_note.split(data)[0])
    body = {"v": 1, "audience": audience, "note": base64.b64encode(data).decode()}
    sealed = age.encrypt(json.dumps(body).encode(), vault.recipients)
    folder = safe_mkdir(vault.path / FOLDER)
    atomic_write(folder / f"{parsed.seq:016d}-{note.id_of(data)[:16]}.age", sealed)


def for_device(vault: Vault, device_id: str, at: datetime | None = None) -> list[bytes]:
    """The notes still valid that are addressed to ``device_id`` (or to everyone), oldest
    first. Expired copies go: this desk made them, and no device takes them any more."""
    folder = vault.path / FOLDER
    if not real_subdir(folder):
        return []
    at = at or datetime.now(UTC)
    found: list[bytes] = []
    for path in sorted(folder.glob("*.age")):
        try:
            raw = strict_json.loads(age.decrypt(path.read_bytes(), vault.identities),
                                    path.name)  # fmt: skip
            data = base64.b64decode(raw["note"], validate=True)
            parsed = note.parse_text(signed_note.split(data)[0])
        except Exception:  # damaged beside the vault: not sent, and said so in the log
            log.warning("a kept copy of a sent note cannot be read")
            continue
        if parsed.expires <= at:
            remove_quietly(path)
            continue
        audience = raw.get("audience")
        if audience == "all" or (isinstance(audience, list) and device_id in audience):
            found.append(data)
    return found
