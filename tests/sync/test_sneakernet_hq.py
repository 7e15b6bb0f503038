"""Sync by hand, HQ to one field device (vigil.sync.sneakernet.export_for_device): alerts and
urgent actions in a bundle only that device opens, imported with the checks of a notes pull;
the same notes arriving later through the server recognised, not reported as replays."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.sync import CutOff, Device, make_field
from vigil.alerts import inbox, publish
from vigil.appeals.store import AppealStore
from vigil.crypto.errors import BadArgument
from vigil.sync import bundle, sneakernet
from vigil.sync.enrolment import config

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "urgent-action.json"


def _introduce(field: Device, hq: Device, tmp_path: Path) -> None:
    """The device's first bundle carries its key announcement (signed, sealed to HQ), and a
    revision that vouches for the key that signed it (HQ learns device keys from revisions)."""
    field.new_case("First case")
    out = tmp_path / "hello.vigil"
    sneakernet.export_for_hq(field.vault, out)
    assert not sneakernet.import_bundle(hq.vault, out).troubled


def _kinds(device: Device) -> list[str]:
    return sorted(row["kind"] for row in inbox.alerts(device.vault))


def test_hq_reaches_a_cut_off_device_by_bundle(cut_off: CutOff, tmp_path: Path) -> None:
    hq, field = cut_off.hq, cut_off.field
    device_id = config(field.vault).device_id  # type: ignore[union-attr]
    with pytest.raises(BadArgument, match="does not know device"):
        sneakernet.export_for_device(hq.vault, tmp_path / "early.vigil", device_id)
    _introduce(field, hq, tmp_path)
    publish.publish_alert(hq.vault, "urgent", "Checkpoint closed at Zhanaozen", 7.0)
    publish.publish_document(hq.vault, SAMPLE.read_bytes(), "sample.json", "urgent-action",
                             [device_id])  # fmt: skip
    out = tmp_path / "for-field.vigil"
    done = sneakernet.export_for_device(hq.vault, out, device_id)
    assert done.notes == 2

    got = sneakernet.import_bundle(field.vault, out)
    assert got.notes == 2 and not got.troubled
    assert _kinds(field) == ["alert", "urgent-action"]
    assert AppealStore(field.vault).action("ua-046-19").source == "hq"
    again = sneakernet.import_bundle(field.vault, out)
    assert again.notes == 0 and again.notes_duplicate == 2 and not again.troubled
    assert _kinds(field) == ["alert", "urgent-action"]

    # The HQ desk (and anyone but that device) cannot open it.
    with pytest.raises(bundle.BundleRefused, match="not for this vault"):
        sneakernet.import_bundle(hq.vault, out)

    # The server comes back: HQ posts its queued notes, the field fetches them: duplicates,
    # dropped without a word in the integrity log.
    before = len(field.integrity())
    cut_off.server.start()
    report, _ = hq.sync()
    assert not report.error and report.notes_sent == 2
    report, _ = field.sync()
    assert not report.error
    assert _kinds(field) == ["alert", "urgent-action"]
    assert field.integrity()[before:] == []


def test_a_bundle_for_another_device_is_refused_plainly(cut_off: CutOff, tmp_path: Path) -> None:
    hq, field = cut_off.hq, cut_off.field
    cut_off.server.start()
    second = make_field(tmp_path, hq, "second")
    cut_off.server.stop()
    try:
        _introduce(field, hq, tmp_path)
        publish.publish_alert(hq.vault, "warning", "Move the meeting", 7.0)
        second_id = config(second.vault).device_id  # type: ignore[union-attr]
        publish.publish_alert(hq.vault, "info", "For the second device", 7.0, [second_id])
        device_id = config(field.vault).device_id  # type: ignore[union-attr]
        out = tmp_path / "for-field.vigil"
        assert sneakernet.export_for_device(hq.vault, out, device_id).notes == 1
        with pytest.raises(bundle.BundleRefused, match="not for this vault") as refused:
            sneakernet.import_bundle(second.vault, out)
        assert refused.value.exit_code == 4
        # Sealed to the second device but addressed to the first: refused by its header.
        cfg = config(field.vault)
        assert cfg is not None
        crafted = tmp_path / "crafted.vigil"
        own = second.vault.identity.age_recipient
        header = {"direction": bundle.TO_DEVICE, "org": cfg.org, "from": "hq",
                  "to": device_id, "made": "x"}  # fmt: skip
        bundle.write(crafted, [own], header, [], [], [])
        with pytest.raises(bundle.BundleRefused, match="another device"):
            sneakernet.import_bundle(second.vault, crafted)
        assert inbox.alerts(second.vault) == []
    finally:
        second.close()


def test_a_forged_note_in_a_bundle_is_refused_by_the_note_checks(
    cut_off: CutOff, tmp_path: Path
) -> None:
    """Anyone who learnt the device's public key could seal a bundle to it: the notes inside
    must still be signed by the pinned HQ key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from vigil.alerts import note

    field = cut_off.field
    cfg = config(field.vault)
    assert cfg is not None
    forged = note.make(
        Ed25519PrivateKey.generate(), note.HQ_SIGNER, "alert", 10**12, "all",
        note.canonical({"v": 1, "severity": "urgent", "text": "Wipe your laptop now"}),
        sender="hq", days=3,
    )  # fmt: skip
    out = tmp_path / "forged.vigil"
    own = field.vault.identity.age_recipient
    header = {"direction": bundle.TO_DEVICE, "org": cfg.org, "from": "hq",
              "to": cfg.device_id, "made": "x"}  # fmt: skip
    bundle.write(out, [own], header, [], [forged], [])
    got = sneakernet.import_bundle(field.vault, out)
    assert got.notes == 0 and got.notes_refused == 1 and got.troubled
    assert inbox.alerts(field.vault) == []
    assert "alert" in field.integrity_kinds()
