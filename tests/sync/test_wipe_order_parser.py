"""The wipe order's own checks (vigil.sync.wipe_order): the strict text, the validity window,
and an order "issued in the future". Orders are signed with a real HQ Ed25519 key, so every
refusal here is of a validly signed order: only the checks after the signature stand between
it and a wiped laptop (mutants that dropped them survived the end-to-end tests)."""

from __future__ import annotations

import base64
import dataclasses
import os
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from vigil.crypto import signed_note
from vigil.sync import wipe_order
from vigil.sync.wipe_order import CLOCK_SKEW, MAX_DAYS, WipeOrderInvalid

DEVICE = "0123456789abcdef0123456789abcdef"
NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=UTC)
KEY = Ed25519PrivateKey.generate()
PUB = KEY.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def _t(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def order_text(
    issued: datetime = NOW,
    expires: datetime | None = None,
    device: str = DEVICE,
    push: str = "yes",
    nonce: str | None = None,
    head: str = "vigil-wipe-order/v1",
) -> str:
    nonce = nonce or base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip("=")
    expires = expires or issued + timedelta(days=30)
    return (
        f"{head}\ndevice {device}\nissued {_t(issued)}\nexpires {_t(expires)}\n"
        f"nonce {nonce}\npush-first {push}\n"
    )


def signed(text: str) -> bytes:
    return signed_note.sign(text.encode(), wipe_order.SIGNER, KEY)


def check(order: bytes, at: datetime = NOW) -> wipe_order.WipeOrder:
    return wipe_order.check(order, [PUB], DEVICE, at=at)


def test_a_fresh_order_for_this_device_is_obeyed() -> None:
    order = check(signed(order_text(push="no")))
    assert (order.device_id, order.issued, order.push_first) == (DEVICE, NOW, False)
    assert order.expires == NOW + timedelta(days=30)
    made = wipe_order.make(KEY, DEVICE, True, days=2, issued=NOW)
    assert check(made, at=NOW + timedelta(days=1)).push_first is True


# -- issued in the future -----------------------------------------------------------------------


def test_an_order_issued_beyond_the_clock_skew_is_refused() -> None:
    ahead = NOW + CLOCK_SKEW + timedelta(seconds=1)
    with pytest.raises(WipeOrderInvalid, match="issued in the future"):
        check(signed(order_text(issued=ahead)))
    # far ahead too, with a window that would otherwise be fine
    with pytest.raises(WipeOrderInvalid, match="issued in the future"):
        check(signed(order_text(issued=NOW + timedelta(days=200))))


def test_a_slightly_fast_hq_clock_is_tolerated_up_to_the_skew() -> None:
    assert check(signed(order_text(issued=NOW + CLOCK_SKEW))).issued == NOW + CLOCK_SKEW
    assert check(signed(order_text(issued=NOW + timedelta(hours=3)))).device_id == DEVICE


# -- the validity window ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("issued", "expires"),
    [
        (NOW, NOW),  # no window at all
        (NOW, NOW - timedelta(seconds=1)),  # ends before it starts
        (NOW - timedelta(days=1), NOW - timedelta(days=1) + timedelta(days=MAX_DAYS, seconds=1)),
        (NOW - timedelta(days=10), NOW + timedelta(days=5000)),  # an order for ever
    ],
)
def test_a_window_that_is_empty_reversed_or_too_long_is_refused(
    issued: datetime, expires: datetime
) -> None:
    with pytest.raises(WipeOrderInvalid, match="validity period is wrong"):
        check(signed(order_text(issued=issued, expires=expires)))


def test_the_longest_window_is_accepted_and_expiry_is_exact() -> None:
    start = NOW - timedelta(days=MAX_DAYS - 1)
    assert check(signed(order_text(issued=start, expires=start + timedelta(days=MAX_DAYS))))
    ends = signed(order_text(issued=NOW - timedelta(days=1), expires=NOW + timedelta(seconds=1)))
    assert check(ends).device_id == DEVICE
    with pytest.raises(WipeOrderInvalid, match="expired"):
        check(ends, at=NOW + timedelta(seconds=1))
    with pytest.raises(WipeOrderInvalid, match="expired"):
        check(ends, at=NOW + timedelta(days=3))


def test_make_refuses_windows_it_would_have_to_refuse_later() -> None:
    for days in (0, -1, MAX_DAYS + 1):
        with pytest.raises(WipeOrderInvalid, match="at most"):
            wipe_order.make(KEY, DEVICE, True, days=days, issued=NOW)
    with pytest.raises(WipeOrderInvalid, match="32 lower-case hex"):
        wipe_order.make(KEY, DEVICE.upper(), True, issued=NOW)


# -- the strict text ------------------------------------------------------------------------------


def _lines(text: str) -> list[str]:
    return text.split("\n")


GOOD = order_text()


@pytest.mark.parametrize(
    "text",
    [
        GOOD.replace("push-first yes", "push-first YES"),
        GOOD.replace("push-first yes", "push-first"),
        GOOD.replace(f"device {DEVICE}", f"device {DEVICE.upper()}"),
        GOOD.replace(f"device {DEVICE}", f"device {DEVICE}00"),
        GOOD.replace("device ", "device  "),
        GOOD.replace("nonce ", "nonce x"),
        GOOD.replace("issued ", "issued 2026-03-01 12:00:00 ").split("\n", 7)[0] + "\n",
        GOOD.replace("Z\nexpires", "+00:00\nexpires"),
        GOOD + "extra line\n",
        GOOD + "\n",  # an empty line at the end
        "\n".join([_lines(GOOD)[0], _lines(GOOD)[2], _lines(GOOD)[1], *_lines(GOOD)[3:]]),
        GOOD.replace("push-first yes\n", "push-first yes\npush-first no\n"),
    ],
)
def test_the_parser_takes_one_spelling_only(text: str) -> None:
    with pytest.raises(WipeOrderInvalid, match="malformed"):
        check(signed(text))


