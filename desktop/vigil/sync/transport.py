"""HTTPS with the server's key pinned: checked during the TLS handshake, before any byte of a
request (a token, a push) is sent.

The pin is SHA-256 of the certificate's SubjectPublicKeyInfo, as the enrolment code carries
it. It replaces certificate-authority validation (the default server certificate is
self-signed), so a rogue authority cannot intercept. TLS 1.2 is the minimum.
"""

from __future__ import annotations

import base64
import hashlib
import ssl
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from vigil.crypto.errors import VigilError


class PinMismatch(VigilError):
    exit_code = 4

    def __init__(self) -> None:
        super().__init__(
            "The server's key is not the one this device was enrolled with; sync stopped. "
            "Someone may be intercepting the connection: tell HQ by another channel."
        )


def spki_pin(der_certificate: bytes) -> str:
    cert = x509.load_der_x509_certificate(der_certificate)
    spki = cert.public_key().public_bytes(Encoding.DER, PublicFormat.SubjectPublicKeyInfo)
    return "sha256/" + base64.b64encode(hashlib.sha256(spki).digest()).decode()


def pinned_context(pin: str) -> ssl.SSLContext:
    """An SSL context whose sockets check the pin right after the handshake."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    # The pin replaces CA validation and host-name checks (see the module docstring).
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE

    def check(der: bytes | None) -> None:
        if not der or spki_pin(der) != pin:
            raise PinMismatch()

    class _Socket(ssl.SSLSocket):
        def do_handshake(self, block: bool = False) -> None:
            super().do_handshake(block)
            try:
                check(self.getpeercert(binary_form=True))
            except PinMismatch:
                self.close()
                raise

    class _Object(ssl.SSLObject):
        def do_handshake(self) -> None:
            super().do_handshake()
            check(self.getpeercert(binary_form=True))

    context.sslsocket_class = _Socket
    context.sslobject_class = _Object
    return context


def make_client(url: str, pin: str, proxy: str | None = None, timeout: float = 30.0) -> Any:
    """An httpx client for one server. ``proxy``: e.g. socks5://127.0.0.1:9050 for Tor."""
    return httpx.Client(
        base_url=url,
        verify=pinned_context(pin),
        proxy=proxy,
        timeout=httpx.Timeout(timeout, connect=min(timeout, 15.0)),
        follow_redirects=False,
        headers={"User-Agent": "Vigil"},
    )
