"""Enrolment: the admin code makes the HQ desk, HQ makes one-time field codes that carry the
server URL, the TLS pin and the HQ keys; codes are single use and expire."""

from __future__ import annotations

import hashlib
import secrets
import socket
import ssl
import stat
import time

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import text

from tests.support.api import (
    Device,
    b64,
    decode_code,
    enrol,
    enrol_hq,
    enrol_request,
    sha256_hex,
)
from tests.support.server import ServerProcess
from vigil.crypto.keys import Identity
from vigil_server.tls import spki_pin_of_der


def served_pin(server: ServerProcess) -> str:
    """The pin of the certificate the server actually presents on the wire."""
    context = ssl.create_default_context(cafile=str(server.cert))
    with (
        socket.create_connection(("127.0.0.1", server.port), timeout=10) as raw,
        context.wrap_socket(raw, server_hostname="127.0.0.1") as tls,
    ):
        der = tls.getpeercert(binary_form=True)
    assert der
    return spki_pin_of_der(der)


def test_admin_code_carries_url_pin_and_a_one_time_secret(server: ServerProcess) -> None:
    lines = server.init_stdout.strip().splitlines()
    assert lines[-1] == server.admin_code
    assert server.admin_code.startswith("vigil-admin:")
    body = decode_code(server.admin_code)
    assert body["v"] == 1 and body["kind"] == "admin" and body["role"] == "hq"
    assert body["url"] == server.url
    assert body["pin"] == served_pin(server)
    assert body["pin"].startswith("sha256/")
    assert len(body["secret"]) == 43
    assert "hq_keys" not in body
    assert body["secret"] not in server.init_stdout.replace(server.admin_code, "")


def test_data_folder_is_private(server: ServerProcess) -> None:
    for path in [server.data, *server.data.rglob("*")]:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o077 == 0, f"{path} is readable by others ({oct(mode)})"


def test_admin_code_is_single_use_and_sets_the_hq_keys(server: ServerProcess, hq: Device) -> None:
    assert hq.role == "hq"
    again = enrol_request(
        server.api(), decode_code(server.admin_code)["secret"], Ed25519PrivateKey.generate(),
        Identity.generate(),
    )  # fmt: skip
    assert again.status_code == 403
    assert again.json()["error"] == "code_used"
    keys = hq.call("GET", "/v1/hq/keys").json()
    assert keys["hq_keys"] == [{"age": hq.recipient, "ed25519": b64(hq.identity.verify_key_bytes)}]
    # What a version 2 code names by fingerprint; the device checks them against it.
    assert (keys["age"], keys["ed25519"]) == ([hq.recipient], [b64(hq.identity.verify_key_bytes)])
    assert "fingerprints" in keys["note"]


def test_field_code_carries_pins_and_enrols_once(server: ServerProcess, hq: Device) -> None:
    made = hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={"label": "Laptop 7"})
    assert made.status_code == 200, made.text
    code = made.json()["code"]
    assert code.startswith("vigil-enrol:")
    body = decode_code(code)
    admin = decode_code(server.admin_code)
    assert body["kind"] == "device" and body["role"] == "field"
    assert (body["url"], body["pin"]) == (admin["url"], admin["pin"])
    # Version 2: the fingerprints of the HQ keys, never the keys (protocol.md §4).
    assert body["v"] == 2 and "hq_keys" not in body and hq.recipient not in code
    assert body["hq_age"] == [hashlib.sha256(hq.recipient.encode()).hexdigest()]
    assert body["hq_ed25519"] == [hashlib.sha256(hq.identity.verify_key_bytes).hexdigest()]
    assert body["secret"] != admin["secret"]
    device = enrol(server.api(), body["secret"])
    assert device.role == "field"
    me = device.call("GET", "/v1/me").json()
    assert me["id"] == device.id and me["label"] == "Laptop 7" and me["status"] == "active"
    reuse = enrol_request(
        server.api(), body["secret"], Ed25519PrivateKey.generate(), Identity.generate()
    )
    assert (reuse.status_code, reuse.json()["error"]) == (403, "code_used")


