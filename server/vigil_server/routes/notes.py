"""The notes channel: POST /v1/notes (publish one note), GET /v1/notes (fetch since a cursor).

HQ desks publish signed notes (first line ``vigil-note/``) to everyone or to listed devices;
field devices post age files addressed to HQ (a signed note inside, which the server cannot
read). The server checks only the shape and the audience (docs/alerts.md).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from vigil_server import logs
from vigil_server.bodies import GatedRoute
from vigil_server.deps import Ctx, SyncDevice
from vigil_server.errors import ApiError
from vigil_server.schemas import B64, Audience, Request, Sha256Hex, Timestamp, error_responses
from vigil_server.storage import audience, notes
from vigil_server.wire import AGE_MAGIC, b64, now, rfc3339, sha256_hex, unb64

router = APIRouter(tags=["notes"], route_class=GatedRoute)
MAX_NOTE = 1024 * 1024
NOTE_MAGIC = b"vigil-note/"
MAX_CURSOR = 2**63 - 1
PAGE_BYTES = 8 * 1024 * 1024


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


@router.post("/v1/notes", response_model=NoteStored, responses=error_responses(401, 403, 413, 422))
def post_note(body: NoteIn, device: SyncDevice, ctx: Ctx) -> NoteStored:
    """Publish one note. Idempotent by content hash."""
    try:
        raw = unb64(body.note)
    except ValueError:
        raise ApiError(422, "invalid_note", "The note is not base64.") from None
    if len(raw) > MAX_NOTE:
        raise ApiError(413, "note_too_large", f"A note is at most {MAX_NOTE} bytes.")
    if sha256_hex(raw) != body.sha256:
        raise ApiError(422, "hash_mismatch", "The SHA-256 of the note is not the one given.")
    if device.role == "hq":
        if body.audience == "hq" or not raw.startswith(NOTE_MAGIC):
            raise ApiError(
                422,
                "invalid_note",
                "HQ publishes signed notes (vigil-note/…) to 'all' or to listed devices.",
            )
    elif body.audience != "hq":
        raise ApiError(403, "audience_forbidden", "A field device addresses its notes to 'hq'.")
    elif not raw.startswith(AGE_MAGIC):
        raise ApiError(422, "invalid_note", "A field device's note is an age file for HQ.")
    with ctx.db.write() as conn:
        audience.check(conn, device, body.audience, "audience")
        seq, duplicate = notes.post(conn, device.org_id, body.sha256, raw, body.audience, now())
    logs.log("note", duplicate=duplicate)
    return NoteStored(sha256=body.sha256, seq=seq, duplicate=duplicate)


@router.get("/v1/notes", response_model=NotePage, responses=error_responses(401, 403, 409, 422))
def fetch_notes(
    device: SyncDevice,
    ctx: Ctx,
    since: Annotated[int, Query(ge=0, le=MAX_CURSOR, description="the last cursor")] = 0,
    limit: Annotated[int, Query(ge=1, le=500, description="at most this many")] = 100,
) -> NotePage:
    """Notes addressed to this device (HQ: those addressed to HQ) after the cursor."""
    with ctx.db.read() as conn:
        entries, next_cursor, more = notes.fetch(conn, device, since, limit, PAGE_BYTES)
    return NotePage(
        items=[
            NoteItem(
                seq=e.seq,
                sha256=e.sha256,
                received_at=rfc3339(e.received_at) or "",
                note=b64(e.body),
            )
            for e in entries
        ],
        next=next_cursor,
        more=more,
    )
