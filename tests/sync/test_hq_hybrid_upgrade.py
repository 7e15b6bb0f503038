"""Devices enrolled before HQ had a post-quantum key move to it (issue 18, hq-keys.md).

A device enrolled from a version 1 code, or from a code made before the desk registered its
hybrid recipient, pinned HQ's X25519 key only. The desk registers its hybrid key with the
server, signed by the HQ signing key, at its next round; the server keeps the signature; the
device's next round (or ``vigil sync upgrade-hq-key``) checks it against the HQ key it pinned
at enrolment and pins the hybrid key: every envelope after that is hybrid only. On a real
server behind a loopback TLS proxy that holds the server's key, so it can lie as a
compromised server would.
"""

from __future__ import annotations

import base64
import json
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli import _cli_at
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
from vigil.crypto.errors import IntegrityError, VigilError
from vigil.crypto.keys import Identity
from vigil.sync import codes, session
from vigil.sync.client import SyncClient
from vigil.sync.desk_client import DeskClient
from vigil.sync.enrolment import config

HYBRID, X25519 = "mlkem768x25519", "X25519"


@dataclass
class World:
    proxy: KeyProxy
    hq: Device
    root: Path
    early: Device  # enrolled from a version 1 code before the desk registered its hybrid key
    early_item: str  # saved, and pushed, by ``early`` before that
    keys_before: dict[str, Any]  # what GET /v1/hq/keys said before the desk registered


def _version_1(code: str, hq: Device) -> str:
    """The code as Vigil wrote it before fingerprints: HQ's X25519 pair written out."""
    prefix, _, rest = code.partition(":")
    body = json.loads(base64.urlsafe_b64decode(rest + "=" * (-len(rest) % 4)))
    for name in ("hq_age", "hq_ed25519"):
        del body[name]
    own = hq.vault.identity
    pair = {"age": own.recipient_string, "ed25519": base64.b64encode(own.verify_key_bytes).decode()}
    body.update(v=1, hq_keys=[pair])
    old = f"{prefix}:{b64url_json(body)}"
    assert codes.parse(old).version == 1
    return old


def _enrol(root: Path, name: str, code: str) -> Device:
    vault, store = new_vault(root, name), memory_store()
    session.enrol_field(vault, code, store)
    return Device(name, vault, store)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("hq-upgrade")
    with behind_proxy(root / "server", KeyProxy) as (server, proxy):
        hq = make_hq(root, server.admin_code)
        # A code made before the desk registered anything (as a desk of an earlier version
        # did), in the version 1 form.
        with DeskClient.for_device(hq.cred) as client:
            code = _version_1(client.make_enrol_code("field"), hq)
            before = client.call("GET", "/v1/hq/keys")
        early = _enrol(root, "early", code)
        item = early.new_case("Written before HQ had a post-quantum key")
        report = early.sync()[0]
        assert not report.error and report.pushed == 1
        yield World(proxy, hq, root, early, item, before)
        early.close()
        hq.close()


@pytest.fixture
def proxy(world: World) -> Iterator[KeyProxy]:
    yield world.proxy
    world.proxy.hooks.clear()


def _upgrade_now(device: Device) -> str:
    """``vigil sync upgrade-hq-key``'s work, with the device's credential store."""
    from vigil.sync import hq_upgrade

    return hq_upgrade.upgrade_now(device.vault, device.store)


def _stanzas(envelope: bytes) -> list[str]:
    head = envelope[: envelope.index(b"\n---")].decode()
    return [line.split()[1] for line in head.splitlines() if line.startswith("-> ")]


def _newest_envelope(device: Device, title: str) -> bytes:
    (rev,) = device.vault.history(device.new_case(title))
    return rev.envelope


def _old_device(world: World, name: str) -> Device:
    """A device enrolled from a version 1 code: HQ's X25519 key only, and its hybrid key
    registered on the server (the desk's code made sure of that)."""
    code = session.hq_enrol_code(world.hq.vault, world.hq.store)
    device = _enrol(world.root, name, _version_1(code, world.hq))
    cfg = config(device.vault)
    assert cfg is not None and cfg.hq_age == (world.hq.vault.identity.recipient_string,)
    return device


