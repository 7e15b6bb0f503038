"""One way to validate: every route's bodies are models of ``vigil_server.schemas``, and a
base64 payload (an envelope, a note, an escrow envelope) that is malformed, too large, not an
age file or not the bytes its hash names is refused with the same error shape on every route:
``{"error": code, "message": "<where>: ...", "where": "<where>"}`` (docs/protocol.md §9)."""

from __future__ import annotations

import inspect
import os
from typing import Any

import pytest
from pydantic import BaseModel

from tests.support.api import Device, b64, seal, sha256_hex
from vigil_server.routes import auth, blobs, envelopes, escrow, health, hq, notes

AGE = b"age-encryption.org/v1\n"


def _models(annotation: Any) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    if inspect.isclass(annotation) and issubclass(annotation, BaseModel):
        found.append(annotation)
    for arg in getattr(annotation, "__args__", ()):
        found += _models(arg)
    return found


def test_every_request_and_response_model_is_declared_in_schemas() -> None:
    outside: list[str] = []
    for module in (auth, blobs, envelopes, escrow, health, hq, notes):
        for route in module.router.routes:
            endpoint = getattr(route, "endpoint", None)
            if endpoint is None:
                continue
            hints = inspect.get_annotations(endpoint, eval_str=True)
            models = _models(getattr(route, "response_model", None))
            for name, hint in hints.items():
                models += _models(hint if name != "return" else None)
            outside += [
                f"{module.__name__}.{endpoint.__name__}: {m.__module__}.{m.__name__}"
                for m in models
                if m.__module__ != "vigil_server.schemas"
            ]
    assert outside == []


def _refusal(got: Any, status: int, code: str, where: str) -> None:
    assert got.status_code == status, got.text
    body = got.json()
    assert body["error"] == code, body
    assert body["where"] == where, body
    assert body["message"].startswith(f"{where}: "), body


def _note(device: Device, raw: bytes, sha: str | None = None, text: str | None = None) -> Any:
    return device.call("POST", "/v1/notes", json={
        "note": b64(raw) if text is None else text, "sha256": sha or sha256_hex(raw),
        "audience": "hq"})  # fmt: skip


def _escrow(device: Device, text: str) -> Any:
    return device.call("PUT", "/v1/escrow", json={"envelope": text})


@pytest.mark.parametrize("bad", ["YWJjZA", "YWJjZA=", "Y"])
def test_malformed_base64_gets_the_same_shape_on_every_route(field: Device, bad: str) -> None:
    pushed = field.call("POST", "/v1/envelopes", json={
        "envelopes": [{"sha256": "0" * 64, "envelope": bad, "audience": "hq"}]})  # fmt: skip
    _refusal(pushed, 422, "invalid_envelope", "envelopes[0]")
    assert pushed.json()["index"] == 0
    _refusal(_note(field, b"", "0" * 64, bad), 422, "invalid_note", "note")
    _refusal(_escrow(field, bad), 422, "invalid_envelope", "envelope")


def test_an_escrow_envelope_over_16_kib_is_too_large_not_unreadable(field: Device) -> None:
    big = AGE + os.urandom(16 * 1024 + 1 - len(AGE))
    _refusal(_escrow(field, b64(big)), 413, "envelope_too_large", "envelope")
    fits = AGE + os.urandom(16 * 1024 - len(AGE))
    assert _escrow(field, b64(fits)).status_code == 200


def test_content_that_is_not_what_the_route_keeps_is_refused_alike(
    hq: Device, field: Device
) -> None:
    plain = b"Case 17: the witness said..."
    _refusal(field.push([plain]), 422, "not_age_envelope", "envelopes[0]")
    _refusal(_escrow(field, b64(plain)), 422, "not_age_envelope", "envelope")
    _refusal(_note(field, plain), 422, "invalid_note", "note")
    sealed = seal(b"a note for HQ", hq.recipient)
    _refusal(_note(field, sealed, sha256_hex(b"other")), 422, "hash_mismatch", "note")
