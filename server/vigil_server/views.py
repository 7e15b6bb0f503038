"""Storage records -> response models."""

from __future__ import annotations

from typing import Literal, cast

from vigil_server.schemas import BlobStatusOut, DeviceOut, HqChallengeResponse
from vigil_server.storage.blobs import BlobStatus
from vigil_server.storage.orgs import Device
from vigil_server.storage.quotas import Quota, Usage
from vigil_server.wire import b64, day_text, rfc3339


def device_out(device: Device, used: Usage | None = None, quota: Quota | None = None) -> DeviceOut:
    return DeviceOut(
        id=device.id,
        role=device.role,  # type: ignore[arg-type]
        label=device.label,
        status=device.status,  # type: ignore[arg-type]
        wipe=device.wipe,
        created_at=rfc3339(device.created_at) or "",
        revoked_at=rfc3339(device.revoked_at),
        device_key=b64(device.device_key),
        age_recipient=device.age_recipient,
        signing_key=b64(device.signing_key) if device.signing_key else None,
        stored_bytes=used.total if used else 0,
        stored_today=used.today if used else 0,
        quota_daily=quota.daily if quota else None,
        quota_total=quota.total if quota else None,
        last_seen=day_text(device.last_seen),
    )


def blob_out(status: BlobStatus) -> BlobStatusOut:
    return BlobStatusOut(
        sha256=status.sha256,
        size=status.size,
        part_size=status.part_size,
        parts=status.parts,
        complete=status.complete,
        received=status.received,
        audience=audience_out(status.audience),
    )


def audience_out(audience: str | list[str]) -> Literal["all", "hq"] | list[str]:
    if isinstance(audience, list):
        return audience
    return cast(Literal["all", "hq"], audience)


def hq_challenge_out(
    purpose: Literal["enrol", "revoke"], nonce: str, host: str, ttl: int, expires_at: int
) -> HqChallengeResponse:
    """A nonce from storage/hq_proof.py, with what the HQ key must sign it with."""
    return HqChallengeResponse(
        purpose=purpose,
        host=host,
        nonce=nonce,
        expires_in=ttl,
        expires_at=rfc3339(expires_at) or "",
    )
