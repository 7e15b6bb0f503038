"""House rules that a reviewer should not have to remember."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop" / "vigil"
CORE = ("crypto", "vault", "cases", "appeals", "alerts", "sync")
# The one core module that may use Qt: the appeal PDF writer, with QtGui and QtCore only, and
# imported lazily inside its functions (test_core_runs_without_qt holds it to that).
QT_IN_CORE = {Path("appeals") / "pdf.py": ("PySide6.QtGui", "PySide6.QtCore")}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_imports_qt_widgets() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui":
            continue
        allowed = QT_IN_CORE.get(relative, ())
        for name in _imports(path):
            if name in allowed:
                continue
            if name.startswith("PySide6.QtWidgets") or (
                relative.parts[0] in CORE and name.startswith("PySide6")
            ):
                offenders.append(f"{relative}: {name}")
    assert offenders == []
    assert all((PACKAGE / module).is_file() for module in QT_IN_CORE), "stale exception"
    assert any(PACKAGE.rglob("*.py")), "the scan found no modules"


def test_core_runs_without_qt() -> None:
    modules = sorted(
        ".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts)
        for part in CORE
        if (PACKAGE / part).is_dir()
        for p in (PACKAGE / part).rglob("*.py")
    )
    assert "vigil.vault.store" in modules
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "import vigil.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_modules_stay_small() -> None:
    sizes = {
        p.relative_to(PACKAGE): len(p.read_text("utf-8").splitlines())
        for p in PACKAGE.rglob("*.py")
    }
    assert sizes and all(n <= 550 for n in sizes.values()), {
        str(k): v for k, v in sizes.items() if v > 550
    }
