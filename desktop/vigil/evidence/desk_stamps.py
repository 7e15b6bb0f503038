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
the next. Attachments have a cursor of their own, which a desk that stamped revisions before
attachments had tokens of their own starts at the beginning: those it holds are asked for
too. The vault is held only to read what to ask for and to keep what came, never across a
request, so a lock waits for no network.
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
from vigil.vault.store import Vault

log = logging.getLogger(__name__)
CURSOR = "tsa_cursor"  # meta: the arrival row of the last received revision dealt with
FILE_CURSOR = "tsa_file_cursor"  # the same for attachments, over their own hash
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
    digest: str  # what the token is to cover: a revision id, or an attachment's SHA-256
    case: str
    cursor: str  # the cursor that moves past it once it is dealt with


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
        files = vault.files_received_after(int(vault.get_meta(FILE_CURSOR) or 0), BATCH)
        todo.extend(_Wanted(r.row, r.id, r.case, CURSOR) for r in revs)
        todo.extend(_Wanted(f.row, f.sha256, f.case, FILE_CURSOR) for f in files)
        todo.sort(key=lambda w: (w.row, w.cursor))
        have.update(timestamps.tokens(vault, [w.digest for w in todo]))

    if not step(read) or not found or not todo:
        return done
    tsa = found[0]
    dealt: dict[str, int] = {}  # cursor -> the arrival row it moves to
    got: list[tuple[str, bytes, str]] = []
    cases: list[str] = []
    deadline = time.monotonic() + BUDGET
    with httpx.Client(proxy=proxy, timeout=REQUEST_TIMEOUT, follow_redirects=False) as client:
        for wanted in todo:
            if time.monotonic() > deadline:
                break
            # The vault gives only SHA-256s; should anything else come, it is passed over
            # rather than asked for, which would fail this and every later round.
            if wanted.digest not in have and timestamps.DIGEST.fullmatch(wanted.digest):
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
            dealt[wanted.cursor] = wanted.row
    if dealt or done.error:
        step(lambda: _keep(vault, tsa, dealt, got, cases, done.error))
        done.added = len(got)
    return done


def _keep(
    vault: Vault,
    tsa: timestamps.Authority,
    dealt: dict[str, int],
    got: list[tuple[str, bytes, str]],
    cases: list[str],
    error: str,
) -> None:
    timestamps.record_result(vault, len(got), error)
    timestamps.keep(vault, got)
    for cursor, row in dealt.items():
        vault.set_meta(cursor, str(row))
    for case_id, count in sorted(Counter(c for c in cases if c).items()):
        if vault.get(case_id) is None:
            continue  # a revision waiting for its case: stamped, recorded when stamped by hand
        custody.append(
            vault, case_id, "timestamped",
            f"{count} revisions and attachments received from other devices time-stamped by "
            f"{tsa.url} (roots SHA-256 {tsa.fingerprint})",
        )  # fmt: skip
