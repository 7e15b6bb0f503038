"""What the one-shot subcommands do: init, admin-code, codes list|revoke, devices list|revoke."""

from __future__ import annotations

import argparse
import ipaddress
import json
import shutil
import sys
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from vigil_server import codes, tls
from vigil_server.config import CONFIG_NAME, DEFAULT_URL, Limits, ServerConfig, database_url
from vigil_server.errors import ApiError
from vigil_server.storage import enrol_codes, orgs, quotas, receipts
from vigil_server.storage.blobs import open_store
from vigil_server.storage.database import Database
from vigil_server.wire import b64, day_text, host_of, now, rfc3339

LOCAL_HOSTS = ["127.0.0.1", "localhost", "::1"]


def init(args: argparse.Namespace, data: Path) -> int:
    if (data / CONFIG_NAME).exists():
        raise ValueError(f"{data} is already initialised; use 'admin-code' for a new admin code")
    if args.url is None:
        args.url = DEFAULT_URL
    host = host_of(args.url).rsplit(":", 1)[0].strip("[]")
    if args.code_hours < 1 or args.code_hours > 24 * 30:
        raise ValueError("--code-hours must be between 1 and 720")
    data.mkdir(mode=0o700, parents=True, exist_ok=True)
    (data / "blobs").mkdir(mode=0o700, exist_ok=True)
    cert, key = _tls(args, data, host)
    db = Database(database_url(data, args.database_url), pool_size=1)
    try:
        db.migrate()
        with db.write() as conn:
            org_id = orgs.create_org(conn, args.org, now())
        config = ServerConfig(data=data, org_id=org_id, url=args.url, cert=cert, key=key)
        code = _admin_code(config, db, args.code_hours)
    finally:
        db.dispose()
    config.save()
    print(f"Vigil server initialised in {data}")
    print(f"Organisation: {args.org}")
    print(f"Server URL: {args.url}")
    if key is None:
        print(f"Behind a reverse proxy: devices pin the key of its certificate {cert}")
        print("('run' serves plain HTTP on loopback for the proxy to forward to).")
    else:
        print(f"TLS certificate: {cert}")
    print(f"TLS public-key pin: {tls.spki_pin(cert)}")
    if _loopback_url(args.url):
        print(
            f"WARNING: {args.url} is this machine's own loopback address: only programs on "
            "this machine can reach it, and every enrolment code carries it (devices pin it, so "
            "it cannot be changed later). For devices elsewhere, start again in a new data "
            "folder with 'init --url https://HOST:PORT' (packaging/server/README.md).",
            file=sys.stderr,
        )
    print(f"Admin enrolment code for the HQ desk (one use, {args.code_hours} h):")
    print(code)
    return 0


def _loopback_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost" or host.endswith(".localhost")


def _tls(args: argparse.Namespace, data: Path, host: str) -> tuple[Path, Path | None]:
    if (args.cert is None) != (args.key is None):
        raise ValueError("give both --cert and --key, or neither")
    if args.proxy_cert is not None:
        if args.cert is not None:
            raise ValueError("give --proxy-cert or --cert and --key, not both")
        if not args.url.startswith("https://"):
            raise ValueError("--url must be the proxy's https:// address")
        proxy_cert: Path = args.proxy_cert.expanduser().resolve()
        try:
            tls.spki_pin(proxy_cert)
        except (OSError, ValueError):
            raise ValueError(f"{proxy_cert} is not a PEM certificate that can be read") from None
        return proxy_cert, None
    if args.cert is not None:
        cert, key = args.cert.expanduser().resolve(), args.key.expanduser().resolve()
        tls.check_pair(cert, key)
        return cert, key
    folder = data / "tls"
    folder.mkdir(mode=0o700, exist_ok=True)
    cert, key = folder / "cert.pem", folder / "key.pem"
    if cert.exists() and key.exists():  # left by an init that failed later on
        tls.check_pair(cert, key)
        return cert, key
    for stale in (cert, key):
        stale.unlink(missing_ok=True)
    hosts = [host, *[h for h in LOCAL_HOSTS if h != host]]
    tls.generate(cert, key, hosts)
    return cert, key


