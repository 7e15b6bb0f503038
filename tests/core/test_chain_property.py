"""Property: whatever order of saves, edits, deletes and restores, the revision chain holds.

For any sequence of operations: every device sequence number appears once, each envelope
names the previous one, each item's history is exactly the saves made to it in order, the
current state equals the last save, and a backup restored elsewhere has the same state.
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto.header import recovery_age_identity_strings
from vigil.crypto.recovery import parse_key
from vigil.vault.backup import restore_backup, write_backup
from vigil.vault.store import Vault
from vigil.vault.verify import verify_vault

# Any text a note may hold: not NUL, and no unpaired surrogate, which is not text and which a
# save refuses by name (tests/core/test_vault.py).
_text = st.text(
    alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00"),
    min_size=1,
    max_size=30,
)
ops = st.lists(
    st.one_of(
        st.tuples(st.just("new"), _text),
        st.tuples(st.just("edit"), st.integers(0, 50), _text),
        st.tuples(st.just("delete"), st.integers(0, 50)),
        st.tuples(st.just("restore"), st.integers(0, 50), st.integers(0, 50)),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(operations=ops)
def test_revision_chain_survives_any_sequence(operations: list[tuple[Any, ...]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        vault, recovery_key = Vault.create(root / "v", PASSPHRASE, FAST_KDF)
        with vault:
            case_id = vault.save("case", {"title": "Property case"}).item
            expected: dict[str, list[tuple[str, bool]]] = {}
            for op in operations:
                notes = list(expected)
                if op[0] == "new" or not notes:
                    text = op[-1] if isinstance(op[-1], str) else "fresh"
                    rev = vault.save("note", {"text": text}, case_id=case_id)
                    expected[rev.item] = [(text, False)]
                elif op[0] == "edit":
                    item = notes[op[1] % len(notes)]
                    vault.save("note", {"text": op[2]}, item_id=item)
                    expected[item].append((op[2], False))
                elif op[0] == "delete":
                    item = notes[op[1] % len(notes)]
                    vault.save("note", {"text": expected[item][-1][0]}, item_id=item, deleted=True)
                    expected[item].append((expected[item][-1][0], True))
                else:
                    item = notes[op[1] % len(notes)]
                    history = vault.history(item)
                    old = history[op[2] % len(history)]
                    vault.restore_revision(item, old.id)
                    expected[item].append((str(old.payload["text"]), old.deleted))

            for item, saves in expected.items():
                history = vault.history(item)
                assert [(r.payload["text"], r.deleted) for r in history] == saves
                for older, newer in itertools.pairwise(history):
                    assert newer.parents == (older.id,)
                current = vault.get(item)
                assert current is not None
                assert (current.payload["text"], current.deleted) == saves[-1]
            seqs = [row[0] for row in vault.conn.execute("SELECT seq FROM revisions ORDER BY seq")]
            assert seqs == list(range(1, len(seqs) + 1))
            assert verify_vault(vault) == []
            write_backup(vault, root / "backup.age")
            state = {i.id: dict(i.payload) for i in vault.items("note", include_deleted=True)}

        restored = restore_backup(
            root / "backup.age",
            root / "restored",
            recovery_age_identity_strings(recovery_key),
            lambda h: h.unwrap_with_recovery(parse_key(recovery_key)),
        )
        with restored:
            assert verify_vault(restored) == []
            got = {i.id: dict(i.payload) for i in restored.items("note", include_deleted=True)}
            assert got == state
            # the restored copy writes as a new device, so it never forks the old chain
            nxt = restored.save("note", {"text": "after restore"}, case_id=case_id)
            assert nxt.seq == 1 and nxt.prev == ""
            assert nxt.device != restored.header.device_id
            assert verify_vault(restored) == []
