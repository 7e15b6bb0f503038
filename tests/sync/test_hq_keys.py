"""A field device under an HQ root (docs/hq-keys.md §3), against a real server on loopback TLS.

The device pins the root and takes root-signed key sets. Once a newer set names another desk,
the old desk's alerts reach the device through the server and are refused, its wipe orders
fail the check, the device's new envelopes are readable by the new desk and not by the old
one. A key rotation by note is refused under a root, a rollback to the older set too.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator

import pytest

from tests.support.server import ServerProcess
from tests.support.sync import Device, make_field, make_hq, new_vault
from vigil.alerts import note, publish
from vigil.alerts.store import AlertStore
from vigil.crypto import age, envelope, hq_keyset, signed_note
from vigil.crypto.errors import VigilError
from vigil.crypto.hq_keyset import KeySetInvalid
from vigil.crypto.hq_root import RootKey
from vigil.sync import hq as hq_session
from vigil.sync import hq_keys, root_pin, wipe_order
from vigil.sync.desk_mldsa import mldsa_key
from vigil.sync.enrolment import config
from vigil.sync.hq_desk_keys import desk_keys
from vigil.vault import layout, merge
from vigil.vault.store import Vault


@pytest.fixture(scope="module")
def org(
    server: ServerProcess, secret_service: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Device, Device, Vault]]:
    root = tmp_path_factory.mktemp("org")
    hq = make_hq(root, server.admin_code)
    field = make_field(root, hq, "field")
    new_desk = new_vault(root, "new-desk")
    field.sync()  # the first round sets the channel up, the second announces its keys
    field.sync()
    hq.sync()
    yield hq, field, new_desk
    for vault in (hq.vault, field.vault, new_desk):
        vault.close()


def _texts(device: Device) -> list[str]:
    return [str(r["payload"].get("text", "")) for r in AlertStore(device.vault).rows()]


def _log(device: Device) -> list[str]:
    return [f"{row['kind']}: {row['detail']}" for row in merge.integrity_log(device.vault, 50)]


def test_the_old_desk_is_refused_once_the_root_names_a_new_one(
    org: tuple[Device, Device, Vault],
) -> None:
    hq, field, new_desk = org
    root = RootKey.generate()
    org_name = config(field.vault).org  # type: ignore[union-attr]

    # Not before a root is pinned: a key set alone proves nothing.
    first = hq_keyset.sign(root, desk_keys(hq.vault), 1)
    with pytest.raises(KeySetInvalid) as none_yet:
        hq_keys.accept(field.vault, first, field.store)
    assert none_yet.value.reason == "no_root"

    root_pin.pin(field.vault, root.fingerprint)
    with pytest.raises(KeySetInvalid, match="another HQ root"):
        root_pin.pin(field.vault, RootKey.generate().fingerprint)
    assert hq_keys.accept(field.vault, first, field.store) is True
    assert hq_keys.accept(field.vault, first, field.store) is False  # the same set again
    assert config(field.vault).hq_ed25519 == config(hq.vault).hq_ed25519  # type: ignore[union-attr]

    # The desk under the root too (what 'vigil hq root adopt' does, without the server).
    root_pin.pin(hq.vault, root.fingerprint)
    hq_keys.accept(hq.vault, first, hq.store)
    with pytest.raises(VigilError, match="under its root"):
        publish.rotate_key(hq.vault, 30)  # the desk no longer rotates by note

    # Under the root, a key rotation by note is refused, even signed by both of the desk's
    # keys: only the root changes HQ's keys.
    rotation = note.make(
        hq.vault.identity.signing_key, note.HQ_SIGNER, "key-rotation", note.next_seq(0), "all",
        note.canonical({"v": 1, "new_key": base64.b64encode(bytes(range(32))).decode()}),
    )  # fmt: skip
    rotation = signed_note.add_mldsa(
        rotation, note.HQ_MLDSA_SIGNER, mldsa_key(hq.vault), note.MLDSA_CONTEXT
    )
    with hq_session.client(hq.vault, hq.store) as c:
        c.post_note(rotation, "all")
    field.sync()
    assert any("superseded" in line for line in _log(field)), _log(field)
    publish.publish_alert(hq.vault, "info", "still the desk", 7)
    hq.sync()
    field.sync()
    assert "still the desk" in _texts(field)

    # The desk is seized; the root names a new desk.
    second = hq_keyset.sign(root, desk_keys(new_desk, org_name), 2)
    assert hq_keys.accept(field.vault, second, field.store) is True
    cfg = config(field.vault)
    assert cfg is not None
    # the new desk's hybrid key, and its X25519 key by which the server knows the desk
    assert cfg.hq_age == (
        str(new_desk.identity.hybrid_recipient),
        new_desk.identity.recipient_string,
    )
    assert field.cred.hq_ed25519 == (new_desk.identity.verify_key_bytes,)

    # The old desk's alert, relayed by the server, is refused with the retired key's reason.
    publish.publish_alert(hq.vault, "urgent", "obey the thief", 7)
    hq.sync()
    field.sync()
    assert "obey the thief" not in _texts(field)
    assert any("retired_key" in line for line in _log(field)), _log(field)

    # Its wipe order fails the check made while locked (the keyring's HQ keys).
    order = wipe_order.make(hq.vault.identity.signing_key, field.server_id, False, 1.0)
    with pytest.raises(wipe_order.WipeOrderInvalid, match="not signed by the HQ key"):
        wipe_order.check(order, field.cred.hq_ed25519, field.server_id)
    good = wipe_order.make(new_desk.identity.signing_key, field.server_id, False, 1.0)
    assert wipe_order.check(good, field.cred.hq_ed25519, field.server_id) is not None

    # What the device writes from now on: the new desk reads it, the old desk does not.
    field.new_case("after the rotation")
    queued = sorted((field.vault.path / layout.OUTBOX).glob("*.age"))
    newest = queued[-1].read_bytes()
    assert envelope.open_envelope(newest, new_desk.identities) is not None
    with pytest.raises(age.AgeError):
        age.decrypt(newest, hq.vault.identities)

    # Rollback to the first set, or a set of another organisation, is refused and logged.
    with pytest.raises(KeySetInvalid) as back:
        hq_keys.accept(field.vault, first, field.store)
    assert back.value.reason == "rollback"
    other = hq_keyset.sign(root, desk_keys(hq.vault, "Another Org"), 3)
    with pytest.raises(KeySetInvalid) as wrong:
        hq_keys.accept(field.vault, other, field.store)
    assert wrong.value.reason == "wrong_org"
    assert config(field.vault).hq_age == cfg.hq_age  # type: ignore[union-attr]
    assert any("rollback" in line for line in _log(field))
