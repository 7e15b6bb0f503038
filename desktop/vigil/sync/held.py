"""HQ's acknowledgement in a return bundle: which of one device's revisions HQ holds
(docs/formats.md §18, "held"; docs/sync.md, "Sneakernet").

Over the network a revision leaves the outbox when the server took it. Carried by hand, the
device learns that HQ has it only from HQ: the bundle HQ makes for the device carries one
statement, signed with HQ's alert key, naming for each of the device's revision chains the
last sequence number HQ holds without a gap and that revision's id. A chain is linear (each
revision names the hash of the one before), so one (seq, id) pair vouches for every revision
up to it, and the device checks it against its own chain before it believes any of it.

The statement only ever says "HQ holds at least this much", which stays true: replaying an old
one drops nothing that HQ does not hold, so it carries no sequence number of its own. One
that is not signed by a key this device trusts for HQ, names another device or organisation,
or names a revision this device never made at that place in its chain drops nothing and is
logged (``acknowledgement``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from vigil.crypto import signed_note, strict_json
from vigil.crypto.errors import SignatureError, VigilError
from vigil.sync import outbox
from vigil.vault import merge
from vigil.vault.files import remove_quietly
from vigil.vault.items import now

if TYPE_CHECKING:
    from vigil.sync.enrolment import SyncConfig
    from vigil.vault.store import Vault

FORMAT = "vigil-held/1"
MAX_STATEMENT = 64 * 1024  # a device has a few chains (one per identity it had)
MAX_CHAINS = 64
MLDSA_CONTEXT = FORMAT.encode()  # the ML-DSA-65 context under a root: not a note's
_HEX = frozenset("0123456789abcdef")


class AckRefused(VigilError):
    """An acknowledgement this device must not believe (it drops nothing)."""

    exit_code = 4


def make(vault: Vault, device_id: str) -> bytes:
    """HQ desk: the signed statement of what HQ holds of ``device_id``'s revisions: every
    chain signed by a key the device announced, up to the last revision merged without a gap
    (one still waiting for its predecessor is not held)."""
    from vigil.alerts import note
    from vigil.alerts.publish import hq_signing_key
    from vigil.alerts.store import AlertStore
    from vigil.sync.enrolment import config

    cfg = config(vault)
    assert cfg is not None and cfg.role == "hq"
    held = merge.chains(vault, AlertStore(vault).device_keys(device_id))
    chains = [{"chain": d, "seq": s, "last": h} for d, (s, h) in held.items()][:MAX_CHAINS]
    body = {"format": FORMAT, "org": cfg.org, "device": device_id, "made": now(),
            "chains": chains}  # fmt: skip
    text = json.dumps(body, sort_keys=True) + "\n"
    data = signed_note.sign(text.encode(), note.HQ_SIGNER, hq_signing_key(vault))
    from vigil.sync.root_pin import pinned_root

    if pinned_root(vault) is None:
        return data
    from vigil.sync.desk_mldsa import mldsa_key

    # Under a root, HQ's ML-DSA-65 key signs too, as it does HQ's notes (docs/hq-keys.md),
    # in a context of its own: a statement is not a note.
    return signed_note.add_mldsa(data, note.HQ_MLDSA_SIGNER, mldsa_key(vault), MLDSA_CONTEXT)


def check(vault: Vault, cfg: SyncConfig, data: bytes) -> list[str]:
    """Field device: verify one statement; return the ids of this device's own revisions it
    vouches for that are still queued. Raises AckRefused."""
    from vigil.alerts import inbox, note

    if len(data) > MAX_STATEMENT:
        raise AckRefused("HQ's acknowledgement is larger than any HQ writes.")
    trusted, _retired = inbox.hq_keys(vault, cfg)
    text, key = None, b""
    for key in trusted:
        try:
            text, _name = signed_note.verify(data, {note.HQ_SIGNER: key})
            break
        except SignatureError:
            continue
    if text is None:
        raise AckRefused("HQ's acknowledgement is not signed by a key this device trusts for HQ.")
    _require_post_quantum(vault, data, key)
    try:
        body = strict_json.loads(text, "HQ's acknowledgement", max_bytes=MAX_STATEMENT)
    except strict_json.StrictJSONError as exc:
        raise AckRefused(str(exc)) from None
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise AckRefused("HQ's acknowledgement is not of a version this Vigil reads.")
    if body.get("org") != cfg.org or body.get("device") != cfg.device_id:
        raise AckRefused("HQ's acknowledgement is for another device or organisation.")
    chains = body.get("chains")
    if not isinstance(chains, list) or len(chains) > MAX_CHAINS:
        raise AckRefused("HQ's acknowledgement is malformed.")
    own = vault.device.hex()
    vouched: list[str] = []
    for entry in chains:
        chain, seq, last = _entry(entry)
        if chain != own:
            continue  # an identity this vault had before: its revisions left with it
        if vault.own_revision_at(seq) != last:
            raise AckRefused(
                f"HQ's acknowledgement names revision {seq} of this device as one it never "
                "made: forged, or HQ holds a forked history."
            )
        vouched += vault.unpushed_up_to(seq)
    return vouched


def _require_post_quantum(vault: Vault, data: bytes, key: bytes) -> None:
    """A device holding a root-signed key set requires the set's ML-DSA-65 signature beside
    its Ed25519 key's, as it does on HQ's notes: breaking Ed25519 alone forges nothing."""
    from vigil.alerts import note
    from vigil.sync.root_pin import held

    keys = held(vault)
    if keys is None or keys.desk.ed25519 != key:
        return
    try:
        signed_note.verify_mldsa(data, note.HQ_MLDSA_SIGNER, keys.desk.mldsa65, MLDSA_CONTEXT)
    except SignatureError as why:
        raise AckRefused(f"HQ's acknowledgement lacks its post-quantum signature: {why}") from None


def _entry(entry: Any) -> tuple[str, int, str]:
    malformed = AckRefused("HQ's acknowledgement is malformed.")
    if not isinstance(entry, dict):
        raise malformed
    chain, seq, last = entry.get("chain"), entry.get("seq"), entry.get("last")
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
        raise malformed
    for value in (chain, last):
        if not isinstance(value, str) or not value or not set(value) <= _HEX or len(value) > 64:
            raise malformed
    return str(chain), seq, str(last)


def apply(vault: Vault, cfg: SyncConfig, statements: list[bytes]) -> tuple[int, int]:
    """Field device: take each statement in; the revisions they vouch for leave the outbox
    (marked as pushed: HQ holds them). Returns (revisions dropped, statements refused)."""
    dropped: set[str] = set()
    refused = 0
    for data in statements:
        try:
            dropped |= set(check(vault, cfg, data))
        except AckRefused as exc:
            refused += 1
            with vault.transaction() as conn:
                merge.log_integrity(conn, "acknowledgement", f"{exc} Nothing was dropped.")
        except Exception as exc:  # hostile bytes: refused on their own, never a failed import
            refused += 1
            with vault.transaction() as conn:
                merge.log_integrity(
                    conn, "acknowledgement",
                    f"HQ's acknowledgement is unreadable ({type(exc).__name__}). Nothing was "
                    "dropped.",
                )  # fmt: skip
    if dropped:
        vault.mark_pushed(sorted(dropped))
        for path in outbox.queued(vault.path):
            if path.name.split("-", 1)[-1].removesuffix(".age") in dropped:
                remove_quietly(path)  # a copy Vigil made; the revision stays in the vault
    return len(dropped), refused


def count(statement: bytes) -> int:
    """How many revisions a statement HQ just made vouches for (for the person's message)."""
    text, _sigs = signed_note.split(statement)
    return sum(int(entry["seq"]) for entry in json.loads(text)["chains"])
