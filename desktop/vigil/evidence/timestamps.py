"""RFC 3161 time-stamp tokens from an authority outside the organisation (docs/evidence.md).

HQ configures a time-stamping authority (TSA): its URL and the root certificates its tokens
chain to. The HQ desk then asks it for one token per revision of a case, over the revision id
(the SHA-256 of the envelope, which also covers the plaintext SHA-256 of every attachment the
revision names). Each token is checked before it is kept, with the same code the standalone
verifier uses, and one custody entry records the stamping.

Only hashes leave the desk: the TSA learns that some data with this hash existed, nothing of
the case. The request goes through the sync proxy when one is set.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import httpx
from rfc3161_client import HashAlgorithm, TimestampRequestBuilder

from vigil.crypto.errors import BadArgument, VigilError
from vigil.evidence import custody, verifier
from vigil.vault.store import Vault

META = "tsa"  # {"url": ..., "roots": "<PEM>"}
MAX_REPLY = 64 * 1024
CONTENT_TYPE = "application/timestamp-query"


class TsaError(VigilError):
    """The authority could not be asked, or answered with a token that does not verify."""


class TsaNotConfigured(VigilError):
    exit_code = 2

    def __init__(self) -> None:
        super().__init__(
            "No time-stamping authority is set: give --tsa URL and --tsa-roots FILE once."
        )


@dataclass(frozen=True)
class Authority:
    url: str
    roots: bytes  # PEM

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.roots).hexdigest()


def configure(vault: Vault, url: str, roots_pem: bytes) -> Authority:
    if not url.startswith(("https://", "http://")):
        raise BadArgument("The time-stamping authority's address must start with https://.")
    try:
        from cryptography import x509

        if not x509.load_pem_x509_certificates(roots_pem):
            raise ValueError("no certificate")
    except ValueError:
        raise BadArgument("The TSA roots file holds no PEM certificate.") from None
    vault.set_meta(META, json.dumps({"url": url, "roots": roots_pem.decode("ascii")}))
    return Authority(url, roots_pem)


def authority(vault: Vault) -> Authority | None:
    raw = vault.get_meta(META)
    if raw is None:
        return None
    data = json.loads(raw)
    return Authority(str(data["url"]), str(data["roots"]).encode("ascii"))


def tokens(vault: Vault, rev_ids: list[str]) -> dict[str, bytes]:
    """The kept token of each of these revisions that has one, in the order given (one query
    for all: an evidence package may hold thousands)."""
    rows = vault.query(
        "SELECT rev_id, token FROM timestamps WHERE rev_id IN (SELECT value FROM json_each(?))",
        (json.dumps(rev_ids),),
    )
    kept = {rev_id: bytes(token) for rev_id, token in rows}
    return {rev_id: kept[rev_id] for rev_id in rev_ids if rev_id in kept}


def keep(vault: Vault, found: list[tuple[str, bytes, str]]) -> None:
    """Keep checked tokens: (revision id, token, its time)."""
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO timestamps (rev_id, token, time) VALUES (?, ?, ?)", found
        )


def request(
    tsa: Authority, rev_id: str, envelope: bytes, client: httpx.Client
) -> tuple[bytes, str]:
    """One token over ``envelope`` (whose SHA-256 is ``rev_id``), checked; (token, its time)."""
    query = TimestampRequestBuilder().data(envelope).hash_algorithm(HashAlgorithm.SHA256).build()
    try:
        status, body = _post(client, tsa.url, query.as_bytes())
    except httpx.HTTPError as exc:
        raise TsaError(
            f"The time-stamping authority cannot be reached ({type(exc).__name__})."
        ) from None
    if status != 200:
        raise TsaError(f"The time-stamping authority answered {status}.")
    if body is None:
        raise TsaError(f"The time-stamping authority's answer is over {MAX_REPLY} bytes.")
    try:
        when = verifier.timestamp(body, bytes.fromhex(rev_id), tsa.roots, query.nonce)
    except verifier.Invalid as exc:
        raise TsaError(f"The time-stamping authority's token was refused: {exc}.") from None
    return body, when


def _post(client: httpx.Client, url: str, query: bytes) -> tuple[int, bytes | None]:
    """(status, body), the body None when it runs past ``MAX_REPLY``: read as it comes and
    cut there, so that an answer without end (an authority gone wrong, or whoever stands
    between on a plain http:// address) cannot fill the desk's memory."""
    with client.stream("POST", url, content=query,
                       headers={"Content-Type": CONTENT_TYPE}) as reply:  # fmt: skip
        body = bytearray()
        for chunk in reply.iter_bytes():
            body += chunk
            if len(body) > MAX_REPLY:
                return reply.status_code, None
        return reply.status_code, bytes(body)


def stamp_case(vault: Vault, case_id: str, proxy: str | None = None, timeout: float = 30.0) -> int:
    """Ask the configured TSA for a token for every revision of the case that has none;
    returns how many were added. A custody entry records it."""
    tsa = authority(vault)
    if tsa is None:
        raise TsaNotConfigured()
    revs = custody.case_revisions(vault, case_id)
    have = tokens(vault, [r.id for r in revs])
    added = 0
    with httpx.Client(proxy=proxy, timeout=timeout, follow_redirects=False) as client:
        for rev in revs:
            if rev.id in have:
                continue
            token, when = request(tsa, rev.id, rev.envelope, client)
            keep(vault, [(rev.id, token, when)])
            added += 1
    if added:
        custody.append(
            vault, case_id, "timestamped",
            f"{added} revisions time-stamped by {tsa.url} (roots SHA-256 {tsa.fingerprint})",
        )  # fmt: skip
    return added
