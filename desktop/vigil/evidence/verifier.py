"""The Vigil evidence verifier: one file, needing only Python 3.11+, ``cryptography`` and,
for RFC 3161 time-stamp tokens, ``rfc3161-client`` (without it the tokens are reported as not
checked).

Run it as ``python verify.py PACKAGE.zip``: it checks every hash, signature, chain and receipt
of an evidence package and prints what the package proves and what it does not.

Vigil uses this module itself, and ships it inside every evidence package, so that a third
party checks the same way without trusting Vigil, the organisation or its server
(docs/evidence.md).

This part checks server receipts: a short text signed by an organisation's receipt key,
naming an envelope's SHA-256, its log sequence number and the server's clock; and the chain
of receipt keys, each later key endorsed by the one before it (docs/formats.md, "Receipt").
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
import unicodedata
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

RECEIPT_HEADER = "vigil-receipt/1"
KEY_HEADER = "vigil-receipt-key/1"
_RECEIPT = re.compile(
    r"vigil-receipt/1\norg (?P<org>[0-9a-f]{32})\nenvelope (?P<sha256>[0-9a-f]{64})\n"
    r"seq (?P<seq>[1-9][0-9]{0,18})\ntime (?P<time>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\n"
    r"key (?P<key>[0-9a-f]{16})\n"
)
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


class Invalid(ValueError):
    """A receipt, key chain or package that does not verify; the message says what failed."""


@dataclass(frozen=True)
class Receipt:
    org: str
    sha256: str
    seq: int
    time: str
    key_id: str
    text: str
    signature: bytes
    key: bytes


def fingerprint(public: bytes) -> str:
    return hashlib.sha256(public).hexdigest()


def _b64(text: Any, what: str, size: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise Invalid(f"{what} is not base64 text")
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise Invalid(f"{what} is not base64") from None
    if size is not None and len(raw) != size:
        raise Invalid(f"{what} has {len(raw)} bytes, not {size}")
    return raw


def _verify(public: bytes, signature: bytes, message: bytes, what: str) -> None:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        raise Invalid(f"{what}: the signature does not verify") from None


def endorsement_text(org: str, public: bytes, created: str) -> str:
    return f"{KEY_HEADER}\norg {org}\nkey {base64.b64encode(public).decode()}\ncreated {created}\n"


def receipt_keys(chain: Any, org: str, pinned: set[str] | frozenset[str]) -> set[str]:
    """The fingerprints of the receipt keys ``chain`` (as the server sends it, oldest first)
    proves from a ``pinned`` fingerprint: a key is trusted when it is pinned or endorsed by a
    trusted key before it. Keys before the first pinned one stay untrusted."""
    if not isinstance(chain, list) or len(chain) > 1000:
        raise Invalid("the receipt key chain is not a list")
    trusted: set[str] = set()
    previous: bytes | None = None
    for i, link in enumerate(chain):
        if not isinstance(link, dict):
            raise Invalid(f"receipt key {i} is malformed")
        public = _b64(link.get("key"), f"receipt key {i}", 32)
        fp = fingerprint(public)
        endorsement = link.get("endorsement")
        created = link.get("created")
        if fp in pinned:
            trusted.add(fp)
        elif previous is not None and fingerprint(previous) in trusted and endorsement:
            if not isinstance(created, str) or not _TIME.fullmatch(created):
                raise Invalid(f"receipt key {i} has a malformed creation time")
            _verify(
                previous,
                _b64(endorsement, f"receipt key {i}'s endorsement", 64),
                endorsement_text(org, public, created).encode(),
                f"receipt key {i}'s endorsement",
            )
            trusted.add(fp)
        previous = public
    return trusted


def receipt(entry: Any, trusted: set[str] | frozenset[str] | None = None) -> Receipt:
    """Parse and verify one receipt ({"text", "signature", "key"}). With ``trusted``, the
    receipt's key must be one of those fingerprints."""
    if not isinstance(entry, dict):
        raise Invalid("the receipt is malformed")
    text = entry.get("text")
    if not isinstance(text, str) or len(text) > 400:
        raise Invalid("the receipt's text is malformed")
    found = _RECEIPT.fullmatch(text)
    if found is None:
        raise Invalid("the receipt's text is not a vigil-receipt/1 text")
    key = _b64(entry.get("key"), "the receipt's key", 32)
    if fingerprint(key)[:16] != found["key"]:
        raise Invalid("the receipt names another key than the one given")
    if trusted is not None and fingerprint(key) not in trusted:
        raise Invalid(f"the receipt is signed by key {found['key']}, which is not a pinned one")
    _verify(key, _b64(entry.get("signature"), "the receipt's signature", 64), text.encode(),
            "the receipt")  # fmt: skip
    return Receipt(
        org=found["org"],
        sha256=found["sha256"],
        seq=int(found["seq"]),
        time=found["time"],
        key_id=found["key"],
        text=text,
        signature=_b64(entry.get("signature"), "the receipt's signature", 64),
        key=key,
    )


