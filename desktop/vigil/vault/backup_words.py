"""What ``vigil backup`` and the app's Back up dialog say about a backup's keys, written once
(vigil/words.py): the choice of X25519 keys, its warning, and which tools open the file
(docs/formats.md §14.1)."""

from __future__ import annotations

from vigil.words import QT_TRANSLATE_NOOP

CONTEXT = "BackupWords"

X25519_CHOICE = QT_TRANSLATE_NOOP(
    "BackupWords",
    "Encrypt to X25519 keys only, which Debian's age 1.1 reads too (NOT safe against a future "
    "quantum computer)",
)
X25519_WARNING = QT_TRANSLATE_NOOP(
    "BackupWords",
    "This backup is encrypted to X25519 keys only: it is NOT safe against a future quantum "
    "computer. Anyone who keeps a copy could read it once such a computer exists.",
)
RECOVERY_UNKNOWN = QT_TRANSLATE_NOOP(
    "BackupWords",
    "This backup is encrypted to X25519 keys only, because the vault does not know the "
    "post-quantum key of its recovery key yet: run 'vigil keys upgrade --recovery-key-file "
    "FILE' once, and later backups are post-quantum.",
)
HQ_X25519 = QT_TRANSLATE_NOOP(
    "BackupWords",
    "This backup is encrypted to X25519 keys only, because an HQ key this vault pinned has no "
    "post-quantum form: it is NOT safe against a future quantum computer. Later backups are "
    "post-quantum once HQ's post-quantum keys reach this device (a key rotation HQ signs).",
)
OPENS_HYBRID = QT_TRANSLATE_NOOP(
    "BackupWords",
    "It is encrypted to post-quantum (hybrid) keys. With the vault's exported identity or its "
    "recovery key it opens with age 1.3 or later, or typage; Vigil restores it. Debian's age "
    "1.1 and pyrage cannot open it.",
)
OPENS_X25519 = QT_TRANSLATE_NOOP(
    "BackupWords",
    "It is encrypted to X25519 keys. With the vault's exported identity or its recovery key it "
    "opens with age 1.0 or later (Debian's age 1.1 too), rage, pyrage or typage; Vigil "
    "restores it. The envelopes and attachments inside stay as they were written, so age 1.1 "
    "reads only those written before the vault had its post-quantum key.",
)


def opens_with(post_quantum: bool) -> str:
    return OPENS_HYBRID if post_quantum else OPENS_X25519
