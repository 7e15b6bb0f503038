"""The gate in front of every route: body-size limits, rate limits, token checks, requests in
progress per device, and the access log. A request without a valid token is refused before its
body is read; a body is read and parsed here (bodies.py), never by the routes."""

from __future__ import annotations

import math
import re
import secrets
import time
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vigil_server import bodies, logs
from vigil_server.context import Context
from vigil_server.errors import ApiError
from vigil_server.ratelimit import client_key
from vigil_server.storage import auth
from vigil_server.wire import now

LENGTH = re.compile(r"[0-9]{1,15}")
PUBLIC = frozenset({"/v1/enrol", "/v1/enrol/challenge", "/v1/auth/challenge", "/v1/auth/token"})
# A random id per request, in the X-Request-Id header of the answer and in the request's log
# lines (its access line, a crash), so that a person reporting a failure can point HQ at the
# lines about it. Random, so it names no device and cannot join the log with anything else.
REQUEST_ID = "vigil.request_id"


# A large response body goes to the HTTP layer in slices of this size: each waits until the
# connection has taken the previous ones, so the request (and its device's slot, see
# ``_handle``) lasts until the answer is mostly sent, not merely buffered.
RESPONSE_SLICE = 256 * 1024


def request_id(scope: Scope) -> str:
    return str(scope.get("state", {}).get(REQUEST_ID, ""))


