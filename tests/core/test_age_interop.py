"""No lock-in: the reference ``age`` command opens what Vigil writes, and the other way round.

With the identity from ``vigil identity export`` (or the one derived from the recovery key),
``age -d`` opens a backup; the tar inside holds the manifest, the header, every revision
envelope and every attachment stream; each envelope opens to a signed note whose first line
is canonical JSON; each attachment stream opens to the original file's bytes.

Skipped only when /usr/bin/age is missing and CI is not set; on CI a missing ``age`` fails.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.cli import Cli
from tests.support.tools import missing_tool
from tests.support.vaults import PASSPHRASE
from vigil.crypto import age as age_keys
from vigil.crypto import envelope, keys, signed_note
from vigil.crypto.header import recovery_age_identity_string
from vigil.vault.store import Vault

AGE = Path("/usr/bin/age")
NOTE_TEXT = "Detained at the border crossing on the 3rd; lawyer denied access. «Қамауда» — 3 days."


@pytest.fixture(scope="module")
def age() -> str:
    if AGE.is_file() and os.access(AGE, os.X_OK):
        return str(AGE)
    missing_tool(str(AGE), "age")


def run_age(age: str, *args: str, data: bytes | None = None) -> bytes:
    proc = subprocess.run([age, *args], input=data, capture_output=True, timeout=60, check=False)
    assert proc.returncode == 0, f"age {' '.join(args)}: {proc.stderr.decode(errors='replace')}"
    return proc.stdout


@dataclass(frozen=True)
class Session:
    cli: Cli
    recovery_key: str
    case_id: str
    note_id: str
    attachment_id: str
    attachment: bytes
    identity_file: Path
    recipient: str
    backup: Path
    revisions: int


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Session:
    """One CLI session for the module (read-only for the tests), set up as conftest's cli."""
    tmp_path = tmp_path_factory.mktemp("interop")
    home = tmp_path / "home"
    (home / "tmp").mkdir(parents=True)
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(PASSPHRASE + b"\n")
    cli = Cli(vault=tmp_path / "vault", passphrase_file=secret, home=home)
    recovery_key = cli.init()
    # age 1.1 (Debian's) reads X25519 files only: the vault is addressed, as a field device
    # enrolled with an HQ whose keys are still X25519 is, so it writes X25519 for everything
    # it shares; its backup is made with --x25519. (tests/interop checks the hybrid files.)
    with Vault.open(cli.vault, PASSPHRASE) as vault:
        hq_key = str(age_keys.X25519Identity.generate().recipient)
        vault.set_meta("recipients", json.dumps([hq_key]))
    case_id = cli("case", "add", "--title", "Interop", "--person", "Асель Нурланова").last_line
    note_id = cli("note", "add", case_id, "--text", NOTE_TEXT).last_line
    attachment = os.urandom(150_000) + b"end of the original file"
    source = tmp_path / "scan.bin"
    source.write_bytes(attachment)
    attachment_id = cli("attach", case_id, str(source)).last_line
    exported = tmp_path / "identity.txt"
    cli("identity", "export", "--out", str(exported))
    # age 1.1 stops at a key type it does not know: the copy without the hybrid key, as
    # docs/formats.md §13 says (grep -v PQ-1)
    identity_file = tmp_path / "identity-x25519.txt"
    identity_file.write_text(
        "".join(line for line in exported.read_text().splitlines(True) if "PQ-1" not in line)
    )
    recipient = next(
        line.split(": ", 1)[1]
        for line in identity_file.read_text().splitlines()
        if line.startswith("# public key: ")
    )
    backup = tmp_path / "vault-backup.age"
    written = cli("backup", "--x25519", "--out", str(backup)).stdout
    revisions = int(written.split("Backup written: ", 1)[1].split(" revisions", 1)[0])
    return Session(
        cli, recovery_key, case_id, note_id, attachment_id, attachment, identity_file,
        recipient, backup, revisions,
    )  # fmt: skip


def untar(data: bytes) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        for member in tar.getmembers():
            handle = tar.extractfile(member)
            assert member.isfile() and handle is not None, member.name
            found[member.name] = handle.read()
    return found


def test_age_decrypts_a_backup_with_the_exported_identity(age: str, session: Session) -> None:
    plain = run_age(age, "-d", "-i", str(session.identity_file), str(session.backup))
    members = untar(plain)
    names = set(members)
    assert {"vigil-backup.json", "vault.header"} <= names
    revisions = sorted(n for n in names if n.startswith("revisions/"))
    blobs = sorted(n for n in names if n.startswith("attachments/"))
    assert all(n.endswith(".age") for n in revisions + blobs)
    assert names == {"vigil-backup.json", "vault.header", *revisions, *blobs}
    # the case, its person, the note, the attachment
    assert len(revisions) == session.revisions == 4
    assert len(blobs) == 1
    manifest = json.loads(members["vigil-backup.json"])
    assert (manifest["format"], manifest["version"]) == ("vigil-backup", 3)
    # The rest is a signed note (formats.md §7.3) whose text is one line of JSON.
    signed = json.loads(manifest["signed"].rpartition("\n\n")[0])
    assert sorted(f"revisions/{r}.age" for r in signed["revisions"]) == revisions
    assert {f"attachments/{f}": n for f, n in signed["attachments"].items()} == {
        b: len(members[b]) for b in blobs
    }
    assert members["vault.header"] == (session.cli.vault / "vault.header").read_bytes()
    # Each archive name is the SHA-256 of its bytes: the id authenticates the ciphertext.
    for name in revisions + blobs:
        digest = name.split("/", 1)[1].removesuffix(".age")
        assert hashlib.sha256(members[name]).hexdigest() == digest


