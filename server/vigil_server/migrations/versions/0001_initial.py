"""The first schema: organisations, devices, enrolment codes, challenges, tokens, the envelope
log with its audiences, and blobs in parts.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = 32
HASH = 64


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("log_head", sa.BigInteger(), nullable=False),
        sa.Column("hq_age_recipient", sa.String(100), nullable=True),
        sa.Column("hq_signing_key", sa.LargeBinary(32), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_organisations"),
    )
    op.create_table(
        "devices",
        sa.Column("id", sa.String(ID), nullable=False),
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("label", sa.String(100), nullable=True),
        sa.Column("device_key", sa.LargeBinary(32), nullable=False),
        sa.Column("age_recipient", sa.String(100), nullable=False),
        sa.Column("signing_key", sa.LargeBinary(32), nullable=True),
        sa.Column("status", sa.String(8), nullable=False),
        sa.Column("wipe", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("revoked_at", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_devices"),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisations.id"], name="fk_devices_org_id_organisations"
        ),
        sa.UniqueConstraint("device_key", name="uq_devices_device_key"),
    )
    op.create_index("ix_devices_org_id", "devices", ["org_id"])
    op.create_table(
        "enrol_codes",
        sa.Column("secret_hash", sa.String(HASH), nullable=False),
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("role", sa.String(8), nullable=False),
        sa.Column("label", sa.String(100), nullable=True),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.Column("used_at", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("secret_hash", name="pk_enrol_codes"),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisations.id"], name="fk_enrol_codes_org_id_organisations"
        ),
    )
    op.create_table(
        "challenges",
        sa.Column("nonce_hash", sa.String(HASH), nullable=False),
        sa.Column("device_id", sa.String(ID), nullable=False),
        sa.Column("host", sa.String(300), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.Column("used_at", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("nonce_hash", name="pk_challenges"),
        sa.ForeignKeyConstraint(
            ["device_id"], ["devices.id"], name="fk_challenges_device_id_devices"
        ),
    )
    op.create_index("ix_challenges_expires_at", "challenges", ["expires_at"])
    op.create_table(
        "tokens",
        sa.Column("token_hash", sa.String(HASH), nullable=False),
        sa.Column("device_id", sa.String(ID), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("expires_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("token_hash", name="pk_tokens"),
        sa.ForeignKeyConstraint(["device_id"], ["devices.id"], name="fk_tokens_device_id_devices"),
    )
    op.create_index("ix_tokens_device_id", "tokens", ["device_id"])
    op.create_index("ix_tokens_expires_at", "tokens", ["expires_at"])
    op.create_table(
        "envelopes",
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("sha256", sa.String(HASH), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.Column("audience", sa.String(8), nullable=False),
        sa.Column("received_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "seq", name="pk_envelopes"),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisations.id"], name="fk_envelopes_org_id_organisations"
        ),
    )
    op.create_index("ix_envelopes_org_sha256", "envelopes", ["org_id", "sha256"], unique=True)
    op.create_table(
        "envelope_audience",
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("device_id", sa.String(ID), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "seq", "device_id", name="pk_envelope_audience"),
        sa.ForeignKeyConstraint(
            ["org_id", "seq"],
            ["envelopes.org_id", "envelopes.seq"],
            name="fk_envelope_audience_org_id_envelopes",
        ),
    )
    op.create_index(
        "ix_envelope_audience_device", "envelope_audience", ["device_id", "org_id", "seq"]
    )
    op.create_table(
        "blobs",
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("sha256", sa.String(HASH), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("part_size", sa.Integer(), nullable=False),
        sa.Column("parts", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("audience", sa.String(8), nullable=False),
        sa.Column("created_at", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "sha256", name="pk_blobs"),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisations.id"], name="fk_blobs_org_id_organisations"
        ),
    )
    op.create_table(
        "blob_audience",
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("sha256", sa.String(HASH), nullable=False),
        sa.Column("device_id", sa.String(ID), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "sha256", "device_id", name="pk_blob_audience"),
        sa.ForeignKeyConstraint(
            ["org_id", "sha256"],
            ["blobs.org_id", "blobs.sha256"],
            name="fk_blob_audience_org_id_blobs",
        ),
    )
    op.create_table(
        "blob_parts",
        sa.Column("org_id", sa.String(ID), nullable=False),
        sa.Column("sha256", sa.String(HASH), nullable=False),
        sa.Column("idx", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("part_sha256", sa.String(HASH), nullable=False),
        sa.PrimaryKeyConstraint("org_id", "sha256", "idx", name="pk_blob_parts"),
        sa.ForeignKeyConstraint(
            ["org_id", "sha256"],
            ["blobs.org_id", "blobs.sha256"],
            name="fk_blob_parts_org_id_blobs",
        ),
    )


def downgrade() -> None:
    for table in (
        "blob_parts",
        "blob_audience",
        "blobs",
        "envelope_audience",
        "envelopes",
        "tokens",
        "challenges",
        "enrol_codes",
        "devices",
        "organisations",
    ):
        op.drop_table(table)
