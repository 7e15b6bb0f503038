"""schemathesis against the published OpenAPI schema, in process through the ASGI app, with
valid device tokens: no generated request may produce a server error, and every response must
match what the schema documents (status codes, content types, bodies)."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from starlette.testclient import TestClient

from tests.support.api import b64
from tests.support.examples import examples
from vigil.crypto.keys import Identity
from vigil_server import tls
from vigil_server.app import create_app
from vigil_server.config import Limits, ServerConfig
from vigil_server.context import Context
from vigil_server.storage import orgs
from vigil_server.storage.database import Database
from vigil_server.wire import auth_message, now

ADMIN_ROUTES = ("/v1/devices", "/v1/hq/enrol-codes")
MAX_EXAMPLES = examples(60)  # per operation; 15 in make test-fast
OPEN = Limits(device_rate=1e9, device_burst=10**9, ip_rate=1e9, ip_burst=10**9)


class Harness:
    def __init__(self, data: Path) -> None:
        cert, key = data / "cert.pem", data / "key.pem"
        tls.generate(cert, key, ["127.0.0.1"])
        self.db = Database(f"sqlite:///{data / 'fuzz.db'}")
        self.db.migrate()
        with self.db.write() as conn:
            org_id = orgs.create_org(conn, "Fuzz", now())
            secret = orgs.issue_code(conn, org_id, "admin", "hq", None, now() + 3600, now())
        config = ServerConfig(
            data=data, org_id=org_id, url="https://127.0.0.1:8443", cert=cert, key=key
        )
        self.app = create_app(
            Context(config=config, db=self.db, pin=tls.spki_pin(cert), limits=OPEN)
        )
        self.client = TestClient(self.app, base_url="https://127.0.0.1:8443")
        self.key = Ed25519PrivateKey.generate()
        identity = Identity.generate()
        body = {
            "secret": secret,
            "device_key": b64(self.key.public_key().public_bytes_raw()),
            "age_recipient": identity.recipient_string,
            "signing_key": b64(identity.verify_key_bytes),
        }
        enrolled = self.client.post("/v1/enrol", json=body)
        assert enrolled.status_code == 200, enrolled.text
        self.device_id = enrolled.json()["device_id"]
        self.tokens = {action: self.login(action) for action in ("sync", "admin")}

    def login(self, action: str) -> str:
        nonce = self.client.post(
            "/v1/auth/challenge", json={"device_id": self.device_id, "action": action}
        ).json()["nonce"]
        signature = self.key.sign(auth_message("127.0.0.1:8443", action, nonce, self.device_id))
        got = self.client.post("/v1/auth/token", json={
            "device_id": self.device_id, "action": action, "nonce": nonce,
            "signature": base64.b64encode(signature).decode(),
        })  # fmt: skip
        assert got.status_code == 200, got.text
        return str(got.json()["token"])


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    made = Harness(tmp_path_factory.mktemp("fuzz"))
    try:
        yield made
    finally:
        made.client.close()
        made.db.dispose()


def operation_labels() -> list[str]:
    """Every operation of the published schema, read without touching any storage."""
    config = ServerConfig(data=Path("/nonexistent"), org_id="0" * 32, url="https://127.0.0.1:8443",
                          cert=Path("/nonexistent"), key=Path("/nonexistent"))  # fmt: skip
    app = create_app(Context(config=config, db=Database("sqlite://"), pin="sha256/"))
    spec = app.openapi()
    return sorted(f"{m.upper()} {p}" for p, ops in spec["paths"].items() for m in ops)


@pytest.fixture(scope="module")
def api_schema(harness: Harness) -> Any:
    return schemathesis.openapi.from_asgi("/openapi.json", harness.app)


@pytest.mark.parametrize("label", operation_labels())
def test_no_server_error_and_responses_match_the_schema(
    label: str, api_schema: Any, harness: Harness
) -> None:
    operation = api_schema.find_operation_by_label(label)
    assert operation is not None, label
    action = "admin" if operation.path.startswith(ADMIN_ROUTES) else "sync"
    headers = {"Authorization": f"Bearer {harness.tokens[action]}"}

    @given(case=operation.as_strategy())
    @settings(max_examples=MAX_EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    def check(case: Any) -> None:
        response = case.call(headers=headers)
        case.validate_response(
            response,
            checks=[not_a_server_error, status_code_conformance, content_type_conformance,
                    response_schema_conformance],
        )  # fmt: skip

    check()


def test_the_schema_declares_bearer_auth_and_every_route(harness: Harness) -> None:
    spec = harness.client.get("/openapi.json").json()
    assert spec["components"]["securitySchemes"]["deviceToken"]["scheme"] == "bearer"
    secured = {p for p, ops in spec["paths"].items() for op in ops.values() if op.get("security")}
    assert "/v1/envelopes" in secured and "/v1/enrol" not in secured
