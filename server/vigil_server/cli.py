"""``vigil-server``: init, run, migrate [--to], admin-code, codes list|revoke, devices list|revoke.

Messages for people go to stdout (errors to stderr); the enrolment code is alone on the
last line of ``init`` and ``admin-code`` so scripts can take it with ``tail -n 1``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from vigil_server import __version__
from vigil_server.config import DEFAULT_URL, ConfigError, Limits, ServerConfig, database_url
from vigil_server.errors import ApiError


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vigil-server", description="The Vigil HQ sync server.")
    p.add_argument("--version", action="version", version=f"vigil-server {__version__}")
    p.add_argument("--data", required=True, type=Path, help="the server's data folder")
    sub = p.add_subparsers(dest="command", required=True)

    def db_option(cmd: argparse.ArgumentParser) -> None:
        cmd.add_argument(
            "--database-url",
            metavar="URL",
            help="postgresql://user@host/db (default: SQLite in the data folder; "
            "or set VIGIL_DATABASE_URL)",
        )

    init = sub.add_parser("init", help="create the database, TLS key and an admin code")
    init.add_argument("--org", default="Headquarters", help="the organisation's name")
    init.add_argument(
        "--url",
        help="the https:// address devices reach this server at (or its reverse proxy): every "
        f"enrolment code carries it and devices pin it (default {DEFAULT_URL}, this machine only)",
    )
    init.add_argument("--cert", type=Path, help="an existing TLS certificate (PEM)")
    init.add_argument("--key", type=Path, help="its private key (PEM)")
    init.add_argument(
        "--proxy-cert",
        type=Path,
        metavar="PEM",
        help="behind a reverse proxy that terminates TLS: its certificate, whose key the "
        "enrolment codes pin (then 'run' serves plain HTTP on loopback)",
    )
    init.add_argument("--code-hours", type=int, default=24, help="admin code lifetime")
    db_option(init)

    run = sub.add_parser("run", help="serve over TLS")
    run.add_argument(
        "--host",
        help="the address to listen on (default: loopback for a loopback URL, else every "
        "interface; behind a proxy, loopback)",
    )
    run.add_argument(
        "--port",
        type=int,
        help="default: the port of the URL given at init (443 if it names none); behind a "
        "proxy 8080, where the proxy forwards (plain HTTP on loopback)",
    )
    run.add_argument(
        "--unix",
        type=Path,
        metavar="PATH",
        help="behind a proxy: listen on this unix socket instead of a port (the proxy is "
        "whoever may open it; see --unix-mode)",
    )
    run.add_argument(
        "--unix-mode",
        choices=["660", "600"],
        default="660",
        help="the socket's permissions: 660 lets the socket's group (the proxy's) connect",
    )
    run.add_argument(
        "--proxy-address",
        action="append",
        metavar="ADDR",
        help="behind a proxy: the address it connects from, the only peer whose "
        "X-Forwarded-For is believed (default 127.0.0.1; repeat for more)",
    )
    defaults = Limits()
    run.add_argument(
        "--device-rate",
        type=float,
        default=defaults.device_rate,
        help="requests per minute per device",
    )
    run.add_argument("--device-burst", type=int, default=defaults.device_burst)
    run.add_argument(
        "--ip-rate",
        type=float,
        default=defaults.ip_rate,
        help="requests per minute per address on enrol/auth routes",
    )
    run.add_argument("--ip-burst", type=int, default=defaults.ip_burst)
    run.add_argument(
        "--open-rate",
        type=float,
        default=defaults.open_rate,
        help="requests per minute per address to /healthz and other routes that need no "
        "token (enrol/auth excepted) and to paths that do not exist",
    )
    run.add_argument("--open-burst", type=int, default=defaults.open_burst)
    run.add_argument(
        "--max-connections",
        type=int,
        default=defaults.max_connections,
        help="open connections in all (default 0: as many as the descriptor limit allows)",
    )
    run.add_argument(
        "--connections-per-address",
        type=int,
        default=defaults.connections_per_address,
        help="open connections per client address (IPv6: per /64)",
    )
    run.add_argument(
        "--device-concurrency",
        type=int,
        default=defaults.device_concurrency,
        help="requests in progress at once per device",
    )
    run.add_argument(
        "--send-timeout",
        type=float,
        default=defaults.send_timeout,
        metavar="SECONDS",
        help="drop a connection whose client has not read its response for this long",
    )
    run.add_argument(
        "--body-memory",
        type=int,
        default=defaults.body_memory // (1024 * 1024),
        help="MiB of request bodies read at once, in total",
    )
    db_option(run)

    migrate = sub.add_parser("migrate", help="bring the database schema up to date")
    db_option(migrate)
    migrate.add_argument(
        "--to",
        metavar="URL",
        help="copy this SQLite server's data and blobs into an empty PostgreSQL database "
        "(postgresql://...) and check the copy; the SQLite database and blob files stay",
    )

    admin = sub.add_parser("admin-code", help="issue another one-time admin enrolment code")
    admin.add_argument("--code-hours", type=int, default=24)
    db_option(admin)

    rkey = sub.add_parser("receipt-key", help="the key that signs receipts for envelopes")
    rsub = rkey.add_subparsers(dest="receipt_command", required=True)
    rrotate = rsub.add_parser("rotate", help="a new receipt key, endorsed by the current one")
    db_option(rrotate)

    code_cmd = sub.add_parser("codes", help="list or revoke enrolment codes")
    csub = code_cmd.add_subparsers(dest="codes_command", required=True)
    clist = csub.add_parser("list", help="list admin and device codes and their state")
    clist.add_argument("--json", action="store_true", help="print JSON")
    db_option(clist)
    crevoke = csub.add_parser("revoke", help="revoke an unused code (its id from 'codes list')")
    crevoke.add_argument("code_id")
    db_option(crevoke)

    devices = sub.add_parser("devices", help="list or revoke enrolled devices")
    dsub = devices.add_subparsers(dest="devices_command", required=True)
    dlist = dsub.add_parser("list", help="list devices")
    dlist.add_argument("--json", action="store_true", help="print JSON")
    db_option(dlist)
    dpurge = dsub.add_parser(
        "purge", help="delete the envelopes and blobs a device pushed (e.g. junk)"
    )
    dpurge.add_argument("device_id")
    dpurge.add_argument(
        "--since", metavar="TIME", help="only what arrived at or after TIME (2026-12-07T09:00Z)"
    )
    db_option(dpurge)
    drevoke = dsub.add_parser("revoke", help="revoke a device")
    drevoke.add_argument("device_id")
    drevoke.add_argument(
        "--wipe",
        action="store_true",
        help="also mark it for a wipe (a device obeys only a wipe order signed by the HQ key: "
        "use 'vigil hq revoke ID --wipe' on the HQ desk)",
    )
    db_option(drevoke)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    os.umask(0o077)
    args = _parser().parse_args(argv)
    data: Path = args.data.expanduser().resolve()
    try:
        if args.command == "init":
            from vigil_server.commands import init

            return init(args, data)
        if args.command == "run":
            from vigil_server.serve import serve

            return serve(args, data)
        config = ServerConfig.load(data)
        from vigil_server.storage.database import Database

        db = Database(database_url(data, args.database_url), pool_size=2)
        try:
            if args.command == "migrate" and args.to:
                from vigil_server.commands import move_to

                return move_to(config, db, args.to)
            if args.command == "migrate":
                db.migrate()
                print("The database schema is up to date.")
                return 0
            from vigil_server import commands

            if args.command == "admin-code":
                return commands.admin_code(config, db, args.code_hours)
            if args.command == "receipt-key":
                return commands.rotate_receipt_key(config, db)
            if args.command == "codes":
                if args.codes_command == "list":
                    return commands.list_codes(config, db, args.json)
                return commands.revoke_code(config, db, args.code_id)
            if args.devices_command == "list":
                return commands.list_devices(db, args.json)
            if args.devices_command == "purge":
                return commands.purge(config, db, args.device_id, args.since)
            return commands.revoke(db, args.device_id, args.wipe)
        finally:
            db.dispose()
    except (ConfigError, ValueError) as exc:
        print(f"vigil-server: {exc}", file=sys.stderr)
        return 1
    except ApiError as exc:
        print(f"vigil-server: {exc.message}", file=sys.stderr)
        return 1


def dump(value: object) -> str:
    return json.dumps(value, indent=2, sort_keys=True)
