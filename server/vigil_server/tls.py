"""The server's TLS key and self-signed certificate, the SubjectPublicKeyInfo pin, and the
server-side SSL policy (TLS 1.2 minimum, forward-secret AEAD suites only)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import ssl
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from vigil_server.wire import b64, sha256

PIN_PREFIX = "sha256/"
TLS12_CIPHERS = "ECDHE+AESGCM:ECDHE+CHACHA20"
VALID_DAYS = 3650


def generate(cert_path: Path, key_path: Path, hosts: list[str]) -> None:
    """Write a P-256 key (0600) and a self-signed certificate for ``hosts``."""
    key = ec.generate_private_key(ec.SECP256R1())
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Vigil HQ server")])
    start = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + dt.timedelta(days=VALID_DAYS))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(key_pem)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def spki_pin_of_der(cert_der: bytes) -> str:
    """``sha256/`` + base64(SHA-256(DER SubjectPublicKeyInfo)) of a DER certificate."""
    cert = x509.load_der_x509_certificate(cert_der)
    return _pin(cert)


def spki_pin(cert_path: Path) -> str:
    """The pin of the first certificate in a PEM file (the leaf)."""
    cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
    return _pin(cert)


def _pin(cert: x509.Certificate) -> str:
    spki = cert.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return PIN_PREFIX + b64(sha256(spki))


def check_pair(cert_path: Path, key_path: Path) -> None:
    """Refuse a certificate and key that do not belong together, before serving."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        context.load_cert_chain(str(cert_path), str(key_path))
    except (OSError, ssl.SSLError) as exc:
        raise ValueError(
            f"the TLS certificate {cert_path} and key {key_path} cannot be used together "
            f"({type(exc).__name__})"
        ) from None


def harden(context: ssl.SSLContext) -> ssl.SSLContext:
    """TLS 1.2 at least; with 1.2, only ECDHE with AES-GCM or ChaCha20 (TLS 1.3 suites are
    all AEAD already). Compression and renegotiation stay off."""
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.set_ciphers(TLS12_CIPHERS)
    context.options |= ssl.OP_NO_COMPRESSION | ssl.OP_NO_RENEGOTIATION
    context.options |= ssl.OP_CIPHER_SERVER_PREFERENCE
    return context
