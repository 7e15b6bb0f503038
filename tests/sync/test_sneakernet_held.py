"""HQ's acknowledgement inside the return bundle (vigil.sync.held, docs/formats.md §18): the
bundle HQ makes for one device says, signed by HQ, which of that device's revisions HQ holds,
so that the device's outbox drops them without the network. A forged, altered or misdirected
acknowledgement is refused and drops nothing; an old one replayed drops nothing it should not.

A real server enrols the devices and is then stopped: nothing in between talks to it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.support.sync import CutOff, Device
from vigil.alerts import note
from vigil.alerts.publish import hq_signing_key
from vigil.crypto import signed_note
from vigil.sync import bundle, held, outbox, sneakernet
from vigil.sync.enrolment import config


def _device_id(device: Device) -> str:
    cfg = config(device.vault)
    assert cfg is not None
    return cfg.device_id


def _carry_to_hq(field: Device, hq: Device, tmp_path: Path, name: str) -> int:
    out = tmp_path / name
    done = sneakernet.export_for_hq(field.vault, out)
    got = sneakernet.import_bundle(hq.vault, out)
    assert not got.troubled
    return done.envelopes


def _to_field(field: Device, header_to: str, records: list[bytes], tmp_path: Path) -> Path:
    """A bundle sealed to the field device, holding the given acknowledgements."""
    cfg = config(field.vault)
    assert cfg is not None
    out = tmp_path / f"crafted-{len(list(tmp_path.glob('crafted-*')))}.vigil"
    header = {"direction": bundle.TO_DEVICE, "org": cfg.org, "from": "hq", "to": header_to,
              "made": "x"}  # fmt: skip
    bundle.write(out, [field.vault.identity.age_recipient], header, [], [], [], held=records)
    return out


def test_the_return_bundle_lets_the_outbox_drop_what_hq_holds(
    cut_off: CutOff, tmp_path: Path
) -> None:
    hq, field = cut_off.hq, cut_off.field
    case_id = field.new_case("Zhanaozen checkpoint")
    field.add_note(case_id, "detained on the 4th")
    sent = _carry_to_hq(field, hq, tmp_path, "one.vigil")
    assert sent >= 2 and len(outbox.queued(field.vault.path)) == sent
    later = field.new_case("Written after the stick left")  # HQ does not hold this one

    back = tmp_path / "back.vigil"
    done = sneakernet.export_for_device(hq.vault, back, _device_id(field))
    assert done.held == sent
    got = sneakernet.import_bundle(field.vault, back)
    assert got.acknowledged == sent and not got.troubled
    left = outbox.queued(field.vault.path)
    assert len(left) == 1  # only what HQ does not hold stays queued
    assert [r.id for r in field.vault.unpushed()] == [field.vault.get(later).head]  # type: ignore[union-attr]
    # Dropped from the queue means known to be at HQ: an unlock does not queue it again.
    outbox.reconcile(field.vault)
    assert len(outbox.queued(field.vault.path)) == 1
    # The next bundle for HQ carries only the new revision.
    assert sneakernet.export_for_hq(field.vault, tmp_path / "two.vigil").envelopes == 1
    # The same return bundle again (a replay) drops nothing more and says nothing is wrong.
    again = sneakernet.import_bundle(field.vault, back)
    assert again.acknowledged == 0 and not again.troubled
    assert len(outbox.queued(field.vault.path)) == 1

    # The server comes back: what HQ holds is not pushed again, the rest is, nothing doubles.
    cut_off.server.start()
    report, _ = field.sync()
    assert not report.error and report.pushed == 1
    report, merged = hq.sync()
    assert not report.error and merged.added == 1 and not merged.refused
    assert field.own_revisions() <= hq.revisions()


def _statement(field: Device, hq: Device, **change: object) -> bytes:
    """HQ's own acknowledgement for the field device, its JSON changed, signed by HQ."""
    real = held.make(hq.vault, _device_id(field))
    text, _sigs = signed_note.split(real)
    body = json.loads(text)
    body.update(change)
    new = (json.dumps(body, sort_keys=True) + "\n").encode()
    return signed_note.sign(new, note.HQ_SIGNER, hq_signing_key(hq.vault))


def test_forged_or_misdirected_acknowledgements_drop_nothing(
    cut_off: CutOff, tmp_path: Path
) -> None:
    hq, field = cut_off.hq, cut_off.field
    field.new_case("Zhanaozen checkpoint")
    sent = _carry_to_hq(field, hq, tmp_path, "one.vigil")
    me = _device_id(field)
    real = held.make(hq.vault, me)
    text, _sigs = signed_note.split(real)
    chains = json.loads(text)["chains"]
    assert chains and chains[0]["seq"] == sent

    forged = signed_note.sign(text, note.HQ_SIGNER, Ed25519PrivateKey.generate())
    altered = real.replace(b'"seq": ', b'"seq": 1', 1)  # a digit added: the signature fails
    wrong_hash = [{**chains[0], "last": "0" * 64}]
    too_far = [{**chains[0], "seq": sent + 5}]
    cases = {
        "forged": forged,
        "altered": altered,
        "another device": _statement(field, hq, device="0" * 32),
        "another organisation": _statement(field, hq, org="someone-else"),
        "a revision this device never made": _statement(field, hq, chains=wrong_hash),
        "beyond this device's chain": _statement(field, hq, chains=too_far),
        "garbage": b"\xff\x00 not a statement\n",
    }
    for what, record in cases.items():
        before = len(field.integrity())
        got = sneakernet.import_bundle(field.vault, _to_field(field, me, [record], tmp_path))
        assert got.acknowledged == 0 and got.acks_refused == 1 and got.troubled, what
        assert len(outbox.queued(field.vault.path)) == sent, what
        assert "acknowledgement" in field.integrity_kinds(before), what

    # The genuine one, in the same crafted shape, does drop them: the cases above were refused
    # for what they changed, not for the shape.
    got = sneakernet.import_bundle(field.vault, _to_field(field, me, [real], tmp_path))
    assert got.acknowledged == sent and outbox.queued(field.vault.path) == []


def test_under_an_hq_root_the_statement_needs_hqs_post_quantum_signature_too(
    hq_desk_device: Device, field: Device, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A device holding a root-signed key set requires HQ's ML-DSA-65 signature beside
    Ed25519 on HQ's notes (docs/hq-keys.md); HQ's word of what it holds is held to the same,
    so that breaking Ed25519 alone cannot empty a device's outbox."""
    from vigil.crypto import hq_keyset
    from vigil.crypto.hq_root import RootKey
    from vigil.sync.hq_desk_keys import adopt, desk_keys
    from vigil.sync.root_pin import held as key_set_held

    monkeypatch.setenv("VIGIL_ALLOW_TEST_FAKES", "1")
    hq = hq_desk_device
    field.new_case("Zhanaozen checkpoint")
    for device in (field, field, hq):
        assert not device.sync()[0].error
    adopt(hq.vault, hq.store, hq_keyset.sign(RootKey.generate(), desk_keys(hq.vault), 1000))
    assert not field.sync()[0].error
    assert key_set_held(field.vault) is not None
    cfg = config(field.vault)
    assert cfg is not None
    statement = held.make(hq.vault, _device_id(field))
    assert note.HQ_MLDSA_SIGNER.encode() in statement
    held.check(field.vault, cfg, statement)  # both signatures: believed
    text, block = statement.split(b"\n\n")
    ed25519_only = text + b"\n\n" + block.split(b"\n")[0] + b"\n"
    with pytest.raises(held.AckRefused, match="post-quantum"):
        held.check(field.vault, cfg, ed25519_only)
