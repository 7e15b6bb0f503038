"""Escrow (optional, off by default): a field device's escrow envelope, kept for HQ.

The envelope is an age file encrypted by the device to the HQ key it pinned; the server holds
its bytes and cannot open it. A device stores or removes its own; HQ fetches one to help a field
worker who lost both passphrase and recovery key (docs/escrow.md).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from vigil_server import logs
from vigil_server.bodies import GatedRoute
from vigil_server.deps import AdminDevice, Ctx, SyncDevice
from vigil_server.errors import ApiError
from vigil_server.schemas import (
    DeviceId,
    EscrowGone,
    EscrowIn,
    EscrowOut,
    error_responses,
    payload,
)
from vigil_server.storage import escrow
from vigil_server.wire import b64, now, rfc3339

router = APIRouter(tags=["escrow"], route_class=GatedRoute)
ERRORS = error_responses(401, 403, 404, 413, 422, 429)
MAX_ESCROW = 16 * 1024


@router.put("/v1/escrow", response_model=EscrowGone, responses=ERRORS)
def put_escrow(body: EscrowIn, device: SyncDevice, ctx: Ctx) -> EscrowGone:
    """Store (or replace) this device's escrow envelope."""
    data = payload(body.envelope, "envelope", "envelope", MAX_ESCROW)
    with ctx.db.write() as conn:
        escrow.store(conn, device.id, data, now())
    logs.log("escrow_stored", device_id=device.id)
    return EscrowGone(removed=False)


@router.delete("/v1/escrow", response_model=EscrowGone, responses=ERRORS)
def delete_escrow(device: SyncDevice, ctx: Ctx) -> EscrowGone:
    """Remove this device's escrow envelope (a copy HQ already fetched is not recalled)."""
    with ctx.db.write() as conn:
        removed = escrow.remove(conn, device.id)
    logs.log("escrow_removed", device_id=device.id)
    return EscrowGone(removed=removed)


@router.get("/v1/devices/{device_id}/escrow", response_model=EscrowOut, responses=ERRORS)
def get_escrow(
    device_id: Annotated[DeviceId, Path(description="the field device")],
    hq: AdminDevice,
    ctx: Ctx,
) -> EscrowOut:
    """A device's escrow envelope, for HQ to open with the HQ identity."""
    with ctx.db.read() as conn:
        held = escrow.fetch(conn, hq.org_id, device_id)
    if held is None:
        raise ApiError(404, "escrow_not_found", "This device has no escrow envelope here.")
    logs.log("escrow_fetched", device_id=device_id)
    return EscrowOut(
        device_id=device_id, envelope=b64(held.envelope), stored_at=rfc3339(held.stored_at) or ""
    )
