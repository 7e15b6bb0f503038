"""A lying server: a proxy in front of the real one, holding the server's own TLS key (as a
compromised server would), serves each device a log of its own making. Every lie is either
harmless or detected and recorded; none makes a device accept a forged or forked revision.

The proxy serves ``GET /v1/envelopes`` from a "virtual log": the device's real log (fetched
from the real server with the device's own token) minus the envelopes it hides, plus the
ones it injects, numbered 1, 2, 3... afresh. So it can withhold, replay, release later,
serve forks and forgeries, reorder and rewind, exactly as a server controlling the log could.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import shutil
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.support.api import Api, b64, trust
from tests.support.server import ServerProcess
from tests.support.sync import (
    Device,
    HttpsProxy,
    Reply,
    Request,
    b64url_json,
    behind_proxy,
    make_field,
    make_hq,
    new_vault,
    server_envelopes,
)
from tests.support.vaults import PASSPHRASE
from vigil.crypto import age, envelope
from vigil.crypto.envelope import Revision
from vigil.crypto.errors import IntegrityError
from vigil.crypto.keys import Identity
from vigil.sync import codes, engine, session, unlocked
from vigil.sync import status as sync_status
from vigil.sync.client import SyncClient
from vigil.vault import merge
from vigil.vault.items import now
from vigil.vault.store import Vault

PageHook = Callable[[Request, dict[str, Any]], "Reply | dict[str, Any]"]


@dataclasses.dataclass
class Injected:
    anchor: int  # after which real log entry it appears
    data: bytes
    audience: frozenset[str] | None  # server device ids; None: everyone


class LyingProxy(HttpsProxy):
    def __init__(self, cert: Path, key: Path, port: int | None = None) -> None:
        super().__init__(cert, key, port)
        self.hidden: set[str] = set()
        self.injected: list[Injected] = []
        self.page_hook: PageHook | None = None
        self.reply_hooks: dict[str, Callable[[Request, Reply], Reply]] = {}
        self.pushed: list[bytes] = []
        self.token_bodies: list[dict[str, Any]] = []
        self.real_head = 0
        self._log_lock = threading.Lock()

    # -- the lies ---------------------------------------------------------------------------

    def inject(self, data: bytes, *devices: Device) -> None:
        audience = frozenset(d.server_id for d in devices) if devices else None
        with self._log_lock:
            self.injected.append(Injected(self.real_head, data, audience))

    def hide(self, *envelopes: bytes) -> None:
        self.hidden.update(hashlib.sha256(e).hexdigest() for e in envelopes)

    # -- serving ----------------------------------------------------------------------------

    def handle(self, request: Request, conn: Any) -> None:
        if request.method == "GET" and request.route == "/v1/envelopes":
            conn.write(self._page(request))
            return
        if request.route == "/v1/auth/token":
            self.token_bodies.append(json.loads(request.body))
        reply = self.forward(request)
        if request.method == "POST" and request.route == "/v1/envelopes" and reply.status == 200:
            for item in json.loads(request.body)["envelopes"]:
                self.pushed.append(base64.b64decode(item["envelope"]))
            with self._log_lock:
                seqs = [r["seq"] for r in reply.json()["results"]]
                self.real_head = max([self.real_head, *seqs])
        said = f"{request.method} {request.route}"
        hook = next((h for key, h in self.reply_hooks.items() if said.startswith(key)), None)
        conn.write(hook(request, reply) if hook else reply)

    def _real_log(self, request: Request) -> list[dict[str, Any]] | Reply:
        items: list[dict[str, Any]] = []
        since = 0
        while True:
            got = self.forward(
                dataclasses.replace(request, path=f"/v1/envelopes?since={since}&limit=500")
            )
            if got.status != 200:
                return got
            page = got.json()
            items += page["items"]
            since = page["next"]
            if not page["more"]:
                return items

    def _page(self, request: Request) -> Reply:
        real = self._real_log(request)
        if isinstance(real, Reply):
            return real
        device = self.device_of(request)
        with self._log_lock:
            if real:
                self.real_head = max(self.real_head, real[-1]["seq"])
            keyed: list[tuple[tuple[int, int, int], bytes]] = [
                ((item["seq"], 0, 0), base64.b64decode(item["envelope"]))
                for item in real
                if item["sha256"] not in self.hidden
            ]
            keyed += [
                ((extra.anchor, 1, index), extra.data)
                for index, extra in enumerate(self.injected)
                if extra.audience is None or device in extra.audience
            ]
        view = [data for _, data in sorted(keyed, key=lambda pair: pair[0])]
        since = int(request.query.get("since", 0))
        limit = int(request.query.get("limit", 100))
        if since > len(view):
            return Reply.of(
                409, {"error": "cursor_ahead", "message": "Ahead of the log.", "head": len(view)}
            )
        chunk = view[since : since + limit]
        more = since + len(chunk) < len(view)
        body: dict[str, Any] = {
            "items": [
                {
                    "seq": since + offset + 1,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "size": len(data),
                    "audience": "hq",
                    "received_at": "2025-03-01T09:30:12Z",
                    "envelope": base64.b64encode(data).decode(),
                }
                for offset, data in enumerate(chunk)
            ],
            "next": since + len(chunk) if more else len(view),
            "more": more,
        }
        if self.page_hook is not None:
            tampered = self.page_hook(request, body)
            return tampered if isinstance(tampered, Reply) else Reply.of(200, tampered)
        return Reply.of(200, body)


@dataclasses.dataclass
class World:
    server: ServerProcess
    proxy: LyingProxy
    hq: Device
    root: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("lying")
    with behind_proxy(root / "server", LyingProxy) as (server, proxy):
        hq = make_hq(root, server.admin_code)
        yield World(server, proxy, hq, root)
        hq.close()


@pytest.fixture
def proxy(world: World) -> Iterator[LyingProxy]:
    yield world.proxy
    world.proxy.page_hook = None
    world.proxy.reply_hooks.clear()


@pytest.fixture
def hq(world: World) -> Device:
    world.hq.sync()  # start each test with nothing left to fetch
    return world.hq


def new_entries(device: Device, before: int) -> list[dict[str, str]]:
    return device.integrity()[before:]


def envelope_of(device: Device, rev_id: str) -> bytes:
    row = device.vault.conn.execute("SELECT envelope FROM revisions WHERE id = ?", (rev_id,))
    return bytes(row.fetchone()[0])


def state_cursor(device: Device) -> int:
    return engine.load_state(device.vault.path).cursor


# -- stale, withheld, forked, forged ----------------------------------------------------------


def test_a_replayed_envelope_is_a_harmless_duplicate(
    world: World, proxy: LyingProxy, hq: Device, tmp_path: Path
) -> None:
    field = make_field(tmp_path, hq, "field")
    case = field.new_case("Original title")
    field.sync()
    hq.sync()
    old = envelope_of(field, next(iter(field.own_revisions())))
    field.edit_case(case, "Newer title")
    field.sync()
    hq.sync()
    before = len(hq.integrity())

    proxy.inject(old, hq)  # the server serves the stale revision again, as if new
    report, merged = hq.sync()

    assert report.pulled == 1 and merged.duplicates == 1 and merged.added == 0
    assert merged.refused == [] and merged.waiting == 0
    assert hq.vault.get(case).payload["title"] == "Newer title"  # not rolled back
    assert new_entries(hq, before) == []
    assert hq.verify() == []
    field.close()


def test_a_withheld_revision_holds_the_later_ones_until_it_arrives(
    world: World, proxy: LyingProxy, hq: Device, tmp_path: Path
) -> None:
    field = make_field(tmp_path, hq, "field")
    case = field.new_case("one")
    second = field.edit_case(case, "two")
    third = field.add_note(case, "three")
    fourth = field.edit_case(case, "four")
    proxy.hide(envelope_of(field, second))
    field.sync()
    before = len(hq.integrity())

    report, merged = hq.sync()

    assert report.pulled == 3 and merged.added == 1 and merged.waiting == 2
    assert hq.vault.get(case).payload["title"] == "one"
    assert hq.vault.get(field.vault.revision(third).item) is None
    entries = new_entries(hq, before)
    assert [e["kind"] for e in entries] == ["withheld", "withheld"]
    assert all(field.chain_device[:12] in e["detail"] for e in entries)
    # Asked again, the same gap is not logged again: one alert per withheld revision.
    _, again = hq.sync()
    assert again.waiting == 2 and len(new_entries(hq, before)) == 2
    assert hq.verify() == []

    proxy.inject(envelope_of(field, second), hq)  # the server releases it after all
    report, merged = hq.sync()

    assert report.pulled == 1 and merged.added == 3 and merged.waiting == 0
    assert field.own_revisions() <= hq.revisions()
    assert {second, third, fourth} <= hq.revisions()
    assert hq.vault.get(case).payload["title"] == "four"
    assert hq.vault.conn.execute("SELECT count(*) FROM pending").fetchone()[0] == 0
    assert [e["kind"] for e in new_entries(hq, before)] == ["withheld", "withheld"]
    assert hq.verify() == []
    field.close()


def test_a_late_ancestor_is_history_not_a_conflict(
    world: World, proxy: LyingProxy, hq: Device, tmp_path: Path
) -> None:
    """A vault restored from a backup writes as a new device (same keys, new chain). When
    the server holds back the old chain's last edit and serves the restored device's next
    edit first, HQ rightly shows a conflict for a while; once the held edit arrives, it is
    history (an ancestor of what is shown), not a conflict for a person to resolve."""
    field = make_field(tmp_path, hq, "field")
    case = field.new_case("one")
    field.sync()
    hq.sync()
    held = field.edit_case(case, "two")
    field.vault.start_new_device()  # as a restore does
    after = field.edit_case(case, "three, on the restored laptop")
    proxy.hide(envelope_of(field, held))
    field.sync()
    before = len(hq.integrity())

    _, merged = hq.sync()
    assert merged.added == 1 and merged.conflicts == 1  # its parent is unknown: a conflict

    proxy.inject(envelope_of(field, held), hq)
    _, merged = hq.sync()

    assert merged.added == 1 and {held, after} <= hq.revisions()
    assert hq.vault.get(case).head == after
    assert case not in merge.conflicts(hq.vault), "an ancestor was shown as a conflict"
    assert new_entries(hq, before) == []
    assert hq.verify() == []
    field.close()


def copy_device(device: Device, root: Path, name: str) -> Device:
    """A clone of a device's vault (a copied laptop): same device id, same keys, same chain."""
    device.vault.close()
    shutil.copytree(device.vault.path, root / name)
    clone = Device(name, Vault.open(root / name, PASSPHRASE), device.store)
    device.vault = Vault.open(device.vault.path, PASSPHRASE)
    for vault in (device.vault, clone.vault):
        unlocked.prepare(vault)
    return clone


