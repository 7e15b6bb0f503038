"""The engine, transactions and migrations.

SQLite: WAL, full fsync, foreign keys, a 30 s busy timeout; read transactions start with
``BEGIN`` (a snapshot), write transactions with ``BEGIN IMMEDIATE`` so that two writers never
deadlock on a lock upgrade. The writers of one process queue on a lock of their own before
``BEGIN IMMEDIATE``: SQLite admits one writer at a time anyway, and a writer it turns away
polls with sleeps that grow to 100 ms, so under load the database sat idle while dozens of
request threads slept (a sixth of the server's time, profiled; docs/testing.md).
PostgreSQL: READ COMMITTED; writers that extend the envelope log
lock the organisation's row first (see storage/envelopes.py), so sequence numbers become
visible in order and a reader's cursor never skips a row that commits later.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.pool import NullPool

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
MIGRATION_LOCK = 0x56494749  # "VIGI": the PostgreSQL advisory lock held while migrating
# How long a writer waits for the process's other writers before it asks SQLite anyway (whose
# own busy timeout then applies): a writer nested in another on one thread must not hang.
WRITER_WAIT = 30.0


def normalise_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here (the only PostgreSQL driver installed)."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


class Database:
    def __init__(self, url: str, pool_size: int = 10) -> None:
        url = normalise_url(url)
        self.url = url
        self.dialect = url.split(":", 1)[0].split("+", 1)[0]
        self._writer: threading.Lock | None = None
        if self.dialect == "sqlite":
            self.engine: Engine = create_engine(
                url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=pool_size
            )
            _sqlite_setup(self.engine)
            self._writer = threading.Lock()
        elif self.dialect == "postgresql":
            # The process id names each connection in pg_stat_activity: with several server
            # processes on one database, the operator sees which one holds or waits for what.
            self.engine = create_engine(
                url,
                pool_size=pool_size,
                max_overflow=pool_size,
                pool_pre_ping=True,
                connect_args={"application_name": f"vigil-server {os.getpid()}"},
            )
        else:
            raise ValueError("the database URL must be sqlite:///PATH or postgresql://...")

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        queued = self._writer is not None and self._writer.acquire(timeout=WRITER_WAIT)
        try:
            with self.engine.connect() as conn:
                conn = conn.execution_options(vigil_write=True)
                with conn.begin():
                    yield conn
        finally:
            if queued:
                assert self._writer is not None
                self._writer.release()

    def migrate(self) -> None:
        """Bring the schema to the newest revision. Safe to run from several processes at
        once: PostgreSQL serialises on an advisory lock, SQLite on its write lock."""
        with self.write() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK})
            from alembic import command

            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def revision(self) -> str | None:
        """The schema revision this database is at (None: no schema yet)."""
        from alembic.runtime.migration import MigrationContext

        with self.read() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head(self) -> str | None:
        """The newest schema revision this server knows."""
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(_alembic_config()).get_current_head()

    def ping(self) -> None:
        with self.read() as conn:
            conn.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
        cur = dbapi_conn.cursor()
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=FULL",
            "PRAGMA foreign_keys=ON",
            "PRAGMA busy_timeout=30000",
            "PRAGMA secure_delete=ON",
        ):
            cur.execute(pragma)
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        write = conn.get_execution_options().get("vigil_write")
        conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def null_pool_engine(url: str) -> Engine:
    """A plain engine for tests and one-shot tools."""
    return create_engine(normalise_url(url), poolclass=NullPool)
