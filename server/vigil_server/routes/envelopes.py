"""The envelope log: POST /v1/envelopes (push a batch), GET /v1/envelopes (pull a page)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from vigil_server import logs
from vigil_server.bodies import GatedRoute
from vigil_server.deps import Ctx, PushCaller, SyncDevice
from vigil_server.errors import ApiError
from vigil_server.schemas import (
    PullItem,
    PullResponse,
    PushRequest,
    PushResponse,
    PushResult,
    Receipt,
    ReceiptFor,
    ReceiptKeyLink,
    ReceiptsRequest,
    ReceiptsResponse,
    error_responses,
    payload,
)
from vigil_server.storage import audience, envelopes, notes, quotas, receipts, sequenced
from vigil_server.views import audience_out
from vigil_server.wire import b64, now, rfc3339

router = APIRouter(tags=["envelopes"], route_class=GatedRoute)
MAX_CURSOR = 2**63 - 1


@router.post(
    "/v1/envelopes",
    response_model=PushResponse,
    responses=error_responses(401, 403, 413, 422, 429, 507),
)
def push(body: PushRequest, caller: PushCaller, ctx: Ctx) -> PushResponse:
    """Append envelopes to the organisation's log. All or nothing; a duplicate (same SHA-256
    and audience) gets back the sequence number it already has."""
    device = caller.device
    if caller.final and any(item.audience != "hq" for item in body.envelopes):
        raise ApiError(
            403,
            "audience_forbidden",
            "A revoked device's final session may push only to HQ (audience 'hq').",
        )
    items = [
        envelopes.Incoming(
            item.sha256,
            payload(
                item.envelope,
                f"envelopes[{i}]",
                "envelope",
                ctx.limits.max_envelope,
                item.sha256,
                index=i,
            ),
            item.audience,
        )
        for i, item in enumerate(body.envelopes)
    ]

    def store() -> tuple[list[envelopes.Stored], list[receipts.ReceiptKey], int]:
        with ctx.db.write() as conn:
            checked: set[str | tuple[str, ...]] = set()
            for i, item in enumerate(items):
                key = item.audience if isinstance(item.audience, str) else tuple(item.audience)
                if key not in checked:
                    audience.check(conn, device, item.audience, f"envelopes[{i}]")
                    checked.add(key)
            t = now()
            # Read before the push takes the organisation's row lock; the push checks under
            # the lock that no key was added since, so the key that signs has not retired.
            chain = receipts.chain(conn, device.org_id)
            stored = envelopes.push(
                conn,
                device.org_id,
                items,
                t,
                pusher=device.id,
                quota=lambda adding: quotas.check(conn, device, adding, t, ctx.limits),
                receipt_keys=len(chain),
            )
            # The organisation's first push makes its first key, under the lock push holds.
            return stored, chain or receipts.signing_chain(conn, device.org_id, t), t

    stored, chain, t = sequenced.retried(store)
    signer = chain[-1]
    logs.log("push", count=len(stored), new=sum(not s.duplicate for s in stored))
    return PushResponse(
        results=[
            PushResult(
                sha256=s.sha256,
                seq=s.seq,
                duplicate=s.duplicate,
                receipt=_receipt(receipts.sign(signer, device.org_id, s.sha256, s.seq, t)),
            )
            for s in stored
        ],
        receipt_keys=_links(chain),
    )


@router.post(
    "/v1/receipts",
    response_model=ReceiptsResponse,
    responses=error_responses(401, 403, 413, 422, 429),
)
def fetch_receipts(body: ReceiptsRequest, device: SyncDevice, ctx: Ctx) -> ReceiptsResponse:
    """Receipts for envelopes already in the log, dated when the server first accepted each
    (for the HQ desk, whose copies of field revisions came by pull): HQ for any envelope of
    its organisation, a field device for those it pushed. Hashes it may not see are left out."""
    with ctx.db.write() as conn:  # write: the first receipt key may be made here
        found = envelopes.first_accepted(conn, device, body.sha256)
        chain = receipts.signing_chain(conn, device.org_id, now())
    signer = chain[-1]
    return ReceiptsResponse(
        receipts=[
            ReceiptFor(
                sha256=sha,
                receipt=_receipt(receipts.sign(signer, device.org_id, sha, seq, received)),
            )
            for sha, (seq, received) in sorted(found.items())
        ],
        receipt_keys=_links(chain),
    )


def _links(chain: list[receipts.ReceiptKey]) -> list[ReceiptKeyLink]:
    return [
        ReceiptKeyLink(
            key=b64(k.public),
            created=rfc3339(k.created_at) or "",
            endorsement=b64(k.endorsement) if k.endorsement else None,
        )
        for k in chain
    ]


def _receipt(receipt: receipts.Receipt) -> Receipt:
    return Receipt(text=receipt.text, signature=b64(receipt.signature), key=b64(receipt.key))


@router.get(
    "/v1/envelopes",
    response_model=PullResponse,
    responses=error_responses(401, 403, 409, 413, 422, 429),
)
def pull(
    device: SyncDevice,
    ctx: Ctx,
    since: Annotated[
        int, Query(ge=0, le=MAX_CURSOR, description="the cursor from the last pull")
    ] = 0,
    limit: Annotated[int | None, Query(ge=1, le=500, description="at most this many items")] = None,
) -> PullResponse:
    """The next page of envelopes addressed to this device (HQ: all), in sequence order."""
    with ctx.db.read() as conn:
        entries, next_cursor, more = envelopes.pull(
            conn, device, since, limit or ctx.limits.pull_default, ctx.limits.pull_max_bytes
        )
        notes_head = notes.latest_for(conn, device)
    return PullResponse(
        items=[
            PullItem(
                seq=e.seq,
                sha256=e.sha256,
                size=e.size,
                audience=audience_out(e.audience),
                received_at=rfc3339(e.received_at) or "",
                envelope=b64(e.body),
            )
            for e in entries
        ],
        next=next_cursor,
        more=more,
        notes_head=notes_head,
    )
