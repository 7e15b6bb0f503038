"""``vigil-server run``: uvicorn over TLS 1.2+ with the hardened context from tls.py, behind
the front door (door.py caps connections, door_deadlines.py enforces deadlines)."""

from __future__ import annotations

import argparse
import ipaddress
import socket
import ssl
from pathlib import Path
from urllib.parse import urlsplit

import uvicorn

from vigil_server import door, door_deadlines, logs, tls, unix_socket
from vigil_server.app import create_app
from vigil_server.config import Limits, ServerConfig, database_url
from vigil_server.context import Context
from vigil_server.storage import blob_rows, orgs
from vigil_server.storage.database import Database

BACKLOG = 2048
TLS_PORT = 8443
PROXIED_PORT = 8080


def serve(args: argparse.Namespace, data: Path) -> int:
    config = ServerConfig.load(data)
    if config.key is not None:
        tls.check_pair(config.cert, config.key)
    if args.unix is not None:
        _check_unix(config, args)
    host, port = listen_address(config, args.host, args.port)
    if not 0 < port < 65536:
        raise ValueError("--port must be between 1 and 65535")
    proxies = [] if args.unix is not None else _proxies(config, host, args.proxy_address)
    positive = ("device_rate", "device_burst", "ip_rate", "ip_burst", "open_rate", "open_burst",
                "device_concurrency", "connections_per_address")  # fmt: skip
    for name in positive:
        if getattr(args, name) <= 0:
            raise ValueError(f"--{name.replace('_', '-')} must be positive")
    if not args.send_timeout > 0:
        raise ValueError("--send-timeout must be positive")
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
        open_rate=args.open_rate,
        open_burst=args.open_burst,
        max_connections=args.max_connections,
        connections_per_address=args.connections_per_address,
        device_concurrency=args.device_concurrency,
        body_memory=args.body_memory * 1024 * 1024,
        send_timeout=args.send_timeout,
    )
    if limits.max_connections < 0:
        raise ValueError("--max-connections must be 0 (automatic) or positive")
    policy = door.DoorPolicy.of(limits, door.descriptor_limit(), frozenset(proxies))
    ctx = Context(config=config, db=db, pin=tls.spki_pin(config.cert), limits=limits)
    config.blob_root.mkdir(mode=0o700, exist_ok=True)
    if db.dialect == "postgresql":
        # Blobs this server kept on disk before their bytes moved into PostgreSQL.
        adopted = blob_rows.adopt_files(db, config.org_id, config.blob_root)
        if adopted:
            logs.log("blobs copied into the database", blobs=adopted)
    logs.log(
        "starting",
        host=host if args.unix is None else None,
        port=port if args.unix is None else None,
        unix=str(args.unix) if args.unix is not None else None,
        tls=not config.behind_proxy,
        database=db.dialect,
        url=config.url,
        pin=ctx.pin,
    )
    socket_inode = None
    if args.unix is not None:
        listener, socket_inode = unix_socket.listen_unix(args.unix, int(args.unix_mode, 8), BACKLOG)
        print(f"Listening on the unix socket {args.unix}; devices use {config.url}", flush=True)
    else:
        listener = _listen(host, port)
        scheme = "http" if config.behind_proxy else "https"
        shown = f"[{host}]" if ":" in host else host
        print(f"Listening on {scheme}://{shown}:{port}; devices use {config.url}", flush=True)
    config_ = uvicorn.Config(
        create_app(ctx),
        log_config=logs.uvicorn_log_config(),
        access_log=False,
        server_header=False,
        # X-Forwarded-For is believed from the configured proxy only, never from anyone
        # else; uvicorn then puts the client's address where the rate limits look.
        # Over a unix socket the proxy is whoever the socket's mode lets connect.
        proxy_headers=bool(proxies) or args.unix is not None,
        forwarded_allow_ips="*" if args.unix is not None else (list(proxies) or None),
        timeout_keep_alive=limits.keep_alive,
    )
    context = None if config.key is None else _tls_context(config.cert, config.key)
    server = door_deadlines.DoorServer(config_, listener, context, policy)
    if socket_inode is not None:
        unix_socket.remove_on_exit(args.unix, socket_inode)
    try:
        server.run()
    finally:
        db.dispose()
    return 0


def _check_unix(config: ServerConfig, args: argparse.Namespace) -> None:
    if not config.behind_proxy:
        raise ValueError(
            "--unix is for a server behind a proxy (init --proxy-cert); this one serves "
            "TLS itself on --host and --port"
        )
    if args.host or args.port:
        raise ValueError("give --unix or --host/--port, not both")
    if args.proxy_address:
        raise ValueError(
            "--proxy-address names the proxy's IP address; on a unix socket the proxy is "
            "whoever may open the socket (--unix-mode and the socket's group)"
        )


def listen_address(config: ServerConfig, host: str | None, port: int | None) -> tuple[str, int]:
    """Where ``run`` listens unless told (``--host``, ``--port``): where the URL every
    enrolment code carries points. Devices pin that URL at enrolment, so a server listening
    anywhere else is one nobody can reach. A loopback URL is served on loopback; any other
    host on every interface (the name may be the router's, or a DNS name for this machine),
    at the URL's port (443 when it names none). Behind a reverse proxy the URL is the proxy's:
    the server serves plain HTTP on loopback, where the proxy forwards (8080 unless told)."""
    if config.behind_proxy:
        return host or "127.0.0.1", port or PROXIED_PORT
    parts = urlsplit(config.url)
    named = parts.hostname or "127.0.0.1"
    if host is None and _loopback(named):
        host = "::1" if ":" in named else "127.0.0.1"
    elif host is None:
        # Devices elsewhere must reach it: that is what a non-loopback URL says.
        host = "::" if ":" in named else "0.0.0.0"  # noqa: S104
    return host, port or parts.port or 443


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return socket.create_server((host, port), family=family, backlog=BACKLOG)
    except OSError as exc:
        hint = (
            " (ports below 1024 need privileges: give --port and forward to it)"
            if port < 1024
            else ""
        )
        raise ValueError(
            f"cannot listen on {host} port {port}: {exc.strerror or exc}{hint}"
        ) from None


def _proxies(config: ServerConfig, host: str, given: list[str] | None) -> list[str]:
    """The proxy's addresses, behind a proxy; nothing when the server speaks TLS itself."""
    if not config.behind_proxy:
        if given:
            raise ValueError(
                "--proxy-address is for a server behind a proxy (init --proxy-cert); "
                "this one serves TLS itself and believes no forwarded address"
            )
        return []
    if not _loopback(host):
        raise ValueError(
            f"behind a proxy the server serves plain HTTP, so it listens on loopback only, "
            f"not on {host}: put the proxy on this machine"
        )
    proxies = given or ["127.0.0.1"]
    for address in proxies:
        try:
            ipaddress.ip_address(address)
        except ValueError:
            raise ValueError(f"--proxy-address {address!r} is not an IP address") from None
    return proxies


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = tls.harden(ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER))
    context.load_cert_chain(str(cert), str(key))
    return context
