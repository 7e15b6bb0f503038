"""Every hostile input gets its documented exit code and a message naming the place.

README and docs/formats.md: 2 for a bad argument or an unreadable import file, 4 for damaged
or hostile content (a backup's manifest, an envelope, a note). Never 1 with "unexpected
RecursionError", and never a silent choice between two values of a duplicated key.
"""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pyrage
import pytest

from tests.support.cli import Cli
from tests.support.vaults import PASSPHRASE
from vigil.alerts.note import NoteRejected, parse_payload
from vigil.sync.codes import CodeInvalid, parse

EXIT_USAGE, EXIT_INTEGRITY = 2, 4

DEEP = "[" * 5000 + "]" * 5000
IMPORT_HEAD = '{"format": "vigil-cases", "version": 1, "cases": '


def one_line_error(result: object, code: int) -> str:
    assert result.returncode == code, (result.returncode, result.stderr)  # type: ignore[attr-defined]
    err: str = result.stderr.strip()  # type: ignore[attr-defined]
    assert "\n" not in err and "unexpected" not in err and "Traceback" not in err, err
    return err


@pytest.fixture(scope="module")
def module_cli(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    """One vault for every import case (each import refuses and saves nothing)."""
    base = tmp_path_factory.mktemp("exit-codes")
    home = base / "home"
    (home / "tmp").mkdir(parents=True)
    secret = base / "passphrase.txt"
    secret.write_bytes(PASSPHRASE + b"\n")
    cli = Cli(vault=base / "vault", passphrase_file=secret, home=home)
    cli.init()
    return cli


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (IMPORT_HEAD + DEEP + "}", "nests deeper than 32 levels"),
        (IMPORT_HEAD + "[" * 100_000, "nests deeper than 32 levels"),
        (IMPORT_HEAD + '[{"title": "x\\ud800"}]}', "surrogate escape (not text) (cases[0].title)"),
        (IMPORT_HEAD + '[{"title": "a", "title": "b"}]}', "the key 'title' twice"),
        (IMPORT_HEAD + '[{"title": "a"}], "cases": []}', "the key 'cases' twice"),
        (
            IMPORT_HEAD + '[{"title": "a", "x": 1' + "0" * 5000 + "}]}",
            "a number of 5001 characters",
        ),
        (IMPORT_HEAD + '[{"title": NaN}]}', "NaN, which is not a JSON number"),
    ],
    ids=["deep", "deep-unterminated", "surrogate", "dup-key", "dup-top-key", "bignum", "nan"],
)
def test_hostile_import_files_exit_2_naming_the_place(
    module_cli: Cli, tmp_path: Path, content: str, says: str
) -> None:
    path = tmp_path / "cases.json"
    path.write_text(content, "utf-8")
    err = one_line_error(module_cli("import", str(path), check=False), EXIT_USAGE)
    assert "Nothing was imported" in err and "cases.json" in err and says in err, err
    assert module_cli("case", "list", "--json").stdout.strip() == "[]"


def test_hostile_urgent_action_file_exits_2(module_cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "ua.json"
    path.write_text('{"format": "vigil-urgent-actions", "urgent_actions": ' + DEEP + "}")
    err = one_line_error(module_cli("ua", "import", str(path), check=False), EXIT_USAGE)
    assert "ua.json" in err and "nests deeper" in err


def _backup_with_manifest(cli: Cli, tmp_path: Path, manifest: bytes) -> tuple[Path, Path]:
    identity = tmp_path / "identity.txt"
    cli("identity", "export", "--out", str(identity))
    recipient = pyrage.x25519.Identity.from_str(
        next(k for k in identity.read_text().splitlines() if k.startswith("AGE-SECRET-KEY-1"))
    ).to_public()
    raw = io.BytesIO()
    header = (cli.vault / "vault.header").read_bytes()  # genuine: the manifest is what is hostile
    with tarfile.open(fileobj=raw, mode="w") as tar:
        for name, data in (("vault.header", header), ("vigil-backup.json", manifest)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    backup = tmp_path / "crafted.vigil-backup"
    backup.write_bytes(pyrage.encrypt(raw.getvalue(), [recipient]))
    return backup, identity


@pytest.mark.parametrize(
    "manifest",
    [
        DEEP.encode(),
        b'{"format": "vigil-backup", "format": "x", "version": 2}',
        b'{"format": "vigil-backup", "version": 2, "signed": "\\udc00"}',
    ],
    ids=["deep", "dup-key", "surrogate"],
)
def test_hostile_backup_manifest_exits_4(cli: Cli, tmp_path: Path, manifest: bytes) -> None:
    cli.init()
    backup, identity = _backup_with_manifest(cli, tmp_path, manifest)
    target = tmp_path / "restored"
    restore = Cli(vault=target, passphrase_file=cli.passphrase_file, home=cli.home)
    result = restore("restore", str(backup), "--identity-file", str(identity), check=False)
    err = one_line_error(result, EXIT_INTEGRITY)
    assert "manifest" in err


@pytest.mark.parametrize(
    "payload",
    [DEEP.encode(), b'{"v": 1, "v": 2}', b'{"v": 1, "text": "\\ud800"}', b'{"v": 1e999}'],
    ids=["deep", "dup-key", "surrogate", "overflow"],
)
def test_hostile_note_payloads_are_refused_as_malformed(payload: bytes) -> None:
    with pytest.raises(NoteRejected) as caught:
        parse_payload(payload)
    assert caught.value.exit_code == EXIT_INTEGRITY


@pytest.mark.parametrize(
    "inside", [DEEP.encode(), b'{"v": 1, "v": 1}', b'{"v": 1, "url": "\\ud800"}']
)
def test_hostile_enrolment_codes_are_refused_as_damaged(inside: bytes) -> None:
    import base64

    code = "vigil-enrol:" + base64.urlsafe_b64encode(inside).decode().rstrip("=")
    with pytest.raises(CodeInvalid, match="damaged"):
        parse(code)
