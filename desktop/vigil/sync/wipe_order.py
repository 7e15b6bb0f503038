"""Wipe orders signed by the HQ key (format ``vigil-wipe-order/v1``, docs/protocol.md §9.1).

The server relays an order; it cannot write one. A device obeys an order only when it is
signed by an HQ Ed25519 key pinned from the enrolment code, names this device, and is fresh.
Anything else is shown and logged, never obeyed: a compromised server must not be able to
destroy every field device's unsynced evidence.

The order is a signed note (crypto/signed_note.py) whose text is exactly::

    vigil-wipe-order/v1
    device <32 hex>
    issued <RFC 3339, UTC, whole seconds>
    expires <RFC 3339>
    nonce <b64url of 16 random bytes>
    push-first yes|no

followed by the signature line of the signer ``vigil-hq``. The parser is strict (these lines,
in this order, nothing else) so that no two texts mean the same order.
"""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.crypto import signed_note
from vigil.crypto.errors import SignatureError, VigilError

FORMAT = "vigil-wipe-order/v1"
SIGNER = "vigil-hq"
MAX_BYTES = 2048
DEFAULT_DAYS = 30
MAX_DAYS = 365
# A field laptop's clock may be wrong; an order "issued" up to a day ahead is still accepted.
CLOCK_SKEW = timedelta(days=1)
_HEX32 = re.compile(r"[0-9a-f]{32}")
_NONCE = re.compile(r"[A-Za-z0-9_-]{22}")
_TIME = "%Y-%m-%dT%H:%M:%SZ"


class WipeOrderInvalid(VigilError):
    """The order is not one this device may obey; the message says why (for the log)."""


@dataclass(frozen=True)
class WipeOrder:
    device_id: str
    issued: datetime
    expires: datetime
    nonce: str
    push_first: bool


def _fmt(t: datetime) -> str:
    return t.astimezone(UTC).strftime(_TIME)


def _parse_time(value: str) -> datetime:
    try:
        return datetime.strptime(value, _TIME).replace(tzinfo=UTC)
    except ValueError:
        raise WipeOrderInvalid("The wipe order is malformed: a time is unreadable.") from None


def make(
    key: Ed25519PrivateKey,
    device_id: str,
    push_first: bool,
    days: float = DEFAULT_DAYS,
    issued: datetime | None = None,
) -> bytes:
    """Sign an order for ``device_id`` with the HQ key, valid for ``days``."""
    if not _HEX32.fullmatch(device_id):
        raise WipeOrderInvalid("A device id is 32 lower-case hex digits.")
    if not 0 < days <= MAX_DAYS:
        raise WipeOrderInvalid(f"A wipe order lasts more than 0 and at most {MAX_DAYS} days.")
    issued = (issued or datetime.now(UTC)).replace(microsecond=0)
    nonce = base64.urlsafe_b64encode(os.urandom(16)).decode().rstrip("=")
    text = (
        f"{FORMAT}\ndevice {device_id}\nissued {_fmt(issued)}\n"
        f"expires {_fmt(issued + timedelta(days=days))}\nnonce {nonce}\n"
        f"push-first {'yes' if push_first else 'no'}\n"
    )
    return signed_note.sign(text.encode(), SIGNER, key)


def _parse_text(text: bytes) -> WipeOrder:
    try:
        lines = text.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        raise WipeOrderInvalid("The wipe order is malformed: it is not UTF-8.") from None
    names = ("device", "issued", "expires", "nonce", "push-first")
    if len(lines) != len(names) + 2 or lines[0] != FORMAT or lines[-1] != "":
        if lines and lines[0].startswith("vigil-wipe-order/") and lines[0] != FORMAT:
            raise WipeOrderInvalid("The wipe order has a format this Vigil does not know.")
        raise WipeOrderInvalid("The wipe order is malformed.")
    values: dict[str, str] = {}
    for name, line in zip(names, lines[1:-1], strict=True):
        key, _, value = line.partition(" ")
        if key != name or not value:
            raise WipeOrderInvalid("The wipe order is malformed.")
        values[name] = value
    if not _HEX32.fullmatch(values["device"]) or not _NONCE.fullmatch(values["nonce"]):
        raise WipeOrderInvalid("The wipe order is malformed.")
    if values["push-first"] not in ("yes", "no"):
        raise WipeOrderInvalid("The wipe order is malformed.")
    return WipeOrder(
        device_id=values["device"],
        issued=_parse_time(values["issued"]),
        expires=_parse_time(values["expires"]),
        nonce=values["nonce"],
        push_first=values["push-first"] == "yes",
    )


def check(
    order: bytes | None,
    hq_keys: Iterable[bytes],
    device_id: str,
    at: datetime | None = None,
) -> WipeOrder:
    """The order if this device must obey it; WipeOrderInvalid with the reason otherwise.

    The signature is checked before anything in the text is believed.
    """
    if not order:
        raise WipeOrderInvalid("The wipe request carries no order signed by HQ.")
    if len(order) > MAX_BYTES:
        raise WipeOrderInvalid("The wipe order is too large to be genuine.")
    keys = [k for k in hq_keys if len(k) == 32]
    if not keys:
        raise WipeOrderInvalid(
            "No pinned HQ key is readable while the vault is locked; unlock the vault once "
            "so that the wipe order can be checked."
        )
    text = b""
    for key in keys:
        try:
            text, _ = signed_note.verify(order, {SIGNER: key})
            break
        except SignatureError:
            continue
    if not text:
        raise WipeOrderInvalid("The wipe order is not signed by the HQ key this device pinned.")
    parsed = _parse_text(text)
    if parsed.device_id != device_id:
        raise WipeOrderInvalid("The wipe order names another device.")
    at = at or datetime.now(UTC)
    if parsed.expires <= parsed.issued or parsed.expires - parsed.issued > timedelta(days=MAX_DAYS):
        raise WipeOrderInvalid("The wipe order's validity period is wrong.")
    if parsed.issued > at + CLOCK_SKEW:
        raise WipeOrderInvalid("The wipe order was issued in the future (check this clock).")
    if parsed.expires <= at:
        raise WipeOrderInvalid("The wipe order has expired; HQ must issue a new one.")
    return parsed
