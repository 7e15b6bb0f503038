"""The HQ desk's time-stamps, asked for by itself in each sync round (docs/evidence.md).

When HQ has configured an RFC 3161 authority (``vigil evidence tsa``, or ``timestamp --tsa``),
each of the desk's sync rounds asks it for a token over every revision the desk received
from another device and holds no token for, and over the plaintext SHA-256 of every
attachment received so (the hash its signed revision names, which a third party checks
against the file itself), in the order they arrived. Only hashes leave the desk.

A round is never failed nor held up for long by it: at most ``BATCH`` tokens (revisions and
attachments together) and ``BUDGET`` seconds a round, each request within
``REQUEST_TIMEOUT``; the first failure (the authority down, or a token that does not verify)
ends the stamping for this round, and everything from that revision on is asked for again in
the next. Attachments are found by what lacks a token, not by the cursor, so those received
before attachments had tokens of their own are asked for too. The vault is held only to read
what to ask for and to keep what came, never across a request, so a lock waits for no
network.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import httpx

from vigil.evidence import custody, timestamps
from vigil.vault.revisions import Received
from vigil.vault.store import Vault

log = logging.getLogger(__name__)
CURSOR = "tsa_cursor"  # meta: the arrival row of the last received revision dealt with
BATCH = 32
BUDGET = 20.0
REQUEST_TIMEOUT = 10.0

Step = Callable[[Callable[[], None]], bool]  # runs work on the open vault; False if locked


@dataclass
class Stamped:
    added: int = 0
    error: str = ""  # why the stamping stopped early, for the sync panel and the log


class _Wanted(NamedTuple):
    row: int  # arrival order
    digest: str
    case: str
    revision: Received | None  # None for an attachment's own hash


def stamp_received(vault: Vault, proxy: str | None, step: Step) -> Stamped:
    done = Stamped()
    todo: list[_Wanted] = []
    have: dict[str, bytes] = {}
    found: list[timestamps.Authority] = []

    def read() -> None:
        tsa = timestamps.authority(vault)
        if tsa is None:
            return
        found.append(tsa)
        revs = vault.received_after(int(vault.get_meta(CURSOR) or 0), BATCH)
        todo.extend(_Wanted(r.row, r.id, r.case, r) for r in revs)
        todo.extend(_Wanted(row, digest, case, None)
                    for row, digest, case in _received_attachments(vault))  # fmt: skip
        todo.sort(key=lambda w: (w.row, w.revision is None))
        have.update(timestamps.tokens(vault, [w.digest for w in todo]))

    if not step(read) or not found or not todo:
        return done
    tsa = found[0]
    dealt: list[Received] = []
    got: list[tuple[str, bytes, str]] = []
    cases: list[str] = []
    deadline = time.monotonic() + BUDGET
    with httpx.Client(proxy=proxy, timeout=REQUEST_TIMEOUT, follow_redirects=False) as client:
        for wanted in todo:
            if time.monotonic() > deadline:
                break
            if wanted.digest not in have:
                if len(got) >= BATCH:
                    break
                try:
                    token, when = timestamps.request(tsa, wanted.digest, client)
                except timestamps.TsaError as exc:
                    done.error = str(exc)
                    log.info("time-stamping stopped for this round: %s", exc)
                    break
                got.append((wanted.digest, token, when))
                have[wanted.digest] = token
                cases.append(wanted.case)
            if wanted.revision is not None:
                dealt.append(wanted.revision)
    if got or dealt:
        step(lambda: _keep(vault, tsa, dealt, got, cases))
        done.added = len(got)
    return done


def _received_attachments(vault: Vault) -> list[tuple[int, str, str]]:
    """(arrival row, plaintext SHA-256, case) of the attachments another device wrote whose
    hash has no token yet, first come first, at most ``BATCH``. A recorded hash that is not
    a SHA-256 (a hostile device's) is passed over here, or it would be asked for forever."""
    rows = vault.query(
        "SELECT arrived, sha, case_id FROM (SELECT MIN(r.rowid) AS arrived, i.case_id,"
        " json_extract(i.payload, '$.sha256') AS sha"
        " FROM items i JOIN revisions r ON r.item_id = i.id"
        " WHERE i.kind = 'attachment' AND r.device != ? GROUP BY i.id)"
        " WHERE typeof(sha) = 'text' AND length(sha) = 64 AND NOT sha GLOB '*[^0-9a-f]*'"
        " AND sha NOT IN (SELECT digest FROM timestamps) ORDER BY arrived LIMIT ?",
        (vault.device.hex(), BATCH),
    )
    return [(int(row), str(digest), str(case or "")) for row, digest, case in rows]


def _keep(
    vault: Vault,
    tsa: timestamps.Authority,
    dealt: list[Received],
    got: list[tuple[str, bytes, str]],
    cases: list[str],
) -> None:
    timestamps.keep(vault, got)
    if dealt:
        vault.set_meta(CURSOR, str(dealt[-1].row))
    for case_id, count in sorted(Counter(c for c in cases if c).items()):
        if vault.get(case_id) is None:
            continue  # a revision waiting for its case: stamped, recorded when stamped by hand
        custody.append(
            vault, case_id, "timestamped",
            f"{count} revisions and attachments received from other devices time-stamped by "
            f"{tsa.url} (roots SHA-256 {tsa.fingerprint})",
        )  # fmt: skip
