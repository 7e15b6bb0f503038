"""The push state of revisions, kept by the vault (vault/revisions.py) and driven by the
sync outbox (sync/outbox.py): what is recorded as pushed, what is queued again at unlock."""

from __future__ import annotations

from vigil.sync import outbox
from vigil.vault.store import Vault


def _case(vault: Vault, title: str) -> str:
    return vault.save("case", {"title": title, "status": "open"}).id


def test_the_vault_lists_and_records_what_is_pushed(vault: Vault) -> None:
    before = vault.revision_count()
    ids = [_case(vault, f"Case {n}") for n in range(3)]
    assert vault.revision_count() == before + 3
    waiting = vault.unpushed()
    assert [w.id for w in waiting][-3:] == ids
    assert [w.seq for w in waiting] == sorted(w.seq for w in waiting)
    assert dict(vault.envelopes())[ids[0]] == waiting[-3].envelope
    vault.mark_pushed([ids[1]])
    assert ids[1] not in {w.id for w in vault.unpushed()}
    assert {ids[0], ids[2]} <= {w.id for w in vault.unpushed()}
    vault.mark_pushed()
    assert vault.unpushed() == []
    assert vault.revision_count() == before + 3  # pushing removes nothing


def test_reconcile_records_sent_files_and_queues_missing_ones_again(vault: Vault) -> None:
    outbox.attach(vault)
    first, second, third = (_case(vault, f"Case {n}") for n in range(3))
    queued = {p.name.split("-", 1)[1].removesuffix(".age"): p for p in outbox.queued(vault.path)}
    assert {first, second, third} <= set(queued)
    outbox.mark_sent([queued[first]])  # pushed while the vault was locked
    queued[second].unlink()  # lost between the commit and the file (a crash)
    waiting = outbox.reconcile(vault)
    assert first not in {w.id for w in vault.unpushed()}
    assert waiting == len(vault.unpushed()) and waiting >= 2
    names = {p.name.split("-", 1)[1].removesuffix(".age") for p in outbox.queued(vault.path)}
    assert {second, third} <= names and first not in names
    assert not list((outbox.outbox_dir(vault.path) / outbox.SENT).glob("*.age"))
