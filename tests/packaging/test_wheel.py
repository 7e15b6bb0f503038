"""The installed package: the wheel is built, installed into a fresh virtual environment (not
this checkout's), and run from there. The point is that installed resources (samples, fonts,
compiled translations) are found by the installed code.

The .qm translations are build products (`make translations`, part of `make env`); the wheel
takes them from the working tree through hatch's force-include of resources/, so the wheel is
built after `make env`, as `make test` does.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.packaging import (
    ROOT,
    SAMPLE_TITLE,
    assert_unlocked_in_russian,
    headless_round,
    ok,
    private_env,
    smoke_test,
)

pytestmark = pytest.mark.slow


def uv() -> str:
    found = os.environ.get("UV") or shutil.which("uv")
    assert found, "uv is needed to build and install the wheel (make ensure-uv)"
    return found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIRTUAL_ENV")}
    proc = subprocess.run(
        [uv(), "build", "--wheel", "--out-dir", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=600, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.returncode == 0, f"uv build failed:\n{proc.stderr[-4000:]}"
    (built,) = out.glob("vigil-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    where = tmp_path_factory.mktemp("venv") / "venv"
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIRTUAL_ENV")}
    env["UV_LINK_MODE"] = "hardlink"  # the same files as uv's cache: no gigabyte of copies
    python = f"{sys.version_info.major}.{sys.version_info.minor}"  # the one the suite runs on
    ok([uv(), "venv", "--python", python, "--no-project", str(where)], env, cwd=where.parent)
    ok([uv(), "pip", "install", "--python", str(where / "bin" / "python"), str(wheel)], env,
       timeout=900, cwd=where.parent)  # fmt: skip
    yield where


def test_wheel_contains_the_resources(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for ts in (ROOT / "resources/i18n").glob("*.ts"):
        assert f"vigil/resources/i18n/{ts.stem}.qm" in names, (
            f"{ts.stem}.qm is missing from the wheel: run 'make translations' before building"
        )
    for name in ("vigil/resources/fonts/DejaVuSans.ttf", "vigil/resources/fonts/LICENSE.txt",
                 "vigil/resources/samples/sample-case.json", "vigil/resources.py",
                 "vigil/ui/smoke.py", "vigil_server/cli.py"):  # fmt: skip
        assert name in names, name
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    scripts = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "vigil = vigil.cli:main" in scripts and "vigil-server = vigil_server.cli:main" in scripts


def test_installed_resources_come_from_the_environment(venv: Path, tmp_path: Path) -> None:
    python = str(venv / "bin" / "python")
    code = "from vigil.resources import resources_dir; print(resources_dir())"
    where = Path(ok([python, "-c", code], private_env(tmp_path), cwd=tmp_path).stdout.strip())
    assert where.is_relative_to(venv), f"resources found outside the environment: {where}"
    assert (where / "i18n" / "vigil_ru.qm").is_file()


def test_installed_command_line(venv: Path, tmp_path: Path) -> None:
    env = private_env(tmp_path / "h0")
    assert "Encrypted case documentation" in ok([str(venv / "bin/vigil"), "--help"], env).stdout
    server = ok([str(venv / "bin/vigil-server"), "--help"], env).stdout
    assert "init" in server and "run" in server and "--data" in server
    python = str(venv / "bin" / "python")
    code = "from vigil.resources import resource; print(resource('samples', 'sample-case.json'))"
    sample = Path(ok([python, "-c", code], env, cwd=tmp_path).stdout.strip())
    headless_round([str(venv / "bin/vigil")], tmp_path / "h1", sample)
    demo = ok([str(venv / "bin/vigil"), "demo", "--text"], private_env(tmp_path / "h2"))
    assert SAMPLE_TITLE in demo.stdout


def test_installed_app_unlocks_offscreen_and_quits(venv: Path, tmp_path: Path) -> None:
    vigil = [str(venv / "bin/vigil")]
    code = "from vigil.resources import resource; print(resource('samples', 'sample-case.json'))"
    sample = ok([str(venv / "bin/python"), "-c", code], private_env(tmp_path / "h")).stdout
    headless_round(vigil, tmp_path, Path(sample.strip()))
    ran = smoke_test(vigil, tmp_path, language="ru")
    assert_unlocked_in_russian(ran)
    assert str(venv) in ran.stdout  # the resources of the installed package
