"""What a sync request can fail with, apart from the client that raises it (client.py), so
that code which only catches or words these errors does not import the network client."""

from __future__ import annotations

from vigil.crypto.errors import IntegrityError, VigilError


class SyncError(VigilError):
    """The server refused, or could not be reached. ``retry``: worth trying again later."""

    def __init__(self, message: str, code: str = "", retry: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.retry = retry


class Unreachable(SyncError):
    pass


class DeviceRevoked(SyncError):
    """``wipe_order``: the signed order the server relays (unverified here, may be forged);
    ``push_first``: the server lets this device push once more (the 'final' action)."""

    def __init__(
        self, message: str, wipe: bool, wipe_order: bytes | None = None, push_first: bool = False
    ) -> None:
        super().__init__(message, "device_revoked")
        self.wipe = wipe
        self.wipe_order = wipe_order
        self.push_first = push_first


class ServerLied(IntegrityError):
    """The server answered something an honest server never would."""
