"""Alert notes (format ``vigil-note/v1``, docs/alerts.md): make, parse and verify.

A note is a signed note (crypto/signed_note.py, the C2SP shape) whose text is exactly these
lines, in this order, each ending in ``\\n``::

    vigil-note/v1
    kind <kind>                      one of KINDS
    from <hq | 32 hex>               "hq", or the field device's id
    seq <1..2^53>                    grows with every note its key signs
    issued <RFC 3339 UTC>
    expires <RFC 3339 UTC>
    audience <all | hq | id,id,…>    who the note is for
    id <b64url of 16 random bytes>   unique per note
    prev-all <0..2^53>               seq of the signer's previous note to "all" (0: none)
    encrypted <no | age>             is the body an age file (to the audience's keys)?
    body <standard base64>           canonical JSON of the payload, or the age file

The parser is strict, so that no two texts mean the same note. Verification checks the
signature before anything in the text is believed, then the key's status, the audience, the
dates and the sequence; a refusal carries a stable ``reason`` for the integrity log.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from vigil.crypto import signed_note, strict_json
from vigil.crypto.errors import SignatureError, VigilError

FORMAT = "vigil-note/v1"
HQ_SIGNER = "vigil-hq"
FIELD_SIGNER = "vigil-field"
HQ_KINDS = (
    "alert", "urgent-action", "follow-up", "closure", "key-rotation", "device-seized", "hq-root",
)  # fmt: skip
FIELD_KINDS = ("field-alert", "counts", "device-keys")
# HQ's second signature under a root (docs/hq-keys.md): ML-DSA-65, context the format line.
HQ_MLDSA_SIGNER = "vigil-hq-mldsa65"
MLDSA_CONTEXT = b"vigil-note/v1"
KINDS = HQ_KINDS + FIELD_KINDS
MAX_NOTE = 1024 * 1024
MAX_DAYS = 400
MAX_SEQ = 2**53
CLOCK_SKEW = timedelta(days=1)
_TIME = "%Y-%m-%dT%H:%M:%SZ"
_HEX32 = re.compile(r"[0-9a-f]{32}")
_NONCE = re.compile(r"[A-Za-z0-9_-]{22}")
_INT = re.compile(r"0|[1-9][0-9]{0,15}")
_LINES = ("kind", "from", "seq", "issued", "expires", "audience", "id", "prev-all",
          "encrypted", "body")  # fmt: skip


class NoteRejected(VigilError):
    """A note this device must not show; ``reason`` is a stable code for the log."""

    exit_code = 4

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class NoteExpired(NoteRejected):
    """A genuine note, signed, addressed to this device and in order, that expired before it
    could be shown: a device that joined after HQ sent it, or was offline or locked for a
    while. Not the server's doing, so not an integrity alert; the caller counts it as arrived
    (``SeqState.accept``), else the next note to everyone would name it as missing."""

    def __init__(self, note: Note) -> None:
        super().__init__("expired", "The note has expired.")
        self.note = note


@dataclass(frozen=True)
class Note:
    kind: str
    sender: str  # "hq" or a field device id
    seq: int
    issued: datetime
    expires: datetime
    audience: str | tuple[str, ...]  # "all", "hq" or device ids
    nonce: str
    prev_all: int
    encrypted: bool
    body: bytes  # canonical JSON, or an age file when encrypted
    key_id: str = ""  # hex of the signing key's id (set by verify)
    note_id: str = ""  # SHA-256 of the signed text (set by verify)
    gap: bool = False  # prev-all names a note to everyone this device never got

    def payload(self) -> dict[str, Any]:
        """The JSON payload of a plain body (decrypt an encrypted one first)."""
        return parse_payload(self.body)


@dataclass
class SeqState:
    """What a device remembers per signing key: the highest sequence number accepted, the
    sequence numbers of notes to everyone, and the ids of notes already accepted."""

    highest: dict[str, int] = field(default_factory=dict)
    all_seqs: dict[str, list[int]] = field(default_factory=dict)
    seen: list[str] = field(default_factory=list)
    # Ids of notes that came in a bundle by hand: the same note arriving later through the
    # server is a duplicate to drop quietly, not a replay to report (sync/sneakernet.py).
    bundled: list[str] = field(default_factory=list)
    MAX_SEEN = 2000

    def accept(self, note: Note) -> None:
        self.highest[note.key_id] = max(self.highest.get(note.key_id, 0), note.seq)
        if note.audience == "all":
            seqs = self.all_seqs.setdefault(note.key_id, [])
            seqs.append(note.seq)
            del seqs[:-50]
        self.seen.append(note.note_id)
        del self.seen[: -self.MAX_SEEN]

    def merge(self, other: SeqState) -> bool:
        """Take the higher marks of both; True when ``other`` was behind this one anywhere."""
        behind = any(other.highest.get(k, 0) < v for k, v in self.highest.items())
        for key, value in other.highest.items():
            self.highest[key] = max(self.highest.get(key, 0), value)
        for key, seqs in other.all_seqs.items():
            merged = sorted(set(self.all_seqs.get(key, [])) | set(seqs))
            self.all_seqs[key] = merged[-50:]
        self.seen = list(dict.fromkeys([*self.seen, *other.seen]))[-self.MAX_SEEN :]
        self.bundled = list(dict.fromkeys([*self.bundled, *other.bundled]))[-self.MAX_SEEN :]
        return behind

    def to_json(self) -> dict[str, Any]:
        return {
            "highest": self.highest,
            "all_seqs": self.all_seqs,
            "seen": self.seen,
            "bundled": self.bundled[-self.MAX_SEEN :],
        }

    @classmethod
    def from_json(cls, raw: Any) -> SeqState:
        state = cls()
        if not isinstance(raw, dict):
            return state
        highest, all_seqs, seen = raw.get("highest"), raw.get("all_seqs"), raw.get("seen")
        if isinstance(highest, dict):
            state.highest = {str(k): int(v) for k, v in highest.items() if isinstance(v, int)}
        if isinstance(all_seqs, dict):
            state.all_seqs = {
                str(k): [int(x) for x in v if isinstance(x, int)]
                for k, v in all_seqs.items()
                if isinstance(v, list)
            }
        if isinstance(seen, list):
            state.seen = [str(x) for x in seen if isinstance(x, str)]
        bundled = raw.get("bundled")
        if isinstance(bundled, list):
            state.bundled = [str(x) for x in bundled if isinstance(x, str)]
        return state


def fmt_time(t: datetime) -> str:
    return t.astimezone(UTC).strftime(_TIME)


def parse_time(value: str) -> datetime:
    try:
        return datetime.strptime(value, _TIME).replace(tzinfo=UTC)
    except ValueError:
        raise NoteRejected("malformed", "The note is malformed: a time is unreadable.") from None


def canonical(payload: Mapping[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def parse_payload(body: bytes) -> dict[str, Any]:
    try:
        value = strict_json.loads(body, "The note's body")
    except strict_json.StrictJSONError as exc:
        raise NoteRejected("malformed", str(exc)) from None
    if not isinstance(value, dict) or value.get("v") != 1:
        raise NoteRejected("malformed", "The note's body is not a version 1 payload.")
    return value


def key_id_hex(signer: str, public: bytes) -> str:
    return signed_note.key_id(signer, public).hex()


def make(
    key: Ed25519PrivateKey,
    signer: str,
    kind: str,
    seq: int,
    audience: str | Iterable[str],
    body: bytes,
    *,
    sender: str = "hq",
    days: float = 30.0,
    issued: datetime | None = None,
    encrypted: bool = False,
    prev_all: int = 0,
) -> bytes:
    """Sign a note. ``body`` is canonical JSON (or an age file when ``encrypted``)."""
    if kind not in KINDS:
        raise ValueError(f"unknown note kind {kind!r}")
    if not 0 < seq < MAX_SEQ or not 0 <= prev_all < seq:
        raise ValueError("a note's sequence number is positive and above prev-all")
    if not 0 < days <= MAX_DAYS:
        raise VigilError(f"A note lasts more than 0 and at most {MAX_DAYS} days.")
    if isinstance(audience, str):
        aud = audience
    else:
        ids = sorted(set(audience))
        if not ids or any(not _HEX32.fullmatch(i) for i in ids):
            raise VigilError("An audience is 'all', 'hq' or device ids (32 lower-case hex).")
        aud = ",".join(ids)
    if aud not in ("all", "hq") and "," not in aud and not _HEX32.fullmatch(aud):
        raise VigilError("An audience is 'all', 'hq' or device ids (32 lower-case hex).")
    issued = (issued or datetime.now(UTC)).replace(microsecond=0)
    # Times are written to the second: a period shorter than that would be signed as one
    # that ends when it starts, and every device would log the note as malformed.
    if (issued + timedelta(days=days)).replace(microsecond=0) <= issued:
        raise VigilError("A note must last at least a second.")
    nonce = base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip("=")
    text = (
        f"{FORMAT}\nkind {kind}\nfrom {sender}\nseq {seq}\nissued {fmt_time(issued)}\n"
        f"expires {fmt_time(issued + timedelta(days=days))}\naudience {aud}\nid {nonce}\n"
        f"prev-all {prev_all}\nencrypted {'age' if encrypted else 'no'}\n"
        f"body {base64.b64encode(body).decode()}\n"
    ).encode()
    if len(text) > MAX_NOTE - 200:
        raise VigilError(f"The note is larger than {MAX_NOTE // 1024} KiB; send less at once.")
    return signed_note.sign(text, signer, key)


def parse_text(text: bytes) -> Note:
    """Parse the (already verified) text strictly."""
    try:
        lines = text.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        raise NoteRejected("malformed", "The note is malformed: it is not UTF-8.") from None
    if not lines or lines[0] != FORMAT:
        if lines and lines[0].startswith("vigil-note/"):
            raise NoteRejected("unknown_format", "The note has a format this Vigil does not know.")
        raise NoteRejected("malformed", "The note is malformed: it is not a Vigil note.")
    if len(lines) != len(_LINES) + 2 or lines[-1] != "":
        raise NoteRejected("malformed", "The note is malformed: wrong number of lines.")
    values: dict[str, str] = {}
    for name, line in zip(_LINES, lines[1:-1], strict=True):
        key, _, value = line.partition(" ")
        if key != name or not value:
            raise NoteRejected("malformed", f"The note is malformed: expected '{name}'.")
        values[name] = value
    if values["kind"] not in KINDS:
        raise NoteRejected("unknown_kind", "The note is of a kind this Vigil does not know.")
    if values["from"] != "hq" and not _HEX32.fullmatch(values["from"]):
        raise NoteRejected("malformed", "The note is malformed: 'from' is wrong.")
    for name in ("seq", "prev-all"):
        if not _INT.fullmatch(values[name]):
            raise NoteRejected("malformed", f"The note is malformed: '{name}' is not a number.")
    seq, prev_all = int(values["seq"]), int(values["prev-all"])
    if not 0 < seq < MAX_SEQ or prev_all >= seq:
        raise NoteRejected("malformed", "The note is malformed: its sequence is out of range.")
    audience: str | tuple[str, ...] = values["audience"]
    if audience not in ("all", "hq"):
        ids = tuple(values["audience"].split(","))
        if any(not _HEX32.fullmatch(i) for i in ids) or list(ids) != sorted(set(ids)):
            raise NoteRejected("malformed", "The note is malformed: the audience is wrong.")
        audience = ids
    if not _NONCE.fullmatch(values["id"]) or values["encrypted"] not in ("no", "age"):
        raise NoteRejected("malformed", "The note is malformed.")
    try:
        body = base64.b64decode(values["body"], validate=True)
    except (binascii.Error, ValueError):
        raise NoteRejected("malformed", "The note is malformed: its body is not base64.") from None
    return Note(
        kind=values["kind"],
        sender=values["from"],
        seq=seq,
        issued=parse_time(values["issued"]),
        expires=parse_time(values["expires"]),
        audience=audience,
        nonce=values["id"],
        prev_all=prev_all,
        encrypted=values["encrypted"] == "age",
        body=body,
    )


def check_signature(
    data: bytes, signer: str, keys: Iterable[bytes], retired: Iterable[bytes] = ()
) -> tuple[bytes, str]:
    """(text, key id hex) when a signature by ``signer`` verifies with one of ``keys``.

    Unknown key, retired key and a signature that does not match are told apart."""
    if len(data) > MAX_NOTE:
        raise NoteRejected("too_large", "The note is larger than any Vigil writes.")
    try:
        text, sigs = signed_note.split(data)
    except SignatureError as exc:
        raise NoteRejected("malformed", str(exc)) from None
    by_id = {signed_note.key_id(signer, k): k for k in keys if len(k) == 32}
    old = {signed_note.key_id(signer, k) for k in retired if len(k) == 32}
    claimed_old = False
    for name, kid, sig in sigs:
        if name != signer:
            continue
        public = by_id.get(kid)
        if public is None:
            claimed_old = claimed_old or kid in old
            continue
        try:
            Ed25519PublicKey.from_public_bytes(public).verify(sig, text)
        except InvalidSignature:
            raise NoteRejected(
                "forged", "The note's signature does not match its text: it was forged or altered."
            ) from None
        return text, kid.hex()
    if claimed_old:
        raise NoteRejected("retired_key", "The note is signed by a key HQ has rotated out.")
    raise NoteRejected("unknown_key", "The note is not signed by a key this device trusts.")


def check_fields(
    note: Note, me: str, state: SeqState, at: datetime | None = None, kinds: Iterable[str] = ()
) -> Note:
    """Audience, dates and sequence of a note whose signature verified (``note.key_id`` set).
    ``me`` is this device's id, or "hq" on the HQ desk. Returns the note with ``gap`` set."""
    if kinds and note.kind not in kinds:
        raise NoteRejected("wrong_kind", f"A note of kind {note.kind} is not expected here.")
    if me == "hq":
        addressed = note.audience == "hq"
    else:
        addressed = note.audience == "all" or (
            isinstance(note.audience, tuple) and me in note.audience
        )
    if not addressed:
        raise NoteRejected("misaddressed", "The note is not addressed to this device.")
    at = at or datetime.now(UTC)
    if note.expires <= note.issued or note.expires - note.issued > timedelta(days=MAX_DAYS):
        raise NoteRejected("malformed", "The note's validity period is wrong.")
    if note.issued > at + CLOCK_SKEW:
        raise NoteRejected("future", "The note was issued in the future (check this clock).")
    if note.note_id in state.seen:
        if note.note_id in state.bundled:
            raise NoteRejected("duplicate", "The note already came in a bundle.")
        raise NoteRejected("replayed", "The note was already received: the server replayed it.")
    if note.seq <= state.highest.get(note.key_id, 0):
        raise NoteRejected(
            "reordered",
            f"The note's sequence number ({note.seq}) is not above the last one accepted from "
            f"its key ({state.highest[note.key_id]}): an old or reordered note.",
        )
    known_all = state.all_seqs.get(note.key_id, [])
    # A note to everyone that came after the last one this device holds, and never arrived.
    gap = bool(known_all) and note.prev_all > max(known_all)
    if note.expires <= at:
        # After the replay and order checks, so that an expired note which passes them can
        # be counted as arrived (NoteExpired).
        raise NoteExpired(_with(note, gap=gap))
    return _with(note, gap=gap)


def _with(note: Note, **changes: Any) -> Note:
    from dataclasses import replace

    return replace(note, **changes)


def verify(
    data: bytes,
    signer: str,
    keys: Iterable[bytes],
    me: str,
    state: SeqState,
    *,
    retired: Iterable[bytes] = (),
    at: datetime | None = None,
    kinds: Iterable[str] = (),
) -> Note:
    """Everything a device checks before it shows a note, in that order."""
    text, kid = check_signature(data, signer, keys, retired)
    parsed = _with(parse_text(text), key_id=kid, note_id=note_id(text))
    return check_fields(parsed, me, state, at, kinds)


def id_of(data: bytes) -> str:
    """The id of a whole signed note (its signature lines left out), as an inbox lists it."""
    return note_id(signed_note.split(data)[0])


def note_id(text: bytes) -> str:
    """A note's id: SHA-256 of its signed text, so that the same note with other signature
    lines added is still recognised as the same note."""
    return hashlib.sha256(text).hexdigest()


def next_seq(last: int) -> int:
    """A sequence that only grows, even for a desk restored from an older backup: the larger
    of the last one plus one and the time in milliseconds."""
    return max(last + 1, int(datetime.now(UTC).timestamp() * 1000))
