"""The notes channel: POST /v1/notes (publish one note), GET /v1/notes (fetch since a cursor).

HQ desks publish signed notes (first line ``vigil-note/``) to everyone or to listed devices;
field devices post age files addressed to HQ (a signed note inside, which the server cannot
read). The server checks only the shape and the audience (docs/alerts.md).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from vigil_server import logs
from vigil_server.bodies import GatedRoute
from vigil_server.deps import Ctx, SyncDevice
from vigil_server.errors import ApiError
from vigil_server.schemas import (
    NoteIn,
    NoteItem,
    NotePage,
    NoteStored,
    error_responses,
    payload,
)
from vigil_server.storage import audience, notes, quotas, sequenced
from vigil_server.wire import AGE_MAGIC, b64, now, rfc3339

router = APIRouter(tags=["notes"], route_class=GatedRoute)
MAX_NOTE = 1024 * 1024
NOTE_MAGIC = b"vigil-note/"
MAX_CURSOR = 2**63 - 1
PAGE_BYTES = 8 * 1024 * 1024


@router.post("/v1/notes", response_model=NoteStored, responses=error_responses(401, 403, 413, 422))
def post_note(body: NoteIn, device: SyncDevice, ctx: Ctx) -> NoteStored:
    """Publish one note. Idempotent by content hash."""
    raw = payload(body.note, "note", "note", MAX_NOTE, body.sha256, age=False)
    if device.role == "hq":
        if body.audience == "hq" or not raw.startswith(NOTE_MAGIC):
            raise ApiError(
                422,
                "invalid_note",
                "note: HQ publishes signed notes (vigil-note/…) to 'all' or to listed devices.",
                where="note",
            )
    elif body.audience != "hq":
        raise ApiError(403, "audience_forbidden", "A field device addresses its notes to 'hq'.")
    elif not raw.startswith(AGE_MAGIC):
        raise ApiError(
            422,
            "invalid_note",
            "note: a field device's note is an age file for HQ.",
            where="note",
        )
    t = now()

    def store() -> tuple[int, bool]:
        with ctx.db.write() as conn:
            audience.check(conn, device, body.audience, "audience")
            return notes.post(
                conn,
                device.org_id,
                body.sha256,
                raw,
                body.audience,
                t,
                pusher=device.id,
                quota=lambda adding: quotas.check(conn, device, adding, t, ctx.limits),
            )

    seq, duplicate = sequenced.retried(store)
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
