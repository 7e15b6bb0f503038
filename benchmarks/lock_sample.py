"""What the server's PostgreSQL connections are doing, sampled: how many wait for a lock, and
where the transactions that hold one spend their time (docs/testing.md, "PostgreSQL at 500
devices"). ``benchmarks/load.py --sample-locks`` runs it during its Vigil phases on
PostgreSQL; alone:

    uv run python benchmarks/lock_sample.py postgresql://vigil@127.0.0.1:PORT/vigil --seconds 30

Every 50 ms it reads ``pg_stat_activity`` of that database (the server's connections, named
``vigil-server PID``), and prints the average number of connections in each (state, wait)
and, for the transactions that have written something and wait for no lock (the holder of
the organisation's row, and pushes between their first write and the lock), the statement
each was at.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time

import psycopg

QUERY = """
SELECT state, wait_event_type, wait_event, left(query, 48), backend_xid IS NOT NULL
FROM pg_stat_activity
WHERE datname = current_database() AND application_name LIKE 'vigil-server %'
"""
EVERY = 0.05


def sample(url: str, seconds: float) -> str:
    waits: collections.Counter[tuple[str, str, str]] = collections.Counter()
    writers: collections.Counter[tuple[str, str, str]] = collections.Counter()
    count = 0
    with psycopg.connect(url, autocommit=True) as conn:  # a snapshot per read, not per run
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            rows = conn.execute(QUERY).fetchall()
            count += 1
            for state, kind, event, query, wrote in rows:
                waits[(str(state), str(kind), str(event))] += 1
                if wrote and kind != "Lock":
                    writers[(str(state), str(kind), " ".join(str(query).split()))] += 1
            time.sleep(EVERY)
    lines = [f"lock sample: {count} readings over {seconds:.0f} s (average connections)"]
    lines += [f"  {n / count:6.2f}  {' / '.join(k)}" for k, n in waits.most_common(8)]
    lines.append("  writing transactions not waiting for a lock, by statement:")
    lines += [f"  {n / count:6.2f}  {' / '.join(k)}" for k, n in writers.most_common(10)]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("url", help="the server's database (postgresql://...)")
    p.add_argument("--seconds", type=float, default=30.0)
    args = p.parse_args(argv)
    print(sample(args.url, args.seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
