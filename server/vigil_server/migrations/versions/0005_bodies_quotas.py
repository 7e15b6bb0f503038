"""Envelope bodies in their own table; who pushed what; per-device storage quotas.

- ``envelope_bodies``: the bytes of each envelope, moved out of ``envelopes`` so that the
  audience filter of a pull reads small rows only (on SQLite the columns after a large body
  lived on its overflow pages, so a pull read every byte between its cursor and the head).
- ``envelopes.device_id`` and ``blobs.device_id``: the device whose token pushed the
  envelope or started the upload (the author inside stays hidden), for quotas and purges.
  Rows from before this revision have none.
- ``ix_envelopes_org_audience_seq``: with the existing audience index, a field device's pull
  walks the rows it may read instead of every row between its cursor and the head.
- ``devices.quota_daily`` / ``devices.quota_total``: bytes a device may store in 24 hours and
  in all; NULL means the server's defaults.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "envelope_bodies",
        sa.Column("org_id", sa.String(32), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "seq", name="pk_envelope_bodies"),
        sa.ForeignKeyConstraint(
            ["org_id", "seq"],
            ["envelopes.org_id", "envelopes.seq"],
            name="fk_envelope_bodies_org_id_envelopes",
        ),
    )
    op.execute(
        "INSERT INTO envelope_bodies (org_id, seq, body) SELECT org_id, seq, body FROM envelopes"
    )
    # SQLite 3.35+ drops a plain column in place; a batch copy of the table would have to
    # drop it while other tables point at it.
    op.drop_column("envelopes", "body")
    op.add_column("envelopes", sa.Column("device_id", sa.String(32), nullable=True))
    op.create_index("ix_envelopes_device_received", "envelopes", ["device_id", "received_at"])
    # A field device's pull walks this for the rows addressed to everyone (and
    # ix_envelope_audience_device for the rows naming it) instead of the whole range.
    op.create_index("ix_envelopes_org_audience_seq", "envelopes", ["org_id", "audience", "seq"])
    op.add_column("blobs", sa.Column("device_id", sa.String(32), nullable=True))
    op.create_index("ix_blobs_device_id", "blobs", ["device_id"])
    op.add_column("devices", sa.Column("quota_daily", sa.BigInteger(), nullable=True))
    op.add_column("devices", sa.Column("quota_total", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.drop_column("devices", "quota_total")
    op.drop_column("devices", "quota_daily")
    op.drop_index("ix_blobs_device_id", table_name="blobs")
    op.drop_column("blobs", "device_id")
    op.drop_index("ix_envelopes_org_audience_seq", table_name="envelopes")
    op.drop_index("ix_envelopes_device_received", table_name="envelopes")
    op.drop_column("envelopes", "device_id")
    op.add_column("envelopes", sa.Column("body", sa.LargeBinary(), nullable=True))
    op.execute(
        "UPDATE envelopes SET body = (SELECT b.body FROM envelope_bodies b "
        "WHERE b.org_id = envelopes.org_id AND b.seq = envelopes.seq)"
    )
    op.drop_table("envelope_bodies")