# -- RFC 3161 time-stamp tokens (docs/formats.md §17.4) ----------------------------------------


def timestamp(token: bytes, digest: bytes, roots_pem: bytes, nonce: int | None = None) -> str:
    """Check an RFC 3161 time-stamp response (``openssl ts -reply``'s form) over ``digest``,
    a SHA-256, against the TSA root certificates ``roots_pem``; return the TSA's time
    (YYYY-MM-DDTHH:MM:SSZ). Needs ``rfc3161-client``."""
    from cryptography import x509
    from rfc3161_client import VerificationError, VerifierBuilder, decode_timestamp_response

    try:
        response = decode_timestamp_response(token)
        roots = x509.load_pem_x509_certificates(roots_pem)
    except ValueError as exc:
        raise Invalid(f"the time-stamp token cannot be read: {exc}") from None
    builder = VerifierBuilder(roots=roots, nonce=nonce)
    if len(digest) != 32 or response.tst_info.message_imprint.message != digest:
        raise Invalid("the time-stamp token is over another hash")
    try:
        builder.build().verify(response, digest)
    except (VerificationError, ValueError) as exc:
        raise Invalid(f"the time-stamp token does not verify: {exc}") from None
    return str(response.tst_info.gen_time.strftime("%Y-%m-%dT%H:%M:%SZ"))


# -- the evidence package (docs/formats.md §17.3) ----------------------------------------------

PACKAGE_FORMAT = "vigil-evidence"
PACKAGE_VERSION = 2  # 2: tokens over attachments' own SHA-256; version 1 packages still verify
MANIFEST = "vigil-evidence.note"
TSA_ROOTS = "tsa-roots.pem"
ATTACHMENT_TOKENS = "timestamps/attachments/"  # + <item id>.tsr, over the file's own SHA-256
MAX_NOTE = 16 * 1024 * 1024  # a revision's note, the manifest and small JSON members
_DASH = "\u2014 ".encode()
_HEX64 = re.compile(r"[0-9a-f]{64}")
_HEX32 = re.compile(r"[0-9a-f]{32}")


@dataclass
class Report:
    failures: list[str]
    proves: list[str]
    unproven: list[str]
    case: str = ""  # the case the signed manifest names; empty when it does not verify

    @property
    def ok(self) -> bool:
        return not self.failures


def _strict_json(data: bytes, what: str) -> Any:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [k for k, _ in pairs]
        if len(set(keys)) != len(keys):
            raise Invalid(f"{what} repeats a key")
        return dict(pairs)

    try:
        return json.loads(data.decode("utf-8"), object_pairs_hook=no_duplicates)
    except (UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, Invalid):
            raise
        raise Invalid(f"{what} is not JSON") from None


def signed_note(note: bytes, name: str, public: bytes, what: str) -> bytes:
    """Check a C2SP signed note (docs/formats.md §7.3) signed by ``name`` with ``public``;
    return its text, the exact bytes the signature covers."""
    at = note.rfind(b"\n\n")
    if at < 0 or not note.endswith(b"\n"):
        raise Invalid(f"{what} is not a signed note")
    text, block = note[: at + 1], note[at + 2 : -1]
    want = hashlib.sha256(name.encode() + b"\n\x01" + public).digest()[:4]
    for line in block.split(b"\n"):
        if not line.startswith(_DASH):
            raise Invalid(f"{what} has a malformed signature line")
        signer, _, sig = line[len(_DASH) :].rpartition(b" ")
        raw = _b64(sig.decode("ascii", "replace"), f"{what}'s signature", 68)
        if signer == name.encode() and raw[:4] == want:
            _verify(public, raw[4:], text, what)
            return text
    raise Invalid(f"{what} is not signed by {name}")


