"""The HQ desk's word for its hybrid (post-quantum) age recipient, before an HQ root.

The server makes enrolment codes, and a code names HQ's keys by fingerprint (protocol.md §4):
so that a stolen desk token cannot make codes that send the field's work to a key of the
thief's, the server takes HQ's hybrid recipient only with an Ed25519 signature by the HQ
signing key over this statement (protocol.md §9). The server keeps the signature and serves
it, so that a device enrolled before the desk had a hybrid key checks it against the HQ key it
pinned and moves to HQ's hybrid key too (sync/hq_upgrade.py). The statement names the
organisation: a signature the same HQ key made for another organisation does not verify here.
Under a root, the key set names HQ's recipients instead (hq-keys.md).
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

LABEL = "vigil-hq-hybrid-recipient/v2"


def statement(org: str, recipient: str) -> bytes:
    """The exact bytes signed: the label, the organisation's name and the recipient, each on
    a line of its own (a recipient holds no line break, so the last line is always it)."""
    return f"{LABEL}\n{org}\n{recipient}\n".encode()


def sign(key: Ed25519PrivateKey, org: str, recipient: str) -> bytes:
    return key.sign(statement(org, recipient))


def verify(public: bytes, org: str, recipient: str, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, statement(org, recipient))
    except (InvalidSignature, ValueError):
        return False
    return True
