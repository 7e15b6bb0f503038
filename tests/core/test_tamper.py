"""Tamper matrix: every way the bytes of a vault can be damaged or altered on disk.

Each region of the header, pages of the SQLCipher database, revision envelopes, attachment
streams and backups are damaged one way at a time. The expected outcome is always an
``IntegrityError`` subclass (or ``WrongPassphrase`` where that is the design) with one plain
line of message, and from the CLI the documented exit code with one line on stderr: never a
traceback, never "unexpected".
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import io
import itertools
import os
import random
import shutil
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

import vigil.crypto.header as header_module
from tests.support import rage
from tests.support.cli import Cli, CliResult
from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto import envelope, keys, recovery, signed_note
from vigil.crypto.envelope import Revision
from vigil.crypto.errors import (
    EnvelopeError,
    HeaderDamaged,
    HeaderTampered,
    IntegrityError,
    RecoveryKeyInvalid,
    SignatureError,
    VigilError,
    WrongPassphrase,
)
from vigil.crypto.header import CHECKSUM_LEN, HEADER_LEN, REGIONS, recovery_age_identity_strings
from vigil.crypto.kdf import (
    CEILING_ITERATIONS,
    CEILING_MEMORY_KIB,
    FLOOR_ITERATIONS,
    FLOOR_MEMORY_KIB,
    MAX_LANES,
)
from vigil.vault.backup import restore_backup, write_backup
from vigil.vault.store import BLOB_DIR, DB_FILE, HEADER_FILE, Change, Vault, read_header
from vigil.vault.verify import verify_vault

EXIT_WRONG_PASSPHRASE = 3
EXIT_INTEGRITY = 4

# SQLCipher 4 defaults: 4096-byte pages, each ending in a 16-byte IV and a 64-byte HMAC-SHA512;
# page 1 starts with the 16-byte salt in the clear.
PAGE_SIZE = 4096
PAGE_RESERVE = 16 + 64
SALT_LEN = 16


# -- helpers -------------------------------------------------------------------------------------


def assert_plain(message: str) -> None:
    """A message a person can read: one line, no internals, no bytes dumped."""
    assert message.strip(), "empty message"
    assert "\n" not in message.strip(), f"not one line: {message!r}"
    assert len(message) < 300, f"too long to be plain: {message!r}"
    for internal in ("Traceback", "b'", "\\x", "sqlcipher3", "DatabaseError", "pyrage"):
        assert internal not in message, f"{internal!r} leaks into {message!r}"


def assert_cli_error(result: CliResult, exit_code: int) -> str:
    """The CLI failed with ``exit_code`` and said so in exactly one line; return that line."""
    assert result.returncode == exit_code, (
        f"exit {result.returncode}, expected {exit_code}; stderr: {result.stderr!r}"
    )
    assert "Traceback" not in result.stderr
    assert "unexpected" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"stderr is not one line: {result.stderr!r}"
    assert lines[0].startswith("vigil: ")
    assert_plain(lines[0])
    return lines[0]


def flip(data: bytes, offset: int, mask: int = 0x01) -> bytes:
    return data[:offset] + bytes([data[offset] ^ mask]) + data[offset + 1 :]


def flip_file(path: Path, offset: int, mask: int = 0x01) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        assert len(byte) == 1, f"offset {offset} is past the end of {path.name}"
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ mask]))


def reseal(header: bytes) -> bytes:
    """What an attacker with write access does: fix the (unkeyed) checksums after an edit
    (the core's, and the post-quantum extension's when there is one)."""
    body = header[: HEADER_LEN - CHECKSUM_LEN]
    core = body + hashlib.sha256(body).digest()
    if len(header) == HEADER_LEN:
        return core
    extended = core + header[HEADER_LEN:-CHECKSUM_LEN]
    return extended + hashlib.sha256(extended).digest()


def patch(header: bytes, offset: int, new: bytes) -> bytes:
    return header[:offset] + new + header[offset + len(new) :]


@dataclass(frozen=True)
class Pristine:
    """One vault built once per module; every test works on its own copy."""

    path: Path
    recovery_key: str
    case_id: str
    notes: dict[str, str]  # note item id -> text
    heads: dict[str, str]  # note item id -> head revision id
    attachments: dict[str, bytes]  # attachment item id -> plaintext
    backup: Path
    page_count: int
    items_root: int
    blob_index_root: int
    envelope_page: int  # a page holding only part of one note's envelope
    envelope_note: str  # that note


def _db_key(path: Path) -> bytes:
    header = read_header(path)
    vmk = header.unwrap_with_passphrase(PASSPHRASE)
    return keys.hkdf(vmk, header.vault_id, keys.LABEL_SQLCIPHER)


def _decrypt_page(raw: bytes, number: int, key: bytes) -> bytes:
    """Decrypt one SQLCipher page without checking its HMAC: only used to find where data is."""
    page = raw[(number - 1) * PAGE_SIZE : number * PAGE_SIZE]
    start = SALT_LEN if number == 1 else 0
    iv = page[PAGE_SIZE - PAGE_RESERVE : PAGE_SIZE - PAGE_RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE_SIZE - PAGE_RESERVE]) + decryptor.finalize()


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Pristine:
    root = tmp_path_factory.mktemp("pristine")
    path = root / "vault"
    rng = random.Random(20240611)
    vault, recovery_key = Vault.create(path, PASSPHRASE, FAST_KDF)
    with vault:
        case_id = vault.save("case", {"title": "Tamper matrix"}).item
        notes: dict[str, str] = {}
        heads: dict[str, str] = {}
        for index in range(6):
            # ~6 KB each: every envelope spills onto overflow pages of its own.
            text = f"note {index} " + rng.randbytes(3000).hex()
            rev = vault.save("note", {"text": text}, case_id=case_id)
            notes[rev.item] = text
            heads[rev.item] = rev.id
        attachments: dict[str, bytes] = {}
        for index in range(2):
            data = rng.randbytes(300_000)
            source = root / f"evidence-{index}.bin"
            source.write_bytes(data)
            attachments[vault.add_attachment(case_id, source).item] = data
        backup = root / "backup.age"
        write_backup(vault, backup)
        conn = vault.conn
        roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_schema").fetchall())
        file_index = next(
            name
            for _, name, *_ in conn.execute("PRAGMA index_list(blobs)").fetchall()
            if [row[2] for row in conn.execute(f"PRAGMA index_info({name})")] == ["file"]
        )
        envelopes = {rev_id: bytes(data) for rev_id, data in vault.envelopes()}
    # Closing checkpointed the WAL: every page is now in vault.db.
    assert (
        not (path / (DB_FILE + "-wal")).exists() or (path / (DB_FILE + "-wal")).stat().st_size == 0
    )
    raw = (path / DB_FILE).read_bytes()
    assert len(raw) % PAGE_SIZE == 0
    key = _db_key(path)
    first = _decrypt_page(raw, 1, key)
    assert first[:2] == PAGE_SIZE.to_bytes(2, "big"), "not a 4096-byte-page SQLCipher 4 file"
    envelope_note = list(notes)[3]
    probe = envelopes[heads[envelope_note]][3000:3064]
    holding = [
        n for n in range(1, len(raw) // PAGE_SIZE + 1) if probe in _decrypt_page(raw, n, key)
    ]
    assert len(holding) == 1
    return Pristine(
        path=path,
        recovery_key=recovery_key,
        case_id=case_id,
        notes=notes,
        heads=heads,
        attachments=attachments,
        backup=backup,
        page_count=len(raw) // PAGE_SIZE,
        items_root=roots["items"],
        blob_index_root=roots[file_index],
        envelope_page=holding[0],
        envelope_note=envelope_note,
    )


def clone(pristine: Pristine, dest: Path) -> Path:
    shutil.copytree(pristine.path, dest)
    return dest


@pytest.fixture
def copy(pristine: Pristine, tmp_path: Path) -> Path:
    return clone(pristine, tmp_path / "copy")


@pytest.fixture
def opened(copy: Path) -> Iterator[Vault]:
    vault = Vault.open(copy, PASSPHRASE)
    try:
        yield vault
    finally:
        vault.close()


@pytest.fixture
def vault_cli(cli: Cli, pristine: Pristine) -> Cli:
    clone(pristine, cli.vault)
    return cli


def header_of(path: Path) -> bytes:
    return (path / HEADER_FILE).read_bytes()


def write_header(path: Path, data: bytes) -> None:
    (path / HEADER_FILE).write_bytes(data)


# -- the header: one flipped byte per region ---------------------------------------------------

CHECKSUM_MESSAGE = "The vault header is damaged: its checksum does not match."
NOT_A_VAULT = "This is not a Vigil vault"


def test_regions_cover_the_whole_header() -> None:
    covered = sorted(REGIONS.values())
    assert covered[0][0] == 0 and covered[-1][1] == HEADER_LEN
    assert all(a[1] == b[0] for a, b in itertools.pairwise(covered))


@pytest.mark.parametrize("where", ["first", "middle", "last"])
@pytest.mark.parametrize("region", sorted(REGIONS))
def test_flipped_header_byte_is_damage(copy: Path, region: str, where: str) -> None:
    start, end = REGIONS[region]
    offset = {"first": start, "middle": (start + end) // 2, "last": end - 1}[where]
    write_header(copy, flip(header_of(copy), offset, 0x20))
    with pytest.raises(HeaderDamaged) as caught:
        Vault.open(copy, PASSPHRASE)
    message = str(caught.value)
    assert_plain(message)
    if region == "magic":
        assert message.startswith(NOT_A_VAULT)
    else:
        assert message == CHECKSUM_MESSAGE


@pytest.mark.parametrize(
    "length", [0, 1, 7, 8, 44, 152, HEADER_LEN - CHECKSUM_LEN, HEADER_LEN - 2, HEADER_LEN - 1]
)
def test_truncated_header_is_damage(copy: Path, length: int) -> None:
    write_header(copy, header_of(copy)[:length])
    with pytest.raises(HeaderDamaged) as caught:
        Vault.open(copy, PASSPHRASE)
    message = str(caught.value)
    assert_plain(message)
    if length < 8:
        assert message.startswith(NOT_A_VAULT)
    else:
        assert f"it is {length} bytes long, not {HEADER_LEN}" in message


@pytest.mark.parametrize("extra", [b"\0", b"x", b"\n" * 100])
def test_header_with_bytes_appended_is_damage(copy: Path, extra: bytes) -> None:
    size = len(header_of(copy))
    write_header(copy, header_of(copy) + extra)
    with pytest.raises(HeaderDamaged, match=f"{size + len(extra)} bytes long"):
        Vault.open(copy, PASSPHRASE)


def test_a_folder_with_garbage_for_a_header_is_not_a_vault(copy: Path) -> None:
    write_header(copy, os.urandom(HEADER_LEN))
    with pytest.raises(HeaderDamaged, match=NOT_A_VAULT):
        Vault.open(copy, PASSPHRASE)


# -- the header: an attacker who recomputes the checksum ------------------------------------

KDF_AT = REGIONS["kdf_params"][0]


def _kdf(memory: int, iterations: int, lanes: int) -> Callable[[bytes], bytes]:
    return lambda h: patch(h, KDF_AT, struct.pack(">III", memory, iterations, lanes))


def _version(value: int) -> Callable[[bytes], bytes]:
    return lambda h: patch(h, REGIONS["version"][0], struct.pack(">H", value))


def _flags(value: int) -> Callable[[bytes], bytes]:
    return lambda h: patch(h, REGIONS["flags"][0], struct.pack(">H", value))


def _flip_region(region: str) -> Callable[[bytes], bytes]:
    start, end = REGIONS[region]
    return lambda h: flip(h, (start + end) // 2)


FLOOR = (FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 1)

REFUSED_BEFORE_UNLOCK = {
    "memory below floor": (_kdf(FLOOR_MEMORY_KIB - 1, FLOOR_ITERATIONS, 1), "below the minimum"),
    "memory far below floor": (_kdf(8, FLOOR_ITERATIONS, 1), "below the minimum"),
    "passes below floor": (_kdf(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS - 1, 1), "below the minimum"),
    "passes zero": (_kdf(FLOOR_MEMORY_KIB, 0, 1), "below the minimum"),
    "memory above ceiling": (
        _kdf(CEILING_MEMORY_KIB + 1, FLOOR_ITERATIONS, 1),
        "above the maximum",
    ),
    "memory maximal": (_kdf(2**32 - 1, FLOOR_ITERATIONS, 1), "above the maximum"),
    "passes above ceiling": (
        _kdf(FLOOR_MEMORY_KIB, CEILING_ITERATIONS + 1, 1),
        "above the maximum",
    ),
    "lanes zero": (_kdf(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 0), "parallelism"),
    "lanes above maximum": (_kdf(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, MAX_LANES + 1), "parallelism"),
    "version 2": (_version(2), "format version 2"),
    "version 0": (_version(0), "format version 0"),
    "version 65535": (_version(65535), "format version 65535"),
    "flags set": (_flags(1), "unknown flags"),
}


@pytest.mark.parametrize("case", sorted(REFUSED_BEFORE_UNLOCK))
def test_resealed_header_with_bad_public_fields_is_tampering(
    copy: Path, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    edit, fragment = REFUSED_BEFORE_UNLOCK[case]
    write_header(copy, reseal(edit(header_of(copy))))
    # Refused before any Argon2id work: deriving with a ceiling-busting cost would take many
    # seconds or exhaust memory. The real derivation is watched, not timed (a wall-clock bound
    # fails at random on a loaded machine and passes a slow check on a fast one).
    derived: list[object] = []

    def watched(*args: object, **kwargs: object) -> bytes:
        derived.append(args[2] if len(args) > 2 else kwargs)
        return real_derive(*args, **kwargs)  # type: ignore[arg-type]

    real_derive = header_module.derive
    monkeypatch.setattr(header_module, "derive", watched)
    with pytest.raises(HeaderTampered) as caught:
        Vault.open(copy, PASSPHRASE)
    assert derived == []
    assert fragment in str(caught.value)
    assert_plain(str(caught.value))


# By design (crypto/header.py): the passphrase wrap is AES-GCM with every public byte as its
# associated data, so any change to a salt, an id, the recovery recipient, an in-bounds KDF
# parameter or the wrap itself makes the wrap fail to open, exactly as a wrong passphrase
# does. The two cannot be told apart without the right passphrase, so both are reported as
# a wrong passphrase (the checksum already caught accidental damage).
INDISTINGUISHABLE_FROM_WRONG_PASSPHRASE = {
    "passphrase salt": _flip_region("passphrase_salt"),
    "passphrase wrap": _flip_region("passphrase_wrap"),
    "vault id": _flip_region("vault_id"),
    "device id": _flip_region("device_id"),
    "recovery salt": _flip_region("recovery_salt"),
    "recovery recipient": _flip_region("recovery_recipient"),
    "kdf passes within bounds": _kdf(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS + 1, 1),
    "kdf lanes within bounds": _kdf(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, 2),
}


@pytest.mark.parametrize("case", sorted(INDISTINGUISHABLE_FROM_WRONG_PASSPHRASE))
def test_resealed_header_with_changed_salt_or_wrap_reads_as_wrong_passphrase(
    copy: Path, case: str
) -> None:
    edit = INDISTINGUISHABLE_FROM_WRONG_PASSPHRASE[case]
    write_header(copy, reseal(edit(header_of(copy))))
    with pytest.raises(WrongPassphrase, match=r"^Wrong passphrase\."):
        Vault.open(copy, PASSPHRASE)


def test_resealed_header_with_a_swapped_recovery_recipient_cannot_redirect_backups(
    copy: Path,
) -> None:
    """Backups are also encrypted to the header's recovery recipient. An attacker who puts
    their own public key there must not get a vault that opens (and then writes backups
    they can read)."""
    attacker = keys.x25519_public(os.urandom(32))
    start, _ = REGIONS["recovery_recipient"]
    write_header(copy, reseal(patch(header_of(copy), start, attacker)))
    with pytest.raises(WrongPassphrase):
        Vault.open(copy, PASSPHRASE)


def test_resealed_header_with_changed_identity_wrap_is_tampering(copy: Path) -> None:
    write_header(copy, reseal(_flip_region("identity_wrap")(header_of(copy))))
    with pytest.raises(HeaderTampered, match="identity does not match") as caught:
        Vault.open(copy, PASSPHRASE)
    assert_plain(str(caught.value))


def test_resealed_header_with_changed_recovery_wrap_breaks_only_recovery(
    copy: Path, pristine: Pristine
) -> None:
    """Documented limitation: the recovery wrap cannot be checked without the recovery key,
    so a resealed change to it is only found when recovery is attempted, and then it is
    reported as a key that does not belong to the vault."""
    write_header(copy, reseal(_flip_region("recovery_wrap")(header_of(copy))))
    with Vault.open(copy, PASSPHRASE) as vault:
        assert vault.get(pristine.case_id) is not None
    with pytest.raises(RecoveryKeyInvalid):
        Vault.open_with_recovery(copy, pristine.recovery_key)


def test_unmodified_copy_opens_with_passphrase_and_recovery_key(
    copy: Path, pristine: Pristine
) -> None:
    """The control for the whole matrix: the copies the tests damage are sound to begin with."""
    with Vault.open(copy, PASSPHRASE) as vault:
        assert verify_vault(vault) == []
    with Vault.open_with_recovery(copy, pristine.recovery_key) as vault:
        assert {n.id for n in vault.items("note")} == set(pristine.notes)


def test_wrong_passphrase_has_its_own_message(copy: Path) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        Vault.open(copy, PASSPHRASE + b"!")
    message = str(caught.value)
    assert_plain(message)
    assert message == "Wrong passphrase."
    assert not isinstance(caught.value, IntegrityError)
    for word in ("damaged", "checksum", "tampered", "altered", "not a Vigil vault"):
        assert word not in message


# -- the header, through the CLI ----------------------------------------------------------------


def test_cli_flipped_header_byte_exits_4(vault_cli: Cli) -> None:
    write_header(vault_cli.vault, flip(header_of(vault_cli.vault), REGIONS["identity_wrap"][0]))
    line = assert_cli_error(vault_cli("case", "list", check=False), EXIT_INTEGRITY)
    assert line == f"vigil: {CHECKSUM_MESSAGE}"


def test_cli_wrong_magic_exits_4(vault_cli: Cli) -> None:
    write_header(vault_cli.vault, flip(header_of(vault_cli.vault), 0))
    line = assert_cli_error(vault_cli("verify", check=False), EXIT_INTEGRITY)
    assert NOT_A_VAULT in line


def test_cli_truncated_header_exits_4(vault_cli: Cli) -> None:
    write_header(vault_cli.vault, header_of(vault_cli.vault)[: HEADER_LEN - 1])
    line = assert_cli_error(vault_cli("verify", check=False), EXIT_INTEGRITY)
    assert f"{HEADER_LEN - 1} bytes long" in line


@pytest.mark.parametrize("case", ["memory above ceiling", "passes below floor", "version 2"])
def test_cli_resealed_tampering_exits_4(vault_cli: Cli, case: str) -> None:
    edit, fragment = REFUSED_BEFORE_UNLOCK[case]
    write_header(vault_cli.vault, reseal(edit(header_of(vault_cli.vault))))
    line = assert_cli_error(vault_cli("case", "list", check=False), EXIT_INTEGRITY)
    assert fragment in line


def test_cli_wrong_passphrase_exits_3(vault_cli: Cli, tmp_path: Path) -> None:
    other = tmp_path / "other-passphrase.txt"
    other.write_bytes(b"not the passphrase\n")
    wrong = dataclasses.replace(vault_cli, passphrase_file=other)
    line = assert_cli_error(wrong("case", "list", check=False), EXIT_WRONG_PASSPHRASE)
    assert line == "vigil: Wrong passphrase."


def test_cli_resealed_salt_change_exits_3(vault_cli: Cli) -> None:
    edit = INDISTINGUISHABLE_FROM_WRONG_PASSPHRASE["passphrase salt"]
    write_header(vault_cli.vault, reseal(edit(header_of(vault_cli.vault))))
    line = assert_cli_error(vault_cli("verify", check=False), EXIT_WRONG_PASSPHRASE)
    assert line == "vigil: Wrong passphrase."


# -- database pages ---------------------------------------------------------------------------

PAGE_TARGETS = ["salt", "first", "items-table", "middle", "envelope", "blob-index", "last"]


def _damage_page(path: Path, pristine: Pristine, target: str) -> int:
    """Flip one byte of one page of vault.db; return the page number."""
    page = {
        "salt": 1,
        "first": 1,
        "items-table": pristine.items_root,
        "middle": pristine.page_count // 2,
        "envelope": pristine.envelope_page,
        "blob-index": pristine.blob_index_root,
        "last": pristine.page_count,
    }[target]
    inside = 3 if target == "salt" else 1000
    flip_file(path / DB_FILE, (page - 1) * PAGE_SIZE + inside, 0x40)
    return page


@pytest.mark.parametrize("target", PAGE_TARGETS)
def test_damaged_page_is_an_integrity_failure(copy: Path, pristine: Pristine, target: str) -> None:
    """Opening either refuses with IntegrityError, or opens and verify reports the page.

    Any other exception (a raw sqlcipher3.DatabaseError in particular) is a bug: the CLI
    turns it into "unexpected", exit 1.
    """
    page = _damage_page(copy, pristine, target)
    try:
        vault = Vault.open(copy, PASSPHRASE)
    except IntegrityError as exc:
        assert_plain(str(exc))
        assert "damaged" in str(exc)
        return
    with vault:
        problems = verify_vault(vault)
    assert problems, f"verify found nothing wrong with page {page} flipped"
    assert problems[0].startswith("database: ")
    assert any(f"page {page}" in p for p in problems), problems


@pytest.mark.parametrize("target", PAGE_TARGETS)
def test_cli_verify_of_damaged_page_exits_4(
    vault_cli: Cli, pristine: Pristine, target: str
) -> None:
    page = _damage_page(vault_cli.vault, pristine, target)
    result = vault_cli("verify", check=False)
    assert result.returncode == EXIT_INTEGRITY, (
        f"page {page}: exit {result.returncode}, stderr {result.stderr.strip()[-300:]!r}"
    )
    assert "unexpected" not in result.stderr and "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("vigil: ")
    assert_plain(last)
    if result.stdout.strip():
        # The vault opened, so verify ran: its report names the page.
        assert f"page {page}" in result.stdout, "verify does not name the damaged page"


@pytest.mark.parametrize("target", ["first", "envelope"])
def test_cli_damaged_page_error_is_one_line_on_stderr(
    vault_cli: Cli, pristine: Pristine, target: str
) -> None:
    """The CLI contract: errors go to stderr as one line (no library log noise)."""
    _damage_page(vault_cli.vault, pristine, target)
    assert_cli_error(vault_cli("verify", check=False), EXIT_INTEGRITY)


def test_damaged_envelope_page_leaves_the_rest_readable(copy: Path, pristine: Pristine) -> None:
    """A page holding part of one note's envelope is damaged: everything else still reads,
    and reading that one revision is an IntegrityError, not a raw database error."""
    _damage_page(copy, pristine, "envelope")
    damaged = pristine.envelope_note
    with Vault.open(copy, PASSPHRASE) as vault:
        # The materialised state and every other revision do not touch the damaged page.
        for item_id, text in pristine.notes.items():
            item = vault.get(item_id)
            assert item is not None and item.payload["text"] == text
        for item_id, text in pristine.notes.items():
            if item_id != damaged:
                assert [r.payload["text"] for r in vault.history(item_id)] == [text]
        for item_id, data in pristine.attachments.items():
            out = io.BytesIO()
            vault.read_attachment(item_id, out)
            assert out.getvalue() == data
        assert vault.search("note 4")
        with pytest.raises(IntegrityError) as caught:
            vault.history(damaged)
        assert_plain(str(caught.value))


def test_cli_history_of_revision_on_damaged_page_exits_4(
    vault_cli: Cli, pristine: Pristine
) -> None:
    _damage_page(vault_cli.vault, pristine, "envelope")
    other = next(n for n in pristine.notes if n != pristine.envelope_note)
    assert pristine.heads[other] in vault_cli("history", other).stdout
    result = vault_cli("history", pristine.envelope_note, check=False)
    assert result.returncode == EXIT_INTEGRITY, result.stderr.strip()[-300:]
    assert "unexpected" not in result.stderr


def test_reading_past_a_damaged_page_fails_only_with_integrity_errors(
    copy: Path, pristine: Pristine
) -> None:
    """After one damaged revision was read, SQLCipher refuses every later page read on that
    connection. Whatever the vault then does, a person must get an IntegrityError (exit 4),
    not a raw sqlcipher3.DatabaseError (which the CLI reports as "unexpected", exit 1)."""
    _damage_page(copy, pristine, "envelope")
    with Vault.open(copy, PASSPHRASE) as vault:
        with pytest.raises(IntegrityError):
            vault.history(pristine.envelope_note)
        for item_id, text in pristine.notes.items():
            try:
                item = vault.get(item_id)
            except IntegrityError as exc:
                assert_plain(str(exc))
            else:
                assert item is not None and item.payload["text"] == text
        problems = verify_vault(vault)
        assert any(f"page {pristine.envelope_page}" in p for p in problems), problems


def test_verify_reports_rather_than_raises_when_damage_stops_every_read(tmp_path: Path) -> None:
    """verify collects problems and returns them: it must not raise when the integrity check
    itself got through but the damage makes every later query fail.

    Layout-dependent, so the vault is built here: 40 notes of 3000 characters, whose last
    page (and the one before it) reproduce it.
    """
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, PASSPHRASE, FAST_KDF)
    with vault:
        case_id = vault.save("case", {"title": "many notes"}).item
        vault.save_many(
            [Change("note", {"text": f"note {i} " + "x" * 3000}, None, case_id) for i in range(40)]
        )
    pages = (path / DB_FILE).stat().st_size // PAGE_SIZE
    for page in (pages, pages - 1):
        damaged = tmp_path / f"page-{page}"
        shutil.copytree(path, damaged)
        flip_file(damaged / DB_FILE, (page - 1) * PAGE_SIZE + 1000, 0x40)
        with Vault.open(damaged, PASSPHRASE) as opened:
            problems = verify_vault(opened)
        assert any(f"page {page}" in p for p in problems), problems


# -- envelopes inside the database --------------------------------------------------------------


def _set_envelope(vault: Vault, rev_id: str, data: bytes) -> None:
    vault.conn.execute("UPDATE revisions SET envelope = ? WHERE id = ?", (data, rev_id))


ENVELOPE_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "flip age header": lambda e: flip(e, 5),
    "flip recipient stanza": lambda e: flip(e, 60),
    "flip payload": lambda e: flip(e, len(e) // 2),
    "flip last byte": lambda e: flip(e, len(e) - 1),
    "truncate to half": lambda e: e[: len(e) // 2],
    "truncate last byte": lambda e: e[:-1],
    "truncate to header": lambda e: e[: e.index(b"\n---") + 48],
    "empty": lambda e: b"",
    "appended byte": lambda e: e + b"\0",
}


@pytest.mark.parametrize("damage", sorted(ENVELOPE_DAMAGE))
def test_damaged_envelope_is_named_by_verify(
    opened: Vault, pristine: Pristine, damage: str
) -> None:
    victim = list(pristine.notes)[1]
    rev_id = pristine.heads[victim]
    original = opened.revision(rev_id).envelope
    _set_envelope(opened, rev_id, ENVELOPE_DAMAGE[damage](original))
    problems = verify_vault(opened)
    named = [p for p in problems if rev_id[:12] in p]
    assert named, problems
    assert victim in named[0]
    for problem in problems:
        # Nothing else is blamed: at most the device chain notices the gap the revision left.
        assert rev_id[:12] in problem or "sequence" in problem, problem
    with pytest.raises(IntegrityError) as caught:
        opened.history(victim)
    assert_plain(str(caught.value))
    with pytest.raises(IntegrityError):  # the evidence export's reading of many items at once
        opened.histories(list(pristine.notes))
    for item_id, text in pristine.notes.items():
        if item_id != victim:
            assert [r.payload["text"] for r in opened.history(item_id)] == [text]
        item = opened.get(item_id)
        assert item is not None and item.payload["text"] == text


def test_envelope_swapped_for_another_valid_one_is_named(opened: Vault, pristine: Pristine) -> None:
    victim, donor = list(pristine.notes)[:2]
    rev_id = pristine.heads[victim]
    _set_envelope(opened, rev_id, opened.revision(pristine.heads[donor]).envelope)
    problems = verify_vault(opened)
    assert f"revision {rev_id[:12]}: its bytes do not match its id" in problems
    with pytest.raises(IntegrityError, match="do not match its id"):
        opened.histories(list(pristine.notes))


def test_envelope_resigned_by_an_unknown_key_is_named(opened: Vault, pristine: Pristine) -> None:
    """An attacker who can write the database and encrypt to the vault's public key, but does
    not hold its signing key, re-signs a revision with their own key."""
    victim = list(pristine.notes)[2]
    old = opened.revision(pristine.heads[victim])
    attacker = keys.Identity.generate()
    forged = envelope.seal(
        dataclasses.replace(
            old, author_key=attacker.verify_key_bytes, payload={"text": "forged", "format": "plain"}
        ),
        attacker,
        opened.recipients,
    )
    opened.conn.execute(
        "UPDATE revisions SET id = ?, envelope = ? WHERE id = ?",
        (forged.id, forged.envelope, old.id),
    )
    problems = verify_vault(opened)
    assert f"revision {forged.id[:12]}: signed by a key this vault does not know" in problems
    with pytest.raises(IntegrityError, match="does not know"):
        opened.history(victim)
    # Read with the other notes, whose genuine revisions of the same device come first: the
    # device's key looked up once is still compared with every revision's.
    others = [item for item in pristine.notes if item != victim]
    with pytest.raises(IntegrityError, match="does not know"):
        opened.histories([*others, victim])


@pytest.fixture(scope="module")
def sealed(
    pristine: Pristine, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Revision, keys.Identity]:
    """One envelope sealed by the pristine vault, and the vault's identity."""
    path = clone(pristine, tmp_path_factory.mktemp("sealed") / "vault")
    with Vault.open(path, PASSPHRASE) as vault:
        return vault.revision(pristine.heads[next(iter(pristine.notes))]), vault.identity


