"""The application factory: routes, the gate, and one JSON error shape for everything."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException

from vigil_server import __version__, logs
from vigil_server.bodies import GatedRoute
from vigil_server.context import Context
from vigil_server.errors import ApiError, error_response
from vigil_server.middleware import Gate, request_id
from vigil_server.routes import auth, blobs, envelopes, escrow, health, hq, notes

DESCRIPTION = (
    "The Vigil HQ sync server. It stores only age-encrypted envelopes and blobs; it never "
    "learns who wrote an envelope. The protocol is specified in docs/protocol.md."
)
MAX_PROBLEMS = 20


def create_app(ctx: Context) -> FastAPI:
    app = FastAPI(
        title="Vigil HQ sync server",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    app.state.ctx = ctx
    for module in (health, auth, envelopes, blobs, hq, escrow, notes):
        app.include_router(module.router)
    for route in app.routes:
        # Only a GatedRoute takes its body from the gate; any other would parse in the loop.
        if isinstance(route, APIRoute) and not isinstance(route, GatedRoute):
            raise TypeError(f"{route.path} must be declared with route_class=GatedRoute")
    app.add_middleware(Gate, ctx=ctx)
    app.add_exception_handler(ApiError, _api_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _http_error)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _crash)
    return app


async def _api_error(_: Request, err: ApiError) -> JSONResponse:
    return err.response()


async def _invalid(_: Request, err: RequestValidationError) -> JSONResponse:
    problems = [_problem(e) for e in err.errors()[:MAX_PROBLEMS]]
    first = problems[0] if problems else {"where": "request", "problem": "is not valid"}
    return error_response(
        422, "invalid_request", f"{first['where']}: {first['problem']}", problems=problems
    )


def _problem(error: Any) -> dict[str, str]:
    """Where and what, never the offending value (it may be a secret or case data)."""
    where = ".".join(str(part) for part in error.get("loc", ())) or "request"
    if error.get("type") == "json_invalid":
        return {"where": "body", "problem": "is not valid JSON"}
    if error.get("type") == "missing" and where == "body":
        return {"where": "body", "problem": "a JSON body is required"}
    return {"where": where, "problem": str(error.get("msg", "is not valid"))}


async def _http_error(_: Request, err: StarletteHTTPException) -> JSONResponse:
    codes = {404: "not_found", 405: "method_not_allowed"}
    messages = {404: "There is no such route.", 405: "This route does not accept this method."}
    code = codes.get(err.status_code, "http_error")
    message = messages.get(err.status_code, "The request was refused.")
    return error_response(err.status_code, code, message, headers=getattr(err, "headers", None))


async def _crash(request: Request, exc: Exception) -> JSONResponse:
    """The answer to a request whose handler failed. The log line names the exception's type
    and where it was raised, never its message (a database error quotes the SQL and its
    parameters); the request id joins it to the request's access line (status 500)."""
    rid = request_id(request.scope)
    logs.log("crash", logging.ERROR, exception=logs.describe_exception(exc), request_id=rid)
    return error_response(
        500,
        "internal",
        "The server failed while handling this request; try again later.",
        headers={"X-Request-Id": rid} if rid else None,
        request_id=rid,
    )
