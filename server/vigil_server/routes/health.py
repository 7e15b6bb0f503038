"""GET /healthz: the process is up and its database answers."""

from __future__ import annotations

from fastapi import APIRouter

from vigil_server import PROTOCOL_VERSION, __version__
from vigil_server.bodies import GatedRoute
from vigil_server.deps import Ctx
from vigil_server.errors import ApiError
from vigil_server.schemas import Health, error_responses

router = APIRouter(tags=["health"], route_class=GatedRoute)


@router.get("/healthz", response_model=Health, responses=error_responses(503))
def healthz(ctx: Ctx) -> Health:
    try:
        ctx.db.ping()
    except Exception:
        raise ApiError(503, "unavailable", "The server's database is not answering.") from None
    return Health(status="ok", version=__version__, protocol=PROTOCOL_VERSION)