@pytest.mark.parametrize("offset", [0, 3, 21, 40, 80, -200, -17, -1])
def test_open_envelope_rejects_a_flipped_byte(
    sealed: tuple[Revision, keys.Identity], offset: int
) -> None:
    rev, identity = sealed
    data = flip(rev.envelope, offset % len(rev.envelope))
    with pytest.raises(EnvelopeError) as caught:
        envelope.open_envelope(data, identity.age_identities)
    assert_plain(str(caught.value))
    assert keys.sha256(data).hex()[:12] in str(caught.value)


@pytest.mark.parametrize("keep", [0, 1, 20, 100, 200, 0.5, -16, -1])
def test_open_envelope_rejects_truncation(
    sealed: tuple[Revision, keys.Identity], keep: float
) -> None:
    rev, identity = sealed
    size = len(rev.envelope)
    length = int(size * keep) if isinstance(keep, float) else keep % size if keep < 0 else keep
    with pytest.raises(EnvelopeError) as caught:
        envelope.open_envelope(rev.envelope[:length], identity.age_identities)
    assert_plain(str(caught.value))


def test_open_envelope_rejects_oversize(sealed: tuple[Revision, keys.Identity]) -> None:
    rev, identity = sealed
    data = rev.envelope + b"\0" * (envelope.MAX_ENVELOPE + 1 - len(rev.envelope))
    with pytest.raises(EnvelopeError, match="larger than any Vigil writes"):
        envelope.open_envelope(data, identity.age_identities)


