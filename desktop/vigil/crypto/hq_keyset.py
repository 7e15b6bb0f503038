"""The operational HQ key set (``vigil-hq-keys/v1``), signed by both root keys.

docs/formats.md §19 is the specification; docs/hq-keys.md says why. The parser is strict:
these lines in this order, one spelling of each value, so no two texts mean the same set. A
device accepts a set only through ``verify``: the root pinned by fingerprint, both signatures,
its organisation, a serial above the one it holds.

Also the desk's key request (``vigil-hq-desk-keys/v1``): the same public lines without root or
signatures, which a desk writes for the clean machine to sign. It carries no secret.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric import mldsa
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from vigil.crypto import age, hq_root
from vigil.crypto.errors import IntegrityError

FORMAT = "vigil-hq-keys/v1"
REQUEST_FORMAT = "vigil-hq-desk-keys/v1"
MAX_RECIPIENTS = 8
MAX_SERIAL = 2**53 - 1
MAX_BYTES = 64 * 1024  # two ML-DSA keys, a signature and eight hybrid recipients fit in 20 KiB
_CONTEXT = FORMAT.encode()  # ML-DSA's context string: a root signature means only this
_DASH = "\u2014 "
_SIG_ED = "vigil-hq-root-ed25519"
_SIG_ML = "vigil-hq-root-mldsa65"
_TIME = "%Y-%m-%dT%H:%M:%SZ"
_MAX_ORG = 200


class KeySetInvalid(IntegrityError):
    """A key set (or desk key request) that is damaged, forged or not for this device (exit 4).

    ``reason`` is a short code for the integrity log."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class DeskKeys:
    """The public operational keys of one HQ desk."""

    org: str
    ed25519: bytes
    mldsa65: bytes
    recipients: tuple[str, ...]

    def lines(self) -> list[str]:
        return [
            f"org {self.org}",
            f"hq-ed25519 {_b64(self.ed25519)}",
            f"hq-mldsa65 {_b64(self.mldsa65)}",
            *(f"recipient {r}" for r in self.recipients),
        ]

    def request(self) -> bytes:
        """The desk key request the clean machine signs (no secret in it)."""
        return "".join(f"{line}\n" for line in [REQUEST_FORMAT, *self.lines()]).encode()

    @property
    def short(self) -> str:
        """What a person compares on the desk and on the clean machine before signing."""
        digest = hashlib.sha256(b"\n".join(line.encode() for line in self.lines())).hexdigest()
        return " ".join(digest[i : i + 4] for i in range(0, 24, 4))


@dataclass(frozen=True)
class KeySet:
    desk: DeskKeys
    serial: int
    issued: str
    root_ed25519: bytes
    root_mldsa65: bytes
    raw: bytes  # the exact signed bytes as they came: stored and served as they are

    @property
    def org(self) -> str:
        return self.desk.org

    @property
    def root_fingerprint(self) -> str:
        return hq_root.fingerprint(self.root_ed25519, self.root_mldsa65)

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str, length: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error):
        raise _damaged(f"its {what} is not base64") from None
    if len(raw) != length or _b64(raw) != text:
        raise _damaged(f"its {what} has the wrong size")
    return raw


def _damaged(why: str) -> KeySetInvalid:
    return KeySetInvalid("malformed", f"The HQ key set is damaged: {why}.")


def next_serial(previous: int = 0) -> int:
    """``max(previous + 1, now in ms)``: no state on the clean machine, and still higher than
    the current set when its clock runs behind and the current set is given."""
    return min(MAX_SERIAL, max(previous + 1, int(time.time() * 1000)))


def sign(root: hq_root.RootKey, desk: DeskKeys, serial: int, issued: str | None = None) -> bytes:
    """A key set naming ``desk``'s keys, signed by both root keys."""
    _check_desk(desk)
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError("a key set's serial is 1 … 2^53-1")
    issued = issued or datetime.now(UTC).strftime(_TIME)
    lines = [
        FORMAT,
        desk.lines()[0],
        f"serial {serial}",
        f"issued {issued}",
        f"root-ed25519 {_b64(root.ed25519_public)}",
        f"root-mldsa65 {_b64(root.mldsa65_public)}",
        *desk.lines()[1:],
    ]
    text = "".join(f"{line}\n" for line in lines).encode()
    ed = root.ed25519.sign(text)
    ml = root.mldsa65.sign(text, _CONTEXT)
    return text + f"\n{_DASH}{_SIG_ED} {_b64(ed)}\n{_DASH}{_SIG_ML} {_b64(ml)}\n".encode()


def _lines(data: bytes, what: str) -> list[str]:
    if len(data) > MAX_BYTES:
        raise _damaged(f"the {what} is larger than {MAX_BYTES // 1024} KiB")
    try:
        text = data.decode("utf-8")  # strict: one byte string per text
    except UnicodeDecodeError:
        raise _damaged(f"the {what} is not UTF-8 text") from None
    if not text.endswith("\n"):
        raise _damaged(f"the {what} does not end with a newline")
    return text[:-1].split("\n")


def _field(lines: list[str], at: int, name: str) -> str:
    if at >= len(lines) or not lines[at].startswith(name + " "):
        raise _damaged(f"line {at + 1} should be '{name} …'")
    return lines[at][len(name) + 1 :]


def _desk_from(lines: list[str], at: int, org: str) -> DeskKeys:
    """The desk's lines from ``at``: its keys and one or more recipients, to the end."""
    ed = _unb64(_field(lines, at, "hq-ed25519"), hq_root.ED25519_PUBLIC_LEN, "HQ Ed25519 key")
    ml = _unb64(_field(lines, at + 1, "hq-mldsa65"), hq_root.MLDSA65_PUBLIC_LEN, "HQ ML-DSA key")
    recipients = tuple(_field(lines, i, "recipient") for i in range(at + 2, len(lines)))
    desk = DeskKeys(org, ed, ml, recipients)
    _check_desk(desk)
    return desk


