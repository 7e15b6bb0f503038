"""HQ proof of possession and the revoked device's one final session.

- ``hq_challenges``: single-use nonces an HQ enrolment or the revocation of an HQ desk must
  sign with the HQ signing key (docs/protocol.md §4.3).
- ``enrol_codes.revoked_at``: admin and device codes can be revoked before use.
- ``devices.final_until``: when the revoked device's one "final" session ends (set when it
  starts; a second one is refused).
- envelopes and notes: the same bytes may be sent again to a new audience, so the content
  hash is no longer unique on its own (push compares hash and audience).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hq_challenges",
        sa.Column("nonce_hash", sa.String(64), nullable=False),
        sa.Column("org_id", sa.String(32), nullable=False),
        sa.Column("purpose", sa.String(8), nullable=False),
        sa.Column("bound_to", sa.String(64), nullable=False),
        sa.Column("host", sa.String(300), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.Column("used_at", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("nonce_hash", name="pk_hq_challenges"),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisations.id"], name="fk_hq_challenges_org_id_organisations"
        ),
    )
    op.create_index("ix_hq_challenges_expires_at", "hq_challenges", ["expires_at"])
    with op.batch_alter_table("enrol_codes") as batch:
        batch.add_column(sa.Column("revoked_at", sa.BigInteger(), nullable=True))
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("final_until", sa.BigInteger(), nullable=True))
    for table in ("envelopes", "notes"):
        op.drop_index(f"ix_{table}_org_sha256", table_name=table)
        op.create_index(f"ix_{table}_org_sha256", table, ["org_id", "sha256"])


def downgrade() -> None:
    for table in ("envelopes", "notes"):
        op.drop_index(f"ix_{table}_org_sha256", table_name=table)
        op.create_index(f"ix_{table}_org_sha256", table, ["org_id", "sha256"], unique=True)
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("final_until")
    with op.batch_alter_table("enrol_codes") as batch:
        batch.drop_column("revoked_at")
    op.drop_index("ix_hq_challenges_expires_at", table_name="hq_challenges")
    op.drop_table("hq_challenges")
