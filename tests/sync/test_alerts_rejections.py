"""Notes a device must refuse, served by a real vigil-server on loopback TLS.

HQ's own session stands where a compromised server stands (the server relays whatever it is
given): forged, replayed, reordered, misaddressed and unknown-key notes are each refused
while the vault is locked, kept out of the inbox and, at the next unlock, written to the
integrity log with their reason. An expired note is kept out of the inbox too, but is no
integrity alert (docs/alerts.md §2: a device offline or enrolled late meets them honestly).
A tampered template bundle never replaces the good one; a signed bundle the template gate
refuses does not either. A rotated key takes over and the old one is refused. The
locked-screen marker and every file beside the vault carry no text.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.support.server import ServerProcess
from tests.support.sync import Device, make_field, make_hq
from tests.support.vaults import PASSPHRASE
from vigil.alerts import channel, inbox, note, notify, publish, state
from vigil.appeals.store import AppealStore
from vigil.crypto.errors import VigilError
from vigil.sync.client import SyncClient
from vigil.sync.engine import sync_once
from vigil.vault import merge
from vigil.vault.store import Vault

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "urgent-action.json"
SECRET = "Zhanaozen checkpoint, cell 4"


@pytest.fixture(scope="module")
def org(
    server: ServerProcess, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Device, Device, Device]]:
    root = tmp_path_factory.mktemp("alerts")
    hq = make_hq(root, server.admin_code)
    one, two = make_field(root, hq, "one"), make_field(root, hq, "two")
    for device in (one, two, one, two):  # the first round sets up, the second announces keys
        device.sync()
    hq.sync()
    yield hq, one, two
    for device in (hq, one, two):
        device.close()


def _client(hq: Device) -> SyncClient:
    cred = hq.cred
    return SyncClient(cred.url, cred.pin, cred.device_id, cred.device_key)


def _post(hq: Device, *notes: bytes, audience: object = "all") -> None:
    with _client(hq) as client:
        for data in notes:
            client.post_note(data, audience)


def _alert(
    key: Ed25519PrivateKey, seq: int, text: str, audience: object = "all", **kw: object
) -> bytes:
    body = note.canonical({"v": 1, "severity": "urgent", "text": text})
    return note.make(key, note.HQ_SIGNER, "alert", seq, audience, body, **kw)  # type: ignore[arg-type]


def _texts(device: Device) -> list[str]:
    return [
        r["payload"].get("text", "") for r in inbox.alerts(device.vault) if r["kind"] == "alert"
    ]


def _refusals(device: Device, since: int) -> list[str]:
    details = [e["detail"] for e in device.integrity()[since:] if e["kind"] == "alert"]
    return [m.group(1) for d in details for m in [re.search(r": (\w+): ", d)] if m]


def test_a_note_shorter_than_its_times_can_say_is_never_signed() -> None:
    """Times are written to the second: a validity under a second would be signed as ending
    when it starts, a note every device refuses as malformed (HQ once sent one when an
    --expires a moment away was reached while the command ran)."""
    key = Ed25519PrivateKey.generate()
    with pytest.raises(VigilError, match="at least a second"):
        _alert(key, 1, "too short", days=0.4 / 86400)
    text = _alert(key, 1, "long enough", days=2 / 86400).decode()
    issued = note.parse_time(re.search(r"^issued (\S+)$", text, re.M)[1])  # type: ignore[index]
    expires = note.parse_time(re.search(r"^expires (\S+)$", text, re.M)[1])  # type: ignore[index]
    assert expires > issued


def test_bad_notes_are_refused_while_locked_and_logged_at_unlock(
    org: tuple[Device, Device, Device],
) -> None:
    hq, one, two = org
    key = hq.vault.identity.signing_key
    seq = note.next_seq(int(hq.vault.get_meta(publish.OUT_SEQ) or 0))
    hq.vault.set_meta(publish.OUT_SEQ, str(seq + 100))  # HQ's own counter stays ahead
    good = _alert(key, seq, "Checkpoint closed: travel by the north road")
    text_line = next(ln for ln in good.split(b"\n") if ln.startswith(b"body "))
    forged = good.replace(
        text_line, b"body " + base64.b64encode(note.canonical({"v": 1, "text": "go south"}))
    )
    replayed = good + b"\xe2\x80\x94 relay " + base64.b64encode(b"\0" * 68) + b"\n"
    later = _alert(key, seq + 20, "Later note")
    earlier = _alert(key, seq + 10, "Earlier note, delivered after the later one")
    old = datetime.now(UTC) - timedelta(days=10)
    expired = _alert(key, seq + 30, "Expired", days=1, issued=old)
    for_two = _alert(key, seq + 40, "For device two only", audience=[two.server_id])
    stranger = _alert(Ed25519PrivateKey.generate(), seq + 50, "Signed by a stranger")
    _post(hq, good, forged, replayed, later, earlier, expired, stranger)
    _post(hq, for_two, audience=[one.server_id])  # the signed audience says two

    before = len(one.integrity())
    report = sync_once(one.vault.path, one.cred)  # as the scheduler does, needing no vault key
    assert report.error == "" and report.notes_fetched == 2  # good, later
    locked = state.load(one.vault.path)
    assert sorted(line.split(":")[0] for line in locked.to_log) == sorted(
        ["forged", "replayed", "reordered", "misaddressed", "unknown_key"]
    )
    marker = state.read_marker(one.vault.path)
    assert marker["kinds"] == {"alert": 2}
    assert notify.locked_message(marker) == "New alert"

    one.sync()  # the unlock: checked again, stored, the refusals logged
    assert _texts(one) == ["Later note", "Checkpoint closed: travel by the north road"]
    assert not any(e["kind"] == "withheld" for e in one.integrity()[before:])
    assert sorted(_refusals(one, before)) == sorted(
        ["forged", "replayed", "reordered", "misaddressed", "unknown_key"]
    )
    assert state.load(one.vault.path).to_log == []
    # device two got only what the server addressed to it: the good notes
    two.sync()
    two.sync()
    assert "For device two only" not in _texts(two)


def test_tampered_or_refused_bundles_never_replace_the_good_one(
    org: tuple[Device, Device, Device],
) -> None:
    hq, one, _ = org
    publish.publish_document(hq.vault, SAMPLE.read_bytes(), "sample.json", "urgent-action")
    with _client(hq) as client:
        assert channel.send_queued(hq.vault.path, client) == 1
    one.sync()
    store = AppealStore(one.vault)
    good = store.action("ua-046-19")
    assert good.source == "hq" and not good.has_previous

    doc = json.loads(SAMPLE.read_text())
    doc["urgent_actions"][0]["summary"] = "Updated by HQ"
    publish.publish(hq.vault, "follow-up", {"document": doc}, "all", 30)
    queued = channel.queued(hq.vault.path)[-1]
    signed = base64.b64decode(json.loads(queued.read_bytes())["note"])
    queued.unlink()
    # the server swaps a template's text inside the signed bundle
    evil = json.loads(json.dumps(doc))
    evil["urgent_actions"][0]["templates"]["en"] = "subject = Hi\nbody = { $evil }\n"
    body_line = next(ln for ln in signed.split(b"\n") if ln.startswith(b"body "))
    tampered = signed.replace(
        body_line, b"body " + base64.b64encode(note.canonical({"v": 1, "document": evil}))
    )
    # and HQ itself signs a bundle the template gate refuses
    publish.publish(hq.vault, "follow-up", {"document": evil}, "all", 30)
    with _client(hq) as client:
        client.post_note(tampered, "all")
        channel.send_queued(hq.vault.path, client)
    before = len(one.integrity())
    one.sync()
    assert sorted(_refusals(one, before)) == ["bundle_refused", "forged"]
    # the signed update HQ never sent is noticed: the refused bundle names it as prev-all
    assert "withheld" in one.integrity_kinds(before)
    kept = store.action("ua-046-19")
    assert kept.ua.raw == good.ua.raw and not kept.has_previous

    # the withheld note, served late, is older than what was accepted since: refused
    _post(hq, signed)
    before = len(one.integrity())
    one.sync()
    assert _refusals(one, before) == ["reordered"]
    # HQ publishes the update again: it replaces the action, keeping the previous version
    publish.publish(hq.vault, "follow-up", {"document": doc}, "all", 30)
    with _client(hq) as client:
        channel.send_queued(hq.vault.path, client)
    one.sync()
    updated = store.action("ua-046-19")
    assert updated.ua.summary == "Updated by HQ" and updated.has_previous
    store.rollback("ua-046-19")
    assert store.action("ua-046-19").ua.raw == good.ua.raw


def test_key_rotation_introduces_the_new_key_and_retires_the_old(
    org: tuple[Device, Device, Device],
) -> None:
    hq, one, _ = org
    old_key = hq.vault.identity.signing_key
    publish.rotate_key(hq.vault)
    publish.publish_alert(hq.vault, "info", "Signed with the new key", 7)
    with _client(hq) as client:
        assert channel.send_queued(hq.vault.path, client) == 2
    late_old = _alert(old_key, note.next_seq(int(hq.vault.get_meta(publish.OUT_SEQ))) + 5,
                      "Signed with the retired key")  # fmt: skip
    _post(hq, late_old)
    report = sync_once(one.vault.path, one.cred)  # locked: the rotation applies at once
    assert report.notes_fetched == 2
    before = len(one.integrity())
    one.sync()
    assert "Signed with the new key" in _texts(one)
    assert "Signed with the retired key" not in _texts(one)
    assert _refusals(one, before) == ["retired_key"]
    kinds = [r["kind"] for r in inbox.alerts(one.vault)]
    assert "key-rotation" in kinds


def test_locked_notifications_and_files_beside_the_vault_carry_no_case_content(
    org: tuple[Device, Device, Device],
) -> None:
    hq, one, _ = org
    case = one.new_case(f"Detained: {SECRET}")
    publish.raise_alert(one.vault, case, "detained", f"Moved to {SECRET}")
    one.sync()
    cred, folder = hq.cred, hq.vault.path
    hq.vault.close()  # the HQ desk is locked: its scheduler fetches with the keyring credential
    report = sync_once(folder, cred)
    assert report.error == "" and report.notes_fetched >= 1
    marker = state.read_marker(folder)
    assert notify.locked_message(marker) == "New field alert"
    for path in [*folder.rglob("*"), *one.vault.path.rglob("*")]:
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path.name
    hq.vault = Vault.open(folder, PASSPHRASE)
    hq.sync()
    alerts = [r for r in inbox.alerts(hq.vault) if r["kind"] == "field-alert"]
    assert alerts and alerts[0]["payload"]["text"] == f"Moved to {SECRET}"
    assert notify.locked_message(state.read_marker(hq.vault.path)) == "New field alert"
    inbox.mark_read(hq.vault)
    assert state.read_marker(hq.vault.path)["unread"] == 0
    # the HQ desk's integrity log (shown after unlock) carries no case content either
    assert all(SECRET not in entry["detail"] for entry in merge.integrity_log(hq.vault))


def test_a_note_that_expires_while_the_vault_is_locked_is_no_integrity_alert(
    org: tuple[Device, Device, Device],
) -> None:
    """Fetched while locked, expired by the unlock (a laptop left locked over a weekend): not
    shown, and neither an 'expired' refusal nor a gap before HQ's next note to everyone."""
    import time

    hq, one, _ = org
    key = publish.hq_signing_key(hq.vault)  # the current alert key (another test rotates it)
    seq = note.next_seq(int(hq.vault.get_meta(publish.OUT_SEQ) or 0))
    prev_all = int(hq.vault.get_meta(publish.PREV_ALL) or 0)
    hq.vault.set_meta(publish.OUT_SEQ, str(seq + 100))
    brief = _alert(key, seq, "Brief: closes in two seconds", days=2 / 86400, prev_all=prev_all)
    after = _alert(key, seq + 10, "After the brief one", prev_all=seq)
    hq.vault.set_meta(publish.PREV_ALL, str(seq + 10))
    _post(hq, brief)
    before = len(one.integrity())
    assert sync_once(one.vault.path, one.cred).notes_fetched == 1  # locked: kept for the unlock
    time.sleep(2.5)
    _post(hq, after)
    one.sync()  # the unlock: the kept note has expired meanwhile
    texts = _texts(one)
    assert "After the brief one" in texts and "Brief: closes in two seconds" not in texts
    assert one.integrity()[before:] == []