def test_a_forked_revision_is_refused_and_logged(
    world: World, proxy: LyingProxy, hq: Device, tmp_path: Path
) -> None:
    field = make_field(tmp_path, hq, "field")
    case = field.new_case("Before the fork")
    field.sync()
    hq.sync()
    clone = copy_device(field, tmp_path, "clone")
    mine = field.edit_case(case, "The real edit")
    theirs = clone.edit_case(case, "The forked edit")
    fork = field.vault.revision(mine), clone.vault.revision(theirs)
    assert (fork[0].device, fork[0].seq) == (fork[1].device, fork[1].seq)  # validly signed twin
    field.sync()
    hq.sync()
    before = len(hq.integrity())

    proxy.inject(envelope_of(clone, theirs), hq)
    report, merged = hq.sync()

    assert report.pulled == 1 and merged.refused == [theirs] and merged.added == 0
    assert theirs not in hq.revisions() and mine in hq.revisions()
    assert hq.vault.get(case).payload["title"] == "The real edit"
    entries = new_entries(hq, before)
    assert [e["kind"] for e in entries] == ["forked"]
    assert field.chain_device[:12] in entries[0]["detail"]
    # The device's own next revision still follows its real chain.
    after = field.add_note(case, "after the fork")
    field.sync()
    _, merged = hq.sync()
    assert merged.added == 1 and after in hq.revisions()
    assert hq.verify() == []
    for device in (field, clone):
        device.close()


