"""Hostile envelopes in the inbox are refused one by one; the vault always opens.

Anyone who can reach the inbox (the sync server, any HQ desk) can encrypt to the vault's
public key. Whatever such an envelope holds, it is refused on its own: recorded in the
integrity log and moved, as it came, to the vault's quarantine folder. Nothing already stored
changes, the envelopes beside it still merge, and every later unlock works.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.core.hostile.helpers import (
    INBOX_QUARANTINE,
    body,
    drop,
    encrypt_to,
    enrol_offline,
    signed,
    signed_body,
    stored,
    unsigned_note,
)
from tests.support.cli import Cli
from tests.support.vaults import PASSPHRASE
from vigil.crypto.keys import sha256
from vigil.sync import outbox
from vigil.sync.unlocked import merge_inbox, prepare
from vigil.vault.files import LinkedFolder
from vigil.vault.merge import integrity_log
from vigil.vault.store import Vault
from vigil.vault.verify import verify_vault

EXIT_INTEGRITY = 4


def test_deep_nesting_envelope_does_not_brick_the_vault(cli: Cli) -> None:
    """The issue's case: '[' five thousand times, encrypted to the vault's key."""
    cli.init()
    case_id = cli("case", "add", "--title", "Detained journalist").last_line
    with Vault.open(cli.vault, PASSPHRASE) as vault:
        enrol_offline(vault)
        sent = encrypt_to(vault, unsigned_note(b"[" * 5000 + b"\n"))
        bomb = drop(cli.vault, sent)
    for _ in range(2):  # every later command, not just the first
        result = cli("case", "list", "--json", check=False)
        assert result.returncode == 0, result.stderr
        assert "RecursionError" not in result.stderr
        assert [row["id"] for row in json.loads(result.stdout)] == [case_id]
    assert not bomb.exists()
    kept = cli.vault / INBOX_QUARANTINE / bomb.name
    assert kept.read_bytes() == sent  # kept exactly as it came
    status = cli("sync", "status", check=False)
    assert "refused" in status.stdout + status.stderr


def hostile_insides(vault: Vault) -> dict[str, bytes]:
    """One envelope per way of being wrong, each encrypted to the vault and, where it gets
    that far, validly signed by a key the vault trusts."""
    good = body(vault)
    case_item = vault.items("case")[0]
    text = json.dumps(good, sort_keys=True, separators=(",", ":"))
    return {
        "deep nesting": encrypt_to(vault, unsigned_note(b"[" * 5000 + b"\n")),
        "deep nesting, unterminated": encrypt_to(vault, unsigned_note(b"{" * 100_000)),
        "deep nesting, signed": signed(vault, b"[" * 5000 + b"\n", good["device"]),
        "deep payload": signed_body(
            vault, body(vault, payload={"title": "x", "summary": [[[[[[[[[[[]]]]]]]]]]]})
        ),
        "duplicate keys": signed(vault, text[:-1].encode() + b',"kind":"note"}\n', good["device"]),
        "lone surrogate": signed(
            vault, text.replace('"Forged"', '"Forged\\ud800"').encode() + b"\n", good["device"]
        ),
        "huge number": signed(
            vault,
            text.replace('"seq":1', '"seq":1' + "0" * 5000).encode() + b"\n",
            good["device"],
        ),
        "NaN": signed(vault, text.replace('"seq":1', '"seq":NaN').encode() + b"\n", good["device"]),
        "not UTF-8": signed(
            vault,
            text.replace("Forged", "\udcff", 1).encode("utf-8", "surrogateescape") + b"\n",
            good["device"],
        ),
        "seq is a string": signed_body(vault, body(vault, seq="1")),
        "seq is true": signed_body(vault, body(vault, seq=True)),
        "parents is a string": signed_body(vault, body(vault, parents="ab")),
        "payload is a list": signed_body(vault, body(vault, payload=[["title", "x"]])),
        "case is a number": signed_body(vault, body(vault, kind="note", case=7)),
        "item is not an id": signed_body(vault, body(vault, item="../../etc/passwd")),
        "unknown kind": signed_body(vault, body(vault, kind="script", payload={})),
        "payload wrong for its kind": signed_body(vault, body(vault, payload={"title": 5})),
        "unknown payload field": signed_body(
            vault, body(vault, payload={"title": "x", "owner": "hq"})
        ),
        "a note posing as a case": signed_body(vault, body(vault, kind="note", case=None)),
        "a case that belongs to a case": signed_body(vault, body(vault, case=case_item.id)),
        "kind of an existing item changed": signed_body(
            vault,
            body(
                vault,
                kind="note",
                item=case_item.id,
                case=case_item.id,
                parents=[case_item.head],
                payload={"text": "x"},
            ),
        ),
        "not a JSON object": signed(vault, b'"just a string"\n', good["device"]),
        "unsigned text": encrypt_to(vault, text.encode() + b"\n"),
        "two blank lines": encrypt_to(vault, b"\n\n\n\n"),
    }


def test_each_hostile_envelope_is_refused_alone(vault: Vault) -> None:
    vault.save("case", {"title": "Detained journalist"})
    enrol_offline(vault)
    before = stored(vault)
    hostile = hostile_insides(vault)
    paths = {name: drop(vault.path, data, seq) for seq, (name, data) in enumerate(hostile.items())}
    fine = body(vault, payload={"title": "Arrived with the rest"})
    good = drop(vault.path, signed_body(vault, fine), seq=999)

    report = merge_inbox(vault)

    assert vault.get(fine["item"]) is not None, "the good envelope beside them merged"
    assert report.added == 1
    assert stored(vault)[: len(before)] != [] and all(row in stored(vault) for row in before)
    for name, path in paths.items():
        assert not path.exists(), name
        kept = vault.path / INBOX_QUARANTINE / path.name
        assert kept.read_bytes() == hostile[name], f"{name}: not kept as it came"
    assert not good.exists()
    assert not (vault.path / INBOX_QUARANTINE / good.name).exists()
    refused = [e for e in integrity_log(vault, 500) if e["kind"] == "refused"]
    assert len(refused) >= len(hostile)
    for entry in refused:
        assert "\n" not in entry["detail"] and "Traceback" not in entry["detail"]
    assert not list((vault.path / "inbox").iterdir())


def test_unlock_survives_any_inbox(vault_path: Path, vault: Vault) -> None:
    """After the refusals the vault opens again and verifies clean."""
    vault.save("case", {"title": "Detained journalist"})
    enrol_offline(vault)
    for seq, data in enumerate(hostile_insides(vault).values()):
        drop(vault.path, data, seq)
    vault.close()

    with Vault.open(vault_path, PASSPHRASE) as again:
        prepare(again)
        assert verify_vault(again) == []
        assert [i.payload["title"] for i in again.items("case")] == ["Detained journalist"]


@pytest.mark.parametrize("where", ["inbox", "outbox"])
def test_linked_sync_folders_are_not_followed(vault: Vault, tmp_path: Path, where: str) -> None:
    """An inbox or outbox replaced by a symlink is neither read from nor written through; the
    vault still opens and says why sync stopped."""
    vault.save("case", {"title": "Detained journalist"})
    enrol_offline(vault)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    planted = elsewhere / ("000000000001-" + "0" * 64 + ".age")
    planted.write_bytes(signed_body(vault, body(vault)))
    (vault.path / where).symlink_to(elsewhere)

    prepare(vault)
    vault.save("case", {"title": "Second"})

    assert [p.name for p in elsewhere.iterdir()] == [planted.name]  # nothing written there
    assert len(vault.items("case")) == 2  # the planted envelope was not merged
    linked = [e for e in integrity_log(vault) if e["kind"] == "linked"]
    assert linked and where in linked[0]["detail"] and "link" in linked[0]["detail"]
    with pytest.raises(LinkedFolder):
        outbox.inbox(vault.path) if where == "inbox" else outbox.queued(vault.path)


def test_a_waiting_revision_refused_later_is_kept(vault: Vault) -> None:
    """A revision taken in to wait for its predecessor (by an older, laxer Vigil) that no
    longer passes is refused then, and kept in quarantine, not dropped with its row."""
    vault.save("case", {"title": "Detained journalist"})
    enrol_offline(vault)
    laxer = signed_body(vault, body(vault, seq=5, kind="script", payload={}))
    rev_id = sha256(laxer).hex()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO pending (rev_id, device, seq, envelope) VALUES (?, ?, ?, ?)",
            (rev_id, "ab" * 16, 5, laxer),
        )
    merge_inbox(vault)
    assert vault.conn.execute("SELECT count(*) FROM pending").fetchone()[0] == 0
    kept = vault.path / INBOX_QUARANTINE / f"pending-{rev_id}.age"
    assert kept.read_bytes() == laxer
    assert any(rev_id[:12] in e["detail"] for e in integrity_log(vault) if e["kind"] == "refused")