def test_open_envelope_for_another_identity_is_refused(
    sealed: tuple[Revision, keys.Identity],
) -> None:
    rev, identity = sealed
    stranger = keys.Identity.generate()
    with pytest.raises(EnvelopeError, match="not addressed to this vault"):
        envelope.open_envelope(rev.envelope, stranger.age_identities)
    # Sanity: the right identity opens the very same bytes.
    assert envelope.open_envelope(rev.envelope, identity.age_identities).id == rev.id


def _reencrypt(note: bytes, identity: keys.Identity) -> bytes:
    return pyrage.encrypt(note, [rage.recipient(identity)])


def _signed(rev: Revision, identity: keys.Identity, signer: keys.Identity) -> bytes:
    text = envelope.canonical_json(rev.body()) + b"\n"
    return signed_note.sign(text, envelope.signer_name(rev.device), signer.signing_key)


def test_correctly_encrypted_note_with_altered_text_fails_its_signature(
    sealed: tuple[Revision, keys.Identity],
) -> None:
    rev, identity = sealed
    note = _signed(rev, identity, identity)
    altered = note.replace(b'"text":"note 0', b'"text":"note 9', 1)
    assert altered != note
    with pytest.raises(SignatureError, match="does not match the text") as caught:
        envelope.open_envelope(_reencrypt(altered, identity), identity.age_identities)
    assert_plain(str(caught.value))
    # The unaltered note, encrypted the same way, is accepted: only the signature failed.
    assert envelope.open_envelope(_reencrypt(note, identity), identity.age_identities).payload