def test_both_twins_in_one_page_keep_one_and_log_the_other(
    world: World, proxy: LyingProxy, hq: Device, tmp_path: Path
) -> None:
    field = make_field(tmp_path, hq, "field")
    case = field.new_case("Twins")
    field.sync()
    hq.sync()
    clone = copy_device(field, tmp_path, "clone")
    mine = field.edit_case(case, "mine")
    theirs = clone.edit_case(case, "theirs")
    proxy.inject(envelope_of(clone, theirs), hq)  # served before the real one
    field.sync()
    before = len(hq.integrity())

    _, merged = hq.sync()

    held = {mine, theirs} & hq.revisions()
    assert len(held) == 1 and merged.added == 1 and len(merged.refused) == 1
    assert [e["kind"] for e in new_entries(hq, before)] == ["forked"]
    assert hq.verify() == []
    for device in (field, clone):
        device.close()


def attacker_envelope(to: Device, tmp_path: Path) -> bytes:
    """A validly signed revision by a key nobody enrolled, encrypted to ``to``."""
    attacker = new_vault(tmp_path, "attacker")
    attacker.set_meta("recipients", json.dumps([to.vault.identity.recipient_string]))
    data = attacker.save("case", {"title": "Forged case"}).envelope
    attacker.close()
    return data


