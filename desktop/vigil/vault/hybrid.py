"""The vault's hybrid (post-quantum) identity: made at creation, added at the first unlock of
an older vault, and the recovery key's hybrid recipient that backups go to.

The hybrid seed lives in the header's extension (crypto/header.py), wrapped by the master key
like the X25519 identity, so a backup (which carries the header) restores it. The database
remembers a fingerprint of it: a header that lost its extension after the vault had one is
refused, rather than given a new key that would leave what was encrypted to the old one
unreadable.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING

from vigil.crypto import age, keys, recovery
from vigil.crypto.errors import HeaderTampered
from vigil.crypto.header import Header
from vigil.vault import layout
from vigil.vault.files import atomic_write
from vigil.vault.meta import write

if TYPE_CHECKING:
    from vigil.vault.store import Vault

log = logging.getLogger(__name__)

HYBRID_SEEN = "hybrid_identity"  # meta: SHA-256 of the vault's hybrid recipient (text form)
RECOVERY_PQ = "recovery_hybrid"  # meta: JSON {"x25519": hex, "age": "age1pq1…"}


def fingerprint(recipient: age.HybridRecipient) -> str:
    return keys.sha256(str(recipient).encode()).hex()


def settle(vault: Vault) -> bool:
    """At unlock: give an older vault its hybrid identity (once, under the database's write
    lock, so two processes unlocking together agree on one). Returns whether it was made now."""
    made = False
    with vault.transaction() as conn:
        seen = conn.execute("SELECT value FROM meta WHERE key = ?", (HYBRID_SEEN,)).fetchone()
        identity = vault.identity
        if identity.hybrid_seed is None:
            on_disk = Header.from_bytes((vault.path / layout.HEADER).read_bytes())
            if on_disk.hybrid_wrap and on_disk.stable_bytes() == vault.header.stable_bytes():
                # Another process upgraded the vault since this one read the header.
                vault.header, identity = on_disk, on_disk.unwrap_identity(vault._vmk)
            elif seen is not None:
                raise HeaderTampered(
                    "The vault header lost its post-quantum key: it was replaced by an older "
                    "copy or altered. Restore the header from a backup."
                )
            else:
                identity = identity.with_hybrid()
                header = vault.header.with_identity(vault._vmk, identity)
                atomic_write(vault.path / layout.HEADER, header.to_bytes())
                vault.header = header
                made = True
                log.info("gave the vault its post-quantum (hybrid) identity")
        assert identity.hybrid_recipient is not None
        mark = fingerprint(identity.hybrid_recipient)
        if seen is None or seen[0] != mark:
            write(conn, HYBRID_SEEN, mark)
    if identity is not vault.identity:
        vault.identity = identity
        vault._recipients = None
        vault._age_identities = None
    return made


def remember_recovery(vault: Vault, recovery_secret: bytes) -> None:
    """Record the hybrid recipient of the recovery key (known only when the key itself is:
    at creation, rekey, escrow recovery, an unlock with it or ``keys upgrade``)."""
    recipient = keys.recovery_hybrid_identity(recovery_secret).recipient
    vault.set_meta(
        RECOVERY_PQ,
        json.dumps({"x25519": vault.header.recovery_recipient.hex(), "age": str(recipient)}),
    )


def learn_recovery(vault: Vault, recovery_key: str) -> None:
    """``vigil keys upgrade --recovery-key-file`` and the app's Back up dialog: check that the
    typed recovery key opens this vault's header (RecoveryKeyInvalid if not), then record its
    hybrid recipient, so that backups are post-quantum for it too. The KDF does not run: the
    key is checked by the header's own seal."""
    secret = recovery.parse_key(recovery_key)
    vault.header.unwrap_with_recovery(secret)
    remember_recovery(vault, secret)


def recovery_recipient(vault: Vault) -> age.HybridRecipient | None:
    """The recovery key's hybrid recipient, if recorded for the recovery key the header has
    now (a rotated recovery key makes an older record void)."""
    raw = vault.get_meta(RECOVERY_PQ)
    if not raw:
        return None
    found = json.loads(raw)
    if found.get("x25519") != vault.header.recovery_recipient.hex():
        return None
    return age.HybridRecipient.from_string(str(found["age"]))
