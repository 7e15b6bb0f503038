"""The HQ desk's time-stamps, asked for by itself in each sync round (docs/evidence.md).

When HQ has configured an RFC 3161 authority (``vigil evidence tsa``, or ``timestamp --tsa``),
each of the desk's sync rounds asks it for a token over every revision the desk received
from another device and holds no token for, in the order they arrived: a revision of an
attachment names its plaintext SHA-256, so the attachment is covered with it. Only hashes
leave the desk.

A round is never failed nor held up for long by it: at most ``BATCH`` tokens and ``BUDGET``
seconds a round, each request within ``REQUEST_TIMEOUT``; the first failure (the authority
down, or a token that does not verify) ends the stamping for this round, and everything from
that revision on is asked for again in the next. The vault is held only to read what to ask
for and to keep what came, never across a request, so a lock waits for no network.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

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


def stamp_received(vault: Vault, proxy: str | None, step: Step) -> Stamped:
    done = Stamped()
    todo: list[Received] = []
    have: dict[str, bytes] = {}
    found: list[timestamps.Authority] = []

    def read() -> None:
        tsa = timestamps.authority(vault)
        if tsa is None:
            return
        found.append(tsa)
        todo.extend(vault.received_after(int(vault.get_meta(CURSOR) or 0), BATCH))
        have.update(timestamps.tokens(vault, [r.id for r in todo]))

    if not step(read) or not found or not todo:
        return done
    tsa = found[0]
    dealt: list[Received] = []
    got: list[tuple[str, bytes, str]] = []
    deadline = time.monotonic() + BUDGET
    with httpx.Client(proxy=proxy, timeout=REQUEST_TIMEOUT, follow_redirects=False) as client:
        for rev in todo:
            if time.monotonic() > deadline:
                break
            if rev.id not in have:
                try:
                    token, when = timestamps.request(tsa, rev.id, rev.envelope, client)
                except timestamps.TsaError as exc:
                    done.error = str(exc)
                    log.info("time-stamping stopped for this round: %s", exc)
                    break
                got.append((rev.id, token, when))
            dealt.append(rev)
    if dealt or done.error:
        step(lambda: _keep(vault, tsa, dealt, got, done.error))
        done.added = len(got)
    return done


def _keep(
    vault: Vault,
    tsa: timestamps.Authority,
    dealt: list[Received],
    got: list[tuple[str, bytes, str]],
    error: str,
) -> None:
    timestamps.record_result(vault, len(got), error)
    if not dealt:
        return
    timestamps.keep(vault, got)
    vault.set_meta(CURSOR, str(dealt[-1].row))
    stamped = {rev_id for rev_id, _, _ in got}
    per_case = Counter(r.case for r in dealt if r.id in stamped and r.case)
    for case_id, count in sorted(per_case.items()):
        if vault.get(case_id) is None:
            continue  # a revision waiting for its case: stamped, recorded when stamped by hand
        custody.append(
            vault, case_id, "timestamped",
            f"{count} revisions received from other devices time-stamped by {tsa.url} "
            f"(roots SHA-256 {tsa.fingerprint})",
        )  # fmt: skip
