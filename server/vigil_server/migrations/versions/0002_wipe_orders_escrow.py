"""Signed wipe orders relayed to revoked devices, and the optional escrow envelope per device.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # batch mode: SQLite cannot add a column with a server default in every version otherwise
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("wipe_order", sa.LargeBinary(2048), nullable=True))
        batch.add_column(
            sa.Column("wipe_push_first", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("escrow", sa.LargeBinary(65536), nullable=True))
        batch.add_column(sa.Column("escrow_at", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        for name in ("escrow_at", "escrow", "wipe_push_first", "wipe_order"):
            batch.drop_column(name)
