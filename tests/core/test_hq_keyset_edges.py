"""A desk's keys at the documented limits (docs/formats.md §19): an organisation name of up
to 200 characters and one to eight HQ recipients, each edge tried on both sides. Written
after make mutate found these edges untested (docs/testing.md)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import mldsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.crypto import hq_keyset
from vigil.crypto.age import X25519Identity

ED = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
ML = mldsa.MLDSA65PrivateKey.generate().public_key().public_bytes_raw()
RECIPIENTS = tuple(str(X25519Identity.generate().recipient) for _ in range(9))


def request(org: str = "Field Office", recipients: int = 1) -> bytes:
    return hq_keyset.DeskKeys(org, ED, ML, RECIPIENTS[:recipients]).request()


@pytest.mark.parametrize(("length", "accepted"), [(1, True), (200, True), (201, False)])
def test_an_organisation_name_of_up_to_200_characters(length: int, accepted: bool) -> None:
    data = request(org="O" * length)
    if accepted:
        assert hq_keyset.parse_request(data).org == "O" * length
        return
    with pytest.raises(hq_keyset.KeySetInvalid, match="organisation name is malformed"):
        hq_keyset.parse_request(data)


@pytest.mark.parametrize("org", [" Field Office", "Field Office ", "Field\tOffice"])
def test_an_organisation_name_with_outer_spaces_or_control_characters(org: str) -> None:
    with pytest.raises(hq_keyset.KeySetInvalid, match="organisation name is malformed"):
        hq_keyset.parse_request(request(org=org))


@pytest.mark.parametrize(("count", "accepted"), [(1, True), (7, True), (8, True), (9, False)])
def test_one_to_eight_hq_recipients(count: int, accepted: bool) -> None:
    data = request(recipients=count)
    if accepted:
        assert hq_keyset.parse_request(data).recipients == RECIPIENTS[:count]
        return
    with pytest.raises(hq_keyset.KeySetInvalid, match="more than 8"):
        hq_keyset.parse_request(data)