def test_a_device_enrolled_from_a_version_1_code_moves_to_hqs_hybrid_key(
    world: World, proxy: KeyProxy
) -> None:
    hq, early = world.hq, world.early
    own = hq.vault.identity
    hybrid, x25519 = str(own.hybrid_recipient), own.recipient_string
    assert world.keys_before["hybrid"] is None
    (old,) = early.vault.history(world.early_item)
    assert _stanzas(old.envelope) == [X25519, X25519]
    # The desk's next round registers its hybrid key with the HQ key's signature.
    start = len(proxy.requests)
    assert not hq.sync()[0].error
    assert "POST /v1/hq/hybrid-recipient" in proxy.routes()[start:]
    with SyncClient.for_device(early.cred) as client:
        served = client.call("GET", "/v1/hq/keys")["hybrid"]
    assert served["recipient"] == hybrid
    org = (config(early.vault) or pytest.fail("not enrolled")).org
    signature = base64.b64decode(served["signature"])
    assert hq_hybrid.verify(own.verify_key_bytes, org, hybrid, signature)
    # The device's next round takes it: HQ's hybrid key beside its X25519 one, and every
    # envelope from then on goes to hybrid keys only.
    assert not early.sync()[0].error
    cfg = config(early.vault)
    assert cfg is not None and cfg.hq_age == (hybrid, x25519)
    assert json.loads(early.vault.get_meta("recipients") or "[]") == [hybrid, x25519]
    new = _newest_envelope(early, "Written after the move")
    assert _stanzas(new) == [HYBRID, HYBRID]
    with pytest.raises(age.AgeNoMatch):
        age.decrypt(new, [own.age_identity])  # HQ's X25519 key alone opens nothing new
    assert "hq-keys" in early.integrity_kinds()
    # HQ reads what was written before and after; the device reads its own old envelope.
    assert not early.sync()[0].error
    assert not hq.sync()[0].error
    titles = {(hq.vault.get(i) or pytest.fail(i)).payload["title"] for i in early.cases}
    assert titles == {"Written before HQ had a post-quantum key", "Written after the move"}
    assert (early.vault.get(world.early_item) or pytest.fail("lost")).payload["title"]
    # Done once: the next rounds ask nothing more and change nothing.
    start = len(proxy.requests)
    assert not early.sync()[0].error
    assert "GET /v1/hq/keys" not in proxy.routes()[start:]
    assert config(early.vault) == cfg


def test_the_move_costs_one_request_and_none_once_made(world: World, proxy: KeyProxy) -> None:
    device = _old_device(world, "counted")
    rounds = []
    for _ in range(3):  # the second sends the device's key note, queued by the first
        start = len(proxy.requests)
        assert not device.sync()[0].error
        rounds.append(proxy.routes()[start:])
    moving, _announcing, moved = rounds
    assert (config(device.vault) or pytest.fail()).hq_age[0].startswith("age1pq1")
    # One request more than a round of a device that moved, on the same sign-in.
    assert [r for r in moving if r != "GET /v1/hq/keys"] == moved
    assert moving.count("GET /v1/hq/keys") == 1 and moving.count("POST /v1/auth/token") == 1
    device.close()


def _hybrid_lie(change: Callable[[dict[str, Any], World], Any]) -> Callable[[World], Hook]:
    def make(world: World) -> Hook:
        def hook(_request: Request, reply: Reply) -> Reply:
            answer = reply.json()
            answer["hybrid"] = change(answer["hybrid"], world)
            return Reply.of(200, answer)

        return hook

    return make


def _signed(recipient: str, key: Any, org: str) -> dict[str, str]:
    return {
        "recipient": recipient,
        "signature": base64.b64encode(hq_hybrid.sign(key, org, recipient)).decode(),
    }


def _org(world: World) -> str:
    return (config(world.hq.vault) or pytest.fail("not enrolled")).org


def _hq_key(world: World) -> Any:
    return world.hq.vault.identity.signing_key


_THIEF = Identity.generate()
_STOLEN = str(_THIEF.hybrid_recipient)

