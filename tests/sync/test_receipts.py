"""Server-signed receipts (docs/evidence.md) against a real server process on loopback TLS:
a push returns one receipt per envelope, signed by the receipt key the enrolment code pinned;
the device keeps it with the revision; a rotated key is followed through its endorsement; a
receipt that was changed, or signed by a key nobody pinned, is refused and logged."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.support.server import ServerProcess
from tests.support.sync import Device, make_field, make_hq
from vigil.crypto.keys import sha256
from vigil.evidence import receipts, verifier
from vigil.sync import codes, engine, outbox, session
from vigil.sync.enrolment import config


@pytest.fixture(scope="module")
def org(server: ServerProcess, tmp_path_factory: pytest.TempPathFactory) -> Iterator[
    tuple[ServerProcess, Device]
]:  # fmt: skip
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
        hq = make_hq(tmp_path_factory.mktemp("receipts"), server.admin_code)
        try:
            yield server, hq
        finally:
            hq.close()


@pytest.fixture
def field(org: tuple[ServerProcess, Device], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> (
    Iterator[Device]
):  # fmt: skip
    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    device = make_field(tmp_path, org[1], "field")
    try:
        yield device
    finally:
        device.close()


def test_the_code_carries_the_receipt_key_and_the_device_pins_it(
    org: tuple[ServerProcess, Device], field: Device
) -> None:
    code = codes.parse(session.hq_enrol_code(org[1].vault, org[1].store))
    assert len(code.receipt_key) == 64
    cfg = config(field.vault)
    assert cfg is not None and code.receipt_key in cfg.receipt_keys


def test_every_pushed_revision_gets_a_receipt_signed_by_the_pinned_key(field: Device) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    case_id = field.new_case("Receipt case")
    report, _ = field.sync()
    assert not report.error, report.error
    cfg = config(field.vault)
    assert cfg is not None
    mine = field.vault.query(
        "SELECT id, envelope FROM revisions WHERE device = ? AND item_id = ?",
        (field.chain_device, case_id),
    )
    assert mine
    for rev_id, envelope in mine:
        kept = receipts.of_revision(field.vault, rev_id)
        assert len(kept) == 1, rev_id
        checked = verifier.receipt(kept[0], set(cfg.receipt_keys))
        assert checked.sha256 == sha256(bytes(envelope)).hex()
        when = datetime.strptime(checked.time, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        assert before <= when <= datetime.now(UTC)
    # Nothing of it is left beside the vault once kept.
    assert not list((outbox.outbox_dir(field.vault.path) / outbox.SENT).glob("*.receipt"))


def _push_one(field: Device, title: str) -> tuple[str, bytes]:
    """Push one new revision while the vault's round is not yet reconciled: returns the
    revision id and its receipt file's bytes, as the engine left them."""
    rev = field.vault.save("case", {"title": title})
    outbox.reconcile(field.vault)
    report = engine.sync_once(field.vault.path, field.cred)
    assert not report.error, report.error
    sent = outbox.outbox_dir(field.vault.path) / outbox.SENT
    (receipt,) = [p for p in sent.glob("*.receipt") if rev.id in p.name]
    return rev.id, receipt.read_bytes()


def _rewrite(field: Device, rev_id: str, body: dict[str, object]) -> None:
    sent = outbox.outbox_dir(field.vault.path) / outbox.SENT
    (receipt,) = [p for p in sent.glob("*.receipt") if rev_id in p.name]
    receipt.write_text(json.dumps(body))


def test_a_changed_receipt_is_refused_and_logged(field: Device) -> None:
    rev_id, raw = _push_one(field, "tampered")
    body = json.loads(raw)
    text = body["receipt"]["text"]
    body["receipt"]["text"] = text.replace("time 2", "time 1")  # backdated by a millennium
    _rewrite(field, rev_id, body)
    since = len(field.integrity())
    outbox.reconcile(field.vault)
    assert receipts.of_revision(field.vault, rev_id) == []
    assert field.integrity_kinds(since) == ["receipt"]
    assert "signature" in field.integrity()[-1]["detail"]


def test_a_receipt_signed_by_a_key_nobody_pinned_is_refused(field: Device) -> None:
    rev_id, raw = _push_one(field, "forged")
    body = json.loads(raw)
    forger = Ed25519PrivateKey.generate()
    public = forger.public_key().public_bytes_raw()
    old = verifier.receipt(body["receipt"])
    text = old.text.replace(f"key {old.key_id}", f"key {verifier.fingerprint(public)[:16]}")
    body["receipt"] = {
        "text": text,
        "signature": base64.b64encode(forger.sign(text.encode())).decode(),
        "key": base64.b64encode(public).decode(),
    }
    _rewrite(field, rev_id, body)
    outbox.reconcile(field.vault)
    assert receipts.of_revision(field.vault, rev_id) == []
    assert "not a pinned one" in field.integrity()[-1]["detail"]


def test_a_receipt_for_another_envelope_is_refused(field: Device) -> None:
    first, raw_first = _push_one(field, "one")
    outbox.reconcile(field.vault)
    second, _ = _push_one(field, "two")
    _rewrite(field, second, json.loads(raw_first))  # a genuine receipt, of the wrong envelope
    outbox.reconcile(field.vault)
    assert len(receipts.of_revision(field.vault, first)) == 1
    assert receipts.of_revision(field.vault, second) == []
    assert "another envelope" in field.integrity()[-1]["detail"]


