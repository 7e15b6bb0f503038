"""The notes channel: signed notes from HQ (alerts, urgent actions, key rotations) and
age-wrapped notes from the field, stored as opaque bytes with an audience (docs/alerts.md).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "notes",
        sa.Column("org_id", sa.String(32), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("audience", sa.String(8), nullable=False),
        sa.Column("received_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "seq", name="pk_notes"),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisations.id"], name="fk_notes_org_id_organisations"
        ),
    )
    op.create_index("ix_notes_org_sha256", "notes", ["org_id", "sha256"], unique=True)
    op.create_table(
        "note_audience",
        sa.Column("org_id", sa.String(32), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("device_id", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "seq", "device_id", name="pk_note_audience"),
        sa.ForeignKeyConstraint(
            ["org_id", "seq"], ["notes.org_id", "notes.seq"], name="fk_note_audience_org_id_notes"
        ),
    )
    op.create_index("ix_note_audience_device", "note_audience", ["device_id", "org_id", "seq"])


def downgrade() -> None:
    op.drop_index("ix_note_audience_device", table_name="note_audience")
    op.drop_table("note_audience")
    op.drop_index("ix_notes_org_sha256", table_name="notes")
    op.drop_table("notes")