class _Package:
    """The open zip. Members of one chunk or less are kept as hashed, up to ``KEEP`` bytes in
    all, so that the notes and JSON checked afterwards are not read and inflated a second
    time, and are the very bytes whose hash was compared with the manifest."""

    CHUNK = 1024 * 1024
    KEEP = 64 * 1024 * 1024  # bounds memory whatever a hostile package holds

    def __init__(self, zf: zipfile.ZipFile, report: Report) -> None:
        self.zf = zf
        self.report = report
        self.fail = report.failures.append
        self.kept: dict[str, bytes] = {}
        self.room = self.KEEP

    def small(self, name: str) -> bytes:
        if name in self.kept:
            return self.kept[name]
        info = self.zf.getinfo(name)
        if info.file_size > MAX_NOTE:
            raise Invalid(f"{name} is larger than any Vigil writes")
        with self.zf.open(info) as member:
            return member.read(MAX_NOTE + 1)[:MAX_NOTE]

    def digest(self, name: str) -> tuple[str, int]:
        h, size = hashlib.sha256(), 0
        with self.zf.open(name) as member:
            first = member.read(self.CHUNK)
            chunk = first
            while chunk:
                h.update(chunk)
                size += len(chunk)
                chunk = member.read(self.CHUNK)
        if size == len(first) and size <= self.room and name not in self.kept:
            self.kept[name] = first
            self.room -= size
        return h.hexdigest(), size


def verify_package(path: str) -> Report:
    """Check everything in an evidence package; raises OSError when the file cannot be read
    and zipfile.BadZipFile when it is not a zip."""
    report = Report([], [], [])
    with zipfile.ZipFile(path) as zf:
        try:
            _check(_Package(zf, report))
        except (KeyError, TypeError, AttributeError, ValueError, EOFError, RuntimeError,
                NotImplementedError, zipfile.BadZipFile, zlib.error) as exc:  # fmt: skip
            # A hostile package can hold notes validly signed by a key of its own with any
            # shape inside: whatever a check did not foresee fails the package, by name.
            report.failures.append(f"the package is malformed ({type(exc).__name__}: {exc})")
    return report


def _check(pkg: _Package) -> None:
    report, fail = pkg.report, pkg.fail
    names = [info.filename for info in pkg.zf.infolist()]
    if not names or names[-1] != MANIFEST:
        fail(f"the last member is not the signed manifest {MANIFEST}")
        if MANIFEST not in names:
            return
    try:
        raw = pkg.small(MANIFEST)
        head = _strict_json(raw[: raw.find(b"\n")], "the manifest")
        if not isinstance(head, dict):
            raise Invalid("the manifest is not an object")
        device, key = head.get("device"), head.get("device_key")
        if not (isinstance(device, str) and _HEX32.fullmatch(device)):
            raise Invalid("the manifest names no device")
        if not (isinstance(key, str) and _HEX64.fullmatch(key)):
            raise Invalid("the manifest names no device key")
        text = signed_note(raw, "vigil-device-" + device, bytes.fromhex(key), "the manifest")
        manifest = _parsed_text(raw, text, head, "the manifest")
    except Invalid as exc:
        fail(str(exc))
        return
    version = manifest.get("version")
    if manifest.get("format") != PACKAGE_FORMAT or version not in (1, PACKAGE_VERSION):
        fail(f"the manifest is not a vigil-evidence manifest of version 1 to {PACKAGE_VERSION}")
        return
    report.case = str(manifest.get("case") or "")
    report.proves.append(
        f"The package was assembled and signed by device {device} (Ed25519 key "
        f"{key}); that device's own clock said {manifest.get('exported_at')}."
    )
    files = manifest.get("files")
    if not isinstance(files, list) or not all(isinstance(f, dict) for f in files):
        fail("the manifest's file list is malformed")
        return
    listed = [str(f.get("path")) for f in files]
    members = names[:-1] if names[-1] == MANIFEST else names
    # Sets and counts, not list searches: a package holds thousands of members.
    present, wanted, seen = set(members), set(listed), Counter(members)
    for name in sorted(present - wanted):
        fail(f"{name}: a member the manifest does not list (added)")
    for name in sorted(wanted - present):
        fail(f"{name}: listed in the manifest but missing (removed)")
    for name in sorted(n for n, count in seen.items() if count > 1):
        fail(f"{name}: appears more than once")
    if present == wanted and members != listed:
        fail("the members are not in the order the manifest lists them (reordered)")
    hashes: dict[str, str] = {}
    for entry in files:
        name = str(entry.get("path"))
        if name not in present:
            continue
        got, size = pkg.digest(name)
        if got != entry.get("sha256") or size != entry.get("size"):
            fail(f"{name}: its bytes differ from the SHA-256 the manifest lists (changed)")
        else:
            hashes[name] = got
    report.proves.append(
        f"{len(hashes)} of {len(files)} members match the SHA-256 the signed manifest lists."
    )
    _check_revisions(pkg, manifest, hashes)