def test_a_revision_signed_by_an_unknown_key_is_refused(
    world: World, proxy: LyingProxy, hq: Device, tmp_path: Path
) -> None:
    field = make_field(tmp_path, hq, "field")
    forged = attacker_envelope(field, tmp_path)
    proxy.inject(forged, field)

    report, merged = field.sync()

    assert report.pulled == 1 and report.error == ""
    assert merged.refused == [hashlib.sha256(forged).hexdigest()] and merged.added == 0
    assert field.vault.items("case") == []
    entries = field.integrity()
    assert [e["kind"] for e in entries] == ["refused"]
    assert "does not know" in entries[0]["detail"]
    field.close()


def test_a_revision_in_a_known_devices_name_with_another_key_is_refused(
    world: World, proxy: LyingProxy, hq: Device, tmp_path: Path
) -> None:
    field = make_field(tmp_path, hq, "field")
    case = field.new_case("Real")
    field.sync()
    hq.sync()
    seq, last = field.vault.conn.execute(
        "SELECT seq, last_hash FROM devices WHERE device = ?", (field.chain_device,)
    ).fetchone()
    impostor = Identity.generate()
    forged = envelope.seal(
        Revision(
            kind="case", item=case, case=None, parents=(field.vault.get(case).head,),
            device=field.vault.device, author_key=impostor.verify_key_bytes, seq=seq + 1,
            prev=last, time=now(), deleted=False, payload={"title": "Forged edit"},
        ),
        impostor,
        [hq.vault.identity.age_recipient],
    )  # fmt: skip
    proxy.inject(forged.envelope, hq)
    before = len(hq.integrity())

    _, merged = hq.sync()

    assert merged.refused == [forged.id] and merged.added == 0
    assert hq.vault.get(case).payload["title"] == "Real"
    entries = new_entries(hq, before)
    assert [e["kind"] for e in entries] == ["refused"]
    assert "different key" in entries[0]["detail"]
    # The real device's next revision (same sequence number) is still taken.
    real = field.edit_case(case, "Real edit")
    field.sync()
    _, merged = hq.sync()
    assert merged.added == 1 and real in hq.revisions()
    assert hq.vault.get(case).payload["title"] == "Real edit"
    field.close()


# -- pages, cursors -----------------------------------------------------------------------------


def reversed_items(_request: Request, body: dict[str, Any]) -> dict[str, Any]:
    return {**body, "items": list(reversed(body["items"]))}


def shuffled_contents(_request: Request, body: dict[str, Any]) -> dict[str, Any]:
    """Same sequence numbers in order, but the envelopes moved: the device's chain arrives
    newest first."""
    items = body["items"]
    moved = [dict(item) for item in items]
    for target, source in zip(moved, reversed(items), strict=True):
        for key in ("sha256", "size", "envelope"):
            target[key] = source[key]
    return {**body, "items": moved}


def test_a_reordered_page_is_reported_and_then_converges(
    world: World, proxy: LyingProxy, hq: Device, tmp_path: Path
) -> None:
    """Decision: out-of-order sequence numbers are a lie (ServerLied, integrity alert, the
    cursor stays), while the same envelopes in another order under increasing numbers merge
    cleanly, since merging orders each device's chain itself."""
    field = make_field(tmp_path, hq, "field")
    case = field.new_case("order 1")
    for step in range(2, 5):
        field.edit_case(case, f"order {step}")
    field.sync()
    cursor = state_cursor(hq)
    before = len(hq.integrity())

    proxy.page_hook = reversed_items
    report, merged = hq.sync()
    assert report.integrity and "out of order" in report.error
    assert report.pulled == 0 and merged.added == 0 and state_cursor(hq) == cursor
    assert [e["kind"] for e in new_entries(hq, before)] == ["server"]

    proxy.page_hook = shuffled_contents
    report, merged = hq.sync()
    assert report.error == "" and report.pulled == 4
    assert merged.added == 4 and merged.waiting == 0 and merged.refused == []
    assert hq.vault.get(case).payload["title"] == "order 4"
    assert [e["kind"] for e in new_entries(hq, before)] == ["server"]
    assert field.own_revisions() <= hq.revisions()
    assert hq.verify() == []
    field.close()


