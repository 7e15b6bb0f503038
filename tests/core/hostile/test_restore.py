"""Restore never harms what was there, and reads nothing before it can trust it (issue 12).

Every backup here is crafted the way an attacker could: a genuine backup's members, changed,
and sealed again to the vault's public key. A restore must refuse each one with a plain
message and the documented exit code, before it writes what it cannot trust, and leave the
target folder as it found it.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.support import backups
from tests.support.backups import Backed
from tests.support.vaults import PASSPHRASE
from vigil.crypto import keys
from vigil.crypto.errors import IntegrityError, VigilError, WrongKey
from vigil.crypto.header import EXT_HEADER_LEN, HEADER_LEN, Header
from vigil.crypto.kdf import KIB_PER_MIB, KdfParams
from vigil.vault.backup import MANIFEST
from vigil.vault.store import HEADER_FILE
from vigil.vault.verify import verify_vault

GIB = 1024 * 1024 * 1024


@pytest.fixture(scope="module")
def backed(tmp_path_factory: pytest.TempPathFactory) -> Backed:
    return backups.make(tmp_path_factory.mktemp("backed"))


def _names(items: backups.Members) -> list[str]:
    return [n for n, _ in items]


def _refused(backed: Backed, bad: Path, target: Path, match: str) -> None:
    with pytest.raises(IntegrityError, match=match):
        backups.restore(backed, bad, target)
    assert not target.exists(), "a failed restore left what it created behind"


# -- the target folder ------------------------------------------------------------------------


def test_a_failed_restore_into_a_folder_with_photos_leaves_them(
    backed: Backed, tmp_path: Path
) -> None:
    target = tmp_path / "Pictures"
    (target / "attachments").mkdir(parents=True)
    photo = target / "attachments" / "photo1.jpg"
    photo.write_bytes(b"a holiday")
    garbage = tmp_path / "garbage.age"
    garbage.write_bytes(b"not a backup at all")
    with pytest.raises(VigilError):
        backups.restore(backed, garbage, target)
    assert photo.read_bytes() == b"a holiday"


def test_restore_refuses_a_folder_that_is_not_empty(backed: Backed, tmp_path: Path) -> None:
    target = tmp_path / "Documents"
    target.mkdir()
    (target / "thesis.docx").write_bytes(b"chapter one")
    with pytest.raises(VigilError, match="new or empty folder") as caught:
        backups.restore(backed, backed.backup, target)
    assert caught.value.exit_code == 2
    assert sorted(os.listdir(target)) == ["thesis.docx"]


def test_a_failed_restore_into_a_new_folder_leaves_no_folder(
    backed: Backed, tmp_path: Path
) -> None:
    items = backups.members(backed)
    name, data = items[-1]
    assert name.startswith("attachments/")
    items[-1] = (name, data[:-1] + bytes([data[-1] ^ 1]))  # the last member is damaged
    bad = backups.seal_members(items, backed, tmp_path / "bad.age")
    _refused(backed, bad, tmp_path / "new" / "vault", "damaged")
    assert not (tmp_path / "new").exists()


def test_a_failed_restore_into_an_empty_folder_leaves_it_empty(
    backed: Backed, tmp_path: Path
) -> None:
    target = tmp_path / "empty"
    target.mkdir()
    items = [(n, d) for n, d in backups.members(backed) if not n.startswith("attachments/")]
    bad = backups.seal_members(items, backed, tmp_path / "bad.age")
    with pytest.raises(IntegrityError, match="missing"):
        backups.restore(backed, bad, target)
    assert target.is_dir() and os.listdir(target) == []


def test_the_genuine_backup_restores(backed: Backed, tmp_path: Path) -> None:
    """The control: everything below is refused because of what was changed."""
    with backups.restore(backed, backed.backup, tmp_path / "new" / "restored") as vault:
        assert verify_vault(vault) == []
        assert len(vault.items("attachment")) == 1
        # Its file is filed again, so a backup of the restored vault carries it too.
        names = [n for n, _ in backups.members(backed) if n.startswith("attachments/")]
        assert ["attachments/" + f for f in vault.blob_files()] == names
    # The folders the restore made are the person's alone, whatever the umask allowed.
    for made in (tmp_path / "new", tmp_path / "new" / "restored"):
        assert made.stat().st_mode & 0o777 == 0o700


# -- members ----------------------------------------------------------------------------------


def test_a_sparse_attachment_is_refused_before_it_is_written(
    backed: Backed, tmp_path: Path
) -> None:
    """A 15 KB backup (its envelopes carry hybrid stanzas) that would write 1 GiB: a sparse
    member named by the hash of what a tar reader makes of it."""
    items = backups.members(backed)
    tail = b"x" * 512
    digest = keys.sha256(b"\0" * (GIB - len(tail)) + tail).hex()
    parts = [backups.tar_member(n, d) for n, d in items if not n.startswith("attachments/")]
    parts.append(backups.sparse_member(f"attachments/{digest}.age", GIB, tail))
    bad = backups.seal(parts, backed, tmp_path / "bad.age")
    assert bad.stat().st_size < 16_000
    _refused(backed, bad, tmp_path / "restored", "not a plain file")


def test_duplicate_sparse_revisions_are_refused(backed: Backed, tmp_path: Path) -> None:
    """A 30 KB backup that would hold 320 MB in memory: forty copies of one sparse revision
    of 8 MiB, named by its hash."""
    items = backups.members(backed)
    size = 8 * 1024 * 1024
    tail = b"y" * 512
    digest = keys.sha256(b"\0" * (size - len(tail)) + tail).hex()
    parts = [backups.tar_member(n, d) for n, d in items[:2]]
    parts += [backups.sparse_member(f"revisions/{digest}.age", size, tail)] * 40
    bad = backups.seal(parts, backed, tmp_path / "bad.age")
    assert bad.stat().st_size < 60_000
    _refused(backed, bad, tmp_path / "restored", "not a plain file")


def test_a_revision_given_twice_is_refused(backed: Backed, tmp_path: Path) -> None:
    items = backups.members(backed)
    revision = next(item for item in items if item[0].startswith("revisions/"))
    bad = backups.seal_members([*items, revision], backed, tmp_path / "bad.age")
    _refused(backed, bad, tmp_path / "restored", "more than once")


@pytest.mark.parametrize("name", [MANIFEST, HEADER_FILE])
def test_a_second_manifest_or_header_is_refused(backed: Backed, tmp_path: Path, name: str) -> None:
    items = backups.members(backed)
    again = next(item for item in items if item[0] == name)
    bad = backups.seal_members([*items, again], backed, tmp_path / "bad.age")
    _refused(backed, bad, tmp_path / "restored", "more than once")


def test_members_before_the_manifest_and_header_are_refused(backed: Backed, tmp_path: Path) -> None:
    items = backups.members(backed)
    assert _names(items)[:2] == [MANIFEST, HEADER_FILE]
    reordered = [items[2], *items[:2], *items[3:]]
    bad = backups.seal_members(reordered, backed, tmp_path / "bad.age")
    _refused(backed, bad, tmp_path / "restored", "begins with its manifest")


def test_the_manifest_signature_is_checked_before_any_other_member(
    backed: Backed, tmp_path: Path
) -> None:
    items = backups.members(backed)
    manifest = json.loads(items[0][1])
    manifest["signed"] = manifest["signed"].replace('"created":"', '"created":"1', 1)
    items[0] = (MANIFEST, json.dumps(manifest).encode())
    # Behind it, something that would be refused for its own reason if it were read.
    parts = [backups.tar_member(n, d) for n, d in items]
    parts.insert(2, backups.tar_member("../../.bashrc", b"echo owned"))
    bad = backups.seal(parts, backed, tmp_path / "bad.age")
    _refused(backed, bad, tmp_path / "restored", "not signed by this vault's key")


def test_a_revision_the_signed_manifest_lists_must_be_there(backed: Backed, tmp_path: Path) -> None:
    items = backups.members(backed)
    dropped = next(n for n in _names(items) if n.startswith("revisions/"))
    kept = [item for item in items if item[0] != dropped]
    bad = backups.seal_members(kept, backed, tmp_path / "bad.age")
    _refused(backed, bad, tmp_path / "restored", "missing")


def test_an_attachment_larger_than_the_signed_manifest_says_is_refused(
    backed: Backed, tmp_path: Path
) -> None:
    items = backups.members(backed)
    index = next(i for i, (n, _) in enumerate(items) if n.startswith("attachments/"))
    _, data = items[index]
    longer = data + b"\0" * 4096
    items[index] = (f"attachments/{keys.sha256(longer).hex()}.age", longer)
    bad = backups.seal_members(items, backed, tmp_path / "bad.age")
    _refused(backed, bad, tmp_path / "restored", "does not list")


@pytest.mark.parametrize(
    "manifest",
    [b"[" * 5000 + b"]" * 5000, b'{"format": "vigil-backup", "format": "x", "version": 3}'],
    ids=["deep nesting", "duplicate key"],
)
def test_a_hostile_manifest_is_refused_as_damage(
    backed: Backed, tmp_path: Path, manifest: bytes
) -> None:
    items = backups.members(backed)
    items[0] = (MANIFEST, manifest)
    bad = backups.seal_members(items, backed, tmp_path / "bad.age")
    _refused(
        backed,
        bad,
        tmp_path / "restored",
        "The backup's manifest (nests deeper|has the key .format. twice)",
    )


# -- unsigned manifests -----------------------------------------------------------------------


def _as_version_1(backed: Backed, out: Path) -> Path:
    items = backups.members(backed)
    header = Header.from_bytes(dict(items)[HEADER_FILE])
    manifest = {
        "format": "vigil-backup",
        "version": 1,
        "vault_id": header.vault_id.hex(),
        "created": "2026-01-01T00:00:00Z",
        "revisions": sum(n.startswith("revisions/") for n in _names(items)),
        "attachments": sum(n.startswith("attachments/") for n in _names(items)),
    }
    items[0] = (MANIFEST, json.dumps(manifest).encode())
    return backups.seal_members(items, backed, out)


def test_an_unsigned_version_1_backup_is_refused_unless_asked_for(
    backed: Backed, tmp_path: Path
) -> None:
    old = _as_version_1(backed, tmp_path / "v1.age")
    _refused(backed, old, tmp_path / "restored", "--allow-unsigned-backup")
    with backups.restore(backed, old, tmp_path / "asked", allow_unsigned=True) as vault:
        assert verify_vault(vault) == []


# -- the header's key-derivation cost ---------------------------------------------------------


def _with_kdf(backed: Backed, kdf: KdfParams, out: Path) -> Path:
    items = backups.members(backed)
    raw = bytearray(dict(items)[HEADER_FILE])
    raw[44:56] = (
        kdf.memory_kib.to_bytes(4, "big")
        + kdf.iterations.to_bytes(4, "big")
        + (kdf.lanes.to_bytes(4, "big"))
    )
    raw[HEADER_LEN - 32 : HEADER_LEN] = keys.sha256(bytes(raw[: HEADER_LEN - 32]))
    if len(raw) == EXT_HEADER_LEN:  # and the post-quantum extension's checksum, over it all
        raw[-32:] = keys.sha256(bytes(raw[:-32]))
    assert len(raw) in (HEADER_LEN, EXT_HEADER_LEN)
    items = [(n, bytes(raw) if n == HEADER_FILE else d) for n, d in items]
    return backups.seal_members(items, backed, out)


def _cli(
    backed: Backed, tmp_path: Path, *args: str, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    secret = tmp_path / "passphrase.txt"
    secret.write_bytes(PASSPHRASE + b"\n")
    ident = tmp_path / "identity.txt"
    ident.write_text(backed.identity + "\n")
    env = {**os.environ, "VIGIL_LOG_DIR": str(tmp_path / "logs"), "HOME": str(tmp_path)}
    argv = [sys.executable, "-m", "vigil", "--passphrase-file", str(secret), *args]
    argv = [a.replace("@identity", str(ident)) for a in argv]
    return subprocess.run(
        argv, capture_output=True, text=True, env=env, timeout=timeout, stdin=subprocess.DEVNULL
    )


@pytest.mark.parametrize(
    ("memory_mib", "passes", "lanes"),
    [(1024, 64, 1), (4096, 64, 16), (512, 16, 1), (64, 3, 8)],
)
def test_a_backup_header_demanding_hours_of_work_is_refused_at_once(
    backed: Backed, tmp_path: Path, memory_mib: int, passes: int, lanes: int
) -> None:
    crafted = _with_kdf(
        backed, KdfParams(memory_mib * KIB_PER_MIB, passes, lanes), tmp_path / "k.age"
    )
    target = tmp_path / "restored"
    done = _cli(backed, tmp_path, "--vault", str(target), "restore", str(crafted),
                "--identity-file", "@identity", timeout=30)  # fmt: skip
    assert done.returncode == 4, done.stderr
    assert "key-derivation cost" in done.stderr
    assert not target.exists()


# -- exit codes -------------------------------------------------------------------------------


def test_early_failures_exit_with_the_documented_code(backed: Backed, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.age"
    garbage.write_bytes(os.urandom(3000))
    truncated = tmp_path / "truncated.age"
    truncated.write_bytes(backed.backup.read_bytes()[:-700])
    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("mine")
    cases = [
        (garbage, tmp_path / "a", 4),
        (truncated, tmp_path / "b", 4),
        (tmp_path / "absent.age", tmp_path / "c", 2),
        (backed.backup, full, 2),
    ]
    for backup, target, code in cases:
        done = _cli(backed, tmp_path, "--vault", str(target), "restore", str(backup),
                    "--identity-file", "@identity")  # fmt: skip
        assert done.returncode == code, (backup.name, done.returncode, done.stderr)
        assert done.stderr.startswith("vigil: ") and "Traceback" not in done.stderr
    assert (full / "keep.txt").read_text() == "mine"


# -- beyond the list ------------------------------------------------------------------


def test_a_key_the_backup_was_not_made_for_exits_3_and_leaves_nothing(
    backed: Backed, tmp_path: Path
) -> None:
    stranger = tmp_path / "stranger"
    stranger_backed = backups.make(stranger)
    target = tmp_path / "restored"
    with pytest.raises(WrongKey, match="does not open this backup"):
        backups.restore(stranger_backed, backed.backup, target)
    assert not target.exists()
    wrong = tmp_path / "wrong.txt"
    wrong.write_bytes(b"not the passphrase of this vault\n")
    done = _cli(backed, tmp_path, "--passphrase-file", str(wrong), "--vault", str(target),
                "restore", str(backed.backup), "--identity-file", "@identity")  # fmt: skip
    assert done.returncode == 3, done.stderr
    assert not target.exists()


def test_a_symlinked_target_is_refused_and_its_folder_untouched(
    backed: Backed, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    link = tmp_path / "link"
    link.symlink_to(elsewhere)
    with pytest.raises(VigilError, match="not a folder") as caught:
        backups.restore(backed, backed.backup, link)
    assert caught.value.exit_code == 2
    assert os.listdir(elsewhere) == []


def _special(name: str, kind: bytes, linkname: str = "") -> bytes:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = linkname
    return info.tobuf(tarfile.PAX_FORMAT)


@pytest.mark.parametrize(
    "kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE]
)
def test_links_folders_and_devices_among_the_members_are_refused(
    backed: Backed, tmp_path: Path, kind: bytes
) -> None:
    items = backups.members(backed)
    blob = next(n for n, _ in items if n.startswith("attachments/"))
    parts = [backups.tar_member(n, d) for n, d in items if n != blob]
    parts.append(_special(blob, kind, "/home/someone/.ssh/id_ed25519"))
    bad = backups.seal(parts, backed, tmp_path / "bad.age")
    _refused(backed, bad, tmp_path / "restored", "not a plain file")


def test_a_pax_sparse_member_is_refused(backed: Backed, tmp_path: Path) -> None:
    """The other sparse encoding (GNU sparse 1.0 in PAX headers), which a reader hands out
    as a plain file type."""
    items = backups.members(backed)
    size = 64 * 1024 * 1024
    tail = b"z" * 512
    digest = keys.sha256(b"\0" * (size - len(tail)) + tail).hex()
    data = f"1\n{size - len(tail)}\n{len(tail)}\n".encode()
    data += b"\0" * (-len(data) % 512) + tail
    info = tarfile.TarInfo(f"attachments/{digest}.age")
    info.size = len(data)
    info.pax_headers = {
        "GNU.sparse.major": "1",
        "GNU.sparse.minor": "0",
        "GNU.sparse.name": info.name,
        "GNU.sparse.realsize": str(size),
    }
    member = info.tobuf(tarfile.PAX_FORMAT) + data + b"\0" * (-len(data) % 512)
    parts = [backups.tar_member(n, d) for n, d in items if not n.startswith("attachments/")]
    bad = backups.seal([*parts, member], backed, tmp_path / "bad.age")
    _refused(backed, bad, tmp_path / "restored", "not a plain file")


def test_a_member_cut_short_inside_the_tar_is_refused(backed: Backed, tmp_path: Path) -> None:
    items = backups.members(backed)
    parts = [backups.tar_member(n, d) for n, d in items]
    last = parts[-1]
    bad = backups.seal([*parts[:-1], last[: 512 + 100]], backed, tmp_path / "bad.age")
    _refused(backed, bad, tmp_path / "restored", "damaged|missing")


def test_a_target_that_cannot_be_made_is_a_bad_argument(backed: Backed, tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF")
    cases = [(report / "vault", "inside a file"), (tmp_path / "new" / ("x" * 300), "Cannot create")]
    for target, says in cases:
        done = _cli(backed, tmp_path, "--vault", str(target), "restore", str(backed.backup),
                    "--identity-file", "@identity")  # fmt: skip
        assert done.returncode == 2 and says in done.stderr, done.stderr
    assert report.read_bytes() == b"%PDF"
    assert not (tmp_path / "new").exists()  # the folder made before the failure is gone


@pytest.mark.parametrize("folder", ["revisions/", "attachments/"])
def test_a_damaged_member_is_named_whichever_way_its_hash_sorts(
    backed: Backed, tmp_path: Path, folder: str
) -> None:
    """A changed byte gives a hash that sorts before or after the member's name: both must be
    refused, so a check that compares by order instead of equality cannot pass."""
    items = backups.members(backed)
    at = next(i for i, (name, _) in enumerate(items) if name.startswith(folder))
    name, data = items[at]
    stem = name.removeprefix(folder).removesuffix(".age")
    found: dict[bool, bytes] = {}
    for flip in range(len(data)):  # the first byte changes that land on each side
        changed = data[:flip] + bytes([data[flip] ^ 1]) + data[flip + 1 :]
        found.setdefault(hashlib.sha256(changed).hexdigest() < stem, changed)
        if len(found) == 2:
            break
    kind = "Revision" if folder == "revisions/" else "Attachment"
    for side, changed in found.items():
        bad_items = [*items[:at], (name, changed), *items[at + 1 :]]
        bad = backups.seal_members(bad_items, backed, tmp_path / f"bad-{side}.age")
        _refused(
            backed,
            bad,
            tmp_path / f"restored-{side}",
            f"{kind} {stem[:12]} in the backup is damaged",
        )
