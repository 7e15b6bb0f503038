"""Issue 17: the HQ desk itself is seized. End to end on a real server on loopback TLS.

An organisation adopts an offline root (the migration: the desk's key endorses it once, the
devices pin it from that note and take the first key set from the server). A device enrolled
afterwards pins it from its code. Then the desk is seized: on a clean machine the root signs a
key set naming a new desk, which enrols with it. From then on every device refuses the old
desk's alerts (relayed by the server as a compromised one would), its wipe orders and the
enrolment code it made, and the new desk reads what the devices send after the rotation.
The root's commands run as ``vigil hq root …`` / ``vigil hq rotate`` with no vault, as on a
clean machine; a garbled or truncated seed stops them with exit 2.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli import _cli_at
from tests.support.server import ServerProcess
from tests.support.sync import Device, make_field, make_hq, memory_store, new_vault
from vigil.alerts import inbox, publish
from vigil.crypto import hq_keyset
from vigil.crypto.errors import VigilError
from vigil.sync import codes, session, wipe_order
from vigil.sync.client import SyncClient
from vigil.sync.enrolment import config
from vigil.sync.errors import SyncError
from vigil.sync.hq_desk_keys import adopt, desk_keys
from vigil.sync.root_pin import held, pinned_root
from vigil.vault.keyring_id import keyring_id
from vigil_server import codes as server_codes

pytestmark = pytest.mark.e2e


def _texts(device: Device) -> list[str]:
    return [str(r["payload"].get("text", "")) for r in inbox.alerts(device.vault)]


def _log(device: Device) -> str:
    return "\n".join(f"{e['kind']}: {e['detail']}" for e in device.integrity())


@pytest.fixture(scope="module")
def org(
    server: ServerProcess, secret_service: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Device]]:
    root = tmp_path_factory.mktemp("org")
    hq = make_hq(root, server.admin_code)
    devices = {"hq": hq, "one": make_field(root, hq, "one"), "two": make_field(root, hq, "two")}
    for name in ("one", "two", "one", "two"):  # set up, then announce their keys
        devices[name].sync()
    hq.sync()
    yield devices
    for device in devices.values():
        device.close()


@pytest.mark.slow  # four devices, two desks, a dozen rounds: about a minute
def test_seized_desk_is_refused_everywhere_and_the_new_desk_reads_what_follows(
    org: dict[str, Device], server: ServerProcess, tmp_path: Path
) -> None:
    hq, one, two = org["hq"], org["one"], org["two"]
    name = config(hq.vault).org  # type: ignore[union-attr]
    clean = _cli_at(tmp_path, "clean")  # a clean machine: no vault, no network
    seed_file, first, second = (tmp_path / n for n in ("hq-root.txt", "ks1.txt", "ks2.txt"))

    # -- the migration: make the root, adopt it -------------------------------------------
    request = tmp_path / "desk.txt"
    request.write_bytes(desk_keys(hq.vault).request())
    made = clean("hq", "root", "init", "--desk-keys", str(request), "--out", str(first),
                 "--root-key-file", str(seed_file), passphrase=False)  # fmt: skip
    seed_text = seed_file.read_text().strip()
    assert seed_text in made.stdout  # printed once, for paper
    assert seed_text not in first.read_text()
    ks1 = adopt(hq.vault, hq.store, first.read_bytes())
    root_fp = ks1.root_fingerprint
    for device in (one, two):
        device.sync()  # the hq-root note pins the root; the round then takes the key set
        assert pinned_root(device.vault) == root_fp
        assert held(device.vault) is not None and held(device.vault).serial == ks1.serial  # type: ignore[union-attr]
    three = make_field(tmp_path, hq, "three")  # enrolled under the root: the code names it
    org["three"] = three
    assert codes.parse(session.hq_enrol_code(hq.vault, hq.store)).hq_root == root_fp
    assert pinned_root(three.vault) == root_fp and held(three.vault) is not None
    three.new_case("three's case")  # its revisions vouch for its key at a desk
    three.sync()
    three.sync()
    fields = (one, two, three)

    # What the thief will hold: a code the old desk made, its signing key.
    stale_code = session.hq_enrol_code(hq.vault, hq.store)
    old_key = hq.vault.identity.signing_key

    # -- the desk is seized: rotate from the root on a new desk ----------------------------
    new_vault_ = new_vault(tmp_path, "new-desk")
    request2 = tmp_path / "new-desk.txt"
    request2.write_bytes(desk_keys(new_vault_, name).request())
    clean("hq", "rotate", "--root-key-file", str(seed_file), "--desk-keys", str(request2),
          "--after", str(first), "--out", str(second), passphrase=False)  # fmt: skip
    ks2 = hq_keyset.parse(second.read_bytes())
    assert ks2.serial > ks1.serial and ks2.root_fingerprint == root_fp
    admin = server.cli("admin-code").stdout.strip().splitlines()[-1]
    new = Device("new", new_vault_, memory_store())
    org["new"] = new
    session.hq_init(new.vault, admin, new.store, keyset=second.read_bytes())

    # The old desk's device is revoked by the rotation; its code is dead at the server.
    with pytest.raises(SyncError), SyncClient.for_device(hq.cred) as c:
        c.post_note(b"x", "all")
    late = new_vault(tmp_path, "late")
    with pytest.raises(VigilError, match=r"revoked|used|expired"):
        session.enrol_field(late, stale_code, memory_store())
    late.close()

    # The thief's alert and key rotation, relayed as a compromised server would relay them.
    thief_alert = publish.publish_alert(hq.vault, "urgent", "wipe your laptops now", 7)
    with SyncClient.for_device(new.cred) as c:
        c.post_note(thief_alert, "all")
    publish.publish_alert(new.vault, "info", "the new desk speaks", 7)
    new.sync()
    for device in fields:
        device.sync()
        assert held(device.vault).serial == ks2.serial  # type: ignore[union-attr]
        texts = _texts(device)
        assert "wipe your laptops now" not in texts, device.name
        assert "the new desk speaks" in texts, device.name
        assert "retired_key" in _log(device), device.name
        # The old desk's wipe order fails the check made while locked; the new desk's passes.
        order = wipe_order.make(old_key, device.server_id, False, 1.0)
        with pytest.raises(wipe_order.WipeOrderInvalid):
            wipe_order.check(order, device.cred.hq_ed25519, device.server_id)
        good = wipe_order.make(new.vault.identity.signing_key, device.server_id, False, 1.0)
        assert wipe_order.check(good, device.cred.hq_ed25519, device.server_id) is not None
        assert config(device.vault).hq_age == ks2.desk.recipients  # type: ignore[union-attr]

    # A code that names the old desk's keys (a compromised server keeping a live secret) is
    # refused by the device itself: the root's current set names other keys.
    fresh = server_codes.decode(session.hq_enrol_code(new.vault, new.store))
    old_age, old_ed = server_codes.fingerprints(
        [hq.vault.identity.recipient_string], [hq.vault.identity.verify_key_bytes]
    )
    doctored = dataclasses.replace(fresh, hq_age=old_age, hq_ed25519=old_ed).encode()
    fooled, fooled_store = new_vault(tmp_path, "fooled"), memory_store()
    with pytest.raises(VigilError, match="no longer vouches"):
        session.enrol_field(fooled, doctored, fooled_store)
    assert config(fooled) is None and pinned_root(fooled) is None
    assert not fooled_store.load(keyring_id(fooled.path, fooled.header.vault_id))
    fooled.close()

    # -- the new desk reads what the field sends after the rotation -------------------------
    case = one.new_case("Asel K., seen at the Zhanaozen checkpoint")
    one.sync()
    two_case = two.cases[0] if two.cases else two.new_case("two's case")
    two.sync()
    three.sync()  # its new announcement leaves at the round after the rotation
    new.sync()
    got = new.vault.get(case)
    assert got is not None and got.payload["title"].startswith("Asel K.")
    assert new.vault.get(two_case) is not None  # re-saved for the new desk at the rotation
    field_alert = publish.raise_alert(one.vault, case, "detained", "taken at 06:10")
    assert field_alert
    one.sync()
    new.sync()
    kinds = [r["kind"] for r in inbox.alerts(new.vault)]
    assert "field-alert" in kinds
    # Each device announced its own key again, to the new desk, at the rotation.
    senders = {r["from"] for r in inbox.alerts(new.vault) if r["kind"] == "device-keys"}
    assert {one.server_id, two.server_id, three.server_id} <= senders


def test_a_garbled_or_truncated_seed_stops_the_rotation_with_exit_2(tmp_path: Path) -> None:
    from vigil.crypto.hq_root import RootKey

    clean = _cli_at(tmp_path, "clean")
    request = tmp_path / "desk.txt"
    desk_vault = new_vault(tmp_path, "desk")
    request.write_bytes(desk_keys(desk_vault, "Org").request())
    desk_vault.close()
    text = RootKey.generate().text()
    typo = text[:5] + ("A" if text[5] != "A" else "B") + text[6:]
    for bad, words in ((text[:-6], "this one has"), (typo, "typo"), ("\x00\xff", "not")):
        seed = tmp_path / "seed.txt"
        seed.write_bytes(bad.encode("latin-1"))
        out = tmp_path / "never.txt"
        done = clean("hq", "rotate", "--root-key-file", str(seed), "--desk-keys", str(request),
                     "--out", str(out), passphrase=False, check=False)  # fmt: skip
        assert done.returncode == 2, done.stderr
        assert words in done.stderr
        assert not out.exists()
    missing = clean("hq", "rotate", "--root-key-file", str(tmp_path / "nope"), "--desk-keys",
                    str(request), "--out", str(tmp_path / "o"), passphrase=False,
                    check=False)  # fmt: skip
    assert missing.returncode == 2 and "cannot be read" in missing.stderr
