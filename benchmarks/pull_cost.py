"""Pull cost benchmark: what a field device's pull reads from the database, against what it
returns (the baseline, measured in the same run).

Not a timed test: it prints a table. The issue: on SQLite a field device's first pull read
every envelope byte between its cursor and the head, because the audience filter walked each
row's body (SQLite keeps columns after a large blob on its overflow pages). A pull should
cost the rows it returns.

    uv run python benchmarks/pull_cost.py                  # 2,000 x 16 KiB, SQLite and PostgreSQL
    uv run python benchmarks/pull_cost.py --envelopes 500  # quicker
    uv run python benchmarks/pull_cost.py --check          # exit 1 when a ratio is above 4

The log holds ``--envelopes`` envelopes of 16 KiB for HQ and 10 for one field device, spread
through it. The field device pulls from cursor 0 through the real storage code.

- SQLite: bytes the process reads (``rchar`` in /proc/self/io) during the pull, on a fresh
  connection (empty page cache), so every page the pull touches is read once.
- PostgreSQL: shared blocks hit or read (8 KiB each) by the pull's statements, from
  ``pg_statio_user_tables`` (heap, index and TOAST) after a stats flush; the tables are
  ANALYZEd after the load, as autovacuum would.

The ratio is bytes read / bytes of envelopes returned; 1.0 would be no overhead at all.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the PostgreSQL helper lives in tests/support

from sqlalchemy import text  # noqa: E402
from tests.support.pg import make_cluster  # noqa: E402

from vigil_server.storage import envelopes, orgs  # noqa: E402
from vigil_server.storage.database import Database  # noqa: E402
from vigil_server.wire import sha256_hex  # noqa: E402

SIZE = 16 * 1024
FIELD_ENVELOPES = 10
TARGET = 4.0


def _rchar() -> int:
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    raise RuntimeError("no rchar in /proc/self/io")


def _fill(db: Database, count: int) -> orgs.Device:
    with db.write() as conn:
        org_id = orgs.create_org(conn, "Bench", 0)
    field = orgs.Device(
        id="f" * 32, org_id=org_id, role="field", label=None, device_key=b"k" * 32,
        age_recipient="age1", signing_key=None, status="active", wipe=False, created_at=0,
        revoked_at=None,
    )  # fmt: skip
    every = max(1, count // FIELD_ENVELOPES)
    batch: list[envelopes.Incoming] = []
    for i in range(count + FIELD_ENVELOPES):
        body = b"age-encryption.org/v1\n" + os.urandom(SIZE - 22)
        audience: envelopes.Audience = [field.id] if i % (every + 1) == every else "hq"
        batch.append(envelopes.Incoming(sha256_hex(body), body, audience))
        if len(batch) == 100:
            with db.write() as conn:
                envelopes.push(conn, org_id, batch, 1)
            batch = []
    if batch:
        with db.write() as conn:
            envelopes.push(conn, org_id, batch, 1)
    return field


def _pull(db: Database, field: orgs.Device) -> int:
    with db.read() as conn:
        entries, _, _ = envelopes.pull(conn, field, 0, 500, 64 * 1024 * 1024)
    return sum(len(e.body) for e in entries)


def sqlite_cost(count: int) -> tuple[int, int]:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        db = Database(url, pool_size=1)
        db.migrate()
        field = _fill(db, count)
        db.dispose()
        fresh = Database(url, pool_size=1)
        with fresh.read() as conn:  # connect and read the schema before measuring
            conn.execute(text("SELECT 1"))
        before = _rchar()
        returned = _pull(fresh, field)
        read = _rchar() - before
        fresh.dispose()
    return read, returned


_BLOCKS = text(
    "SELECT coalesce(sum(coalesce(heap_blks_read, 0) + coalesce(heap_blks_hit, 0)"
    " + coalesce(idx_blks_read, 0) + coalesce(idx_blks_hit, 0)"
    " + coalesce(toast_blks_read, 0) + coalesce(toast_blks_hit, 0)"
    " + coalesce(tidx_blks_read, 0) + coalesce(tidx_blks_hit, 0)), 0)"
    " FROM pg_statio_user_tables"
)


def postgres_cost(count: int) -> tuple[int, int]:
    cluster = make_cluster()
    try:
        db = Database(cluster.url, pool_size=1)
        db.migrate()
        field = _fill(db, count)
        with db.write() as conn:  # what autovacuum does after a bulk load
            conn.execute(text("ANALYZE"))
        db.dispose()  # the writers' backends exit and hand in their statistics
        time.sleep(2)
        db = Database(cluster.url, pool_size=1)
        with db.read() as conn:
            before = int(conn.execute(_BLOCKS).scalar() or 0)
        returned = _pull(db, field)
        with db.read() as conn:
            conn.execute(text("SELECT pg_stat_force_next_flush()"))
        with db.read() as conn:
            after = int(conn.execute(_BLOCKS).scalar() or 0)
        db.dispose()
    finally:
        cluster.stop()
    return (after - before) * 8192, returned


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--envelopes", type=int, default=2000)
    p.add_argument("--check", action="store_true", help=f"exit 1 when a ratio is above {TARGET}")
    p.add_argument("--sqlite-only", action="store_true")
    args = p.parse_args()
    rows = [("SQLite", *sqlite_cost(args.envelopes))]
    if not args.sqlite_only:
        rows.append(("PostgreSQL", *postgres_cost(args.envelopes)))
    log_mib = args.envelopes * SIZE / 2**20
    print(f"log: {args.envelopes} envelopes of 16 KiB for HQ ({log_mib:.0f} MiB), "
          f"{FIELD_ENVELOPES} for the field device")  # fmt: skip
    print(f"{'engine':12} {'returned KiB':>13} {'read KiB':>10} {'read/returned':>14}")
    worst = 0.0
    for name, read, returned in rows:
        ratio = read / returned
        worst = max(worst, ratio)
        print(f"{name:12} {returned / 1024:13.0f} {read / 1024:10.0f} {ratio:14.2f}")
    return 1 if args.check and worst > TARGET else 0


if __name__ == "__main__":
    sys.exit(main())
