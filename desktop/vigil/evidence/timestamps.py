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
from datetime import UTC, datetime
from pathlib import Path

import httpx
from rfc3161_client import HashAlgorithm, TimestampRequestBuilder

from vigil.crypto.errors import VigilError
from vigil.evidence import custody, verifier
from vigil.vault.store import Vault
from vigil.words import QT_TRANSLATE_NOOP, WordedBadArgument

META = "tsa"  # {"url": ..., "roots": "<PEM>"}
LAST = "tsa_last"  # {"time": ..., "added": n, "error": "..."}: the last stamping's outcome
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


# What setting the authority can refuse, said alike by the command line and the app
# (vigil/words.py); each names what to do.
CONTEXT = "TsaWords"
BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "TsaWords",
    "The time-stamping authority's address must be a web address that starts with https:// "
    "or http:// and names a host, for example https://freetsa.org/tsr.",
)
ADDRESS_WITH_SECRET = QT_TRANSLATE_NOOP(
    "TsaWords",
    "The time-stamping authority's address must not hold a user name or password: the address "
    "is written into the custody log and every evidence package.",
)
ROOTS_UNREADABLE = QT_TRANSLATE_NOOP("TsaWords", "Cannot read the roots file %1: %2.")
ROOTS_TOO_BIG = QT_TRANSLATE_NOOP(
    "TsaWords",
    "The roots file %1 is larger than 1 MiB: give only the authority's root certificates.",
)
ROOTS_NOT_PEM = QT_TRANSLATE_NOOP(
    "TsaWords",
    "The TSA roots file holds no PEM certificate (-----BEGIN CERTIFICATE-----).",
)
ROOTS_WITH_KEY = QT_TRANSLATE_NOOP(
    "TsaWords",
    "The TSA roots file holds a private key: give the root certificates only. Nothing was "
    "set; the roots go into every evidence package.",
)
MAX_ROOTS = 1024 * 1024
MAX_ADDRESS = 2000


class TsaSettingRefused(WordedBadArgument):
    """The authority's address or roots file cannot be used; nothing was changed."""

    def __init__(self, words: str, *values: str) -> None:
        super().__init__(CONTEXT, words, *values)


@dataclass(frozen=True)
class Authority:
    url: str
    roots: bytes  # PEM

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.roots).hexdigest()


def configure(vault: Vault, url: str, roots_pem: bytes) -> Authority:
    """Set (or change) the authority. Only the roots' certificates are kept, each as PEM:
    a comment or a stray block of the file given (a private key picked by mistake) must not
    travel into every evidence package."""
    url = url.strip()
    _check_address(url)
    if b"PRIVATE KEY-----" in roots_pem:
        raise TsaSettingRefused(ROOTS_WITH_KEY)
    try:
        from cryptography import x509
        from cryptography.hazmat.primitives.serialization import Encoding

        certificates = x509.load_pem_x509_certificates(roots_pem)
    except ValueError:
        raise TsaSettingRefused(ROOTS_NOT_PEM) from None
    roots = b"".join(c.public_bytes(Encoding.PEM) for c in certificates)
    vault.set_meta(META, json.dumps({"url": url, "roots": roots.decode("ascii")}))
    return Authority(url, roots)


def configure_from_file(vault: Vault, url: str, roots_file: str | Path) -> Authority:
    """The one way the command line and the app set the authority: its address and the
    file of its root certificates (PEM), read here, at most ``MAX_ROOTS`` bytes."""
    _check_address(url.strip())  # before the file: a typo in the address is said first
    path = Path(roots_file)
    try:
        with path.open("rb") as source:
            roots = source.read(MAX_ROOTS + 1)
    except OSError as exc:
        raise TsaSettingRefused(
            ROOTS_UNREADABLE, str(path), exc.strerror or type(exc).__name__
        ) from None
    if len(roots) > MAX_ROOTS:
        raise TsaSettingRefused(ROOTS_TOO_BIG, str(path))
    return configure(vault, url, roots)


def clear(vault: Vault) -> bool:
    """Forget the authority: the desk then asks none. Tokens already kept stay. Returns
    whether one was set."""
    was = vault.get_meta(META) is not None
    with vault.transaction() as conn:
        conn.execute("DELETE FROM meta WHERE key = ?", (META,))
    return was


def _check_address(url: str) -> None:
    if len(url) > MAX_ADDRESS or any(c.isspace() or not c.isprintable() for c in url):
        raise TsaSettingRefused(BAD_ADDRESS)
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        raise TsaSettingRefused(BAD_ADDRESS) from None
    if parsed.scheme not in ("https", "http") or not parsed.host:
        raise TsaSettingRefused(BAD_ADDRESS)
    if parsed.userinfo:
        raise TsaSettingRefused(ADDRESS_WITH_SECRET)


def authority(vault: Vault) -> Authority | None:
    raw = vault.get_meta(META)
    if raw is None:
        return None
    data = json.loads(raw)
    return Authority(str(data["url"]), str(data["roots"]).encode("ascii"))


def record_result(vault: Vault, added: int, error: str = "") -> None:
    """Keep what the last stamping (a desk round, or a case by hand) came to, for
    ``vigil evidence tsa`` and the app to show."""
    when = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    vault.set_meta(LAST, json.dumps({"time": when, "added": added, "error": error}))


def last_result(vault: Vault) -> tuple[str, int, str] | None:
    """(time, tokens added, why it stopped or "") of the last stamping, if any."""
    raw = vault.get_meta(LAST)
    if raw is None:
        return None
    data = json.loads(raw)
    return str(data["time"]), int(data["added"]), str(data["error"])


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
            try:
                token, when = request(tsa, rev.id, rev.envelope, client)
            except TsaError as exc:
                record_result(vault, added, str(exc))
                raise
            keep(vault, [(rev.id, token, when)])
            added += 1
    record_result(vault, added)
    if added:
        custody.append(
            vault, case_id, "timestamped",
            f"{added} revisions time-stamped by {tsa.url} (roots SHA-256 {tsa.fingerprint})",
        )  # fmt: skip
    return added