def _admin_code(config: ServerConfig, db: Database, hours: int) -> str:
    expires = now() + hours * 3600
    with db.write() as conn:
        org = orgs.get_org(conn, config.org_id)
        secret = orgs.issue_code(conn, org.id, "admin", "hq", None, expires, now())
        receipt_key = receipts.signing_chain(conn, org.id, now())[-1].fingerprint
    pin = tls.spki_pin(config.cert)
    return codes.make(
        config.url, pin, org.name, ([], []), secret, "admin", "hq", rfc3339(expires) or "",
        receipt_key,
    )


def admin_code(config: ServerConfig, db: Database, hours: int) -> int:
    if hours < 1 or hours > 24 * 30:
        raise ValueError("--code-hours must be between 1 and 720")
    code = _admin_code(config, db, hours)
    print(f"Admin enrolment code (one use, {hours} h). If this organisation already has HQ")
    print("keys, the desk that uses it must hold the same HQ identity.")
    print(code)
    return 0


def rotate_receipt_key(config: ServerConfig, db: Database) -> int:
    """A new receipt key, endorsed by the one before (which retires). Devices follow the
    endorsement from the key they pinned; codes issued from now on carry the new one."""
    with db.write() as conn:
        key = receipts.rotate(conn, config.org_id, now())
    print(f"The receipt key is now {key.key_id} (SHA-256 {key.fingerprint}).")
    return 0


def list_codes(config: ServerConfig, db: Database, as_json: bool) -> int:
    t = now()
    with db.read() as conn:
        found = enrol_codes.list_codes(conn, config.org_id)
    rows = [
        {
            "id": c.id,
            "kind": c.kind,
            "role": c.role,
            "label": c.label,
            "state": c.state(t),
            "created_at": rfc3339(c.created_at),
            "expires_at": rfc3339(c.expires_at),
        }
        for c in found
    ]
    if as_json:
        print(json.dumps(rows, indent=2, sort_keys=True))
        return 0
    if not rows:
        print("No enrolment code was issued yet.")
        return 0
    print(f"{'CODE ID':16}  {'KIND':6}  {'ROLE':5}  {'STATE':7}  {'EXPIRES':20}  LABEL")
    for r in rows:
        print(
            f"{r['id']:16}  {r['kind']:6}  {r['role']:5}  {r['state']:7}  "
            f"{r['expires_at']:20}  {r['label'] or ''}"
        )
    return 0


def revoke_code(config: ServerConfig, db: Database, code_id: str) -> int:
    with db.write() as conn:
        state = enrol_codes.revoke(conn, config.org_id, code_id.lower(), now())
    if state is None:
        raise ApiError(404, "unknown_code", f"No enrolment code {code_id} was issued here.")
    if state == "used":
        raise ApiError(409, "code_used", f"The code {code_id} was already used; revoke the device.")
    print(f"Enrolment code {code_id} is revoked: nobody can enrol with it.")
    return 0


def list_devices(db: Database, as_json: bool) -> int:
    with db.read() as conn:
        listed = orgs.list_devices(conn)
        used: dict[str, quotas.Usage] = {}
        for org_id in {d.org_id for d in listed}:
            used.update(quotas.usage_by_device(conn, org_id, now()))
        found = [
            {**_device_json(d), "stored_bytes": used.get(d.id, quotas.Usage(0, 0)).total}
            for d in listed
        ]
    if as_json:
        print(json.dumps(found, indent=2, sort_keys=True))
        return 0
    if not found:
        print("No device is enrolled yet.")
        return 0
    width = shutil.get_terminal_size((100, 20)).columns
    print(
        f"{'DEVICE ID':32}  {'ROLE':5}  {'STATUS':7}  {'WIPE':4}  {'ENROLLED':20}  "
        f"{'LAST SEEN':10}  {'STORED':>12}  LABEL"
    )
    for d in found:
        line = (
            f"{d['id']:32}  {d['role']:5}  {d['status']:7}  {'yes' if d['wipe'] else 'no':4}  "
            f"{d['created_at']:20}  {d['last_seen'] or 'never':10}  {d['stored_bytes']:>12}  "
            f"{d['label'] or ''}"
        )
        print(line[:width] if width > 60 else line)
    return 0


