"""Property: three field devices and the HQ desk, any interleaving of offline edits and syncs
against one real server; after everyone syncs once more, HQ holds every revision of every
device, nothing waits or was refused, every vault verifies, and no revision at HQ is
silently dropped (each one is its item's state, an ancestor of it, or a listed conflict)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.server import ServerProcess
from tests.support.sync import Device, make_field, make_hq
from vigil.vault import merge

FIELDS = 3
ACTIONS = ("new_case", "edit", "note", "sync")
steps = st.lists(
    st.tuples(st.sampled_from(ACTIONS), st.integers(0, FIELDS), st.integers(0, 1 << 16)),
    min_size=1,
    max_size=24,
)


@pytest.fixture(scope="module")
def org(
    server: ServerProcess, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[ServerProcess, Device, Path]]:
    root = tmp_path_factory.mktemp("property")
    hq = make_hq(root, server.admin_code)
    try:
        yield server, hq, root
    finally:
        hq.close()


def do(device: Device, action: str, pick: int, known: list[str]) -> None:
    """One offline edit. The HQ desk may also edit field devices' cases it has received,
    which makes sibling revisions when the field device edits them too."""
    cases = known if known else device.cases
    if action == "new_case" or not cases:
        device.new_case()
    elif action == "edit":
        device.edit_case(cases[pick % len(cases)])
    else:
        device.add_note(cases[pick % len(cases)])


def unaccounted(device: Device) -> list[str]:
    """Revisions of an item that are neither its state, nor an ancestor of it, nor a listed
    conflict (nor an ancestor of one): revisions a person could never see again."""
    conn = device.vault.conn
    parents = {rev: json.loads(p) for rev, p in conn.execute("SELECT id, parents FROM revisions")}
    conflicts = merge.conflicts(device.vault)
    lost = []
    for item, head in conn.execute("SELECT id, head FROM items").fetchall():
        seen: set[str] = set()
        todo = [head, *conflicts.get(item, [])]
        while todo:
            rev = todo.pop()
            if rev not in seen:
                seen.add(rev)
                todo += parents.get(rev, [])
        rows = conn.execute("SELECT id FROM revisions WHERE item_id = ?", (item,))
        lost += [rev for (rev,) in rows if rev not in seen]
    return lost


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@pytest.mark.slow  # each example syncs several whole devices
@given(plan=steps)
def test_everyone_converges_with_every_revision_kept(
    org: tuple[ServerProcess, Device, Path], plan: list[tuple[str, int, int]]
) -> None:
    _server, hq, root = org
    base = Path(tempfile.mkdtemp(dir=root))
    fields = [make_field(base, hq, f"field{i}") for i in range(FIELDS)]
    hq.sync()
    alerts_before = len(hq.integrity())
    hq_cases = {item.id for item in hq.vault.items("case")}
    try:
        for action, who, pick in plan:
            device = fields[who] if who < FIELDS else hq
            if action == "sync":
                report, merged = device.sync()
                assert report.error == "" and merged.refused == [], report.error
                continue
            known = []
            if device is hq:  # cases HQ got from this example's devices, and its own
                known = sorted(i.id for i in hq.vault.items("case") if i.id not in hq_cases)
            do(device, action, pick, known)

        for device in [*fields, hq]:
            report, merged = device.sync()
            assert report.error == "" and merged.refused == [] and merged.waiting == 0

        held = hq.revisions()
        for device in fields:
            mine = device.own_revisions()
            assert mine <= held, f"{device.name}: {len(mine - held)} revisions never reached HQ"
            # ...and nothing else in its name: no forgery, no duplicate chain.
            assert hq.revisions(device.chain_device) == mine
            assert device.verify() == []
            assert device.integrity() == []
        assert hq.integrity()[alerts_before:] == []
        assert hq.vault.conn.execute("SELECT count(*) FROM pending").fetchone()[0] == 0
        assert unaccounted(hq) == []
        assert hq.verify() == []
    finally:
        for device in fields:
            device.close()


def test_concurrent_edits_are_both_kept_until_a_person_resolves_them(
    org: tuple[ServerProcess, Device, Path],
) -> None:
    """The property's siblings, by hand: HQ and a field device edit one case offline."""
    _server, hq, root = org
    field = make_field(Path(tempfile.mkdtemp(dir=root)), hq, "field")
    try:
        case = field.new_case("Shared")
        field.sync()
        hq.sync()
        theirs = hq.edit_case(case, "HQ's version")
        mine = field.edit_case(case, "The field's version")
        field.sync()
        _, merged = hq.sync()

        assert merged.added == 1 and merged.conflicts == 1
        shown = hq.vault.get(case)
        siblings = merge.conflicts(hq.vault)[case]
        assert {shown.head, *siblings} == {theirs, mine}  # both kept, one shown
        assert unaccounted(hq) == []

        resolution = merge.resolve(hq.vault, case, {"title": "Both, merged by a person"})
        assert set(resolution.parents) == {theirs, mine}
        assert case not in merge.conflicts(hq.vault)
        assert hq.vault.get(case).head == resolution.id
        assert unaccounted(hq) == [] and hq.verify() == []
    finally:
        field.close()