LIES: dict[str, Callable[[World], Hook]] = {
    "signs with another key": _hybrid_lie(lambda h, w: _signed(_STOLEN, _THIEF.signing_key,
                                                               _org(w))),
    "swaps the recipient under HQ's signature": _hybrid_lie(
        lambda h, w: {**h, "recipient": _STOLEN}),
    "replays HQ's signature for another organisation": _hybrid_lie(
        lambda h, w: _signed(h["recipient"], _hq_key(w), "Another organisation")),
    "replays the statement without the organisation": _hybrid_lie(lambda h, w: {
        **h, "signature": base64.b64encode(_hq_key(w).sign(
            f"vigil-hq-hybrid-recipient/v1\n{h['recipient']}\n".encode())).decode()}),
    "sends an X25519 key signed by HQ": _hybrid_lie(
        lambda h, w: _signed(Identity.generate().recipient_string, _hq_key(w), _org(w))),
    "sends a garbage recipient signed by HQ": _hybrid_lie(
        lambda h, w: _signed("age1pq1" + "q" * 1950, _hq_key(w), _org(w))),
    "cuts the signature short": _hybrid_lie(
        lambda h, w: {**h, "signature": h["signature"][:40]}),
    "sends a signature that is not base64": _hybrid_lie(
        lambda h, w: {**h, "signature": "!" * 88}),
    "sends no signature": _hybrid_lie(lambda h, w: {"recipient": h["recipient"]}),
    "sends a list": _hybrid_lie(lambda h, w: [h["recipient"], h["signature"]]),
}  # fmt: skip


@pytest.mark.parametrize("lie", sorted(LIES))
def test_a_server_that_lies_about_hqs_hybrid_key_changes_nothing(
    world: World, proxy: KeyProxy, lie: str
) -> None:
    device = _old_device(world, "liar-" + str(sorted(LIES).index(lie)))
    before = config(device.vault)
    item = device.new_case("Waiting to be pushed")
    proxy.hooks["GET /v1/hq/keys"] = LIES[lie](world)
    report, _merged = device.sync()
    # Refused and said, as a hostile key set is; the round's other work is done.
    assert report.integrity and "keeps writing to HQ's X25519 key" in report.error
    assert report.pushed == 1
    assert config(device.vault) == before
    assert json.loads(device.vault.get_meta("recipients") or "[]") == [
        world.hq.vault.identity.recipient_string
    ]
    assert "Refused HQ's post-quantum key" in device.integrity()[-1]["detail"]
    assert _stanzas(_newest_envelope(device, "Still X25519")) == [X25519, X25519]
    # The command says the same, with exit 4, and changes nothing either.
    with pytest.raises(IntegrityError, match="keeps writing to HQ's X25519 key") as refused:
        _upgrade_now(device)
    assert refused.value.exit_code == 4
    assert config(device.vault) == before
    # The honest answer, later, is taken.
    proxy.hooks.clear()
    assert "pinned" in _upgrade_now(device)
    assert _stanzas(_newest_envelope(device, "Now hybrid")) == [HYBRID, HYBRID]
    assert (device.vault.get(item) or pytest.fail("lost")).payload["title"]
    device.close()


def test_a_server_that_withholds_hqs_hybrid_key_changes_nothing_and_fails_nothing(
    world: World, proxy: KeyProxy
) -> None:
    device = _old_device(world, "withheld")
    proxy.hooks["GET /v1/hq/keys"] = _hybrid_lie(lambda h, w: None)(world)
    report, _merged = device.sync()
    assert not report.error  # it cannot tell this from a desk that has not registered one
    assert config(device.vault) is not None
    assert _stanzas(_newest_envelope(device, "Still X25519")) == [X25519, X25519]
    with pytest.raises(VigilError, match="no post-quantum key on the server") as refused:
        _upgrade_now(device)
    assert refused.value.exit_code == 1
    device.close()


