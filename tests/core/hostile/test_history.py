"""``history`` and ``revision`` check that a stored envelope is the one its row names.

The database is authenticated as a whole, but a row can still point at the wrong envelope:
a bug, an old vault, or a merge that filed something wrongly. ``verify`` already refused
that; showing an item's history did not, and would present another item's (validly signed)
text as this one's past.
"""

from __future__ import annotations

import pytest

from vigil.crypto.errors import IntegrityError
from vigil.vault import db
from vigil.vault.store import Vault


def two_items(vault: Vault) -> tuple[str, str, str, str]:
    a = vault.save("case", {"title": "Case A"})
    b = vault.save("case", {"title": "Case B, another family"})
    return a.item, a.id, b.item, b.id


def test_history_refuses_an_envelope_swapped_into_a_row(vault: Vault) -> None:
    a_item, a_rev, _b_item, b_rev = two_items(vault)
    with db.transaction(vault.conn, vault._lock) as conn:
        conn.execute(
            "UPDATE revisions SET envelope = (SELECT envelope FROM revisions WHERE id = ?)"
            " WHERE id = ?",
            (b_rev, a_rev),
        )
    with pytest.raises(IntegrityError, match="do not match its id"):
        vault.history(a_item)
    with pytest.raises(IntegrityError, match="do not match its id"):
        vault.revision(a_rev)


def test_history_refuses_a_revision_filed_under_another_item(vault: Vault) -> None:
    a_item, _a_rev, _b_item, b_rev = two_items(vault)
    with db.transaction(vault.conn, vault._lock) as conn:
        conn.execute("UPDATE revisions SET item_id = ? WHERE id = ?", (a_item, b_rev))
    with pytest.raises(IntegrityError, match="wrong item"):
        vault.history(a_item)
    with pytest.raises(IntegrityError, match="wrong item"):
        vault.revision(b_rev)
    with pytest.raises(IntegrityError):
        vault.restore_revision(a_item, b_rev)


def test_history_of_a_sound_item_still_reads(vault: Vault) -> None:
    a_item, a_rev, _, _ = two_items(vault)
    vault.save("case", {"title": "Case A, renamed"}, item_id=a_item)
    assert [r.payload["title"] for r in vault.history(a_item)] == ["Case A", "Case A, renamed"]
    assert vault.revision(a_rev).item == a_item
