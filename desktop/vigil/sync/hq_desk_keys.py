"""The HQ desk's operational keys, as a root-signed key set names them (docs/hq-keys.md).

The desk's vault identity is its Ed25519 signing key and its age recipient; beside them the
desk keeps an ML-DSA-65 key (made on first use, kept inside the encrypted vault), which the
key set names for post-quantum signatures. The desk never holds the root.
"""

from __future__ import annotations

import base64
import os
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric import mldsa

from vigil.crypto.errors import BadArgument
from vigil.crypto.hq_keyset import DeskKeys
from vigil.sync.enrolment import config

if TYPE_CHECKING:
    from vigil.vault.store import Vault

MLDSA_META = "hq_mldsa65_seed"


def mldsa_key(vault: Vault) -> mldsa.MLDSA65PrivateKey:
    raw = vault.get_meta(MLDSA_META)
    if raw is None:
        seed = os.urandom(32)
        vault.set_meta(MLDSA_META, base64.b64encode(seed).decode("ascii"))
    else:
        seed = base64.b64decode(raw)
    return mldsa.MLDSA65PrivateKey.from_seed_bytes(seed)


def desk_keys(vault: Vault, org: str | None = None) -> DeskKeys:
    """This vault's public operational keys; ``org`` for a desk not yet enrolled."""
    cfg = config(vault)
    name = org if org is not None else (cfg.org if cfg is not None else "")
    if not name:
        raise BadArgument("Name the organisation (--org), as the server's enrolment codes do.")
    own = vault.identity
    return DeskKeys(
        name,
        own.verify_key_bytes,
        mldsa_key(vault).public_key().public_bytes_raw(),
        (own.recipient_string,),
    )
