"""Undoing revisions that were already merged: a seized device's, which the server accepted
after the seizure's TIME but HQ merged before it knew (sync/seize.py decides which; this
module only moves them out, docs/sync.md "A field laptop is seized").

Nothing is deleted. Each undone revision is first written, as the envelope it came in, to
``quarantine/seized/<revision id>.age`` (``kept`` reads them back, as such), and only then
taken out of the revisions table. Each item it touched is then shown as the revisions left
make it: the newest one that does not build on an undone revision (so a case is shown as it
was before them); an item that existed only through undone revisions is no longer listed.
Revisions by other devices that build on an undone one stay, as conflicts for a person to
review (their payload may carry what the undone one wrote); where nothing else is left, the
newest of them is shown. The undone device's chain ends at its last revision left, so the
chain checks (merge, verify) stay whole: callers undo a chain's tail, never its middle.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from vigil.crypto import envelope
from vigil.crypto.envelope import Revision
from vigil.crypto.errors import VigilError
from vigil.vault import layout, quarantine
from vigil.vault.merge import log_integrity

if TYPE_CHECKING:
    from vigil.vault.store import Vault

PART = layout.QUARANTINE_SEIZED


@dataclass
class Unmerged:
    revisions: list[str] = field(default_factory=list)
    items: set[str] = field(default_factory=set)  # items whose shown state changed
    removed: set[str] = field(default_factory=set)  # items no longer listed
    built_on: set[str] = field(default_factory=set)  # others' revisions on an undone one


def unmerge(vault: Vault, rev_ids: Iterable[str], why: str) -> Unmerged:
    """Take ``rev_ids`` out of the merged state, keeping each in the quarantine first."""
    wanted = sorted(set(rev_ids))
    done = Unmerged()
    rows = []
    for rev_id in wanted:
        row = vault.conn.execute(
            "SELECT id, item_id, device, envelope FROM revisions WHERE id = ?", (rev_id,)
        ).fetchone()
        if row is not None:
            rows.append(row)
    if not rows:
        return done
    folder = quarantine.folder(vault.path, PART)
    for rev_id, _item, _device, data in rows:
        if not (folder / f"{rev_id}.age").exists():  # kept by an earlier, interrupted run
            quarantine.keep_bytes(vault.path, f"{rev_id}.age", bytes(data), PART)
    undone = {str(r[0]) for r in rows}
    with vault.transaction() as conn:
        for item_id in sorted({str(r[1]) for r in rows}):
            _reshow(vault, conn, item_id, undone, done)
        for rev_id in sorted(undone):
            conn.execute("DELETE FROM revisions WHERE id = ?", (rev_id,))
            conn.execute("DELETE FROM conflicts WHERE rev_id = ?", (rev_id,))
            log_integrity(conn, "seized", f"revision {rev_id[:12]}: {why}; undone, kept in "
                          f"quarantine ({layout.QUARANTINE}/{PART}/), not deleted")  # fmt: skip
        for device in sorted({str(r[2]) for r in rows}):
            last = conn.execute(
                "SELECT seq, id FROM revisions WHERE device = ? ORDER BY seq DESC LIMIT 1",
                (device,),
            ).fetchone()
            if last is None:
                conn.execute("DELETE FROM devices WHERE device = ?", (device,))
            else:
                conn.execute("UPDATE devices SET seq = ?, last_hash = ? WHERE device = ?",
                             (int(last[0]), str(last[1]), device))  # fmt: skip
        for rev_id in sorted(done.built_on):
            log_integrity(conn, "seized", f"revision {rev_id[:12]} builds on an undone revision "
                          "of a seized device: listed as a conflict, review it")  # fmt: skip
    done.revisions = sorted(undone)
    return done


def _reshow(vault: Vault, conn: Any, item_id: str, undone: set[str], done: Unmerged) -> None:
    parents = {
        str(rev_id): (json.loads(p), str(t))
        for rev_id, p, t in conn.execute(
            "SELECT id, parents, time FROM revisions WHERE item_id = ?", (item_id,)
        )
    }
    tainted = {r for r in parents if r not in undone and _ancestors(parents, r) & undone}
    clean = {r for r in parents if r not in undone and r not in tainted}
    done.built_on |= tainted
    conn.execute("DELETE FROM conflicts WHERE item_id = ?", (item_id,))
    shown = _tips(parents, clean) or _tips(parents, tainted)
    if not shown:
        row = conn.execute("SELECT rowid FROM items WHERE id = ?", (item_id,)).fetchone()
        if row is not None:
            conn.execute("DELETE FROM search WHERE rowid = ?", (row[0],))
            conn.execute("DELETE FROM items WHERE id = ?", (item_id,))
            done.removed.add(item_id)
        return
    shown.sort(key=lambda r: (parents[r][1], r))
    head = shown[-1]
    others = [*shown[:-1], *(_tips(parents, tainted) if clean else [])]
    for rev_id in others:
        conn.execute("INSERT OR IGNORE INTO conflicts (item_id, rev_id) VALUES (?, ?)",
                     (item_id, rev_id))  # fmt: skip
    current = conn.execute("SELECT head FROM items WHERE id = ?", (item_id,)).fetchone()
    if current is None or str(current[0]) != head:
        data = conn.execute("SELECT envelope FROM revisions WHERE id = ?", (head,)).fetchone()
        vault._apply(conn, envelope.open_envelope(bytes(data[0]), vault.identities))
        done.items.add(item_id)


def _ancestors(parents: dict[str, tuple[list[str], str]], start: str) -> set[str]:
    """The revisions ``start`` descends from (not itself), as far as the item has them."""
    seen: set[str] = set()
    todo = list(parents[start][0])
    while todo:
        rev_id = todo.pop()
        if rev_id not in seen:
            seen.add(rev_id)
            todo += parents.get(rev_id, ([], ""))[0]
    return seen


def _tips(parents: dict[str, tuple[list[str], str]], among: set[str]) -> list[str]:
    below: set[str] = set()
    for rev_id in among:
        below |= _ancestors(parents, rev_id)
    return [r for r in among if r not in below]


def kept(vault: Vault) -> list[Revision]:
    """The undone revisions, read back from the quarantine (oldest first by their own time):
    what a person reviews. One that no longer opens is left out (it stays on disk)."""
    folder = vault.path / layout.QUARANTINE / PART
    out: list[Revision] = []
    if not folder.is_dir() or folder.is_symlink():
        return out
    for path in sorted(folder.glob("*.age")):
        try:
            out.append(envelope.open_envelope(path.read_bytes(), vault.identities))
        except (OSError, VigilError):
            continue
    out.sort(key=lambda r: (r.time, r.id))
    return out