def _parsed_text(note: bytes, text: bytes, first: Any, what: str) -> Any:
    """The signed ``text`` of ``note`` as JSON. A note whose text is its first line, as every
    Vigil writes, was parsed already (to learn who signs it): parsing it again doubled the
    verifier's JSON work on a package of many small revisions."""
    end = note.find(b"\n")
    if end >= 0 and text == note[: end + 1]:
        return first
    return _strict_json(text, what)


def _read_note(pkg: _Package, rev: dict[str, Any]) -> dict[str, Any]:
    note = pkg.small(f"revisions/{rev['id']}.note")
    first = _strict_json(note[: note.find(b"\n")], f"revision {rev['id'][:12]}")
    if not isinstance(first, dict):
        raise Invalid(f"revision {rev['id'][:12]} is not an object")
    author, device = str(first.get("author_key", "")), str(first.get("device", ""))
    if not (_HEX64.fullmatch(author) and _HEX32.fullmatch(device)):
        raise Invalid(f"revision {rev['id'][:12]} names no author key")
    text = signed_note(note, "vigil-device-" + device, bytes.fromhex(author),
                       f"revision {rev['id'][:12]}")  # fmt: skip
    body = _parsed_text(note, text, first, f"revision {rev['id'][:12]}")
    for name in ("item", "kind", "device", "seq"):
        if body.get(name) != rev.get(name):
            raise Invalid(f"revision {rev['id'][:12]}: its {name} differs from the manifest's")
    body["_text_sha256"] = hashlib.sha256(text).hexdigest()
    return dict(body)


def _check_revisions(pkg: _Package, manifest: dict[str, Any], hashes: dict[str, str]) -> None:
    report, fail = pkg.report, pkg.fail
    revisions = manifest.get("revisions")
    if not isinstance(revisions, list):
        fail("the manifest's revision list is malformed")
        return
    bodies: dict[str, dict[str, Any]] = {}
    redacted = [r for r in revisions if isinstance(r, dict) and r.get("redacted")]
    for rev in revisions:
        if not isinstance(rev, dict) or not _HEX64.fullmatch(str(rev.get("id"))):
            fail("the manifest lists a malformed revision")
            continue
        if rev.get("redacted"):
            continue
        if hashes.get(f"envelopes/{rev['id']}.age") != rev["id"]:
            fail(f"revision {rev['id'][:12]}: its envelope is missing or does not hash to its id")
        if f"revisions/{rev['id']}.note" not in hashes:
            fail(f"revision {rev['id'][:12]}: its signed note is missing or changed")
            continue
        try:
            body = _read_note(pkg, rev)
        except Invalid as exc:
            fail(str(exc))
            continue
        # A genuine revision of another case is still not evidence of this one.
        if (body.get("case") or body.get("item")) != manifest.get("case"):
            fail(f"revision {rev['id'][:12]} belongs to another case than the package's")
            continue
        bodies[rev["id"]] = body
    authors = sorted({(b["device"], b["author_key"]) for b in bodies.values()})
    report.proves.append(
        f"{len(bodies)} revisions carry valid Ed25519 signatures over their exact text, by "
        + ", ".join(f"device {d} (key {k[:16]}…)" for d, k in authors)
        + "; each revision's time is its author's own clock."
    )
    if redacted:
        report.unproven.append(
            f"{len(redacted)} revisions were redacted and are not checkable: "
            + "; ".join(str(r) for r in manifest.get("redactions", []))
        )
    originals = _check_attachments(pkg, bodies, hashes)
    _check_custody(pkg, bodies)
    _check_receipts(pkg, bodies, hashes)
    _check_timestamps(pkg, bodies, hashes, manifest["version"])
    if manifest["version"] >= 2:
        _check_attachment_tokens(pkg, manifest.get("attachment_tokens"), originals, hashes)


