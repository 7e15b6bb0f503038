"""Request bodies: how large each route's may be, reading one within that limit, parsing JSON
off the event loop within a budget, and the route class that hands the parsed value to
FastAPI so it never parses a body itself (docs/protocol.md §10).

A token holder (even a revoked device's ``final`` token) must not be able to make the server
buffer or parse more than a route needs: a 16 MiB ``{"envelopes":[{},{},...]}`` parsed in the
event loop once cost 435 MiB and stalled every other request. So:

- only the push route and blob parts take megabytes; the notes channel takes a 1 MiB note;
  every other route 64 KiB, counted while the body streams in;
- the bytes of all bodies being read at once are capped per process (``body_memory``);
- the containers and separators of a JSON body are counted as it streams in, and it is
  refused as soon as it could make the parser build more values than any valid request
  holds; then it is parsed in a worker thread; nesting is bounded by the parser's recursion
  limit.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Coroutine
from typing import Any

import anyio
from fastapi import Request
from fastapi.routing import APIRoute
from starlette.responses import Response
from starlette.types import Message, Receive, Scope

from vigil_server.config import Limits
from vigil_server.errors import ApiError

PART_PATH = re.compile(r"/v1/blobs/[^/]+/parts/[^/]+")
STATE_BODY = "vigil.body"
STATE_JSON = "vigil.json"
# Parsing holds the GIL: two threads at a time keep one busy core for everything else.
_PARSERS = anyio.CapacityLimiter(2)
_NOT_JSON = object()


def limit_for(method: str, path: str, limits: Limits) -> int:
    """The largest body this route accepts, in bytes."""
    if method == "POST" and path == "/v1/envelopes":
        return limits.max_body
    if method == "PUT" and PART_PATH.fullmatch(path):
        return limits.part_max
    if method == "POST" and path == "/v1/notes":
        return limits.max_note_body
    return limits.max_small_body


def too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "body_too_large",
        f"The request body is larger than this route accepts ({limit} bytes).",
    )


class BodyMemory:
    """The bytes of request bodies this process is reading or holding, against a cap.

    One event loop per process, so plain counters need no lock."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.used = 0

    def reserve(self, size: int) -> None:
        if self.used + size > self.cap:
            raise ApiError(
                503,
                "server_busy",
                "The server is handling too much data at once; try again shortly.",
                headers={"Retry-After": "1"},
                retry_after=1,
            )
        self.used += size

    def release(self, size: int) -> None:
        self.used -= size


async def read(receive: Receive, limit: int, max_values: int | None = None) -> bytes:
    """The whole body, refused with 413 as soon as it passes ``limit`` or, for a JSON body
    (``max_values`` given), as soon as it holds more than ``max_values`` values.

    The values are counted chunk by chunk as they arrive (microseconds a chunk), so a
    hostile body is refused after a few hundred kilobytes, not read whole. Each chunk is
    copied into one buffer and dropped at once: kept in a list until the end, the small
    chunks stay in the allocator's heap after the join, and 24 bodies read at once cost
    twice their size in resident memory instead of once."""
    buffer = bytearray()
    values = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ApiError(400, "client_disconnected", "The client went away mid-request.")
        chunk = message.get("body", b"")
        if len(buffer) + len(chunk) > limit:
            raise too_large(limit)
        if max_values is not None:
            values += structure(chunk)
            if values > max_values:
                raise _too_complex(max_values)
        if not message.get("more_body", False):
            if not buffer:
                return bytes(chunk)
            buffer += chunk
            return bytes(buffer)
        buffer += chunk


def structure(data: bytes) -> int:
    """Every JSON value after the first is preceded by a ',' or opens a container, so this
    count bounds the values a parser can build; bytes inside strings only make it larger."""
    return data.count(b"{") + data.count(b"[") + data.count(b",")


def is_json(content_type: str | None) -> bool:
    """What FastAPI treats as a JSON body: application/json or application/*+json."""
    if not content_type:
        return False
    media = content_type.split(";", 1)[0].strip().lower()
    kind, _, subtype = media.partition("/")
    return kind == "application" and (subtype == "json" or subtype.endswith("+json"))


def parse(body: bytes, max_values: int) -> Any:
    """Parse a JSON body whose values ``read`` has counted (see ``structure``); nesting is
    bounded by the parser's recursion limit. Runs in a worker thread (``parse_off_loop``)."""
    try:
        return json.loads(body)
    except RecursionError:
        raise _too_complex(max_values) from None
    except (ValueError, UnicodeDecodeError):
        raise ApiError(
            422,
            "invalid_request",
            "body: is not valid JSON",
            problems=[{"where": "body", "problem": "is not valid JSON"}],
        ) from None


async def parse_off_loop(body: bytes, max_values: int) -> Any:
    return await anyio.to_thread.run_sync(parse, body, max_values, limiter=_PARSERS)


def _too_complex(max_values: int) -> ApiError:
    return ApiError(
        413,
        "json_too_complex",
        f"The JSON body holds more values or nesting than any request needs "
        f"(at most {max_values} values).",
    )


def stash(scope: Scope, body: bytes, parsed: Any) -> None:
    """Keep what the gate read and parsed for the route (see ``GatedRequest``)."""
    state = scope.setdefault("state", {})
    state[STATE_BODY] = body
    if parsed is not _NOT_JSON:
        state[STATE_JSON] = parsed


def json_content(scope: Scope) -> bool:
    for key, value in scope["headers"]:
        if key.lower() == b"content-type":
            return is_json(value.decode("latin-1"))
    return False


async def parse_and_stash(scope: Scope, body: bytes, as_json: bool, limits: Limits) -> None:
    """Parse a JSON body off the loop (``read`` counted its values); stash both for the
    route (see ``GatedRequest``)."""
    parsed: Any = _NOT_JSON
    if body and as_json:
        parsed = await parse_off_loop(body, limits.max_json_values)
    stash(scope, body, parsed)


def replay(body: bytes, receive: Receive) -> Receive:
    """A receive channel that yields the body already read, then the client's next events."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


class GatedRequest(Request):
    """A request whose body the gate already read and parsed: FastAPI gets both from here,
    so no route parses JSON in the event loop."""

    async def body(self) -> bytes:
        body = self.scope.get("state", {}).get(STATE_BODY)
        if isinstance(body, bytes):
            return body
        return await super().body()

    async def json(self) -> Any:
        state = self.scope.get("state", {})
        if STATE_JSON in state:
            return state[STATE_JSON]
        # Not read by the gate (an app without it): the same bounds, off the loop.
        body = await self.body()
        budget = Limits().max_json_values
        if structure(body) > budget:
            raise _too_complex(budget)
        return await parse_off_loop(body, budget)


class GatedRoute(APIRoute):
    """Every route of the server: it hands its handler a ``GatedRequest``."""

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()

        async def gated(request: Request) -> Response:
            return await handler(GatedRequest(request.scope, request.receive))

        return gated
