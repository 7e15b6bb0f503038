"""Every vector of C2SP's CCTV age testkit against vigil.crypto.age (tests/vectors/age).

Each file is a textual header (``expect``, ``payload``, ``identity``, ``passphrase``...), an
empty line, and an age file, possibly zlib-compressed. A vector passes when decryption fails at
exactly the layer the vector names (header, armour, no match, HMAC, payload) or succeeds, and
when everything released before a failure hashes to the vector's payload (a reader must never
hand out a chunk it has not authenticated, nor withhold one it has).
"""

from __future__ import annotations

import hashlib
import io
import zlib
from pathlib import Path

import pytest

from vigil.crypto import age

VECTORS = Path(__file__).parent.parent / "vectors" / "age" / "testdata"
EXPECTED = {
    "success": None,
    "header failure": age.AgeHeaderError,
    "armor failure": age.AgeArmorError,
    "no match": age.AgeNoMatch,
    "HMAC failure": age.AgeHMACError,
    "payload failure": age.AgePayloadError,
}
KNOWN_KEYS = {"expect", "payload", "identity", "passphrase", "armored", "file key", "comment",
              "compressed"}  # fmt: skip
NAMES = sorted(p.name for p in VECTORS.iterdir())


def load(name: str) -> tuple[dict[str, list[str]], bytes]:
    raw = (VECTORS / name).read_bytes()
    head, _, body = raw.partition(b"\n\n")
    fields: dict[str, list[str]] = {}
    for line in head.decode("utf-8").splitlines():
        key, _, value = line.partition(": ")
        fields.setdefault(key, []).append(value)
    if fields.get("compressed") == ["zlib"]:
        body = zlib.decompress(body)
    return fields, body


def test_all_143_vectors_are_here() -> None:
    """The testkit as published holds 143 files; none may go missing unnoticed."""
    assert len(NAMES) == 143
    assert {"hybrid", "armor_whitespace_outside", "stanza_missing_body"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_cctv_vector(name: str) -> None:
    fields, data = load(name)
    assert set(fields) <= KNOWN_KEYS, f"{name} has keys this runner does not know"
    (expect,) = fields["expect"]
    released = io.BytesIO()
    try:
        age.decrypt_io(
            io.BytesIO(data), released, fields.get("identity", []), fields.get("passphrase", [])
        )
    except age.AgeError as exc:
        wanted = EXPECTED[expect]
        assert wanted is not None, f"{name}: expected success, got {exc!r}"
        assert isinstance(exc, wanted), f"{name}: expected {expect}, got {exc!r}"
        failed = True
    else:
        assert expect == "success", f"{name}: expected {expect}, but it decrypted"
        failed = False
    if expect in ("success", "payload failure"):
        (digest,) = fields["payload"]
        assert hashlib.sha256(released.getvalue()).hexdigest() == digest
    else:
        assert released.getvalue() == b"", f"{name}: plaintext released before a {expect}"
    assert failed == (expect != "success")


@pytest.mark.parametrize("name", [n for n in NAMES if not n.startswith("scrypt_work")])
def test_cctv_vector_through_bytes_api(name: str) -> None:
    """The one-shot decrypt() agrees with the stream: same bytes, or the same failure."""
    fields, data = load(name)
    (expect,) = fields["expect"]
    ids, words = fields.get("identity", []), fields.get("passphrase", [])
    if expect == "success":
        plain = age.decrypt(data, ids, words)
        assert hashlib.sha256(plain).hexdigest() == fields["payload"][0]
    else:
        wanted = EXPECTED[expect]
        assert wanted is not None
        with pytest.raises(wanted):
            age.decrypt(data, ids, words)
