"""Blob bytes in the database when it is PostgreSQL.

- ``blob_data``: one row per uploaded part of a blob (storage/blob_rows.py). Created on
  SQLite too, where it stays empty (a SQLite server keeps blob bytes in its data folder), so
  that both databases have one schema.
- On PostgreSQL the bytes column is stored EXTERNAL: uncompressed (ciphertext does not
  compress) so that ``substring`` reads of a byte range fetch only the chunks they cover.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "blob_data",
        sa.Column("org_id", sa.String(32), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("idx", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("part_sha256", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "sha256", "idx", "part_sha256", name="pk_blob_data"),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE blob_data ALTER COLUMN data SET STORAGE EXTERNAL")


def downgrade() -> None:
    op.drop_table("blob_data")
