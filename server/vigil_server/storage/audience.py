"""Who may address whom, and who may read what (docs/protocol.md §7)."""

from __future__ import annotations

from sqlalchemy import Connection

from vigil_server.errors import ApiError
from vigil_server.storage import orgs

Audience = str | list[str]


def check(conn: Connection, device: orgs.Device, audience: Audience, where: str) -> None:
    """Refuse an audience this device may not use, or one naming unknown devices."""
    if audience == "all" and device.role != "hq":
        raise ApiError(
            403,
            "audience_forbidden",
            f"{where}: only HQ may address everyone ('all'); use 'hq' or a list of device ids.",
        )
    if isinstance(audience, list):
        if set(audience) == {device.id}:
            # Itself (what a field device's pushes name): it exists, its token was just
            # checked, and a device may always write to itself; two queries a push saved.
            return
        unknown = sorted(set(audience) - orgs.existing_ids(conn, device.org_id, audience))
        if unknown:
            raise ApiError(
                422,
                "unknown_audience_device",
                f"{where}: the audience names devices this organisation does not have.",
                devices=unknown[:10],
            )
        if device.role != "hq":
            # A field device writes for HQ (and its own other sessions), never to another
            # field device: otherwise any enrolled laptop could fill others' pulls with junk.
            allowed = {device.id, *orgs.hq_ids(conn, device.org_id)}
            if not set(audience) <= allowed:
                raise ApiError(
                    403,
                    "audience_forbidden",
                    f"{where}: a field device may address only HQ desks and itself.",
                )


def audience_key(audience: Audience) -> str:
    """One string per audience ("all", "hq", or the sorted device ids): pushing the same bytes
    again is a duplicate only for the same audience."""
    return audience if isinstance(audience, str) else ",".join(sorted(set(audience)))


def may_read(device: orgs.Device, audience: Audience) -> bool:
    if device.role == "hq" or audience == "all":
        return True
    return isinstance(audience, list) and device.id in audience