def test_the_command_on_a_device_that_already_moved_and_on_the_desk(world: World) -> None:
    from vigil.sync import escrow

    device = _old_device(world, "by-command")
    escrow.enable(device.vault, device.store)  # sealed to HQ's X25519 key, the one it has
    done = _upgrade_now(device)
    assert "pinned" in done and "escrow copy is sealed to that key too" in done
    assert _stanzas(_escrow_copy(world, device)) == [HYBRID]
    assert "already" in _upgrade_now(device)
    hq = world.hq
    session.hq_enrol_code(hq.vault, hq.store)  # registered by now, whichever test ran first
    assert "(it was before)" in _upgrade_now(hq)
    device.close()


def test_the_command_as_a_person_runs_it(
    world: World, proxy: KeyProxy, secret_service: Any, tmp_path: Path
) -> None:
    """``vigil sync upgrade-hq-key`` with the credential in the real Secret Service: exit 4
    on a forged key, then the real one pinned, then nothing more to do."""
    field = _cli_at(tmp_path, "cli-field")
    field.init()
    field("sync", "enrol", _version_1(session.hq_enrol_code(world.hq.vault, world.hq.store),
                                      world.hq))  # fmt: skip
    assert "'vigil sync upgrade-hq-key' does it now" in field("keys", "upgrade").stdout
    proxy.hooks["GET /v1/hq/keys"] = LIES["swaps the recipient under HQ's signature"](world)
    refused = field("sync", "upgrade-hq-key", check=False)
    assert refused.returncode == 4, refused
    assert "keeps writing to HQ's X25519 key" in refused.stderr
    proxy.hooks.clear()
    assert "pinned" in field("sync", "upgrade-hq-key").stdout
    assert "already" in field("sync", "upgrade-hq-key").stdout
    assert "upgrade-hq-key" not in field("keys", "upgrade").stdout
    status = field("sync", "status").stdout
    assert "Refused HQ's post-quantum key" in status and "is pinned" in status


def test_a_desk_that_registered_before_signatures_were_kept_sends_it_again_once(
    world: World, proxy: KeyProxy
) -> None:
    hq = world.hq
    session.hq_enrol_code(hq.vault, hq.store)
    assert not hq.sync()[0].error
    hq.vault.delete_meta("hq_hybrid_registered")  # as a desk of before migration 0013 was
    posts = []
    for _ in range(2):
        start = len(proxy.requests)
        assert not hq.sync()[0].error
        posts.append(proxy.routes()[start:].count("POST /v1/hq/hybrid-recipient"))
    assert posts == [1, 0]
    cfg = config(hq.vault)
    assert cfg is not None and cfg.hq_age.count(str(hq.vault.identity.hybrid_recipient)) == 1


def test_under_a_root_only_the_key_set_moves_hqs_keys(world: World, proxy: KeyProxy) -> None:
    """A device that pinned an HQ root takes HQ's keys from the root-signed set alone: the
    registered hybrid key, signed by the desk's key, is not asked for."""
    from vigil.sync import root_pin

    device = _old_device(world, "rooted")
    root_pin.pin(device.vault, "ab" * 32)  # the root whose key set is yet to come
    before = config(device.vault)
    start = len(proxy.requests)
    device.sync()
    assert "GET /v1/hq/keys" not in proxy.routes()[start:]
    assert config(device.vault) == before
    device.close()


def _answer(status: int, body: bytes = b"", pause: float = 0.0) -> Hook:
    def hook(_request: Request, _reply: Reply) -> Reply:
        time.sleep(pause)
        return Reply(status, body)

    return hook


HUGE = 40 * 1024 * 1024


