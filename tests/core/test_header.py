"""The vault header as it is made (crypto/header.py): a new vault's ids have their sizes, and a
header whose parts do not add up to its length is never written (both survived make mutate:
the struct pads or cuts a wrong-sized id without a word)."""

from __future__ import annotations

import dataclasses
import os

import pytest

from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto import keys
from vigil.crypto.header import EXT_HEADER_LEN, HEADER_LEN, Header


@pytest.fixture(scope="module")
def header() -> Header:
    return Header.create(
        PASSPHRASE, FAST_KDF, os.urandom(32), keys.Identity.generate(), os.urandom(20)
    )


def test_a_new_header_has_ids_of_their_size_and_reads_back_the_same(header: Header) -> None:
    assert len(header.vault_id) == 16 and len(header.device_id) == 16
    data = header.to_bytes()
    assert len(data) == EXT_HEADER_LEN  # with the post-quantum extension (a hybrid identity)
    again = Header.from_bytes(data)
    assert (again.vault_id, again.device_id) == (header.vault_id, header.device_id)
    assert again.to_bytes() == data
    core = dataclasses.replace(header, hybrid_wrap=b"").to_bytes()  # a vault made before it
    assert len(core) == HEADER_LEN and data.startswith(core[: HEADER_LEN - 32])


@pytest.mark.parametrize("extra", [b"x", b"xy" * 8])
def test_a_header_whose_parts_are_too_long_is_not_written(header: Header, extra: bytes) -> None:
    longer = dataclasses.replace(header, identity_wrap=header.identity_wrap + extra)
    with pytest.raises(ValueError, match="header is incomplete"):
        longer.to_bytes()
    shorter = dataclasses.replace(header, recovery_wrap=header.recovery_wrap[:-1])
    with pytest.raises(ValueError, match="header is incomplete"):
        shorter.to_bytes()
    odd = dataclasses.replace(header, hybrid_wrap=header.hybrid_wrap + extra)
    with pytest.raises(ValueError, match="header is incomplete"):
        odd.to_bytes()
