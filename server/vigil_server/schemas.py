"""Request and response bodies. Every request model refuses unknown fields, so a misspelt
field is an error rather than silently ignored."""

from __future__ import annotations

import unicodedata
from typing import Annotated, Any, Literal

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

from vigil_server.errors import ApiError
from vigil_server.wire import AGE_MAGIC, sha256_hex, unb64

DeviceId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
Sha256Hex = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
Secret = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{43}$")]
B64 = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9+/]*={0,2}$")]


def _ed25519_signature(value: str) -> str:
    if len(unb64(value)) != 64:
        raise ValueError("an Ed25519 signature is 64 bytes")
    return value


Signature = Annotated[B64, AfterValidator(_ed25519_signature)]
Label = Annotated[str, StringConstraints(pattern=r"^[^\x00-\x1f\x7f]{1,100}$")]
AgeRecipient = Annotated[str, StringConstraints(pattern=r"^age1[02-9ac-hj-np-z]{58}$")]
Action = Literal["sync", "admin", "final"]
Role = Literal["field", "hq"]
AudienceList = Annotated[list[DeviceId], Field(min_length=1, max_length=256)]
Audience = Literal["all", "hq"] | AudienceList
Timestamp = Annotated[str, Field(description="RFC 3339 UTC time, e.g. 2025-01-31T12:00:00Z")]


# Zero-width joiner and non-joiner are formatting characters that Persian, Indic and emoji
# text needs; every other format character (the bidi embeddings, overrides and isolates,
# U+061C, U+200E/F...) can make a label display as something else in HQ's device list.
_KEEP = {"\u200c", "\u200d"}


def plain_text(value: str) -> bool:
    return all(
        ch in _KEEP or unicodedata.category(ch) not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
        for ch in value
    )


