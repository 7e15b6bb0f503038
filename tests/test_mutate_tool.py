"""make mutate's test selection (tools/mutate_pick.py, mutate_cover.py, mutate_contexts.py):
each mutant runs the tests that ran its line, in the test process or in a process it started,
and a mutant no test reaches is reported as such rather than run against nothing."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def tool(name: str) -> ModuleType:
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))  # the tools import each other as scripts do
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SOURCE = """\
LIMIT = 3


def check(n):
    if (n > LIMIT
            or n < 0):
        return "out"
    return "in"


def spare(n):
    return n + 1
"""

LINES = {
    "order": ["t/test_b.py::test_slow", "t/test_a.py::test_one", "t/test_a.py::test_two"],
    "seconds": {"t/test_b.py::test_slow": 9.0, "t/test_a.py::test_one": 0.5,
                "t/test_a.py::test_two": 0.5},
    "lines": {"1": [""], "4": [""], "5": ["t/test_a.py::test_two", "t/test_b.py::test_slow"],
              "6": ["t/test_a.py::test_one"], "7": ["t/test_a.py::test_one"],
              "8": ["t/test_b.py::test_slow"]},
}  # fmt: skip


def mutant(old: str, new: str) -> str:
    assert old in SOURCE
    return SOURCE.replace(old, new, 1)


def test_a_mutant_runs_the_tests_of_its_whole_statement_quickest_file_first() -> None:
    pick = tool("mutate_pick")
    # The second line of a two-line condition: the tests of its first line run it too.
    tests, why = pick.select(SOURCE, mutant("n < 0", "n <= 0"), LINES)
    assert tests == ["t/test_a.py::test_one", "t/test_a.py::test_two", "t/test_b.py::test_slow"]
    assert why == "3 of 3 tests"
    tests, _ = pick.select(SOURCE, mutant('return "out"', 'return "OUT"'), LINES)
    assert tests == ["t/test_a.py::test_one"]


def test_a_mutant_no_test_runs_is_not_covered_and_runs_nothing() -> None:
    pick = tool("mutate_pick")
    tests, why = pick.select(SOURCE, mutant("n + 1", "n - 1"), LINES)
    assert tests == []
    assert why.startswith(pick.NOT_COVERED) and "line 12" in why


def test_a_mutant_run_at_import_or_outside_a_test_gets_every_test() -> None:
    pick = tool("mutate_pick")
    assert pick.select(SOURCE, mutant("LIMIT = 3", "LIMIT = 4"), LINES)[0] is None
    outside = json.loads(json.dumps(LINES))
    outside["lines"]["7"].append("")
    assert pick.select(SOURCE, mutant('return "out"', 'return "OUT"'), outside)[0] is None


def test_a_mutant_that_changes_nothing_is_named() -> None:
    pick = tool("mutate_pick")
    assert pick.select(SOURCE, SOURCE, LINES) == ([], pick.UNCHANGED)


MODULE = """\
def double(n):
    return n * 2


def triple(n):
    return n * 3
"""

TEST_A = """\
import mod


def test_double():
    assert mod.double(2) == 4
"""

TEST_B = """\
import subprocess
import sys


