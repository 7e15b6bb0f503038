"""Moving an organisation from SQLite to PostgreSQL (``vigil-server migrate --to``): a real
server on SQLite fills its database and blob folder, the command copies everything into the
real PostgreSQL the tests start, and a server on PostgreSQL with the same data folder serves
it all, while the SQLite database and blob files stay untouched. A target that is not empty
is refused, and a copy that does not match its source commits nothing."""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.support.api import Device, decode_code, enrol, sha256_hex
from tests.support.pg import Cluster
from tests.support.server import FAST_LIMITS, ServerProcess, launch
from tests.support.uploads import attachment, init, parts_of, put
from vigil_server.storage.database import null_pool_engine

pytestmark = pytest.mark.slow


def folder_state(folder: Path) -> tuple[dict[str, str], list[str]]:
    """The SHA-256 of every file under ``folder`` but the SQLite database's, and the
    database's contents as SQL (its file changes when any reader's close checkpoints the
    write-ahead log into it, its contents do not)."""
    files = {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith("vigil-server.db")
    }
    with contextlib.closing(sqlite3.connect(folder / "vigil-server.db")) as db:
        return files, list(db.iterdump())


def vigil_rows(url: str) -> int:
    engine = null_pool_engine(url)
    try:
        with engine.connect() as conn:
            names = ("organisations", "devices", "envelopes", "blobs", "blob_data", "tokens")
            return sum(
                int(conn.execute(text(f"SELECT count(*) FROM {n}")).scalar_one())  # noqa: S608
                for n in names
            )
    finally:
        engine.dispose()


def moved_to(server: ServerProcess, url: str) -> ServerProcess:
    """The same data folder and port, now on PostgreSQL."""
    again = ServerProcess(server.data, server.port, url, server.admin_code,
                          server.log.with_name("after.log"), server.home)  # fmt: skip
    again.start(*FAST_LIMITS)
    return again


def on(server: ServerProcess, device: Device) -> Device:
    """The device (its keys and its tokens as they were) talking to ``server``."""
    return dataclasses.replace(device, api=server.api())


def test_a_sqlite_server_moves_to_postgresql_whole(tmp_path: Path, pg_cluster: Cluster) -> None:
    server = launch(tmp_path / "server", None, *FAST_LIMITS)
    try:
        hq = enrol(server.api(), decode_code(server.admin_code)["secret"], role_hint="hq")
        made = hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={"role": "field"})
        field = enrol(server.api(), decode_code(made.json()["code"])["secret"])
        envelopes = [os.urandom(n) for n in (100, 5000, 70_000)]
        sealed = [attachment(field, hq.recipient, size=len(e)) for e in envelopes]
        assert field.push(sealed[:2], "hq").status_code == 200
        assert field.push(sealed[2:], [field.id, hq.id]).status_code == 200
        blob = attachment(field, hq.recipient)
        assert init(field, blob).status_code == 200
        for i, data in enumerate(parts_of(blob)):
            assert put(field, blob, i, data).status_code == 200
        assert field.call("POST", f"/v1/blobs/{sha256_hex(blob)}/complete").status_code == 200
        partial = attachment(field, hq.recipient)  # an upload in progress: 2 parts of 5
        partial_parts = parts_of(partial)
        assert init(field, partial).status_code == 200
        for i in (0, 3):
            assert put(field, partial, i, partial_parts[i]).status_code == 200
        before, _ = hq.pull_all()
    finally:
        server.stop()
    source = folder_state(server.data)
    assert any(name.endswith(sha256_hex(blob)) for name in source[0])  # a blob file
    url = pg_cluster.new_database()

    done = server.cli("migrate", "--to", url, check=False)
    assert done.returncode == 0, done.stderr
    assert "envelope_bodies" in done.stdout and "left as they were" in done.stdout
    assert folder_state(server.data) == source  # the SQLite database and blob files untouched

    again = server.cli("migrate", "--to", url, check=False)  # now it is not empty
    assert again.returncode == 2
    assert "already holds Vigil data" in again.stderr and "envelopes (3 rows)" in again.stderr

    after = moved_to(server, url)
    try:
        hq2, field2 = on(after, hq), on(after, field)
        got, _ = hq2.pull_all()  # the tokens came across too: no new login
        assert got == before
        assert hq2.call("GET", f"/v1/blobs/{sha256_hex(blob)}/data").content == blob
        status = field2.call("GET", f"/v1/blobs/{sha256_hex(partial)}").json()
        assert status["received"] == [0, 3] and status["complete"] is False
        for i in (1, 2, 4):
            assert put(field2, partial, i, partial_parts[i]).status_code == 200
        finish = field2.call("POST", f"/v1/blobs/{sha256_hex(partial)}/complete")
        assert finish.status_code == 200, finish.text
        assert hq2.call("GET", f"/v1/blobs/{sha256_hex(partial)}/data").content == partial
        more = attachment(field2, hq2.recipient, size=900)
        pushed = field2.push([more], "hq")
        assert pushed.status_code == 200 and pushed.json()["results"][0]["seq"] == 4
    finally:
        after.stop()


def test_a_move_that_does_not_match_its_source_commits_nothing(
    tmp_path: Path, pg_cluster: Cluster
) -> None:
    server = launch(tmp_path / "server", None, *FAST_LIMITS)
    try:
        hq = enrol(server.api(), decode_code(server.admin_code)["secret"], role_hint="hq")
        blob = attachment(hq, size=300_000)
        assert init(hq, blob).status_code == 200
        for i, data in enumerate(parts_of(blob)):
            assert put(hq, blob, i, data).status_code == 200
        assert hq.call("POST", f"/v1/blobs/{sha256_hex(blob)}/complete").status_code == 200
    finally:
        server.stop()
    path = next((server.data / "blobs").rglob(sha256_hex(blob)))
    path.write_bytes(b"\0" * path.stat().st_size)  # a bad sector in the source's blob file
    url = pg_cluster.new_database()

    done = server.cli("migrate", "--to", url, check=False)
    assert done.returncode == 4, (done.stdout, done.stderr)
    assert "nothing was moved" in done.stderr and sha256_hex(blob)[:16] in done.stderr
    assert vigil_rows(url) == 0  # rolled back whole: the schema is there, no rows

    for bad in ("sqlite:///" + str(tmp_path / "other.db"), "mysql://x@y/z"):
        refused = server.cli("migrate", "--to", bad, check=False)
        assert refused.returncode == 2 and "postgresql://" in refused.stderr, refused.stderr
    unreachable = server.cli("migrate", "--to", "postgresql://nobody@127.0.0.1:1/none",
                             check=False)  # fmt: skip
    assert unreachable.returncode == 2
    assert "cannot use the target database" in unreachable.stderr
