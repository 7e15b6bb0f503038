"""Enrolment and login: POST /v1/enrol, /v1/auth/challenge, /v1/auth/token; GET /v1/me."""

from __future__ import annotations

import logging

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from fastapi import APIRouter

from vigil_server import logs
from vigil_server.bodies import GatedRoute
from vigil_server.deps import AnyDevice, Ctx
from vigil_server.errors import ApiError
from vigil_server.schemas import (
    ChallengeRequest,
    ChallengeResponse,
    DeviceOut,
    EnrolChallengeRequest,
    EnrolRequest,
    EnrolResponse,
    HqChallengeResponse,
    TokenRequest,
    TokenResponse,
    error_responses,
)
from vigil_server.storage import auth, hq_proof, orgs
from vigil_server.views import device_out, hq_challenge_out
from vigil_server.wire import auth_message, now, rfc3339, sha256_hex, unb64

router = APIRouter(tags=["enrolment and auth"], route_class=GatedRoute)
PUBLIC_ERRORS = error_responses(400, 401, 403, 404, 409, 413, 422, 429)


def _refused(event: str, err: ApiError, **fields: object) -> ApiError:
    logs.log(event, logging.WARNING, reason=err.code, **fields)
    return err


@router.post("/v1/enrol", response_model=EnrolResponse, responses=PUBLIC_ERRORS)
def enrol(body: EnrolRequest, ctx: Ctx) -> EnrolResponse:
    """Spend a one-time enrolment code and register this device's public keys. An HQ desk
    proves possession of the HQ signing key once the organisation has one."""
    t = now()
    try:
        proof = None
        if body.hq_proof is not None:
            with ctx.db.write() as conn:  # spent even if the signature then fails
                host = hq_proof.spend(
                    conn, "enrol", sha256_hex(body.secret.encode()), body.hq_proof.nonce, t
                )
            proof = orgs.HqProof(host, body.hq_proof.nonce, body.hq_proof.signature)
        new = orgs.NewDevice(
            device_key=unb64(body.device_key),
            age_recipient=body.age_recipient,
            signing_key=unb64(body.signing_key) if body.signing_key else None,
            proof=proof,
            keyset=unb64(body.hq_keyset) if body.hq_keyset else None,
        )
        with ctx.db.write() as conn:
            device = orgs.enrol(conn, body.secret, new, t)
            org = orgs.get_org(conn, device.org_id)
    except ApiError as err:
        raise _refused("enrol_refused", err) from None
    logs.log("device_enrolled", device_id=device.id, role=device.role)
    return EnrolResponse(device_id=device.id, role=device.role, org=org.name)  # type: ignore[arg-type]


@router.post("/v1/enrol/challenge", response_model=HqChallengeResponse, responses=PUBLIC_ERRORS)
def enrol_challenge(body: EnrolChallengeRequest, ctx: Ctx) -> HqChallengeResponse:
    """A single-use nonce an HQ enrolment signs with the HQ signing key (60 s), bound to the
    unspent HQ code presented."""
    t = now()
    expires = t + ctx.limits.challenge_ttl
    try:
        with ctx.db.write() as conn:
            if ctx.due("hq_challenges"):
                hq_proof.sweep(conn, t, auth.SWEEP_GRACE)
            org_id, code_hash = orgs.hq_code(conn, body.secret, t)
            nonce = hq_proof.new_nonce(conn, org_id, "enrol", code_hash, ctx.config.host, expires)
    except ApiError as err:
        raise _refused("enrol_refused", err) from None
    return hq_challenge_out("enrol", nonce, ctx.config.host, ctx.limits.challenge_ttl, expires)


@router.post("/v1/auth/challenge", response_model=ChallengeResponse, responses=PUBLIC_ERRORS)
def challenge(body: ChallengeRequest, ctx: Ctx) -> ChallengeResponse:
    """A single-use nonce bound to this server's host, the action and the device (60 s)."""
    t = now()
    expires = t + ctx.limits.challenge_ttl
    try:
        with ctx.db.write() as conn:
            if ctx.due("auth"):
                auth.sweep(conn, t)
            nonce = auth.new_challenge(
                conn, body.device_id, ctx.config.host, body.action, expires, t
            )
    except ApiError as err:
        raise _refused("challenge_refused", err, device_id=body.device_id) from None
    return ChallengeResponse(
        device_id=body.device_id,
        action=body.action,
        host=ctx.config.host,
        nonce=nonce,
        expires_in=ctx.limits.challenge_ttl,
        expires_at=rfc3339(expires) or "",
    )


@router.post("/v1/auth/token", response_model=TokenResponse, responses=PUBLIC_ERRORS)
def token(body: TokenRequest, ctx: Ctx) -> TokenResponse:
    """Trade a signed challenge for a short-lived bearer token for one action."""
    t = now()
    try:
        with ctx.db.write() as conn:  # the challenge is spent even if the signature fails
            host = auth.spend_challenge(conn, body.device_id, body.action, body.nonce, t)
            device = auth.active_device(conn, body.device_id, body.action, t)
        message = auth_message(host, body.action, body.nonce, body.device_id)
        try:
            Ed25519PublicKey.from_public_bytes(device.device_key).verify(
                unb64(body.signature), message
            )
        except InvalidSignature:
            raise ApiError(
                401,
                "bad_signature",
                "The signature does not verify: sign the exact auth string with this "
                "device's Ed25519 key (docs/protocol.md §5).",
            ) from None
        with ctx.db.write() as conn:
            issued, expires = auth.issue_token(
                conn, device.id, body.action, t, ctx.limits.token_ttl
            )
    except ApiError as err:
        raise _refused("auth_refused", err, device_id=body.device_id) from None
    return TokenResponse(
        token=issued,
        token_type="Bearer",  # noqa: S106 (the scheme's name)
        action=body.action,
        expires_in=expires - t,
        expires_at=rfc3339(expires) or "",
    )


@router.get("/v1/me", response_model=DeviceOut, responses=error_responses(401, 403, 413, 429))
def me(device: AnyDevice) -> DeviceOut:
    """This device's own record, as the server holds it."""
    return device_out(device)