@pytest.mark.parametrize(
    "fault", ["503", "500 with a page", "a stall past the timeout", "a 40 MiB answer"]
)
def test_hq_keys_that_fail_leave_the_rounds_other_work_done(
    world: World, proxy: KeyProxy, fault: str
) -> None:
    """``GET /v1/hq/keys`` fails as a broken or hostile server makes it fail: the round pushes
    and pulls all the same and the move is tried again next round; a huge answer is cut off
    as it arrives (never held in memory whole) and said as a lie."""
    device = _old_device(world, "keys-" + fault.split()[-1])
    item = device.new_case("Pushed whatever HQ's keys do")
    proxy.hooks["GET /v1/hq/keys"] = {
        "503": _answer(503),
        "500 with a page": _answer(500, b"<html>" + b"x" * 5000),
        "a stall past the timeout": _answer(200, b"{}", pause=5.0),
        # made before memory is counted (the proxy runs in this process)
        "a 40 MiB answer": _answer(
            200, b'{"hybrid": {"recipient": "age1pq1' + b"q" * HUGE + b'", "signature": ""}}'
        ),
    }[fault]
    tracemalloc.start()
    try:
        report, _merged = device.sync(timeout=3.0)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < HUGE // 4, f"the round held {peak} bytes"
    assert report.pushed == 1
    if fault == "a 40 MiB answer":  # no honest server sends it: said, as a lie is
        assert report.integrity and "larger than any honest one" in report.error
    else:  # the move is tried again next round
        assert not report.error
    assert (config(device.vault) or pytest.fail()).hq_age == (
        world.hq.vault.identity.recipient_string,
    )
    # the next honest answer is taken
    proxy.hooks.clear()
    assert not device.sync()[0].error
    assert (config(device.vault) or pytest.fail()).hq_age[0].startswith("age1pq1")
    assert (device.vault.get(item) or pytest.fail("lost")).payload["title"]
    device.close()


@pytest.mark.parametrize("where", ["before", "after"])
def test_any_pinned_hq_key_may_sign_in_whatever_order_they_are_pinned(
    world: World, where: str
) -> None:
    """A device that pinned two HQ keys (HQ's and another, first or last, whether by their
    bytes or as written) takes HQ's hybrid key signed by HQ's: every pinned key is tried."""
    import dataclasses

    from vigil.sync.enrolment import store_config
    from vigil.vault.keyring_id import keyring_id

    device = _old_device(world, "two-keys-" + where)
    cfg = config(device.vault) or pytest.fail("not enrolled")
    (hq_key,) = cfg.hq_keys
    while True:  # another key that sorts before (or after) HQ's, by its bytes and as written
        raw = Identity.generate().verify_key_bytes
        if (raw < hq_key) is (where == "before"):
            break
    other = base64.b64encode(raw).decode()
    both = (other, *cfg.hq_ed25519) if where == "before" else (*cfg.hq_ed25519, other)
    store_config(device.vault, dataclasses.replace(cfg, hq_ed25519=both))
    keys = tuple(base64.b64decode(k) for k in both)  # the keyring's copy, as pinned
    vault = device.vault
    cred = device.store.load(keyring_id(vault.path, vault.header.vault_id))
    device.store.save(dataclasses.replace(cred or pytest.fail("no credential"), hq_ed25519=keys))
    assert "pinned" in _upgrade_now(device)
    assert _stanzas(_newest_envelope(device, "Hybrid")) == [HYBRID, HYBRID]
    device.close()


def _escrow_copy(world: World, device: Device) -> bytes:
    """The escrow envelope the server holds for ``device``, as the HQ desk fetches it."""
    with DeskClient.for_device(world.hq.cred) as desk:
        return desk.get_escrow(device.server_id)


def _opens(device: Device, code: str, tmp: Path) -> bool:
    """Whether ``code`` recovers (a copy of) the device's vault, as a person would."""
    import shutil

    from vigil.crypto.errors import RecoveryKeyInvalid
    from vigil.sync import escrow

    copy = tmp / f"copy-{len(list(tmp.iterdir()))}"
    shutil.copytree(device.vault.path, copy)
    try:
        escrow.recover(copy, code, b"a new passphrase for the copy")
    except RecoveryKeyInvalid:
        return False
    return True


