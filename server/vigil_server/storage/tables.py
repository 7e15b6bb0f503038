"""The schema as SQLAlchemy Core tables. Migrations (vigil_server/migrations) create exactly
this; tests/server/test_migrations.py checks that the two agree.

Times are Unix seconds (integers). There is no author anywhere: an envelope row records the
hash and size of the bytes, the audience, when it arrived and (0005) which device's token
pushed it, for quotas and purges; who wrote it stays inside the encrypted envelope.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    false,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

ID = 32  # 16 random bytes, hex
HASH = 64  # SHA-256, hex

organisations = Table(
    "organisations",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("log_head", BigInteger, nullable=False),
    Column("hq_age_recipient", String(100), nullable=True),
    Column("hq_signing_key", LargeBinary(32), nullable=True),
    # The desk's hybrid recipient (about 2,000 characters), signed for by the HQ key (0012).
    Column("hq_hybrid_recipient", Text, nullable=True),
    # The HQ signing key's signature over it, served to devices that move to it (0013).
    Column("hq_hybrid_signature", LargeBinary(64), nullable=True),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String(ID), primary_key=True),
    Column("org_id", String(ID), ForeignKey("organisations.id"), nullable=False, index=True),
    Column("role", String(8), nullable=False),
    Column("label", String(100), nullable=True),
    Column("device_key", LargeBinary(32), nullable=False, unique=True),
    Column("age_recipient", String(100), nullable=False),
    Column("signing_key", LargeBinary(32), nullable=True),
    Column("status", String(8), nullable=False),
    Column("wipe", Boolean, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("revoked_at", BigInteger, nullable=True),
    # 0002: the HQ-signed wipe order the server relays (it cannot write one), whether the
    # revoked device may still push once ("final" tokens), and the optional escrow envelope
    # (age, to the HQ key: the server cannot open it).
    Column("wipe_order", LargeBinary(2048), nullable=True),
    Column("wipe_push_first", Boolean, nullable=False, server_default=false()),
    Column("escrow", LargeBinary(65536), nullable=True),
    Column("escrow_at", BigInteger, nullable=True),
    # 0004: when the one "final" session of a revoked device ends (None: not started).
    Column("final_until", BigInteger, nullable=True),
    # 0005: bytes this device may store in 24 hours and in all (NULL: the server's defaults).
    Column("quota_daily", BigInteger, nullable=True),
    Column("quota_total", BigInteger, nullable=True),
    # 0009: the first second (UTC) of the day this device last signed in; a day, never a
    # time, so that rounds that push nothing leave no time of day here.
    Column("last_seen", BigInteger, nullable=True),
)

enrol_codes = Table(
    "enrol_codes",
    metadata,
    Column("secret_hash", String(HASH), primary_key=True),
    Column("org_id", String(ID), ForeignKey("organisations.id"), nullable=False),
    Column("kind", String(8), nullable=False),
    Column("role", String(8), nullable=False),
    Column("label", String(100), nullable=True),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("used_at", BigInteger, nullable=True),
    Column("revoked_at", BigInteger, nullable=True),  # 0004
)

# 0004: nonces an HQ enrolment (bound to the code's hash) or the revocation of an HQ desk
# (bound to the asking desk) must sign with the HQ signing key.
hq_challenges = Table(
    "hq_challenges",
    metadata,
    Column("nonce_hash", String(HASH), primary_key=True),
    Column("org_id", String(ID), ForeignKey("organisations.id"), nullable=False),
    Column("purpose", String(8), nullable=False),  # enrol | revoke
    Column("bound_to", String(HASH), nullable=False),
    Column("host", String(300), nullable=False),
    Column("expires_at", BigInteger, nullable=False, index=True),
    Column("used_at", BigInteger, nullable=True),
)

challenges = Table(
    "challenges",
    metadata,
    Column("nonce_hash", String(HASH), primary_key=True),
    Column("device_id", String(ID), ForeignKey("devices.id"), nullable=False),
    Column("host", String(300), nullable=False),
    Column("action", String(16), nullable=False),
    Column("expires_at", BigInteger, nullable=False, index=True),
    Column("used_at", BigInteger, nullable=True),
)

tokens = Table(
    "tokens",
    metadata,
    Column("token_hash", String(HASH), primary_key=True),
    Column("device_id", String(ID), ForeignKey("devices.id"), nullable=False, index=True),
    Column("action", String(16), nullable=False),
    Column("expires_at", BigInteger, nullable=False, index=True),
)

envelopes = Table(
    "envelopes",
    metadata,
    Column("org_id", String(ID), ForeignKey("organisations.id"), primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("sha256", String(HASH), nullable=False),
    Column("size", Integer, nullable=False),
    Column("audience", String(8), nullable=False),  # all | hq | devices
    Column("received_at", BigInteger, nullable=False),
    Column("device_id", String(ID), nullable=True),  # 0005: who pushed it (NULL before)
    Index("ix_envelopes_org_sha256", "org_id", "sha256"),
    Index("ix_envelopes_device_received", "device_id", "received_at"),
    Index("ix_envelopes_org_audience_seq", "org_id", "audience", "seq"),  # 0005: pulls
)

# 0005: the bytes, apart, so that filtering the log by audience reads small rows only.
envelope_bodies = Table(
    "envelope_bodies",
    metadata,
    Column("org_id", String(ID), primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("body", LargeBinary, nullable=False),
    ForeignKeyConstraint(["org_id", "seq"], ["envelopes.org_id", "envelopes.seq"]),
)

envelope_audience = Table(
    "envelope_audience",
    metadata,
    Column("org_id", String(ID), primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("device_id", String(ID), primary_key=True),
    ForeignKeyConstraint(["org_id", "seq"], ["envelopes.org_id", "envelopes.seq"]),
    Index("ix_envelope_audience_device", "device_id", "org_id", "seq"),
)

blobs = Table(
    "blobs",
    metadata,
    Column("org_id", String(ID), ForeignKey("organisations.id"), primary_key=True),
    Column("sha256", String(HASH), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("part_size", Integer, nullable=False),
    Column("parts", Integer, nullable=False),
    Column("status", String(10), nullable=False),  # uploading | complete
    Column("audience", String(8), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("updated_at", BigInteger, nullable=False),
    Column("device_id", String(ID), nullable=True, index=True),  # 0005: who uploaded it
)

blob_audience = Table(
    "blob_audience",
    metadata,
    Column("org_id", String(ID), primary_key=True),
    Column("sha256", String(HASH), primary_key=True),
    Column("device_id", String(ID), primary_key=True),
    ForeignKeyConstraint(["org_id", "sha256"], ["blobs.org_id", "blobs.sha256"]),
)

blob_parts = Table(
    "blob_parts",
    metadata,
    Column("org_id", String(ID), primary_key=True),
    Column("sha256", String(HASH), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("size", Integer, nullable=False),
    Column("part_sha256", String(HASH), nullable=False),
    ForeignKeyConstraint(["org_id", "sha256"], ["blobs.org_id", "blobs.sha256"]),
)

# 0006: blob bytes when the database is PostgreSQL (storage/blob_rows.py), one row per
# uploaded part; a complete blob keeps its parts' rows. No foreign key: a purge deletes the
# blob's row first and its bytes after, and a crash in between leaves rows to sweep.
blob_data = Table(
    "blob_data",
    metadata,
    Column("org_id", String(ID), primary_key=True),
    Column("sha256", String(HASH), primary_key=True),
    Column("idx", Integer, primary_key=True, autoincrement=False),
    Column("part_sha256", String(HASH), primary_key=True),
    Column("data", LargeBinary, nullable=False),
    Column("created_at", BigInteger, nullable=False),
)

# 0003: the notes channel (docs/alerts.md). HQ's signed notes and the field's age-wrapped ones,
# stored as opaque bytes with an audience; like envelopes, no author column.
notes = Table(
    "notes",
    metadata,
    Column("org_id", String(ID), ForeignKey("organisations.id"), primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("sha256", String(HASH), nullable=False),
    Column("size", Integer, nullable=False),
    Column("body", LargeBinary, nullable=False),
    Column("audience", String(8), nullable=False),  # all | hq | devices
    Column("received_at", BigInteger, nullable=False),
    Column("device_id", String(ID), nullable=True),  # who posted it (quotas, purges)
    Index("ix_notes_org_sha256", "org_id", "sha256"),
    Index("ix_notes_device_received", "device_id", "received_at"),
)

# 0010: bytes each device stored, per hour since the epoch (storage/quotas.py): a quota check
# sums these few rows, not every row the device ever pushed. No foreign key: a recount
# rewrites a device's rows whatever else exists.
device_usage = Table(
    "device_usage",
    metadata,
    Column("device_id", String(ID), primary_key=True),
    Column("hour", BigInteger, primary_key=True, autoincrement=False),
    Column("bytes", BigInteger, nullable=False),
)

note_audience = Table(
    "note_audience",
    metadata,
    Column("org_id", String(ID), primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("device_id", String(ID), primary_key=True),
    ForeignKeyConstraint(["org_id", "seq"], ["notes.org_id", "notes.seq"]),
    Index("ix_note_audience_device", "device_id", "org_id", "seq"),
)

# 0008: the keys that sign receipts for accepted envelopes (storage/receipts.py). The first
# key of an organisation is pinned by enrolment codes; each later one is endorsed by the key
# before it. ``seed`` is the Ed25519 private key: on the server, as a TLS key is.
receipt_keys = Table(
    "receipt_keys",
    metadata,
    Column("org_id", String(ID), ForeignKey("organisations.id"), primary_key=True),
    Column("key_id", String(16), primary_key=True),
    Column("public", LargeBinary(32), nullable=False),
    Column("seed", LargeBinary(32), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("endorsement", LargeBinary(64), nullable=True),  # by the key before; None: first
    Column("retired_at", BigInteger, nullable=True),
)

# 0011: the HQ key sets the organisation's root signed (storage/hq_keysets.py,
# docs/hq-keys.md), newest serial first. Every row names the same root: the first one pinned it.
hq_keysets = Table(
    "hq_keysets",
    metadata,
    Column("org_id", String(ID), ForeignKey("organisations.id"), primary_key=True),
    Column("serial", BigInteger, primary_key=True, autoincrement=False),
    Column("root", String(HASH), nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("received_at", BigInteger, nullable=False),
)