def _check_attachments(
    pkg: _Package, bodies: dict[str, dict[str, Any]], hashes: dict[str, str]
) -> dict[str, dict[str, Any]]:
    """Each attachment member against the original its first signed revision names; returns
    those originals by item id."""
    originals: dict[str, dict[str, Any]] = {}
    for body in sorted(bodies.values(), key=lambda b: (b["device"], b["seq"])):
        if body["kind"] != "attachment":
            continue
        payload = body.get("payload", {})
        first = originals.setdefault(body["item"], {**payload, "_time": body.get("time"),
                                                    "_device": body["device"]})  # fmt: skip
        if (payload.get("sha256"), payload.get("size")) != (first.get("sha256"), first.get("size")):
            pkg.fail(
                f"attachment {body['item']}: a later revision changed its evidentiary original"
            )
    by_item = _attachment_members(hashes)
    for item, names in by_item.items():
        if len(names) > 1:  # which would the checks below and the tokens speak of?
            pkg.fail(f"attachments/{item}/: more than one member for one attachment")
    for item, original in originals.items():
        members = by_item.get(item, [])
        if not members:
            pkg.report.unproven.append(f"attachment {item} ({original.get('name')}): not included")
            continue
        if hashes[members[0]] != original.get("sha256"):
            pkg.fail(f"{members[0]}: not the evidentiary original its signed revision names")
            continue
        derived = f", a version of {original['original']}" if original.get("original") else ""
        pkg.report.proves.append(
            f"{members[0]}: the evidentiary original{derived}, SHA-256 {original['sha256']}, "
            f"{original.get('size')} bytes, added by device {original['_device']} (its clock "
            f"said {original['_time']})."
        )
    return originals


def _attachment_members(hashes: dict[str, str]) -> dict[str, list[str]]:
    """The attachment members by item id, in the manifest's order."""
    by_item: dict[str, list[str]] = {}
    for name in hashes:
        if name.startswith("attachments/") and name.count("/") >= 2:
            by_item.setdefault(name.split("/")[1], []).append(name)
    return by_item


def _check_custody(pkg: _Package, bodies: dict[str, dict[str, Any]]) -> None:
    chains: dict[str, list[dict[str, Any]]] = {}
    for body in bodies.values():
        if body["kind"] == "custody":
            chains.setdefault(body["device"], []).append(body)
    for device, entries in chains.items():
        by_hash = {e["_text_sha256"]: e for e in entries}
        firsts = [e for e in entries if "prev" not in e.get("payload", {})]
        prevs = [e["payload"]["prev"] for e in entries if "prev" in e.get("payload", {})]
        broken = [p for p in prevs if p not in by_hash]
        if len(firsts) != 1 or broken or len(set(prevs)) != len(prevs):
            pkg.fail(f"the custody chain of device {device} is broken, forked or incomplete")
            continue
        pkg.report.proves.append(
            f"the custody log of device {device}: {len(entries)} entries, one unbroken chain ("
            + ", ".join(e["payload"]["action"] for e in sorted(entries, key=lambda e: e["seq"]))
            + ")."
        )