def _time(text: str) -> int:
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"--since: '{text}' is not a time like 2026-12-07T09:00:00Z") from None
    if when.tzinfo is None:
        raise ValueError("--since: give the time zone, e.g. 2026-12-07T09:00:00Z")
    return int(when.timestamp())


def purge(config: ServerConfig, db: Database, device_id: str, since: str | None) -> int:
    start = _time(since) if since else None
    with db.write() as conn:
        device = orgs.get_device(conn, device_id)
        if device is None:
            raise ApiError(404, "unknown_device", f"No device {device_id} is enrolled here.")
        done = quotas.purge(conn, device.org_id, device_id, start)
    # The rows are gone (committed) before the bytes: a crash in between leaves bytes no row
    # names (swept later), never a row whose bytes are missing.
    open_store(db, config.blob_root, Limits()).forget(device.org_id, done.blobs)
    print(
        f"Purged from device {device_id}: {done.envelopes} envelopes "
        f"({done.envelope_bytes} bytes), {len(done.blobs)} blobs ({done.blob_bytes} bytes) "
        f"and {done.notes} notes ({done.note_bytes} bytes). "
        "Devices that pulled them already keep their copies."
    )
    return 0


def revoke(db: Database, device_id: str, wipe: bool) -> int:
    with db.write() as conn:
        done = orgs.revoke(conn, device_id, wipe, now())
    if done is None:
        raise ApiError(404, "unknown_device", f"No device {device_id} is enrolled here.")
    print(f"Device {device_id} is revoked: its next request will be refused.")
    if done.wipe:
        print(
            "It is told HQ wants it wiped, but a device obeys only a wipe order signed by the "
            "HQ key, which this server does not hold: it shows the request and keeps its data. "
            f"To have it wipe itself, run 'vigil hq revoke {device_id} --wipe' on the HQ desk."
        )
    return 0


def _device_json(device: orgs.Device) -> dict[str, object]:
    """The same fields as GET /v1/devices."""
    return {
        "id": device.id,
        "role": device.role,
        "label": device.label,
        "status": device.status,
        "wipe": device.wipe,
        "created_at": rfc3339(device.created_at),
        "revoked_at": rfc3339(device.revoked_at),
        "device_key": b64(device.device_key),
        "age_recipient": device.age_recipient,
        "signing_key": b64(device.signing_key) if device.signing_key else None,
        "last_seen": day_text(device.last_seen),
    }


def move_to(config: ServerConfig, db: Database, url: str) -> int:
    """``migrate --to``: this SQLite server's data and blobs into an empty PostgreSQL
    database, checked before it commits (storage/transfer.py). Exit 2: refused (not SQLite,
    not PostgreSQL, schema not the newest, target not empty or unreachable); 4: the copy did
    not match the source (nothing was committed)."""
    from sqlalchemy.exc import ArgumentError, OperationalError

    from vigil_server.storage import transfer

    try:
        target = Database(url, pool_size=2)
    except (ValueError, ArgumentError):
        print("vigil-server: --to must be a postgresql:// URL", file=sys.stderr)
        return 2
    try:
        moved = transfer.move(db, target, config.blob_root)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "it does not answer"
        print(f"vigil-server: cannot use the target database: {reason}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"vigil-server: {exc}", file=sys.stderr)
        return 2
    except transfer.CopyFailed as exc:
        print(f"vigil-server: nothing was moved: {exc}", file=sys.stderr)
        return 4
    finally:
        target.dispose()
    for table, count in moved.rows.items():
        print(f"{table:18} {count:>9} rows")
    print(f"blobs copied from the data folder: {moved.blobs} complete, {moved.parts} parts of "
          f"uploads in progress ({moved.parts_left} to be sent again)")  # fmt: skip
    print(
        "Checked: every table's rows, every envelope and note against its SHA-256, every "
        "blob against its size and SHA-256. Start the server with --database-url (or "
        "VIGIL_DATABASE_URL) naming the new database. The SQLite database and the blob "
        f"files in {config.data} are left as they were; remove them once satisfied."
    )
    return 0