def test_a_cursor_moved_backwards_is_a_lie(
    world: World, proxy: LyingProxy, hq: Device, tmp_path: Path
) -> None:
    cursor = state_cursor(hq)
    assert cursor > 0
    before = len(hq.integrity())

    proxy.page_hook = lambda request, body: {**body, "items": [], "next": cursor - 1}
    report, _ = hq.sync()

    assert report.integrity and "backwards" in report.error
    assert state_cursor(hq) == cursor
    assert [e["kind"] for e in new_entries(hq, before)] == ["server"]
    proxy.page_hook = None
    report, _ = hq.sync()
    assert report.error == "" and state_cursor(hq) == cursor


@pytest.mark.parametrize(
    "lie",
    [
        {"items": [], "next": "soon", "more": False},
        {"items": {"not": "a list"}, "next": 1, "more": False},
        {"items": [["a list"]], "next": 1, "more": False},
        {"items": [{"seq": 1}], "next": 1, "more": False},
        {"items": [{"seq": 1, "sha256": "00", "envelope": "!!"}], "next": 1, "more": False},
        {"items": [], "next": 0, "more": "yes"},
        [1, 2, 3],
    ],
)
def test_a_malformed_page_is_a_lie_not_a_crash(
    world: World, proxy: LyingProxy, hq: Device, lie: Any
) -> None:
    before = len(hq.integrity())
    cursor = state_cursor(hq)
    proxy.page_hook = lambda request, body: Reply.of(200, lie)

    report, _ = hq.sync()

    assert report.integrity and report.error
    assert state_cursor(hq) == cursor
    assert [e["kind"] for e in new_entries(hq, before)] == ["server"]


def test_more_that_never_comes_is_a_lie_not_a_hang(
    world: World, proxy: LyingProxy, hq: Device
) -> None:
    asked: list[int] = []

    def stuck(request: Request, body: dict[str, Any]) -> dict[str, Any]:
        asked.append(int(request.query["since"]))
        return {"items": [], "next": asked[-1], "more": True}

    proxy.page_hook = stuck
    report, _ = hq.sync()

    assert report.integrity and "more" in report.error
    assert len(asked) == 1


def test_a_server_that_lost_data_raises_an_integrity_alert(
    world: World, proxy: LyingProxy, hq: Device, tmp_path: Path
) -> None:
    field = make_field(tmp_path, hq, "field")
    case = field.new_case("Will be lost by the server")
    field.add_note(case)
    field.sync()
    hq.sync()
    cursor = state_cursor(hq)
    lost = [envelope_of(field, rev) for rev in field.own_revisions()]
    before = len(hq.integrity())

    proxy.hide(*lost)  # the server is restored from a backup without the last two
    try:
        report, _ = hq.sync()
        assert report.integrity and "lost data" in report.error
        assert state_cursor(hq) == cursor  # not reset silently
        entries = new_entries(hq, before)
        assert [e["kind"] for e in entries] == ["server"]
        assert "lost data or is hiding it" in entries[0]["detail"]
        status = sync_status.status(hq.vault.path, hq.vault)
        assert status["last_error"] and status["integrity_alerts"][0]["kind"] == "server"
    finally:
        proxy.hidden.difference_update(hashlib.sha256(e).hexdigest() for e in lost)
    report, _ = hq.sync()
    assert report.error == ""
    field.close()


def test_a_rolled_back_state_file_is_noticed(world: World, hq: Device) -> None:
    """The cursor also lives inside the vault: a state file put back to an older copy (or a
    server that rewound it while the vault was locked) is logged, and the cursor restored."""
    cursor = state_cursor(hq)
    before = len(hq.integrity())
    state = engine.load_state(hq.vault.path)
    state.cursor = 0
    engine.save_state(hq.vault.path, state)

    unlocked.merge_inbox(hq.vault)

    assert state_cursor(hq) == cursor
    assert [e["kind"] for e in new_entries(hq, before)] == ["rollback"]