def test_a_field_alert_the_desk_sees_only_after_it_expired_is_still_logged(
    org: tuple[Device, Device, Device],
) -> None:
    """The other end: a field alert lives 30 days; one that expired before the desk synced is
    not shown, but a detention must not vanish without a word, so the desk's log says so."""
    import pyrage

    hq, one, _ = org
    one.new_case()  # a revision that vouches for the device's key at HQ
    one.sync()
    hq.sync()
    old = datetime.now(UTC) - timedelta(days=10)
    body = note.canonical({"v": 1, "case_id": "c", "case_title": "Asel K.",
                           "situation": "detained", "text": "Taken at 06:10"})  # fmt: skip
    seq = note.next_seq(int(one.vault.get_meta(publish.OUT_SEQ) or 0))
    one.vault.set_meta(publish.OUT_SEQ, str(seq))
    signed = note.make(
        one.vault.identity.signing_key, note.FIELD_SIGNER, "field-alert", seq, "hq", body,
        sender=one.server_id, days=1, issued=old,
    )  # fmt: skip
    hq_age = [pyrage.x25519.Recipient.from_str(hq.vault.identity.recipient_string)]
    cred = one.cred
    with SyncClient(cred.url, cred.pin, cred.device_id, cred.device_key) as client:
        client.post_note(pyrage.encrypt(signed, hq_age), "hq")
    before = len(hq.integrity())
    hq.sync()
    assert _refusals(hq, before) == ["expired"]
    assert not [r for r in inbox.alerts(hq.vault) if r["payload"].get("text") == "Taken at 06:10"]
