"""What waits to be pushed is found through an index of its own, not by reading every revision:
each unlock of an enrolled vault asks, and a revision's row holds its whole envelope."""

from __future__ import annotations

from pathlib import Path

from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.vault.items import Change
from vigil.vault.store import Vault


def test_unpushed_revisions_are_read_through_their_own_index(tmp_path: Path) -> None:
    vault, _ = Vault.create(tmp_path / "vault", PASSPHRASE, FAST_KDF)
    try:
        vault.save_many([Change("case", {"title": f"Case {i}"}) for i in range(5)])
        asked: list[str] = []
        vault.conn.set_trace_callback(asked.append)  # the statement as run, values bound
        waiting = vault.unpushed()
        vault.conn.set_trace_callback(None)
        [query] = [sql for sql in asked if "FROM revisions" in sql]
        plan = " ".join(str(row[-1]) for row in vault.conn.execute("EXPLAIN QUERY PLAN " + query))
        assert "revisions_unpushed" in plan, plan
        assert len(waiting) == 5
        vault.mark_pushed([waiting[0].id])
        assert [r.id for r in vault.unpushed()] == [r.id for r in waiting[1:]]
        vault.mark_pushed()
        assert vault.unpushed() == []
    finally:
        vault.close()
