"""Only HQ becomes HQ: HQ public keys are no secret (every field code carries them), so once an
organisation has HQ keys an HQ enrolment, and the revocation of an HQ desk, must be signed
with the HQ signing key over a single-use server challenge (docs/protocol.md §4.3)."""

from __future__ import annotations

import hashlib
import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.support.api import (
    Device,
    b64,
    decode_code,
    enrol_hq,
    enrol_hq_request,
    enrol_request,
    hq_signature,
)
from tests.support.server import ServerProcess
from vigil.crypto.keys import Identity


class PublicOnly:
    """What an impostor has: the HQ public keys (from any field code or GET /v1/hq/keys)."""

    def __init__(self, real: Identity) -> None:
        self.recipient_string = real.recipient_string
        self.verify_key_bytes = real.verify_key_bytes


def _hq_device_secret(hq: Device) -> str:
    made = hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={"role": "hq"})
    assert made.status_code == 200, made.text
    return str(decode_code(made.json()["code"])["secret"])


def _admin_secret(server: ServerProcess) -> str:
    return str(decode_code(server.cli("admin-code").stdout.strip().splitlines()[-1])["secret"])


def test_an_admin_code_without_the_hq_key_does_not_make_an_hq_desk(
    server: ServerProcess, hq: Device
) -> None:
    for secret in (_admin_secret(server), _hq_device_secret(hq)):
        # The real HQ public keys, a fresh auth key, no proof: refused (this used to enrol).
        impostor = PublicOnly(hq.identity)
        bare = enrol_request(hq.api, secret, Ed25519PrivateKey.generate(), impostor)  # type: ignore[arg-type]
        assert (bare.status_code, bare.json()["error"]) == (401, "hq_proof_required"), bare.text
        # A proof signed by some other key: refused as well.
        forged = enrol_hq_request(
            hq.api, secret, Ed25519PrivateKey.generate(), hq.identity, Identity.generate()
        )
        assert (forged.status_code, forged.json()["error"]) == (401, "bad_hq_proof")
        # The code was not spent by the failures: the real holder of the HQ key enrols.
        desk = enrol_hq(hq.api, secret, hq.identity)
        assert desk.call("GET", "/v1/devices", action="admin").status_code == 200


def test_an_hq_challenge_is_single_use_bound_to_its_code_and_host(
    server: ServerProcess, hq: Device
) -> None:
    api = hq.api
    secret, other_secret = _hq_device_secret(hq), _hq_device_secret(hq)
    nonce = api.request("POST", "/v1/enrol/challenge", json={"secret": secret}).json()["nonce"]
    auth_key = Ed25519PrivateKey.generate()
    raw = b64(auth_key.public_key().public_bytes_raw())

    def attempt(code: str, host: str, device_key: str = raw) -> tuple[int, str]:
        got = api.request("POST", "/v1/enrol", json={
            "secret": code, "device_key": device_key, "age_recipient": hq.recipient,
            "signing_key": b64(hq.identity.verify_key_bytes),
            "hq_proof": {"nonce": nonce,
                         "signature": hq_signature(hq.identity, host, "enrol", nonce, raw)},
        })  # fmt: skip
        return got.status_code, got.json()["error"] if got.status_code != 200 else "ok"

    # Bound to the code it was asked for, so it cannot be moved to another code.
    assert attempt(other_secret, api.host) == (401, "invalid_hq_challenge")
    # A signature over the wrong host or for another auth key does not verify; each try spends.
    assert attempt(secret, "evil.example:443") == (401, "bad_hq_proof")
    assert attempt(secret, api.host) == (401, "challenge_used")
    # A field code needs no HQ challenge; an unknown code gets none.
    field_code = hq.call("POST", "/v1/hq/enrol-codes", action="admin", json={}).json()["code"]
    got = api.request(
        "POST", "/v1/enrol/challenge", json={"secret": decode_code(field_code)["secret"]}
    )
    assert (got.status_code, got.json()["error"]) == (409, "not_hq_code")
    got = api.request("POST", "/v1/enrol/challenge", json={"secret": "A" * 43})
    assert (got.status_code, got.json()["error"]) == (401, "invalid_code")


def test_revoking_an_hq_desk_needs_the_hq_key(server: ServerProcess, hq: Device) -> None:
    stolen = enrol_hq(hq.api, _hq_device_secret(hq), hq.identity)
    victim = enrol_hq(hq.api, _hq_device_secret(hq), hq.identity)
    path = f"/v1/devices/{victim.id}/revoke"
    # A desk's admin token alone (say, a stolen laptop session) cannot lock out another desk.
    plain = stolen.call("POST", path, action="admin", json={})
    assert (plain.status_code, plain.json()["error"]) == (401, "hq_proof_required")

    def proof(signer: Identity, subject: str) -> dict[str, str]:
        got = stolen.call("POST", "/v1/hq/challenge", action="admin")
        assert got.status_code == 200, got.text
        nonce = got.json()["nonce"]
        signature = hq_signature(signer, stolen.api.host, "revoke", nonce, subject)
        return {"nonce": nonce, "signature": signature}

    forged = stolen.call(
        "POST", path, action="admin", json={"hq_proof": proof(Identity.generate(), victim.id)}
    )
    assert (forged.status_code, forged.json()["error"]) == (401, "bad_hq_proof")
    other_target = stolen.call(
        "POST", path, action="admin", json={"hq_proof": proof(hq.identity, hq.id)}
    )
    assert (other_target.status_code, other_target.json()["error"]) == (401, "bad_hq_proof")
    assert victim.call("GET", "/v1/devices", action="admin").status_code == 200
    real = proof(hq.identity, victim.id)
    done = stolen.call("POST", path, action="admin", json={"hq_proof": real})
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "revoked"


def test_codes_can_be_listed_and_revoked(server: ServerProcess, hq: Device) -> None:
    secret = _admin_secret(server)
    code_id = hashlib.sha256(secret.encode()).hexdigest()[:16]
    listed = {c["id"]: c for c in json.loads(server.cli("codes", "list", "--json").stdout)}
    assert listed[code_id]["state"] == "unused" and listed[code_id]["kind"] == "admin"
    first = hashlib.sha256(decode_code(server.admin_code)["secret"].encode()).hexdigest()[:16]
    assert listed[first]["state"] == "used"
    assert "CODE ID" in server.cli("codes", "list").stdout
    # The secret itself is never shown.
    assert secret not in server.cli("codes", "list", "--json").stdout
    done = server.cli("codes", "revoke", code_id)
    assert "revoked" in done.stdout
    asked = hq.api.request("POST", "/v1/enrol/challenge", json={"secret": secret})
    assert (asked.status_code, asked.json()["error"]) == (403, "code_revoked")
    got = enrol_request(hq.api, secret, Ed25519PrivateKey.generate(), Identity.generate())
    assert (got.status_code, got.json()["error"]) == (403, "code_revoked")
    used = server.cli("codes", "revoke", first, check=False)
    assert used.returncode == 1 and "already used" in used.stderr
    unknown = server.cli("codes", "revoke", "0" * 16, check=False)
    assert unknown.returncode == 1 and "No enrolment code" in unknown.stderr
