"""Enrolment codes carry fingerprints of the HQ keys, not the keys (issue 18, protocol.md §4).

A hybrid recipient is about 2,000 characters: a version 2 code names each HQ key by its
SHA-256, and the device fetches the keys over the pinned connection and checks every one
before it stores anything. On a real server behind a loopback TLS proxy that holds the
server's own key, so it can lie as a compromised server would. Old version 1 codes (with the
keys in them) still enrol.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.support.sync import (
    Device,
    Hook,
    KeyProxy,
    Reply,
    Request,
    b64url_json,
    behind_proxy,
    make_hq,
    memory_store,
    new_vault,
)
from vigil.crypto import age, hq_hybrid
from vigil.crypto.errors import IntegrityError
from vigil.crypto.keys import Identity
from vigil.sync import codes, session
from vigil.sync.client import SyncError
from vigil.sync.code_keys import CodeKeysRefused, check
from vigil.sync.desk_client import DeskClient
from vigil.sync.enrolment import config
from vigil.vault.keyring_id import keyring_id
from vigil_server import codes as server_codes


@dataclass
class World:
    proxy: KeyProxy
    hq: Device
    root: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("codes")
    with behind_proxy(root / "server", KeyProxy) as (_server, proxy):
        hq = make_hq(root, _server.admin_code)
        yield World(proxy, hq, root)
        hq.close()


@pytest.fixture
def proxy(world: World) -> Iterator[KeyProxy]:
    yield world.proxy
    world.proxy.hooks.clear()


def _body(code: str) -> tuple[str, dict[str, Any]]:
    prefix, _, rest = code.partition(":")
    return prefix, json.loads(base64.urlsafe_b64decode(rest + "=" * (-len(rest) % 4)))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hybrid() -> str:
    return str(age.HybridIdentity.generate().recipient)


def test_a_code_naming_two_hybrid_hq_recipients_stays_short() -> None:
    hybrids = [_hybrid(), _hybrid()]
    ed = Identity.generate().verify_key_bytes
    args = ("https://hq.example.org", "sha256/" + "A" * 43 + "=", "Headquarters")
    secret, expires = server_codes.new_secret(), "2099-01-01T00:00:00Z"
    code = server_codes.make(*args, (hybrids, [ed]), secret, "device", "field", expires,
                             "ab" * 32, "cd" * 32)  # fmt: skip
    # What a version 1 code would have been: the same fields with the keys written out.
    _, body = _body(code)
    old = {k: v for k, v in body.items() if k not in ("hq_age", "hq_ed25519")}
    old["v"] = 1
    old["hq_keys"] = [{"age": h, "ed25519": base64.b64encode(ed).decode()} for h in hybrids]
    before = len("vigil-enrol:" + b64url_json(old))
    assert len(hybrids[0]) > 1900 and before > 5000
    assert len(code) < 1000, len(code)  # about a seventh: a code stays something one can copy
    assert not any(h in code for h in hybrids)
    parsed = codes.parse(code)
    assert parsed.version == 2 and parsed.hq_keys == ()
    assert parsed.hq_age_fingerprints == tuple(_sha(h.encode()) for h in hybrids)
    assert parsed.hq_ed25519_fingerprints == (_sha(ed),)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("hq_age", []),
        ("hq_age", ["AB" * 32]),  # one spelling: lower-case hex
        ("hq_age", ["ab" * 32, "ab" * 32]),
        ("hq_age", "ab" * 32),
        ("hq_ed25519", []),
        ("hq_ed25519", ["ab" * 31]),
        ("v", 3),
        ("v", True),
    ],
)
def test_a_damaged_version_2_code_is_refused_before_anything_is_sent(
    name: str, value: Any
) -> None:
    code = server_codes.make(
        "https://hq.example.org", "sha256/" + "A" * 43 + "=", "HQ",
        ([_hybrid()], [b"\x01" * 32]), server_codes.new_secret(), "device", "field",
        "2099-01-01T00:00:00Z",
    )  # fmt: skip
    prefix, body = _body(code)
    body[name] = value
    with pytest.raises(codes.CodeInvalid) as refused:
        codes.parse(f"{prefix}:{b64url_json(body)}")
    assert refused.value.exit_code == 2


def _stanzas(envelope: bytes) -> list[str]:
    head = envelope[: envelope.index(b"\n---")].decode()
    return [line.split()[1] for line in head.splitlines() if line.startswith("-> ")]


def test_a_field_device_enrols_from_fingerprints_and_writes_to_hqs_hybrid_key(
    world: World, proxy: KeyProxy
) -> None:
    hq = world.hq
    own = hq.vault.identity
    hybrid = str(own.hybrid_recipient)
    code = session.hq_enrol_code(hq.vault, hq.store)
    # The desk registered its hybrid key (signed by the HQ key) before its first such code.
    parsed = codes.parse(code)
    assert parsed.version == 2 and own.recipient_string not in code and hybrid not in code
    named = (_sha(hybrid.encode()), _sha(own.recipient_string.encode()))
    assert parsed.hq_age_fingerprints == named
    vault, store = new_vault(world.root, "fp-field"), memory_store()
    start = len(proxy.requests)
    session.enrol_field(vault, code, store)
    routes = [f"{r.method} {r.route}" for r in proxy.requests[start:]]
    assert "GET /v1/hq/keys" in routes
    assert routes.index("GET /v1/hq/keys") > routes.index("POST /v1/enrol")
    cfg = config(vault)
    assert cfg is not None and cfg.hq_age == (hybrid, own.recipient_string)
    assert cfg.hq_keys == {own.verify_key_bytes}
    assert json.loads(vault.get_meta("recipients") or "[]") == [hybrid, own.recipient_string]
    cred = store.load(keyring_id(vault.path, vault.header.vault_id))
    assert cred is not None and cred.hq_ed25519 == (own.verify_key_bytes,)
    # Its first envelope goes to its own and HQ's hybrid keys only, and HQ reads it.
    item = vault.save("case", {"title": "Written from the first day"}).item
    (rev,) = vault.history(item)
    assert _stanzas(rev.envelope) == ["mlkem768x25519", "mlkem768x25519"]
    with pytest.raises(age.AgeNoMatch):
        age.decrypt(rev.envelope, [own.age_identity])  # HQ's X25519 key alone cannot
    device = Device("fp-field", vault, store)
    assert not device.sync()[0].error
    assert not hq.sync()[0].error
    got = hq.vault.get(item)
    assert got is not None and got.payload["title"] == "Written from the first day"
    vault.close()


def test_a_hybrid_key_served_where_the_code_names_an_x25519_one_is_refused() -> None:
    desk = Identity.generate()
    code = codes.parse(server_codes.make(
        "https://hq.example.org", "sha256/" + "A" * 43 + "=", "HQ",
        ([desk.recipient_string], [desk.verify_key_bytes]), server_codes.new_secret(),
        "device", "field", "2099-01-01T00:00:00Z",
    ))  # fmt: skip
    assert check(code, [desk.recipient_string], [desk.verify_key_bytes]).age == (
        desk.recipient_string,
    )
    with pytest.raises(CodeKeysRefused, match="does not name"):
        check(code, [str(desk.hybrid_recipient)], [desk.verify_key_bytes])


def test_the_server_takes_hqs_hybrid_key_only_signed_by_the_hq_key(
    world: World, proxy: KeyProxy
) -> None:
    hq = world.hq
    session.hq_enrol_code(hq.vault, hq.store)  # registered, if no test did before
    thief = Identity.generate()
    org = (config(hq.vault) or pytest.fail("not enrolled")).org
    hq_key, own = hq.vault.identity.signing_key, str(hq.vault.identity.hybrid_recipient)

    def posted(recipient: str, signature: bytes) -> dict[str, str]:
        return {"recipient": recipient, "signature": base64.b64encode(signature).decode()}

    with DeskClient.for_device(hq.cred) as client:
        before = client.call("GET", "/v1/hq/keys")
        assert before["hybrid"]["recipient"] == own
        stolen = str(thief.hybrid_recipient)
        for body in (
            posted(stolen, hq_hybrid.sign(thief.signing_key, org, stolen)),
            # The HQ key's signature, but for another organisation, or without one (the
            # statement of before: devices bind the signature to their organisation).
            posted(own, hq_hybrid.sign(hq_key, org + " (other)", own)),
            posted(own, hq_key.sign(f"vigil-hq-hybrid-recipient/v1\n{own}\n".encode())),
        ):
            with pytest.raises(SyncError) as refused:
                client.call("POST", "/v1/hq/hybrid-recipient", action="admin", json=body)
            assert refused.value.code == "bad_hq_proof"
        # An X25519 key is no hybrid one, even signed by the HQ key.
        x25519 = thief.recipient_string
        signed = posted(x25519, hq_hybrid.sign(hq_key, org, x25519))
        with pytest.raises(SyncError) as refused:
            client.call("POST", "/v1/hq/hybrid-recipient", action="admin", json=signed)
        assert refused.value.code == "invalid_request"
        assert client.call("GET", "/v1/hq/keys") == before
    assert str(thief.hybrid_recipient) not in json.dumps(before)


def _keys_lie(change: Callable[[dict[str, Any], Identity], None]) -> Hook:
    def hook(_request: Request, reply: Reply) -> Reply:
        answer = reply.json()
        change(answer, Identity.generate())
        return Reply.of(200, answer)

    return hook


def _desk_hybrid(world: World) -> str:
    return str(world.hq.vault.identity.hybrid_recipient)


LIES: dict[str, Callable[[World], Hook]] = {
    "swaps the age key": lambda w: _keys_lie(
        lambda a, evil: a.update(age=[evil.recipient_string])),
    "adds an age key": lambda w: _keys_lie(
        lambda a, evil: a["age"].append(evil.recipient_string)),
    "drops the age key": lambda w: _keys_lie(lambda a, evil: a.update(age=[])),
    "drops the hybrid key (a downgrade to X25519)": lambda w: _keys_lie(
        lambda a, evil: a.update(age=[k for k in a["age"] if k != _desk_hybrid(w)])),
    "swaps the hybrid key": lambda w: _keys_lie(
        lambda a, evil: a.update(age=[str(evil.hybrid_recipient), *a["age"][1:]])),
    "swaps the signing key": lambda w: _keys_lie(
        lambda a, evil: a.update(ed25519=[base64.b64encode(evil.verify_key_bytes).decode()])),
    "adds a signing key": lambda w: _keys_lie(
        lambda a, evil: a["ed25519"].append(base64.b64encode(evil.verify_key_bytes).decode())),
    "drops the signing key": lambda w: _keys_lie(lambda a, evil: a.update(ed25519=[])),
    "sends the age key twice": lambda w: _keys_lie(lambda a, evil: a.update(age=a["age"] * 2)),
    "sends a malformed age key": lambda w: _keys_lie(lambda a, evil: a.update(age=["age1xyz"])),
    "sends a short signing key": lambda w: _keys_lie(
        lambda a, evil: a.update(ed25519=[base64.b64encode(b"\x01" * 31).decode()])),
    "answers in the old shape only": lambda w: _keys_lie(
        lambda a, evil: [a.pop("age"), a.pop("ed25519")]),
    "answers with a number": lambda w: lambda _r, _reply: Reply.of(200, 7),
}  # fmt: skip


@pytest.mark.parametrize("lie", sorted(LIES))
def test_a_server_that_lies_about_the_keys_is_refused_and_nothing_is_kept(
    world: World, proxy: KeyProxy, lie: str
) -> None:
    code = session.hq_enrol_code(world.hq.vault, world.hq.store)
    proxy.hooks["GET /v1/hq/keys"] = LIES[lie](world)
    name = "liar-" + hashlib.sha256(lie.encode()).hexdigest()[:8]
    vault, store = new_vault(world.root, name), memory_store()
    with pytest.raises(IntegrityError) as refused:
        session.enrol_field(vault, code, store)
    assert refused.value.exit_code == 4
    if lie != "answers with a number":  # the client's answer check speaks first there
        assert isinstance(refused.value, CodeKeysRefused)
        assert "Nothing was stored" in str(refused.value)
    assert config(vault) is None
    assert vault.get_meta("recipients") is None
    assert store.load(keyring_id(vault.path, vault.header.vault_id)) is None
    assert not list(vault.path.glob("outbox/*"))
    vault.close()


def test_an_old_version_1_code_still_enrols(world: World, proxy: KeyProxy) -> None:
    hq = world.hq
    own = hq.vault.identity
    prefix, body = _body(session.hq_enrol_code(hq.vault, hq.store))
    for name in ("hq_age", "hq_ed25519"):
        del body[name]
    pair = {"age": own.recipient_string, "ed25519": base64.b64encode(own.verify_key_bytes).decode()}
    body.update(v=1, hq_keys=[pair])
    old = f"{prefix}:{b64url_json(body)}"
    assert codes.parse(old).version == 1
    # The keys are in the code: a server lying about them now changes nothing.
    proxy.hooks["GET /v1/hq/keys"] = _keys_lie(
        lambda a, evil: a.update(age=[evil.recipient_string])
    )
    vault, store = new_vault(world.root, "old-code"), memory_store()
    start = len(proxy.requests)
    session.enrol_field(vault, old, store)
    cfg = config(vault)
    assert cfg is not None and cfg.hq_age == (own.recipient_string,)
    assert cfg.hq_keys == {own.verify_key_bytes}
    assert "GET /v1/hq/keys" not in [f"{r.method} {r.route}" for r in proxy.requests[start:]]
    vault.close()


def test_the_desk_refuses_a_code_whose_fingerprints_are_not_its_keys(
    world: World, proxy: KeyProxy
) -> None:
    evil = Identity.generate()

    def swap(_request: Request, reply: Reply) -> Reply:
        answer = reply.json()
        prefix, body = _body(answer["code"])
        body["hq_age"] = [_sha(evil.recipient_string.encode())]
        return Reply.of(200, {**answer, "code": f"{prefix}:{b64url_json(body)}"})

    proxy.hooks["POST /v1/hq/enrol-codes"] = swap
    with pytest.raises(IntegrityError, match="not this HQ desk's"):
        session.hq_enrol_code(world.hq.vault, world.hq.store)