class Gate:
    def __init__(self, app: ASGIApp, ctx: Context) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 0}
        rid = secrets.token_hex(8)
        scope.setdefault("state", {})[REQUEST_ID] = rid

        async def send_logged(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", rid.encode()))
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body":
                body = message.get("body", b"")
                if len(body) > RESPONSE_SLICE:
                    await _send_sliced(send, body, message.get("more_body", False))
                    return
            await send(message)

        try:
            await self._handle(scope, receive, send_logged)
        except Exception:
            # The crash handler outside the gate answers 500; the log says so too (it used
            # to say 0, which reads as "no answer").
            if status["code"] == 0:
                status["code"] = 500
            raise
        finally:
            route = scope.get("route")
            logs.log(
                "request",
                method=scope["method"],
                route=getattr(route, "path", "unmatched"),
                status=status["code"],
                ms=round((time.perf_counter() - started) * 1000, 1),
                request_id=rid,
            )

    async def _handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope["path"]
        limit = bodies.limit_for(scope["method"], path, self.ctx.limits)
        guarded = path.startswith("/v1/") and path not in PUBLIC
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        device_id: str | None = None
        reserved = 0
        declared = headers.get("content-length")
        unread = declared not in (None, "0") or "transfer-encoding" in headers
        try:
            try:
                if declared is not None and "transfer-encoding" in headers:
                    # The HTTP layer would read the chunks while the memory budget below
                    # counted the declared length; and a proxy framing by the other header
                    # would see a request smuggled in. Refused, and the connection closes.
                    raise ApiError(
                        400,
                        "ambiguous_framing",
                        "A request carries Content-Length or Transfer-Encoding, not both.",
                    )
                if declared is not None and (
                    not LENGTH.fullmatch(declared) or int(declared) > limit
                ):
                    raise bodies.too_large(limit)
                if guarded:
                    try:
                        device_id = await self._authenticate(scope, headers)
                    except ApiError as err:
                        # A failed token check costs the caller's address, as the public
                        # routes do.
                        wait = self.ctx.ip_limiter.take(_client(scope)) if err.status == 401 else 0
                        if wait:
                            raise _rate_limited(wait) from None
                        raise
                    if not self.ctx.in_flight.enter(device_id):
                        device_id = None
                        raise _busy_device(self.ctx.limits.device_concurrency)
                else:
                    # Enrol/auth spend the address's enrol budget; /healthz (which asks the
                    # database), the schema and paths that do not exist spend another.
                    limiter = self.ctx.ip_limiter if path in PUBLIC else self.ctx.open_limiter
                    wait = limiter.take(_client(scope))
                    if wait:
                        raise _rate_limited(wait)
                # Reserve what the body may take before reading it: the declared length, or
                # the route's limit for a body streamed without one (neither: no body).
                streamed = "transfer-encoding" in headers
                size = int(declared) if declared is not None else limit if streamed else 0
                self.ctx.body_memory.reserve(size)
                reserved = size
                as_json = bodies.json_content(scope)
                body = await bodies.read(
                    receive, limit, self.ctx.limits.max_json_values if as_json else None
                )
                unread = False
                await bodies.parse_and_stash(scope, body, as_json, self.ctx.limits)
            except ApiError as err:
                response = err.response()
                if unread:
                    # Refused before its body was read: the connection closes after the
                    # answer, and the door reads and drops only a little more of the body
                    # (its lingering close), enough for a client to read the answer
                    # (token_expired, device_busy, ...) instead of a reset; never the rest
                    # of 16 MiB, which would let a token holder keep the server busy.
                    response.headers["connection"] = "close"
                await response(scope, receive, send)
                return
            await self.app(scope, bodies.replay(body, receive), send)
        finally:
            # The body stays with the request until the route has answered: counted till then.
            # The answer was sent in slices (``_send_sliced``): a device's slot is held until
            # the last one is taken, so a device that does not read its answers holds at most
            # its 4 slots' worth of them in the server, never hundreds.
            self._release(device_id, reserved)

    def _release(self, device_id: str | None, reserved: int) -> None:
        if device_id is not None:
            self.ctx.in_flight.leave(device_id)
        self.ctx.body_memory.release(reserved)

    async def _authenticate(self, scope: Scope, headers: dict[str, str]) -> str:
        value = headers.get("authorization", "")
        scheme, _, token = value.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(
                401,
                "unauthenticated",
                "This route needs a device token: "
                "Authorization: Bearer <token> (see POST /v1/auth/token).",
                headers={"WWW-Authenticate": "Bearer"},
            )
        token = token.strip()
        if len(token) > 200:
            raise ApiError(401, "invalid_token", "This token is not valid; authenticate again.")
        device, action = await run_in_threadpool(self._check, token)
        wait = self.ctx.device_limiter.take(device.id)
        if wait:
            raise _rate_limited(wait)
        scope.setdefault("state", {})
        scope["state"]["device"] = device
        scope["state"]["action"] = action
        return str(device.id)

    def _check(self, token: str) -> Any:
        with self.ctx.db.read() as conn:
            return auth.check_token(conn, token, now())


async def _send_sliced(send: Send, body: bytes, more: bool) -> None:
    """One response body in slices: the HTTP layer waits for a connection whose buffers are
    full before it takes the next, so an answer nobody reads stalls its request here (where
    its device's slot is held) instead of sitting whole in the server's memory."""
    for start in range(0, len(body), RESPONSE_SLICE):
        end = start + RESPONSE_SLICE
        await send(
            {
                "type": "http.response.body",
                "body": body[start:end],
                "more_body": more or end < len(body),
            }
        )


def _client(scope: Scope) -> str:
    """The budget a request without a token spends: its address's (behind the proxy, the
    forwarded one), an IPv6 address's whole /64."""
    client = scope.get("client")
    return client_key(str(client[0])) if client else "unknown"


def _rate_limited(wait: float) -> ApiError:
    seconds = max(1, math.ceil(wait))
    return ApiError(
        429,
        "rate_limited",
        f"Too many requests; try again in {seconds} s.",
        headers={"Retry-After": str(seconds)},
        retry_after=seconds,
    )


def _busy_device(cap: int) -> ApiError:
    return ApiError(
        429,
        "device_busy",
        f"This device already has {cap} requests in progress; wait for one to finish.",
        headers={"Retry-After": "1"},
        retry_after=1,
    )