def test_a_substituted_attachment_is_refused_and_fetched_again_later(
    world: World, proxy: LyingProxy, hq: Device, tmp_path: Path
) -> None:
    field = make_field(tmp_path, hq, "field")
    case = field.new_case("With a photo")
    source = tmp_path / "photo.jpg"
    source.write_bytes(b"\xff\xd8 not really a photo " * 2000)
    item = field.vault.add_attachment(case, source).item
    field.sync()
    before = len(hq.integrity())

    def other_bytes(_request: Request, reply: Reply) -> Reply:
        return dataclasses.replace(reply, body=bytes(len(reply.body)))

    proxy.reply_hooks["GET /v1/blobs/"] = other_bytes
    report, merged = hq.sync()

    assert merged.added == 2  # the revisions are in; the blob is not
    assert report.integrity and "attachment" in report.error
    assert [e["kind"] for e in new_entries(hq, before)] == ["server"]
    assert not any(f.startswith(".download") for f in hq.vault.blob_files())
    assert len(list((hq.vault.path / "attachments").glob(".download-*"))) == 0
    proxy.reply_hooks.clear()
    report, _ = hq.sync()
    assert report.error == "" and report.blobs == 1
    assert hq.vault.get(item) is not None and hq.verify() == []
    field.close()


# -- keys and challenges ----------------------------------------------------------------------


def substituted_code(field: str, value: Any) -> Callable[[Request, Reply], Reply]:
    def hook(_request: Request, reply: Reply) -> Reply:
        answer = reply.json()
        prefix, _, rest = answer["code"].partition(":")
        body = json.loads(base64.urlsafe_b64decode(rest + "=" * (-len(rest) % 4)))
        body[field] = value
        return Reply.of(200, {**answer, "code": f"{prefix}:{b64url_json(body)}"})

    return hook


def evil_fingerprints() -> tuple[list[str], list[str]]:
    evil = Identity.generate()
    return (
        [hashlib.sha256(evil.recipient_string.encode()).hexdigest()],
        [hashlib.sha256(evil.verify_key_bytes).hexdigest()],
    )


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("hq_age", evil_fingerprints()[0]),
        ("hq_ed25519", evil_fingerprints()[1]),
        ("pin", "sha256/" + base64.b64encode(b"\x02" * 32).decode()),
        ("url", "https://127.0.0.1:9"),
    ],
)
def test_the_hq_desk_refuses_a_code_with_substituted_keys(
    world: World, proxy: LyingProxy, hq: Device, field: str, value: Any
) -> None:
    proxy.reply_hooks["POST /v1/hq/enrol-codes"] = substituted_code(field, value)
    with pytest.raises(IntegrityError, match="not this HQ desk's"):
        session.hq_enrol_code(hq.vault, hq.store)
    proxy.reply_hooks.clear()
    assert codes.parse(session.hq_enrol_code(hq.vault, hq.store)).hq_ed25519_fingerprints == (
        hashlib.sha256(hq.vault.identity.verify_key_bytes).hexdigest(),
    )


def age_stanzas(data: bytes) -> int:
    header = data.split(b"\n---", 1)[0]
    return sum(1 for line in header.split(b"\n") if line.startswith(b"-> "))


