"""The HQ desk's signed word for its hybrid recipient (crypto/hq_hybrid.py, protocol.md §9),
without a server: the exact bytes signed, and every way a signature can fail to be one.
Written when make mutate first ran this module (docs/testing.md)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.crypto import hq_hybrid
from vigil.crypto.age import HybridIdentity

KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
PUBLIC = KEY.public_key().public_bytes_raw()
ORG = "Field Office"
RECIPIENT = str(HybridIdentity.generate().recipient)


def test_the_statement_is_the_label_the_organisation_and_the_recipient_each_on_a_line() -> None:
    expected = b"vigil-hq-hybrid-recipient/v2\nField Office\n" + RECIPIENT.encode() + b"\n"
    assert hq_hybrid.statement(ORG, RECIPIENT) == expected
    # Ed25519 is deterministic: the signature is the key's over exactly those bytes.
    assert hq_hybrid.sign(KEY, ORG, RECIPIENT) == KEY.sign(expected)


def test_a_signature_by_the_hq_key_verifies() -> None:
    assert hq_hybrid.verify(PUBLIC, ORG, RECIPIENT, hq_hybrid.sign(KEY, ORG, RECIPIENT)) is True


def test_a_signature_over_another_recipient_is_refused() -> None:
    other = str(HybridIdentity.generate().recipient)
    assert hq_hybrid.verify(PUBLIC, ORG, RECIPIENT, hq_hybrid.sign(KEY, ORG, other)) is False


def test_a_signature_for_another_organisation_is_refused() -> None:
    signature = hq_hybrid.sign(KEY, "Another Office", RECIPIENT)
    assert hq_hybrid.verify(PUBLIC, ORG, RECIPIENT, signature) is False


def test_a_signature_by_another_key_is_refused() -> None:
    thief = Ed25519PrivateKey.generate()
    assert hq_hybrid.verify(PUBLIC, ORG, RECIPIENT, hq_hybrid.sign(thief, ORG, RECIPIENT)) is False


@pytest.mark.parametrize("public", [PUBLIC[:31], PUBLIC + b"\0", b""], ids=["31", "33", "0"])
def test_a_public_key_of_the_wrong_size_is_refused_not_raised(public: bytes) -> None:
    signature = hq_hybrid.sign(KEY, ORG, RECIPIENT)
    assert hq_hybrid.verify(public, ORG, RECIPIENT, signature) is False


@pytest.mark.parametrize("cut", [slice(0, 63), slice(0, 0)], ids=["63", "0"])
def test_a_cut_signature_is_refused(cut: slice) -> None:
    signature = hq_hybrid.sign(KEY, ORG, RECIPIENT)[cut]
    assert hq_hybrid.verify(PUBLIC, ORG, RECIPIENT, signature) is False


def test_a_signature_over_other_bytes_of_the_same_words_is_refused() -> None:
    """Over the bare recipient, the first version's statement, or one without its last line
    end: none is the statement, so none passes."""
    for text in (
        RECIPIENT,
        f"vigil-hq-hybrid-recipient/v1\n{RECIPIENT}\n",
        f"vigil-hq-hybrid-recipient/v2\n{ORG}\n{RECIPIENT}",
    ):
        assert hq_hybrid.verify(PUBLIC, ORG, RECIPIENT, KEY.sign(text.encode())) is False