def test_correctly_encrypted_note_with_a_corrupted_signature_is_refused(
    sealed: tuple[Revision, keys.Identity],
) -> None:
    rev, identity = sealed
    note = _signed(rev, identity, identity)
    text, block = note.split(b"\n\n")
    name, b64 = block.decode().rstrip("\n").split(" ")[1:]
    raw = bytearray(base64.b64decode(b64))
    raw[10] ^= 1  # inside the Ed25519 signature, after the 4-byte key id
    bad = text + b"\n\n" + f"\u2014 {name} {base64.b64encode(bytes(raw)).decode()}\n".encode()
    with pytest.raises(SignatureError):
        envelope.open_envelope(_reencrypt(bad, identity), identity.age_identities)


def test_correctly_encrypted_note_signed_by_another_key_is_refused(
    sealed: tuple[Revision, keys.Identity],
) -> None:
    rev, identity = sealed
    other = keys.Identity.generate()
    note = _signed(rev, identity, other)  # claims the vault's author key, signed by another
    with pytest.raises(SignatureError, match="not signed by any key"):
        envelope.open_envelope(_reencrypt(note, identity), identity.age_identities)


def test_correctly_encrypted_unsigned_note_is_refused(
    sealed: tuple[Revision, keys.Identity],
) -> None:
    rev, identity = sealed
    text = envelope.canonical_json(rev.body()) + b"\n"
    with pytest.raises(IntegrityError):
        envelope.open_envelope(_reencrypt(text, identity), identity.age_identities)


