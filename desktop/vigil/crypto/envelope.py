"""Revision envelopes: one age v1 file per saved revision.

Inside the age encryption is a signed note whose text is one line of canonical JSON (sorted
keys, no spaces, UTF-8) naming the item, its parents, the device, the device's sequence
number and the hash of its previous envelope, and carrying the payload. The revision id is
the SHA-256 of the age file's bytes, so the id also authenticates the ciphertext.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import pyrage

from vigil.crypto import keys, signed_note
from vigil.crypto.errors import EnvelopeError, SignatureError

FORMAT_VERSION = 1
MAX_ENVELOPE = 16 * 1024 * 1024


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def signer_name(device_id: bytes) -> str:
    return "vigil-device-" + device_id.hex()


@dataclass(frozen=True)
class Revision:
    kind: str
    item: str
    case: str | None
    parents: tuple[str, ...]
    device: bytes
    author_key: bytes
    seq: int
    prev: str
    time: str
    deleted: bool
    payload: Mapping[str, Any]
    id: str = ""
    envelope: bytes = field(default=b"", repr=False)

    def body(self) -> dict[str, Any]:
        return {
            "v": FORMAT_VERSION,
            "type": "revision",
            "kind": self.kind,
            "item": self.item,
            "case": self.case,
            "parents": list(self.parents),
            "device": self.device.hex(),
            "author_key": self.author_key.hex(),
            "seq": self.seq,
            "prev": self.prev,
            "time": self.time,
            "deleted": self.deleted,
            "payload": dict(self.payload),
        }


def seal(rev: Revision, identity: keys.Identity, recipients: Sequence[Any]) -> Revision:
    """Sign and encrypt a revision; return it with its id and envelope filled in."""
    if rev.author_key != identity.verify_key_bytes:
        raise ValueError("a revision is signed by its author")
    text = canonical_json(rev.body()) + b"\n"
    note = signed_note.sign(
        text, signer_name(rev.device), identity.signing_key, identity.verify_key_bytes
    )
    envelope = pyrage.encrypt(note, list(recipients))
    return _with_id(rev, envelope)


def _with_id(rev: Revision, envelope: bytes) -> Revision:
    return replace(rev, id=keys.sha256(envelope).hex(), envelope=envelope)


def open_envelope(envelope: bytes, identities: Sequence[Any]) -> Revision:
    """Decrypt, verify and parse one envelope. The signer is checked against its own claim;
    whether that key is trusted is the caller's decision (see ``Revision.author_key``)."""
    if len(envelope) > MAX_ENVELOPE:
        raise EnvelopeError("The envelope is larger than any Vigil writes; refusing it.")
    rev_id = keys.sha256(envelope).hex()
    try:
        note = pyrage.decrypt(envelope, list(identities))
    except Exception:
        raise EnvelopeError(
            f"Revision {rev_id[:12]} cannot be decrypted: it is damaged, truncated, "
            "or not addressed to this vault."
        ) from None
    try:
        text, _ = signed_note.split(note)
        body = json.loads(text)
        author_key = bytes.fromhex(body["author_key"])
        device = bytes.fromhex(body["device"])
    except (SignatureError, ValueError, KeyError, TypeError):
        raise EnvelopeError(f"Revision {rev_id[:12]} is malformed inside its encryption.") from None
    name = signer_name(device)
    signed_note.verify(note, {name: author_key})
    # JSON true and 1.0 equal 1 in Python; the version is the integer 1 and nothing else.
    version = body.get("v") if isinstance(body, dict) else None
    if type(version) is not int or version != FORMAT_VERSION:
        raise EnvelopeError(f"Revision {rev_id[:12]} has an unknown format version.")
    if body.get("type") != "revision":
        raise EnvelopeError(f"Revision {rev_id[:12]} is not a revision envelope.")
    try:
        rev = Revision(
            kind=str(body["kind"]),
            item=str(body["item"]),
            case=body["case"],
            parents=tuple(str(p) for p in body["parents"]),
            device=device,
            author_key=author_key,
            seq=int(body["seq"]),
            prev=str(body["prev"]),
            time=str(body["time"]),
            deleted=bool(body["deleted"]),
            payload=dict(body["payload"]),
        )
    except (KeyError, TypeError, ValueError):
        raise EnvelopeError(f"Revision {rev_id[:12]} lacks a required field.") from None
    return _with_id(rev, envelope)
