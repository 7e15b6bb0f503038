"""The verifier a package ships, run as a third party would: copied out of the zip into a
fresh virtual environment that holds only cryptography and rfc3161-client (and cffi and
pycparser, which cryptography needs), installed offline from the files of the versions this
project locks, with no Vigil, no pip and no other package in sight."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import distribution
from pathlib import Path

import pytest

from tests.support import tsa as tsa_support
from vigil.evidence import package, timestamps
from vigil.vault.store import Vault

# What the verifier needs, and what those need in turn (cffi for cryptography's bindings).
ALLOWED = ("cryptography", "rfc3161-client", "cffi", "pycparser")


def _copy_distribution(name: str, site: Path) -> None:
    """Install one distribution into ``site`` from the files this environment holds: the
    files its RECORD lists, copied. Offline by construction."""
    dist = distribution(name)
    for file in dist.files or ():
        source = Path(str(dist.locate_file(file)))
        if not source.is_file() or ".." in file.parts:
            continue
        target = site / file
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


@pytest.fixture(scope="module")
def bare_python(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A new virtual environment (no pip, no Vigil) holding only ALLOWED."""
    where = tmp_path_factory.mktemp("verifier-venv") / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(where)], check=True,
                   timeout=120, capture_output=True)  # fmt: skip
    python = str(where / "bin" / "python")
    where_site = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(subprocess.run([python, "-I", "-c", where_site], check=True,
                               capture_output=True, text=True).stdout.strip())  # fmt: skip
    for name in ALLOWED:
        _copy_distribution(name, site)
    found = subprocess.run([python, "-I", "-c", "import importlib.metadata as m; "
                            "print(sorted(d.metadata['Name'].lower() for d in m.distributions()))"],
                           check=True, capture_output=True, text=True).stdout  # fmt: skip
    assert sorted(eval(found)) == sorted(ALLOWED)  # noqa: S307 - our own list literal
    return python


def test_the_shipped_verifier_checks_a_package_on_its_own(
    vault: Vault, bare_python: str, tmp_path: Path
) -> None:
    tsa = tsa_support.start(tmp_path / "tsa")
    try:
        case_id = vault.save("case", {"title": "Checked elsewhere"}).item
        vault.save("note", {"text": "Statement taken."}, case_id=case_id)
        photo = tmp_path / "photo.jpg"
        photo.write_bytes(b"\xff\xd8 the photo " * 100)
        item = vault.add_attachment(case_id, photo).item
        timestamps.configure(vault, tsa.url, tsa.ca.read_bytes())
        timestamps.stamp_case(vault, case_id)
    finally:
        tsa.stop()
    out = tmp_path / "case.zip"
    package.export(vault, case_id, out)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with zipfile.ZipFile(out) as zf:
        (elsewhere / "verify.py").write_bytes(zf.read("verify.py"))
    env = {"PATH": "/usr/bin:/bin", "HOME": str(elsewhere)}
    ok = subprocess.run([bare_python, "-I", "verify.py", str(out)], cwd=elsewhere, env=env,
                        capture_output=True, text=True, timeout=120, check=False)  # fmt: skip
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "VERIFIED" in ok.stdout and "RFC 3161 time-stamping authority" in ok.stdout
    assert f"attachments/{item}/photo.jpg: existed by " in ok.stdout  # its own token, checked
    with zipfile.ZipFile(out) as zin, zipfile.ZipFile(tmp_path / "bad.zip", "w") as zout:
        for name in zin.namelist():
            data = zin.read(name)
            zout.writestr(name, data.replace(b"Statement", b"Statemenx"))
    bad = subprocess.run([bare_python, "-I", "verify.py", str(tmp_path / "bad.zip")],
                         cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120,
                         check=False)  # fmt: skip
    assert bad.returncode == 4 and "FAILED" in bad.stdout