def test_the_rounds_move_seals_hqs_escrow_copy_to_the_hybrid_key(
    world: World, proxy: KeyProxy, tmp_path: Path
) -> None:
    from vigil.sync import escrow

    device = _old_device(world, "escrowed")
    escrow.enable(device.vault, device.store)
    assert _stanzas(_escrow_copy(world, device)) == [X25519]
    old_code = escrow.hq_code(world.hq.vault, world.hq.store, device.server_id)
    start = len(proxy.requests)
    assert not device.sync()[0].error
    assert "PUT /v1/escrow" in proxy.routes()[start:]
    assert (config(device.vault) or pytest.fail()).hq_age[0].startswith("age1pq1")
    copy = _escrow_copy(world, device)
    assert _stanzas(copy) == [HYBRID]
    with pytest.raises(age.AgeNoMatch):  # HQ's X25519 key alone no longer opens it
        age.decrypt(copy, [world.hq.vault.identity.age_identity])
    code = escrow.hq_code(world.hq.vault, world.hq.store, device.server_id)
    assert code != old_code
    assert _opens(device, code, tmp_path) and not _opens(device, old_code, tmp_path)
    # Done once: the next round sends no escrow.
    start = len(proxy.requests)
    assert not device.sync()[0].error
    assert "PUT /v1/escrow" not in proxy.routes()[start:]
    device.close()


def test_a_failed_escrow_renewal_keeps_the_old_code_and_is_tried_next_round(
    world: World, proxy: KeyProxy, tmp_path: Path
) -> None:
    from vigil.sync import escrow

    device = _old_device(world, "escrow-fails")
    escrow.enable(device.vault, device.store)
    old_code = escrow.hq_code(world.hq.vault, world.hq.store, device.server_id)
    item = device.new_case("Pushed whatever escrow does")
    proxy.hooks["PUT /v1/escrow"] = _answer(503)
    report = device.sync()[0]
    assert report.pushed == 1 and "escrow" in report.error and report.retry
    assert (config(device.vault) or pytest.fail()).hq_age[0].startswith("age1pq1")
    # The answer was lost after the server stored the new copy: whichever copy HQ holds
    # now, its code opens, and so does the old one (its wrap waits for a confirmed upload).
    held = escrow.hq_code(world.hq.vault, world.hq.store, device.server_id)
    assert _opens(device, old_code, tmp_path) and _opens(device, held, tmp_path)
    proxy.hooks.clear()
    start = len(proxy.requests)
    assert not device.sync()[0].error
    assert "PUT /v1/escrow" in proxy.routes()[start:]
    assert _stanzas(_escrow_copy(world, device)) == [HYBRID]
    code = escrow.hq_code(world.hq.vault, world.hq.store, device.server_id)
    assert _opens(device, code, tmp_path) and not _opens(device, old_code, tmp_path)
    assert (device.vault.get(item) or pytest.fail("lost")).payload["title"]
    device.close()


def test_escrow_turned_off_before_the_renewal_is_not_turned_back_on(
    world: World, proxy: KeyProxy
) -> None:
    from vigil.sync import escrow

    device = _old_device(world, "escrow-off")
    escrow.enable(device.vault, device.store)
    proxy.hooks["PUT /v1/escrow"] = _answer(503)
    assert "escrow" in device.sync()[0].error
    proxy.hooks.clear()
    escrow.disable(device.vault, device.store)
    start = len(proxy.requests)
    assert not device.sync()[0].error
    assert "PUT /v1/escrow" not in proxy.routes()[start:]
    assert not escrow.is_enabled(device.vault.path)
    assert device.vault.get_meta(escrow.RENEWAL_DUE) is None
    device.close()


def test_the_command_says_when_escrow_could_not_be_sealed_and_the_round_does_it(
    world: World, proxy: KeyProxy, tmp_path: Path
) -> None:
    from vigil.sync import escrow

    device = _old_device(world, "escrow-by-command")
    escrow.enable(device.vault, device.store)
    old_code = escrow.hq_code(world.hq.vault, world.hq.store, device.server_id)
    proxy.hooks["PUT /v1/escrow"] = _answer(503)
    done = _upgrade_now(device)
    assert "pinned" in done and "could not be sealed" in done and "next sync" in done
    assert _opens(device, old_code, tmp_path)
    proxy.hooks.clear()
    start = len(proxy.requests)
    assert not device.sync()[0].error
    assert "PUT /v1/escrow" in proxy.routes()[start:]
    assert _stanzas(_escrow_copy(world, device)) == [HYBRID]
    code = escrow.hq_code(world.hq.vault, world.hq.store, device.server_id)
    assert _opens(device, code, tmp_path) and not _opens(device, old_code, tmp_path)
    device.close()