def _check_receipts(
    pkg: _Package, bodies: dict[str, dict[str, Any]], hashes: dict[str, str]
) -> None:
    if "receipts.json" not in hashes or "keys.json" not in hashes:
        pkg.fail("receipts.json or keys.json is missing or changed")
        return
    try:
        kept = _strict_json(pkg.small("receipts.json"), "receipts.json")
        keys = _strict_json(pkg.small("keys.json"), "keys.json")
    except Invalid as exc:
        pkg.fail(str(exc))
        return
    pinned = set(keys.get("receipt_keys", [])) if isinstance(keys, dict) else set()
    listed = keys.get("devices", {}) if isinstance(keys, dict) else {}
    for body in bodies.values():
        if listed.get(body["device"]) != body["author_key"]:
            pkg.fail(f"device {body['device']} signs with another key than keys.json lists")
            break
    dated: list[tuple[str, str]] = []
    for rev_id, entries in kept.items() if isinstance(kept, dict) else []:
        for entry in entries if isinstance(entries, list) else []:
            try:
                checked = receipt(entry)
            except Invalid as exc:
                pkg.fail(f"a receipt of revision {rev_id[:12]}: {exc}")
                continue
            if checked.sha256 != rev_id or rev_id not in bodies:
                pkg.fail(f"a receipt of revision {rev_id[:12]} names another envelope")
                continue
            if fingerprint(checked.key) not in pinned:
                pkg.fail(f"a receipt of revision {rev_id[:12]} is signed by an unpinned key")
                continue
            dated.append((rev_id, checked.time))
    if dated:
        first = min(t for _, t in dated)
        pkg.report.proves.append(
            f"{len({r for r, _ in dated})} revisions existed, as the envelopes in this package, "
            f"by the times the HQ server's receipt key signed (earliest {first}, server clock)."
        )
    undated = [r for r in bodies if r not in {x for x, _ in dated}]
    if undated:
        pkg.report.unproven.append(
            f"{len(undated)} revisions have no server receipt: only their author's clock "
            "dates them."
        )
    pkg.report.unproven.append(
        "That an envelope holds the signed note beside it rests on the exporting device's "
        "signature (the envelope is encrypted); the receipt key is trusted as far as the HQ "
        "server that holds it."
    )


def _check_timestamps(
    pkg: _Package, bodies: dict[str, dict[str, Any]], hashes: dict[str, str], version: int
) -> None:
    """The revisions' tokens; from version 2 the attachments' are checked apart."""
    stamps = [n for n in hashes if n.startswith("timestamps/") and n.endswith(".tsr")
              and not (version >= 2 and n.startswith(ATTACHMENT_TOKENS))]  # fmt: skip
    if not stamps:
        pkg.report.unproven.append("No RFC 3161 time-stamp token over a revision: no time "
                                   "from outside the organisation for the revisions.")  # fmt: skip
        return
    roots = _tsa_roots(pkg, hashes)
    if roots is None:
        return
    times: list[str] = []
    for name in stamps:
        rev_id = name[len("timestamps/") : -len(".tsr")]
        if rev_id not in bodies:
            pkg.fail(f"{name}: a time-stamp token for a revision this package does not hold")
            continue
        try:
            times.append(timestamp(pkg.small(name), bytes.fromhex(rev_id), roots))
        except ImportError:
            pkg.report.unproven.append("rfc3161-client is not installed: the time-stamp tokens "
                                       "were not checked.")  # fmt: skip
            return
        except (Invalid, ValueError) as exc:
            pkg.fail(f"{name}: {exc}")
    if times:
        pkg.report.proves.append(
            f"{len(times)} revisions existed by the times an RFC 3161 time-stamping authority "
            f"signed (earliest {min(times)}, the TSA's clock), under the roots in {TSA_ROOTS} "
            f"(SHA-256 {hashlib.sha256(roots).hexdigest()}), which the reader must trust."
        )


def _tsa_roots(pkg: _Package, hashes: dict[str, str]) -> bytes | None:
    if TSA_ROOTS not in hashes:
        pkg.fail(f"{TSA_ROOTS} is missing or changed: the time-stamp tokens cannot be checked")
        return None
    return pkg.small(TSA_ROOTS)


