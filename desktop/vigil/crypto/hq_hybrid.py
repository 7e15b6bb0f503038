"""The HQ desk's word for its hybrid (post-quantum) age recipient, before an HQ root.

The server makes enrolment codes, and a code names HQ's keys by fingerprint (protocol.md §4):
so that a stolen desk token cannot make codes that send the field's work to a key of the
thief's, the server takes HQ's hybrid recipient only with an Ed25519 signature by the HQ
signing key over this statement (protocol.md §9). Under a root, the key set names HQ's
recipients instead (hq-keys.md).
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

LABEL = "vigil-hq-hybrid-recipient/v1"


def statement(recipient: str) -> bytes:
    """The exact bytes signed: the label and the recipient, each on a line of its own."""
    return f"{LABEL}\n{recipient}\n".encode()


def sign(key: Ed25519PrivateKey, recipient: str) -> bytes:
    return key.sign(statement(recipient))


def verify(public: bytes, recipient: str, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, statement(recipient))
    except (InvalidSignature, ValueError):
        return False
    return True
