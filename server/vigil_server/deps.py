"""Route dependencies: the context, and the device a token belongs to, with its role and the
token's action checked. The gate (middleware.py) has already verified the token."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from vigil_server.context import Context
from vigil_server.errors import ApiError
from vigil_server.storage.orgs import Device

bearer = HTTPBearer(
    auto_error=False,
    scheme_name="deviceToken",
    description="A short-lived device token from POST /v1/auth/token.",
)
Credentials = Annotated[HTTPAuthorizationCredentials | None, Security(bearer)]


def get_ctx(request: Request) -> Context:
    ctx: Context = request.app.state.ctx
    return ctx


def _device(request: Request) -> tuple[Device, str]:
    state = request.scope.get("state", {})
    device, action = state.get("device"), state.get("action")
    if device is None or action is None:
        raise ApiError(401, "unauthenticated", "This route needs a device token.")
    return device, action


def sync_device(request: Request, _: Credentials) -> Device:
    device, action = _device(request)
    if action != "sync":
        raise ApiError(
            403, "wrong_action", "This route needs a token obtained for the action 'sync'."
        )
    return device


@dataclass(frozen=True)
class Pusher:
    device: Device
    final: bool  # a revoked device's one final session: it may push only to HQ


def pusher(request: Request, _: Credentials) -> Pusher:
    """The envelope push also takes a "final" token: a revoked device that HQ's wipe order
    asks to push its outbox before wiping (storage/auth.py checks the order and the
    deadline). Blob uploads do not: a final session must not start gigabyte uploads."""
    device, action = _device(request)
    if action not in ("sync", "final"):
        raise ApiError(
            403, "wrong_action", "This route needs a token obtained for the action 'sync'."
        )
    return Pusher(device, action == "final")


def admin_device(request: Request, _: Credentials) -> Device:
    device, action = _device(request)
    if device.role != "hq":
        raise ApiError(403, "hq_only", "Only an HQ desk may use this route.")
    if action != "admin":
        raise ApiError(
            403, "wrong_action", "This route needs a token obtained for the action 'admin'."
        )
    return device


def any_device(request: Request, _: Credentials) -> Device:
    device, action = _device(request)
    if action == "final":  # a revoked device's last push reaches nothing else
        raise ApiError(403, "wrong_action", "A 'final' token only pushes envelopes to HQ.")
    return device


Ctx = Annotated[Context, Depends(get_ctx)]
SyncDevice = Annotated[Device, Depends(sync_device)]
PushCaller = Annotated[Pusher, Depends(pusher)]
AdminDevice = Annotated[Device, Depends(admin_device)]
AnyDevice = Annotated[Device, Depends(any_device)]
