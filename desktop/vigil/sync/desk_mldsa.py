"""The HQ desk's ML-DSA-65 key: made on first use, kept inside the encrypted vault.

A root-signed key set names its public half (docs/hq-keys.md); the desk signs its notes with
it beside Ed25519, and devices holding that set require both signatures.
"""

from __future__ import annotations

import base64
import os
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric import mldsa

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
