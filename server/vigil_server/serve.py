"""``vigil-server run``: uvicorn over TLS 1.2+ with the hardened context from tls.py."""

from __future__ import annotations

import argparse
import ssl
from collections.abc import Callable
from pathlib import Path

import uvicorn

from vigil_server import logs, tls
from vigil_server.app import create_app
from vigil_server.config import Limits, ServerConfig, database_url
from vigil_server.context import Context
from vigil_server.storage import orgs
from vigil_server.storage.database import Database


def serve(args: argparse.Namespace, data: Path) -> int:
    config = ServerConfig.load(data)
    tls.check_pair(config.cert, config.key)
    if not 0 < args.port < 65536:
        raise ValueError("--port must be between 1 and 65535")
    for name in ("device_rate", "device_burst", "ip_rate", "ip_burst", "device_concurrency"):
        if getattr(args, name) <= 0:
            raise ValueError(f"--{name.replace('_', '-')} must be positive")
    if args.body_memory < 16 + 1:
        raise ValueError("--body-memory must be more than the largest body (16 MiB)")
    logs.setup()
    db = Database(database_url(data, args.database_url))
    db.migrate()
    with db.read() as conn:
        orgs.get_org(conn, config.org_id)
    limits = Limits(
        device_rate=args.device_rate,
        device_burst=args.device_burst,
        ip_rate=args.ip_rate,
        ip_burst=args.ip_burst,
        device_concurrency=args.device_concurrency,
        body_memory=args.body_memory * 1024 * 1024,
    )
    ctx = Context(config=config, db=db, pin=tls.spki_pin(config.cert), limits=limits)
    config.blob_root.mkdir(mode=0o700, exist_ok=True)
    logs.log(
        "starting",
        host=args.host,
        port=args.port,
        database=db.dialect,
        url=config.url,
        pin=ctx.pin,
    )
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(ctx),
            host=args.host,
            port=args.port,
            ssl_certfile=str(config.cert),
            ssl_keyfile=str(config.key),
            ssl_context_factory=_hardened,
            log_config=logs.uvicorn_log_config(),
            access_log=False,
            server_header=False,
            proxy_headers=False,
            timeout_keep_alive=30,
        )
    )
    try:
        server.run()
    finally:
        db.dispose()
    return 0


def _hardened(_config: uvicorn.Config, default: Callable[[], ssl.SSLContext]) -> ssl.SSLContext:
    return tls.harden(default())