def test_a_rotated_receipt_key_is_followed_through_its_endorsement(
    org: tuple[ServerProcess, Device], field: Device
) -> None:
    server, _hq = org
    cfg = config(field.vault)
    assert cfg is not None
    pinned = set(cfg.receipt_keys)
    server.cli("receipt-key", "rotate")
    rev_id, _ = _push_one(field, "after rotation")
    outbox.reconcile(field.vault)
    (kept,) = receipts.of_revision(field.vault, rev_id)
    newer = verifier.fingerprint(base64.b64decode(kept["key"]))
    assert newer not in pinned
    cfg = config(field.vault)
    assert cfg is not None and set(cfg.receipt_keys) == pinned | {newer}


def test_an_evidence_package_carries_the_receipts_and_says_what_they_date(
    field: Device, tmp_path: Path, qapp: object
) -> None:
    from vigil.evidence import package

    case_id = field.new_case("Dated by the server")
    field.add_note(case_id, "Seen at the courthouse")
    report, _ = field.sync()
    assert not report.error, report.error
    out = tmp_path / "dated.zip"
    package.export(field.vault, case_id, out)
    checked = verifier.verify_package(str(out))
    assert checked.ok, checked.failures
    text = verifier.render(checked)
    assert "2 revisions existed, as the envelopes in this package, by the times" in text
    # (qapp: the report PDF needs a Qt application, and the widgets' one must come first.)
    # The export's own custody entry was made after the last push: no receipt yet, and the
    # package says so rather than dating it.
    assert "1 revisions have no server receipt" in text


def test_custody_entries_travel_to_hq_which_holds_the_same_chain_and_adds_its_own(
    org: tuple[ServerProcess, Device], field: Device, tmp_path: Path, qapp: object
) -> None:
    """The field's custody log reaches HQ inside envelopes; HQ's own entries make a second
    chain (one per device: both append offline), and HQ's package verifies both."""
    from vigil.evidence import custody, package

    _server, hq = org
    case_id = field.new_case("Custody across devices")
    package.export(field.vault, case_id, tmp_path / "field.zip")
    package.export(field.vault, case_id, tmp_path / "field-2.zip")
    report, _ = field.sync()
    assert not report.error, report.error
    report, _ = hq.sync()
    assert not report.error, report.error
    at_hq = hq.vault.items(custody.KIND, case_id)
    assert sorted(e.payload["action"] for e in at_hq) == ["exported", "exported"]
    package.export(hq.vault, case_id, tmp_path / "hq.zip")
    checked = verifier.verify_package(str(tmp_path / "hq.zip"))
    assert checked.ok, checked.failures
    chains = [p for p in checked.proves if p.startswith("the custody log of device")]
    assert len(chains) == 2
    assert any(field.chain_device in p and "2 entries" in p for p in chains)
    assert any(hq.chain_device in p and "1 entries" in p for p in chains)


def test_a_planted_oversized_receipt_file_is_refused_unread(field: Device) -> None:
    """Even a genuine receipt, padded past any receipt file's size: not read whole."""
    rev_id, raw = _push_one(field, "planted")
    sent = outbox.outbox_dir(field.vault.path) / outbox.SENT
    (receipt,) = [p for p in sent.glob("*.receipt") if rev_id in p.name]
    receipt.write_bytes(b" " * (outbox.MAX_RECEIPT_FILE + 10) + raw)
    since = len(field.integrity())
    outbox.reconcile(field.vault)
    assert receipts.of_revision(field.vault, rev_id) == []
    assert field.integrity_kinds(since) == ["receipt"]
    assert not receipt.exists()


def test_the_hq_desk_fetches_receipts_for_the_field_s_revisions_dated_at_first_acceptance(
    org: tuple[ServerProcess, Device], field: Device, tmp_path: Path, qapp: object
) -> None:
    from vigil.evidence import custody, package
    from vigil.sync.client import SyncClient

    _server, hq = org
    case_id = field.new_case("Dated at HQ")
    field.add_note(case_id, "Witness statement")
    report, _ = field.sync()
    assert not report.error, report.error
    field_revs = {r.id for r in custody.case_revisions(field.vault, case_id)}
    pushed_at = {rid: receipts.of_revision(field.vault, rid)[0] for rid in field_revs}
    report, _ = hq.sync()
    assert not report.error, report.error
    assert all(receipts.of_revision(hq.vault, rid) == [] for rid in field_revs)
    with SyncClient.for_device(hq.cred) as client:
        assert receipts.fetch_for_case(hq.vault, case_id, client) == len(field_revs)
    for rid in field_revs:
        (got,) = receipts.of_revision(hq.vault, rid)
        # The same envelope, the same first acceptance: the time the field's push was dated.
        assert verifier.receipt(got).time == verifier.receipt(pushed_at[rid]).time
    package.export(hq.vault, case_id, tmp_path / "hq.zip")
    checked = verifier.verify_package(str(tmp_path / "hq.zip"))
    assert checked.ok, checked.failures
    assert any(f"{len(field_revs)} revisions existed" in p for p in checked.proves)
    # A field device learns nothing of envelopes it did not push.
    hq_only = next(
        r.id for r in custody.case_revisions(hq.vault, case_id) if r.id not in field_revs
    )
    with SyncClient.for_device(field.cred) as client:
        found, _chain = client.receipts([hq_only, next(iter(field_revs))])
    assert [f["sha256"] for f in found] == [next(iter(field_revs))]
