"""``vigil-server`` as an operator runs it: init (own or given certificate), admin-code,
migrate, devices list; and plain errors for wrong use."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import inspect

from tests.support.api import Device, decode_code, enrol_request
from tests.support.server import ServerProcess
from tests.support.server import server_cli as run
from vigil.crypto.keys import Identity
from vigil_server.storage.database import MIGRATIONS
from vigil_server.storage.tables import metadata
from vigil_server.tls import spki_pin


def own_certificate(folder: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, "hq.example.org")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(1)
        .not_valid_before(now).not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    cert_path, key_path = folder / "given.pem", folder / "given.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ))  # fmt: skip
    return cert_path, key_path


def test_init_with_a_given_certificate_pins_its_key(tmp_path: Path) -> None:
    cert, key = own_certificate(tmp_path)
    # As an operator runs it: a process of its own (the other commands here run in this one).
    done = run(tmp_path, "--data", str(tmp_path / "d"), "init", "--cert", str(cert), "--key",
               str(key), "--url", "https://hq.example.org", "--org", "Rights Watch",
               process=True)  # fmt: skip
    assert done.returncode == 0, done.stderr
    code = decode_code(done.stdout.strip().splitlines()[-1])
    assert code["pin"] == spki_pin(cert)
    assert code["url"] == "https://hq.example.org" and code["org"] == "Rights Watch"
    assert not (tmp_path / "d" / "tls").exists()
    again = run(tmp_path, "--data", str(tmp_path / "d"), "init")
    assert again.returncode == 1 and "already initialised" in again.stderr


def test_init_refuses_wrong_use(tmp_path: Path) -> None:
    cert, key = own_certificate(tmp_path)
    (tmp_path / "other").mkdir()
    other, _ = own_certificate(tmp_path / "other")
    cases = [
        (["init", "--cert", str(cert)], "both --cert and --key"),
        (["init", "--cert", str(other), "--key", str(key)], "cannot be used together"),
        (["init", "--url", "http://127.0.0.1:8443"], "https://"),
        (["init", "--url", "https://127.0.0.1:8443/sync"], "nothing after it"),
    ]
    for n, (args, message) in enumerate(cases):
        done = run(tmp_path, "--data", str(tmp_path / f"d{n}"), *args)
        assert done.returncode == 1, args
        assert message in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr
    missing = run(tmp_path, "--data", str(tmp_path / "nothing"), "devices", "list")
    assert missing.returncode == 1 and "init" in missing.stderr


def test_devices_list_admin_code_and_migrate(server: ServerProcess, hq: Device) -> None:
    listed = server.cli("devices", "list").stdout
    assert hq.id in listed and "hq" in listed and "DEVICE ID" in listed
    fresh = server.cli("admin-code").stdout.strip().splitlines()[-1]
    body = decode_code(fresh)
    assert body["kind"] == "admin" and body["secret"] != decode_code(server.admin_code)["secret"]
    # HQ keys exist: an admin code cannot bring in a different HQ identity.
    other = enrol_request(hq.api, body["secret"], Ed25519PrivateKey.generate(), Identity.generate())
    assert (other.status_code, other.json()["error"]) == (409, "hq_keys_differ")
    assert "up to date" in server.cli("migrate").stdout
    unknown = server.cli("devices", "revoke", "0" * 32, check=False)
    assert unknown.returncode == 1 and "No device" in unknown.stderr


def test_the_migrated_schema_matches_the_tables(server: ServerProcess) -> None:
    engine = server.engine()
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []
        head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
        assert head is not None and len(list((MIGRATIONS / "versions").glob("0*.py"))) == int(head)
        assert MigrationContext.configure(conn).get_current_revision() == head
    assert "alembic_version" in inspect(engine).get_table_names()
    engine.dispose()
