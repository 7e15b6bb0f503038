"""A small, independent client of the protocol in docs/protocol.md, for the tests.

It speaks HTTPS to a real server process, trusting only that server's self-signed
certificate, and signs challenges with a random Ed25519 device key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vigil.crypto.keys import Identity

AUTH_PREFIX = "vigil-auth-v1"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def bare(result: dict[str, Any]) -> dict[str, Any]:
    """A push result without its receipt (whose time may differ between two pushes)."""
    return {k: v for k, v in result.items() if k != "receipt"}


def decode_code(code: str) -> dict[str, Any]:
    prefix, _, rest = code.partition(":")
    assert prefix in ("vigil-admin", "vigil-enrol"), prefix
    body: dict[str, Any] = json.loads(base64.urlsafe_b64decode(rest + "=" * (-len(rest) % 4)))
    return body


def trust(cert: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(cert))
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def seal(plaintext: bytes, *recipients: str) -> bytes:
    """A real age v1 encryption, as Vigil's envelopes are."""
    return pyrage.encrypt(plaintext, [pyrage.x25519.Recipient.from_str(r) for r in recipients])


def source_address(n: int) -> str:
    """The n-th of many loopback source addresses spread over 127.0.0.0/8 (never 127.0.0.1),
    for clients that must not all count against one address (the server caps connections
    and enrol/auth requests per address, as it would for devices out in the field)."""
    return f"127.{1 + n * 37 % 250}.{1 + n * 101 % 250}.{2 + n % 250}"


@dataclass
class Api:
    base_url: str
    context: ssl.SSLContext
    pinned_host: str | None = None  # the host of the URL in the enrolment code, if not base_url's
    local_address: str | None = None  # the source address to connect from
    http: httpx.Client = field(init=False)

    def __post_init__(self) -> None:
        transport = httpx.HTTPTransport(verify=self.context, local_address=self.local_address)
        self.http = httpx.Client(base_url=self.base_url, transport=transport, timeout=60)

    @property
    def host(self) -> str:
        if self.pinned_host:
            return self.pinned_host
        url = httpx.URL(self.base_url)
        return f"{url.host}:{url.port or 443}"

    def request(
        self, method: str, path: str, token: str | None = None, **kw: Any
    ) -> httpx.Response:
        headers = dict(kw.pop("headers", {}) or {})
        if token is not None:
            headers["Authorization"] = f"Bearer {token}"
        return self.http.request(method, path, headers=headers, **kw)

    def close(self) -> None:
        self.http.close()


@dataclass
class Device:
    """An enrolled device: its random auth key, its identity (age + signing) and its id."""

    api: Api
    id: str
    role: str
    auth_key: Ed25519PrivateKey
    identity: Identity
    tokens: dict[str, str] = field(default_factory=dict)

    @property
    def recipient(self) -> str:
        return self.identity.recipient_string

    def sign_challenge(self, host: str, action: str, nonce: str) -> str:
        message = f"{AUTH_PREFIX}\n{host}\n{action}\n{nonce}\n{self.id}\n".encode()
        return b64(self.auth_key.sign(message))

    def challenge(self, action: str = "sync") -> httpx.Response:
        return self.api.request(
            "POST", "/v1/auth/challenge", json={"device_id": self.id, "action": action}
        )

    def login(self, action: str = "sync") -> str:
        got = self.challenge(action)
        assert got.status_code == 200, got.text
        nonce = got.json()["nonce"]
        answer = self.api.request(
            "POST",
            "/v1/auth/token",
            json={
                "device_id": self.id, "action": action, "nonce": nonce,
                "signature": self.sign_challenge(self.api.host, action, nonce),
            },
        )  # fmt: skip
        assert answer.status_code == 200, answer.text
        token: str = answer.json()["token"]
        self.tokens[action] = token
        return token

    def call(self, method: str, path: str, action: str = "sync", **kw: Any) -> httpx.Response:
        token = self.tokens.get(action) or self.login(action)
        return self.api.request(method, path, token=token, **kw)

    def push(self, envelopes: list[bytes], audience: Any = "hq") -> httpx.Response:
        items = [
            {"sha256": sha256_hex(e), "envelope": b64(e), "audience": audience} for e in envelopes
        ]
        return self.call("POST", "/v1/envelopes", json={"envelopes": items})

    def pull_all(self, since: int = 0, limit: int = 100) -> tuple[list[dict[str, Any]], int]:
        """Every item after ``since``, following pages; returns (items, final cursor)."""
        items: list[dict[str, Any]] = []
        while True:
            got = self.call("GET", "/v1/envelopes", params={"since": since, "limit": limit})
            assert got.status_code == 200, got.text
            page = got.json()
            items.extend(page["items"])
            assert page["next"] >= since
            since = page["next"]
            if not page["more"]:
                return items, since


def enrol(
    api: Api, secret: str, role_hint: str = "field", identity: Identity | None = None
) -> Device:
    auth_key = Ed25519PrivateKey.generate()
    identity = identity or Identity.generate()
    response = enrol_request(api, secret, auth_key, identity)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["role"] == role_hint
    return Device(api, body["device_id"], body["role"], auth_key, identity)


def enrol_request(
    api: Api,
    secret: str,
    auth_key: Ed25519PrivateKey,
    identity: Identity,
    hq_proof: dict[str, str] | None = None,
) -> httpx.Response:
    body = {
        "secret": secret, "device_key": b64(raw_public(auth_key)),
        "age_recipient": identity.recipient_string, "signing_key": b64(identity.verify_key_bytes),
    }  # fmt: skip
    return api.request(
        "POST", "/v1/enrol", json=body if hq_proof is None else {**body, "hq_proof": hq_proof}
    )


def raw_public(key: Ed25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


HQ_PROOF_PREFIX = "vigil-hq-proof-v1"


def hq_signature(identity: Identity, host: str, purpose: str, nonce: str, subject: str) -> str:
    """The HQ key's signature over an HQ challenge (docs/protocol.md §4.3)."""
    message = f"{HQ_PROOF_PREFIX}\n{host}\n{purpose}\n{nonce}\n{subject}\n".encode()
    return b64(identity.signing_key.sign(message))


def enrol_hq_request(
    api: Api, secret: str, auth_key: Ed25519PrivateKey, identity: Identity, signer: Identity
) -> httpx.Response:
    """An HQ enrolment with a proof signed by ``signer`` (the real HQ identity, or not)."""
    got = api.request("POST", "/v1/enrol/challenge", json={"secret": secret})
    assert got.status_code == 200, got.text
    nonce = got.json()["nonce"]
    signature = hq_signature(signer, api.host, "enrol", nonce, b64(raw_public(auth_key)))
    return enrol_request(api, secret, auth_key, identity, {"nonce": nonce, "signature": signature})


def enrol_hq(api: Api, secret: str, identity: Identity) -> Device:
    """Another HQ desk, holding (and proving) the HQ identity."""
    auth_key = Ed25519PrivateKey.generate()
    response = enrol_hq_request(api, secret, auth_key, identity, identity)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["role"] == "hq"
    return Device(api, body["device_id"], body["role"], auth_key, identity)
