"""Challenges (single use, bound to host, action and device) and short-lived bearer tokens.

Only hashes of nonces and tokens are stored. Expired rows are swept soon after expiry so the
database does not keep a record of when each device was active.
"""

from __future__ import annotations

import re
import secrets
from datetime import UTC, datetime

from sqlalchemy import Connection, bindparam, delete, select, update

from vigil_server.errors import ApiError, revoked
from vigil_server.storage import nonces, orgs
from vigil_server.storage.tables import challenges, devices, tokens
from vigil_server.wire import DAY, b64url, sha256_hex

SWEEP_GRACE = 60  # seconds an expired token is still recognised as "expired"
TOKEN_PREFIX = "vgt_"  # noqa: S105 (a prefix, not a secret)
# A revoked device's one "final" session (pushing its outbox to HQ before it wipes) lasts at
# most this long from its first token, and never past the wipe order's own expiry.
FINAL_SESSION = 3600
_ORDER_EXPIRES = re.compile(rb"^expires (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)$", re.MULTILINE)


def order_expiry(order: bytes | None) -> int | None:
    """The ``expires`` line of a relayed wipe order (docs/protocol.md §9.1), if it has one.
    The server cannot check HQ's signature, but it can hold the order to its own word."""
    found = _ORDER_EXPIRES.search(order or b"")
    if found is None:
        return None
    try:
        when = datetime.strptime(found.group(1).decode(), "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return None
    return int(when.replace(tzinfo=UTC).timestamp())


def _final_spent() -> ApiError:
    return ApiError(
        403,
        "final_spent",
        "This device has had its one final session to push its outbox; it may not sync again.",
    )


def _refusal(device: orgs.Device) -> ApiError:
    return revoked(device.wipe, device.wipe_order, device.wipe_push_first)


def active_device(
    conn: Connection, device_id: str, action: str = "", now: int | None = None
) -> orgs.Device:
    """The device, if it may authenticate for ``action``. A revoked device may only for
    "final", only when HQ's wipe order asks it to push its outbox first, only while that order
    has not expired, and only once (one final session)."""
    device = orgs.get_device(conn, device_id)
    if device is None:
        raise ApiError(404, "unknown_device", "No device with this id is enrolled here.")
    if action == "final":
        if device.active:
            raise ApiError(
                403, "wrong_action", "Only a device ordered to wipe may ask for 'final'."
            )
        if not device.may_push_final:
            raise _refusal(device)
        expiry = order_expiry(device.wipe_order)
        if now is not None and expiry is not None and expiry <= now:
            raise _refusal(device)
        if device.final_until is not None:
            raise _final_spent()
        return device
    if not device.active:
        raise _refusal(device)
    return device


def new_challenge(
    conn: Connection, device_id: str, host: str, action: str, expires_at: int, now: int
) -> str:
    device = active_device(conn, device_id, action, now)
    if action == "admin" and device.role != "hq":
        raise ApiError(403, "hq_only", "Only an HQ desk may ask for an 'admin' token.")
    return nonces.issue(
        conn, challenges, device_id=device_id, host=host, action=action, expires_at=expires_at
    )


def spend_challenge(conn: Connection, device_id: str, action: str, nonce: str, now: int) -> str:
    """Mark the challenge used, whatever happens next; return the host it was bound to.

    The caller commits this before checking the signature, so a challenge can be tried once.
    """
    row = nonces.find(conn, challenges, nonce)
    if row is None:
        raise ApiError(401, "invalid_challenge", "This challenge was not issued by this server.")
    if row["device_id"] != device_id:
        raise ApiError(401, "challenge_mismatch", "This challenge was issued to another device.")
    if row["action"] != action:
        raise ApiError(
            401,
            "challenge_mismatch",
            f"This challenge was issued for the action '{row['action']}', not '{action}'.",
        )
    nonces.spend(conn, challenges, row, now)
    return str(row["host"])


def issue_token(
    conn: Connection, device_id: str, action: str, now: int, ttl: int
) -> tuple[str, int]:
    """A new bearer token and when it expires. A "final" token is the revoked device's one
    final session: it lasts until a deadline stored now, and no second one is issued."""
    device = active_device(conn, device_id, action, now)
    expires_at = now + ttl
    if action == "final":
        deadline = now + FINAL_SESSION
        expiry = order_expiry(device.wipe_order)
        if expiry is not None:
            deadline = min(deadline, expiry)
        started = conn.execute(
            update(devices)
            .where(devices.c.id == device_id, devices.c.final_until.is_(None))
            .values(final_until=deadline)
        )
        if started.rowcount != 1:
            raise _final_spent()
        expires_at = deadline
    seen(conn, device_id, now)
    token = TOKEN_PREFIX + b64url(secrets.token_bytes(32))
    conn.execute(
        tokens.insert().values(
            token_hash=sha256_hex(token.encode()),
            device_id=device_id,
            action=action,
            expires_at=expires_at,
        )
    )
    return token, expires_at


def seen(conn: Connection, device_id: str, now: int) -> None:
    """Record the day of this sign-in. Only the day: HQ needs to know a device went quiet,
    not when it checked for news (a seized server would hold the time of every round, even
    those that push nothing). Written once a day per device, not at every sign-in."""
    day = now - now % DAY
    conn.execute(
        update(devices)
        .where(devices.c.id == device_id)
        .where((devices.c.last_seen.is_(None)) | (devices.c.last_seen < day))
        .values(last_seen=day)
    )


# The token and its device in one statement, built once (see storage/orgs.py): this runs
# before every authenticated request.
_TOKEN = (
    select(tokens.c.action.label("token_action"), tokens.c.expires_at.label("token_expires"),
           *orgs.DEVICE_COLUMNS)
    .join(devices, devices.c.id == tokens.c.device_id)
    .where(tokens.c.token_hash == bindparam("token_hash"))
)  # fmt: skip


def check_token(conn: Connection, token: str, now: int) -> tuple[orgs.Device, str]:
    """Return (device, action) for a valid token of an active device, else raise."""
    row = conn.execute(_TOKEN, {"token_hash": sha256_hex(token.encode())}).mappings().one_or_none()
    if row is None:
        raise ApiError(401, "invalid_token", "This token is not valid; authenticate again.")
    device = orgs.device_of(row)
    action = str(row["token_action"])
    if not device.active and not (action == "final" and device.may_push_final):
        raise _refusal(device)
    if row["token_expires"] <= now:
        raise ApiError(401, "token_expired", "This token has expired; authenticate again.")
    return device, action


def sweep(conn: Connection, now: int) -> None:
    conn.execute(delete(challenges).where(challenges.c.expires_at < now - SWEEP_GRACE))
    conn.execute(delete(tokens).where(tokens.c.expires_at < now - SWEEP_GRACE))
