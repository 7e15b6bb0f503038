"""The suite's own rules: a green run means the tests ran.

One rule decides what a missing tool does (tests/support/tools.py); no test or fixture decides
it on its own; CI fails on any skip outside the platform allow-list in .ci/skips.py. Each rule
is shown failing on a small violation built here.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.tools import missing_tool, need_tools, strict

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
SKIPS = ROOT / ".ci" / "skips.py"
THE_RULE = TESTS / "support" / "tools.py"
# Modules that read the user id to pick whom to run a server as, not to decide a skip.
RUNS_AS_ANOTHER_USER = {"pg.py"}
# A skip may hang on the platform alone (the Windows and macOS probes), nothing else.
PLATFORM_NAMES = {"sys.platform", "platform.system", "os.name"}


def _dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    if isinstance(node, ast.Call):
        return _dotted(node.func)
    return ""


def _mentions_only_platform(node: ast.AST) -> bool:
    names = {_dotted(n) for n in ast.walk(node) if isinstance(n, ast.Attribute | ast.Name)}
    return bool(names & PLATFORM_NAMES) and not any(
        n in {"os.environ", "os.geteuid", "shutil.which", "os.getenv"} for n in names
    )


def own_skip_decisions(source: str) -> list[str]:
    """Places where a test module decides skips or reads CI/root by itself."""
    found = []
    for node in ast.walk(ast.parse(source)):
        where = getattr(node, "lineno", 0)
        if isinstance(node, ast.Call):
            name = _dotted(node.func)
            if name in {"pytest.skip", "pytest.importorskip", "pytest.xfail"}:
                found.append(f"line {where}: {name}()")
            if name == "pytest.mark.skipif" and not (
                node.args and _mentions_only_platform(node.args[0])
            ):
                found.append(f"line {where}: skipif on something other than the platform")
            if name == "os.geteuid":
                found.append(f"line {where}: decides by root itself")
            if name in {"os.environ.get", "os.getenv"} and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and first.value == "CI":
                    found.append(f"line {where}: reads CI itself")
        elif isinstance(node, ast.Attribute) and _dotted(node) == "pytest.mark.skip":
            found.append(f"line {where}: pytest.mark.skip")
        elif isinstance(node, ast.Compare) and any(
            isinstance(n, ast.Constant) and n.value == "CI" for n in ast.walk(node)
        ):
            found.append(f"line {where}: reads CI itself")
        elif isinstance(node, ast.Subscript) and _dotted(node.value) == "os.environ":
            key = node.slice
            if isinstance(key, ast.Constant) and key.value == "CI":
                found.append(f"line {where}: reads CI itself")
    return found


# -- the one rule ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "euid"),
    [({"CI": "true"}, 1000), ({"CI": "1"}, 1000), ({"CI": "yes"}, 1000), ({}, 0)],
)
def test_a_missing_tool_is_an_error_under_ci_or_as_root(environ: dict[str, str], euid: int) -> None:
    assert strict(environ, euid)
    with pytest.raises(pytest.fail.Exception, match="no-such-tool is not available"):
        missing_tool("no-such-tool", "some-deb", environ=environ, euid=euid)


@pytest.mark.parametrize("environ", [{}, {"CI": ""}])
def test_a_missing_tool_is_a_skip_on_a_developers_machine(environ: dict[str, str]) -> None:
    assert not strict(environ, 1000)
    with pytest.raises(pytest.skip.Exception, match=r"Debian packages: some-deb"):
        missing_tool("no-such-tool", "some-deb", environ=environ, euid=1000)


def test_need_tools_finds_real_programs_and_reports_missing_ones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Path(need_tools("sh", debs="dash")["sh"]).is_file()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="vigil-no-such-tool"):
        need_tools("sh", "vigil-no-such-tool", debs="nothing")


def test_the_scan_sees_a_test_that_decides_skips_on_its_own() -> None:
    violations = {
        'import os, pytest\nif not os.environ.get("CI"):\n    pytest.skip("no tool")\n': 2,
        'import os\nx = "CI" in os.environ\n': 1,
        'import os\nx = os.environ["CI"]\n': 1,
        "import os\nroot = os.geteuid() == 0\n": 1,
        'import pytest\n@pytest.mark.skip(reason="later")\ndef test_x(): pass\n': 1,
        'import pytest, shutil\n@pytest.mark.skipif(shutil.which("age") is None, reason="")\n'
        "def test_x(): pass\n": 1,
        'import pytest\npytest.importorskip("psycopg")\n': 1,
    }
    for source, at_least in violations.items():
        assert len(own_skip_decisions(source)) >= at_least, source
    allowed = (
        'import sys, pytest\n@pytest.mark.skipif(sys.platform == "win32", reason="probe")\n'
        "def test_x(): pass\n"
    )
    assert own_skip_decisions(allowed) == []


def test_no_test_decides_skips_on_its_own() -> None:
    found = {}
    for path in sorted(TESTS.rglob("*.py")):
        if path == THE_RULE or path == Path(__file__):
            continue
        hits = own_skip_decisions(path.read_text("utf-8"))
        if path.name in RUNS_AS_ANOTHER_USER:
            hits = [hit for hit in hits if not hit.endswith("decides by root itself")]
        if hits:
            found[str(path.relative_to(ROOT))] = hits
    assert found == {}, "use tests/support/tools.py (need_tools / missing_tool)"


# -- CI fails on skips -------------------------------------------------------------------------


def _report(tmp_path: Path, cases: str) -> Path:
    report = tmp_path / "report.xml"
    report.write_text(
        f'<?xml version="1.0"?><testsuites><testsuite name="pytest">{cases}'
        "</testsuite></testsuites>"
    )
    return report


def _skips(report: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SKIPS), str(report)], capture_output=True, text=True, timeout=60
    )


def test_ci_fails_on_a_skip_outside_the_allow_list(tmp_path: Path) -> None:
    passed = '<testcase classname="tests.core.test_vault" name="test_ok" time="0.1"/>'
    hidden = (
        '<testcase classname="tests.server.test_envelopes" name="test_pg[postgresql]">'
        '<skipped type="pytest.skip" message="PostgreSQL is not installed"/></testcase>'
    )
    platform = (
        '<testcase classname="tests.ui.test_idle_probe" name="test_fallback_timer">'
        '<skipped type="pytest.skip" message="a real probe replaces the timer"/></testcase>'
    )
    # the same reason in another module is not the platform probe
    elsewhere = (
        '<testcase classname="tests.sync.test_e2e" name="test_x">'
        '<skipped type="pytest.skip" message="a real probe replaces the timer"/></testcase>'
    )
    bad = _skips(_report(tmp_path, passed + hidden + platform))
    assert bad.returncode == 1
    assert "test_envelopes::test_pg[postgresql]" in bad.stderr
    assert "idle_probe" not in bad.stderr
    assert _skips(_report(tmp_path, passed + elsewhere)).returncode == 1
    assert _skips(_report(tmp_path, passed + platform)).returncode == 0, "the allow-list"
    assert _skips(tmp_path / "absent.xml").returncode == 2


def test_a_skip_in_a_real_pytest_run_fails_ci(tmp_path: Path) -> None:
    """End to end: pytest's own JUnit report of a skipping test makes the CI check fail, and a
    missing tool under CI is a failed test, not a skip."""
    (tmp_path / "test_small.py").write_text(
        "import pytest\n"
        "from tests.support.tools import need_tools\n"
        "def test_passes():\n    assert True\n"
        "def test_skips():\n    pytest.skip('a whole group hidden')\n"
        "def test_needs_a_tool():\n    need_tools('vigil-no-such-tool', debs='none')\n"
    )
    report = tmp_path / "report.xml"
    env = {**os.environ, "CI": "true", "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:xdist",
         "--rootdir", str(tmp_path), "-c", os.devnull, f"--junitxml={report}",
         str(tmp_path / "test_small.py")],
        capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert "1 failed, 1 passed, 1 skipped" in run.stdout, run.stdout
    checked = _skips(report)
    assert checked.returncode == 1
    assert "a whole group hidden" in checked.stderr


def test_ci_runs_make_test_with_a_report_and_checks_its_skips() -> None:
    ci = (ROOT / ".ci" / "run").read_text()
    assert 'PYTEST_ARGS="--junitxml=' in ci and ".ci/skips.py" in ci
    dry = subprocess.run(
        ["make", "-n", "--no-print-directory", "test", "PYTEST_ARGS=--junitxml=/x/report.xml"],
        capture_output=True, text=True, cwd=ROOT, timeout=60, check=True,
    )  # fmt: skip
    pytest_line = next(line for line in dry.stdout.splitlines() if " pytest " in f"{line} ")
    assert "--junitxml=/x/report.xml" in pytest_line


# -- shared helpers live in tests/support ------------------------------------------------------


def cross_imports(source: str) -> list[str]:
    """Imports of a test module (tests.x.test_y) or of a conftest, from anywhere."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom):
            names = [("." * node.level) + (node.module or "")]
            names += [f"{names[0]}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        for name in names:
            last = name.rsplit(".", 1)[-1]
            test_module = last.startswith("test_") and name.startswith(("tests.", "."))
            if last == "conftest" or test_module:
                found.append(f"line {node.lineno}: {name}")
                break
    return found


def test_the_import_rule_sees_test_modules_and_conftests() -> None:
    assert cross_imports("from tests.ui.test_flow import create_vault\n")
    assert cross_imports("from tests.server.conftest import launch\n")
    assert cross_imports("from .conftest import SAMPLE_FILE\n")
    assert cross_imports("import tests.sync.test_e2e\n")
    assert cross_imports("from tests.sync import test_e2e\n")
    assert cross_imports("def f():\n    from tests.conftest import PASSPHRASE\n")
    assert cross_imports("from tests.support.server import launch\n") == []
    assert cross_imports("from vigil.sync import session\n") == []


def test_no_module_imports_a_test_module_or_a_conftest() -> None:
    found = {}
    for folder in ("tests", "benchmarks", "tools"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            if path == Path(__file__):
                continue
            hits = cross_imports(path.read_text("utf-8"))
            if hits:
                found[str(path.relative_to(ROOT))] = hits
    assert found == {}, "shared helpers belong in tests/support; conftests only wire fixtures"
