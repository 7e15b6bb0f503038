"""vigil.crypto.keys on its own, fast: the identity's byte forms, which age key it writes to,
and the derivations of docs/formats.md §5, checked against the documented labels (written out
here, not the module's constants) and against `cryptography` directly.

The vault tests use these through whole vaults (seconds each); these make a changed length,
order or choice visible in milliseconds, so that make mutate judges the module quickly.
"""

from __future__ import annotations

import dataclasses
import hashlib

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vigil.crypto import age, keys

X = bytes(range(32))
ED = bytes(range(32, 64))
PQ = bytes(range(64, 96))


def hkdf_sha256(secret: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(secret)


def test_hkdf_is_rfc_5869_sha256_with_the_label_as_info() -> None:
    assert keys.hkdf(X, ED, b"vigil/v1/sqlcipher") == hkdf_sha256(X, ED, b"vigil/v1/sqlcipher")
    assert len(keys.hkdf(X, ED, b"label", length=64)) == 64
    assert keys.hkdf(X, ED, b"a") != keys.hkdf(X, ED, b"b")
    assert keys.LABEL_SQLCIPHER == b"vigil/v1/sqlcipher"
    assert keys.LABEL_IDENTITY_WRAP == b"vigil/v1/identity-wrap"
    assert keys.LABEL_RECOVERY_WRAP == b"vigil/v1/recovery-wrap"
    assert keys.LABEL_RECOVERY_AGE == b"vigil/v1/recovery-age"
    assert keys.LABEL_RETIRED == b"vigil/v1/retired-identities"
    assert keys.LABEL_HYBRID_WRAP == b"vigil/v1/hybrid-identity-wrap"
    assert keys.LABEL_RECOVERY_AGE_PQ == b"vigil/v1/recovery-age-mlkem768x25519"


def test_a_new_vault_master_key_is_32_fresh_bytes() -> None:
    first, second = keys.new_vmk(), keys.new_vmk()
    assert len(first) == len(second) == 32 and first != second


def test_identity_bytes_are_64_or_96_and_nothing_else() -> None:
    core = keys.Identity.from_bytes(X + ED)
    assert (core.x25519_secret, core.ed25519_seed, core.hybrid_seed) == (X, ED, None)
    assert core.to_bytes() == core.core_bytes() == X + ED
    full = keys.Identity.from_bytes(X + ED + PQ)
    assert (full.x25519_secret, full.ed25519_seed, full.hybrid_seed) == (X, ED, PQ)
    assert full.to_bytes() == X + ED + PQ and full.core_bytes() == X + ED
    for length in (0, 32, 63, 65, 95, 97, 128):
        with pytest.raises(ValueError, match="64 or 96 bytes"):
            keys.Identity.from_bytes(bytes(length))


def test_an_identity_cannot_be_changed_in_place() -> None:
    """Its age and signing keys are cached from its bytes: changed bytes would leave the
    cached keys of the old ones."""
    identity = keys.Identity(X, ED, PQ)
    assert identity.recipient_string
    with pytest.raises(dataclasses.FrozenInstanceError):
        identity.x25519_secret = ED  # type: ignore[misc]


def test_a_generated_identity_has_three_fresh_keys() -> None:
    a, b = keys.Identity.generate(), keys.Identity.generate()
    assert a.hybrid_seed is not None and len(a.to_bytes()) == 96
    assert len({a.x25519_secret, a.ed25519_seed, a.hybrid_seed, b.x25519_secret}) == 4


def test_with_hybrid_adds_a_seed_only_when_there_is_none() -> None:
    full = keys.Identity(X, ED, PQ)
    assert full.with_hybrid() is full
    older = keys.Identity(X, ED)
    upgraded = older.with_hybrid()
    assert upgraded.core_bytes() == X + ED
    assert upgraded.hybrid_seed is not None and len(upgraded.hybrid_seed) == 32
    assert older.with_hybrid().hybrid_seed != upgraded.hybrid_seed  # fresh each time


def test_the_age_keys_of_an_identity() -> None:
    identity = keys.Identity(X, ED, PQ)
    assert identity.age_identity == age.X25519Identity(X)
    assert identity.age_recipient == age.X25519Identity(X).recipient
    assert identity.recipient_string == str(age.X25519Identity(X).recipient)
    assert identity.recipient_string == keys.age_recipient_string(keys.x25519_public(X))
    assert keys.age_identity_string(X) == str(age.X25519Identity(X))
    assert identity.hybrid_identity == age.HybridIdentity(PQ)
    assert identity.hybrid_recipient == age.HybridIdentity(PQ).recipient
    assert identity.age_identities == [age.HybridIdentity(PQ), age.X25519Identity(X)]
    older = keys.Identity(X, ED)
    assert older.hybrid_identity is None and older.hybrid_recipient is None
    assert older.age_identities == [age.X25519Identity(X)]


def test_own_recipient_is_hybrid_unless_a_fellow_recipient_is_x25519_only() -> None:
    identity = keys.Identity(X, ED, PQ)
    hybrid, classical = identity.hybrid_recipient, identity.age_recipient
    other_pq = age.HybridIdentity.generate().recipient
    other_x = age.X25519Identity.generate().recipient
    assert identity.own_recipient() == hybrid
    assert identity.own_recipient([other_pq]) == hybrid
    assert identity.own_recipient([other_pq, other_x]) == classical
    assert identity.own_recipient([other_x]) == classical
    assert keys.Identity(X, ED).own_recipient([other_pq]) == classical


def test_the_signing_key_is_the_ed25519_seed() -> None:
    identity = keys.Identity(X, ED, PQ)
    signature = identity.signing_key.sign(b"statement")
    Ed25519PublicKey.from_public_bytes(identity.verify_key_bytes).verify(signature, b"statement")
    assert len(identity.verify_key_bytes) == 32


def test_preferred_keeps_the_hybrid_keys_when_there_are_any() -> None:
    pq = [age.HybridIdentity.generate().recipient for _ in range(2)]
    x = [age.X25519Identity.generate().recipient for _ in range(2)]
    assert keys.preferred([x[0], pq[0], x[1], pq[1]]) == pq
    assert keys.preferred(x) == x
    assert keys.preferred(()) == []
    given = list(x)
    assert keys.preferred(given) is not given


def test_the_recovery_hybrid_identity_follows_formats_md() -> None:
    secret = bytes(range(20))
    seed = hkdf_sha256(secret, b"", b"vigil/v1/recovery-age-mlkem768x25519")
    assert keys.recovery_hybrid_identity(secret) == age.HybridIdentity(seed)
    assert keys.recovery_hybrid_identity(bytes(20)) != keys.recovery_hybrid_identity(secret)


def test_sha256() -> None:
    assert keys.sha256(b"abc") == hashlib.sha256(b"abc").digest()
