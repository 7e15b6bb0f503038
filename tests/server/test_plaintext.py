"""The server holds only ciphertext: after real Vigil envelopes and an age-encrypted
attachment carrying a known marker are pushed, no byte of the database (files, WAL) or of the
blob folder contains the marker, and the logs hold no marker, token, nonce or code secret."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import text

from tests.support import rage
from tests.support.api import Device, decode_code, seal, sha256_hex
from tests.support.server import ServerProcess
from vigil.crypto import envelope as venv

MARKER = b"VIGIL-PLAINTEXT-MARKER-7f3a9c"


def scan(folders: list[Path], needle: bytes) -> list[Path]:
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file() and needle in path.read_bytes():
                hits.append(path)
    return hits


def reached(folders: list[Path], stored: bytes) -> bool:
    """Whether the scan sees ``stored`` where it lives. PostgreSQL cuts a long value into
    TOAST chunks of about 2 KB kept as separate rows, so one slice can straddle two chunks and
    be in no file as one run; three 32-byte slices far apart cannot all straddle."""
    slices = (stored[64:96], stored[len(stored) // 2 :][:32], stored[-40:-8])
    return any(scan(folders, piece) for piece in slices)


def revision(author: Device, hq: Device, n: int) -> bytes:
    rev = venv.Revision(
        kind="note", item=os.urandom(16).hex(), case=os.urandom(16).hex(), parents=(),
        device=bytes.fromhex(author.id), author_key=author.identity.verify_key_bytes, seq=n,
        prev="", time="2025-01-01T00:00:00Z", deleted=False,
        payload={"text": (MARKER.decode() + " the witness statement ") * 20},
    )  # fmt: skip
    sealed = venv.seal(
        rev, author.identity, [author.identity.age_recipient, hq.identity.age_recipient]
    )
    return sealed.envelope


@pytest.fixture
def storage_dirs(server: ServerProcess, request: pytest.FixtureRequest) -> list[Path]:
    dirs = [server.data]
    if server.database_url:
        dirs.append(request.getfixturevalue("pg_cluster").data)
        engine = server.engine()
        with engine.connect() as conn:
            conn.execute(text("CHECKPOINT"))
        engine.dispose()
    return dirs


def test_database_and_blob_folder_hold_no_plaintext(
    server: ServerProcess, hq: Device, field: Device, request: pytest.FixtureRequest
) -> None:
    sealed = [revision(field, hq, n) for n in range(1, 4)]
    assert field.push(sealed).status_code == 200
    blob = seal(MARKER * 4000, field.recipient, hq.recipient)
    body = {"sha256": sha256_hex(blob), "size": len(blob), "audience": "hq"}
    assert field.call("POST", "/v1/blobs", json=body).status_code == 200
    put = field.call("PUT", f"/v1/blobs/{sha256_hex(blob)}/parts/0", content=blob,
                     headers={"X-Part-SHA256": sha256_hex(blob)})  # fmt: skip
    assert put.status_code == 200, put.text
    assert field.call("POST", f"/v1/blobs/{sha256_hex(blob)}/complete").json()["complete"]

    # HQ can read what it pulls: the marker really is inside these envelopes.
    pulled = {i["sha256"]: i for i in hq.pull_all()[0]}
    opened = venv.open_envelope(base64.b64decode(pulled[sha256_hex(sealed[0])]["envelope"]),
                                [hq.identity.age_identity])  # fmt: skip
    assert MARKER.decode() in opened.payload["text"]
    assert pyrage.decrypt(hq.call("GET", f"/v1/blobs/{sha256_hex(blob)}/data").content,
                          [rage.identity(hq.identity)]) == MARKER * 4000  # fmt: skip

    dirs = request.getfixturevalue("storage_dirs")
    assert scan(dirs, MARKER) == []
    # Control: the scan does reach the stored bytes (the ciphertext is found where it lives).
    assert reached(dirs, sealed[1]), "the scan did not see the stored envelopes"
    assert reached(dirs, blob), "the scan did not see the stored blob"


def test_logs_hold_no_secrets(server: ServerProcess, hq: Device, field: Device) -> None:
    nonce = field.challenge().json()["nonce"]
    field.login()
    made = hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={}).json()["code"]
    field.push([seal(MARKER, hq.recipient)])
    log = server.log.read_bytes()
    assert b'"event": "request"' in log and b'"event": "push"' in log  # it does log
    secrets = [
        MARKER, nonce.encode(), decode_code(server.admin_code)["secret"].encode(),
        decode_code(made)["secret"].encode(), *[t.encode() for t in hq.tokens.values()],
        *[t.encode() for t in field.tokens.values()], b"Bearer ",
    ]  # fmt: skip
    leaked = [s[:12] for s in secrets if s in log]
    assert leaked == []
    push_lines = [line for line in log.splitlines() if b'"event": "push"' in line]
    assert push_lines and not any(field.id.encode() in line for line in push_lines)
