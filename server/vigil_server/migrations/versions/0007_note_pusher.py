"""Who posted each note, for quotas and purges.

- ``notes.device_id``: the device whose token posted the note (a field device's note to HQ
  is up to 1 MiB, and it used to count in no quota). Rows from before this revision have none.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("notes", sa.Column("device_id", sa.String(32), nullable=True))
    op.create_index("ix_notes_device_received", "notes", ["device_id", "received_at"])


def downgrade() -> None:
    op.drop_index("ix_notes_device_received", table_name="notes")
    op.drop_column("notes", "device_id")
