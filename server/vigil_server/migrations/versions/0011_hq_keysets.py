"""The HQ key sets an organisation's offline root signed (docs/hq-keys.md).

- ``hq_keysets``: (organisation, serial) -> the root's fingerprint and the exact bytes of the
  key set, as devices fetch it and check it against the root they pinned.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_keysets",
        sa.Column("org_id", sa.String(32), nullable=False),
        sa.Column("serial", sa.BigInteger, nullable=False, autoincrement=False),
        sa.Column("root", sa.String(64), nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("received_at", sa.BigInteger, nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisations.id"], name="fk_hq_keysets_org_id_organisations"
        ),
        sa.PrimaryKeyConstraint("org_id", "serial", name="pk_hq_keysets"),
    )


def downgrade() -> None:
    op.drop_table("hq_keysets")
