"""Revision envelopes: one age v1 file per saved revision.

Inside the age encryption is a signed note whose text is one line of canonical JSON (sorted
keys, no spaces, UTF-8) naming the item, its parents, the device, the device's sequence
number and the hash of its previous envelope, and carrying the payload. The revision id is
the SHA-256 of the age file's bytes, so the id also authenticates the ciphertext.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from vigil.crypto import age, keys, signed_note, strict_json
from vigil.crypto.errors import EnvelopeError, SignatureError

FORMAT_VERSION = 1
AGE_MAGIC = b"age-encryption.org/v1\n"  # how every age v1 file begins (age spec)
MAX_ENVELOPE = 16 * 1024 * 1024


# One encoder for every call: ``json.dumps`` with these options builds a new JSONEncoder each
# time, which cost a save a tenth of its JSON work (three bodies' worth of calls a revision).
# Its output is json.dumps's, byte for byte (tests/core/test_envelope_body.py).
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: Any) -> bytes:
    """Sorted keys, no spaces, UTF-8: ``json.dumps(value, sort_keys=True, separators=(",",
    ":"), ensure_ascii=False).encode()``."""
    return _CANONICAL.encode(value).encode()


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
    # The signed note inside the envelope, kept from its one decryption: an evidence package
    # carries it as signed, and decrypting every revision twice doubled the export's time.
    note: bytes = field(default=b"", repr=False, compare=False)
    # The payload's canonical JSON, kept from sealing: the vault stores it as the item's state
    # (serialising a 2 KB note a second time cost a save as much as a tenth of its encryption).
    payload_json: bytes = field(default=b"", repr=False, compare=False)

    def sealed(self, rev_id: str, envelope: bytes, note: bytes, payload_json: bytes) -> Revision:
        """This revision with what sealing or opening it gave (``dataclasses.replace`` cost
        a large save more than its SQL; tests/core/test_envelope_body.py checks that every
        field is carried)."""
        return Revision(self.kind, self.item, self.case, self.parents, self.device,
                        self.author_key, self.seq, self.prev, self.time, self.deleted,
                        self.payload, rev_id, envelope, note, payload_json)  # fmt: skip

    def body(self) -> dict[str, Any]:
        return {**self._keys_but_payload(), "payload": dict(self.payload)}

    def _keys_but_payload(self) -> dict[str, Any]:
        return {
            "author_key": self.author_key.hex(),
            "case": self.case,
            "deleted": self.deleted,
            "device": self.device.hex(),
            "item": self.item,
            "kind": self.kind,
            "parents": list(self.parents),
            "prev": self.prev,
            "seq": self.seq,
            "time": self.time,
            "type": "revision",
            "v": FORMAT_VERSION,
        }

    def body_json(self) -> tuple[bytes, bytes]:
        """``canonical_json(self.body())``, and the payload's canonical JSON within it, the
        payload serialised once: the object of every other key is cut where "payload" sorts
        (just before "prev", the first key after it) and the payload put in there. A ``,"prev":``
        can only be that key: inside a JSON string every quote is escaped."""
        payload = canonical_json(self.payload if type(self.payload) is dict else dict(self.payload))
        rest = canonical_json(self._keys_but_payload())
        cut = rest.index(b',"prev":')
        return rest[:cut] + b',"payload":' + payload + rest[cut:], payload


def seal(rev: Revision, identity: keys.Identity, recipients: Sequence[age.Recipient]) -> Revision:
    """Sign and encrypt a revision; return it with its id and envelope filled in."""
    if rev.author_key != identity.verify_key_bytes:
        raise ValueError("a revision is signed by its author")
    text, payload = rev.body_json()
    note = signed_note.sign(
        text + b"\n", signer_name(rev.device), identity.signing_key, identity.verify_key_bytes
    )
    envelope = age.encrypt(note, recipients)
    return _with_id(rev, envelope, note, payload)


def _with_id(rev: Revision, envelope: bytes, note: bytes, payload_json: bytes = b"") -> Revision:
    return rev.sealed(keys.sha256(envelope).hex(), envelope, note, payload_json)


_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


def _field_problem(body: dict[str, Any]) -> str | None:
    """Why the body's fields are not those of a version 1 revision (formats.md §7.5), or None.

    Types are checked exactly, not coerced: ``str(["x"])`` is a string and ``tuple("ab")`` a
    list of parents, and an envelope that only reads right after coercion was not written by
    Vigil."""
    for name, kind in (("kind", str), ("time", str), ("prev", str), ("payload", dict)):
        if type(body.get(name)) is not kind:
            return f"its {name} is not a {'JSON object' if kind is dict else 'string'}"
    item = body.get("item")
    if not (isinstance(item, str) and _HEX32.fullmatch(item)):
        return "its item is not an item id"
    case = body.get("case")
    if case is not None and not (isinstance(case, str) and _HEX32.fullmatch(case)):
        return "its case is not a case id"
    parents = body.get("parents")
    if not isinstance(parents, list) or not all(
        isinstance(p, str) and _HEX64.fullmatch(p) for p in parents
    ):
        return "its parents are not a list of revision ids"
    seq = body.get("seq")
    if type(seq) is not int or seq < 1:
        return "its sequence number is not a positive integer"
    if body["prev"] and not _HEX64.fullmatch(body["prev"]):
        return "its previous revision is not a revision id"
    if type(body.get("deleted")) is not bool:
        return "its deleted flag is not true or false"
    return None


def open_envelope(envelope: bytes, identities: Sequence[age.Identity]) -> Revision:
    """Decrypt, verify and parse one envelope. The signer is checked against its own claim;
    whether that key is trusted is the caller's decision (see ``Revision.author_key``)."""
    if len(envelope) > MAX_ENVELOPE:
        raise EnvelopeError("The envelope is larger than any Vigil writes; refusing it.")
    rev_id = keys.sha256(envelope).hex()
    try:
        note = age.decrypt(envelope, identities)
    except age.AgeError:
        raise EnvelopeError(
            f"Revision {rev_id[:12]} cannot be decrypted: it is damaged, truncated, "
            "or not addressed to this vault."
        ) from None
    malformed = f"Revision {rev_id[:12]} is malformed inside its encryption"
    try:
        text, _ = signed_note.split(note)
        body = strict_json.loads(text, f"Revision {rev_id[:12]}", max_bytes=MAX_ENVELOPE)
        if not isinstance(body, dict):
            raise ValueError("not an object")
        if not (_HEX64.fullmatch(body["author_key"]) and _HEX32.fullmatch(body["device"])):
            raise ValueError("not a key and a device id")
        author_key = bytes.fromhex(body["author_key"])
        device = bytes.fromhex(body["device"])
    except strict_json.StrictJSONError as exc:
        raise EnvelopeError(f"{malformed}: {exc.reason}.") from None
    except (SignatureError, ValueError, KeyError, TypeError):
        raise EnvelopeError(f"{malformed}.") from None
    name = signer_name(device)
    signed_note.verify(note, {name: author_key})
    if body.get("v") != FORMAT_VERSION or type(body.get("v")) is not int:
        raise EnvelopeError(f"Revision {rev_id[:12]} has an unknown format version.")
    if body.get("type") != "revision":
        raise EnvelopeError(f"Revision {rev_id[:12]} is not a revision envelope.")
    problem = _field_problem(body)
    if problem is not None:
        raise EnvelopeError(f"Revision {rev_id[:12]} is not a valid revision: {problem}.")
    if (body["kind"] == "case") != (body["case"] is None):
        raise EnvelopeError(
            f"Revision {rev_id[:12]} is not a valid revision: only a case has no case."
        )
    rev = Revision(
        kind=body["kind"],
        item=body["item"],
        case=body["case"],
        parents=tuple(body["parents"]),
        device=device,
        author_key=author_key,
        seq=body["seq"],
        prev=body["prev"],
        time=body["time"],
        deleted=body["deleted"],
        payload=body["payload"],
    )
    return _with_id(rev, envelope, note)
