"""HQ's hybrid (post-quantum) age recipient, before an HQ root (docs/protocol.md §9).

- ``organisations.hq_hybrid_recipient``: the ``age1pq1…`` recipient the HQ desk registered
  with a signature by the HQ signing key; device codes name it by fingerprint beside the
  X25519 one. NULL until the desk registers it, and cleared when a key set names another desk.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(sa.Column("hq_hybrid_recipient", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("hq_hybrid_recipient")