def test_a_field_device_never_encrypts_to_keys_the_server_hands_out(
    world: World, proxy: LyingProxy, hq: Device, tmp_path: Path
) -> None:
    evil = Identity.generate()
    keys = [{"age": evil.recipient_string, "ed25519": b64(evil.verify_key_bytes)}]
    substitute = {"hq_keys": keys, "age": [evil.recipient_string],
                  "ed25519": [b64(evil.verify_key_bytes)]}  # fmt: skip
    field = make_field(tmp_path, hq, "field")  # the keys it checked at enrolment are pinned
    proxy.reply_hooks["GET /v1/hq/keys"] = lambda request, reply: Reply.of(200, substitute)
    cred = field.cred
    with SyncClient(cred.url, cred.pin, cred.device_id, cred.device_key) as client:
        assert client.call("GET", "/v1/hq/keys") == substitute  # the lie is being told
    case = field.new_case("For HQ's eyes")
    field.add_note(case, "Not for the server's")
    start = len(proxy.pushed)

    report, _ = field.sync()

    pushed = proxy.pushed[start:]
    assert report.error == "" and len(pushed) == 2
    for data in pushed:
        assert age_stanzas(data) == 2  # the author and the pinned HQ key, nothing else
        # Both hybrid: the desk's code named its hybrid key (vigil.crypto.age reads them).
        assert b"-> mlkem768x25519 " in data and b"-> X25519 " not in data
        assert age.decrypt(data, [hq.vault.identity.hybrid_identity])  # type: ignore[list-item]
        assert age.decrypt(data, field.vault.identity.age_identities)
        with pytest.raises(age.AgeNoMatch):
            age.decrypt(data, evil.age_identities)
    on_server = {sha for _, sha in server_envelopes(world.server)}
    assert {hashlib.sha256(d).hexdigest() for d in pushed} <= on_server
    _, merged = hq.sync()
    assert merged.added == 2 and hq.vault.get(case) is not None
    field.close()


def test_a_replayed_challenge_is_refused(world: World, proxy: LyingProxy, tmp_path: Path) -> None:
    field = make_field(tmp_path, world.hq, "field")
    cred = field.cred
    key = Ed25519PrivateKey.from_private_bytes(cred.device_key)
    api = Api(proxy.url, trust(world.server.cert))
    try:
        got = api.request(
            "POST", "/v1/auth/challenge", json={"device_id": cred.device_id, "action": "sync"}
        )
        nonce = got.json()["nonce"]
        host = codes.auth_host(cred.url)
        message = f"vigil-auth-v1\n{host}\nsync\n{nonce}\n{cred.device_id}\n".encode()
        body = {"device_id": cred.device_id, "action": "sync", "nonce": nonce,
                "signature": b64(key.sign(message))}  # fmt: skip
        first = api.request("POST", "/v1/auth/token", json=body)
        assert first.status_code == 200, first.text
        again = api.request("POST", "/v1/auth/token", json=body)
        assert (again.status_code, again.json()["error"]) == (401, "challenge_used")

        # What the device itself sent during a sync, captured on the wire and replayed.
        start = len(proxy.token_bodies)
        field.sync()
        captured = proxy.token_bodies[start]
        replayed = api.request("POST", "/v1/auth/token", json=captured)
        assert (replayed.status_code, replayed.json()["error"]) == (401, "challenge_used")
        # The signature is bound to the action: relabelled, it gets no admin token either.
        relabelled = api.request("POST", "/v1/auth/token", json={**captured, "action": "admin"})
        assert relabelled.status_code in (401, 403) and "token" not in relabelled.json()
    finally:
        api.close()
        field.close()


def test_the_device_signs_its_own_host_not_the_servers(
    world: World, proxy: LyingProxy, tmp_path: Path
) -> None:
    def relay(_request: Request, reply: Reply) -> Reply:
        return Reply.of(reply.status, {**reply.json(), "host": "evil.example:443"})

    field = make_field(tmp_path, world.hq, "field")
    proxy.reply_hooks["POST /v1/auth/challenge"] = relay
    start = len(proxy.token_bodies)
    field.new_case()

    report, _ = field.sync()

    assert report.error == "" and report.pushed == 1  # the real server accepted it
    sent = proxy.token_bodies[start]
    public = Ed25519PrivateKey.from_private_bytes(field.cred.device_key).public_key()
    own = codes.auth_host(field.cred.url)
    public.verify(
        base64.b64decode(sent["signature"]),
        f"vigil-auth-v1\n{own}\nsync\n{sent['nonce']}\n{field.cred.device_id}\n".encode(),
    )
    field.close()


def test_a_wipe_ordered_by_the_server_alone_is_not_obeyed(
    world: World, proxy: LyingProxy, tmp_path: Path
) -> None:
    field = make_field(tmp_path, world.hq, "field")
    field.new_case("Unsynced evidence")

    def revoked(_request: Request, _reply: Reply) -> Reply:
        return Reply.of(403, {"error": "device_revoked", "message": "Revoked.", "wipe": True})

    proxy.reply_hooks["POST /v1/auth/challenge"] = revoked
    report, _ = field.sync()
    field.close()

    assert report.error  # refusing to sync with such a server is fine...
    assert not report.wipe  # ...destroying the vault on its word alone is not
