"""A real RFC 3161 time-stamping authority on loopback: ``openssl ts -reply`` behind a tiny
HTTP server (POST application/timestamp-query -> application/timestamp-reply).

Its keys are made here: a root CA and a TSA certificate with the critical timeStamping
extended key usage that RFC 3161 requires, both ECDSA P-256, valid for a day.
"""

from __future__ import annotations

import datetime
import subprocess
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.support.tools import need_tools

CONFIG = """\
[ tsa ]
default_tsa = tsa_config
[ tsa_config ]
dir = {dir}
serial = $dir/serial
crypto_device = builtin
signer_cert = $dir/tsa.pem
certs = $dir/tsa.pem
signer_key = $dir/tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
digests = sha256, sha512
accuracy = secs:1
ordering = yes
tsa_name = no
ess_cert_id_chain = no
ess_cert_id_alg = sha256
"""


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _write_key(path: Path, key: ec.EllipticCurvePrivateKey) -> None:
    path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                       serialization.PrivateFormat.PKCS8,
                                       serialization.NoEncryption()))  # fmt: skip


def _cert(
    subject: x509.Name,
    public: ec.EllipticCurvePublicKey,
    signer: ec.EllipticCurvePrivateKey,
    issuer: x509.Name,
    now: datetime.datetime,
    *critical: x509.ExtensionType,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(hours=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.public_key()), critical=False
        )
    )
    for extension in critical:
        builder = builder.add_extension(extension, critical=True)
    return builder.sign(signer, hashes.SHA256())


def make_keys(folder: Path) -> tuple[Path, Path]:
    """(root CA certificate, TSA certificate), PEM, in ``folder``."""
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    tsa_key = ec.generate_private_key(ec.SECP256R1())
    ca = _cert(
        _name("Test TSA Root"), ca_key.public_key(), ca_key, _name("Test TSA Root"), now,
        x509.BasicConstraints(ca=True, path_length=None),
        x509.KeyUsage(False, False, False, False, False, True, True, False, False),
    )  # fmt: skip
    tsa = _cert(
        _name("Test TSA"), tsa_key.public_key(), ca_key, ca.subject, now,
        x509.BasicConstraints(ca=False, path_length=None),
        x509.KeyUsage(True, False, False, False, False, False, False, False, False),
        x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]),
    )  # fmt: skip
    (folder / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    (folder / "tsa.pem").write_bytes(tsa.public_bytes(serialization.Encoding.PEM))
    _write_key(folder / "tsa.key", tsa_key)
    (folder / "serial").write_text("01\n")
    (folder / "tsa.cnf").write_text(CONFIG.format(dir=folder))
    return folder / "ca.pem", folder / "tsa.pem"


@dataclass
class Tsa:
    folder: Path
    server: ThreadingHTTPServer
    ca: Path
    cert: Path
    requests: int = 0
    down: bool = False  # answers 503, as an authority out of service does

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/tsa"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def start(folder: Path) -> Tsa:
    need_tools("openssl", debs="openssl")
    folder.mkdir(parents=True, exist_ok=True)
    ca, cert = make_keys(folder)
    lock = threading.Lock()
    holder: list[Tsa] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            if self.headers.get("Content-Type") != "application/timestamp-query" or length > 4096:
                self.send_error(400)
                return
            query = self.rfile.read(length)
            with lock:
                holder[0].requests += 1
            if holder[0].down:
                self.send_error(503)
                return
            with lock:  # openssl ts keeps its serial number in one file
                (folder / "q.tsq").write_bytes(query)
                done = subprocess.run(
                    ["openssl", "ts", "-reply", "-config", str(folder / "tsa.cnf"),
                     "-queryfile", str(folder / "q.tsq"), "-out", str(folder / "r.tsr")],
                    capture_output=True, timeout=30, check=False,
                )  # fmt: skip
                reply = (folder / "r.tsr").read_bytes() if done.returncode == 0 else b""
            if not reply:
                self.send_error(500)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tsa = Tsa(folder, server, ca, cert)
    holder.append(tsa)
    # stop() waits for the serving loop to look at its flag: every half second by default,
    # which was half a second of every test with an authority.
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    return tsa
