"""The retired identities a backup carries (vault/backup.py: seal_retired, open_retired).

Whole backups reach these only through a vault that rotated its identity; here the sealed
member is made and opened directly, in both record layouts (before and since hybrid
identities), and every damaged shape is refused by name.
"""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto import keys
from vigil.crypto.errors import IntegrityError
from vigil.crypto.header import Header
from vigil.vault import backup

VMK = os.urandom(32)


@pytest.fixture(scope="module")
def header() -> Header:
    return Header.create(PASSPHRASE, FAST_KDF, VMK, keys.Identity.generate(), os.urandom(20))


def _x25519_only() -> keys.Identity:
    full = keys.Identity.generate()
    return keys.Identity.from_bytes(full.core_bytes())


def _sealed_plain(header: Header, plain: bytes) -> bytes:
    """What seal_retired would make of ``plain``: a crafted record list, sealed genuinely."""
    nonce = os.urandom(12)
    key = keys.hkdf(VMK, header.vault_id, keys.LABEL_RETIRED)
    return nonce + AESGCM(key).encrypt(nonce, plain, header.stable_bytes())


def test_identities_of_both_sizes_come_back_in_order(header: Header) -> None:
    identities = [keys.Identity.generate(), _x25519_only(), keys.Identity.generate()]
    sealed = backup.seal_retired(VMK, header, identities)
    opened = backup.open_retired(VMK, header, sealed)
    assert [i.to_bytes() for i in opened] == [i.to_bytes() for i in identities]
    assert [len(i.to_bytes()) for i in opened] == [96, 64, 96]
    assert backup.open_retired(VMK, header, backup.seal_retired(VMK, header, [])) == []


def test_the_layout_before_hybrid_identities_still_opens(header: Header) -> None:
    old = [_x25519_only(), _x25519_only()]
    sealed = _sealed_plain(header, b"".join(i.to_bytes() for i in old))
    assert [i.to_bytes() for i in backup.open_retired(VMK, header, sealed)] == [
        i.to_bytes() for i in old
    ]
    assert backup.open_retired(VMK, header, _sealed_plain(header, b"")) == []


@pytest.mark.parametrize(
    "plain",
    [
        b"x" * 63,  # the old layout: not whole 64-byte records
        b"x" * 65,
        backup.RETIRED_V2 + bytes([63]) + b"x" * 63,  # a size no identity has
        backup.RETIRED_V2 + bytes([65]) + b"x" * 65,
        backup.RETIRED_V2 + bytes([97]) + b"x" * 97,
        backup.RETIRED_V2 + bytes([64]) + b"x" * 63,  # a record cut short
        backup.RETIRED_V2 + bytes([96]) + b"x" * 95,
        backup.RETIRED_V2 + bytes([64]) + b"x" * 64 + bytes([96]),  # a second one cut short
    ],
)
def test_damaged_records_are_refused(header: Header, plain: bytes) -> None:
    with pytest.raises(IntegrityError, match="retired identities are damaged"):
        backup.open_retired(VMK, header, _sealed_plain(header, plain))


def test_another_key_or_vault_or_a_changed_byte_is_damage(header: Header) -> None:
    sealed = backup.seal_retired(VMK, header, [keys.Identity.generate()])
    for bad_vmk, bad in (
        (os.urandom(32), sealed),
        (VMK, sealed[:-1] + bytes([sealed[-1] ^ 1])),
        (VMK, sealed[:11]),  # shorter than a nonce
    ):
        with pytest.raises(IntegrityError, match="retired identities are damaged"):
            backup.open_retired(bad_vmk, header, bad)
