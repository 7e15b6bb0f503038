"""Proof of possession of the HQ signing key.

HQ public keys are no secret (every field code carries them), so presenting them proves
nothing. Once an organisation has HQ keys, a new HQ desk and the revocation of an HQ desk
must sign a single-use server nonce with the HQ signing key (docs/protocol.md §4.3). A nonce
for an enrolment is bound to the code's hash, one for a revocation to the asking desk; both
are spent before the signature is checked, so each can be tried once.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, delete

from vigil_server.errors import ApiError
from vigil_server.storage import nonces
from vigil_server.storage.tables import hq_challenges
from vigil_server.wire import hq_proof_message, unb64

PURPOSES = ("enrol", "revoke")


def new_nonce(
    conn: Connection, org_id: str, purpose: str, bound_to: str, host: str, expires_at: int
) -> str:
    assert purpose in PURPOSES
    return nonces.issue(
        conn,
        hq_challenges,
        org_id=org_id,
        purpose=purpose,
        bound_to=bound_to,
        host=host,
        expires_at=expires_at,
    )


def spend(conn: Connection, purpose: str, bound_to: str, nonce: str, now: int) -> str:
    """Mark the nonce used and return the host it was issued for; raise if it is not a
    fresh nonce of this purpose for this code or desk. Commit before checking signatures."""
    row = nonces.find(conn, hq_challenges, nonce)
    if row is None or row["purpose"] != purpose or row["bound_to"] != bound_to:
        raise ApiError(
            401, "invalid_hq_challenge", "This HQ challenge was not issued for this request."
        )
    nonces.spend(conn, hq_challenges, row, now)
    return str(row["host"])


def verify(key: bytes, host: str, purpose: str, nonce: str, subject: str, signature: str) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(
            unb64(signature), hq_proof_message(host, purpose, nonce, subject)
        )
    except (InvalidSignature, ValueError):
        raise ApiError(
            401,
            "bad_hq_proof",
            "The HQ proof does not verify: it must be signed with the HQ signing key "
            "(docs/protocol.md §4.3).",
        ) from None


def required() -> ApiError:
    return ApiError(
        401,
        "hq_proof_required",
        "This organisation has HQ keys: prove possession of the HQ signing key by signing an "
        "HQ challenge (docs/protocol.md §4.3).",
    )


def sweep(conn: Connection, now: int, grace: int) -> None:
    conn.execute(delete(hq_challenges).where(hq_challenges.c.expires_at < now - grace))
