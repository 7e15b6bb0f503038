"""A field laptop is seized: ``vigil hq seize DEVICE_ID [--since TIME]`` (docs/sync.md).

On the HQ desk: the server revokes the device (it can push and fetch nothing more), the desk
records the seizure (sync/seized.py), retires the device's announced keys so that nothing HQ
makes is encrypted to them (confidential notes, bundles), and signs a ``device-seized`` note
to every device, which each records and shows. From then on the merge keeps in quarantine,
unmerged, any revision signed by the seized device that the server accepted after TIME (the
server's acceptance time decides, never the laptop's own clock; ``merge.Trust.seized``). What
HQ had already merged from it is checked too: each of its revisions gets the server's signed
receipt (asked for where none is kept), and the tail of its chain from the first one accepted
after TIME, or never accepted by the server at all, is undone (vault/unmerge.py: quarantined,
readable as such, nothing deleted). The desk also lists what the laptop held, as far as HQ can
know it: what it sent, by id.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from vigil.crypto.errors import VigilError
from vigil.sync.seized import NOTE_DAYS, NOTE_KIND, earliest, parse_since, record
from vigil.vault import merge

if TYPE_CHECKING:
    from vigil.sync.credentials import CredentialStore
    from vigil.vault.store import Vault


@dataclass
class Held:
    """What HQ knows the seized laptop held: what it sent, by id."""

    cases: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    revisions: int = 0
    known: bool = True  # False: the device never announced its key, HQ cannot tell


@dataclass
class Seizure:
    device_id: str
    since: str
    held: Held
    notes_sent: int
    undone: int = 0  # merged revisions taken back out: accepted after TIME, or never
    unchecked: bool = False  # the server could not be asked for receipts: seize again


def holdings(vault: Vault, keys: list[bytes]) -> Held:
    if not keys:
        return Held(known=False)
    items, count = merge.authored_by(vault, keys)
    held = Held(revisions=count)
    cases: set[str] = set()
    for item_id in sorted(items):
        item = vault.get(item_id)
        if item is not None:
            cases.add(item.id if item.kind == "case" else item.case_id or "")
    cases.discard("")
    held.cases = sorted(cases)
    for case_id in held.cases:
        held.people += [i.id for i in vault.items("person", case_id=case_id) if i.id in items]
        held.attachments += [
            i.id for i in vault.items("attachment", case_id=case_id) if i.id in items
        ]
    return held


def seize(
    vault: Vault, store: CredentialStore, device_id: str, since: str | None = None,
    proxy: str | None = None,
) -> Seizure:  # fmt: skip
    from vigil.alerts.publish import publish
    from vigil.alerts.store import AlertStore, KeyChange
    from vigil.sync import hq

    hq.desk(vault, "records a seized device")
    when = earliest(vault, device_id, parse_since(since))
    hq.revoke(vault, store, device_id, proxy=proxy)  # first: from now it can push nothing
    keys = AlertStore(vault).device_keys(device_id)
    record(vault, device_id, {"since": when, "recorded": parse_since(None),
                              "keys": sorted(k.hex() for k in keys)})  # fmt: skip
    AlertStore(vault).set_keys(KeyChange(k, "field", device_id, None, "retired") for k in keys)
    publish(vault, NOTE_KIND, {"device": device_id, "since": when}, "all", NOTE_DAYS)
    try:
        sent = hq.send_published(vault, store, proxy)
    except VigilError:
        sent = 0  # queued: it goes at the next sync
    held = holdings(vault, keys)  # before the undo: what it sent, whenever it was accepted
    undone, unchecked = undo_after(vault, store, keys, when, proxy)
    return Seizure(device_id, when, held, sent, undone, unchecked)


def _after(accepted: str | None, since: str) -> bool:
    """Was a revision accepted after TIME? Receipts date to the second: a revision accepted
    in TIME's own second counts as after it (kept out rather than let in). Never accepted by
    the server (``None``: carried by hand only): after, as the merge treats it."""
    return accepted is None or accepted[:19] >= since[:19]


def undo_after(
    vault: Vault, store: CredentialStore, keys: list[bytes], since: str, proxy: str | None
) -> tuple[int, bool]:
    """Undo what HQ merged from these keys' chains that the server accepted after ``since``.
    Returns (revisions undone, whether the server could not be asked)."""
    from vigil.evidence.receipts import accepted_at, fetch_missing
    from vigil.sync import hq
    from vigil.vault.unmerge import unmerge

    revs = {device: merge.chain(vault, device) for device in merge.chains(vault, keys)}
    unchecked = False
    try:
        with hq.client(vault, store, proxy) as client:
            fetch_missing(vault, [r for chain in revs.values() for r in chain], client)
    except VigilError:
        unchecked = True  # then only receipts already kept decide; the rest waits
    tail: list[str] = []
    for chain in revs.values():
        for at, (rev_id, _data) in enumerate(chain):
            accepted = accepted_at(vault, rev_id)
            if (accepted is not None or not unchecked) and _after(accepted, since):
                tail += [i for i, _ in chain[at:]]
                break
    if not tail:
        return 0, unchecked
    why = f"signed by a seized device and accepted by the server after {since}, or never"
    return len(unmerge(vault, tail, why).revisions), unchecked
