"""Alembic environment: migrations run on a connection handed in by Database.migrate()."""

from __future__ import annotations

from alembic import context

from vigil_server.storage.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("run migrations through 'vigil-server migrate' (Database.migrate)")

context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
