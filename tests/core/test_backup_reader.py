"""The backup reader's shape checks (vault/backup_reader.py), on hand-made archives.

`tests/core/hostile/test_restore.py` tries the same refusals through whole vaults and
restores; here each archive is a tar built in memory and sealed with age to a fresh key, so
every check is tried at its edge (a member one byte over its limit, a name one hex digit
short) in milliseconds, and `make mutate` can run them for every mutant of the reader.
"""

from __future__ import annotations

import errno
import io
import os
import tarfile
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import IO

import pytest

from tests.support.vaults import FAST_KDF, PASSPHRASE
from vigil.crypto import age, envelope, keys
from vigil.crypto.errors import BadArgument, IntegrityError, WrongKey
from vigil.crypto.header import EXT_HEADER_LEN, Header
from vigil.vault import backup_manifest
from vigil.vault import backup_reader as br

KEY = age.X25519Identity.generate()
MANIFEST = b'{"format": "vigil-backup", "version": 1}'
HEADER = Header.create(
    PASSPHRASE, FAST_KDF, os.urandom(32), keys.Identity.generate(), os.urandom(20)
).to_bytes()
REV = "revisions/" + "ab" * 32 + ".age"
BLOB = "attachments/" + "cd" * 32 + ".age"


def _tar(members: Iterable[tuple[str, bytes] | tarfile.TarInfo]) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for member in members:
            if isinstance(member, tarfile.TarInfo):
                tar.addfile(member)
                continue
            name, data = member
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def _sealed(members: Iterable[tuple[str, bytes] | tarfile.TarInfo]) -> bytes:
    return age.encrypt(_tar(members), [KEY.recipient])


def _reader(data: bytes) -> br.BackupReader:
    return br.BackupReader(io.BytesIO(data), [KEY])


def _head_only(data: bytes) -> None:
    with _reader(data) as reader:
        reader.head()


def _everything(data: bytes) -> list[tuple[str, str, int, bytes]]:
    found = []
    with _reader(data) as reader:
        reader.head()
        for member in reader.members():
            found.append((member.kind, member.name, member.size, member.handle.read()))
        reader.finish()
    return found


HEAD = [(br.MANIFEST, MANIFEST), (br.HEADER_MEMBER, HEADER)]


# -- the head: manifest, then header ------------------------------------------------------------


def test_a_well_formed_backup_reads_member_by_member() -> None:
    body = b"x" * 70_000  # more than one of age's chunks and of the reader's reads
    found = _everything(
        _sealed(
            [
                *HEAD,
                (br.RETIRED_MEMBER, b"r"),
                (REV, b"rev"),
                (BLOB, body),
                (BLOB[:-12] + "00000000.age", b""),
            ]
        )
    )
    assert found == [
        ("retired", br.RETIRED_MEMBER, 1, b"r"),
        ("revision", "ab" * 32, 3, b"rev"),
        ("attachment", "cd" * 32, 70_000, body),
        ("attachment", "cd" * 28 + "00000000", 0, b""),
    ]
    member = br.Member("attachment", "cd" * 32, 1, io.BytesIO())
    assert member.file == "cd" * 32 + ".age"
    with _reader(_sealed(HEAD)) as reader:
        manifest, header = reader.head()
    assert manifest["version"] == 1 and len(header.to_bytes()) == EXT_HEADER_LEN


@pytest.mark.parametrize(
    ("members", "match"),
    [
        ([], "has no vigil-backup.json"),
        ([HEAD[0]], "has no vault.header"),
        ([HEAD[1], HEAD[0]], "begins with 'vault.header'"),
        ([HEAD[0], (REV, b"x")], f"begins with '{REV}'"),
        ([(REV, b"x"), *HEAD], "begins with"),
    ],
)
def test_a_backup_must_begin_with_its_manifest_and_header(
    members: list[tuple[str, bytes]], match: str
) -> None:
    with pytest.raises(IntegrityError, match=match):
        _head_only(_sealed(members))


def test_the_manifest_and_header_are_read_up_to_their_limits_and_no_further(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(backup_manifest, "MAX_MANIFEST", len(MANIFEST))
    _head_only(_sealed(HEAD))
    monkeypatch.setattr(backup_manifest, "MAX_MANIFEST", len(MANIFEST) - 1)
    with pytest.raises(IntegrityError, match=r"vigil-backup\.json is larger than any Vigil writes"):
        _head_only(_sealed(HEAD))
    with pytest.raises(IntegrityError, match=r"vault\.header is larger than any Vigil writes"):
        _head_only(_sealed([(br.MANIFEST, MANIFEST[:-1]), (br.HEADER_MEMBER, HEADER + b"h")]))


def _special(name: str, kind: bytes) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.type = kind
    info.linkname = "elsewhere" if kind in (tarfile.SYMTYPE, tarfile.LNKTYPE) else ""
    return info


@pytest.mark.parametrize(
    "kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.DIRTYPE, tarfile.FIFOTYPE]
)
def test_a_member_that_is_not_a_plain_file_is_refused(kind: bytes) -> None:
    with pytest.raises(IntegrityError, match=r"'vigil-backup\.json' is not a plain file"):
        _head_only(_sealed([_special(br.MANIFEST, kind), HEAD[1]]))
    with pytest.raises(IntegrityError, match=f"'{REV}' is not a plain file"):
        _everything(_sealed([*HEAD, _special(REV, kind)]))


def test_an_old_style_plain_file_is_a_plain_file() -> None:
    """Type "\\0" (AREGTYPE), as old tar programs write a file, is read like type "0"."""
    old = io.BytesIO()
    with tarfile.open(fileobj=old, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, payload in HEAD:
            member = tarfile.TarInfo(name)
            member.size = len(payload)
            member.type = tarfile.AREGTYPE
            tar.addfile(member, io.BytesIO(payload))
    assert old.getvalue()[156:157] == b"\0"  # the first member's type field
    with _reader(age.encrypt(old.getvalue(), [KEY.recipient])) as reader:
        assert reader.head()[0]["version"] == 1


# -- the other members ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "revisions/" + "ab" * 32,  # no suffix
        "revisions/" + "ab" * 32 + ".tar",
        "revisions/" + "ab" * 31 + "a.age",  # 63 digits
        "revisions/" + "ab" * 32 + "a.age",  # 65 digits
        "revisions/" + "AB" * 32 + ".age",
        "revisions/" + "ag" * 32 + ".age",
        "revision/" + "ab" * 32 + ".age",
        "attachments/sub/" + "ab" * 32 + ".age",
        "ab" * 32 + ".age",
        "notes.txt",
    ],
)
def test_a_member_outside_the_layout_is_refused_by_name(name: str) -> None:
    with pytest.raises(IntegrityError, match="holds an unexpected entry"):
        _everything(_sealed([*HEAD, (name, b"x")]))


