"""The HQ signing key's signature over HQ's hybrid recipient (docs/protocol.md §9).

- ``organisations.hq_hybrid_signature``: the Ed25519 signature the desk sent with its hybrid
  recipient, kept so that ``GET /v1/hq/keys`` serves it: a device enrolled before the desk
  registered that key checks it against the HQ key it pinned and moves to the hybrid key.
  NULL for a recipient registered before this revision (the desk registers it again, once)
  and cleared with the recipient.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("hq_hybrid_signature", sa.LargeBinary(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("hq_hybrid_signature")
