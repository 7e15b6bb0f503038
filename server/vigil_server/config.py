"""The data folder, its server.json, and the limits the server enforces."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vigil_server.wire import host_of

CONFIG_NAME = "server.json"
CONFIG_VERSION = 1
DEFAULT_URL = "https://127.0.0.1:8443"
KIB = 1024
MIB = 1024 * KIB


@dataclass(frozen=True)
class Limits:
    """Every number a client can run into; docs/protocol.md §10 lists the defaults."""

    max_body: int = 16 * MIB  # the push route; blob parts take part_max
    max_note_body: int = 1536 * KIB  # a 1 MiB note, base64, with its audience
    max_small_body: int = 64 * KIB  # every other route
    # Commas and brackets in one JSON body: a push of 500 items, each with 256 audience ids,
    # has about 130,000; the parser never builds more values than this.
    max_json_values: int = 140_000
    body_memory: int = 256 * MIB  # bytes of bodies being read at once, per process
    device_concurrency: int = 4  # requests in progress per device, per process
    # The largest revision the app can make (a 1,000,000-character note of characters JSON
    # must escape) is an envelope of about 6 MiB: a smaller cap would block a device's sync.
    max_envelope: int = 8 * MIB
    max_batch: int = 500
    max_audience: int = 256
    pull_default: int = 100
    pull_max: int = 500
    pull_max_bytes: int = 8 * MIB
    token_ttl: int = 600
    challenge_ttl: int = 60
    code_ttl_default: int = 24 * 3600
    code_ttl_max: int = 30 * 24 * 3600
    part_min: int = 64 * KIB
    part_max: int = 8 * MIB
    part_default: int = 4 * MIB
    max_parts: int = 65536
    max_blob: int = 4 * 1024 * MIB
    upload_ttl: int = 7 * 24 * 3600
    # What one field device may store (envelopes and blobs it pushed); HQ may set others per
    # device. HQ desks have none: they hold the HQ key and could do worse.
    quota_daily: int = 1024 * MIB  # in any 24 hours
    quota_total: int = 16 * 1024 * MIB
    device_rate: float = 600.0  # requests per minute, per device
    device_burst: int = 120
    # Requests per minute, per address, on unauthenticated routes. Every action of a sync
    # round takes a challenge and an answer, and an office's devices share one address behind
    # its NAT: 30 was spent by four devices syncing together. Nothing here guesses a secret
    # (answers are signatures, codes carry 128 bits), so the limit is against floods only.
    ip_rate: float = 240.0
    ip_burst: int = 120
    # /healthz, unknown paths and the rest that need no token and are not enrol/auth: a
    # budget of their own per address, so that a monitor's probes never spend the enrol one.
    open_rate: float = 600.0
    open_burst: int = 60
    # The front door (door.py): connections and how long a client may take over its part.
    max_connections: int = 0  # 0: as many as the descriptor limit allows (door.py)
    connections_per_address: int = 32
    handshake_timeout: float = 10.0
    head_timeout: float = 10.0  # the request line and headers; +1 s per min_rate bytes
    head_timeout_max: float = 20.0
    body_timeout: float = 20.0  # +1 s per min_rate bytes received
    public_body_timeout: float = 10.0  # the whole body of a route that needs no token
    min_rate: float = 500.0  # bytes per second
    send_timeout: float = 60.0  # a response the client does not read
    # A body refused before it was read (bad token, busy, too large...): after the answer the
    # server reads and drops at most this much of it, for at most this long, then closes.
    linger_bytes: int = 1 * MIB
    linger_timeout: float = 2.0
    keep_alive: int = 30  # idle seconds between requests


@dataclass(frozen=True)
class ServerConfig:
    """What ``init`` writes to DATA/server.json. It holds no secret: the TLS key is a
    separate 0600 file and the database URL (which may carry a password) is never stored.

    Behind a reverse proxy (``init --proxy-cert``) ``cert`` is the proxy's certificate, whose
    key the devices pin, and there is no ``key``: the proxy terminates TLS and ``run`` serves
    plain HTTP on loopback (packaging/server/README.md)."""

    data: Path
    org_id: str
    url: str
    cert: Path
    key: Path | None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def behind_proxy(self) -> bool:
        return self.key is None

    @property
    def host(self) -> str:
        return host_of(self.url)

    @property
    def blob_root(self) -> Path:
        return self.data / "blobs"

    def save(self) -> None:
        body = {
            "v": CONFIG_VERSION,
            "org_id": self.org_id,
            "url": self.url,
            "cert": str(self.cert),
            **({"key": str(self.key)} if self.key else {"proxy": True}),
            **self.extra,
        }
        path = self.data / CONFIG_NAME
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(body, fh, indent=2, sort_keys=True)
            fh.write("\n")
        os.replace(tmp, path)

    @classmethod
    def load(cls, data: Path) -> ServerConfig:
        path = data / CONFIG_NAME
        try:
            body = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            raise ConfigError(
                f"{data} is not a Vigil server folder: run 'vigil-server --data {data} init' first."
            ) from None
        except (OSError, ValueError) as exc:
            raise ConfigError(f"{path} cannot be read: {type(exc).__name__}.") from None
        if not isinstance(body, dict) or body.get("v") != CONFIG_VERSION:
            raise ConfigError(f"{path} has an unknown format version.")
        try:
            known = {"v", "org_id", "url", "cert", "key", "proxy"}
            return cls(
                data=data,
                org_id=str(body["org_id"]),
                url=str(body["url"]),
                cert=Path(body["cert"]),
                key=None if body.get("proxy") is True else Path(body["key"]),
                extra={k: v for k, v in body.items() if k not in known},
            )
        except KeyError as exc:
            raise ConfigError(f"{path} lacks the field {exc.args[0]!r}.") from None


class ConfigError(Exception):
    """The data folder or its configuration cannot be used; the message says why."""


def sqlite_url(data: Path) -> str:
    return f"sqlite:///{data / 'vigil-server.db'}"


def database_url(data: Path, given: str | None) -> str:
    return given or os.environ.get("VIGIL_DATABASE_URL") or sqlite_url(data)
