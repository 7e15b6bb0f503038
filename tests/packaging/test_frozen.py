"""The PyInstaller build (packaging/pyinstaller/vigil.spec): built once per session, then run.

The frozen program is run as a person would run it, with a private home: its command line,
its bundled sample and translations (found by vigil.resources inside the bundle), and the app
offscreen unlocking a vault and quitting cleanly. Then the AppDir recipe is assembled from it.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.packaging import (
    APP_ID,
    ROOT,
    SAMPLE_TITLE,
    assert_unlocked_in_russian,
    headless_round,
    ok,
    private_env,
    smoke_test,
)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    missing = [ts.name for ts in (ROOT / "resources/i18n").glob("*.ts")
               if not ts.with_suffix(".qm").exists()]  # fmt: skip
    assert not missing, f"compiled translations missing for {missing}: run 'make translations'"
    work = tmp_path_factory.mktemp("pyinstaller")
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(ROOT / "packaging/pyinstaller/vigil.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=1200, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.returncode == 0, f"pyinstaller failed:\n{proc.stderr[-4000:]}"
    yield work / "dist" / "vigil"


def internal(bundle: Path) -> Path:
    return bundle / "_internal"


def test_bundle_holds_the_resources_and_not_the_sources(bundle: Path) -> None:
    res = internal(bundle) / "vigil" / "resources"
    for name in ("fonts/DejaVuSans.ttf", "fonts/DejaVuSans-Bold.ttf", "fonts/LICENSE.txt",
                 "samples/sample-case.json"):  # fmt: skip
        assert (res / name).is_file(), name
    for ts in (ROOT / "resources/i18n").glob("*.ts"):
        qm = res / "i18n" / ts.with_suffix(".qm").name
        assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), qm
    assert not list(res.rglob("*.ts")), "translation sources are not part of the app"


def test_bundle_leaves_out_what_the_app_does_not_use(bundle: Path) -> None:
    files = [p.relative_to(internal(bundle)).as_posix() for p in internal(bundle).rglob("*")]
    names = "\n".join(files)
    for unwanted in ("QtQml", "QtQuick", "QtWebEngine", "Qt3D", "QtMultimedia", "QtNetwork",
                     "libgtk-3", "tkinter", "_tkinter", "tcl", "vigil_server", "fastapi",
                     "uvicorn", "sqlalchemy", "pytest", "hypothesis"):  # fmt: skip
        assert unwanted not in names, (
            f"{unwanted} was bundled: " + ", ".join(f for f in files if unwanted in f)[:500]
        )
    qt = internal(bundle) / "PySide6" / "Qt"
    # Qt's own translations for the interface languages only (Qt has none for Kazakh yet).
    shipped = {p.name for p in (qt / "translations").iterdir()}
    assert shipped <= {"qtbase_en.qm", "qtbase_kk.qm", "qtbase_ru.qm"} and "qtbase_ru.qm" in shipped
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert platforms == {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"}
    assert (qt / "plugins" / "printsupport" / "libcupsprintersupport.so").is_file()
    dangling = [p for p in internal(bundle).rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling, f"symlinks to removed files: {dangling}"


def test_frozen_command_line_round(bundle: Path, tmp_path: Path) -> None:
    vigil = [str(bundle / "vigil")]
    env = private_env(tmp_path / "h0")
    assert "Encrypted case documentation" in ok([*vigil, "--help"], env).stdout
    sample = internal(bundle) / "vigil" / "resources" / "samples" / "sample-case.json"
    headless_round(vigil, tmp_path / "h1", sample)
    # The demo finds the sample through vigil.resources inside the bundle, not through a path
    # given from outside.
    demo = ok([*vigil, "demo", "--text"], private_env(tmp_path / "h2"))
    assert SAMPLE_TITLE in demo.stdout


def test_frozen_app_unlocks_offscreen_and_quits(bundle: Path, tmp_path: Path) -> None:
    vigil = [str(bundle / "vigil")]
    sample = internal(bundle) / "vigil" / "resources" / "samples" / "sample-case.json"
    headless_round(vigil, tmp_path, sample)
    ran = smoke_test(vigil, tmp_path, language="ru")
    assert_unlocked_in_russian(ran)
    assert str(internal(bundle) / "vigil" / "resources") in ran.stdout
    # A wrong passphrase is refused, and said so.
    (tmp_path / "passphrase.txt").write_text("not the passphrase at all\n")
    refused = smoke_test(vigil, tmp_path, language="en")
    assert refused.returncode != 0
    assert "unlock failed: Wrong passphrase." in refused.stderr


def test_appdir_from_the_build(bundle: Path, tmp_path: Path) -> None:
    env = private_env(tmp_path / "h", PATH="/usr/bin:/bin")  # no appimagetool: AppDir only
    ran = ok([str(ROOT / "packaging/linux/appimage/build-appimage.sh"), str(bundle),
              str(tmp_path / "out")], env)  # fmt: skip
    assert "appimagetool not found" in ran.stderr
    appdir = tmp_path / "out" / "Vigil.AppDir"
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.png", ".DirIcon", "AppRun",
                 f"usr/share/metainfo/{APP_ID}.metainfo.xml",
                 f"usr/share/icons/hicolor/512x512/apps/{APP_ID}.png",
                 f"usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"):  # fmt: skip
        assert (appdir / name).exists(), name
    ok(["desktop-file-validate", str(appdir / f"{APP_ID}.desktop")], env)
    for program in ("AppRun", "usr/bin/vigil"):
        assert "Encrypted case documentation" in ok([str(appdir / program), "--help"], env).stdout