def test_triple_in_another_process():
    out = subprocess.run([sys.executable, "-c", "import mod; print(mod.triple(2))"],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == "6"
"""


def test_lines_run_in_a_subprocess_belong_to_the_test_that_started_it(tmp_path: Path) -> None:
    cover = tool("mutate_cover")
    tree, work = tmp_path / "tree", tmp_path / "work"
    (tree / "tests").mkdir(parents=True)
    (tree / "tools").mkdir()
    work.mkdir()
    shutil.copy2(TOOLS / "mutate_contexts.py", tree / "tools")
    (tree / "pytest.ini").write_text("[pytest]\n")
    (tree / "mod.py").write_text(MODULE)
    (tree / "tests" / "test_a.py").write_text(TEST_A)
    (tree / "tests" / "test_b.py").write_text(TEST_B)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COVERAGE_", "PYTEST_"))}
    env["PYTHONPATH"] = str(tree)
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # the project's plugins: seconds, not needed
    failed = cover.baseline(work, tree, Path("mod.py"), ("tests/test_a.py", "tests/test_b.py"),
                            env)  # fmt: skip
    assert failed is None
    lines = json.loads((work / "lines.json").read_text())
    assert lines["order"] == ["tests/test_a.py::test_double",
                              "tests/test_b.py::test_triple_in_another_process"]  # fmt: skip
    assert lines["lines"]["2"] == ["tests/test_a.py::test_double"]
    assert lines["lines"]["6"] == ["tests/test_b.py::test_triple_in_another_process"]
    assert "" in lines["lines"]["1"]  # the def ran at import, outside any test
    preload = (work / "preload").read_text().split()
    assert "pytest" in preload and "mod" not in preload
    assert not any(name.startswith(("tests", "test_", "conftest")) for name in preload)


def test_a_failing_baseline_is_reported(tmp_path: Path) -> None:
    cover = tool("mutate_cover")
    tree, work = tmp_path / "tree", tmp_path / "work"
    (tree / "tools").mkdir(parents=True)
    work.mkdir()
    shutil.copy2(TOOLS / "mutate_contexts.py", tree / "tools")
    (tree / "pytest.ini").write_text("[pytest]\n")
    (tree / "mod.py").write_text(MODULE)
    (tree / "test_x.py").write_text("import mod\n\ndef test_x():\n    assert mod.double(1) == 3\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COVERAGE_", "PYTEST_"))}
    env["PYTHONPATH"] = str(tree)
    env["PYTEST_DISABLE_PLUGIN_AUTOLOAD"] = "1"  # the project's plugins: seconds, not needed
    failed = cover.baseline(work, tree, Path("mod.py"), ("test_x.py",), env)
    assert failed is not None and "1 failed" in failed
    assert not (work / "lines.json").exists()


@pytest.mark.parametrize("name", ["mutate_pick", "mutate_cover", "mutate_zygote"])
def test_the_tools_import_nothing_of_the_project(name: str) -> None:
    """The zygote must never hold the project's modules: each child imports the mutant."""
    before = {m for m in sys.modules if m.startswith("vigil")}
    tool(name)
    assert {m for m in sys.modules if m.startswith("vigil")} == before


def test_a_kill_is_checked_on_the_tests_up_to_the_first_failure() -> None:
    pick = tool("mutate_pick")
    tests = ["t/a.py::test_x", "t/a.py::test_x2[two words]", "t/b.py::test_y"]
    output = "..F\nFAILED t/a.py::test_x2[two words] - AssertionError\n1 failed, 1 passed\n"
    assert pick.up_to_failure(tests, output) == tests[:2]
    assert pick.up_to_failure(tests, "ERROR t/a.py::test_x - boom\n") == tests[:1]
    assert pick.up_to_failure(tests, "1 failed\n") == tests  # not named: all of them


def test_a_session_is_resumed_only_on_the_text_its_mutants_were_placed_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--resume keeps the judged mutants of a session: only when the module is unchanged, since
    each mutant is a place in the module's text of then."""
    mutate = tool("mutate")
    monkeypatch.setattr(mutate, "ROOT", tmp_path / "root")
    module = tmp_path / "root" / "desktop" / "vigil" / "sync" / "x.py"
    module.parent.mkdir(parents=True)
    module.write_text(SOURCE)
    monkeypatch.setattr(mutate, "WORK", tmp_path / "work")
    work = tmp_path / "work" / "sync.x"
    work.mkdir(parents=True)
    assert "no earlier session" in mutate.resumable(work, "sync/x")
    (work / "original.py").write_text(SOURCE)
    assert "no earlier session" in mutate.resumable(work, "sync/x")
    (work / "session.sqlite").write_bytes(b"")
    assert mutate.resumable(work, "sync/x") is None
    module.write_text(mutant("LIMIT = 3", "LIMIT = 4"))
    assert "changed since" in mutate.resumable(work, "sync/x")
    # Refused before anything in the work folder is touched.
    got = mutate.run_module("sync/x", ("t.py",), 1.0, 1.0, resume=True)
    assert got == {"module": "sync/x", "error": "cannot resume: the module changed since its "
                   "session began; run it afresh"}  # fmt: skip
    assert sorted(p.name for p in work.iterdir()) == ["original.py", "session.sqlite"]


def _zygote(tmp_path: Path) -> tuple[subprocess.Popen[bytes], Path]:
    (tmp_path / "preload").write_text("")
    sock = tmp_path / "z.sock"
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    proc = subprocess.Popen(
        [sys.executable, str(TOOLS / "mutate_zygote.py"), str(sock), str(tmp_path / "preload")],
        env=env, start_new_session=True,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not sock.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "the zygote did not start"
        time.sleep(0.05)
    return proc, sock


def test_the_zygote_outlives_a_requester_its_timeout_killed(tmp_path: Path) -> None:
    """Cosmic Ray's timeout kills the requester while its tests hang; the zygote must kill
    them and go on serving. It used to die on answering nobody, and every later mutant's test
    command then failed to connect, which Cosmic Ray counted as a kill."""
    zygote = tool("mutate_zygote")
    (tmp_path / "test_hang.py").write_text(
        "import pathlib, time\n\ndef test_hang():\n"
        "    pathlib.Path('started').touch()\n    time.sleep(60)\n"
    )
    (tmp_path / "test_ok.py").write_text("def test_ok():\n    assert True\n")
    proc, sock = _zygote(tmp_path)
    try:
        request = {"cwd": str(tmp_path), "out": str(tmp_path / "out"),
                   "args": ["-q", "-p", "no:cacheprovider", "test_hang.py"]}  # fmt: skip
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(str(sock))
        conn.sendall((json.dumps(request) + "\n").encode())
        deadline = time.monotonic() + 60
        while not (tmp_path / "started").exists():
            assert time.monotonic() < deadline, "the hanging test never started"
            time.sleep(0.05)
        conn.close()  # the requester is killed
        request = {**request, "args": ["-q", "-p", "no:cacheprovider", "test_ok.py"]}
        assert zygote.ask(sock, request) == 0
        assert proc.poll() is None
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


def test_tests_a_dead_zygote_did_not_run_are_run_directly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A socket file with no zygote behind it is no verdict on the mutant: the tests run in a
    new pytest instead, and their real exit code is the answer."""
    pick = tool("mutate_pick")
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(tmp_path / "zygote.sock"))
    stale.close()  # the file stays, nobody listens
    (tmp_path / "test_ok.py").write_text("def test_ok():\n    assert 1 + 1 == 2\n")
    (tmp_path / "test_bad.py").write_text("def test_bad():\n    assert 1 + 1 == 3\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    monkeypatch.setattr(pick, "OPTIONS", ("-x", "-q", "-p", "no:cacheprovider"))
    assert pick.pytest(tmp_path, ["test_ok.py"])[0] == 0
    code, output = pick.pytest(tmp_path, ["test_bad.py"])
    assert code == 1 and "1 failed" in output


def test_a_failure_of_the_test_command_itself_is_no_kill(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cosmic Ray counts any non-zero exit as killed: the command names its own failure, and
    tools/mutate.py counts it apart (as a tool error, never as killed)."""
    pick = tool("mutate_pick")
    assert pick.run(["mutate_pick.py", str(tmp_path / "missing")]) == 1
    assert pick.TOOL_ERROR in capsys.readouterr().out
    mutate = tool("mutate")
    assert mutate.TOOL_ERROR == pick.TOOL_ERROR


def test_the_test_commands_running_when_the_time_box_ends_are_found() -> None:
    """Cosmic Ray runs each test command in a session of its own: killing Cosmic Ray's session
    at the end of the time box left it running, and the zygote busy with it."""
    mutate = tool("mutate")
    parent = subprocess.Popen(
        [sys.executable, "-c", "import subprocess, sys, time; "
         "subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'], "
         "start_new_session=True); time.sleep(60)"],
        start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while not (found := mutate.children(parent.pid)):
            assert time.monotonic() < deadline, "the child never showed"
            time.sleep(0.05)
        (child,) = found
        assert os.getsid(child) == child != parent.pid
        assert mutate.children(child) == []
    finally:
        for pid in [*mutate.children(parent.pid), parent.pid]:
            os.killpg(pid, signal.SIGKILL)
        parent.wait()


def test_servers_started_under_make_mutate_are_new_interpreters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A test server forked from the fork server starts no thread that names the running test
    as coverage's context, so under ``make mutate`` its lines went to the wrong tests and a
    mutant of server code ran tests that do not reach it (a false survivor in
    ``server:storage/envelopes``). There each server is ``python -m vigil_server``; elsewhere
    it stays a fork."""
    from tests.support.server import server_env
    from tests.support.server_fork import MUTATE_CONTEXT_VAR, ForkedServer, spawn

    monkeypatch.delenv(MUTATE_CONTEXT_VAR, raising=False)
    forked = spawn(["--help"], server_env(tmp_path), tmp_path / "forked.log", None)
    assert isinstance(forked, ForkedServer)
    assert forked.wait(timeout=60) == 0
    monkeypatch.setenv(MUTATE_CONTEXT_VAR, str(tmp_path / "context"))
    started = spawn(["--help"], server_env(tmp_path), tmp_path / "started.log", None)
    assert isinstance(started, subprocess.Popen)
    assert started.args[:3] == [sys.executable, "-m", "vigil_server"]
    assert started.wait(timeout=60) == 0
    for log in ("forked.log", "started.log"):  # both ran vigil-server's own main
        assert (tmp_path / log).read_text().startswith("usage: vigil-server")
