"""Hostile HQ key sets against a real server on loopback TLS (docs/hq-keys.md, protocol §9.3).

The server refuses, with the same verifier as the devices, a set signed by one root key only,
an older or equal serial, a set for another organisation or of another root, and a desk
enrolling with any of those. A server that serves a forged set anyway (a compromised one,
written straight into its database) changes nothing on a device: the round fails as an
integrity error and the device keeps its keys.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, insert

from tests.support.server import ServerProcess
from tests.support.sync import Device, make_field, make_hq, memory_store, new_vault
from vigil.alerts import inbox, note, publish
from vigil.crypto import hq_keyset
from vigil.crypto.errors import VigilError
from vigil.crypto.hq_root import RootKey
from vigil.sync import hq, session
from vigil.sync.enrolment import config
from vigil.sync.errors import SyncError
from vigil.sync.hq_desk_keys import adopt, desk_keys
from vigil.sync.root_pin import held
from vigil_server.storage.tables import hq_keysets


@pytest.fixture(scope="module")
def rooted(
    server: ServerProcess, secret_service: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Device, Device, RootKey, bytes]]:
    root_dir = tmp_path_factory.mktemp("hostile")
    desk = make_hq(root_dir, server.admin_code)
    field = make_field(root_dir, desk, "field")
    field.sync()
    field.sync()
    desk.sync()
    root = RootKey.generate()
    first = hq_keyset.sign(root, desk_keys(desk.vault), 1000)
    adopt(desk.vault, desk.store, first)
    field.sync()
    assert held(field.vault) is not None
    yield desk, field, root, first
    desk.close()
    field.close()


def _post(desk: Device, data: bytes) -> str:
    with pytest.raises(SyncError) as refused, hq.client(desk.vault, desk.store) as c:
        c.post_hq_keyset(data)
    return refused.value.code


def _one_signature_swapped(data: bytes, other: bytes, index: int) -> bytes:
    head, sigs = data.split(b"\n\n")
    lines, theirs = sigs.split(b"\n"), other.split(b"\n\n")[1].split(b"\n")
    lines[index] = theirs[index]
    return head + b"\n\n" + b"\n".join(lines)


def test_the_server_refuses_what_a_device_would(
    rooted: tuple[Device, Device, RootKey, bytes],
) -> None:
    desk, _field, root, _first = rooted
    name = config(desk.vault).org  # type: ignore[union-attr]
    mine = desk_keys(desk.vault)
    newer = hq_keyset.sign(root, mine, 2000)
    other_text = hq_keyset.sign(root, mine, 2001)
    for index in (0, 1):  # one root signature genuine, the other over another text
        assert _post(desk, _one_signature_swapped(newer, other_text, index)) == "keyset_invalid"
    assert _post(desk, hq_keyset.sign(root, mine, 999)) == "keyset_stale"
    assert _post(desk, hq_keyset.sign(root, mine, 1000)) == "keyset_stale"  # equal serial
    assert _post(desk, hq_keyset.sign(root, desk_keys(desk.vault, name + " 2"), 3000)) == (
        "keyset_invalid"
    )
    assert _post(desk, hq_keyset.sign(RootKey.generate(), mine, 4000)) == "keyset_invalid"
    assert _post(desk, b"vigil-hq-keys/v1\ngarbage\n") == "keyset_invalid"
    # The genuine newer one is taken.
    with hq.client(desk.vault, desk.store) as c:
        assert c.post_hq_keyset(newer)["serial"] == 2000


def test_a_desk_enrolling_with_a_forged_set_is_refused_and_changes_nothing(
    rooted: tuple[Device, Device, RootKey, bytes], server: ServerProcess, tmp_path: Path
) -> None:
    desk, _field, root, _first = rooted
    name = config(desk.vault).org  # type: ignore[union-attr]
    thief = new_vault(tmp_path, "thief")
    genuine = hq_keyset.sign(root, desk_keys(thief, name), 5000)
    forged = _one_signature_swapped(
        genuine, hq_keyset.sign(root, desk_keys(thief, name), 5001), 1
    )
    for data in (forged, hq_keyset.sign(RootKey.generate(), desk_keys(thief, name), 6000)):
        admin = server.cli("admin-code").stdout.strip().splitlines()[-1]
        with pytest.raises(VigilError, match="key set"):
            session.hq_init(thief, admin, memory_store(), keyset=data)
    thief.close()
    with hq.client(desk.vault, desk.store) as c:  # the desk is still the desk
        assert c.devices()


def test_a_forged_set_a_compromised_server_serves_changes_nothing_on_a_device(
    rooted: tuple[Device, Device, RootKey, bytes], server: ServerProcess, tmp_path: Path
) -> None:
    desk, field, root, _first = rooted
    field.sync()  # whatever genuine set the server holds is taken first
    keys_before = config(field.vault).hq_ed25519  # type: ignore[union-attr]
    held_before = held(field.vault)
    holder = new_vault(tmp_path, "other-desk")
    name = config(desk.vault).org  # type: ignore[union-attr]
    genuine = hq_keyset.sign(root, desk_keys(holder, name), 9000)
    forged = _one_signature_swapped(
        genuine, hq_keyset.sign(root, desk_keys(holder, name), 9001), 0
    )
    holder.close()
    engine = server.engine()
    with engine.begin() as conn:
        org_id = conn.exec_driver_sql("SELECT id FROM organisations").scalar()
        conn.execute(
            insert(hq_keysets).values(
                org_id=org_id, serial=9000, root=root.fingerprint, data=forged, received_at=0
            )
        )
    try:
        report, _merged = field.sync()
        assert report.integrity and "root signatures" in report.error
        assert config(field.vault).hq_ed25519 == keys_before  # type: ignore[union-attr]
        assert held(field.vault) == held_before
        assert any("forged" in e["detail"] for e in field.integrity())
    finally:  # the other tests of this module meet an honest server again
        with engine.begin() as conn:
            conn.execute(delete(hq_keysets).where(hq_keysets.c.serial == 9000))


def test_under_the_root_hq_notes_need_both_signatures(
    rooted: tuple[Device, Device, RootKey, bytes],
) -> None:
    """The key set names HQ's ML-DSA-65 key: the desk signs its notes with it beside Ed25519,
    and a device holding the set refuses a note whose ML-DSA-65 signature is missing or
    false, so that breaking Ed25519 alone forges no alert."""
    desk, field, _root, _first = rooted
    field.sync()
    data = publish.publish_alert(desk.vault, "info", "signed twice", 7)
    assert data.count("\u2014 ".encode()) == 2
    desk.sync()
    field.sync()
    assert "signed twice" in _texts(field)

    key = desk.vault.identity.signing_key
    seq = note.next_seq(0) + 60_000
    body = note.canonical({"v": 1, "severity": "urgent", "text": "Ed25519 only"})
    bare = note.make(key, note.HQ_SIGNER, "alert", seq, "all", body)
    other = publish.publish_alert(desk.vault, "info", "another text", 7)  # queued, not sent
    borrowed = other.split(b"\n")[-2] + b"\n"  # its ML-DSA line: the right key, another text
    body2 = note.canonical({"v": 1, "severity": "urgent", "text": "borrowed signature"})
    swapped = note.make(key, note.HQ_SIGNER, "alert", seq + 1, "all", body2) + borrowed
    before = len(field.integrity())
    with hq.client(desk.vault, desk.store) as c:
        c.post_note(bare, "all")
        c.post_note(swapped, "all")
    field.sync()
    texts = _texts(field)
    assert "Ed25519 only" not in texts and "borrowed signature" not in texts
    refusals = [e["detail"] for e in field.integrity()[before:]]
    assert sum("post_quantum" in line for line in refusals) == 2, refusals
    # Refused while fetching, before the unlock: the state beside the vault did not move its
    # marks past HQ's next genuine note, which still arrives.
    publish.publish_alert(desk.vault, "info", "after the forgeries", 7)
    desk.sync()
    field.sync()
    assert "after the forgeries" in _texts(field)


def _texts(device: Device) -> list[str]:
    return [str(r["payload"].get("text", "")) for r in inbox.alerts(device.vault)]
