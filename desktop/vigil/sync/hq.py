"""The HQ desk's requests to the server: one path for ``vigil hq …`` and the app's HQ desk.

Each function takes the open HQ vault, the credential store and the proxy, talks to the
server, and returns plain data; none prints or asks a question, so the command line words
the result for a terminal and the app for a window (ui/hq_desk.py), from the same call.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from vigil.crypto.errors import VigilError
from vigil.sync import device_names
from vigil.sync.enrolment import NotEnrolled, SyncConfig, config, credential_for

if TYPE_CHECKING:  # httpx loads when the desk first talks to the server, not at unlock
    from vigil.sync.credentials import CredentialStore
    from vigil.sync.desk_client import DeskClient
    from vigil.vault.store import Vault

DEFAULT_WIPE_DAYS = 30.0
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")  # the server is not trusted: a day, or nothing


class NotTheDesk(VigilError):
    def __init__(self, what: str) -> None:
        super().__init__(f"Only the HQ desk {what}; this vault is a field device.")


def desk(vault: Vault, what: str = "does this") -> SyncConfig:
    """This vault's sync configuration, when it is the HQ desk; else a specific error."""
    cfg = config(vault)
    if cfg is None:
        raise NotEnrolled()
    if cfg.role != "hq":
        raise NotTheDesk(what)
    return cfg


def is_desk(vault: Vault) -> bool:
    cfg = config(vault)
    return cfg is not None and cfg.role == "hq"


def client(vault: Vault, store: CredentialStore, proxy: str | None = None) -> DeskClient:
    from vigil.sync.desk_client import DeskClient

    return DeskClient.for_device(credential_for(vault, store), proxy)


@dataclass(frozen=True)
class DeviceRow:
    """One device as HQ's list shows it (the server's view: it never learns the author)."""

    id: str
    label: str
    role: str  # field | hq
    status: str  # active | revoked
    wipe: bool  # a signed wipe order waits for the device's next contact
    created_at: str
    revoked_at: str
    stored_bytes: int
    quota_daily: int | None  # bytes a field device may store in 24 hours; None: no quota
    quota_total: int | None
    last_seen: str = ""  # the UTC day of its latest sign-in (YYYY-MM-DD); "": never

    @classmethod
    def from_server(cls, raw: dict[str, Any]) -> DeviceRow:
        def text(name: str) -> str:
            value = raw.get(name)
            return value if isinstance(value, str) else ""

        def count(name: str) -> int | None:
            value = raw.get(name)
            return value if isinstance(value, int) and not isinstance(value, bool) else None

        return cls(
            id=text("id") or text("device_id"),
            label=text("label"),
            role=text("role"),
            status=text("status"),
            wipe=raw.get("wipe") is True,
            created_at=text("created_at"),
            revoked_at=text("revoked_at"),
            stored_bytes=count("stored_bytes") or 0,
            quota_daily=count("quota_daily"),
            quota_total=count("quota_total"),
            last_seen=day if _DAY.fullmatch(day := text("last_seen")) else "",
        )


def devices(vault: Vault, store: CredentialStore, proxy: str | None = None) -> list[DeviceRow]:
    desk(vault, "lists the organisation's devices")
    with client(vault, store, proxy) as c:
        rows = [DeviceRow.from_server(d) for d in c.devices() if isinstance(d, dict)]
    device_names.remember(vault, [(row.id, row.label) for row in rows])
    return rows


def set_quota(
    vault: Vault,
    store: CredentialStore,
    device_id: str,
    daily: int | None,
    total: int | None,
    proxy: str | None = None,
) -> DeviceRow:
    """What a field device may store on the server in 24 hours and in all (None: the
    server's default); returns the device as the server now lists it."""
    desk(vault, "sets storage quotas")
    with client(vault, store, proxy) as c:
        answer = c.set_quota(device_id, daily, total)
    return DeviceRow.from_server(answer if isinstance(answer, dict) else {})


def revoke(
    vault: Vault,
    store: CredentialStore,
    device_id: str,
    wipe: bool = False,
    push_first: bool = False,
    expires_days: float = DEFAULT_WIPE_DAYS,
    proxy: str | None = None,
) -> None:
    """Revoke a device; with ``wipe``, also send it a wipe order signed with the HQ key itself
    (this desk's identity), so that the server only relays it and cannot forge one."""
    if push_first and not wipe:
        raise VigilError("Pushing first goes with a wipe order.")
    desk(vault, "revokes devices and signs wipe orders")
    order = None
    if wipe:
        from vigil.sync import wipe_order

        order = wipe_order.make(vault.identity.signing_key, device_id, push_first, expires_days)
    with client(vault, store, proxy) as c:
        c.revoke(device_id, wipe, order, push_first, vault.identity.signing_key)


def send_published(vault: Vault, store: CredentialStore, proxy: str | None = None) -> int:
    """Post the notes the desk signed and queued (alerts, urgent actions); returns how many
    went. What fails to go stays queued and leaves at the next sync."""
    from vigil.alerts import channel

    with client(vault, store, proxy) as c:
        return channel.send_queued(vault.path, c)


__all__ = [
    "DEFAULT_WIPE_DAYS",
    "DeviceRow",
    "NotTheDesk",
    "client",
    "desk",
    "devices",
    "is_desk",
    "revoke",
    "send_published",
    "set_quota",
]