# -- attachment streams -------------------------------------------------------------------------


def _blob_path(vault: Vault, item_id: str) -> Path:
    item = vault.get(item_id)
    assert item is not None
    return vault.path / BLOB_DIR / (str(item.payload["blob"]) + ".age")


def _first_chunk_end(age_file: bytes) -> int:
    """Where the first 64 KiB STREAM chunk of an age file ends (header, nonce, chunk, tag)."""
    mac_line = age_file.index(b"\n---") + 1
    header_end = age_file.index(b"\n", mac_line) + 1
    return header_end + 16 + 65536 + 16


def _same_recipient_age_file(vault: Vault, _: Path) -> bytes:
    return pyrage.encrypt(os.urandom(300_000), [rage.recipient(vault.identity)])


def _other_attachment(vault: Vault, blob: Path) -> bytes:
    others = [p for p in (vault.path / BLOB_DIR).iterdir() if p != blob]
    return others[0].read_bytes()


BLOB_DAMAGE: dict[str, Callable[[Vault, Path], bytes | None]] = {
    "flip age header": lambda v, p: flip(p.read_bytes(), 10),
    "flip stream nonce": lambda v, p: flip(p.read_bytes(), p.read_bytes().index(b"\n---") + 50),
    "flip first chunk": lambda v, p: flip(p.read_bytes(), 1000),
    "flip middle chunk": lambda v, p: flip(p.read_bytes(), p.stat().st_size // 2),
    "flip last byte": lambda v, p: flip(p.read_bytes(), p.stat().st_size - 1),
    "truncate to half": lambda v, p: p.read_bytes()[: p.stat().st_size // 2],
    "truncate at chunk boundary": lambda v, p: p.read_bytes()[: _first_chunk_end(p.read_bytes())],
    "truncate last byte": lambda v, p: p.read_bytes()[:-1],
    "empty": lambda v, p: b"",
    "appended bytes": lambda v, p: p.read_bytes() + b"\0" * 17,
    "swapped for a fresh age file": _same_recipient_age_file,
    "swapped for the other attachment": _other_attachment,
    "missing": lambda v, p: None,
}


@pytest.mark.parametrize("damage", sorted(BLOB_DAMAGE))
def test_damaged_attachment_stream(opened: Vault, pristine: Pristine, damage: str) -> None:
    victim, other = list(pristine.attachments)
    blob = _blob_path(opened, victim)
    replacement = BLOB_DAMAGE[damage](opened, blob)
    if replacement is None:
        blob.unlink()
    else:
        blob.write_bytes(replacement)
    with pytest.raises(IntegrityError) as caught:
        opened.read_attachment(victim, io.BytesIO())
    message = str(caught.value)
    assert_plain(message)
    assert blob.name in message
    problems = verify_vault(opened)
    assert [p for p in problems if p.startswith(f"attachment {victim}: ")], problems
    assert not [p for p in problems if victim not in p], problems
    out = io.BytesIO()
    assert opened.read_attachment(other, out) == len(pristine.attachments[other])
    assert out.getvalue() == pristine.attachments[other]


def test_cli_verify_names_a_damaged_attachment(vault_cli: Cli, pristine: Pristine) -> None:
    victim = next(iter(pristine.attachments))
    with Vault.open(vault_cli.vault, PASSPHRASE) as vault:
        blob = _blob_path(vault, victim)
    flip_file(blob, blob.stat().st_size // 2)
    result = vault_cli("verify", check=False)
    assert_cli_error(result, EXIT_INTEGRITY)
    assert f"attachment {victim}: " in result.stdout


# -- backups ---------------------------------------------------------------------------------


def _restore(pristine: Pristine, backup: Path, target: Path) -> Vault:
    return restore_backup(
        backup,
        target,
        recovery_age_identity_strings(pristine.recovery_key),
        lambda h: h.unwrap_with_recovery(recovery.parse_key(pristine.recovery_key)),
    )


def test_intact_backup_restores(pristine: Pristine, tmp_path: Path) -> None:
    """The control for the backup matrix."""
    with _restore(pristine, pristine.backup, tmp_path / "restored") as vault:
        assert verify_vault(vault) == []
        assert {n.id for n in vault.items("note")} == set(pristine.notes)


BACKUP_DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "flip intro": lambda b: flip(b, 3),
    "flip header mac": lambda b: flip(b, b.index(b"\n---") + 10),
    # past the header, whose hybrid stanzas are some 1,500 bytes each
    "flip first chunk": lambda b: flip(b, b.index(b"\n---") + 2000),
    "flip middle": lambda b: flip(b, len(b) // 2),
    "flip near end": lambda b: flip(b, len(b) - 40),
    "flip last byte": lambda b: flip(b, len(b) - 1),
    "truncate to nothing": lambda b: b"",
    "truncate to header": lambda b: b[: b.index(b"\n---") + 20],
    "truncate to half": lambda b: b[: len(b) // 2],
    "truncate last byte": lambda b: b[:-1],
}


@pytest.mark.parametrize("damage", sorted(BACKUP_DAMAGE))
def test_damaged_backup_is_refused_and_leaves_no_vault(
    pristine: Pristine, tmp_path: Path, damage: str
) -> None:
    bad = tmp_path / "bad.age"
    bad.write_bytes(BACKUP_DAMAGE[damage](pristine.backup.read_bytes()))
    target = tmp_path / "restored"
    with pytest.raises(IntegrityError) as caught:
        _restore(pristine, bad, target)
    assert_plain(str(caught.value))
    assert not (target / HEADER_FILE).exists()
    assert not (target / DB_FILE).exists()
    if (target / BLOB_DIR).exists():
        assert not any((target / BLOB_DIR).iterdir()), "encrypted blobs left behind"
    with pytest.raises(VigilError, match="no vault"):
        Vault.open(target, PASSPHRASE)


def test_cli_restore_of_damaged_backup_exits_4(
    cli: Cli, pristine: Pristine, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.age"
    bad.write_bytes(flip(pristine.backup.read_bytes(), pristine.backup.stat().st_size // 2))
    key_file = tmp_path / "recovery.txt"
    key_file.write_text(pristine.recovery_key + "\n")
    result = cli(
        "restore", str(bad), "--recovery-key-file", str(key_file),
        "--new-passphrase-file", str(cli.passphrase_file), passphrase=False, check=False,
    )  # fmt: skip
    assert_cli_error(result, EXIT_INTEGRITY)
    assert not (cli.vault / HEADER_FILE).exists()
