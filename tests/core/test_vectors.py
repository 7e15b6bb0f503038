"""Known-answer vectors for the header, envelope and signed-note formats (docs/formats.md)."""

from __future__ import annotations

import hashlib
import itertools
import json
import subprocess
from pathlib import Path

from tests.support import rage
from tests.support.tools import need_tools
from vigil.crypto import envelope, keys, recovery, signed_note
from vigil.crypto.header import HEADER_LEN, REGIONS, Header, recovery_age_identity_string

VECTORS = Path(__file__).parent.parent / "vectors"
EXPECTED = json.loads((VECTORS / "expected.json").read_text("utf-8"))


def header() -> Header:
    return Header.from_bytes((VECTORS / "header-v1.bin").read_bytes())


def test_header_layout_is_fixed() -> None:
    raw = (VECTORS / "header-v1.bin").read_bytes()
    assert len(raw) == HEADER_LEN == 396
    start, end = REGIONS["magic"]
    assert raw[start:end] == b"VIGILVLT"
    assert raw[slice(*REGIONS["version"])] == b"\x00\x01"
    assert raw[slice(*REGIONS["kdf_params"])] == bytes.fromhex("000100000000000300000001")
    assert raw[slice(*REGIONS["checksum"])] == hashlib.sha256(raw[:-32]).digest()
    spans = sorted(REGIONS.values())
    assert spans[0][0] == 0 and spans[-1][1] == HEADER_LEN
    assert all(end == nxt for (_, end), (nxt, _) in itertools.pairwise(spans))


def test_header_unwraps_known_keys() -> None:
    h = header()
    vmk = h.unwrap_with_passphrase(EXPECTED["passphrase"].encode())
    assert vmk.hex() == EXPECTED["vmk"]
    assert (
        h.unwrap_with_recovery(recovery.parse_key(EXPECTED["recovery_key"])).hex()
        == EXPECTED["vmk"]
    )
    identity = h.unwrap_identity(vmk)
    assert identity.x25519_secret.hex() == EXPECTED["x25519_secret"]
    assert identity.ed25519_seed.hex() == EXPECTED["ed25519_seed"]
    assert keys.hkdf(vmk, h.vault_id, keys.LABEL_SQLCIPHER).hex() == EXPECTED["sqlcipher_key"]
    assert keys.age_recipient_string(h.recovery_recipient) == EXPECTED["recovery_recipient"]


def test_age_key_encoding_matches_pyrage() -> None:
    identity = keys.Identity.from_bytes(
        bytes.fromhex(EXPECTED["x25519_secret"]) + bytes.fromhex(EXPECTED["ed25519_seed"])
    )
    assert keys.age_identity_string(identity.x25519_secret) == EXPECTED["age_identity"]
    # pyrage derives the recipient from our encoded identity on its own: an independent check
    assert str(rage.identity(identity).to_public()) == EXPECTED["age_recipient"]
    assert str(identity.age_identity.recipient) == EXPECTED["age_recipient"]
    assert identity.recipient_string == EXPECTED["age_recipient"]
    assert identity.verify_key_bytes.hex() == EXPECTED["ed25519_public"]


def test_recovery_identity_matches_recovery_recipient() -> None:
    import pyrage

    derived = pyrage.x25519.Identity.from_str(
        recovery_age_identity_string(EXPECTED["recovery_key"])
    )
    assert str(derived.to_public()) == EXPECTED["recovery_recipient"]


def test_age_keygen_agrees_on_our_identity(tmp_path: Path) -> None:
    need_tools("age-keygen", debs="age")
    ident = tmp_path / "id.txt"
    ident.write_text(EXPECTED["age_identity"] + "\n")
    out = subprocess.run(
        ["age-keygen", "-y", str(ident)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == EXPECTED["age_recipient"]


def test_envelope_vector_opens_and_verifies() -> None:
    data = (VECTORS / "envelope-v1.age").read_bytes()
    identity = keys.Identity.from_bytes(
        bytes.fromhex(EXPECTED["x25519_secret"]) + bytes.fromhex(EXPECTED["ed25519_seed"])
    )
    rev = envelope.open_envelope(data, [identity.age_identity])
    assert rev.id == EXPECTED["envelope_id"] == hashlib.sha256(data).hexdigest()
    assert envelope.canonical_json(rev.body()).decode() == EXPECTED["envelope_body"]
    assert rev.seq == 7 and rev.prev == "bb" * 32 and rev.parents == ("aa" * 32,)
    assert rev.payload["text"] == "Серікжан Білаш — released with conditions."


def test_signed_note_vector_is_byte_exact() -> None:
    identity = keys.Identity.from_bytes(
        bytes.fromhex(EXPECTED["x25519_secret"]) + bytes.fromhex(EXPECTED["ed25519_seed"])
    )
    note = (VECTORS / "signed-note.txt").read_bytes()
    assert (
        signed_note.sign(b"vigil signed note vector\n", "vigil-test", identity.signing_key) == note
    )
    text, name = signed_note.verify(note, {"vigil-test": identity.verify_key_bytes})
    assert (text, name) == (b"vigil signed note vector\n", "vigil-test")
    assert (
        signed_note.key_id("vigil-test", identity.verify_key_bytes).hex()
        == EXPECTED["signed_note_key_id"]
    )