def test_unknown_and_expired_codes_are_refused(server: ServerProcess, hq: Device) -> None:
    api = server.api()
    unknown = enrol_request(
        api, b64(secrets.token_bytes(32)).rstrip("=").replace("+", "-").replace("/", "_"),
        Ed25519PrivateKey.generate(), Identity.generate(),
    )  # fmt: skip
    assert (unknown.status_code, unknown.json()["error"]) == (401, "invalid_code")
    secret = decode_code(
        hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={}).json()["code"]
    )["secret"]
    engine = server.engine()
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE enrol_codes SET expires_at = :t WHERE secret_hash = :h"),
            {"t": int(time.time()) - 1, "h": sha256_hex(secret.encode())},
        )
    engine.dispose()
    expired = enrol_request(api, secret, Ed25519PrivateKey.generate(), Identity.generate())
    assert (expired.status_code, expired.json()["error"]) == (403, "code_expired")
    assert "expired" in expired.json()["message"]


def test_a_failed_enrolment_does_not_spend_the_code(
    server: ServerProcess, hq: Device, field: Device
) -> None:
    secret = decode_code(
        hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={}).json()["code"]
    )["secret"]
    reused_key = field.auth_key  # already enrolled: refused, and the code stays good
    refused = enrol_request(server.api(), secret, reused_key, Identity.generate())
    assert (refused.status_code, refused.json()["error"]) == (409, "device_key_in_use")
    assert enrol(server.api(), secret).role == "field"


@pytest.mark.parametrize(
    ("change", "where"),
    [
        ({"device_key": b64(b"\x01" * 31)}, "body.device_key"),
        ({"device_key": "not base64!"}, "body.device_key"),
        ({"age_recipient": "age1" + "q" * 58}, "body.age_recipient"),
        ({"age_recipient": "ssh-ed25519 AAAA"}, "body.age_recipient"),
        ({"secret": "short"}, "body.secret"),
        ({"colour": "blue"}, "body.colour"),
    ],
)
def test_enrolment_input_is_validated(
    server: ServerProcess, change: dict[str, str], where: str
) -> None:
    body = {
        "secret": "A" * 43,
        "device_key": b64(b"\x02" * 32),
        "age_recipient": Identity.generate().recipient_string,
    }
    body.update(change)
    got = server.api().request("POST", "/v1/enrol", json=body)
    assert got.status_code == 422
    reply = got.json()
    assert reply["error"] == "invalid_request"
    assert any(p["where"] == where for p in reply["problems"]), reply
    assert reply["message"]


def test_another_hq_desk_must_hold_the_same_hq_identity(server: ServerProcess, hq: Device) -> None:
    def hq_secret() -> str:
        made = hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={"role": "hq"})
        assert made.status_code == 200, made.text
        return str(decode_code(made.json()["code"])["secret"])

    keyless = server.api().request("POST", "/v1/enrol", json={
        "secret": hq_secret(), "age_recipient": hq.recipient,
        "device_key": b64(Ed25519PrivateKey.generate().public_key().public_bytes_raw()),
    })  # fmt: skip
    assert (keyless.status_code, keyless.json()["error"]) == (422, "signing_key_required")
    stranger = enrol_request(
        server.api(), hq_secret(), Ed25519PrivateKey.generate(), Identity.generate()
    )
    assert (stranger.status_code, stranger.json()["error"]) == (409, "hq_keys_differ")
    second = enrol_hq(server.api(), hq_secret(), hq.identity)
    assert second.call("GET", "/v1/devices", action="admin").status_code == 200
    assert second.id != hq.id


def test_field_devices_cannot_administer(server: ServerProcess, field: Device) -> None:
    refused = field.challenge("admin")
    assert (refused.status_code, refused.json()["error"]) == (403, "hq_only")
    for method, path in (("POST", "/v1/hq/enrol-codes"), ("GET", "/v1/devices"),
                         ("POST", f"/v1/devices/{field.id}/revoke")):  # fmt: skip
        got = field.call(method, path, json={} if method == "POST" else None)
        assert (got.status_code, got.json()["error"]) == (403, "hq_only"), path
