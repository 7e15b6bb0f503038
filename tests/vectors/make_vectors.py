"""Regenerate the known-answer vectors in this folder (run once; the outputs are committed).

    uv run python tests/vectors/make_vectors.py

The vectors pin the formats: a header made with a known passphrase, master key, identity and
recovery key; an envelope made with a known identity; a signed note with a known Ed25519 key
(Ed25519 signatures are deterministic, so that one is byte-exact). Regenerating them is a
format change and needs a version bump in docs/formats.md.
"""

from __future__ import annotations

import json
from pathlib import Path

from vigil.crypto import envelope, keys, recovery, signed_note
from vigil.crypto.header import Header
from vigil.crypto.kdf import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams

HERE = Path(__file__).parent
PASSPHRASE = b"vigil known-answer vector"
VMK = bytes(range(32))
IDENTITY = keys.Identity(bytes(range(32, 64)), bytes(range(64, 96)))
RECOVERY_SECRET = bytes(range(96, 116))


def main() -> None:
    kdf = KdfParams(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)
    header = Header.create(PASSPHRASE, kdf, VMK, IDENTITY, RECOVERY_SECRET)
    (HERE / "header-v1.bin").write_bytes(header.to_bytes())
    rev = envelope.Revision(
        kind="note",
        item="0123456789abcdef0123456789abcdef",
        case="fedcba9876543210fedcba9876543210",
        parents=("aa" * 32,),
        device=header.device_id,
        author_key=IDENTITY.verify_key_bytes,
        seq=7,
        prev="bb" * 32,
        time="2019-08-17T09:00:00.000000Z",
        deleted=False,
        payload={"format": "markdown", "text": "Серікжан Білаш — released with conditions."},
    )
    sealed = envelope.seal(rev, IDENTITY, [IDENTITY.age_recipient])
    (HERE / "envelope-v1.age").write_bytes(sealed.envelope)
    note = signed_note.sign(b"vigil signed note vector\n", "vigil-test", IDENTITY.signing_key)
    (HERE / "signed-note.txt").write_bytes(note)
    expected = {
        "passphrase": PASSPHRASE.decode(),
        "vmk": VMK.hex(),
        "x25519_secret": IDENTITY.x25519_secret.hex(),
        "ed25519_seed": IDENTITY.ed25519_seed.hex(),
        "age_recipient": IDENTITY.recipient_string,
        "age_identity": keys.age_identity_string(IDENTITY.x25519_secret),
        "ed25519_public": IDENTITY.verify_key_bytes.hex(),
        "recovery_key": recovery.format_key(RECOVERY_SECRET),
        "recovery_recipient": keys.age_recipient_string(header.recovery_recipient),
        "sqlcipher_key": keys.hkdf(VMK, header.vault_id, keys.LABEL_SQLCIPHER).hex(),
        "envelope_id": sealed.id,
        "envelope_body": envelope.canonical_json(rev.body()).decode(),
        "signed_note_key_id": signed_note.key_id("vigil-test", IDENTITY.verify_key_bytes).hex(),
    }
    (HERE / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    main()
