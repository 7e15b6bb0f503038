"""HQ's keys become hybrid (post-quantum) through the root: the desk's key request names its
hybrid recipient, and an organisation whose key set named the desk's X25519 key moves with a
root-signed rotation. From the set naming the hybrid key on, a field device writes its
envelopes to its own and HQ's hybrid keys only, and the desk reads them. On a real server.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli import _cli_at
from tests.support.server import ServerProcess
from tests.support.sync import Device, make_hq, memory_store, new_vault
from vigil.crypto import age
from vigil.crypto.hq_keyset import DeskKeys
from vigil.sync import codes, hq_desk_keys, session
from vigil.sync.desk_client import DeskClient
from vigil.sync.hq_desk_keys import adopt, desk_keys
from vigil.sync.root_pin import held

pytestmark = pytest.mark.e2e


def _stanzas(envelope: bytes) -> list[str]:
    head = envelope[: envelope.index(b"\n---")].decode()
    return [line.split()[1] for line in head.splitlines() if line.startswith("-> ")]


def _envelope(device: Device, item: str) -> bytes:
    (rev,) = device.vault.history(item)
    return rev.envelope


@pytest.fixture
def org(
    server: ServerProcess, secret_service: object, tmp_path: Path
) -> Iterator[dict[str, Device]]:
    hq = make_hq(tmp_path, server.admin_code)
    # Enrolled before the desk registered its hybrid key with the server (what the desk's
    # first code since does, session._register_hybrid): the code names HQ's X25519 key.
    with DeskClient.for_device(hq.cred) as client:
        code = client.make_enrol_code()
    vault, store = new_vault(tmp_path, "field"), memory_store()
    session.enrol_field(vault, code, store)
    field = Device("field", vault, store)
    field.sync()
    yield {"hq": hq, "field": field}
    field.close()
    hq.close()


def test_an_organisation_moves_to_hybrid_hq_keys_by_a_root_signed_rotation(
    org: dict[str, Device], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hq, field = org["hq"], org["field"]
    clean = _cli_at(tmp_path, "clean")
    seed, first, second = (tmp_path / n for n in ("root.txt", "ks1.txt", "ks2.txt"))
    hybrid = desk_keys(hq.vault)
    assert hybrid.recipients == (
        str(hq.vault.identity.hybrid_recipient),
        hq.vault.identity.recipient_string,  # named too: the server checks the desk by it
    )

    # An organisation that adopted the root before hybrid keys: its set names X25519.
    classic = DeskKeys(
        hybrid.org, hybrid.ed25519, hybrid.mldsa65, (hq.vault.identity.recipient_string,)
    )
    (tmp_path / "old-request.txt").write_bytes(classic.request())
    clean("hq", "root", "init", "--desk-keys", str(tmp_path / "old-request.txt"), "--out",
          str(first), "--root-key-file", str(seed), passphrase=False)  # fmt: skip
    with monkeypatch.context() as m:
        m.setattr(hq_desk_keys, "desk_keys", lambda vault, org=None: classic)
        adopt(hq.vault, hq.store, first.read_bytes())
    field.sync()  # pins the root from the note, takes the set
    field.sync()
    assert held(field.vault) is not None
    before = field.new_case("Written while HQ's key is X25519")
    assert _stanzas(_envelope(field, before)) == ["X25519", "X25519"]  # no mix of kinds

    # The move: the desk's request now names its hybrid key; the root signs it on a clean
    # machine, after the current set; the desk publishes it.
    (tmp_path / "request.txt").write_bytes(desk_keys(hq.vault).request())
    clean("hq", "rotate", "--root-key-file", str(seed), "--desk-keys",
          str(tmp_path / "request.txt"), "--after", str(first), "--out", str(second),
          passphrase=False)  # fmt: skip
    ks2 = adopt(hq.vault, hq.store, second.read_bytes())
    assert ks2.desk.recipients == hybrid.recipients
    assert not field.sync()[0].error  # pushes the X25519 case, takes the new set
    after = field.new_case("Written once HQ's key is hybrid")
    assert _stanzas(_envelope(field, after)) == ["mlkem768x25519", "mlkem768x25519"]
    with pytest.raises(age.AgeNoMatch):  # HQ's X25519 key alone no longer opens it
        age.decrypt(_envelope(field, after), [hq.vault.identity.age_identity])
    assert not field.sync()[0].error
    assert not hq.sync()[0].error
    for item, title in ((before, "Written while HQ's key is X25519"),
                        (after, "Written once HQ's key is hybrid")):  # fmt: skip
        got = hq.vault.get(item)
        assert got is not None and got.payload["title"] == title


    # A device enrolled from a new code writes to HQ's hybrid key from its first envelope:
    # the code names the set's keys by fingerprint (short though a hybrid key is ~2,000
    # characters), and the device takes them from the set it checks against the root.
    code = session.hq_enrol_code(hq.vault, hq.store)
    parsed = codes.parse(code)
    assert parsed.version == 2 and len(code) < 1000
    assert parsed.hq_age_fingerprints == tuple(
        hashlib.sha256(r.encode()).hexdigest() for r in hybrid.recipients
    )
    late = new_vault(tmp_path, "late")
    session.enrol_field(late, code, memory_store())
    first = late.save("case", {"title": "The first thing it writes"}).item
    (rev,) = late.history(first)
    assert _stanzas(rev.envelope) == ["mlkem768x25519", "mlkem768x25519"]
    late.close()