@pytest.mark.parametrize("name", [br.MANIFEST, br.HEADER_MEMBER, REV, br.RETIRED_MEMBER])
def test_a_member_twice_is_refused(name: str) -> None:
    with pytest.raises(IntegrityError, match=f"holds '{name}' more than once"):
        _everything(_sealed([*HEAD, (REV, b"x"), (br.RETIRED_MEMBER, b"r"), (name, b"y")]))


def test_the_retired_identities_are_read_up_to_their_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(br, "MAX_RETIRED", 4)
    assert _everything(_sealed([*HEAD, (br.RETIRED_MEMBER, b"rrrr")]))[0][2] == 4
    with pytest.raises(IntegrityError, match="retired identities are too large"):
        _everything(_sealed([*HEAD, (br.RETIRED_MEMBER, b"rrrrr")]))


def test_the_retired_limit_holds_every_rotation() -> None:
    assert br.MAX_RETIRED == 12 + 64 * 1024 + 16


def test_a_revision_is_read_up_to_an_envelopes_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(envelope, "MAX_ENVELOPE", 3)
    blob_of_4 = (BLOB, b"4444")  # an attachment has no such limit
    assert [m[2] for m in _everything(_sealed([*HEAD, (REV, b"333"), blob_of_4]))] == [3, 4]
    with pytest.raises(IntegrityError, match=f"Revision {'ab' * 6} in the backup is larger"):
        _everything(_sealed([*HEAD, (REV, b"4444")]))


# -- age and tar failures -----------------------------------------------------------------------


def test_another_key_is_named_as_the_wrong_key() -> None:
    sealed = age.encrypt(_tar(HEAD), [age.X25519Identity.generate().recipient])
    with pytest.raises(WrongKey, match="That key does not open this backup"):
        _head_only(sealed)


def test_a_truncated_backup_is_named_as_damaged() -> None:
    sealed = _sealed([*HEAD, (BLOB, b"z" * 200_000)])
    with pytest.raises(IntegrityError, match="damaged or truncated"):
        _everything(sealed[:100_000])
    with pytest.raises(IntegrityError, match="damaged or truncated"):
        _everything(sealed[:-1])  # the last chunk's tag: only finish() sees it


def test_a_plain_archive_is_not_a_backup() -> None:
    with pytest.raises(IntegrityError):
        _head_only(_tar(HEAD))
    with pytest.raises(IntegrityError, match="archive is unreadable"):
        _head_only(age.encrypt(b"\0" * 10 + b"x" * 1000, [KEY.recipient]))


def test_a_missing_file_is_a_bad_argument(tmp_path: Path) -> None:
    with pytest.raises(BadArgument, match=r"Cannot read the backup .*nothing\.age"):
        br.open_backup(tmp_path / "nothing.age")
    (tmp_path / "there.age").write_bytes(b"x")
    with br.open_backup(tmp_path / "there.age") as handle:
        assert handle.read() == b"x"


def test_finish_reads_the_stream_to_its_end_past_what_the_pipe_holds() -> None:
    """Four MiB after the archive's end (more than the pipe and its buffer): finish() drains
    them, so the decrypting thread ends and age's last check runs. A reader that stopped
    draining would wait for that thread for ever; the bounded join turns that into a failure."""
    sealed = age.encrypt(_tar(HEAD) + b"\0" * (4 << 20), [KEY.recipient])
    done: list[object] = []
    worker = threading.Thread(target=lambda: done.append(_everything(sealed)), daemon=True)
    worker.start()
    worker.join(timeout=60)
    assert done == [[]], "finish() did not read the backup to its end"


class _FailingPipe:
    """The reader's pipe, failing as a read of a broken descriptor does (EIO)."""

    def __init__(self, pipe: IO[bytes]) -> None:
        self._pipe = pipe

    def read(self, size: int = -1) -> bytes:
        raise OSError(errno.EIO, "Input/output error")

    def close(self) -> None:
        self._pipe.close()


def test_a_pipe_that_fails_while_draining_is_reported_plainly() -> None:
    reader = _reader(_sealed([*HEAD, (BLOB, b"z" * 100_000)]))
    with reader, pytest.raises(IntegrityError, match="could not be read to its end"):
        reader.head()
        reader._pipe = _FailingPipe(reader._pipe)  # type: ignore[assignment]
        reader.finish()