def test_age_decrypts_each_envelope_to_a_signed_canonical_note(
    age: str, session: Session, tmp_path: Path
) -> None:
    members = untar(run_age(age, "-d", "-i", str(session.identity_file), str(session.backup)))
    bodies: dict[str, dict[str, object]] = {}
    for name, data in members.items():
        if not name.startswith("revisions/"):
            continue
        path = tmp_path / name.replace("/", "-")
        path.write_bytes(data)
        note = run_age(age, "--decrypt", "--identity", str(session.identity_file), str(path))
        first, _, rest = note.partition(b"\n")
        body = json.loads(first)
        assert envelope.canonical_json(body) == first, "the first line is not canonical JSON"
        assert rest.startswith("\n\u2014 vigil-device-".encode())
        # The signature checks out with the key the note names, using the signed-note rules.
        signer = envelope.signer_name(bytes.fromhex(body["device"]))
        text, who = signed_note.verify(note, {signer: bytes.fromhex(body["author_key"])})
        assert text == first + b"\n" and who == signer
        bodies[body["item"]] = body
    assert set(bodies) >= {session.case_id, session.note_id, session.attachment_id}
    assert bodies[session.note_id]["payload"] == {"text": NOTE_TEXT, "format": "markdown"}
    assert bodies[session.note_id]["kind"] == "note"
    attachment = bodies[session.attachment_id]["payload"]
    assert isinstance(attachment, dict)
    assert attachment["sha256"] == hashlib.sha256(session.attachment).hexdigest()


def test_age_decrypts_an_attachment_stream_to_the_original_bytes(
    age: str, session: Session, tmp_path: Path
) -> None:
    blobs = sorted((session.cli.vault / "attachments").iterdir())
    assert len(blobs) == 1
    # From the vault folder, and from inside the backup: both are the same age stream.
    assert run_age(age, "-d", "-i", str(session.identity_file), str(blobs[0])) == session.attachment
    members = untar(run_age(age, "-d", "-i", str(session.identity_file), str(session.backup)))
    stream = members[f"attachments/{blobs[0].name}"]
    assert run_age(age, "-d", "-i", str(session.identity_file), data=stream) == session.attachment


def test_age_decrypts_a_backup_with_the_recovery_key_identity(
    age: str, session: Session, tmp_path: Path
) -> None:
    identity = tmp_path / "recovery-identity.txt"
    identity.write_text(recovery_age_identity_string(session.recovery_key) + "\n")
    via_recovery = run_age(age, "-d", "-i", str(identity), str(session.backup))
    via_export = run_age(age, "-d", "-i", str(session.identity_file), str(session.backup))
    assert via_recovery == via_export
    assert "vault.header" in untar(via_recovery)
    # The recovery identity opens backups, not envelopes: those are for the vault's key only.
    envelope_bytes = next(v for k, v in untar(via_recovery).items() if k.startswith("revisions/"))
    refused = subprocess.run(
        [age, "-d", "-i", str(identity)], input=envelope_bytes, capture_output=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert refused.returncode != 0


def test_a_stranger_identity_cannot_open_the_backup(
    age: str, session: Session, tmp_path: Path
) -> None:
    """The control: age really checks the key (it is not opening everything)."""
    stranger = tmp_path / "stranger.txt"
    stranger.write_text(keys.age_identity_string(os.urandom(32)) + "\n")
    refused = subprocess.run(
        [age, "-d", "-i", str(stranger), str(session.backup)], capture_output=True, timeout=60,
        check=False,
    )  # fmt: skip
    assert refused.returncode != 0 and refused.stdout == b""


def test_vigil_opens_what_age_encrypts(age: str, session: Session, tmp_path: Path) -> None:
    """The reverse direction: an envelope decrypted by age and re-encrypted by age to the
    vault's public key (from the identity export) opens in Vigil to the same revision."""
    members = untar(run_age(age, "-d", "-i", str(session.identity_file), str(session.backup)))
    with Vault.open(session.cli.vault, PASSPHRASE) as v:
        head = v.get(session.note_id)
        assert head is not None
        original = members[f"revisions/{head.head}.age"]
        note = run_age(age, "-d", "-i", str(session.identity_file), data=original)
        again = run_age(age, "-e", "-r", session.recipient, data=note)
        assert again != original
        rev = envelope.open_envelope(again, v.identities)
        assert rev.item == session.note_id
        assert rev.payload == {"text": NOTE_TEXT, "format": "markdown"}
        assert rev.id == hashlib.sha256(again).hexdigest() != head.head
