"""A push's quota check costs the same whatever the device stored before. It used to sum the
size of every envelope, blob and note the device ever pushed, at every push: a device that had
stored a million 1 KB envelopes (within its default quotas, in a day) made each of its pushes
cost the server about half a second of CPU, ten pushes a second within its rate limit.

Measured as work, not time: SQLite's progress handler counts the virtual machine's steps
while the check runs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from vigil_server.config import Limits
from vigil_server.errors import ApiError
from vigil_server.storage import orgs, quotas
from vigil_server.storage.database import Database

ROWS = 100_000
DAY = 24 * 3600
NOW = 1_900_000_000


def steps_of(db: Database, call: object) -> int:
    """SQLite VM steps (in thousands) that ``call(conn)`` makes in a write transaction."""
    counted = [0]
    with db.write() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None

        def tick() -> int:
            counted[0] += 1
            return 0

        raw.set_progress_handler(tick, 1000)
        try:
            call(conn)  # type: ignore[operator]
        finally:
            raw.set_progress_handler(None, 1000)
    return counted[0]


def device(db: Database, device_id: str) -> orgs.Device:
    with db.read() as conn:
        found = orgs.get_device(conn, device_id)
    assert found is not None
    return found


def test_the_quota_check_does_not_read_what_the_device_stored_before(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'db.sqlite'}", pool_size=1)
    db.migrate()
    with db.write() as conn:
        conn.execute(text("INSERT INTO organisations (id, name, created_at, log_head) "
                          "VALUES ('o', 'o', 0, 0)"))  # fmt: skip
        for name in ("busy", "quiet"):
            conn.execute(
                text("INSERT INTO devices (id, org_id, role, device_key, age_recipient, status, "
                     "wipe, created_at) VALUES (:id, 'o', 'field', :key, 'age1x', 'active', "
                     "false, 0)"),
                {"id": name, "key": name.encode().ljust(32, b"\0")},
            )  # fmt: skip
    limits = Limits()
    # The busy device stores ROWS envelopes of 1 KB over the last two days, each thousand
    # through the quota check first, as the push route does.
    busy, quiet = device(db, "busy"), device(db, "quiet")
    insert = text("INSERT INTO envelopes (org_id, seq, sha256, size, audience, received_at, "
                  "device_id) VALUES ('o', :seq, :sha, 1000, 'hq', :when, 'busy')")  # fmt: skip
    with db.write() as conn:
        for start in range(0, ROWS, 1000):
            when = NOW - 2 * DAY + start * (2 * DAY) // ROWS
            quotas.check(conn, busy, 1000 * 1000, when, limits)
            seqs = range(start + 1, start + 1001)
            conn.execute(insert, [{"seq": i, "sha": f"{i:064x}", "when": when} for i in seqs])
    busy_steps = steps_of(db, lambda conn: quotas.check(conn, busy, 5000, NOW, limits))
    quiet_steps = steps_of(db, lambda conn: quotas.check(conn, quiet, 5000, NOW, limits))
    assert busy_steps <= quiet_steps + 5, (busy_steps, quiet_steps)
    with db.read() as conn:
        used = quotas.usage(conn, "busy", NOW + 1)
    stored = ROWS * 1000 + 5000  # the rows, and the 5000 bytes the last check let in
    assert used.total == stored, used
    # The last 24 hours hold half of the rows (counted by the hour: up to an hour more).
    assert stored // 2 <= used.today <= stored // 2 + 3_000_000, used
    # The check still refuses what passes the quota.
    small = Limits(quota_total=used.total + 4000)
    try:
        with db.write() as conn:
            quotas.check(conn, busy, 5000, NOW, small)
    except ApiError as err:
        assert err.code == "storage_quota_exceeded"
    else:
        raise AssertionError("the total quota was not enforced")
