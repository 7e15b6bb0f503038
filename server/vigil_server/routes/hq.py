"""HQ administration: enrolment codes, the device list, revocation, the HQ keys."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Path
from sqlalchemy import Connection

from vigil_server import codes, logs
from vigil_server.bodies import GatedRoute
from vigil_server.deps import AdminDevice, AnyDevice, Ctx
from vigil_server.errors import ApiError
from vigil_server.schemas import (
    DeviceId,
    DeviceList,
    DeviceOut,
    EnrolCodeRequest,
    EnrolCodeResponse,
    HqChallengeResponse,
    HqHybridIn,
    HqHybridOut,
    HqKey,
    HqKeys,
    HqKeySetIn,
    HqKeySetOut,
    QuotaRequest,
    RevokeRequest,
    error_responses,
)
from vigil_server.storage import hq_keysets, hq_proof, orgs, quotas, receipts
from vigil_server.views import device_out, hq_challenge_out
from vigil_server.wire import b64, now, rfc3339, unb64

router = APIRouter(tags=["hq"], route_class=GatedRoute)
ERRORS = error_responses(401, 403, 404, 409, 413, 422, 429)
KEYS_NOTE = (
    "Clients never trust these as they are: a device enrolling with a version 2 code checks "
    "'age' and 'ed25519' against the fingerprints its code carries, and pins them only if "
    "every one matches; a device takes 'hybrid' only if its signature verifies with the HQ "
    "key it pinned."
)


@router.post("/v1/hq/enrol-codes", response_model=EnrolCodeResponse, responses=ERRORS)
def enrol_code(body: EnrolCodeRequest, hq: AdminDevice, ctx: Ctx) -> EnrolCodeResponse:
    """A one-time code for a field device (or another HQ desk) that carries the server URL,
    the TLS pin and the fingerprints of the HQ public keys."""
    t = now()
    expires = t + min(body.ttl_seconds or ctx.limits.code_ttl_default, ctx.limits.code_ttl_max)
    with ctx.db.write() as conn:
        org = orgs.get_org(conn, hq.org_id)
        keys = hq_keysets.current_keys(conn, org)
        if not keys[0]:
            raise ApiError(409, "hq_keys_missing", "This organisation has no HQ keys yet.")
        secret = orgs.issue_code(conn, org.id, "device", body.role, body.label, expires, t)
        receipt_key = receipts.signing_chain(conn, org.id, t)[-1].fingerprint
        hq_root = hq_keysets.root_of(conn, org.id)
    logs.log("enrol_code_issued", role=body.role)
    return EnrolCodeResponse(
        code=codes.make(
            ctx.config.url,
            ctx.pin,
            org.name,
            keys,
            secret,
            "device",
            body.role,
            rfc3339(expires) or "",
            receipt_key,
            hq_root,
        ),
        role=body.role,
        label=body.label,
        expires_at=rfc3339(expires) or "",
    )


@router.get("/v1/devices", response_model=DeviceList, responses=ERRORS)
def list_devices(hq: AdminDevice, ctx: Ctx) -> DeviceList:
    """Every device of this organisation, active and revoked."""
    with ctx.db.read() as conn:
        found = orgs.list_devices(conn, hq.org_id)
        used = quotas.usage_by_device(conn, hq.org_id, now())
    return DeviceList(
        devices=[
            device_out(d, used.get(d.id, quotas.Usage(0, 0)), quotas.quota_of(d, ctx.limits))
            for d in found
        ]
    )


@router.post("/v1/devices/{device_id}/quota", response_model=DeviceOut, responses=ERRORS)
def set_quota(
    device_id: Annotated[DeviceId, Path(description="the field device")],
    body: QuotaRequest,
    hq: AdminDevice,
    ctx: Ctx,
) -> DeviceOut:
    """Set what a field device may store (null: the server's default)."""
    t = now()
    with ctx.db.write() as conn:
        target = orgs.get_device(conn, device_id)
        if target is None or target.org_id != hq.org_id:
            raise ApiError(404, "unknown_device", "No device with this id is enrolled here.")
        if target.role == "hq":
            raise ApiError(409, "hq_has_no_quota", "HQ desks have no storage quota.")
        quotas.set_quota(conn, device_id, body.daily_bytes, body.total_bytes)
        done = orgs.get_device(conn, device_id)
        assert done is not None
        used = quotas.usage(conn, device_id, t)
    logs.log("quota_set", device_id=device_id)
    return device_out(done, used, quotas.quota_of(done, ctx.limits))


@router.post("/v1/devices/{device_id}/revoke", response_model=DeviceOut, responses=ERRORS)
def revoke(
    device_id: Annotated[DeviceId, Path(description="the device to revoke")],
    hq: AdminDevice,
    ctx: Ctx,
    body: Annotated[RevokeRequest | None, Body()] = None,
) -> DeviceOut:
    """Revoke a device: its next request is refused (403 device_revoked, with wipe)."""
    if device_id == hq.id:
        raise ApiError(409, "cannot_revoke_self", "An HQ desk cannot revoke itself here.")
    wipe = body.wipe if body else False
    order = None
    if body is not None and body.wipe_order is not None:
        try:
            order = unb64(body.wipe_order)
        except ValueError:
            order = b""
        # The server cannot check HQ's signature meaningfully (the device does, against the
        # key it pinned); it only refuses what is plainly not an order.
        if not order.startswith(b"vigil-wipe-order/") or len(order) > 2048:
            raise ApiError(422, "invalid_wipe_order", "This is not a wipe order.")
    t, host = now(), ""
    with ctx.db.write() as conn:
        target = orgs.get_device(conn, device_id)
        if target is None or target.org_id != hq.org_id:
            raise ApiError(404, "unknown_device", "No device with this id is enrolled here.")
        proof = body.hq_proof if body is not None else None
        if target.role == "hq" and proof is not None:
            host = hq_proof.spend(conn, "revoke", hq.id, proof.nonce, t)
    if target.role == "hq":
        # A stolen desk token alone must not lock the real desk out: the HQ key must sign.
        if proof is None:
            raise hq_proof.required()
        key = _org_signing_key(ctx, hq.org_id)
        hq_proof.verify(key, host, "revoke", proof.nonce, device_id, proof.signature)
    with ctx.db.write() as conn:
        done = orgs.revoke(conn, device_id, wipe, t, order, bool(body and body.push_first))
    assert done is not None
    logs.log("device_revoked", device_id=device_id, wipe=done.wipe)
    return device_out(done)


def _org_signing_key(ctx: Ctx, org_id: str) -> bytes:
    with ctx.db.read() as conn:
        key = orgs.get_org(conn, org_id).hq_signing_key
    if key is None:
        raise ApiError(409, "hq_keys_missing", "This organisation has no HQ keys yet.")
    return key


@router.post("/v1/hq/challenge", response_model=HqChallengeResponse, responses=ERRORS)
def hq_challenge(hq: AdminDevice, ctx: Ctx) -> HqChallengeResponse:
    """A single-use nonce the HQ key signs to revoke an HQ desk (60 s)."""
    t = now()
    expires = t + ctx.limits.challenge_ttl
    with ctx.db.write() as conn:
        nonce = hq_proof.new_nonce(conn, hq.org_id, "revoke", hq.id, ctx.config.host, expires)
    return hq_challenge_out("revoke", nonce, ctx.config.host, ctx.limits.challenge_ttl, expires)


@router.get("/v1/hq/keys", response_model=HqKeys, responses=ERRORS)
def hq_keys(device: AnyDevice, ctx: Ctx) -> HqKeys:
    """The HQ public keys a device code names by fingerprint (see the note in the response);
    ``hq_keys`` is the older shape, the desk's registered pair."""
    with ctx.db.read() as conn:
        return _keys_out(conn, orgs.get_org(conn, device.org_id))


@router.post("/v1/hq/hybrid-recipient", response_model=HqKeys, responses=ERRORS)
def hq_hybrid_recipient(body: HqHybridIn, hq: AdminDevice, ctx: Ctx) -> HqKeys:
    """The desk registers its hybrid recipient, signed for by the HQ signing key: device
    codes name it from then on, so new devices write to HQ's post-quantum key, and the
    signature is kept for the devices enrolled before, which check it and move to the key
    (before a root; under one, the key set names HQ's recipients)."""
    from vigil.crypto import age, hq_hybrid

    try:
        age.HybridRecipient.from_string(body.recipient)
    except age.AgeKeyError:
        raise ApiError(422, "invalid_request", "That is not a hybrid age recipient.") from None
    with ctx.db.write() as conn:
        org = orgs.get_org(conn, hq.org_id, lock=True)
        if org.hq_signing_key is None:
            raise ApiError(409, "hq_keys_missing", "This organisation has no HQ keys yet.")
        signature = unb64(body.signature)
        if not hq_hybrid.verify(org.hq_signing_key, org.name, body.recipient, signature):
            raise ApiError(
                401, "bad_hq_proof", "The signature does not verify with the HQ signing key."
            )
        orgs.set_hybrid_recipient(conn, org.id, body.recipient, signature)
        answer = _keys_out(conn, orgs.get_org(conn, hq.org_id))
    logs.log("hq_hybrid_recipient_stored")
    return answer


def _keys_out(conn: Connection, org: orgs.Org) -> HqKeys:
    ages, eds = hq_keysets.current_keys(conn, org)
    hybrid = None
    if org.hq_hybrid_recipient and org.hq_hybrid_signature:
        hybrid = HqHybridOut(
            recipient=org.hq_hybrid_recipient, signature=b64(org.hq_hybrid_signature)
        )
    return HqKeys(
        hq_keys=[HqKey(**k) for k in org.hq_keys()],
        age=ages,
        ed25519=[b64(e) for e in eds],
        note=KEYS_NOTE,
        hybrid=hybrid,
    )


@router.get("/v1/hq/keyset", response_model=HqKeySetOut, responses=ERRORS)
def hq_keyset(device: AnyDevice, ctx: Ctx) -> HqKeySetOut:
    """The newest root-signed HQ key set. Devices check it against the root they pinned."""
    with ctx.db.read() as conn:
        held = hq_keysets.newest(conn, device.org_id)
    if held is None:
        return HqKeySetOut(root="", keyset=None)
    from vigil.crypto.hq_keyset import parse

    return HqKeySetOut(root=held[0], keyset=b64(held[1]), serial=parse(held[1]).serial)


@router.post("/v1/hq/keyset", response_model=HqKeySetOut, responses=ERRORS)
def post_hq_keyset(body: HqKeySetIn, hq: AdminDevice, ctx: Ctx) -> HqKeySetOut:
    """The desk stores a key set naming its own keys: the first one adopts the root (it must
    name the organisation's current HQ key), later ones add recipients (docs/hq-keys.md). A
    set naming another desk is taken only at that desk's enrolment."""
    data = unb64(body.keyset)
    with ctx.db.write() as conn:
        org = orgs.get_org(conn, hq.org_id, lock=True)
        ks = hq_keysets.check(conn, org, data)
        hq_keysets.store(conn, org, ks, None, now())
    logs.log("hq_keyset_stored", serial=ks.serial)
    return HqKeySetOut(root=ks.root_fingerprint, keyset=body.keyset, serial=ks.serial)
