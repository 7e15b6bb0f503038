"""RFC 3161 time-stamp tokens from an authority outside the organisation (docs/evidence.md).

HQ configures a time-stamping authority (TSA): its URL and the root certificates its tokens
chain to. The HQ desk then asks it for one token per revision of a case, over the revision id
(the SHA-256 of the envelope), and one per attachment, over the attachment's own plaintext
SHA-256 (the evidentiary original's hash its first signed revision names): a third party
checks that token against the file itself, without the envelope, which is encrypted. Each
token is checked before it is kept, with the same code the standalone verifier uses, and one
custody entry records the stamping. Tokens are kept by the digest they cover.

Only hashes leave the desk: the TSA learns that some data with this hash existed, nothing of
the case. The request goes through the sync proxy when one is set.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
from rfc3161_client import HashAlgorithm, TimestampRequestBuilder

from vigil.crypto.errors import BadArgument, VigilError
from vigil.evidence import custody, verifier
from vigil.vault.store import Vault
from vigil.words import QT_TRANSLATE_NOOP, WordedBadArgument

META = "tsa"  # {"url": ..., "roots": "<PEM>"}
# Every root certificate an authority was ever set with here (a JSON list of PEM texts): the
# tokens kept under an authority since changed or cleared still travel with their roots.
KEPT_ROOTS = "tsa_roots_kept"
LAST = "tsa_last"  # {"time": ..., "added": n, "error": "..."}: the last stamping's outcome
MAX_REPLY = 64 * 1024
CONTENT_TYPE = "application/timestamp-query"
DIGEST = re.compile(r"[0-9a-f]{64}")
# The library builds a request from the data it hashes; an attachment is known here by its
# hash alone (its bytes may be gigabytes, or not yet fetched). So a request is built over
# these placeholder bytes and their SHA-256 replaced by the digest wanted: the imprint is the
# only place those 32 bytes occur, and the answer is checked against the digest and nonce.
_PLACEHOLDER = b"vigil: a digest is put in place of this data's SHA-256"


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
    kept = _kept(vault) + [c.public_bytes(Encoding.PEM).decode("ascii") for c in certificates]
    vault.set_meta(KEPT_ROOTS, json.dumps(list(dict.fromkeys(kept))))
    vault.set_meta(META, json.dumps({"url": url, "roots": roots.decode("ascii")}))
    return Authority(url, roots)


def _kept(vault: Vault) -> list[str]:
    return [str(pem) for pem in json.loads(vault.get_meta(KEPT_ROOTS) or "[]")]


def kept_roots(vault: Vault) -> bytes:
    """The root certificates of every authority set here, the current one's first, each
    once (PEM): what an evidence package ships to check the tokens it carries, whichever
    authority gave them. Empty when none was ever set."""
    current = authority(vault)
    if current is None:
        return "".join(_kept(vault)).encode("ascii")
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    mine = [c.public_bytes(Encoding.PEM).decode("ascii")
            for c in x509.load_pem_x509_certificates(current.roots)]  # fmt: skip
    return "".join(dict.fromkeys(mine + _kept(vault))).encode("ascii")


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
    return vault.delete_meta(META)


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


def tokens(vault: Vault, digests: list[str]) -> dict[str, bytes]:
    """The kept token over each of these digests that has one, in the order given (one query
    for all: an evidence package may hold thousands)."""
    rows = vault.query(
        "SELECT digest, token FROM timestamps WHERE digest IN (SELECT value FROM json_each(?))",
        (json.dumps(digests),),
    )
    kept = {digest: bytes(token) for digest, token in rows}
    return {digest: kept[digest] for digest in digests if digest in kept}


def keep(vault: Vault, found: list[tuple[str, bytes, str]]) -> None:
    """Keep checked tokens: (the digest covered, token, its time)."""
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO timestamps (digest, token, time) VALUES (?, ?, ?)", found
        )


def attachment_digests(vault: Vault, case_id: str) -> list[tuple[str, str]]:
    """(item id, plaintext SHA-256) of each attachment of the case, deleted ones too (a
    package carries them), in the order they were added; one whose recorded hash is not a
    SHA-256 is left out, as no token could be checked against it."""
    found = []
    for item in vault.items("attachment", case_id, include_deleted=True):
        digest = str(item.payload.get("sha256", ""))
        if DIGEST.fullmatch(digest):
            found.append((item.id, digest))
    return found


def _query(digest: str) -> tuple[bytes, int | None]:
    """A TimeStampReq (SHA-256, a nonce, certificates requested) over ``digest``; (DER,
    nonce)."""
    builder = TimestampRequestBuilder().data(_PLACEHOLDER)
    query = builder.hash_algorithm(HashAlgorithm.SHA256).build()
    der, placeholder = query.as_bytes(), hashlib.sha256(_PLACEHOLDER).digest()
    if der.count(placeholder) != 1:  # a nonce that happens to hold those 32 bytes: never
        raise TsaError("The time-stamp request could not be built; try again.")
    return der.replace(placeholder, bytes.fromhex(digest)), query.nonce


def request(tsa: Authority, digest: str, client: httpx.Client) -> tuple[bytes, str]:
    """One token over ``digest`` (a SHA-256, hex), checked; (token, its time)."""
    if not DIGEST.fullmatch(digest):
        raise BadArgument(f"Not a SHA-256: {digest[:80]!r}.")
    query, nonce = _query(digest)
    try:
        status, body = _post(client, tsa.url, query)
    except httpx.HTTPError as exc:
        raise TsaError(
            f"The time-stamping authority cannot be reached ({type(exc).__name__})."
        ) from None
    if status != 200:
        raise TsaError(f"The time-stamping authority answered {status}.")
    if body is None:
        raise TsaError(f"The time-stamping authority's answer is over {MAX_REPLY} bytes.")
    try:
        when = verifier.timestamp(body, bytes.fromhex(digest), tsa.roots, nonce)
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


@dataclass(frozen=True)
class Added:
    revisions: int = 0
    attachments: int = 0

    @property
    def total(self) -> int:
        return self.revisions + self.attachments


def stamp_case(
    vault: Vault, case_id: str, proxy: str | None = None, timeout: float = 30.0
) -> Added:
    """Ask the configured TSA for a token over every revision of the case and every
    attachment's plaintext SHA-256 that has none; a custody entry records what was added."""
    tsa = authority(vault)
    if tsa is None:
        raise TsaNotConfigured()
    revs = [r.id for r in custody.case_revisions(vault, case_id)]
    files = list(dict.fromkeys(digest for _, digest in attachment_digests(vault, case_id)))
    have = tokens(vault, revs + files)
    counts = {"revisions": 0, "attachments": 0}
    with httpx.Client(proxy=proxy, timeout=timeout, follow_redirects=False) as client:
        for what, digests in (("revisions", revs), ("attachments", files)):
            for digest in digests:
                if digest in have:
                    continue
                try:
                    token, when = request(tsa, digest, client)
                except TsaError as exc:
                    record_result(vault, counts["revisions"] + counts["attachments"], str(exc))
                    raise
                keep(vault, [(digest, token, when)])
                have[digest] = token
                counts[what] += 1
    added = Added(**counts)
    record_result(vault, added.total)
    if added.total:
        custody.append(
            vault, case_id, "timestamped",
            f"{added.revisions} revisions and {added.attachments} attachments time-stamped "
            f"by {tsa.url} (roots SHA-256 {tsa.fingerprint})",
        )  # fmt: skip
    return added
