"""The HQ desk's operational keys, as a root-signed key set names them (docs/hq-keys.md).

The desk's vault identity is its Ed25519 signing key and its age recipient; beside them the
desk keeps an ML-DSA-65 key (made on first use, kept inside the encrypted vault), which the
key set names for post-quantum signatures. The desk never holds the root.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vigil.crypto import hq_keyset
from vigil.crypto.errors import BadArgument
from vigil.crypto.hq_keyset import DeskKeys, KeySet
from vigil.sync.desk_mldsa import mldsa_key
from vigil.sync.enrolment import config

if TYPE_CHECKING:
    from vigil.sync.credentials import CredentialStore
    from vigil.vault.store import Vault

def desk_keys(vault: Vault, org: str | None = None) -> DeskKeys:
    """This vault's public operational keys; ``org`` for a desk not yet enrolled."""
    cfg = config(vault)
    name = org if org is not None else (cfg.org if cfg is not None else "")
    if not name:
        raise BadArgument("Name the organisation (--org), as the server's enrolment codes do.")
    own = vault.identity
    # The hybrid (post-quantum) recipient first, and the X25519 one the server checks the
    # enrolling desk by: a device that finds a hybrid key in the set writes to the hybrid keys
    # alone (keys.preferred; an age file cannot mix both kinds). An organisation whose set
    # named only the X25519 key moves with a root-signed rotation (docs/hq-keys.md §4).
    hybrid = () if own.hybrid_recipient is None else (str(own.hybrid_recipient),)
    return DeskKeys(
        name,
        own.verify_key_bytes,
        mldsa_key(vault).public_key().public_bytes_raw(),
        (*hybrid, own.recipient_string),
    )


def read_keyset_file(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(hq_keyset.MAX_BYTES + 1)
    except OSError as exc:
        raise BadArgument(f"The key set file cannot be read: {exc.strerror or exc}.") from None


def check_names_this_desk(vault: Vault, data: bytes, org: str) -> KeySet:
    """A key set both root keys signed, naming exactly this desk's keys (before anything is
    sent: the server and every device check it again)."""
    ks = hq_keyset.parse(data)
    ks = hq_keyset.verify(data, ks.root_fingerprint, org)
    if ks.desk != desk_keys(vault, org):
        raise BadArgument(
            "This key set names other keys than this desk's: it was signed for another desk's "
            "request ('vigil hq root request' on this desk makes this desk's)."
        )
    return ks


def adopt(
    vault: Vault, store: CredentialStore, data: bytes, proxy: str | None = None
) -> KeySet:
    """The migration (docs/hq-keys.md §4): the server stores the first key set, the HQ key
    every device already trusts signs one ``hq-root`` note naming the root, and this desk
    pins the root. Devices pin it from the note and take the set at their next round."""
    from vigil.alerts import publish
    from vigil.sync import hq, hq_keys, root_pin
    from vigil.sync.root_pin import pinned_root

    cfg = hq.desk(vault, "adopts the HQ root")
    ks = check_names_this_desk(vault, data, cfg.org)
    before = pinned_root(vault)
    if before is not None and before != ks.root_fingerprint:
        raise BadArgument("This desk already adopted another HQ root.")
    with hq.client(vault, store, proxy) as c:
        c.post_hq_keyset(data)
    if before is None:
        # Signed before the desk pins the root: with the key devices trust for notes now.
        publish.publish(vault, "hq-root", {"root": ks.root_fingerprint}, "all", 365.0)
        root_pin.pin(vault, ks.root_fingerprint)
    hq_keys.accept(vault, data, store)
    hq.send_published(vault, store, proxy)
    return ks
