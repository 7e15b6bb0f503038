"""One error shape for every refusal: {"error": code, "message": text, ...}."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the CLI imports this module and should not pay for Starlette
    from starlette.responses import JSONResponse


class ApiError(Exception):
    """A refusal with a stable code, a plain message and optional extra JSON fields."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(code)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers
        self.extra = extra

    def response(self) -> JSONResponse:
        return error_response(self.status, self.code, self.message, self.headers, **self.extra)


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    from starlette.responses import JSONResponse

    body: dict[str, Any] = {"error": code, "message": message, **extra}
    return JSONResponse(body, status_code=status, headers=headers)


def blob_bytes_missing() -> ApiError:
    """A complete blob whose bytes the server no longer holds whole (removed or cut short on
    its disk or in its database): said before any byte is sent, never by breaking off a
    download that a client would read as a network fault and retry forever."""
    return ApiError(
        500,
        "blob_bytes_missing",
        "The server no longer holds all of this attachment's bytes; HQ must restore the "
        "server's blobs from a backup.",
    )


def revoked(wipe: bool, order: bytes | None = None, push_first: bool = False) -> ApiError:
    """The refusal of a revoked device. It carries HQ's signed wipe order, if any: the device
    checks the signature against the HQ key it pinned; the server's word alone wipes nothing."""
    message = "This device was revoked by HQ and may no longer sync."
    if wipe:
        message += " HQ asked for its Vigil data to be wiped."
    if order is None:
        return ApiError(403, "device_revoked", message, wipe=wipe)
    import base64

    return ApiError(
        403,
        "device_revoked",
        message,
        wipe=wipe,
        wipe_order=base64.b64encode(order).decode("ascii"),
        push_first=push_first,
    )