def _check_desk(desk: DeskKeys) -> None:
    org = desk.org
    if not org or len(org) > _MAX_ORG or not org.isprintable() or org != org.strip():
        raise _damaged("its organisation name is malformed")
    if not 1 <= len(desk.recipients) <= MAX_RECIPIENTS:
        raise _damaged(f"it names no HQ recipient or more than {MAX_RECIPIENTS}")
    if len(set(desk.recipients)) != len(desk.recipients):
        raise _damaged("it names one recipient twice")
    for text in desk.recipients:
        try:
            parsed = age.parse_recipient(text)
        except age.AgeKeyError:
            raise _damaged("a recipient is not an age recipient") from None
        if str(parsed) != text:  # one spelling only
            raise _damaged("a recipient is not written in its one form")
    if len(desk.ed25519) != hq_root.ED25519_PUBLIC_LEN:
        raise _damaged("its HQ Ed25519 key has the wrong size")
    try:
        Ed25519PublicKey.from_public_bytes(desk.ed25519)
        mldsa.MLDSA65PublicKey.from_public_bytes(desk.mldsa65)
    except ValueError:
        raise _damaged("an HQ key is not a valid public key") from None


def parse_request(data: bytes) -> DeskKeys:
    lines = _lines(data, "desk key request")
    if lines[0] != REQUEST_FORMAT:
        raise KeySetInvalid("malformed", "That is not a desk key request (vigil hq root request).")
    return _desk_from(lines, 2, _field(lines, 1, "org"))


def parse(data: bytes) -> KeySet:
    """The key set's fields, unverified: ``verify`` is what a device calls."""
    lines = _lines(data, "key set")
    try:
        blank = lines.index("")
    except ValueError:
        raise _damaged("it has no signatures") from None
    head, sigs = lines[:blank], lines[blank + 1 :]
    if not head or head[0] != FORMAT:
        if head and re.fullmatch(r"vigil-hq-keys/v[0-9]+", head[0]):
            raise KeySetInvalid(
                "unknown_format", "The HQ key set has a version this Vigil does not read."
            )
        raise _damaged("it does not start with vigil-hq-keys/v1")
    org = _field(head, 1, "org")
    serial_text = _field(head, 2, "serial")
    # ASCII digits, no leading zero: one spelling. (str.isdigit also took other scripts'
    # digits, another spelling, and superscripts, which int() cannot read.)
    if not re.fullmatch(r"0|[1-9][0-9]*", serial_text):
        raise _damaged("its serial is not a number")
    serial = int(serial_text)
    if not 1 <= serial <= MAX_SERIAL:
        raise _damaged("its serial is out of range")
    issued = _field(head, 3, "issued")
    try:
        datetime.strptime(issued, _TIME)
    except ValueError:
        raise _damaged("its issue time is malformed") from None
    if len(issued) != 20:
        raise _damaged("its issue time is malformed")
    root_ed = _unb64(_field(head, 4, "root-ed25519"), hq_root.ED25519_PUBLIC_LEN, "root key")
    root_ml = _unb64(_field(head, 5, "root-mldsa65"), hq_root.MLDSA65_PUBLIC_LEN, "root key")
    desk = _desk_from(head, 6, org)
    if len(sigs) != 2:
        raise _damaged("it does not carry exactly two root signatures")
    return KeySet(desk, serial, issued, root_ed, root_ml, data)


def _signature(line: str, name: str, length: int) -> bytes:
    prefix = f"{_DASH}{name} "
    if not line.startswith(prefix):
        raise _damaged(f"its signature lines are not {_SIG_ED} then {_SIG_ML}")
    return _unb64(line[len(prefix) :], length, "root signature")


def verify(
    data: bytes, pinned_root: str, org: str | None, held: KeySet | None = None
) -> KeySet:
    """The key set, if a device that pinned ``pinned_root`` and holds ``held`` takes it.

    Raises KeySetInvalid with a reason: ``malformed``, ``unknown_format``, ``wrong_root``,
    ``forged`` (a root signature missing or false: both are required), ``wrong_org``,
    ``rollback`` (a serial not above the held set's; the held set itself is returned)."""
    ks = parse(data)
    if ks.root_fingerprint != pinned_root:
        raise KeySetInvalid(
            "wrong_root", "The HQ key set is signed by a root this device did not pin."
        )
    text = data[: data.index(b"\n\n") + 1]
    sig_lines = data[len(text) + 1 :].decode("utf-8")[:-1].split("\n")
    ed_sig = _signature(sig_lines[0], _SIG_ED, 64)
    ml_sig = _signature(sig_lines[1], _SIG_ML, hq_root.MLDSA65_SIGNATURE_LEN)
    try:
        Ed25519PublicKey.from_public_bytes(ks.root_ed25519).verify(ed_sig, text)
        mldsa.MLDSA65PublicKey.from_public_bytes(ks.root_mldsa65).verify(ml_sig, text, _CONTEXT)
    except (InvalidSignature, ValueError):
        raise KeySetInvalid(
            "forged", "The HQ key set's root signatures do not both verify: it is refused."
        ) from None
    if org is not None and ks.org != org:
        raise KeySetInvalid(
            "wrong_org", "The HQ key set is for another organisation than this device's."
        )
    if held is not None:
        if ks.raw == held.raw:
            return held
        if ks.serial <= held.serial:
            raise KeySetInvalid(
                "rollback",
                f"The HQ key set is older than the one this device holds (serial {ks.serial}, "
                f"held {held.serial}): it is refused.",
            )
    return ks

