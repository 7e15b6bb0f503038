"""Blobs in resumable parts: init, status, PUT part, complete, ranged download."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header, Path, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from vigil_server.bodies import GatedRoute
from vigil_server.deps import Ctx, SyncDevice
from vigil_server.errors import ApiError
from vigil_server.schemas import (
    BlobInit,
    BlobStatusOut,
    PartReceipt,
    Sha256Hex,
    error_responses,
)
from vigil_server.views import blob_out
from vigil_server.wire import now

router = APIRouter(tags=["blobs"], route_class=GatedRoute)
ERRORS = error_responses(401, 403, 404, 409, 413, 422, 429)
BlobId = Annotated[Sha256Hex, Path(description="SHA-256 of the whole blob, lower-case hex")]
PartIndex = Annotated[int, Path(ge=0, le=1_000_000, description="the part number, from 0")]
PartHash = Annotated[Sha256Hex, Header(alias="X-Part-SHA256", description="SHA-256 of the part")]
RangeHeader = Annotated[str | None, Header(alias="Range", description="bytes=START-END")]
RANGE = re.compile(r"^bytes=(\d{0,19})-(\d{0,19})$")
PART_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}},
    }
}


@router.post("/v1/blobs", response_model=BlobStatusOut, responses=ERRORS)
def init_upload(body: BlobInit, device: SyncDevice, ctx: Ctx) -> BlobStatusOut:
    """Start (or resume) an upload. An existing upload of the same blob is returned with the
    parts received so far; a complete blob is returned as complete."""
    t = now()
    if ctx.due(f"blobs:{device.org_id}"):
        ctx.blobs.sweep(device.org_id, t)
    return blob_out(
        ctx.blobs.init(device, body.sha256, body.size, body.part_size, body.audience, t)
    )


@router.get("/v1/blobs/{sha256}", response_model=BlobStatusOut, responses=ERRORS)
def status(sha256: BlobId, device: SyncDevice, ctx: Ctx) -> BlobStatusOut:
    """The upload state: which parts the server holds, and whether the blob is complete."""
    return blob_out(ctx.blobs.status(device, sha256))


@router.put(
    "/v1/blobs/{sha256}/parts/{index}",
    response_model=PartReceipt,
    responses=ERRORS,
    openapi_extra=PART_BODY,
)
async def put_part(
    request: Request,
    sha256: BlobId,
    index: PartIndex,
    x_part_sha256: PartHash,
    device: SyncDevice,
    ctx: Ctx,
) -> PartReceipt:
    """Store one part (the raw bytes are the body). Refused unless its SHA-256 matches."""
    data = await request.body()
    await run_in_threadpool(ctx.blobs.put_part, device, sha256, index, data, x_part_sha256, now())
    return PartReceipt(index=index, size=len(data), sha256=x_part_sha256)


@router.post("/v1/blobs/{sha256}/complete", response_model=BlobStatusOut, responses=ERRORS)
def complete(sha256: BlobId, device: SyncDevice, ctx: Ctx) -> BlobStatusOut:
    """Check every part is there and the whole matches its SHA-256; then the blob is final."""
    return blob_out(ctx.blobs.complete(device, sha256, now()))


@router.get(
    "/v1/blobs/{sha256}/data",
    responses={
        200: {"content": {"application/octet-stream": {}}, "description": "the whole blob"},
        206: {"content": {"application/octet-stream": {}}, "description": "one byte range"},
        **error_responses(401, 403, 404, 409, 413, 416, 422, 429),
    },
    response_class=StreamingResponse,
)
def download(
    sha256: BlobId,
    device: SyncDevice,
    ctx: Ctx,
    range_header: RangeHeader = None,
) -> StreamingResponse:
    """The blob's bytes; a single ``Range: bytes=a-b`` gives 206 with that slice."""
    blob = ctx.blobs.readable(device, sha256)
    size = blob.size
    start, end, status_code = 0, size - 1, 200
    headers = {"Accept-Ranges": "bytes", "ETag": f'"{sha256}"'}
    if range_header is not None:
        start, end = parse_range(range_header, size)
        status_code = 206
        headers["Content-Range"] = f"bytes {start}-{end}/{size}"
    headers["Content-Length"] = str(end - start + 1)
    return StreamingResponse(
        blob.chunks(start, end),
        status_code=status_code,
        headers=headers,
        media_type="application/octet-stream",
    )


def parse_range(value: str, size: int) -> tuple[int, int]:
    """One ``bytes=`` range -> inclusive (start, end); 416 when it cannot be served."""
    match = RANGE.match(value.strip())
    if match is None or match.group(1) == match.group(2) == "":
        raise _unsatisfiable("Only one range of the form bytes=START-END is supported.", size)
    first, last = match.group(1), match.group(2)
    if first == "":
        start, end = max(0, size - int(last)), size - 1
    else:
        start = int(first)
        end = min(int(last), size - 1) if last else size - 1
    if start > end or start >= size:
        raise _unsatisfiable(f"The range is outside the blob ({size} bytes).", size)
    return start, end


def _unsatisfiable(message: str, size: int) -> ApiError:
    return ApiError(
        416, "range_not_satisfiable", message, headers={"Content-Range": f"bytes */{size}"}
    )
