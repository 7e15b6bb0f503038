"""Envelopes and blob uploads for the server tests: real age files, parts, and the raw
calls of docs/protocol.md §7 and §8."""

from __future__ import annotations

import os
from typing import Any

from sqlalchemy import text

from tests.support.api import Device, seal, sha256_hex
from tests.support.server import ServerProcess


def envelopes(device: Device, n: int, *also: str) -> list[bytes]:
    return [seal(os.urandom(64), device.recipient, *also) for _ in range(n)]


PART = 64 * 1024


def attachment(device: Device, *also: str, size: int = 5 * PART - 1000) -> bytes:
    return seal(os.urandom(size), device.recipient, *also)


def parts_of(blob: bytes, part: int = PART) -> list[bytes]:
    return [blob[i : i + part] for i in range(0, len(blob), part)]


def init(device: Device, blob: bytes, audience: Any = "hq", part: int | None = PART) -> Any:
    body: dict[str, Any] = {"sha256": sha256_hex(blob), "size": len(blob), "audience": audience}
    if part:
        body["part_size"] = part
    return device.call("POST", "/v1/blobs", json=body)


def put(device: Device, blob: bytes, index: int, data: bytes, digest: str | None = None) -> Any:
    return device.call(
        "PUT", f"/v1/blobs/{sha256_hex(blob)}/parts/{index}", content=data,
        headers={"X-Part-SHA256": digest or sha256_hex(data),
                 "Content-Type": "application/octet-stream"},
    )  # fmt: skip


def stored_pieces(server: ServerProcess, sha: str) -> dict[str, bytes]:
    """Every piece of this blob the server keeps, by name, in order of name: the files under
    its data folder with SQLite (``<sha>`` once complete, ``<sha>.parts/…`` before), the
    rows of ``blob_data`` with PostgreSQL (``row <index>``, one per part)."""
    if server.database_url is None:
        root = server.data / "blobs"
        found = {str(p.relative_to(root)): p for p in root.rglob("*") if p.is_file()}
        return {name: found[name].read_bytes() for name in sorted(found) if sha in name}
    engine = server.engine()
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT idx, data FROM blob_data WHERE sha256 = :sha ORDER BY idx"),
                {"sha": sha},
            ).all()
    finally:
        engine.dispose()
    return {f"row {idx:06d}": bytes(data) for idx, data in rows}