def _check_attachment_tokens(
    pkg: _Package, listed: Any, originals: dict[str, dict[str, Any]], hashes: dict[str, str]
) -> None:
    """Each token the manifest's ``attachment_tokens`` lists (version 2) is over the SHA-256
    of the attachment member of its item, as the token's own imprint says: checked against
    the bytes in the package, so a token moved to another attachment, or over anything else,
    fails. A left-out (redacted) attachment's token is listed, and said to be not checkable."""
    if not isinstance(listed, list) or not all(
        isinstance(e, dict) and _HEX32.fullmatch(str(e.get("item")))
        and e.get("redacted") in (None, True) and set(e) <= {"item", "redacted"}
        for e in listed
    ):
        pkg.fail("the manifest's attachment_tokens list is malformed")
        return
    named = {str(e["item"]): bool(e.get("redacted")) for e in listed}
    if len(named) != len(listed):
        pkg.fail("the manifest's attachment_tokens list names an attachment twice")
    found = {n[len(ATTACHMENT_TOKENS) : -len(".tsr")]: n for n in hashes
             if n.startswith(ATTACHMENT_TOKENS) and n.endswith(".tsr")}  # fmt: skip
    for item in sorted(set(found) - set(named)):
        pkg.fail(f"{found[item]}: a time-stamp token the manifest's attachment_tokens does "
                 "not list (added)")  # fmt: skip
    members = {item: names[0] for item, names in _attachment_members(hashes).items()}
    roots = _tsa_roots(pkg, hashes) if any(not r for r in named.values()) else None
    for item, redacted in named.items():
        path = f"{ATTACHMENT_TOKENS}{item}.tsr"
        if redacted:
            if item in found or item in members:
                pkg.fail(f"attachment {item}: listed as redacted, yet it is in the package")
            else:
                pkg.report.unproven.append(f"attachment {item}: redacted, left out with its "
                                           "time-stamp token; not checkable.")  # fmt: skip
            continue
        if item not in found:
            pkg.fail(f"{path}: the time-stamp token of attachment {item} is missing or changed")
            continue
        if item not in members:
            pkg.fail(f"{path}: a time-stamp token for an attachment this package does not hold "
                     "(its file is missing or changed)")  # fmt: skip
            continue
        if roots is None:
            continue
        try:
            when = timestamp(pkg.small(path), bytes.fromhex(hashes[members[item]]), roots)
        except ImportError:
            pkg.report.unproven.append(f"{path}: rfc3161-client is not installed; not checked.")
            continue
        except (Invalid, ValueError) as exc:
            pkg.fail(f"{path}: not over the bytes of {members[item]}: {exc}")
            continue
        clock = "its signed revision is not in this package"
        if item in originals:
            clock = f"the adding device's own clock said {originals[item]['_time']}"
        pkg.report.proves.append(
            f"{members[item]}: existed by {when} per the TSA (RFC 3161, over its own SHA-256, "
            f"roots {TSA_ROOTS} SHA-256 {hashlib.sha256(roots).hexdigest()}); {clock}."
        )


def main(argv: list[str] | None = None) -> int:
    """``python verify.py PACKAGE.zip``: 0 all checks pass, 4 something failed, 2 unreadable."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: verify.py PACKAGE.zip", file=sys.stderr)
        return 2
    try:
        report = verify_package(args[0])
    except (OSError, zipfile.BadZipFile) as exc:
        print(f"verify: cannot read {args[0]}: {exc}", file=sys.stderr)
        return 2
    print(render(report))
    return 0 if report.ok else 4


def shown(text: str) -> str:
    """Text quoted from a package (member names, the exporting device's clock: whatever its
    signer chose) made safe to read: every control, format (bidi), line or paragraph
    separator character written as an escape, so that it cannot start a line of its own (a
    forged "proves" line), drive a terminal or reorder what is read."""
    out = []
    for ch in text:
        if unicodedata.category(ch)[0] == "C" or unicodedata.category(ch) in ("Zl", "Zp"):
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
                       if code < 0x10000 else f"\\U{code:08x}")  # fmt: skip
        else:
            out.append(ch)
    return "".join(out)


def render(report: Report) -> str:
    lines = ["FAILED: " + shown(f) for f in report.failures]
    lines += ["What this package proves:"] + ["  - " + shown(p) for p in report.proves]
    lines += ["What it does not prove:"] + ["  - " + shown(u) for u in report.unproven]
    lines.append("VERIFIED" if report.ok else f"NOT VERIFIED: {len(report.failures)} checks failed")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
