"""Each device's revisions form one chain: a copied vault that goes on writing is a fork.

The twin tests elsewhere reuse a sequence number, so only the sequence check sees them. Here
the copy writes revisions N and N+1: N+1 has the right next number but names the copy's own N
as its predecessor, so only the ``prev`` hash check can refuse it (a mutant that drops that
check survived every other test). Real vaults and envelopes, the merge the HQ desk runs.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.vault import merge
from vigil.vault.store import Vault
from vigil.vault.verify import verify_vault


@dataclass
class Fork:
    hq: Vault
    field: Vault
    clone: Vault
    case: str
    mine: bytes  # the field's own revision N
    forked: list[bytes]  # the clone's N and N+1


def _kinds(vault: Vault) -> list[tuple[str, str]]:
    return [
        (str(r[0]), str(r[1]))
        for r in vault.conn.execute("SELECT kind, detail FROM integrity_log ORDER BY rowid")
    ]


@pytest.fixture
def fork(tmp_path: Path) -> Iterator[Fork]:
    hq = Vault.create(tmp_path / "hq", PASSPHRASE, FAST_KDF)[0]
    field = Vault.create(tmp_path / "field", PASSPHRASE, FAST_KDF)[0]
    field.set_meta("recipients", json.dumps([hq.identity.recipient_string]))
    first = field.save("case", {"title": "Before the fork"})
    assert merge.merge(hq, [first.envelope], merge.Trust(first_use=True)).added == 1
    field.close()
    shutil.copytree(tmp_path / "field", tmp_path / "clone")  # a copied laptop
    field = Vault.open(tmp_path / "field", PASSPHRASE)
    clone = Vault.open(tmp_path / "clone", PASSPHRASE)
    mine = field.save("case", {"title": "The real edit"}, item_id=first.item)
    one = clone.save("case", {"title": "Forked edit"}, item_id=first.item)
    two = clone.save("case", {"title": "Forked again"}, item_id=first.item)
    assert (mine.device, mine.seq) == (one.device, one.seq)
    assert (two.seq, two.prev) == (mine.seq + 1, one.id) and two.prev != mine.id
    made = Fork(hq, field, clone, first.item, mine.envelope, [one.envelope, two.envelope])
    yield made
    for vault in (hq, field, clone):
        vault.close()


def test_the_next_number_on_a_forked_chain_is_refused(fork: Fork) -> None:
    assert merge.merge(fork.hq, [fork.mine], merge.Trust()).added == 1
    before = len(_kinds(fork.hq))

    report = merge.merge(fork.hq, [fork.forked[1]], merge.Trust())

    assert (report.added, len(report.refused), report.waiting) == (0, 1, 0)
    got = fork.hq.get(fork.case)
    assert got is not None and got.payload["title"] == "The real edit"
    new = _kinds(fork.hq)[before:]
    assert [kind for kind, _ in new] == ["forked"]
    assert "does not follow the one before" in new[0][1]
    assert verify_vault(fork.hq) == []
    # the real chain goes on
    after = fork.field.save("note", {"text": "after the fork"}, case_id=fork.case)
    assert merge.merge(fork.hq, [after.envelope], merge.Trust()).added == 1


def test_a_forked_successor_that_waited_is_refused_once_the_real_one_arrives(
    fork: Fork,
) -> None:
    early = merge.merge(fork.hq, [fork.forked[1]], merge.Trust())
    assert (early.added, early.waiting) == (0, 1)  # N is missing: it waits, it is not taken

    report = merge.merge(fork.hq, [fork.mine], merge.Trust())

    assert report.added == 1 and len(report.refused) == 1 and report.waiting == 0
    got = fork.hq.get(fork.case)
    assert got is not None and got.payload["title"] == "The real edit"
    assert [kind for kind, _ in _kinds(fork.hq)] == ["withheld", "forked"]
    assert verify_vault(fork.hq) == []


def test_both_forked_revisions_in_one_page_are_refused(fork: Fork) -> None:
    report = merge.merge(fork.hq, [fork.mine, *fork.forked], merge.Trust())
    assert report.added == 1 and len(report.refused) == 2
    details = [detail for kind, detail in _kinds(fork.hq) if kind == "forked"]
    assert len(details) == 2
    assert any("a second revision" in d for d in details)
    assert any("does not follow" in d for d in details)


def test_what_a_device_sent_is_counted_revision_by_revision(fork: Fork) -> None:
    """``authored_by`` (what a seized laptop held, docs/sync.md): every revision of the keys'
    chains, and the items they touched; nothing for a key that sent nothing. The seizure test
    only checks "at least"; a count off by one survived make mutate."""
    person = fork.field.save(
        "person", {"names": [{"text": "Witness", "script": "Latn"}]}, case_id=fork.case
    )
    sent = [fork.mine, person.envelope]
    assert merge.merge(fork.hq, sent, merge.Trust(first_use=True)).added == 2
    key = fork.field.identity.verify_key_bytes
    assert merge.authored_by(fork.hq, [key]) == ({fork.case, person.item}, 3)
    assert merge.authored_by(fork.hq, [fork.hq.identity.verify_key_bytes]) == (set(), 0)
    assert merge.authored_by(fork.hq, []) == (set(), 0)