def test_another_format_version_is_named_as_such() -> None:
    with pytest.raises(WipeOrderInvalid, match="format this Vigil does not know"):
        check(signed(order_text(head="vigil-wipe-order/v2")))


def test_the_order_must_name_this_device_and_carry_hqs_signature() -> None:
    with pytest.raises(WipeOrderInvalid, match="names another device"):
        check(signed(order_text(device="f" * 32)))
    stranger = Ed25519PrivateKey.generate()
    forged = signed_note.sign(order_text().encode(), wipe_order.SIGNER, stranger)
    with pytest.raises(WipeOrderInvalid, match="not signed by the HQ key"):
        check(forged)
    with pytest.raises(WipeOrderInvalid, match="too large"):
        check(signed(order_text()) + b" " * wipe_order.MAX_BYTES)
    with pytest.raises(WipeOrderInvalid, match="carries no order"):
        check(b"")


# -- found by make mutate ---------------------------------------------------------------------


def test_make_defaults_to_a_thirty_day_window() -> None:
    order = check(wipe_order.make(KEY, DEVICE, False, issued=NOW))
    window = order.expires - order.issued
    assert window == timedelta(days=wipe_order.DEFAULT_DAYS) == timedelta(days=30)


def test_a_device_id_that_sorts_before_ours_is_still_another_device() -> None:
    for other in ("0" * 32, DEVICE[:-1] + "e"):
        with pytest.raises(WipeOrderInvalid, match="names another device"):
            check(signed(order_text(device=other)))


@pytest.mark.parametrize("head", ["vigil-wipe-order/v0", "vigil-wipe-order/v", "a", ""])
def test_a_first_line_that_sorts_before_the_format_is_refused(head: str) -> None:
    with pytest.raises(WipeOrderInvalid, match=r"malformed|format this Vigil does not know"):
        check(signed(order_text(head=head)))


@pytest.mark.parametrize("key", ["DEVICE", "devic", "Device"])
def test_a_field_name_that_sorts_before_the_right_one_is_refused(key: str) -> None:
    with pytest.raises(WipeOrderInvalid, match="malformed"):
        check(signed(GOOD.replace("device ", f"{key} ", 1)))


def test_the_text_must_end_with_its_last_line() -> None:
    # A signed note always ends with a newline, so this reaches the parser only directly.
    with pytest.raises(WipeOrderInvalid, match="malformed"):
        wipe_order._parse_text((GOOD + "trailing").encode())


def test_short_windows_down_to_a_fraction_of_a_day_can_be_made() -> None:
    for days in (1, 0.5):
        order = check(wipe_order.make(KEY, DEVICE, True, days=days, issued=NOW))
        assert order.expires - order.issued == timedelta(days=days)


def test_a_checked_order_cannot_be_changed_afterwards() -> None:
    order = check(signed(order_text()))
    with pytest.raises(dataclasses.FrozenInstanceError):
        order.device_id = "f" * 32  # type: ignore[misc]


def test_unreadable_pinned_keys_are_set_aside() -> None:
    order = signed(order_text())
    assert wipe_order.check(order, [b"\0" * 31, PUB], DEVICE, at=NOW).device_id == DEVICE
    with pytest.raises(WipeOrderInvalid, match="No pinned HQ key is readable"):
        wipe_order.check(order, [b"\0" * 31, b""], DEVICE, at=NOW)


def test_an_older_format_version_is_named_as_such_too() -> None:
    with pytest.raises(WipeOrderInvalid, match="format this Vigil does not know"):
        check(signed(order_text(head="vigil-wipe-order/v0")))


@pytest.mark.parametrize(
    ("name", "key"), [("device", "devices"), ("issued", "issuedx"), ("nonce", "nonce-")]
)
def test_a_field_name_that_sorts_after_the_right_one_is_refused(name: str, key: str) -> None:
    with pytest.raises(WipeOrderInvalid, match="malformed"):
        check(signed(GOOD.replace(f"{name} ", f"{key} ", 1)))


def test_a_signed_text_that_is_not_utf8_is_refused_as_such() -> None:
    with pytest.raises(WipeOrderInvalid, match="not UTF-8"):
        check(signed_note.sign(GOOD.encode().replace(b"yes", b"y\xffs"), wipe_order.SIGNER, KEY))


def test_the_size_limit_is_2048_bytes_to_the_byte() -> None:
    """Other signers' lines are ignored, so a genuine order can be padded to any size with
    one: 2048 bytes are read, 2049 are refused unread."""
    order = signed(order_text())
    other = Ed25519PrivateKey.generate()

    def padded(size: int) -> bytes:
        short = signed_note.sign(order_text().encode(), "x", other)
        line_length = len(short) - len(order_text().encode()) - 1  # "— x <sig>\n"
        name = "x" * (size - len(order) - line_length + 1)
        extra = signed_note.sign(signed_note.split(order)[0], name, other)
        return order + extra[len(signed_note.split(order)[0]) + 1 :]

    assert len(padded(2048)) == 2048 == wipe_order.MAX_BYTES
    assert check(padded(2048)).device_id == DEVICE
    with pytest.raises(WipeOrderInvalid, match="too large"):
        check(padded(2049))