class Request(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _ed25519(value: str | None) -> str | None:
    if value is None:
        return value
    raw = unb64(value)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    Ed25519PublicKey.from_public_bytes(raw)
    return value


class ErrorBody(BaseModel):
    error: str = Field(description="a stable machine-readable code (docs/protocol.md §9)")
    message: str = Field(description="a plain sentence for a person")
    model_config = ConfigDict(extra="allow")


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    protocol: int


class HqProofIn(Request):
    nonce: Secret = Field(description="from POST /v1/enrol/challenge or /v1/hq/challenge")
    signature: Signature = Field(
        description="Ed25519 signature by the HQ key (docs/protocol.md §4.3)"
    )


class EnrolChallengeRequest(Request):
    secret: Secret = Field(description="the secret of the HQ code about to be spent")


class HqChallengeResponse(BaseModel):
    purpose: Literal["enrol", "revoke"]
    host: str = Field(description="the host the server expects in the signed string")
    nonce: Secret
    expires_in: int
    expires_at: Timestamp


class EnrolRequest(Request):
    secret: Secret = Field(description="the code's one-time secret (base64url, 32 bytes)")
    device_key: B64 = Field(description="the device's Ed25519 auth key, base64, 32 bytes")
    age_recipient: AgeRecipient = Field(description="the age X25519 recipient (age1...)")
    signing_key: B64 | None = Field(
        None, description="the Ed25519 key that signs revisions; required for HQ desks"
    )
    hq_proof: HqProofIn | None = Field(
        None, description="required for an HQ desk once the organisation has HQ keys"
    )
    hq_keyset: B64 | None = Field(
        None,
        max_length=60_000,
        description="an HQ desk taking over from a seized one: the root-signed key set naming "
        "its keys (docs/hq-keys.md)",
    )

    @field_validator("device_key", "signing_key")
    @classmethod
    def _key(cls, value: str | None) -> str | None:
        return _ed25519(value)

    @field_validator("age_recipient")
    @classmethod
    def _age(cls, value: str) -> str:
        try:
            pyrage.x25519.Recipient.from_str(value)
        except Exception:
            raise ValueError("is not a valid age X25519 recipient") from None
        return value


class EnrolResponse(BaseModel):
    device_id: DeviceId
    role: Role
    org: str


class ChallengeRequest(Request):
    device_id: DeviceId
    action: Action


class ChallengeResponse(BaseModel):
    device_id: DeviceId
    action: Action
    host: str = Field(description="the host the server expects in the signed string")
    nonce: Secret
    expires_in: int
    expires_at: Timestamp


class TokenRequest(Request):
    device_id: DeviceId
    action: Action
    nonce: Secret
    signature: Signature = Field(description="Ed25519 signature of the auth string, base64")


class TokenResponse(BaseModel):
    token: str
    token_type: Literal["Bearer"]
    action: Action
    expires_in: int
    expires_at: Timestamp


class PushItem(Request):
    sha256: Sha256Hex = Field(description="SHA-256 of the envelope bytes, lower-case hex")
    envelope: B64 = Field(description="the age v1 file, base64; at most 1 MiB decoded")
    audience: Audience


class PushRequest(Request):
    envelopes: Annotated[list[PushItem], Field(min_length=1, max_length=500)]


class Receipt(BaseModel):
    text: str = Field(description="the signed receipt text (docs/formats.md, Receipt)")
    signature: str = Field(description="Ed25519 signature over the text's UTF-8 bytes, base64")
    key: str = Field(description="the receipt key's raw public key, base64")


class ReceiptKeyLink(BaseModel):
    key: str = Field(description="raw Ed25519 public key, base64")
    created: Timestamp
    endorsement: str | None = Field(
        description="signature of the key before it over its endorsement text; null: the first"
    )


class PushResult(BaseModel):
    sha256: Sha256Hex
    seq: int
    duplicate: bool
    receipt: Receipt


class PushResponse(BaseModel):
    results: list[PushResult]
    receipt_keys: list[ReceiptKeyLink] = Field(
        description="the organisation's receipt keys, oldest first (rotations endorsed)"
    )


class ReceiptsRequest(Request):
    sha256: Annotated[list[Sha256Hex], Field(min_length=1, max_length=500)]


class ReceiptFor(BaseModel):
    sha256: Sha256Hex
    receipt: Receipt


class ReceiptsResponse(BaseModel):
    receipts: list[ReceiptFor] = Field(
        description="one per envelope found that this device may see, dated when the server "
        "first accepted it"
    )
    receipt_keys: list[ReceiptKeyLink]


class PullItem(BaseModel):
    seq: int
    sha256: Sha256Hex
    size: int
    audience: Audience
    received_at: Timestamp
    envelope: str = Field(description="the age v1 file, base64")


class PullResponse(BaseModel):
    items: list[PullItem]
    next: int = Field(description="the cursor for the next pull (pass it as since)")
    more: bool = Field(description="true when another page is waiting")
    notes_head: int = Field(
        0, description="the highest notes-channel sequence this device may read (0: none)"
    )


class DeviceOut(BaseModel):
    id: DeviceId
    role: Role
    label: str | None
    status: Literal["active", "revoked"]
    wipe: bool
    created_at: Timestamp
    revoked_at: Timestamp | None
    device_key: str
    age_recipient: str
    signing_key: str | None
    stored_bytes: int = Field(0, description="bytes of envelopes and blobs this device pushed")
    stored_today: int = Field(0, description="of which in the last 24 hours")
    quota_daily: int | None = Field(None, description="bytes per 24 hours (null: no quota)")
    quota_total: int | None = Field(None, description="bytes in all (null: no quota)")
    last_seen: str | None = Field(
        None, description="the UTC day of the device's latest sign-in (YYYY-MM-DD); null: never"
    )


class QuotaRequest(Request):
    daily_bytes: int | None = Field(
        None, ge=0, le=2**50, description="bytes per 24 hours; null: the server's default"
    )
    total_bytes: int | None = Field(
        None, ge=0, le=2**50, description="bytes in all; null: the server's default"
    )


class DeviceList(BaseModel):
    devices: list[DeviceOut]


class RevokeRequest(Request):
    wipe: bool = Field(False, description="also ask the device to wipe its Vigil data")
    wipe_order: B64 | None = Field(
        None,
        max_length=2800,
        description="HQ's signed wipe order (vigil-wipe-order/v1), relayed to the device as is",
    )
    push_first: bool = Field(
        False, description="let the revoked device push its outbox once before it wipes"
    )
    hq_proof: HqProofIn | None = Field(
        None, description="required to revoke an HQ desk (docs/protocol.md §4.3)"
    )


class EnrolCodeRequest(Request):
    role: Role = "field"
    label: Label | None = Field(None, description="a name for the device, shown to HQ")
    ttl_seconds: int | None = Field(None, ge=60, le=30 * 24 * 3600)

    @field_validator("label")
    @classmethod
    def _plain(cls, value: str | None) -> str | None:
        if value is not None and not plain_text(value):
            raise ValueError("a label may not hold control or bidirectional formatting characters")
        return value


class EnrolCodeResponse(BaseModel):
    code: str
    role: Role
    label: str | None
    expires_at: Timestamp


class HqKey(BaseModel):
    age: str
    ed25519: str


class HqHybridOut(BaseModel):
    recipient: str = Field(description="HQ's hybrid age recipient (age1pq1…)")
    signature: str = Field(
        description="base64 of the HQ signing key's Ed25519 signature over "
        "'vigil-hq-hybrid-recipient/v2\\n<organisation>\\n<recipient>\\n'"
    )


class HqKeys(BaseModel):
    hq_keys: list[HqKey]
    age: list[str]  # what a version 2 enrolment code names by fingerprint (protocol.md §4)
    ed25519: list[str]
    note: str
    hybrid: HqHybridOut | None = Field(
        None,
        description="the hybrid recipient the desk registered, with the HQ key's signature: "
        "a device enrolled before it checks the signature with the HQ key it pinned and moves "
        "to it (protocol.md §9); null until the desk registered one",
    )


class HqHybridIn(Request):
    """The desk's hybrid age recipient and the HQ signing key's signature over it
    (``vigil.crypto.hq_hybrid``)."""

    recipient: Annotated[str, StringConstraints(pattern=r"^age1pq1[02-9ac-hj-np-z]{1,2100}$")]
    signature: Signature


class HqKeySetIn(Request):
    keyset: B64 = Field(max_length=60_000, description="the key set, base64 (vigil-hq-keys/v1)")


class HqKeySetOut(BaseModel):
    root: str = Field(description="the pinned root's fingerprint; empty before one is adopted")
    keyset: str | None = Field(description="the newest key set, base64; null: none yet")
    serial: int = 0


class BlobInit(Request):
    sha256: Sha256Hex = Field(description="SHA-256 of the whole blob, lower-case hex")
    size: int = Field(ge=1, description="total size in bytes")
    part_size: int | None = Field(None, ge=1, description="bytes per part (last may be less)")
    audience: Audience = "hq"


class BlobStatusOut(BaseModel):
    sha256: Sha256Hex
    size: int
    part_size: int
    parts: int
    complete: bool
    received: list[int]
    audience: Audience


class PartReceipt(BaseModel):
    index: int
    size: int
    sha256: Sha256Hex


class NoteIn(Request):
    sha256: Sha256Hex = Field(description="SHA-256 of the note's bytes")
    note: B64 = Field(max_length=1_400_000, description="the note, base64; at most 1 MiB")
    audience: Audience = Field(description='"all" or device ids (HQ); "hq" (field devices)')


class NoteStored(BaseModel):
    sha256: Sha256Hex
    seq: int
    duplicate: bool


class NoteItem(BaseModel):
    seq: int
    sha256: Sha256Hex
    received_at: Timestamp
    note: B64


class NotePage(BaseModel):
    items: list[NoteItem]
    next: int
    more: bool


class EscrowIn(Request):
    envelope: B64 = Field(max_length=22_000, description="the age file, base64; at most 16 KiB")


class EscrowOut(BaseModel):
    device_id: DeviceId
    envelope: B64
    stored_at: Timestamp


class EscrowGone(BaseModel):
    removed: bool


def payload(
    text: str,
    where: str,
    kind: Literal["envelope", "note"],
    limit: int,
    sha256: str | None = None,
    age: bool = True,
    **extra: Any,
) -> bytes:
    """The bytes of a base64 payload field (an envelope, a note, an escrow envelope), checked
    the one way every route checks them: strict base64 (``invalid_<kind>``), at most ``limit``
    bytes (``413 <kind>_too_large``), an age file when ``age`` (``not_age_envelope``), and the
    bytes ``sha256`` names (``hash_mismatch``). Every refusal names ``where`` in its message and
    as a field, plus ``extra`` (the push route adds the item's ``index``)."""

    def refuse(status: int, code: str, problem: str) -> ApiError:
        return ApiError(status, code, f"{where}: {problem}", where=where, **extra)

    try:
        raw = unb64(text)
    except ValueError as exc:
        raise refuse(422, f"invalid_{kind}", f"the {kind} {exc}.") from None
    if len(raw) > limit:
        raise refuse(413, f"{kind}_too_large", f"a {kind} is at most {limit} bytes.")
    if age and not raw.startswith(AGE_MAGIC):
        raise refuse(
            422,
            "not_age_envelope",
            "this is not an age v1 file; the server stores only encrypted envelopes.",
        )
    if sha256 is not None and sha256_hex(raw) != sha256:
        raise refuse(
            422,
            "hash_mismatch",
            f"the SHA-256 of the {kind} is not the one given; it may have been damaged in transit.",
        )
    return raw


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the error statuses a route can answer with."""
    return {s: {"model": ErrorBody, "description": "refused (see error)"} for s in statuses}
