"""The keys that sign receipts for accepted envelopes (storage/receipts.py).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "receipt_keys",
        sa.Column("org_id", sa.String(32), nullable=False),
        sa.Column("key_id", sa.String(16), nullable=False),
        sa.Column("public", sa.LargeBinary(32), nullable=False),
        sa.Column("seed", sa.LargeBinary(32), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("endorsement", sa.LargeBinary(64), nullable=True),
        sa.Column("retired_at", sa.BigInteger, nullable=True),
        sa.PrimaryKeyConstraint("org_id", "key_id", name="pk_receipt_keys"),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisations.id"], name="fk_receipt_keys_org_id_organisations"
        ),
    )


def downgrade() -> None:
    op.drop_table("receipt_keys")
