"""Bytes each device stored, per hour (storage/quotas.py), so that a push's quota check sums
a few rows instead of every row the device ever pushed.

- ``device_usage``: (device, hour since the epoch) -> bytes, filled here from the envelopes,
  blobs and notes already stored.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# The same grouping as storage/quotas.py recounts with.
FILL = """
INSERT INTO device_usage (device_id, hour, bytes)
SELECT device_id, hour, SUM(size) FROM (
    SELECT device_id, received_at / 3600 AS hour, size FROM envelopes WHERE device_id IS NOT NULL
    UNION ALL
    SELECT device_id, created_at / 3600 AS hour, size FROM blobs WHERE device_id IS NOT NULL
    UNION ALL
    SELECT device_id, received_at / 3600 AS hour, size FROM notes WHERE device_id IS NOT NULL
) AS stored GROUP BY device_id, hour
"""


def upgrade() -> None:
    op.create_table(
        "device_usage",
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.Column("hour", sa.BigInteger, nullable=False, autoincrement=False),
        sa.Column("bytes", sa.BigInteger, nullable=False),
        sa.PrimaryKeyConstraint("device_id", "hour", name="pk_device_usage"),
    )
    op.execute(FILL)


def downgrade() -> None:
    op.drop_table("device_usage")
